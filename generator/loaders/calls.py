"""A folder of WebSocket call specs (specs/binary-com/<call>.yaml) -> `ir.Api`.

Each call becomes one operation whose arguments are the properties of its send schema, except
the fields the client manages itself (`req_id`, `subscribe`) and the call's own key when its
value is fixed (`{"ping": 1}`). Request and response schemas both become models, so every
message can be decoded and encoded again.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from generator import ir
from generator.loaders.call_checks import read_folder
from generator.loaders.openapi import SpecError
from generator.naming import class_name
from generator.schema import SchemaConverter

MANAGED_FIELDS = frozenset({"req_id", "subscribe"})
# What the Binary.com distribution is called; call specs carry no `info` block of their own.
TITLE = "Binary.com WebSocket API v3"
DISTRIBUTION = "binary-com-api"
PACKAGE = "binary_com_api"
CLIENT = "BinaryComClient"
ENDPOINT = "wss://ws.binaryws.com/websockets/v3"
# Streams whose updates are answers of another call, which the call specs cannot say: a
# purchase made with `subscribe: 1` goes on with `proposal_open_contract` updates of the
# bought contract, and a tick history with `tick` messages. Those updates decode with the
# other call's model, so the subscription's item type is a union of both.
STREAM_FOLLOW_UPS: Mapping[str, tuple[str, ...]] = {
    "buy": ("proposal_open_contract",),
    "ticks_history": ("ticks",),
}


def load_calls(folder: Path) -> tuple[ir.Api, dict[str, Any]]:
    """The IR of every call in `folder`, and a document of all their schemas; a folder with
    problems raises `CallSpecProblems` naming all of them."""
    specs = [spec for _, spec in read_folder(folder)]
    # The call schemas are JSON Schema draft 4 (upstream's `$schema`): a boolean
    # `exclusiveMinimum` makes `minimum` exclusive, as the server reads it.
    converter = SchemaConverter(_local_refs(specs), boolean_bounds=True)
    operations = [_operation(spec, converter) for spec in specs]
    calls = {op.name for op in operations}
    for op in operations:
        for follow_up in op.follow_ups:
            if follow_up not in calls:
                raise SpecError(f"{op.name}: follow-up call {follow_up!r} has no spec")
    models, operations = _spread_sensitive(converter.models(), operations)
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
        models=models,
    )
    return api, document


def _spread_sensitive(
    models: tuple[ir.Model, ...], operations: list[ir.Operation]
) -> tuple[tuple[ir.Model, ...], list[ir.Operation]]:
    """Upstream marks a property `sensitive` in some calls and forgets it in others: a field
    defined exactly like a marked one (name, type, description) is private too. Arguments
    take the mark of their request field."""
    marked = {
        attrs.evolve(field, sensitive=False)
        for m in models
        for field in m.fields
        if field.sensitive
    }

    def mark(field: ir.Field) -> ir.Field:
        return attrs.evolve(field, sensitive=True) if field in marked else field

    models = tuple(attrs.evolve(m, fields=tuple(mark(f) for f in m.fields)) for m in models)
    by_name = {model.name: model for model in models}
    updated = []
    for op in operations:
        assert op.request_model is not None
        private = {f.wire_name for f in by_name[op.request_model].fields if f.sensitive}
        params = tuple(
            attrs.evolve(param, sensitive=param.wire_name in private) for param in op.params
        )
        updated.append(attrs.evolve(op, params=params))
    return models, updated


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
    streams = bool(spec.get("streams", False))
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
        streams=streams,
        request_model=request.name,
        server_defaults=_server_defaults(send),
        stream_only=streams and "subscribe" in send.get("required", ()),
        follow_ups=STREAM_FOLLOW_UPS.get(call, ()) if streams else (),
    )


def _server_defaults(send: dict[str, Any]) -> tuple[tuple[str, ir.JsonScalar], ...]:
    """The `default` of each request property: what the server assumes when it is left out."""
    return tuple(
        (wire_name, schema["default"])
        for wire_name, schema in send.get("properties", {}).items()
        if isinstance(schema, dict) and _is_scalar(schema.get("default", ()))
    )


def _is_scalar(value: object) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def _is_fixed(schema: dict[str, Any]) -> bool:
    """`{"ping": 1}`: the call's key carries no information of its own."""
    values = schema.get("enum") or ([schema["const"]] if "const" in schema else [])
    return len(values) == 1
