"""Every route the Binance simulator serves, walked through the generated client like a user's
app would, with each raw reply checked for placeholder data and against the spec.

A reply fails when it holds a placeholder string ("example", an example.com address), values
that do not look like Binance's (tokens that are not UUIDs, an opaque user id that is not 32
hex digits, a code that is not 40), or fields that contradict each other (an email without the
`user:email` scope, a refresh token equal to its access token); and every JSON reply must be
valid against the spec, checked here with validators of our own.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from binance_oauth_api import BinanceOAuthClient, Token
from binance_oauth_api.testing import ROUTES, BinanceOAuthSimulator
from jsonschema import Draft202012Validator

from tests.okcoin.test_realistic_replies import placeholder_problems

SPEC = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "specs" / "binance-oauth.yaml").read_text("utf-8")
)
REDIRECT = "http://127.0.0.1:8766/callback"
CLIENT_ID = "b3e07c5d9a41f26e8d0c7a5b1f94e3d2c6a8b0f7"
SCOPES = ("user:openId", "user:email")
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX40 = re.compile(r"[0-9a-f]{40}")
_EMAIL = re.compile(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")


class RecordingSimulator(BinanceOAuthSimulator):
    """The packaged simulator, keeping every raw reply with the route it answered."""

    replies: list[tuple[str, int, bytes, dict[str, str]]]

    def _answer(self, request: Any, routed: Any, fault: Any) -> Any:
        reply = super()._answer(request, routed, fault)
        if routed.operation_id is not None:
            self.replies.append((routed.operation_id, reply.status, reply.body, reply.headers))
        return reply


def _client(sim: BinanceOAuthSimulator) -> BinanceOAuthClient:
    """A public (PKCE) app pointed at the simulator for both hosts."""
    return BinanceOAuthClient(CLIENT_ID, REDIRECT, accounts_url=sim.base_url, api_url=sim.base_url)


def _login(sim: BinanceOAuthSimulator, client: BinanceOAuthClient, scopes: Any) -> Token:
    """The authorization-code flow, the simulator's default user approving."""
    request = client.authorization_url(scopes)
    code = client.parse_redirect(sim.approve(request.url), request.state)
    return client.exchange_code(code, request.code_verifier)


@pytest.fixture(scope="module")
def walked() -> Iterator[RecordingSimulator]:
    """An app that logs a user in, reads who they are, refreshes, reads again and revokes."""
    sim = RecordingSimulator()
    sim.replies = []
    sim.add_client(CLIENT_ID, [REDIRECT])
    with sim, _client(sim) as client:
        token = _login(sim, client, SCOPES)
        client.user_info(token.access_token)
        assert token.refresh_token is not None
        renewed = client.refresh(token.refresh_token)
        client.user_info(renewed.access_token)
        assert client.revoke(renewed.access_token) is True
    yield sim


def test_the_walk_reaches_every_route_of_the_table(walked: RecordingSimulator) -> None:
    assert {operation_id for operation_id, *_ in walked.replies} == set(ROUTES)
    assert all(status in (200, 302) for _, status, _, _ in walked.replies)


def test_no_reply_holds_placeholder_data(walked: RecordingSimulator) -> None:
    problems = []
    for operation_id, _, body, headers in walked.replies:
        value = json.loads(body) if body else None
        problems += placeholder_problems(value, operation_id, top_level_rows_ok=True)
        problems += placeholder_problems(headers.get("Location", ""), operation_id)
    assert problems == []


def test_the_default_user_looks_like_a_binance_user(walked: RecordingSimulator) -> None:
    infos = [json.loads(body) for op, _, body, _ in walked.replies if op == "user_info"]
    assert len(infos) == 2
    for info in infos:
        data = info["data"]
        assert _HEX32.fullmatch(data["userId"])
        assert _EMAIL.fullmatch(data["email"])
        assert not data["email"].split("@")[1].startswith("example.")
    assert infos[0] == infos[1]  # the same user after a refresh


def test_codes_and_tokens_look_like_binances(walked: RecordingSimulator) -> None:
    (redirect,) = [h["Location"] for op, _, _, h in walked.replies if op.endswith("url")]
    query = parse_qs(urlsplit(redirect).query)
    assert _HEX40.fullmatch(query["code"][0])
    tokens = [
        json.loads(body) for op, _, body, _ in walked.replies if op.startswith("oauth_") and body
    ]
    grants = [answer for answer in tokens if "access_token" in answer]
    assert len(grants) == 2
    for grant in grants:
        assert str(uuid.UUID(grant["access_token"])) == grant["access_token"]
        assert str(uuid.UUID(grant["refresh_token"])) == grant["refresh_token"]
        assert grant["access_token"] != grant["refresh_token"]
        assert grant["token_type"] == "bearer"
        assert grant["scope"] == ",".join(SCOPES)
        assert 600 <= grant["expires_in"] <= 86_400
    assert grants[0]["access_token"] != grants[1]["access_token"]


def test_an_email_needs_the_email_scope() -> None:
    sim = BinanceOAuthSimulator()
    sim.add_client(CLIENT_ID, [REDIRECT])
    with sim, _client(sim) as client:
        info = client.user_info(_login(sim, client, ["user:openId"]).access_token)
    assert _HEX32.fullmatch(info.user_id)
    assert info.email is None


def _response_schema(operation_id: str, status: int, success: bool) -> dict[str, Any]:
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            ids = {op.get("operationId")} | {
                entry["operationId"] for entry in op.get("x-operations", ())
            }
            if operation_id in ids:
                key = str(status) if success else "default"
                pointer = f"/paths/{path.replace('/', '~1')}/{method}/responses/{key}"
                return {**SPEC, "$ref": f"#{pointer}/content/application~1json/schema"}
    raise AssertionError(f"the spec has no operation {operation_id}")


def test_every_json_reply_is_valid_against_the_spec(walked: RecordingSimulator) -> None:
    checked = 0
    for operation_id, status, body, _ in walked.replies:
        if not body:
            continue
        value = json.loads(body)
        success = not (isinstance(value, dict) and value.get("success") is False)
        validator = Draft202012Validator(_response_schema(operation_id, status, success))
        assert [error.message for error in validator.iter_errors(value)] == [], operation_id
        checked += 1
    assert checked == 5  # two grants, two user-infos, one revoke


@pytest.mark.parametrize(
    "reply",
    [
        {"data": {"userId": "7d3c0e5a9b1f4e2d8c6a5b4f3e2d1c0b", "email": "user@example.com"}},
        {"access_token": "example", "scope": "read"},
    ],
)
def test_the_placeholder_check_refuses_what_the_old_replies_held(reply: Any) -> None:
    assert placeholder_problems(reply, "") != []
