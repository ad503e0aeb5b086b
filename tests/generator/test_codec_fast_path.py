"""The shape of the generated per-model decoders (see generator/render/codec.py): the value a
field accepts as it is takes the fast path, everything else still fails with its path, and
counting absent fields still tells unknown keys apart. Checked on the Binary.com models."""

from __future__ import annotations

from typing import Any

import pytest

PING = {"echo_req": {"ping": 1}, "msg_type": "ping", "ping": "pong", "req_id": 4}


def decode(data: Any, model: str) -> Any:
    from binary_com_api import models, structure

    return structure(data, getattr(models, model))


def test_present_and_absent_fields() -> None:
    full = decode(PING, "PingResponse")
    assert (full.ping, full.req_id, full.extra_fields) == ("pong", 4, {})
    bare = decode({"echo_req": {}, "msg_type": "ping"}, "PingResponse")
    assert (bare.ping, bare.req_id, bare.extra_fields) == (None, None, {})


@pytest.mark.parametrize(
    "data",
    [
        {"echo_req": {}, "msg_type": "ping", "later": 1},  # absent optionals and an unknown key
        {**PING, "later": 1},
        {"echo_req": {}, "msg_type": "ping", "req_id": 1, "later": 1, "also": [2]},
    ],
)
def test_unknown_keys_are_kept_whatever_else_is_absent(data: dict[str, Any]) -> None:
    from binary_com_api import unstructure

    decoded = decode(data, "PingResponse")
    assert decoded.extra_fields == {k: v for k, v in data.items() if k in ("later", "also")}
    assert unstructure(decoded) == data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"echo_req": [1]}, "expected an object, got an array at $.echo_req"),
        ({"msg_type": "pong"}, "expected one of 'ping', got 'pong' at $.msg_type"),
        ({"msg_type": 1}, "expected one of 'ping', got 1 at $.msg_type"),
        ({"ping": None}, "expected one of 'pong', got None at $.ping"),
        ({"req_id": True}, "expected an integer, got a boolean at $.req_id"),
        ({"req_id": 1.5}, "expected an integer, got a number at $.req_id"),
    ],
)
def test_wrong_values_fail_with_their_path(change: dict[str, Any], message: str) -> None:
    from binary_com_api import DecodeError

    with pytest.raises(DecodeError) as caught:
        decode({**PING, **change}, "PingResponse")
    assert str(caught.value) == message


def test_a_missing_required_field_is_named() -> None:
    from binary_com_api import DecodeError

    with pytest.raises(DecodeError, match=r"required field is missing at \$\.msg_type"):
        decode({"echo_req": {}}, "PingResponse")


def test_numbers_accept_integers_and_nested_errors_keep_their_path() -> None:
    from binary_com_api import DecodeError

    candle = {"close": 1, "epoch": 1_700_000_000, "high": 2.5, "low": 0.5, "open": 1.25}
    data = {"candles": [candle], "echo_req": {}, "msg_type": "candles"}
    assert decode(data, "TicksHistoryResponse").candles[0].close == 1
    data["candles"] = [candle, {**candle, "epoch": 1.5}]
    with pytest.raises(
        DecodeError, match=r"expected an integer, got a number at \$\.candles\[1\]\.epoch"
    ):
        decode(data, "TicksHistoryResponse")


# Every field of TicksHistoryResponse present (seven keys, as many as it has fields): the
# decoder's fast path, with two nested models and a list of models among the fields.
FULL_HISTORY = {
    "candles": [{"close": 2, "epoch": 1_700_000_000, "high": 2.5, "low": 1.5, "open": 1.75}],
    "history": {"prices": [1.5, 2], "times": [1_700_000_000, 1_700_000_001]},
    "pip_size": 4,
    "subscription": {"id": "abc"},
    "echo_req": {"ticks_history": "R_50"},
    "msg_type": "candles",
    "req_id": 3,
}


def test_an_object_with_exactly_the_fields_takes_the_subscript_path() -> None:
    import inspect

    from binary_com_api._codecs.market import ticks_history

    source = inspect.getsource(ticks_history.structure_ticks_history_response)
    assert "if count == 7:" in source
    assert 'v_candles = data["candles"]' in source


def test_the_fast_path_gives_what_the_general_path_gives() -> None:
    from binary_com_api import unstructure

    decoded = decode(FULL_HISTORY, "TicksHistoryResponse")
    assert decoded.extra_fields == {}
    assert decoded.subscription.id == "abc"
    assert decoded.candles[0].close == 2
    assert unstructure(decoded) == FULL_HISTORY
    fewer = {k: v for k, v in FULL_HISTORY.items() if k != "history"}  # the general path
    assert unstructure(decode(fewer, "TicksHistoryResponse")) == fewer


def test_as_many_keys_as_fields_but_one_unknown_is_kept() -> None:
    from binary_com_api import unstructure

    data = {k: v for k, v in FULL_HISTORY.items() if k != "pip_size"} | {"later": [1]}
    decoded = decode(data, "TicksHistoryResponse")
    assert decoded.pip_size is None
    assert decoded.extra_fields == {"later": [1]}
    assert unstructure(decoded) == data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"req_id": "3"}, "expected an integer, got a string at $.req_id"),
        ({"msg_type": "tick_x"}, "expected one of 'history', 'tick', 'candles', 'ohlc', got"),
        ({"subscription": {"id": 1}}, "expected a string, got an integer at $.subscription.id"),
        (
            {"candles": [FULL_HISTORY["candles"][0], {"epoch": 1.5}]},
            "expected an integer, got a number at $.candles[1].epoch",
        ),
        # Two wrong fields: the first in field order is named, whichever kind each is.
        (
            {"candles": [{"epoch": "x"}], "req_id": "3"},
            "expected an integer, got a string at $.candles[0].epoch",
        ),
        (
            {"candles": [{"epoch": "x"}], "pip_size": "4"},
            "expected an integer, got a string at $.candles[0].epoch",
        ),
        ({"pip_size": "4", "history": {"times": [0.5]}}, "expected an integer, got a number at"),
        ({"echo_req": [], "msg_type": 1}, "expected an object, got an array at $.echo_req"),
    ],
)
def test_wrong_values_on_the_fast_path_fail_as_on_the_general_path(
    change: dict[str, Any], message: str
) -> None:
    from binary_com_api import DecodeError

    for data in (
        {**FULL_HISTORY, **change},  # exactly the fields: the fast path first
        {**FULL_HISTORY, **change, "later": 1},  # an unknown key: the general path only
    ):
        with pytest.raises(DecodeError) as caught:
            decode(data, "TicksHistoryResponse")
        assert str(caught.value).startswith(message)
