"""The shared simulator base, in place: fault queue, HTTP server and lifecycle, packaged spec."""

from __future__ import annotations

import json
import socket
import ssl
import threading
from collections.abc import Collection
from pathlib import Path
from typing import Any

import pytest
import urllib3

from generator.runtime.core.logs import package_logger
from generator.runtime.testing.faults import Fault, FaultQueue, RandomFaults
from generator.runtime.testing.http import (
    CannedReply,
    DropConnection,
    HttpReply,
    HttpRequest,
    HttpSimulator,
    LostReply,
    MalformedBody,
    SlowReply,
    truncated_json,
)
from generator.runtime.testing.spec import SpecDocument, packaged_spec, served


class Echo(HttpSimulator[str]):
    """Answers every request with what it received; counts what it carried out."""

    thread_name = "echo-simulator"

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.carried_out = 0
        self.lock = threading.Lock()

    def _route(self, request: HttpRequest) -> str:
        return request.path.strip("/") or "root"

    def _fault_names(self, request: HttpRequest, routed: str) -> Collection[str]:
        return {routed, request.path}

    def _answer(self, request: HttpRequest, routed: str, fault: Fault | None) -> HttpReply:
        if isinstance(fault, MalformedBody):
            return HttpReply(200, truncated_json({"route": routed}))
        if routed == "boom":
            raise RuntimeError("a bug in the simulator")
        with self.lock:
            self.carried_out += 1
        body = {"route": routed, "query": request.query, "body": request.body.decode()}
        return HttpReply.json(200, body)


def _get(url: str, **options: Any) -> urllib3.BaseHTTPResponse:
    return urllib3.request("GET", url, retries=False, timeout=5, **options)


def test_a_fault_is_served_its_times_then_used_up() -> None:
    queue = FaultQueue()
    queue.inject(DropConnection(times=2, only="a"))
    assert queue.take({"b"}) is None
    assert isinstance(queue.take({"a"}), DropConnection)
    assert isinstance(queue.take({"a", "x"}), DropConnection)
    assert queue.take({"a"}) is None
    assert queue.counts == {"DropConnection": 2}
    assert queue.pending == []


def test_faults_are_tried_in_the_order_injected() -> None:
    queue = FaultQueue()
    queue.inject(SlowReply(0.1, only="a"))
    queue.inject(LostReply())
    assert isinstance(queue.take({"b"}), LostReply)
    assert isinstance(queue.take({"a"}), SlowReply)
    assert queue.take({"a"}) is None


def test_random_faults_follow_their_seed_and_honour_a_choices_only() -> None:
    def drawn(seed: int, names: Collection[str]) -> list[str]:
        faults = RandomFaults([DropConnection(only="a"), LostReply()], rate=0.5, seed=seed)
        return [type(f).__name__ if f else "-" for f in (faults.draw(names) for _ in range(300))]

    assert drawn(3, {"a"}) == drawn(3, {"a"})
    assert drawn(3, {"a"}) != drawn(4, {"a"})
    assert "DropConnection" in drawn(3, {"a"})
    assert "DropConnection" not in drawn(3, {"b"})  # that choice does not apply to "b"


@pytest.mark.parametrize(
    "bad", [lambda: Fault(0), lambda: RandomFaults([]), lambda: RandomFaults([Fault()], rate=2)]
)
def test_nonsense_faults_are_refused(bad: Any) -> None:
    with pytest.raises(ValueError):
        bad()


def test_the_server_answers_and_stops() -> None:
    sim = Echo()
    assert not sim.running
    with pytest.raises(RuntimeError):
        _ = sim.base_url
    with sim:
        assert sim.start() is sim  # a second start does nothing
        reply = _get(sim.base_url + "/hello?x=1&x=2&y=")
        assert reply.status == 200
        assert json.loads(reply.data) == {
            "route": "hello",
            "query": [["x", "1"], ["x", "2"], ["y", ""]],
            "body": "",
        }
        url = sim.base_url
    assert not sim.running
    with pytest.raises(urllib3.exceptions.HTTPError):
        _get(url + "/hello")


def test_drop_and_lost_reply_differ_in_whether_the_request_is_carried_out() -> None:
    with Echo() as sim:
        sim.inject(DropConnection(only="hello"))
        with pytest.raises(urllib3.exceptions.HTTPError):
            _get(sim.base_url + "/hello")
        assert sim.carried_out == 0
        sim.inject(LostReply())
        with pytest.raises(urllib3.exceptions.HTTPError):
            _get(sim.base_url + "/hello")
        assert sim.carried_out == 1
        assert sim.fault_counts == {"DropConnection": 1, "LostReply": 1}


def test_canned_and_malformed_replies() -> None:
    with Echo() as sim:
        sim.inject(CannedReply(418, {"tea": True}, {"X-Kind": "teapot"}))
        reply = _get(sim.base_url + "/x")
        assert (reply.status, json.loads(reply.data), reply.headers["X-Kind"]) == (
            418,
            {"tea": True},
            "teapot",
        )
        sim.inject(CannedReply(200, raw=b"not json"))
        assert _get(sim.base_url + "/x").data == b"not json"
        sim.inject(MalformedBody())
        with pytest.raises(ValueError):
            json.loads(_get(sim.base_url + "/x").data)
        assert sim.carried_out == 0


def test_stopping_cuts_a_slow_reply_short() -> None:
    sim = Echo().start()
    sim.inject(SlowReply(delay=60))
    errors: list[Exception] = []

    def call() -> None:
        try:
            _get(sim.base_url + "/slow")
        except Exception as exc:
            errors.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    while not sim.fault_counts:
        threading.Event().wait(0.01)
    sim.stop()
    caller.join(timeout=10)
    assert not caller.is_alive()
    assert errors and sim.carried_out == 0


def test_a_simulator_bug_is_a_500_not_a_hang() -> None:
    with Echo() as sim:
        reply = _get(sim.base_url + "/boom")
        assert reply.status == 500
        assert b"a bug in the simulator" in reply.data


def test_a_client_that_stalls_in_the_tls_handshake_holds_up_nobody(tmp_path: Path) -> None:
    trustme = pytest.importorskip("trustme")
    authority = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    with Echo(ssl_context=context) as sim:
        assert sim.base_url.startswith("https://")
        host, port = sim.base_url.removeprefix("https://").split(":")
        pool = urllib3.PoolManager(ca_certs=str(bundle), cert_reqs="CERT_REQUIRED")
        with socket.create_connection((host, int(port))):  # says nothing
            reply = pool.request("GET", sim.base_url + "/ok", retries=False, timeout=5)
        assert reply.status == 200


def test_the_packaged_spec_needs_a_generated_package() -> None:
    with pytest.raises(RuntimeError, match="pass spec="):
        packaged_spec("generator.runtime.okcoin.simulator")


def test_a_simulator_is_served_the_table_it_is_handed() -> None:
    with pytest.raises(RuntimeError, match="pass routes="):
        served("generator.runtime.okcoin.simulator", {}, None, "routes")
    table = {"get_item": object()}
    document, routes = served("generator.runtime.okcoin.simulator", _DOCUMENT, table, "routes")
    assert routes is table and document.operation("get_item").method == "GET"
    # A generated package hands its client's table to its own copy of the simulator.
    from okcoin_v3_api._runtime.okcoin.simulator import OkcoinSimulator
    from okcoin_v3_api.testing import ROUTES

    assert OkcoinSimulator.client_routes is ROUTES


_DOCUMENT: dict[str, Any] = {
    "paths": {
        "/items/{item_id}": {
            "parameters": [
                {"name": "item_id", "in": "path", "schema": {"type": "string"}},
                {"$ref": "#/components/parameters/Limit"},
            ],
            "get": {
                "operationId": "get_item",
                "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                "responses": {"200": {"$ref": "#/components/responses/Item"}},
            },
            "post": {
                "operationId": "change_item",
                "x-operations": [{"operationId": "rename_item"}],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"type": "object"}}},
                },
                "responses": {"204": {"description": "done"}},
            },
        }
    },
    "components": {
        "parameters": {"Limit": {"name": "limit", "in": "query", "schema": {"type": "string"}}},
        "responses": {"Item": {"content": {"application/json": {"schema": {"type": "object"}}}}},
    },
}


def test_the_spec_reader_looks_operations_up_by_id() -> None:
    spec = SpecDocument(_DOCUMENT)
    get = spec.operation("get_item")
    assert get.parameter("limit", "query") == {  # the operation's own wins over the path's
        "name": "limit",
        "in": "query",
        "schema": {"type": "integer"},
    }
    assert get.parameter("item_id", "path") is not None
    assert get.response("200") == (
        {"type": "object"},
        "/components/responses/Item/content/application~1json/schema",
    )
    assert get.request_body("json") == (None, None, False)
    assert spec.operation("rename_item") is spec.operation("change_item")
    schema, pointer, required = spec.operation("change_item").request_body("json")
    assert schema == {"type": "object"} and required
    assert pointer == "/paths/~1items~1{item_id}/post/requestBody/content/application~1json/schema"
    assert spec.operation("change_item").response("204", "200") is None
    with pytest.raises(KeyError, match="no operation 'missing'"):
        spec.operation("missing")
    with pytest.raises(KeyError, match="no call 'ping'"):
        spec.call("ping")


def test_runtime_loggers_carry_the_package_name() -> None:
    assert package_logger("okcoin_v3_api._runtime.http.transport").name == "okcoin_v3_api"
    assert package_logger("generator.runtime.http.transport").name == (
        "generator.runtime.http.transport"
    )
