"""The typed models of Secured Service API: one namespace for all of them.

Each model lives in the module of its call group (`_models/`) and is imported the first time
it is used from here, so a call loads the models of its own group only. Type checkers see
every model through the imports below.
"""

from __future__ import annotations

__all__ = []
