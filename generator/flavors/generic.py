"""Any REST API without special signing: base URL, retries and typed errors only."""

from __future__ import annotations

from generator.flavors import (
    COMMON_ERRORS,
    REST_DEPENDENCIES,
    REST_ERRORS,
    REST_EXPORTS,
    Flavor,
)

FLAVOR = Flavor(
    name="generic",
    files=(),
    runtime=("core", "http"),
    client_imports=(
        ("urllib3", ()),
        ("collections.abc", ("Mapping",)),
        ("._runtime.http.errors", ("api_errors",)),
        ("._runtime.http.transport", ("HttpTransport", "RetryBudget", "RetryPolicy", "Route")),
    ),
    exports=(
        ("._client", ("{client}",)),
        *REST_EXPORTS,
    ),
    dependencies=REST_DEPENDENCIES,
    testing_dependencies=(),
    errors=(COMMON_ERRORS, REST_ERRORS, ("._runtime.http.errors", ("ApiError",))),
    example="client = {client}()",
)
