"""What only the Okcoin client has: request signing, Okcoin's errors and its simulator."""
