"""The partners group's part of `_call_entries`, one module per call."""
