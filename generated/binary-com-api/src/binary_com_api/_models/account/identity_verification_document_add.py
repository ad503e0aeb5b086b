"""The models of the ``identity_verification_document_add`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "IdentityVerificationDocumentAddRequest",
    "IdentityVerificationDocumentAddResponse",
]


@attrs.define(kw_only=True)
class IdentityVerificationDocumentAddRequest:
    """Identity verification document add request."""

    identity_verification_document_add: Literal[1]
    document_additional: str | None = None
    document_number: str
    document_type: str
    issuing_country: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class IdentityVerificationDocumentAddResponse:
    """Identity verification document add response."""

    identity_verification_document_add: Literal[1] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["identity_verification_document_add"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
