"""The market group's part of `_codecs`, one module per call."""
