"""What the client knows about the routes of the calls of the users group.

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from .._codecs import users as _codec
from .._runtime.http.transport import Route

ROUTES: dict[str, Route] = {
    "users_get_sub_account_info": Route(
        name="users.get_sub_account_info",
        method="GET",
        path="/api/v3/users/subaccount-info",
        params=(),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
        extra_params=True,
    ),
    "users_get_account_info": Route(
        name="users.get_account_info",
        method="GET",
        path="/api/v3/users/account-info",
        params=(),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
        extra_params=True,
    ),
    "users_get_sub_account_api_key": Route(
        name="users.get_sub_account_api_key",
        method="GET",
        path="/api/v3/users/subaccount/apikey",
        params=(),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
        extra_params=True,
    ),
    "users_create_sub_account_api_key": Route(
        name="users.create_sub_account_api_key",
        method="POST",
        path="/api/v3/users/subaccount/apikey",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
    "users_create_sub_account": Route(
        name="users.create_sub_account",
        method="POST",
        path="/api/v3/users/create-subaccount",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
    "users_delete_sub_account": Route(
        name="users.delete_sub_account",
        method="POST",
        path="/api/v3/users/delete-subaccount",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
    "users_delete_sub_account_api_key": Route(
        name="users.delete_sub_account_api_key",
        method="POST",
        path="/api/v3/users/subacount/delete-apikey",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
    "users_modify_sub_account_api_key": Route(
        name="users.modify_sub_account_api_key",
        method="POST",
        path="/api/v3/users/subacount/modify-apikey",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
}
