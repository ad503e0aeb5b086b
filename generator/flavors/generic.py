"""Any REST API without special signing: base URL, retries and typed errors only."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import ir
from generator.flavors import (
    COMMON_ERRORS,
    REST_DEPENDENCIES,
    REST_ERRORS,
    REST_EXPORTS,
    Flavor,
    RenderView,
)

_OAUTH_EXPORTS = ("AuthorizationCode", "ClientCredentials", "TokenError", "TokenSource")


def token_urls(scheme: ir.SecurityScheme) -> tuple[tuple[str, str], ...]:
    """The URLs a token source of an OAuth 2 scheme posts to, by flow: the client
    credentials token URL, and the authorization code flow's refresh URL (else token URL)."""
    found: list[tuple[str, str]] = []
    for flow in scheme.flows:
        if flow.kind == "clientCredentials" and flow.token_url:
            found.append((flow.kind, flow.token_url))
        elif flow.kind == "authorizationCode" and (flow.refresh_url or flow.token_url):
            found.append((flow.kind, flow.refresh_url or flow.token_url))
    return tuple(found)


def _context(view: RenderView) -> Mapping[str, Any]:
    """Credentials: one constructor argument per security scheme of the spec; an OAuth 2
    scheme with a token URL also takes a token source."""
    schemes = view.api.security_schemes
    client = view.api.client_class
    urls = {scheme.name: token_urls(scheme) for scheme in schemes}
    imports: list[tuple[str, tuple[str, ...]]] = []
    if schemes:
        imports.append(("._runtime.http.transport", ("Credentials", "SecurityScheme")))
    if any(urls.values()):
        imports.append(("._runtime.http.oauth2", ("TokenSource",)))
    return {
        "simulator_class": (client.removesuffix("Client") or client) + "Simulator",
        "takes_credentials": bool(schemes),
        "token_urls": urls,
        "takes_token_sources": any(urls.values()),
        "extra_client_imports": tuple(imports),
        "extra_exports": (("._runtime.http.oauth2", _OAUTH_EXPORTS),) if any(urls.values()) else (),
    }


FLAVOR = Flavor(
    name="generic",
    files=(("generic/testing/__init__.py.jinja", "testing/__init__.py"),),
    runtime=("core", "http", "testing", "testing/openapi"),
    client_imports=(
        ("urllib3", ()),
        ("collections.abc", ("Mapping",)),
        ("._runtime.http.errors", ("api_errors",)),
        (
            "._runtime.http.transport",
            ("HttpOptions", "HttpTransport", "RetryBudget", "RetryPolicy", "Route"),
        ),
    ),
    exports=(
        ("._client", ("{client}",)),
        *REST_EXPORTS,
    ),
    dependencies=REST_DEPENDENCIES,
    testing_dependencies=("jsonschema>=4.18,<5",),
    errors=(COMMON_ERRORS, REST_ERRORS, ("._runtime.http.errors", ("ApiError",))),
    example="client = {client}()",
    context=_context,
)
