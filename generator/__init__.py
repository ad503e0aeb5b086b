"""Generates typed, synchronous Python clients from API specs.

specs -> loaders -> intermediate representation (ir) -> render (Jinja2 templates) -> generated/
"""
