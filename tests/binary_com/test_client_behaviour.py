"""The Binary.com client against its simulator: checks, scopes, errors, streams, threads,
lost connections, timeouts and keepalive."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable

import pytest
from binary_com_api import (
    AlreadySubscribed,
    ApiError,
    AuthorizationRequired,
    BinaryComClient,
    ClientError,
    ConnectionLost,
    InputValidationFailed,
    InvalidToken,
    PermissionDenied,
    RateLimit,
    RequestTimeout,
    TransportError,
    UnrecognisedRequest,
    ValidationError,
    models,
    structure,
    unstructure,
)
from binary_com_api.testing import BinaryComSimulator, Delay, DropConnection, ErrorAnswer
from binary_com_api.testing import RateLimit as RateLimitFault
from websockets.sync.server import ServerConnection, serve

from generator import ir
from tests.binary_com.conftest import (
    ALL_TOKEN,
    API,
    CALLS,
    READ_TOKEN,
    SCOPE_TOKENS,
    arguments,
)

AUTH_CALLS = [op for op in API.operations if op.auth.kind == "token"]


def wait_for(condition: Callable[[], bool], timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.01)


def method_of(client: BinaryComClient, op: ir.Operation) -> Callable[..., object]:
    name = op.name if hasattr(client, op.name) else f"subscribe_{op.name}"
    return getattr(client, name)  # type: ignore[no-any-return]


# -- arguments are checked before anything is sent -----------------------------------------


@pytest.mark.parametrize("op", list(API.operations), ids=lambda op: op.name)
def test_a_wrong_argument_is_refused_before_sending(
    op: ir.Operation, authorized: BinaryComClient, sim: BinaryComSimulator
) -> None:
    checked = [p for p in op.params if not p.constant and p.type != ir.ANY]
    if not checked:
        pytest.skip("no checked argument")
    request = sim.example_request(op.name, minimal=True)
    if op.name == "authorize":
        request["authorize"] = ALL_TOKEN
    for param in checked:
        positional, keywords = arguments(op, request)
        wrong = object()  # no check accepts it
        if param.wire_name == op.name and param.required:
            positional = [wrong]
        else:
            keywords[param.name] = wrong
        sim.clear()
        with pytest.raises(ValidationError) as caught:
            method_of(authorized, op)(*positional, **keywords)
        assert caught.value.field == param.name
        assert str(caught.value).startswith(f"{param.name}: ")
        assert sim.received == []


def test_rules_of_the_schema_are_named() -> None:
    client = BinaryComClient(1089, endpoint="ws://127.0.0.1:9")  # never connects
    with pytest.raises(ValidationError, match=r"^ticks: matches none") as caught:
        client.ticks("no spaces allowed")
    assert caught.value.field == "ticks"
    with pytest.raises(ValidationError) as caught:
        client.ticks_history("R_50", end="yesterday")
    assert caught.value.field == "end"
    assert caught.value.rule == "must match '^(latest|[0-9]{1,10})$', got 'yesterday'"
    with pytest.raises(ValidationError) as caught:
        client.proposal(contract_type="CALL", currency="USD", symbol="R_50", duration_unit="y")  # type: ignore[arg-type]
    assert caught.value.field == "duration_unit"
    assert "must be one of" in caught.value.rule
    with pytest.raises(ValidationError) as caught:
        client.buy("1", price=10, parameters={"contract_type": "CALL", "currency": "USD"})  # type: ignore[arg-type]
    assert caught.value.field == "parameters.symbol"
    with pytest.raises(ValidationError, match="is required"):
        client.ticks(None)  # type: ignore[arg-type]
    assert not client.connected


def test_a_draft_4_exclusive_bound_is_exclusive() -> None:
    """Upstream's call schemas are draft 4: `exclusiveMinimum: true` with `minimum: 0` means
    above 0, as the server checks it; an advert for 0 must not be sent."""
    client = BinaryComClient(1089, endpoint="ws://127.0.0.1:9")  # never connects
    with pytest.raises(ValidationError) as caught:
        client.p2p_advert_create(
            amount=0, max_order_amount=10, min_order_amount=1, rate=1.5, type="buy"
        )
    assert caught.value.field == "amount"
    assert "0" in caught.value.rule
    with pytest.raises(ValidationError) as caught:
        client.p2p_advert_update(id="1", min_order_amount=0)
    assert caught.value.field == "min_order_amount"
    assert not client.connected


def test_models_are_accepted_as_arguments(
    authorized: BinaryComClient, sim: BinaryComSimulator
) -> None:
    parameters = models.BuyRequestParameters(
        contract_type="CALL",
        currency="USD",
        symbol="R_50",
        amount=5,
        basis="stake",
        duration=5,
        duration_unit="m",
    )
    bought = authorized.buy("1", price=100, parameters=parameters)
    assert bought.buy is not None
    sent = sim.received[-1]
    assert sent["parameters"] == {
        "amount": 5,
        "basis": "stake",
        "contract_type": "CALL",
        "currency": "USD",
        "duration": 5,
        "duration_unit": "m",
        "symbol": "R_50",
    }


def test_null_is_sent_only_when_given(authorized: BinaryComClient, sim: BinaryComSimulator) -> None:
    authorized.p2p_order_review(order_id="12", rating=1, recommended=None)
    assert sim.received[-1]["recommended"] is None
    authorized.p2p_order_review(order_id="12", rating=1)
    assert "recommended" not in sim.received[-1]


# -- authorization and scopes --------------------------------------------------------------


@pytest.mark.parametrize("op", AUTH_CALLS, ids=lambda op: op.name)
def test_calls_needing_authorization_are_refused_locally(
    op: ir.Operation, client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    positional, keywords = arguments(op, sim.example_request(op.name))
    with pytest.raises(AuthorizationRequired) as caught:
        method_of(client, op)(*positional, **keywords)
    assert caught.value.local and caught.value.code == "AuthorizationRequired"
    assert caught.value.call == op.name
    if op.auth.scopes:
        lacking = next(scope for scope in SCOPE_TOKENS if scope not in op.auth.scopes)
        client.authorize(SCOPE_TOKENS[lacking])
        sim.clear()
        with pytest.raises(PermissionDenied) as denied:
            method_of(client, op)(*positional, **keywords)
        assert denied.value.local and denied.value.code == "PermissionDenied"
        assert " or ".join(sorted(op.auth.scopes)) in denied.value.message
    assert [r for r in sim.received if op.name in r] == []


def test_any_one_of_the_scopes_is_enough(client: BinaryComClient) -> None:
    assert CALLS["balance"].auth.scopes == ("read", "trading_information")
    client.authorize(SCOPE_TOKENS["trading_information"])
    assert client.scopes == {"trading_information"}
    assert client.balance().balance is not None


def test_authorize_records_scopes_and_logout_forgets_them(client: BinaryComClient) -> None:
    assert not client.authorized and client.scopes == frozenset()
    answer = client.authorize(READ_TOKEN)
    assert answer.authorize is not None and answer.authorize.scopes == ["read"]
    assert client.authorized and client.scopes == {"read"}
    assert client.loginid == answer.authorize.loginid
    with pytest.raises(PermissionDenied):
        client.topup_virtual()
    client.authorize(ALL_TOKEN)
    assert "trade" in client.scopes
    client.logout()
    assert not client.authorized
    with pytest.raises(AuthorizationRequired) as caught:
        client.balance()
    assert caught.value.local


def test_a_refused_token_raises_invalid_token(client: BinaryComClient) -> None:
    with pytest.raises(InvalidToken) as caught:
        client.authorize("tok-unknown-1234")
    assert caught.value.code == "InvalidToken" and not caught.value.local
    assert not client.authorized


def test_the_server_saying_authorization_required_resets_the_local_view(
    authorized: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.inject(ErrorAnswer("AuthorizationRequired", "Please log in.", only="balance"))
    with pytest.raises(AuthorizationRequired) as caught:
        authorized.balance()
    assert not caught.value.local
    assert not authorized.authorized


# -- error answers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        ("RateLimit", RateLimit),
        ("InvalidToken", InvalidToken),
        ("PermissionDenied", PermissionDenied),
        ("InputValidationFailed", InputValidationFailed),
        ("AlreadySubscribed", AlreadySubscribed),
        ("UnrecognisedRequest", UnrecognisedRequest),
        ("SomethingNew", ApiError),
    ],
)
def test_error_answers_raise_the_class_of_their_code(
    code: str, cls: type[ApiError], client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    # (A safe call answered RateLimit is sent again, twice by default: the third answer counts.)
    times = 3 if code == "RateLimit" else 1
    sim.inject(ErrorAnswer(code, f"text for {code}", times=times, only="time"))
    with pytest.raises(cls) as caught:
        client.time()
    assert type(caught.value) is cls
    assert (caught.value.code, caught.value.message, caught.value.call) == (
        code,
        f"text for {code}",
        "time",
    )
    assert str(caught.value) == f"time: {code}: text for {code}"
    assert client.time().time > 0  # the connection is fine afterwards


def test_rate_limit_and_validation_details(
    authorized: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.inject(RateLimitFault(times=3, only="ping"))
    with pytest.raises(RateLimit):
        authorized.ping()
    # Buying without a proposal id needs the contract's parameters: a rule of the server's.
    with pytest.raises(InputValidationFailed) as caught:
        authorized.buy("1", price=10)
    assert caught.value.details == {"parameters": "Required when buying without a proposal id."}


def test_a_second_identical_subscription_is_refused(authorized: BinaryComClient) -> None:
    with authorized.subscribe_ticks("R_10"), pytest.raises(AlreadySubscribed):
        authorized.subscribe_ticks("R_10")


# -- streams ---------------------------------------------------------------------------------


def test_a_stream_delivers_updates_and_forget_stops_it(
    authorized: BinaryComClient, sim: BinaryComSimulator
) -> None:
    subscription = authorized.subscribe_ticks("R_50")
    quotes = []
    for message in subscription:
        assert isinstance(message, models.TicksResponse) and message.tick is not None
        quotes.append(message.tick.epoch)
        if len(quotes) == 4:
            break
    assert quotes == sorted(quotes) and len(set(quotes)) == 4
    assert subscription.active
    subscription.forget()
    subscription.forget()  # once is enough
    assert not subscription.active
    assert next(subscription, None) is None
    assert {"forget": message.subscription.id} == {  # type: ignore[union-attr]
        key: value for key, value in sim.received[-1].items() if key != "req_id"
    }
    wait_for(lambda: sim.subscription_count == 0)


def test_forget_from_another_thread_wakes_the_reader(authorized: BinaryComClient) -> None:
    subscription = authorized.subscribe_balance()
    next(subscription)  # the current balance; then nothing until the balance changes
    timer = threading.Timer(0.1, subscription.forget)
    timer.start()
    assert list(subscription) == []
    timer.join()


def test_event_driven_streams_follow_the_account(
    authorized: BinaryComClient, sim: BinaryComSimulator
) -> None:
    loginid = authorized.loginid
    assert loginid is not None
    with authorized.subscribe_balance() as balances, authorized.subscribe_transaction() as moves:
        first = next(balances)
        assert first.balance is not None
        sim.set_balance(loginid, "1234.5")
        update = balances.get(timeout=3)
        assert update is not None and update.balance is not None
        assert update.balance.balance == 1234.5
        assert next(moves).transaction is not None  # the subscription's first answer
        parameters = {
            "contract_type": "CALL",
            "currency": "USD",
            "symbol": "R_50",
            "amount": 10,
            "duration": 5,
            "duration_unit": "m",
        }
        bought = authorized.buy("1", price=100, parameters=parameters)  # type: ignore[arg-type]
        assert bought.buy is not None
        seeded = moves.get(timeout=3)  # setting the balance was a statement row too
        assert seeded is not None and seeded.transaction is not None
        assert seeded.transaction.action == "withdrawal"
        assert seeded.transaction.balance == 1234.5
        move = moves.get(timeout=3)
        assert move is not None and move.transaction is not None
        assert move.transaction.contract_id == bought.buy.contract_id
        assert move.transaction.action == "buy"


def test_buy_streams_the_bought_contract(authorized: BinaryComClient) -> None:
    proposal = authorized.proposal(
        contract_type="CALL",
        currency="USD",
        symbol="R_50",
        amount=10,
        basis="stake",
        duration=5,
        duration_unit="m",
    )
    assert proposal.proposal is not None
    with authorized.subscribe_buy(proposal.proposal.id, price=100) as stream:
        bought = next(stream)
        assert isinstance(bought, models.BuyResponse) and bought.buy is not None
        update = next(stream)
        assert isinstance(update, models.ProposalOpenContractResponse)
        assert update.proposal_open_contract is not None
        assert update.proposal_open_contract.contract_id == bought.buy.contract_id


def test_a_tick_history_stream_goes_on_with_ticks(authorized: BinaryComClient) -> None:
    with authorized.subscribe_ticks_history("R_50", end="latest", count=5) as stream:
        history = next(stream)
        assert isinstance(history, models.TicksHistoryResponse)
        assert history.history is not None and len(history.history.prices or []) == 5
        tick = next(stream)
        assert isinstance(tick, models.TicksResponse) and tick.tick is not None
        assert tick.tick.symbol == "R_50"
    candles = authorized.subscribe_ticks_history(
        "R_50", end="latest", count=3, style="candles", granularity=60
    )
    with candles:
        first = next(candles)
        assert isinstance(first, models.TicksHistoryResponse) and len(first.candles or []) == 3
        update = next(candles)  # no model of its own: kept, whole, in extra_fields
        assert isinstance(update, models.TicksHistoryResponse) and update.msg_type == "ohlc"
        assert update.extra_fields["ohlc"]["symbol"] == "R_50"


def test_forget_all_ends_the_streams_it_names(
    authorized: BinaryComClient, sim: BinaryComSimulator
) -> None:
    ticks_a = authorized.subscribe_ticks("R_50")
    ticks_b = authorized.subscribe_ticks("R_100")
    rates = authorized.subscribe_exchange_rates(base_currency="USD")
    ids = [next(ticks_a).subscription, next(ticks_b).subscription]
    answer = authorized.forget_all("ticks")
    assert answer.forget_all is not None
    assert sorted(answer.forget_all) == sorted(info.id for info in ids if info is not None)
    assert list(ticks_a) == [] and list(ticks_b) == []
    assert not ticks_a.active and not ticks_b.active
    assert rates.active and rates.get(timeout=3) is not None
    forgets = len([request for request in sim.received if "forget" in request])
    ticks_a.forget()  # already over: nothing to send
    assert len([request for request in sim.received if "forget" in request]) == forgets
    rates.forget()
    wait_for(lambda: sim.subscription_count == 0)


def test_forget_by_id_ends_the_local_stream(authorized: BinaryComClient) -> None:
    stream = authorized.subscribe_ticks("R_25")
    first = next(stream)
    assert first.subscription is not None
    assert authorized.forget(first.subscription.id).forget == 1
    assert list(stream) == []


def test_one_request_opening_several_streams_is_forgotten_whole(
    authorized: BinaryComClient, sim: BinaryComSimulator
) -> None:
    stream = authorized.subscribe_ticks(["R_50", "R_100"])
    symbols = set()
    for message in stream:
        assert message.tick is not None
        symbols.add(message.tick.symbol)
        if len(symbols) == 2:
            break
    assert sim.subscription_count == 2
    stream.forget()
    wait_for(lambda: sim.subscription_count == 0)


def test_an_error_in_a_stream_is_raised_and_ends_it(authorized: BinaryComClient) -> None:
    with pytest.raises(ApiError) as caught:
        authorized.subscribe_ticks("NOPE1")
    assert caught.value.code == "InvalidSymbol"


# -- threads, timeouts, lost connections -----------------------------------------------------


def test_concurrent_calls_from_threads_each_get_their_own_answer(
    authorized: BinaryComClient, sim: BinaryComSimulator
) -> None:
    # The first ping is answered late, so answers come back out of order.
    sim.inject(Delay(0.3, only="ping"))
    results: dict[int, object] = {}
    errors: list[BaseException] = []

    def worker(number: int) -> None:
        try:
            for round_ in range(10):
                tag = {"worker": number, "round": round_}
                if number % 3 == 0:
                    answer: object = authorized.ping(passthrough=tag)
                elif number % 3 == 1:
                    answer = authorized.ticks_history(
                        "R_50", end="latest", count=number + round_ + 1, passthrough=tag
                    )
                    assert isinstance(answer, models.TicksHistoryResponse)
                    assert answer.history is not None and answer.history.prices is not None
                    assert len(answer.history.prices) == number + round_ + 1
                else:
                    answer = authorized.exchange_rates(base_currency="USD", passthrough=tag)
                assert unstructure(answer)["passthrough"] == tag
                assert unstructure(answer)["echo_req"]["passthrough"] == tag
                results[number * 100 + round_] = answer
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(9)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(results) == 90


def test_a_call_times_out_and_the_connection_stays_usable(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.inject(Delay(1.0, only="time"))
    started = time.monotonic()
    with pytest.raises(RequestTimeout, match=r"time: no answer within 0\.1 s"):
        client.time(timeout=0.1)
    assert time.monotonic() - started < 0.9
    assert isinstance(client.ping(), models.PingResponse)


def test_a_safe_call_is_resent_after_a_reconnect_with_the_session_restored(
    authorized: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.clear()
    sim.inject(DropConnection(only="balance"))
    answer = authorized.balance()
    assert answer.balance is not None
    calls = [next(key for key in r if key != "req_id") for r in sim.received]
    assert calls == ["balance", "authorize", "balance"]
    assert authorized.authorized and "admin" in authorized.scopes


def test_a_token_refused_on_reconnect_leaves_the_client_unauthorized(
    authorized: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.inject(DropConnection(only="balance"))
    sim.inject(ErrorAnswer("InvalidToken", "The token is invalid.", only="authorize"))
    with pytest.raises(AuthorizationRequired) as caught:
        authorized.balance()
    assert caught.value.local
    assert not authorized.authorized
    assert authorized.ping().ping == "pong"  # the new connection itself is fine


def test_an_unsafe_call_is_not_resent(authorized: BinaryComClient, sim: BinaryComSimulator) -> None:
    sim.clear()
    sim.inject(DropConnection(only="topup_virtual"))
    with pytest.raises(ConnectionLost):
        authorized.topup_virtual()
    assert [r for r in sim.received if "topup_virtual" in r] != []
    authorized.ping()  # a new connection, authorized again
    assert [r for r in sim.received if "topup_virtual" in r].__len__() == 1
    assert authorized.authorized


def test_without_reconnecting_a_lost_connection_ends_open_streams(sim: BinaryComSimulator) -> None:
    with BinaryComClient(1089, endpoint=sim.url, keepalive=None, reconnect=False) as client:
        client.authorize(ALL_TOKEN)
        stream = client.subscribe_ticks("R_75")
        next(stream)
        sim.inject(DropConnection(only="time"))
        with pytest.raises(ConnectionLost):
            client.time()  # safe, but not sent again either
        with pytest.raises(ConnectionLost):
            while stream.get(timeout=3) is not None:
                pass
        assert not stream.active
        assert next(stream, None) is None
        assert client.time().time > 0  # the next call opens a new connection...
        assert not client.authorized  # ...which is not authorized


def test_a_closed_client_stays_closed(sim: BinaryComSimulator) -> None:
    client = BinaryComClient(1089, endpoint=sim.url, keepalive=None)
    assert client.ping().ping == "pong"
    stream = client.subscribe_ticks("R_10")
    client.close()
    with pytest.raises(ConnectionLost, match="closed"):
        client.ping()
    with pytest.raises(ConnectionLost):
        list(stream)
    assert not client.connected


def test_connecting_to_nothing_is_a_transport_error() -> None:
    client = BinaryComClient(1089, endpoint="ws://127.0.0.1:9", open_timeout=2)
    with pytest.raises(TransportError, match=r"cannot connect to ws://127\.0\.0\.1:9"):
        client.ping()


def test_keepalive_pings_an_idle_connection(sim: BinaryComSimulator) -> None:
    with BinaryComClient(1089, endpoint=sim.url, keepalive=0.05) as client:
        sim.clear()
        wait_for(lambda: len(sim.received) >= 3)
        assert all(set(request) == {"ping", "req_id"} for request in sim.received)
        assert client.connected
    with BinaryComClient(1089, endpoint=sim.url, keepalive=None):
        sim.clear()
        time.sleep(0.2)
        assert sim.received == []


def test_keepalive_closes_a_connection_that_stopped_answering(sim: BinaryComSimulator) -> None:
    sim.inject(Delay(5.0, only="ping"))
    with BinaryComClient(1089, endpoint=sim.url, keepalive=0.2) as client:
        wait_for(lambda: not client.connected, timeout=3)
        sim.clear_faults()
        assert client.time().time > 0  # a call opens a new connection


# -- responses ---------------------------------------------------------------------------------


def test_fields_the_spec_does_not_know_are_kept(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    example = sim.example_request("ping")  # any call will do; ping has a small answer
    assert example == {"ping": 1}
    sim.set_response("ping", {"ping": "pong", "brand_new": {"nested": [1, 2]}})
    answer = client.ping()
    assert answer.extra_fields["brand_new"] == {"nested": [1, 2]}
    data = unstructure(answer)
    assert data["brand_new"] == {"nested": [1, 2]}
    assert structure(data, models.PingResponse) == answer


def test_client_errors_share_one_root() -> None:
    for cls in (ApiError, ConnectionLost, RequestTimeout, ValidationError, TransportError):
        assert issubclass(cls, ClientError)
    assert issubclass(ConnectionLost, TransportError)


# -- the wire: compression and fragmented messages -----------------------------------------


def _extensions(client: BinaryComClient) -> list[str]:
    connection = client._session.transport()._connection
    assert connection is not None
    return [extension.name for extension in connection.websocket.protocol.extensions]


def test_messages_travel_uncompressed_unless_deflate_is_asked_for(sim: BinaryComSimulator) -> None:
    with BinaryComClient(1089, endpoint=sim.url, keepalive=None) as plain:
        assert plain.ping().ping == "pong"
        assert _extensions(plain) == []
    with BinaryComClient(1089, endpoint=sim.url, keepalive=None, compression="deflate") as packed:
        history = packed.ticks_history("R_50", end="latest", count=500)
        assert history.history is not None and len(history.history.prices or []) == 500
        assert _extensions(packed) == ["permessage-deflate"]


def test_an_unknown_compression_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"^compression: must be 'deflate' or None$"):
        BinaryComClient(1089, compression="gzip")  # type: ignore[arg-type]


def test_a_message_sent_in_fragments_is_put_together() -> None:
    """The client files messages from websockets' receiving thread, frame by frame: an
    answer split over several frames must arrive whole, and in order with the others."""

    def handler(connection: ServerConnection) -> None:
        for raw in connection:
            request = json.loads(raw)
            answer = json.dumps(
                {
                    "echo_req": request,
                    "msg_type": "ping",
                    "ping": "pong",
                    "req_id": request["req_id"],
                    "padding": "x" * 5000,
                }
            )
            if request["req_id"] % 2:
                connection.send(answer[i : i + 700] for i in range(0, len(answer), 700))
            else:
                connection.send(answer)

    with serve(handler, "127.0.0.1", 0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        host, port = server.socket.getsockname()[:2]
        client = BinaryComClient(1089, endpoint=f"ws://{host}:{port}", keepalive=None, timeout=5)
        with client:
            for _ in range(6):
                answer = client.ping()
                assert answer.ping == "pong" and answer.extra_fields["padding"] == "x" * 5000
        server.shutdown()
