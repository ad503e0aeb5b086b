"""OAuth 2 in generated generic clients: a scheme's flows become a token source the client
takes instead of a token (`ClientCredentials`, `AuthorizationCode`), which fetches, caches,
renews and, after a 401 `invalid_token`, replaces its token; the generic simulator serves the
spec's token URLs. Time moves by clocks the tests advance, never by sleeping."""

from __future__ import annotations

import http.server
import importlib
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator import cli, ir
from generator.loaders.openapi import OpenApiLoader, load_yaml
from generator.render.renderer import Renderer

SPEC = Path(__file__).parent / "openapi_specs" / "oauth2.yaml"
CLIENT_ID, SECRET = "reporting-app", "cl1ent s3cret:value+/"  # characters basic auth encodes


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    output = tmp_path_factory.mktemp("oauth2")
    assert cli.main(["generate", str(SPEC), "--output", str(output)]) == 0
    source = str(output / "token-service-api" / "src")
    sys.path.insert(0, source)
    for loaded in [key for key in sys.modules if key.split(".")[0] == "token_service_api"]:
        del sys.modules[loaded]
    module = importlib.import_module("token_service_api")
    importlib.import_module("token_service_api.testing")
    yield module
    sys.path.remove(source)


@pytest.fixture
def sim(package: ModuleType) -> Iterator[Any]:
    with package.testing.TokenServiceSimulator() as simulator:
        simulator.tokens.register_client(CLIENT_ID, SECRET)
        yield simulator


def token_requests(sim: Any) -> list[Any]:
    return [request for request in sim.requests if request.path.startswith("/oauth/")]


def test_flows_are_read_into_the_ir() -> None:
    api = OpenApiLoader(load_yaml(SPEC)).load()
    machine, user = api.security_schemes
    assert machine.flows == (
        ir.OAuthFlow("clientCredentials", token_url="/oauth/token", scopes=("reports.read",)),
    )
    assert user.flow("authorizationCode") == ir.OAuthFlow(
        "authorizationCode",
        token_url="/oauth/token",
        refresh_url="/oauth/refresh",
        authorization_url="https://tokens.invalid/authorize",
        scopes=("profile",),
    )
    assert machine.flow("implicit") is None


def test_schemes_without_token_urls_take_tokens_only() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Plain", "version": "1"},
        "servers": [{"url": "https://plain.invalid"}],
        "security": [{"bearer": []}, {"implicit": []}],
        "paths": {"/x": {"get": {"operationId": "x", "responses": {"204": {"description": "ok"}}}}},
        "components": {
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "implicit": {
                    "type": "oauth2",
                    "flows": {"implicit": {"authorizationUrl": "/authorize", "scopes": {}}},
                },
            }
        },
    }
    files = Renderer(OpenApiLoader(document).load(), document, "plain.yaml").render()
    client = next(text for name, text in files.items() if name.endswith("/_client.py"))
    assert "TokenSource" not in client and "base_url=base_url" not in client
    assert "implicit: str | None = None" in client


def test_client_credentials_token_is_fetched_once_and_reused(package: ModuleType, sim: Any) -> None:
    clock = Clock()
    oauth = package.ClientCredentials(CLIENT_ID, SECRET, scopes=["reports.read"], clock=clock)
    with package.TokenServiceClient(base_url=sim.base_url, machine=oauth, retries=0) as client:
        assert client.default.list_reports() == ["daily"]
        assert client.default.list_reports() == ["daily"]
    assert sim.tokens.issued == 1
    (fetch,) = token_requests(sim)
    assert fetch.method == "POST" and fetch.target == "/oauth/token"  # nothing in the URL
    assert fetch.headers["Authorization"] == "<redacted>"  # client_secret_basic by default
    assert b"grant_type=client_credentials" in fetch.body and b"scope=reports.read" in fetch.body
    assert SECRET.encode() not in fetch.body


def test_token_is_fetched_again_shortly_before_it_expires(package: ModuleType, sim: Any) -> None:
    clock = Clock()
    oauth = package.ClientCredentials(CLIENT_ID, SECRET, clock=clock, refresh_leeway=30)
    with package.TokenServiceClient(base_url=sim.base_url, machine=oauth, retries=0) as client:
        client.default.list_reports()
        clock.now += 3600 - 31  # still outside the leeway: reused
        client.default.list_reports()
        assert sim.tokens.issued == 1
        clock.now += 2  # inside it: a new token before the old one runs out
        client.default.list_reports()
        assert sim.tokens.issued == 2


def test_a_refused_token_is_replaced_and_the_request_sent_once_more(
    package: ModuleType, sim: Any
) -> None:
    oauth = package.ClientCredentials(CLIENT_ID, SECRET, clock=Clock())
    with package.TokenServiceClient(base_url=sim.base_url, machine=oauth, retries=0) as client:
        client.default.list_reports()
        assert oauth.token is not None
        sim.tokens.revoke(oauth.token.value)  # the server forgets it: 401 invalid_token
        sim.clear_requests()
        assert client.default.list_reports() == ["daily"]
    assert sim.tokens.issued == 2
    assert [r.path for r in sim.requests] == ["/reports", "/oauth/token", "/reports"]


def test_a_token_refused_again_is_not_retried_in_a_loop(package: ModuleType, sim: Any) -> None:
    sim.tokens.expires_in = 0  # every token is dead on arrival on the server's clock
    oauth = package.ClientCredentials(CLIENT_ID, SECRET, clock=Clock())
    with (
        package.TokenServiceClient(base_url=sim.base_url, machine=oauth, retries=3) as client,
        pytest.raises(package.ApiError) as raised,
    ):
        client.default.list_reports()
    assert raised.value.status == 401
    assert sim.tokens.issued == 2  # the first token and one replacement, no more
    assert [r.path for r in sim.requests].count("/reports") == 2


def test_client_secret_post_sends_the_secret_in_the_body_only(
    package: ModuleType, sim: Any
) -> None:
    oauth = package.ClientCredentials(
        CLIENT_ID, SECRET, auth_method="client_secret_post", clock=Clock()
    )
    with package.TokenServiceClient(base_url=sim.base_url, machine=oauth, retries=0) as client:
        client.default.list_reports()
    (fetch,) = token_requests(sim)
    assert SECRET not in fetch.target
    assert "Authorization" not in fetch.headers
    assert b"client_secret=%3Credacted%3E" in fetch.body  # the simulator's record hides it
    assert sim.tokens.issued == 1


def test_secrets_never_show_in_reprs_or_errors(package: ModuleType, sim: Any) -> None:
    wrong = "wr0ng-s3cret-value"
    oauth = package.ClientCredentials(CLIENT_ID, wrong, clock=Clock())
    with package.TokenServiceClient(base_url=sim.base_url, machine=oauth, retries=0) as client:
        with pytest.raises(package.TokenError) as raised:
            client.default.list_reports()
        shown = [repr(oauth), repr(client), repr(client._transport.credentials)]
    assert (raised.value.status, raised.value.code) == (401, "invalid_client")
    assert all(wrong not in text for text in [*shown, str(raised.value)])
    assert CLIENT_ID in repr(oauth)
    good = package.ClientCredentials(CLIENT_ID, SECRET, clock=Clock())
    with package.TokenServiceClient(base_url=sim.base_url, machine=good) as client:
        client.default.list_reports()
        assert good.token is not None
        token = good.token.value
        assert token not in repr(good) and token not in repr(good.token)
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(good)


def test_bad_arguments_name_the_field_not_the_value(package: ModuleType) -> None:
    with pytest.raises(package.ValidationError, match="client_secret") as raised:
        package.ClientCredentials(CLIENT_ID, "")
    with pytest.raises(package.ValidationError, match="scopes"):
        package.ClientCredentials(CLIENT_ID, SECRET, scopes="reports.read")
    with pytest.raises(package.ValidationError, match="token_url"):
        package.ClientCredentials(CLIENT_ID, SECRET, token_url="ftp://tokens.invalid/x")
    with pytest.raises(package.ValidationError, match="auth_method"):
        package.ClientCredentials(CLIENT_ID, SECRET, auth_method="private_key_jwt")
    assert raised.value.field == "client_secret"


def test_one_token_call_serves_many_threads(package: ModuleType, sim: Any) -> None:
    oauth = package.ClientCredentials(CLIENT_ID, SECRET, clock=Clock())
    errors: list[BaseException] = []
    with package.TokenServiceClient(base_url=sim.base_url, machine=oauth, retries=0) as client:

        def call() -> None:
            try:
                client.default.list_reports()
            except BaseException as error:  # pragma: no cover - reported below
                errors.append(error)

        threads = [threading.Thread(target=call) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert sim.tokens.issued == 1


def test_a_stalling_token_endpoint_is_cut_off(package: ModuleType, sim: Any) -> None:
    sim.inject(package.testing.SlowReply(delay=3.0, only="/oauth/token"))
    oauth = package.ClientCredentials(CLIENT_ID, SECRET, timeout=0.3, clock=Clock())
    with (
        package.TokenServiceClient(base_url=sim.base_url, machine=oauth, retries=0) as client,
        pytest.raises(package.RequestTimeout),
    ):
        client.default.list_reports()


def test_a_plain_access_token_still_works(package: ModuleType, sim: Any) -> None:
    issued = sim.tokens.issue(CLIENT_ID, "reports.read")
    token = issued["access_token"]
    with package.TokenServiceClient(base_url=sim.base_url, machine=token, retries=0) as client:
        assert client.default.list_reports() == ["daily"]
    with (
        package.TokenServiceClient(base_url=sim.base_url, machine="forged", retries=0) as client,
        pytest.raises(package.ApiError) as raised,
    ):
        client.default.list_reports()
    assert raised.value.status == 401  # a fixed token cannot be renewed: no retry


def test_authorization_code_tokens_are_refreshed(package: ModuleType, sim: Any) -> None:
    login = sim.tokens.issue(CLIENT_ID, "profile")  # as after the user's login
    clock = Clock()
    saved: list[str] = []
    oauth = package.AuthorizationCode(
        CLIENT_ID,
        SECRET,
        refresh_token=login["refresh_token"],
        access_token=login["access_token"],
        expires_at=clock() + login["expires_in"],
        clock=clock,
        on_refresh=saved.append,
    )
    with package.TokenServiceClient(base_url=sim.base_url, user=oauth, retries=0) as client:
        assert client.default.me().id == "u-1"
        assert sim.tokens.issued == 1  # the login's token was used as it was
        clock.now += login["expires_in"]
        sim.tokens.advance_clock(login["expires_in"])
        client.default.me()
        assert oauth.refreshes == 1 and sim.tokens.issued == 2
        assert len(saved) == 1 and saved[0] != login["refresh_token"]  # rotated and handed out
        assert [r.path for r in token_requests(sim)] == ["/oauth/refresh"]  # the refreshUrl
        assert login["refresh_token"] not in repr(oauth)
        sim.tokens.revoke(oauth.token.value)
        client.default.me()  # 401 invalid_token: refreshed once more, then answered
        assert oauth.refreshes == 2


def test_a_refused_refresh_token_is_a_token_error(package: ModuleType, sim: Any) -> None:
    oauth = package.AuthorizationCode(CLIENT_ID, SECRET, refresh_token="never-issued")
    with (
        package.TokenServiceClient(base_url=sim.base_url, user=oauth, retries=0) as client,
        pytest.raises(package.TokenError) as raised,
    ):
        client.default.me()
    assert raised.value.code == "invalid_grant"
    assert "never-issued" not in str(raised.value)


class _LyingTokenEndpoint(http.server.BaseHTTPRequestHandler):
    """Answers every token request with the status and body the test put on the server."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        status, body = self.server.answer  # type: ignore[attr-defined]
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return None


@pytest.fixture(scope="module")
def liar() -> Iterator[http.server.ThreadingHTTPServer]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _LyingTokenEndpoint)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.mark.parametrize(
    ("status", "body", "error", "where"),
    [
        (200, b"x" * (1024 * 1024), "TokenError", "too large"),
        (200, b"<html>", "TokenError", "not a JSON object"),
        (200, b'{"access_token": "t", "token_type": "mac"}', "DecodeError", "bearer"),
        (200, b'{"token_type": "Bearer"}', "DecodeError", "access_token"),
        (
            200,
            b'{"access_token": "t", "token_type": "bearer", "expires_in": -5}',
            "DecodeError",
            "",
        ),
        (503, b'{"error": "temporarily_unavailable"}', "TokenError", "temporarily_unavailable"),
        (
            400,
            b'{"error": "invalid_client", "error_description": "bad ' + SECRET.encode() + b'"}',
            "TokenError",
            "<hidden>",
        ),
    ],
)
def test_a_lying_token_endpoint_is_a_clear_error(
    package: ModuleType,
    liar: http.server.ThreadingHTTPServer,
    status: int,
    body: bytes,
    error: str,
    where: str,
) -> None:
    liar.answer = (status, body)  # type: ignore[attr-defined]
    host, port = liar.server_address[:2]
    oauth = package.ClientCredentials(
        CLIENT_ID, SECRET, token_url=f"http://{host}:{port}/token", clock=Clock()
    )
    with pytest.raises(getattr(package, error)) as raised:
        oauth.access_token()
    assert where in str(raised.value)
    assert SECRET not in str(raised.value)
    assert oauth.token is None
