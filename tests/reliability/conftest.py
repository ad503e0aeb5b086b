"""Fixtures of the reliability suite, and the soak test's report in pytest's summary."""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from binance_oauth_api import BinanceOAuthClient
from binance_oauth_api.testing import BinanceOAuthSimulator
from okcoin_v3_api import OkcoinClient
from okcoin_v3_api.testing import OkcoinSimulator

from tests.binance.backends import (
    EMAIL,
    LIFETIME,
    PUBLIC_ID,
    REDIRECT,
    USER_ID,
    add_simulator_clients,
)
from tests.okcoin.conftest import KEY, PASSPHRASE, SECRET

SOAK_REPORTS: list[dict[str, Any]] = []
"""What the soak tests found, printed at the end of the run (SOAK_REPORT=path also writes
it there as JSON, for the issue's note)."""


@pytest.fixture
def okcoin_sim() -> Iterator[OkcoinSimulator]:
    with OkcoinSimulator(api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE) as simulator:
        yield simulator


def okcoin_client(sim: OkcoinSimulator, **options: Any) -> OkcoinClient:
    """A client of the simulator that records its retry waits instead of sleeping."""
    client = OkcoinClient(KEY, SECRET, PASSPHRASE, base_url=sim.base_url, **options)
    client._transport._sleep = lambda seconds: None
    return client


@pytest.fixture
def binance_sim() -> Iterator[BinanceOAuthSimulator]:
    with BinanceOAuthSimulator(access_token_lifetime=LIFETIME, users={USER_ID: EMAIL}) as sim:
        add_simulator_clients(sim)
        yield sim


def binance_client(sim: BinanceOAuthSimulator, **options: Any) -> BinanceOAuthClient:
    client = BinanceOAuthClient(
        PUBLIC_ID, REDIRECT, accounts_url=sim.base_url, api_url=sim.base_url, **options
    )
    client._transport._sleep = lambda seconds: None
    return client


def binance_login(sim: BinanceOAuthSimulator, client: BinanceOAuthClient) -> Any:
    request = client.authorization_url(["user:openId", "user:email"])
    code = client.parse_redirect(sim.approve(request.url), request.state)
    return client.exchange_code(code, request.code_verifier)


@pytest.fixture
def stalled_url() -> Iterator[str]:
    """A listener that never accepts, with its backlog full: connecting to it hangs until
    the client's connect timeout (skipped where the kernel answers anyway)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(8):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
            fillers.append(filler)
        time.sleep(0.05)
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.3).close()
        except OSError:
            pass  # the connection hangs, as wanted
        else:
            pytest.skip("this kernel completes connections beyond the listen backlog")
        yield f"http://127.0.0.1:{port}"
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not SOAK_REPORTS:
        return
    terminalreporter.section("soak test")
    for report in SOAK_REPORTS:
        terminalreporter.write_line(json.dumps(report, sort_keys=True))
    target = os.environ.get("SOAK_REPORT")
    if target:
        Path(target).write_text(json.dumps(SOAK_REPORTS, indent=1, sort_keys=True) + "\n")
