"""Loggers named after the client package, wherever the runtime module sits inside it."""

from __future__ import annotations

import logging


def package_logger(module: str) -> logging.Logger:
    """The logger of the distribution's package (`okcoin_v3_api`, ...) for runtime module
    `module`, so users configure one name per client; in place, the module's own logger."""
    package, found, _ = module.partition("._runtime.")
    return logging.getLogger(package if found else module)
