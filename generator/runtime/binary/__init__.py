"""What only the Binary.com client has: its session rules, errors and OAuth, and its
simulator with the market behind it (prices, contracts, accounts) and its value hints."""
