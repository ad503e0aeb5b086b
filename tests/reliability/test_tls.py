"""TLS for every client, with certificates made by trustme and the simulators serving https
(and wss for Binary.com): verification is on by default, a certificate the client cannot
trust (unknown authority, another host's name, expired) is refused before a byte of the
request is sent and never retried, and a good one is accepted, on each of Binance's two
hosts."""

from __future__ import annotations

import datetime
import ssl
from collections.abc import Iterator
from decimal import Decimal

import pytest
import trustme
from binance_oauth_api import BinanceOAuthClient, InvalidToken
from binance_oauth_api import TransportError as BinanceTransportError
from binance_oauth_api.testing import BinanceOAuthSimulator
from binary_com_api import BinaryComClient
from binary_com_api import TransportError as BinaryTransportError
from binary_com_api import ValidationError as BinaryValidationError
from binary_com_api.testing import BinaryComSimulator
from okcoin_v3_api import OkcoinClient, TransportError
from okcoin_v3_api.testing import OkcoinSimulator

from tests.binance.backends import PUBLIC_ID, REDIRECT, add_simulator_clients
from tests.okcoin.conftest import KEY, PASSPHRASE, SECRET

SCOPES = ["user:openId", "user:email"]


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def ca_file(authority: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    authority.cert_pem.write_to_path(str(path))
    return str(path)


def serving(cert: trustme.LeafCert) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    return context


def expired(authority: trustme.CA) -> trustme.LeafCert:
    now = datetime.datetime.now(datetime.timezone.utc)
    return authority.issue_cert(
        "127.0.0.1",
        "localhost",
        not_before=now - datetime.timedelta(days=30),
        not_after=now - datetime.timedelta(days=1),
    )


# -- Okcoin -----------------------------------------------------------------------------------


@pytest.fixture
def okcoin_https(authority: trustme.CA) -> Iterator[OkcoinSimulator]:
    cert = authority.issue_cert("127.0.0.1")
    with OkcoinSimulator(
        api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE, ssl_context=serving(cert)
    ) as sim:
        yield sim


def test_okcoin_accepts_a_trusted_certificate(okcoin_https: OkcoinSimulator, ca_file: str) -> None:
    assert okcoin_https.base_url.startswith("https://")
    with OkcoinClient(
        KEY, SECRET, PASSPHRASE, base_url=okcoin_https.base_url, ca_certs=ca_file
    ) as client:
        assert client.spot.list_accounts() is not None
        client.spot.place_order(
            instrument_id="BTC-USD", side="buy", type="limit", price=Decimal(1), size=Decimal(1)
        )
    assert [r.operation_id for r in okcoin_https.requests] == [
        "spot_list_accounts",
        "spot_place_order",
    ]


def test_okcoin_verifies_by_default(okcoin_https: OkcoinSimulator) -> None:
    client = OkcoinClient(KEY, SECRET, PASSPHRASE, base_url=okcoin_https.base_url, retries=2)
    assert client._transport._pool.connection_pool_kw["cert_reqs"] == "CERT_REQUIRED"
    with client, pytest.raises(TransportError) as caught:
        client.spot.list_accounts()  # a safe route, yet not retried
    assert isinstance(caught.value.__cause__, Exception)
    assert "SSL" in type(caught.value.__cause__).__name__
    assert okcoin_https.requests == []  # nothing was sent: no key, no signature
    assert client.retry_budget.retries == 0


@pytest.mark.parametrize("bad", ["another host", "expired"])
def test_okcoin_refuses_a_bad_certificate_from_a_trusted_authority(
    authority: trustme.CA, ca_file: str, bad: str
) -> None:
    cert = (
        authority.issue_cert("okcoin.example.test") if bad == "another host" else expired(authority)
    )
    with OkcoinSimulator(ssl_context=serving(cert)) as sim:
        client = OkcoinClient(base_url=sim.base_url, ca_certs=ca_file)
        with client, pytest.raises(TransportError):
            client.general.get_server_time()
        assert sim.requests == []


# -- Binance: two hosts -----------------------------------------------------------------------


def binance_https(cert: trustme.LeafCert) -> BinanceOAuthSimulator:
    sim = BinanceOAuthSimulator(ssl_context=serving(cert)).start()
    add_simulator_clients(sim)
    return sim


def two_hosts(sim: BinanceOAuthSimulator, **options: object) -> BinanceOAuthClient:
    """The login host as 127.0.0.1 and the API host as localhost: one simulator, two names."""
    port = sim.base_url.rsplit(":", 1)[1]
    return BinanceOAuthClient(
        PUBLIC_ID,
        REDIRECT,
        accounts_url=f"https://127.0.0.1:{port}",
        api_url=f"https://localhost:{port}",
        **options,  # type: ignore[arg-type]
    )


def test_binance_whole_login_over_https_on_both_hosts(authority: trustme.CA, ca_file: str) -> None:
    sim = binance_https(authority.issue_cert("127.0.0.1", "localhost"))
    try:
        with two_hosts(sim, ca_certs=ca_file) as client:
            request = client.authorization_url(SCOPES)
            code = client.parse_redirect(sim.approve(request.url), request.state)
            token = client.exchange_code(code, request.code_verifier)
            assert client.user_info(token.access_token).user_id
            fresh = client.refresh(token.refresh_token or "")
            assert client.revoke(fresh.access_token) is True
        assert [r.operation_id for r in sim.requests][-4:] == [
            "oauth_exchange_code",
            "user_info",
            "oauth_refresh",
            "oauth_revoke_token",
        ]
    finally:
        sim.stop()


def test_binance_verifies_both_hosts_by_default(authority: trustme.CA) -> None:
    sim = binance_https(authority.issue_cert("127.0.0.1", "localhost"))
    try:
        with two_hosts(sim, retries=2) as client:
            with pytest.raises(BinanceTransportError):
                client.exchange_code("code", "v" * 43)
            with pytest.raises(BinanceTransportError):
                client.user_info("access-token")
            assert client.retry_budget.retries == 0
        assert sim.requests == []
    finally:
        sim.stop()


def test_binance_api_host_with_the_wrong_name_is_refused(
    authority: trustme.CA, ca_file: str
) -> None:
    sim = binance_https(authority.issue_cert("127.0.0.1"))  # not valid for localhost
    try:
        with two_hosts(sim, ca_certs=ca_file) as client:
            request = client.authorization_url(SCOPES)
            code = client.parse_redirect(sim.approve(request.url), request.state)
            token = client.exchange_code(code, request.code_verifier)  # login host: fine
            with pytest.raises(BinanceTransportError):
                client.user_info(token.access_token)
        assert "user_info" not in [r.operation_id for r in sim.requests]
    finally:
        sim.stop()


def test_binance_login_host_with_the_wrong_name_is_refused(
    authority: trustme.CA, ca_file: str
) -> None:
    sim = binance_https(authority.issue_cert("localhost"))  # not valid for 127.0.0.1
    try:
        with two_hosts(sim, ca_certs=ca_file) as client:
            with pytest.raises(BinanceTransportError):
                client.exchange_code("code", "v" * 43)
            with pytest.raises(InvalidToken):  # the API host's TLS is fine: the token is not
                client.user_info("not-a-real-token")
        assert [r.operation_id for r in sim.requests] == ["user_info"]
    finally:
        sim.stop()


def test_binance_refuses_an_expired_certificate(authority: trustme.CA, ca_file: str) -> None:
    sim = binance_https(expired(authority))
    try:
        with two_hosts(sim, ca_certs=ca_file) as client:
            with pytest.raises(BinanceTransportError):
                client.exchange_code("code", "v" * 43)
            with pytest.raises(BinanceTransportError):
                client.user_info("access-token")
        assert sim.requests == []
    finally:
        sim.stop()


def test_binance_verification_is_off_only_when_asked(authority: trustme.CA) -> None:
    import urllib3

    sim = binance_https(authority.issue_cert("127.0.0.1", "localhost"))
    try:
        client = two_hosts(sim, verify_tls=False)
        warns = pytest.warns(urllib3.exceptions.InsecureRequestWarning)
        with client, warns, pytest.raises(InvalidToken):
            client.user_info("not-a-real-token")
    finally:
        sim.stop()


# -- Binary.com: wss ----------------------------------------------------------------------------

BINARY_TOKEN = "tok-wss-7c21"


def binary_wss(cert: trustme.LeafCert) -> BinaryComSimulator:
    return BinaryComSimulator(
        tokens={BINARY_TOKEN: ["read", "trade"]}, ssl_context=serving(cert), stream_interval=0.02
    ).start()


def connects(client: BinaryComClient) -> list[int]:
    """Counts the connections the client opens (or tries to)."""
    transport = client._session.transport()
    opened: list[int] = []
    connect = transport._connect

    def counted(*args: object, **kwargs: object) -> object:
        opened.append(1)
        return connect(*args, **kwargs)  # type: ignore[arg-type]

    transport._connect = counted  # type: ignore[assignment, method-assign]
    return opened


def test_binary_com_accepts_a_trusted_certificate(authority: trustme.CA, ca_file: str) -> None:
    sim = binary_wss(authority.issue_cert("127.0.0.1"))
    try:
        assert sim.url.startswith("wss://127.0.0.1:")
        with BinaryComClient(1089, endpoint=sim.url, ca_certs=ca_file, keepalive=None) as client:
            client.authorize(BINARY_TOKEN)
            assert client.balance().balance is not None
            with client.subscribe_ticks("R_50") as ticks:
                assert next(ticks).tick is not None
                assert next(ticks).tick is not None
        context = ssl.create_default_context(cafile=ca_file)
        with BinaryComClient(1089, endpoint=sim.url, ssl_context=context) as client:
            assert client.ping().ping == "pong"
        assert [next(iter(r)) for r in sim.received][:2] == ["authorize", "balance"]
    finally:
        sim.stop()


def test_binary_com_verifies_by_default(authority: trustme.CA) -> None:
    sim = binary_wss(authority.issue_cert("127.0.0.1"))
    try:
        client = BinaryComClient(1089, endpoint=sim.url, keepalive=None, retries=3)
        opened = connects(client)
        with pytest.raises(BinaryTransportError) as caught:
            client.authorize(BINARY_TOKEN)
        assert "certificate" in str(caught.value).lower()
        assert isinstance(caught.value.__cause__, ssl.SSLCertVerificationError)
        with pytest.raises(BinaryTransportError):
            client.ping()  # a safe call, yet not tried again: the certificate stays refused
        assert len(opened) == 2
        client.close()
        assert sim.received == []  # nothing was sent, the token least of all
    finally:
        sim.stop()


@pytest.mark.parametrize("bad", ["another host", "expired"])
def test_binary_com_refuses_a_bad_certificate_from_a_trusted_authority(
    authority: trustme.CA, ca_file: str, bad: str
) -> None:
    cert = authority.issue_cert("ws.example.test") if bad == "another host" else expired(authority)
    sim = binary_wss(cert)
    try:
        client = BinaryComClient(1089, endpoint=sim.url, ca_certs=ca_file, keepalive=None)
        with pytest.raises(BinaryTransportError):
            client.connect()
        with pytest.raises(BinaryTransportError):
            client.ping()
        with pytest.raises(BinaryTransportError):
            client.subscribe_ticks("R_50")
        client.close()
        assert sim.received == []
    finally:
        sim.stop()


def test_binary_com_verification_is_off_only_when_asked(authority: trustme.CA) -> None:
    sim = binary_wss(authority.issue_cert("ws.example.test"))  # wrong name, unknown authority
    try:
        with BinaryComClient(1089, endpoint=sim.url, verify_tls=False) as client:
            client.authorize(BINARY_TOKEN)
            assert client.ping().ping == "pong"
        assert [next(iter(r)) for r in sim.received] == ["authorize", "ping"]
    finally:
        sim.stop()


def test_binary_com_tls_settings_are_checked(ca_file: str) -> None:
    with pytest.raises(BinaryValidationError, match="wss://"):
        BinaryComClient(1089, endpoint="ws://127.0.0.1:9", ca_certs=ca_file)
    with pytest.raises(BinaryValidationError, match="ssl_context"):
        BinaryComClient(
            1089,
            endpoint="wss://127.0.0.1:9",
            ssl_context=ssl.create_default_context(),
            verify_tls=False,
        )
    with pytest.raises(BinaryValidationError, match="ca_certs"):
        BinaryComClient(1089, endpoint="wss://127.0.0.1:9", ca_certs=ca_file + ".missing")
