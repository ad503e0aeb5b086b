"""What only the Okcoin client has: request signing, Okcoin's errors, and its simulator with
the exchange behind it (markets, orders, fills, accounts) and its example-value hints."""
