"""The models of the ``get_third_party_redirect`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "GetThirdPartyRedirectRequest",
    "GetThirdPartyRedirectResponse",
]


@attrs.define(kw_only=True)
class GetThirdPartyRedirectRequest:
    """Get third party redirect request."""

    get_third_party_redirect: Literal[1]
    name: Literal["dynamicworks"]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class GetThirdPartyRedirectResponse:
    """Get third party redirect response."""

    redirect_url: str | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["get_third_party_redirect"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
