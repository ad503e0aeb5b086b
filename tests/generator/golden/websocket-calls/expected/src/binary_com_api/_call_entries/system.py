"""What the client knows about the calls of the system group.

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from .._codecs import system as _codec
from .._runtime.core import validate as v
from .._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "forget": Call(
        name="forget",
        params=(
            Param(
                "forget",
                "forget",
                True,
                v.Str(pattern="^[A-Za-z0-9_-]{32,128}\\Z", source="^[\\w-]{32,128}$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_forget_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"forget"}),
    ),
    "forget_all": Call(
        name="forget_all",
        params=(
            Param(
                "forget_all",
                "forget_all",
                True,
                v.AnyOf(
                    v.OneOf(
                        (
                            "balance",
                            "candles",
                            "cashier_payments",
                            "p2p_advert",
                            "p2p_advertiser",
                            "p2p_order",
                            "proposal",
                            "proposal_open_contract",
                            "ticks",
                            "transaction",
                            "trading_platform_asset_listing",
                            "website_status",
                            "p2p_settings",
                            "crypto_estimations",
                        )
                    ),
                    v.ListOf(
                        v.OneOf(
                            (
                                "balance",
                                "candles",
                                "cashier_payments",
                                "p2p_advert",
                                "p2p_advertiser",
                                "p2p_order",
                                "proposal",
                                "proposal_open_contract",
                                "ticks",
                                "transaction",
                                "trading_platform_asset_listing",
                                "website_status",
                                "p2p_settings",
                                "crypto_estimations",
                            )
                        )
                    ),
                ),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_forget_all_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"forget_all"}),
    ),
    "ping": Call(
        name="ping",
        params=(Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),),
        fixed=(("ping", 1),),
        decode=_codec.structure_ping_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"ping"}),
    ),
    "time": Call(
        name="time",
        params=(Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),),
        fixed=(("time", 1),),
        decode=_codec.structure_time_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"time"}),
    ),
}
