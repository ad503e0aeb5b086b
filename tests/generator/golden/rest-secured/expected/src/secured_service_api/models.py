"""The typed models of Secured Service API.

Every model keeps the fields the spec does not know in `extra_fields`, so decoding and
encoding again gives back the same JSON.
"""

from __future__ import annotations

__all__ = []
