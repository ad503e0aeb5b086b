"""Fixtures for the Binance OAuth client tests: `backend` runs a test against the authlib
server and against the simulator; `simulator`/`sim_backend` give the simulator alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from binance_oauth_api import BinanceOAuthClient
from binance_oauth_api.testing import BinanceOAuthSimulator

from tests.binance.backends import (
    EMAIL,
    LIFETIME,
    USER_ID,
    Backend,
    Clock,
    add_simulator_clients,
    authlib_backend,
    authlib_clients,
    simulator_backend,
)
from tests.support.authlib_server import User, run_authlib_server


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def simulator() -> Iterator[BinanceOAuthSimulator]:
    with BinanceOAuthSimulator(access_token_lifetime=LIFETIME, users={USER_ID: EMAIL}) as sim:
        add_simulator_clients(sim)
        yield sim


@pytest.fixture(params=["authlib", "simulator"])
def backend(request: pytest.FixtureRequest, clock: Clock) -> Iterator[Backend]:
    """Each test that takes it runs against both servers."""
    if request.param == "authlib":
        with run_authlib_server(
            authlib_clients(), [User(USER_ID, EMAIL)], access_token_lifetime=LIFETIME
        ) as server:
            yield authlib_backend(server, clock)
    else:
        with BinanceOAuthSimulator(access_token_lifetime=LIFETIME, users={USER_ID: EMAIL}) as sim:
            add_simulator_clients(sim)
            yield simulator_backend(sim, clock)


@pytest.fixture
def sim_backend(simulator: BinanceOAuthSimulator, clock: Clock) -> Backend:
    return simulator_backend(simulator, clock)


@pytest.fixture
def public(backend: Backend) -> Iterator[BinanceOAuthClient]:
    with backend.client() as client:
        yield client


@pytest.fixture
def web(backend: Backend) -> Iterator[BinanceOAuthClient]:
    with backend.client(secret=True) as client:
        yield client
