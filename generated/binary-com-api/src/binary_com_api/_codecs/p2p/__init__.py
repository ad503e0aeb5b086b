"""The p2p group's part of `_codecs`, one module per call."""
