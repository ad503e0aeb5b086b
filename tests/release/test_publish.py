"""Publishing through a real pypiserver and installing from it into a real virtual environment."""

from __future__ import annotations

import http.client
import secrets
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from generator.shipping import index as shipping_index
from generator.shipping import publish, smoke
from generator.shipping.build import Artifact, sha256_of
from generator.shipping.index import Index
from generator.shipping.smoke import SMOKE_CALLS


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    with shipping_index.embedded_index(tmp_path_factory.mktemp("index")) as running:
        yield running


def test_publish_install_and_smoke(served: Index, built: Artifact, tmp_path: Path) -> None:
    [outcome] = publish.publish([built], served, workdir=tmp_path, progress=False)
    assert served.packages is not None
    for path in (built.wheel, built.sdist):
        assert sha256_of(served.packages / path.name) == sha256_of(path)
    assert outcome.smoke is not None
    expected = "passed" if built.distribution in SMOKE_CALLS else "skipped"
    assert (outcome.smoke.status, outcome.smoke.detail) == (expected, outcome.smoke.detail)
    table = publish.summary([outcome])
    assert built.wheel.name in table and built.wheel_sha256[:12] in table and expected in table


def test_distribution_without_a_smoke_call_is_skipped_loudly(
    served: Index, built: Artifact, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    publish.publish([built], served, smoke=False, progress=False)
    monkeypatch.delitem(smoke.SMOKE_CALLS, built.distribution, raising=False)
    result = smoke.install_and_smoke(built, served, tmp_path)
    assert result.status == "skipped"
    assert "installed and imported from the index" in result.detail
    assert f"no smoke call is known for {built.distribution}" in result.detail


def test_uploads_need_the_password(served: Index, built: Artifact) -> None:
    with pytest.raises(publish.PublishError, match="twine upload failed"):
        publish.publish(
            [built], attrs.evolve(served, password="wrong"), smoke=False, progress=False
        )


def test_the_index_never_sends_a_client_elsewhere(served: Index) -> None:
    # A name it does not hold is not found here, rather than redirected to a public index
    # (where anyone could register one of our names).
    address = urllib.parse.urlsplit(served.simple_url)
    connection = http.client.HTTPConnection(address.hostname or "", address.port, timeout=10)
    try:
        connection.request("GET", f"{address.path}not-held-here-{secrets.token_hex(4)}/")
        response = connection.getresponse()
        assert (response.status, response.getheader("Location")) == (404, None)
    finally:
        connection.close()


def test_other_bytes_under_a_published_name_are_caught(
    served: Index, built: Artifact, tmp_path: Path
) -> None:
    publish.publish([built], served, smoke=False, progress=False)
    assert publish.verify_served(served, [built]) == []
    assert served.packages is not None
    rebuilt = tmp_path / built.wheel.name
    rebuilt.write_bytes(built.wheel.read_bytes() + b"\0")
    problems = publish.verify_served(served, [attrs.evolve(built, wheel=rebuilt)])
    assert len(problems) == 1 and built.wheel.name in problems[0]


def test_environment_names_the_index() -> None:
    assert shipping_index.from_environment({}) is None
    named = shipping_index.from_environment(
        {
            "PUBLISH_URL": "https://test.pypi.org/legacy/",
            "PUBLISH_USER": "__token__",
            "PUBLISH_PASSWORD": "pypi-secret",
        }
    )
    assert named is not None
    assert (named.upload_url, named.simple_url) == (
        "https://test.pypi.org/legacy/",
        "https://test.pypi.org/simple/",
    )
    assert "pypi-secret" not in repr(named)
    assert shipping_index.simple_url_for("http://localhost:8080") == "http://localhost:8080/simple/"
