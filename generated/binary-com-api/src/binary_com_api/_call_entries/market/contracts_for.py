"""What the client knows about the ``contracts_for`` call (market group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.market import contracts_for as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "contracts_for": Call(
        name="contracts_for",
        params=(
            Param(
                "contracts_for",
                "contracts_for",
                True,
                v.Str(pattern="^[A-Za-z0-9_]{2,30}\\Z", source="^\\w{2,30}$"),
            ),
            Param(
                "currency",
                "currency",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "landing_company",
                "landing_company",
                False,
                v.OneOf(
                    (
                        "iom",
                        "malta",
                        "maltainvest",
                        "svg",
                        "virtual",
                        "vanuatu",
                    )
                ),
            ),
            Param(
                "landing_company_short",
                "landing_company_short",
                False,
                v.OneOf(
                    (
                        "iom",
                        "malta",
                        "maltainvest",
                        "svg",
                        "virtual",
                        "vanuatu",
                    )
                ),
            ),
            Param("product_type", "product_type", False, v.OneOf(("basic",))),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_contracts_for_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"contracts_for"}),
    ),
}
