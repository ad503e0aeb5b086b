"""What the client knows about the ``identity_verification_document_add`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.account import identity_verification_document_add as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "identity_verification_document_add": Call(
        name="identity_verification_document_add",
        params=(
            Param("document_number", "document_number", True, v.Str()),
            Param("document_type", "document_type", True, v.Str()),
            Param(
                "issuing_country",
                "issuing_country",
                True,
                v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$"),
            ),
            Param("document_additional", "document_additional", False, v.Str()),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("identity_verification_document_add", 1),),
        decode=_codec.structure_identity_verification_document_add_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"identity_verification_document_add"}),
    ),
}
