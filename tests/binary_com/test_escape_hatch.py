"""`BinaryComClient.send`: a request as written, its answer matched by req_id and returned
whole, errors typed, and a known call's rules (authorization, scopes, secrets) kept."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from binary_com_api import (
    AuthorizationRequired,
    BinaryComClient,
    ConnectionLost,
    InputValidationFailed,
    InvalidToken,
    PermissionDenied,
    UnrecognisedRequest,
    ValidationError,
)
from binary_com_api.testing import BinaryComSimulator, DropConnection, ErrorAnswer

from tests.binary_com.conftest import ALL_TOKEN, READ_TOKEN


def test_a_known_call_answers_the_whole_message(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    answer = client.send({"ticks_history": "R_50", "end": "latest", "count": 3})
    assert answer["msg_type"] == "history"
    assert len(answer["history"]["prices"]) == 3
    assert answer["echo_req"]["ticks_history"] == "R_50"
    sent = sim.received[-1]
    assert answer["req_id"] == sent["req_id"]
    assert {key: value for key, value in sent.items() if key != "req_id"} == {
        "ticks_history": "R_50",
        "end": "latest",
        "count": 3,
    }


def test_answers_are_matched_by_req_id_across_threads(client: BinaryComClient) -> None:
    symbols = ["R_10", "R_25", "R_50", "R_75", "R_100"] * 2
    answers: dict[int, dict[str, Any]] = {}

    def ask(index: int) -> None:
        answers[index] = client.send({"ticks_history": symbols[index], "count": 1, "end": "latest"})

    threads = [threading.Thread(target=ask, args=(index,)) for index in range(len(symbols))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert [answers[index]["echo_req"]["ticks_history"] for index in range(len(symbols))] == (
        symbols
    )
    assert len({answer["req_id"] for answer in answers.values()}) == len(symbols)


def test_authorize_sent_raw_authorizes_the_client(client: BinaryComClient) -> None:
    answer = client.send({"authorize": ALL_TOKEN})
    assert answer["authorize"]["loginid"] == client.loginid
    assert client.authorized and "trade" in client.scopes
    assert client.send({"balance": 1})["balance"]["currency"]


def test_authorization_and_scopes_are_checked_before_sending(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    with pytest.raises(AuthorizationRequired) as unauthorized:
        client.send({"balance": 1, "account": "current"})
    assert unauthorized.value.local
    client.authorize(READ_TOKEN)
    sim.clear()
    # active_symbols also names landing_company, another call: the call is the one that takes
    # the other key, as the server reads it (read access suffices for both).
    assert client.send({"active_symbols": "brief", "landing_company": "svg"})["active_symbols"]
    with pytest.raises(PermissionDenied) as denied:
        client.send({"buy": "1", "price": 10})
    assert denied.value.local and "trade" in str(denied.value)
    assert [next(iter(request)) for request in sim.received] == ["active_symbols"]


def test_error_answers_raise_typed_errors_without_secrets(client: BinaryComClient) -> None:
    with pytest.raises(UnrecognisedRequest):
        client.send({"no_such_call": 1})
    with pytest.raises(InvalidToken) as refused:
        client.send({"authorize": "tok-refused-777"})
    assert "tok-refused-777" not in str(refused.value)
    assert not client.authorized


def test_a_server_quoting_a_secret_has_it_redacted(
    authorized: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.inject(ErrorAnswer("InputValidationFailed", f"bad token {ALL_TOKEN}", only="balance"))
    with pytest.raises(InputValidationFailed) as known:
        authorized.send({"balance": 1})
    assert ALL_TOKEN not in str(known.value) and "<redacted>" in str(known.value)


def test_an_unknown_call_is_never_sent_twice(
    authorized: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.clear()
    sim.inject(DropConnection())
    with pytest.raises(ConnectionLost):
        authorized.send({"future_call": 1, "api_token": "tok-new-9999"})
    assert [request for request in sim.received if "future_call" in request] == [
        {"future_call": 1, "api_token": "tok-new-9999", "req_id": sim.received[0]["req_id"]}
    ]


def test_a_known_safe_call_is_sent_again_after_a_dropped_connection(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.inject(DropConnection(only="time"))
    assert client.send({"time": 1})["time"] > 0
    assert [request["time"] for request in sim.received if "time" in request] == [1, 1]


@pytest.mark.parametrize(
    ("request_", "field"),
    [
        ({}, "request"),
        ({"ticks": "R_50", "req_id": 7}, "request.req_id"),
        ({"ticks": "R_50", "subscribe": 1}, "request.subscribe"),
        ({1: "x"}, "request"),
    ],
)
def test_a_malformed_request_is_refused_before_sending(
    client: BinaryComClient, sim: BinaryComSimulator, request_: dict[Any, Any], field: str
) -> None:
    sim.clear()
    with pytest.raises(ValidationError) as caught:
        client.send(request_)
    assert caught.value.field == field
    assert sim.received == []


def test_the_escape_hatch_is_documented() -> None:
    doc = BinaryComClient.send.__doc__ or ""
    assert "spec lacks" in doc and "req_id" in doc
