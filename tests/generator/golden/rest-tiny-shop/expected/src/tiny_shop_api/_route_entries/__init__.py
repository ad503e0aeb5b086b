"""The route table's entries, one module per call group (or per call)."""
