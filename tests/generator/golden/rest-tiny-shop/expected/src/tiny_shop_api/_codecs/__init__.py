"""Decoders and encoders, one module per call group (or per call)."""
