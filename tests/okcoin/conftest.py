from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from okcoin_v3_api import OkcoinClient
from okcoin_v3_api.testing import OkcoinSimulator

KEY, SECRET, PASSPHRASE = "key-7f3a", "secret-9b1c", "passphrase-2d4e"


@pytest.fixture()
def sim() -> Iterator[OkcoinSimulator]:
    with OkcoinSimulator(api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE) as simulator:
        yield simulator


@pytest.fixture()
def client(sim: OkcoinSimulator) -> Iterator[OkcoinClient]:
    with OkcoinClient(KEY, SECRET, PASSPHRASE, base_url=sim.base_url, backoff=0.001) as instance:
        yield instance


def no_sleep(instance: OkcoinClient) -> list[float]:
    """Replaces the client's retry sleep by a recorder, so tests neither wait nor guess."""
    waits: list[float] = []
    instance._transport._sleep = waits.append
    return waits


def call(client: OkcoinClient, operation: str, **kwargs: Any) -> Any:
    group, method = operation.split(".")
    return getattr(getattr(client, group), method)(**kwargs)
