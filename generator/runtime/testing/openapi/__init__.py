"""The simulator of generic REST distributions (any OpenAPI document): shipped only in the
packages of the generic flavor, on top of the shared simulator base one level up."""
