"""What only the Binance OAuth client has: the login, tokens, sessions and its simulator."""
