"""Numbers are never rounded silently, and spec patterns mean what JSON Schema means.

- JSON reading (`exact_json.loads`, in every package): an integer beyond 64 bits stays an exact
  `int`, a number a float cannot hold comes as a `Decimal`, an absurd exponent is refused;
  decoders keep a Decimal field exact and refuse such a number in a float field.
- Patterns are ECMA-262: `$` does not accept a final newline, `\\d` and `\\w` are ASCII only,
  `.` matches no line terminator; each differing case is refused before anything is sent.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from types import ModuleType
from typing import Any

import orjson
import pytest
from binary_com_api import BinaryComClient, DecodeError
from binary_com_api import ValidationError as BinaryValidationError
from hypothesis import given, settings
from hypothesis import strategies as st
from okcoin_v3_api import DecodeError as OkcoinDecodeError
from okcoin_v3_api import OkcoinClient, models, structure
from okcoin_v3_api import ValidationError as OkcoinValidationError
from websockets.sync.server import ServerConnection

from generator.runtime.testing.patterns import python_pattern
from tests.reliability.test_ws_hostile import answer, serving

PACKAGES = ("okcoin_v3_api", "binance_oauth_api", "binary_com_api")


@pytest.fixture(params=PACKAGES)
def reader(request: pytest.FixtureRequest) -> ModuleType:
    return importlib.import_module(f"{request.param}._runtime.core.exact_json")


# -- reading JSON ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18446744073709551617", 18446744073709551617),  # 2**64 + 1: orjson gives a float
        ("-9223372036854775809", -9223372036854775809),
        ("1" + "0" * 400, 10**400),  # orjson refuses it as "infinity"
        ("0.12345678901234567890123", Decimal("0.12345678901234567890123")),
        ("12345678901234567890123.5", Decimal("12345678901234567890123.5")),
        ("1e-400", Decimal("1E-400")),  # orjson gives 0.0
        ("1e400", Decimal("1E+400")),
        ("0.30000000000000004", 0.30000000000000004),  # a float holds it: stays a float
        ("1.5e300", 1.5e300),
    ],
)
def test_numbers_are_read_exactly(reader: ModuleType, text: str, expected: Any) -> None:
    for raw in (text.encode(), text):
        value = reader.loads(raw)
        assert value == expected and type(value) is type(expected)
        nested = reader.loads(f'{{"a": [1, {text}, 0.1], "id": "x"}}'.encode())
        assert nested["a"][1] == expected and type(nested["a"][1]) is type(expected)
        assert nested["a"][2] == 0.1 and type(nested["a"][2]) is float


@pytest.mark.parametrize(
    "text", ["1E+999999999", "-1e-1001", "[1, 2e9999]", "1" * 1100, '{"a": NaN}', "Infinity"]
)
def test_absurd_numbers_are_refused(reader: ModuleType, text: str) -> None:
    with pytest.raises(ValueError):
        reader.loads(text.encode())


def test_ordinary_payloads_read_as_orjson_reads_them(reader: ModuleType) -> None:
    raw = b'{"price": "101.25", "size": 0.5, "ts": 1700000000123, "ids": [1, 2], "ok": true}'
    assert reader.loads(raw) == orjson.loads(raw)
    with pytest.raises(ValueError):
        reader.loads(b'{"a": 12345678901234567890')  # truncated, and risky: read twice
    with pytest.raises(ValueError):
        reader.loads(b"[" * 100_000 + b"12345678901234567890" + b"]" * 100_000)


# The check that sends a text to the exact reader, against the pattern it replaced (a regular
# expression that cost 2 ms on a 1,000-candle reply): it must flag at least all that did.
_OLD_RISK = re.compile(r"[0-9][0-9.]{15}|[eE][-+]?[0-9]{3}")


@settings(max_examples=400)
@given(
    st.text(alphabet='0123456789.eE+- ,:[]{}"ax\u00e9\u20ac', max_size=80)
    | st.builds(
        lambda value: json.dumps(value),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
            lambda inner: (
                st.lists(inner, max_size=4)
                | st.dictionaries(st.text(max_size=5), inner, max_size=4)
            ),
            max_leaves=12,
        ),
    )
)
def test_the_risk_check_misses_nothing_the_old_pattern_caught(text: str) -> None:
    reader = importlib.import_module("binary_com_api._runtime.core.exact_json")
    if _OLD_RISK.search(text):
        assert reader.may_lose_digits(text)
        assert reader.may_lose_digits(text.encode())


def test_a_reply_of_ordinary_prices_takes_orjson_alone(reader: ModuleType) -> None:
    candles = [
        {
            "epoch": 1699940040 + 60 * i,
            "open": 238.2246,
            "high": 238.417,
            "low": 238.0714,
            "close": 238.1948,
        }
        for i in range(1000)
    ]
    raw = json.dumps({"candles": candles, "msg_type": "candles", "req_id": 7})
    assert not reader.may_lose_digits(raw)
    for risky in ("1.0000000000000001", "1e-400", "2E+300", "12345678901234567"):
        assert reader.may_lose_digits(raw[:-1] + f', "x": {risky}}}')


# -- decoding ----------------------------------------------------------------------------------


def test_a_decimal_field_keeps_every_digit_and_refuses_absurd_exponents() -> None:
    exact = "12345678901234567890.123456789"
    reader = importlib.import_module("okcoin_v3_api._runtime.core.exact_json")
    data = reader.loads(f'{{"algo_id": "1", "size": {exact}, "trigger_price": "{exact}"}}')
    order = structure(data, models.AlgoOrder)
    assert order.size == order.trigger_price == Decimal(exact)
    for absurd in ("1E+999999999", "1e-1001"):
        with pytest.raises(OkcoinDecodeError, match="exponent"):
            structure({"algo_id": "1", "size": absurd}, models.AlgoOrder)


def test_absurd_exponents_are_refused_before_sending() -> None:
    client = OkcoinClient("key", "secret", "passphrase", base_url="http://127.0.0.1:9")
    with pytest.raises(OkcoinValidationError, match="exponent") as caught:
        client.spot.place_order(
            instrument_id="BTC-USD", side="buy", price=Decimal("1E+999999999"), size=Decimal(1)
        )
    assert caught.value.field == "price"


@pytest.fixture
def exact_server() -> Iterator[str]:
    """Answers `time` with an integer past 64 bits and an unknown field no float can hold,
    `ticks` with a quote no float can hold (the quote is a float field) and `ping` with an
    absurd exponent."""

    def handler(ws: ServerConnection) -> None:
        for raw in ws:
            request = json.loads(raw)
            if "time" in request:
                text = answer(request, msg_type="time", time=0, extra=0)
                text = text.replace('"time": 0', '"time": 18446744073709551617')
                ws.send(text.replace('"extra": 0', '"extra": 0.12345678901234567890123'))
            elif "ticks" in request:
                text = answer(request, msg_type="tick", tick={"pip_size": 2, "quote": 0})
                ws.send(text.replace('"quote": 0', '"quote": 1.23456789012345678901'))
            elif "ping" in request:
                text = answer(request, msg_type="ping", ping="pong", extra=0)
                ws.send(text.replace('"extra": 0', '"extra": 1E+999999999'))

    with serving(handler) as url:
        yield url


def test_the_websocket_client_reads_numbers_exactly(exact_server: str) -> None:
    with BinaryComClient(1089, endpoint=exact_server, keepalive=None, retries=0) as client:
        answer = client.time(timeout=5)
        assert answer.time == 18446744073709551617
        assert answer.extra_fields["extra"] == Decimal("0.12345678901234567890123")
        with pytest.raises(DecodeError, match=r"float cannot hold .* at \$\.tick\.quote"):
            client.ticks("R_50", timeout=5)
        # Refused, and the call told so at once (not left to time out).
        with pytest.raises(DecodeError, match=r"^ping: .*exponent 999999999 is out of range"):
            client.ping(timeout=30)
        assert client.time(timeout=5).time == 18446744073709551617  # the connection goes on


def test_the_rest_clients_read_numbers_exactly() -> None:
    from okcoin_v3_api.testing import CannedReply, OkcoinSimulator

    iso = '"iso": "2024-01-02T03:04:05.000Z", "epoch": "1704164645.000"'
    with OkcoinSimulator() as sim, OkcoinClient(base_url=sim.base_url, retries=0) as client:
        sim.inject(CannedReply(raw=("{" + iso + ', "extra": 18446744073709551617}').encode()))
        assert client.general.get_server_time().extra_fields["extra"] == 18446744073709551617
        sim.inject(CannedReply(raw=("{" + iso + ', "extra": 1E+999999999}').encode()))
        with pytest.raises(OkcoinDecodeError, match="out of range"):
            client.general.get_server_time()


# -- patterns ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "refused", "accepted"),
    [
        ("^[a-z]+$", ["abc\n"], ["abc"]),
        # Arabic-Indic and fullwidth digits are no \d in ECMA-262.
        (r"^\d{1,4}$", ["\u0661\u0662\u0663", "\uff11\uff12", "12\n"], ["1234"]),
        (r"^\D$", ["1"], ["a", "\u0661"]),
        (r"^\w{2,30}$", ["R_\uff15\uff10", "éé", "ab\n"], ["R_50"]),
        (r"^[\w.]+$", ["é"], ["a.b"]),
        (r"^\W$", ["a"], ["é", "-"]),
        (r"^a.c$", ["a\nc", "a\rc", "a\u2028c"], ["abc", "aéc"]),
        (r"\bx\b", ["axb"], ["éxé", "a x b"]),  # é is no word character in ECMA-262
        (r"^(?=.{1,5}$)x+$", ["xx\n"], ["xxxxx"]),
        (r"^\p{L}+$", ["a1", "ab\n"], ["éü"]),  # \p{L} stays Unicode
        ("^[]a]+$", ["b"], ["]a"]),
    ],
)
def test_patterns_have_their_json_schema_meaning(
    pattern: str, refused: list[str], accepted: list[str]
) -> None:
    regex = re.compile(python_pattern(pattern))
    for value in refused:
        assert regex.search(value) is None, (pattern, value)
    for value in accepted:
        assert regex.search(value) is not None, (pattern, value)


def test_negated_classes_inside_a_class_are_refused_when_generating() -> None:
    with pytest.raises(ValueError, match="no equivalent"):
        python_pattern(r"^[\Wa]$")


def test_a_value_with_a_trailing_newline_is_not_sent() -> None:
    okcoin = OkcoinClient("key", "secret", "passphrase", base_url="http://127.0.0.1:9")
    with pytest.raises(OkcoinValidationError, match="must match") as caught:
        okcoin.spot.place_order(
            instrument_id="BTC-USD",
            side="buy",
            price=Decimal(1),
            size=Decimal(1),
            client_oid="abc\n",
        )
    assert caught.value.field == "client_oid"
    binary = BinaryComClient(1089, endpoint="ws://127.0.0.1:9")  # never connects
    with pytest.raises(BinaryValidationError) as refused:
        binary.ticks_history("R_50", end="1234\n")
    # The message quotes the spec's own pattern.
    assert refused.value.rule == "must match '^(latest|[0-9]{1,10})$', got '1234\\n'"
