"""What the client knows about the ``app_update`` call (apps group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.apps import app_update as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "app_update": Call(
        name="app_update",
        params=(
            Param("app_update", "app_update", True, v.Int()),
            Param(
                "name",
                "name",
                True,
                v.Str(pattern="^[A-Za-z0-9_\\s-]{1,48}\\Z", source="^[\\w\\s-]{1,48}$"),
            ),
            Param(
                "scopes",
                "scopes",
                True,
                v.ListOf(
                    v.OneOf(
                        (
                            "read",
                            "trade",
                            "trading_information",
                            "payments",
                            "admin",
                        )
                    )
                ),
            ),
            Param(
                "app_markup_percentage",
                "app_markup_percentage",
                False,
                v.Number(minimum=0, maximum=3),
            ),
            Param(
                "appstore",
                "appstore",
                False,
                v.Str(
                    pattern="^https?://itunes\\.apple\\.com/\\S+\\Z",
                    source="^https?://itunes\\.apple\\.com/\\S+$",
                ),
            ),
            Param(
                "github",
                "github",
                False,
                v.Str(
                    pattern="^https?://(www\\.)?github\\.com/\\S+\\Z",
                    source="^https?://(www\\.)?github\\.com/\\S+$",
                ),
            ),
            Param(
                "googleplay",
                "googleplay",
                False,
                v.Str(
                    pattern="^https?://play\\.google\\.com/store/apps/details\\?id=[A-Za-z0-9_ \\.]+\\Z",
                    source="^https?://play\\.google\\.com/store/apps/details\\?id=[\\w \\.]+$",
                ),
            ),
            Param(
                "homepage",
                "homepage",
                False,
                v.Str(
                    pattern="^https?://[0-9a-zA-Z\\.-]+[\\%\\/A-Za-z0-9_ \\.-]*\\Z",
                    source="^https?://[0-9a-zA-Z\\.-]+[\\%\\/\\w \\.-]*$",
                ),
            ),
            Param(
                "redirect_uri",
                "redirect_uri",
                False,
                v.Str(
                    pattern="^[a-z][a-z0-9.+\\-]*://[0-9a-zA-Z\\.-]+[\\%\\/A-Za-z0-9_ \\.-]*\\Z",
                    source="^[a-z][a-z0-9.+\\-]*://[0-9a-zA-Z\\.-]+[\\%\\/\\w \\.-]*$",
                ),
            ),
            Param(
                "verification_uri",
                "verification_uri",
                False,
                v.Str(
                    pattern="^[a-z][a-z0-9.+\\-]*://[0-9a-zA-Z\\.-]+[\\%\\/A-Za-z0-9_ \\.-]*\\Z",
                    source="^[a-z][a-z0-9.+\\-]*://[0-9a-zA-Z\\.-]+[\\%\\/\\w \\.-]*$",
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
        fixed=(),
        decode=_codec.structure_app_update_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"app_update"}),
    ),
}
