"""The client process of figure f: one signed REST call, four ways, against the Okcoin
simulator in another process.

`python -m benchmarks._rest_client BASE_URL --calls N --repeats R` prints seconds per call
for each way and repeat. The call is `GET /api/spot/v3/accounts/BTC`, signed with the
OK-ACCESS-* headers (the simulator checks the signature and the timestamp):

- `ours`: `OkcoinClient(...).spot.get_account(currency="BTC")`, a typed `SpotAccount`;
- `urllib3`: a bare `urllib3.PoolManager` request with the headers signed inline and the
  body parsed with `orjson.loads`: the least any client has to do;
- `requests_sdk`: the official Okcoin v3 SDK's way: per call, sign, `requests.get(url,
  headers=...)` (no session, so a new connection each time) and `response.json()`;
- `requests_session`: the same through one `requests.Session` (kept connections), for
  comparison.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import time
from collections.abc import Callable
from typing import Any

import orjson

from benchmarks.timing import print_json

KEY, SECRET, PASSPHRASE = "test-key", "test-secret", "test-passphrase"
PATH = "/api/spot/v3/accounts/BTC"


def signed_headers(method: str, path: str, body: str = "") -> dict[str, str]:
    now = time.time()
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now)) + f".{int(now * 1000) % 1000:03d}Z"
    mac = hmac.new(SECRET.encode(), (stamp + method + path + body).encode(), hashlib.sha256)
    return {
        "OK-ACCESS-KEY": KEY,
        "OK-ACCESS-SIGN": base64.b64encode(mac.digest()).decode(),
        "OK-ACCESS-TIMESTAMP": stamp,
        "OK-ACCESS-PASSPHRASE": PASSPHRASE,
        "Content-Type": "application/json",
        "Accept": "application/json",
    }


def ways(base_url: str) -> dict[str, Callable[[], Any]]:
    import requests
    import urllib3
    from okcoin_v3_api import OkcoinClient

    client = OkcoinClient(KEY, SECRET, PASSPHRASE, base_url=base_url, retries=0)
    pool = urllib3.PoolManager(maxsize=4)
    session = requests.Session()
    url = base_url + PATH

    def ours() -> Any:
        return client.spot.get_account(currency="BTC")

    def bare() -> Any:
        response = pool.request("GET", url, headers=signed_headers("GET", PATH))
        if response.status != 200:
            raise RuntimeError(f"HTTP {response.status}")
        return orjson.loads(response.data)

    def requests_sdk() -> Any:
        response = requests.get(url, headers=signed_headers("GET", PATH), timeout=10)
        if response.status_code != 200:
            raise RuntimeError(f"HTTP {response.status_code}")
        return response.json()

    def requests_session() -> Any:
        response = session.get(url, headers=signed_headers("GET", PATH), timeout=10)
        if response.status_code != 200:
            raise RuntimeError(f"HTTP {response.status_code}")
        return response.json()

    return {
        "ours": ours,
        "urllib3": bare,
        "requests_sdk": requests_sdk,
        "requests_session": requests_session,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("base_url")
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    found = ways(args.base_url)
    answers = {name: way() for name, way in found.items()}
    if str(answers["ours"].currency) != str(answers["urllib3"]["currency"]):
        raise RuntimeError("the ways disagree")
    for way in found.values():  # warm: connections, imports, caches
        for _ in range(20):
            way()
    samples: dict[str, list[float]] = {name: [] for name in found}
    for _ in range(args.repeats):
        for name, way in found.items():
            started = time.perf_counter()
            for _ in range(args.calls):
                way()
            samples[name].append((time.perf_counter() - started) / args.calls)
    print_json(samples)


if __name__ == "__main__":
    main()
