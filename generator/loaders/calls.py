"""A folder of WebSocket call specs (specs/binary-com/<call>.yaml) -> `ir.Api`.

Each call becomes one operation whose arguments are the properties of its send schema, except
the fields the client manages itself (`req_id`, `subscribe`) and the call's own key when its
value is fixed (`{"ping": 1}`). Request and response schemas both become models, so every
message can be decoded and encoded again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator import ir
from generator.loaders.openapi import SpecError, load_yaml
from generator.naming import class_name
from generator.schema import SchemaConverter

MANAGED_FIELDS = frozenset({"req_id", "subscribe"})
# What the Binary.com distribution is called; call specs carry no `info` block of their own.
TITLE = "Binary.com WebSocket API v3"
DISTRIBUTION = "binary-com-api"
PACKAGE = "binary_com_api"
CLIENT = "BinaryComClient"
ENDPOINT = "wss://ws.binaryws.com/websockets/v3"


def load_calls(folder: Path) -> tuple[ir.Api, dict[str, Any]]:
    """The IR of every call in `folder`, and a document of all their schemas."""
    specs = [load_yaml(path) for path in sorted(folder.glob("*.yaml"))]
    if not specs:
        raise SpecError(f"{folder}: no call specs")
    # Call specs are JSON Schema draft 4: `exclusiveMinimum: true` makes `minimum` exclusive.
    converter = SchemaConverter(_local_refs(specs), boolean_bounds=True)
    operations = [_operation(spec, converter) for spec in specs]
    document = {"calls": {spec["call"]: spec for spec in specs}}
    api = ir.Api(
        title=TITLE,
        version="3",
        kind="websocket",
        distribution=DISTRIBUTION,
        package=PACKAGE,
        client_class=CLIENT,
        flavor="binary",
        servers=(ENDPOINT,),
        operations=tuple(operations),
        models=converter.models(),
    )
    return api, document


def _local_refs(specs: list[dict[str, Any]]) -> Any:
    """`$ref`s in call schemas point into their own `definitions`/`$defs`."""

    def resolve(ref: str) -> tuple[str, Any]:
        for spec in specs:
            for key in ("send", "receive"):
                node: Any = spec[key]
                try:
                    for part in ref.lstrip("#/").split("/"):
                        node = node[part]
                except (KeyError, TypeError):
                    continue
                return ref.rsplit("/", 1)[-1], node
        raise SpecError(f"unresolvable $ref {ref!r}")

    return resolve


def _operation(spec: dict[str, Any], converter: SchemaConverter) -> ir.Operation:
    call = spec["call"]
    send = spec["send"]
    base = class_name(call)
    request = converter.convert(send, base + "Request", "request")
    response = converter.convert(spec["receive"], base + "Response", "response")
    if not isinstance(request, ir.ModelType):
        raise SpecError(f"{call}: the send schema must be an object with properties")
    params = [
        ir.Parameter(
            name=field.name,
            wire_name=field.wire_name,
            location="message",
            type=field.type,
            required=field.required,
            doc=field.doc,
        )
        for field in converter.model(request.name).fields
        if field.wire_name not in MANAGED_FIELDS
        and not (field.wire_name == call and _is_fixed(send["properties"][call]))
    ]
    params.sort(key=lambda param: not param.required)
    auth = spec.get("auth", {})
    return ir.Operation(
        operation_id=call,
        group=spec.get("group", "misc"),
        name=call,
        summary=spec.get("summary", ""),
        transport=ir.WebSocketCall(call),
        params=tuple(params),
        response=response,
        auth=ir.Auth("token", tuple(auth.get("scopes", ())))
        if auth.get("required")
        else ir.Auth("none"),
        # Resent or retried only when the spec says so: an unmarked call is unsafe.
        idempotent=spec.get("idempotent") is True,
        streams=bool(spec.get("streams", False)),
        request_model=request.name,
    )


def _is_fixed(schema: dict[str, Any]) -> bool:
    """`{"ping": 1}`: the call's key carries no information of its own."""
    values = schema.get("enum") or ([schema["const"]] if "const" in schema else [])
    return len(values) == 1
