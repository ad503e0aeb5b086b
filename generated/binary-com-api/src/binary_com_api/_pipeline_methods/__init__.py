"""The pipeline's methods, one module per call group."""
