"""What the client knows about each call: its arguments and checks, the keys it always
sends, how its answers decode and what authorization it needs.

Loaded on the first call, not on import.
"""

from __future__ import annotations

from . import _codec
from ._runtime.core import validate as v
from ._runtime.websocket.message import Call, Param


CALLS: dict[str, Call] = {
    "authorize": Call(
        name="authorize",
        params=(
            Param(
                "authorize",
                "authorize",
                True,
                v.Str(pattern="^[A-Za-z0-9_\\-]{1,128}\\Z", source="^[\\w\\-]{1,128}$"),
                secret=True,
            ),
            Param(
                "add_to_login_history",
                "add_to_login_history",
                False,
                v.OneOf(
                    (
                        1,
                        0,
                    )
                ),
            ),
            Param(
                "tokens",
                "tokens",
                False,
                v.ListOf(
                    v.Str(pattern="^[A-Za-z0-9_\\-]{1,128}\\Z", source="^[\\w\\-]{1,128}$"),
                    max_items=25,
                ),
                secret=True,
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_authorize_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"authorize"}),
    ),
    "balance": Call(
        name="balance",
        params=(
            Param(
                "account",
                "account",
                False,
                v.Str(
                    pattern="^(current|all|[A-Z]{2,4}[0-9]{1,10})\\Z",
                    source="^(current|all|[A-Z]{2,4}[0-9]{1,10})$",
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
        fixed=(("balance", 1),),
        decode=_codec.structure_balance_response,
        auth=True,
        scopes=frozenset({"read", "trading_information"}),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"balance"}),
    ),
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
    "ticks": Call(
        name="ticks",
        params=(
            Param(
                "ticks",
                "ticks",
                True,
                v.AnyOf(
                    v.Str(pattern="^[A-Za-z0-9_]{2,30}\\Z", source="^\\w{2,30}$"),
                    v.ListOf(v.Str(pattern="^[A-Za-z0-9_]{2,30}\\Z", source="^\\w{2,30}$")),
                ),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_ticks_response,
        auth=False,
        scopes=frozenset(),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"tick"}),
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
