"""The account group's part of `_models`, one module per call."""
