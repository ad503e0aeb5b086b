"""Any REST API without special signing: base URL, retries and typed errors only."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.flavors import (
    COMMON_ERRORS,
    REST_DEPENDENCIES,
    REST_ERRORS,
    REST_EXPORTS,
    Flavor,
    RenderView,
)


def _context(view: RenderView) -> Mapping[str, Any]:
    """Credentials: one constructor argument per security scheme of the spec."""
    schemes = view.api.security_schemes
    client = view.api.client_class
    return {
        "simulator_class": (client.removesuffix("Client") or client) + "Simulator",
        "takes_credentials": bool(schemes),
        "extra_client_imports": (("._runtime.http.transport", ("Credentials", "SecurityScheme")),)
        if schemes
        else (),
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
