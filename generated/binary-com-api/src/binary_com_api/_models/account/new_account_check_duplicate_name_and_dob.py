"""The models of the ``new_account_check_duplicate_name_and_dob`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "NewAccountCheckDuplicateNameAndDobRequest",
    "NewAccountCheckDuplicateNameAndDobResponse",
    "NewAccountCheckDuplicateNameAndDobResponseNewAccountCheckDuplicateNameAndDob",
]


@attrs.define(kw_only=True)
class NewAccountCheckDuplicateNameAndDobRequest:
    """New account check duplicate name and dob request."""

    new_account_check_duplicate_name_and_dob: Literal[1]
    date_of_birth: str
    first_name: str = attrs.field(repr=False)
    last_name: str = attrs.field(repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class NewAccountCheckDuplicateNameAndDobResponse:
    """New account check duplicate name and dob response."""

    new_account_check_duplicate_name_and_dob: (
        NewAccountCheckDuplicateNameAndDobResponseNewAccountCheckDuplicateNameAndDob | None
    ) = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["new_account_check_duplicate_name_and_dob"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class NewAccountCheckDuplicateNameAndDobResponseNewAccountCheckDuplicateNameAndDob:
    """New account check duplicate name and dob response new account check duplicate name and
    dob.
    """

    has_duplicate: Literal[0, 1]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
