"""What only the Binary.com client has: its session rules, errors, OAuth and simulator."""
