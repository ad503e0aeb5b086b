"""What the binance flavor decides from the spec, and that the rendering is stable."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator.flavors import FLAVORS
from generator.flavors.binance import FLAVOR
from generator.loaders.openapi import OpenApiLoader, load_yaml
from generator.render.renderer import Renderer

SPEC = Path(__file__).resolve().parents[2] / "specs" / "binance-oauth.yaml"


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return load_yaml(SPEC)


def render(document: dict[str, Any]) -> dict[str, str]:
    api = OpenApiLoader(document).load()
    return Renderer(api, document, "specs/binance-oauth.yaml", flavor=FLAVOR).render()


def test_flavor_is_discovered() -> None:
    assert FLAVORS["binance"] is FLAVOR


def test_decisions_come_from_the_spec(document: dict[str, Any]) -> None:
    files = render(document)
    client = files["src/binance_oauth_api/_client.py"]
    assert "accounts_url: str = 'https://accounts.binance.com'" in client
    assert "api_url: str = 'https://www.binanceapis.com'" in client
    assert "envelope=('oauth.revoke_token', 'user.info')" in client
    assert "'response_type': 'code'" in client  # the constant of the authorize route
    redirects = files["src/binance_oauth_api/_redirects.py"]
    scopes = "v.Str(pattern='^[^,\\\\s]+\\\\Z', source='^[^,\\\\s]+$')"  # ECMA-262's `$`
    assert f"JoinedList(v.ListOf({scopes}, min_items=1), ',', unique=True)" in redirects
    # The browser-only route is not a method of the generated groups.
    assert "def authorization_url" not in client.split("class BinanceOAuthClient")[0]
    assert "oauth_authorization_url" not in files["src/binance_oauth_api/_routes.py"]


def test_envelope_routes_follow_x_envelope(document: dict[str, Any]) -> None:
    changed = copy.deepcopy(document)
    del changed["paths"]["/oauth-api/v1/revoke-token"]["post"]["x-envelope"]
    client = render(changed)["src/binance_oauth_api/_client.py"]
    assert "envelope=('user.info',)" in client


def test_space_delimited_scopes_would_join_with_spaces(document: dict[str, Any]) -> None:
    changed = copy.deepcopy(document)
    for param in changed["paths"]["/en/oauth/authorize"]["get"]["parameters"]:
        if param["name"] == "scope":
            param["style"] = "spaceDelimited"
    redirects = render(changed)["src/binance_oauth_api/_redirects.py"]
    assert "min_items=1), ' ', unique=True)" in redirects


def test_rendering_is_deterministic(document: dict[str, Any]) -> None:
    assert render(document) == render(copy.deepcopy(document))
