"""Binary.com's OAuth login, as its front ends use it: no code exchange, no client secret.

1. Send the user's browser to `oauth_authorize_url(app_id)`.
2. Binary.com sends it back to the redirect URL registered for the app, with one numbered
   group of query parameters per account: ``acct1``, ``token1``, ``cur1``, ``acct2``, ...
3. `parse_oauth_redirect(url)` turns that URL into `OAuthAccount`s; pass an account's token
   to `client.authorize(...)`.

Tokens are bearer credentials: they are kept out of reprs and error messages, and an
`OAuthAccount` refuses to be pickled.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import attrs

from .errors import OAuthError

OAUTH_URL = "https://oauth.binary.com/oauth2/authorize"
"""The login page; Deriv serves the same flow at ``https://oauth.deriv.com/oauth2/authorize``."""

_APP_ID = re.compile(r"[1-9][0-9]*")
_LANGUAGE = re.compile(r"[A-Za-z]{2}(?:_[A-Za-z]{2})?")


@attrs.frozen
class OAuthAccount:
    """One account of a login redirect: its login id, session token and currency.

    ``currency`` is lower-case as Binary.com sends it and may be empty for an account that
    has none yet; ``account`` is kept as given (compare login ids case-insensitively).
    """

    account: str
    token: str = attrs.field(repr=False)
    currency: str = ""

    def __reduce__(self) -> Any:
        raise TypeError("an OAuthAccount holds a token and cannot be pickled")

    def __copy__(self) -> OAuthAccount:
        return self  # immutable

    def __deepcopy__(self, memo: dict[int, Any]) -> OAuthAccount:
        return self


def oauth_authorize_url(
    app_id: int | str,
    *,
    language: str | None = None,
    base_url: str = OAUTH_URL,
    extra: Mapping[str, str] | None = None,
) -> str:
    """The URL of the login page for an app: ``...?app_id=APP_ID&l=LANGUAGE``.

    ``language`` is the page's language (``EN``, ``ZH_CN``, ...). ``extra`` adds optional
    parameters Binary.com's own pages use (``brand``, ``affiliate_token``, ``utm_source``, ...).
    The redirect target and the scopes are those registered for the app; there are no
    parameters for them.
    """
    text = str(app_id)
    if isinstance(app_id, bool) or not _APP_ID.fullmatch(text):
        raise OAuthError("app_id must be a positive integer")
    query: dict[str, str] = {"app_id": text}
    if language is not None:
        if not _LANGUAGE.fullmatch(language):
            raise OAuthError("language must be a code like EN or ZH_CN")
        query["l"] = language.upper()
    for key, value in (extra or {}).items():
        if key in query:
            raise OAuthError(f"{key} is set by its own argument")
        query[key] = str(value)
    return f"{base_url}?{urlencode(query)}"


def parse_oauth_redirect(url: str) -> list[OAuthAccount]:
    """The accounts of a login redirect (``acct1``/``token1``/``cur1``, ``acct2``, ...).

    Accepts the whole redirect URL or only its query string. Groups are read from 1 up to
    the first missing ``acctN``; a group without a token is skipped. Raises `OAuthError`
    when no account with a token is found (the user cancelled, or it is not a redirect).
    """
    query = urlsplit(url).query if "?" in url or "://" in url else url.lstrip("?")
    values = parse_qs(query, keep_blank_values=True)
    accounts: list[OAuthAccount] = []
    number = 1
    while f"acct{number}" in values:
        account = values[f"acct{number}"][0]
        token = values.get(f"token{number}", [""])[0]
        currency = values.get(f"cur{number}", [""])[0]
        if account and token:
            accounts.append(OAuthAccount(account, token, currency))
        number += 1
    if not accounts:
        raise OAuthError("the redirect carries no account tokens (acct1 and token1)")
    return accounts
