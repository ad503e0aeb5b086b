"""Code that ships inside the generated distributions, kept here as real Python.

Each distribution gets a copy of the parts its flavor names, under `<package>/_runtime/`,
with the same layout, so the relative imports here resolve both in place (where mypy, ruff
and the unit tests check it) and in the distribution. Nothing here imports the generator
or a generated module: what a generated package knows (its call table, its routes, its spec)
is handed in by the generated code.
"""
