"""Error answers of an API the generator knows nothing special about: any status of 400 or
more is an `ApiError`, with the code and message found where APIs usually put them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..core.errors import ClientError

__all__ = ["ApiError"]


class ApiError(ClientError):
    """The server answered with an error."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"HTTP {status}, code {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.body: Any = None
        """The error answer: decoded into its model when the spec declares one, else the
        JSON (or text) as it came."""


def api_errors(status: int, headers: Mapping[str, str], data: object) -> ApiError | None:
    """Any status of 400 or more is an error; `code` and `message` are read when present."""
    if status < 400:
        return None
    body = data if isinstance(data, dict) else {}
    code = body.get("code", body.get("error", status))
    message = body.get("message", body.get("error_description", ""))
    error = ApiError(status, str(code), str(message or data or ""))
    error.body = data
    return error
