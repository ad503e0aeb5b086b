"""Any REST API without special signing: base URL, retries and typed errors only."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import ir
from generator.flavors import REST_DEPENDENCIES, Flavor, RenderView
from generator.render.client_plan import ClientParts, Name, offers, uses

_TRANSPORT = "._runtime.http.transport"
_OAUTH2 = "._runtime.http.oauth2"


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
    return {
        "simulator_class": (client.removesuffix("Client") or client) + "Simulator",
        "takes_credentials": bool(schemes),
        "token_urls": urls,
        "takes_token_sources": any(urls.values()),
    }


def _client(api: ir.Api) -> ClientParts:
    """The plain HTTP transport with the API's error table; credentials when the spec has
    security schemes, and token sources (with the flows that make them) when one of them
    names a token URL."""
    client = uses(Name("._runtime.generic.errors", "api_errors"), Name(_TRANSPORT, "HttpTransport"))
    if api.security_schemes:
        client += uses(Name(_TRANSPORT, "Credentials"), Name(_TRANSPORT, "SecurityScheme"))
    if not any(token_urls(scheme) for scheme in api.security_schemes):
        return ClientParts(client=client)
    return ClientParts(
        # A credential argument takes `str | TokenSource`.
        client=client + offers(Name(_OAUTH2, "TokenSource")),
        beside=tuple(
            Name(_OAUTH2, name) for name in ("AuthorizationCode", "ClientCredentials", "TokenError")
        ),
    )


FLAVOR = Flavor(
    name="generic",
    files=(("generic/testing/__init__.py.jinja", "testing/__init__.py"),),
    runtime=("core", "generic", "http", "testing", "testing/openapi"),
    client=_client,
    dependencies=REST_DEPENDENCIES,
    testing_dependencies=("jsonschema>=4.18,<5",),
    example="client = {client}()",
    context=_context,
)
