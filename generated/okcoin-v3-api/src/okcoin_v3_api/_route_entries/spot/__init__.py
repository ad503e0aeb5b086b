"""The spot group's part of `_route_entries`, one module per call."""
