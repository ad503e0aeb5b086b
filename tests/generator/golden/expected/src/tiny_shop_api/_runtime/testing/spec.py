"""Finding the spec a simulator serves when none is given."""

from __future__ import annotations

import importlib.resources
import json
from typing import Any, cast


def packaged_spec(module: str) -> dict[str, Any]:
    """The `testing/_spec.json` of the distribution that runtime module `module` ships in.

    The generator writes the spec there and copies the runtime under `<package>/_runtime/`,
    so the package is what comes before `._runtime.` in the module's name.
    """
    package, found, _ = module.partition("._runtime.")
    if not found:
        raise RuntimeError(
            f"{module} is not inside a generated package, so it has no packaged spec: pass spec="
        )
    resource = importlib.resources.files(f"{package}.testing").joinpath("_spec.json")
    return cast(dict[str, Any], json.loads(resource.read_text(encoding="utf-8")))
