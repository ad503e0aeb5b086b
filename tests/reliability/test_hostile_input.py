"""Odd input refused before anything is sent, secrets kept out of errors, and a server clock
that lies (issue 17, items 3 to 6)."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

import binance_oauth_api
import okcoin_v3_api
import pytest
from binance_oauth_api import BinanceOAuthClient
from okcoin_v3_api import OkcoinClient, ServerClockError, ValidationError
from okcoin_v3_api.testing import CannedReply, OkcoinSimulator

from tests.okcoin.conftest import KEY, PASSPHRASE, SECRET
from tests.reliability.conftest import okcoin_client

# -- item 3: dot segments in path arguments ----------------------------------------------------


def _path_params(package: Any) -> list[tuple[str, str]]:
    routes = {}
    for module in ("_routes", "_redirects"):
        try:
            routes.update(__import__(f"{package.__name__}.{module}", fromlist=["x"]).ROUTES)
        except (ImportError, AttributeError):
            continue
    return [
        (operation_id, param.name)
        for operation_id, route in routes.items()
        for param in route.params
        if param.location == "path"
    ]


OKCOIN_PATH_PARAMS = _path_params(okcoin_v3_api)


def test_okcoin_has_path_parameters_to_check() -> None:
    assert len(OKCOIN_PATH_PARAMS) > 20


@pytest.mark.parametrize("value", ["", ".", ".."])
def test_every_path_parameter_refuses_dot_segments(value: str) -> None:
    """Every path parameter of every REST client: `ValidationError` naming that parameter,
    whatever the other arguments are."""
    clients = [
        (OkcoinClient(), OKCOIN_PATH_PARAMS, ValidationError),
        (
            BinanceOAuthClient("app", "https://app.example/cb"),
            _path_params(binance_oauth_api),
            binance_oauth_api.ValidationError,
        ),
    ]
    checked = 0
    for client, params, error in clients:
        transport = client._transport
        for operation_id, name in params:
            with pytest.raises(error) as caught:
                transport.prepare(transport.route(operation_id), {name: value})
            assert caught.value.field == name, operation_id
            checked += 1
    assert checked == len(OKCOIN_PATH_PARAMS) + len(_path_params(binance_oauth_api))


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.spot.get_ticker(instrument_id="."),
        lambda c: c.spot.get_order(order_id_or_client_oid="..", instrument_id="BTC-USD"),
        lambda c: c.spot.get_order(order_id_or_client_oid="", instrument_id="BTC-USD"),
    ],
    ids=["ticker-dot", "order-dotdot", "order-empty"],
)
def test_dot_segments_never_reach_the_server(okcoin_sim: OkcoinSimulator, call: Any) -> None:
    with okcoin_client(okcoin_sim) as client, pytest.raises(ValidationError) as caught:
        call(client)
    assert caught.value.field in ("instrument_id", "order_id_or_client_oid")
    assert okcoin_sim.requests == []


def test_dots_inside_a_value_are_kept(okcoin_sim: OkcoinSimulator) -> None:
    with okcoin_client(okcoin_sim) as client:
        request = client._transport.prepare(
            client._transport.route("spot_get_ticker"), {"instrument_id": "..."}
        )
    assert request.path_with_query.endswith("/instruments/.../ticker")


# -- item 4: header values checked when the client is built ------------------------------------

ODD_VALUES = [
    "value\n",  # read from a file with its line break
    "value\r\nX-Injected: 1",
    "pässwörd€",  # beyond Latin-1
    "\x00value",
    " value",
    "value\t",
]


@pytest.mark.parametrize("odd", ODD_VALUES, ids=repr)
@pytest.mark.parametrize("field", ["api_key", "secret_key", "passphrase"])
def test_okcoin_credentials_are_checked_when_the_client_is_built(field: str, odd: str) -> None:
    credentials = {"api_key": KEY, "secret_key": SECRET, "passphrase": PASSPHRASE}
    credentials[field] = odd
    with pytest.raises(ValidationError) as caught:
        OkcoinClient(**credentials)
    assert caught.value.field == field
    assert odd.strip() not in str(caught.value)
    assert "value" not in str(caught.value)


def test_latin1_credentials_and_no_credentials_are_accepted() -> None:
    OkcoinClient("clé", "sécret", "pass phrase")
    OkcoinClient()


# -- item 5: secrets in free-form parameters ---------------------------------------------------

FREE_SECRET = "free-form-secret-4f1e"


@pytest.mark.parametrize("name", ["passphrase", "trade_pwd", "fund_password", "api_secret"])
def test_free_form_secrets_are_redacted_by_name(okcoin_sim: OkcoinSimulator, name: str) -> None:
    okcoin_sim.inject(
        CannedReply(
            400,
            {"code": 30023, "message": f"bad value {FREE_SECRET} for {name}"},
            only="otc_list_rfq_trades",
        )
    )
    with okcoin_client(okcoin_sim) as client, pytest.raises(okcoin_v3_api.OkcoinError) as caught:
        client.otc.list_rfq_trades(extra_params={name: FREE_SECRET, "limit": "5"})
    assert FREE_SECRET not in str(caught.value)
    assert FREE_SECRET not in caught.value.message
    assert "<redacted>" in str(caught.value)


def test_free_form_values_with_plain_names_are_kept(okcoin_sim: OkcoinSimulator) -> None:
    okcoin_sim.inject(
        CannedReply(400, {"code": 30023, "message": "bad limit 5000"}, only="otc_list_rfq_trades")
    )
    with okcoin_client(okcoin_sim) as client, pytest.raises(okcoin_v3_api.OkcoinError) as caught:
        client.otc.list_rfq_trades(extra_params={"limit": "5000"})
    assert "5000" in str(caught.value)


# -- item 6: an implausible server clock ---------------------------------------------------------


def _server_time(epoch: str) -> CannedReply:
    return CannedReply(
        200, {"iso": "2020-12-08T09:08:57.715Z", "epoch": epoch}, only="general_get_server_time"
    )


@pytest.mark.parametrize(
    "epoch",
    [
        "1e20",  # far beyond any date gmtime can show
        f"{time.time() * 1000:.3f}",  # milliseconds read as seconds
        f"{time.time() - 3 * 86400:.3f}",  # days behind
    ],
    ids=["1e20", "milliseconds", "days-behind"],
)
def test_an_implausible_server_clock_is_refused(okcoin_sim: OkcoinSimulator, epoch: str) -> None:
    with okcoin_client(okcoin_sim) as client:
        okcoin_sim.inject(_server_time(epoch))
        with pytest.raises(ServerClockError, match="max_clock_offset"):
            client.sync_time()
        assert client.clock_offset == 0.0
        # The client stays usable: signed calls go on with the offset it had.
        assert client.spot.list_accounts() is not None


def test_a_refused_timestamp_with_a_lying_clock_keeps_the_client_usable(
    okcoin_sim: OkcoinSimulator,
) -> None:
    """The repair after a refused timestamp reads a lying clock: the call fails with the
    timestamp error, not OverflowError, and later calls still work once the clock is sane."""
    skew = 120.0
    with okcoin_client(okcoin_sim, clock=lambda: time.time() - skew) as client:
        okcoin_sim.inject(_server_time("1e20"))
        with pytest.raises(okcoin_v3_api.TimestampError):
            client.spot.list_accounts()
        assert client.clock_offset == 0.0
        assert client.sync_time() == pytest.approx(skew, abs=5)
        assert client.spot.list_accounts() is not None


def test_the_clock_bound_is_configurable() -> None:
    assert OkcoinClient()._transport.max_clock_offset == 86400.0
    assert OkcoinClient(max_clock_offset=5)._transport.max_clock_offset == 5.0
    for odd in (0, -1, float("inf"), float("nan"), True, "5"):
        with pytest.raises(ValidationError, match="max_clock_offset"):
            OkcoinClient(max_clock_offset=odd)


def test_a_plausible_offset_within_a_small_bound(okcoin_sim: OkcoinSimulator) -> None:
    with okcoin_client(okcoin_sim, max_clock_offset=60) as client:
        okcoin_sim.inject(_server_time(str(Decimal(time.time()).quantize(Decimal("0.001")) + 30)))
        assert client.sync_time() == pytest.approx(30, abs=2)
        okcoin_sim.inject(_server_time(f"{time.time() + 600:.3f}"))
        with pytest.raises(ServerClockError):
            client.sync_time()
        assert client.clock_offset == pytest.approx(30, abs=2)


@pytest.mark.parametrize("odd", ODD_VALUES, ids=repr)
def test_header_parameters_are_checked_before_sending(odd: str) -> None:
    """No route of the specs has a header parameter today; one that does is checked too."""
    from okcoin_v3_api._runtime.core import validate
    from okcoin_v3_api._runtime.http.transport import Param, Route

    route = Route(
        name="test.with_header",
        method="GET",
        path="/with-header",
        params=(Param("trace_id", "X-Trace-Id", "header", True, validate.Anything()),),
        body="none",
        decode=None,
        auth="none",
        idempotent=True,
    )
    transport = OkcoinClient()._transport
    assert transport.prepare(route, {"trace_id": "abc-1"}).headers["X-Trace-Id"] == "abc-1"
    with pytest.raises(ValidationError) as caught:
        transport.prepare(route, {"trace_id": odd})
    assert caught.value.field == "trace_id"
    assert "value" not in str(caught.value)
