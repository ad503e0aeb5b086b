"""What the client knows about the ``new_account_check_duplicate_phone_and_dob`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.account import new_account_check_duplicate_phone_and_dob as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "new_account_check_duplicate_phone_and_dob": Call(
        name="new_account_check_duplicate_phone_and_dob",
        params=(
            Param(
                "date_of_birth",
                "date_of_birth",
                True,
                v.Str(
                    pattern="^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\\Z",
                    source="^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$",
                ),
            ),
            Param(
                "phone_number",
                "phone_number",
                True,
                v.Str(pattern="^\\+[\\-\\ 0-9]{8,40}\\Z", source="^\\+[\\-\\ 0-9]{8,40}$"),
                secret=True,
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("new_account_check_duplicate_phone_and_dob", 1),),
        decode=_codec.structure_new_account_check_duplicate_phone_and_dob_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"new_account_check_duplicate_phone_and_dob"}),
    ),
}
