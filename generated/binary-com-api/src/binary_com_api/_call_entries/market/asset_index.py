"""What the client knows about the ``asset_index`` call (market group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.market import asset_index as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "asset_index": Call(
        name="asset_index",
        params=(
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
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("asset_index", 1),),
        decode=_codec.structure_asset_index_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"asset_index"}),
    ),
}
