"""The base every simulator stands on: servers, faults, validation and example replies."""
