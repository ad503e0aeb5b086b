"""The p2p group's part of `_models`, one module per call."""
