"""The generated REST transport against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

ITEMS = [{"id": str(n), "name": f"item {n}", "price": f"{n}.50"} for n in range(5, 0, -1)]


class ShopServer(ThreadingHTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), ShopHandler)
        self.seen: list[tuple[str, str, bytes]] = []
        self.failures: list[tuple[int, dict[str, str]]] = []


class ShopHandler(BaseHTTPRequestHandler):
    server: ShopServer

    def log_message(self, format: str, *args: Any) -> None:
        return None

    def _reply(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _fail_if_asked(self) -> bool:
        if self.server.failures:
            status, headers = self.server.failures.pop(0)
            self._reply(status, {"code": status, "message": "try later"}, headers)
            return True
        return False

    def do_GET(self) -> None:
        self.server.seen.append(("GET", self.path, b""))
        if self._fail_if_asked():
            return
        url = urlsplit(self.path)
        query = {key: values[0] for key, values in parse_qs(url.query).items()}
        if url.path == "/items":
            rows = ITEMS
            if "after" in query:
                rows = [row for row in rows if int(row["id"]) < int(query["after"])]
            rows = rows[: int(query.get("limit", "2"))]
            headers = {"X-After": rows[-1]["id"], "X-Before": rows[0]["id"]} if rows else {}
            self._reply(200, rows, headers)
        elif url.path.startswith("/items/"):
            self._reply(200, {"id": url.path.rsplit("/", 1)[1], "name": "x", "price": "1"})
        else:
            self._reply(404, {"code": "not_found", "message": "no such route"})

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.seen.append(("POST", self.path, body))
        if self._fail_if_asked():
            return
        self._reply(200, {"id": "9", **json.loads(body)})


@pytest.fixture()
def server() -> Iterator[ShopServer]:
    instance = ShopServer()
    thread = threading.Thread(target=instance.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield instance
    instance.shutdown()
    instance.server_close()


@pytest.fixture()
def client(tiny: ModuleType, server: ShopServer) -> Iterator[Any]:
    from tiny_shop_api import TinyShopClient

    with TinyShopClient(f"http://127.0.0.1:{server.server_port}", backoff=0.001) as instance:
        yield instance


def test_paged_list_returns_a_page_and_iterates_every_item(client: Any) -> None:
    page = client.items.list_items(limit=2)
    assert [item.id for item in page] == ["5", "4"]
    assert (page.before, page.after) == ("5", "4")
    assert [item.id for item in client.items.iter_items(limit=2)] == ["5", "4", "3", "2", "1"]


def test_body_carries_given_arguments_only_with_exact_decimals(
    client: Any, server: ShopServer
) -> None:
    item = client.items.create_item(name="Go", price=Decimal("0.00000001"))
    assert item.price == Decimal("0.00000001")
    assert json.loads(server.seen[-1][2]) == {"name": "Go", "price": "0.00000001"}


def test_tuples_and_satisfied_conditions_are_sent(client: Any, server: ShopServer) -> None:
    client.items.create_item(name="Go", price=Decimal("2"), kind="game", size_cm=(19.5, 19))
    client.items.create_item(name="Dune", price=Decimal("9"), kind="book", isbn="978")
    sent = [json.loads(body) for _, _, body in server.seen]
    assert sent == [
        {"name": "Go", "price": "2", "kind": "game", "size_cm": [19.5, 19]},
        {"name": "Dune", "price": "9", "kind": "book", "isbn": "978"},
    ]


def test_path_parameters_are_escaped(client: Any, server: ShopServer) -> None:
    client.items.get_item(item_id="a/b c")
    assert server.seen[-1][1] == "/items/a%2Fb%20c"


ONE = {"name": "x", "price": Decimal(1)}


@pytest.mark.parametrize(
    ("kwargs", "field", "rule"),
    [
        ({"name": "", "price": Decimal(1)}, "name", "at least 1 character long"),
        ({"name": 5, "price": Decimal(1)}, "name", "must be a string"),
        ({"name": "x", "price": 1.5}, "price", "floats are inexact"),
        ({**ONE, "tags": ["OK"]}, "tags[0]", "must match"),
        ({"name": "x", "price": Decimal(0)}, "price", "must be > 0"),
        ({"name": "x", "price": Decimal("-1")}, "price", "must be > 0"),
        ({"name": "x", "price": Decimal("-0.5")}, "price", "must be > 0"),
        ({"name": "x", "price": "2"}, "price", "must be a Decimal"),
        ({"name": "x", "price": 2}, "price", "got int"),
        (
            {**ONE, "size_cm": (1.5,)},
            "size_cm",
            "exactly 2 items, got 1",
        ),
        ({**ONE, "size_cm": [1, 2, 3]}, "size_cm", "exactly 2 items"),
        (
            {**ONE, "size_cm": (1.5, "2")},
            "size_cm[1]",
            "must be a number",
        ),
        ({**ONE, "size_cm": "1x2"}, "size_cm", "must be a tuple"),
        (
            {**ONE, "kind": "book"},
            "isbn",
            "required when kind is 'book'",
        ),
        ({**ONE, "isbn": "978"}, "kind", "required when isbn is given"),
    ],
)
def test_bad_arguments_raise_before_sending(
    tiny: ModuleType, client: Any, server: ShopServer, kwargs: dict[str, Any], field: str, rule: str
) -> None:
    from tiny_shop_api import ValidationError

    with pytest.raises(ValidationError) as caught:
        client.items.create_item(**kwargs)
    assert caught.value.field == field
    assert rule in caught.value.rule
    assert server.seen == []


def test_enum_and_range_checks_on_query(tiny: ModuleType, client: Any) -> None:
    from tiny_shop_api import ValidationError

    with pytest.raises(ValidationError, match="kind: must be one of 'book', 'game'"):
        client.items.list_items(kind="car")
    with pytest.raises(ValidationError, match="limit: must be <= 50"):
        client.items.list_items(limit=51)


def test_safe_routes_are_retried_honouring_retry_after(
    tiny: ModuleType, client: Any, server: ShopServer
) -> None:
    waits: list[float] = []
    client._transport._sleep = waits.append
    server.failures = [(503, {}), (429, {"Retry-After": "0.5"})]
    assert client.items.get_item(item_id="1").id == "1"
    assert len(server.seen) == 3
    assert waits[1] == 0.5


def test_unsafe_routes_are_never_resent(tiny: ModuleType, client: Any, server: ShopServer) -> None:
    from tiny_shop_api import ApiError

    server.failures = [(503, {})]
    with pytest.raises(ApiError) as caught:
        client.items.create_item(name="x", price=Decimal(1))
    assert caught.value.status == 503
    assert len(server.seen) == 1


def test_retries_stop_after_the_budget(tiny: ModuleType, client: Any, server: ShopServer) -> None:
    from tiny_shop_api import ApiError

    client._transport._sleep = lambda _: None
    server.failures = [(500, {})] * 5
    with pytest.raises(ApiError):
        client.items.get_item(item_id="1")
    assert len(server.seen) == 3  # the first try and two retries


def test_connection_refused_is_a_transport_error(tiny: ModuleType) -> None:
    import socket

    from tiny_shop_api import TinyShopClient, TransportError

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = TinyShopClient(f"http://127.0.0.1:{port}", retries=0)
    with pytest.raises(TransportError):
        client.items.get_item(item_id="1")
