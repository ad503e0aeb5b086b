"""The models, one module per call group (or per call of a large group)."""
