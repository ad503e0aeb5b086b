"""The client's methods, one module per call group."""
