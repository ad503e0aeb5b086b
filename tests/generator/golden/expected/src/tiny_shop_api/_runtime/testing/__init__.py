"""The base every simulator stands on: loopback servers, faults, the packaged spec, and
realistic example replies built from JSON Schemas."""
