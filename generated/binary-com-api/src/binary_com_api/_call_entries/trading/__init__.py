"""The trading group's part of `_call_entries`, one module per call."""
