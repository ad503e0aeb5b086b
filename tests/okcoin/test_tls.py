"""TLS stays on by default: an untrusted certificate is refused, a trusted one accepted."""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import trustme
from okcoin_v3_api import OkcoinClient, TransportError


class _TimeHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps({"iso": "2024-01-02T03:04:05.000Z", "epoch": "1704164645.000"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return None


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


def _serve(cert: trustme.LeafCert) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _TimeHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture()
def good_server(authority: trustme.CA) -> Iterator[str]:
    yield from _serve(authority.issue_cert("127.0.0.1"))


@pytest.fixture()
def wrong_name_server(authority: trustme.CA) -> Iterator[str]:
    yield from _serve(authority.issue_cert("exchange.example.test"))


@pytest.fixture()
def ca_file(authority: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(path))
    return str(path)


def test_certificate_signed_by_a_trusted_authority_is_accepted(
    good_server: str, ca_file: str
) -> None:
    with OkcoinClient(base_url=good_server, ca_certs=ca_file, retries=0) as client:
        assert str(client.general.get_server_time().epoch) == "1704164645.000"


def test_unknown_authority_is_refused_by_default(good_server: str) -> None:
    with OkcoinClient(base_url=good_server, retries=0) as client, pytest.raises(TransportError):
        client.general.get_server_time()


def test_certificate_for_another_host_is_refused(wrong_name_server: str, ca_file: str) -> None:
    client = OkcoinClient(base_url=wrong_name_server, ca_certs=ca_file, retries=0)
    with client, pytest.raises(TransportError):
        client.general.get_server_time()


def test_verification_is_off_only_when_asked_by_name(good_server: str) -> None:
    import urllib3

    client = OkcoinClient(base_url=good_server, verify_tls=False, retries=0)
    with client, pytest.warns(urllib3.exceptions.InsecureRequestWarning):
        assert client.general.get_server_time().iso == "2024-01-02T03:04:05.000Z"
