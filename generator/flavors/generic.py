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
    client_imports=(
        ("urllib3", ()),
        ("collections.abc", ("Mapping",)),
        (".errors", ("api_errors",)),
        ("._transport", ("HttpTransport", "RetryBudget", "RetryPolicy", "Route")),
    ),
    exports=(
        ("._client", ("{client}",)),
        (".errors", ("ApiError", *COMMON_ERRORS, *REST_ERRORS)),
        *REST_EXPORTS,
    ),
    dependencies=REST_DEPENDENCIES,
    testing_dependencies=(),
    example="client = {client}()",
)
