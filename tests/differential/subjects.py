"""What the differential test compares: one subject per schema that one of our decoders reads.

A subject knows its schema (and how to follow its `$ref`s), the ground truth (jsonschema,
set up as the package's simulator validates: draft 4 with Python-translated patterns for
Binary.com, 2020-12 with the spec's asserted formats for Okcoin), valid payloads (the shared
example generator, several seeds, full and minimal), our verdict (the generated package's
public `structure(data, models.X)`) and the name of the pydantic model to ask.

- Binary.com: every call's receive schema, decoded into the call's response model, and
  every call's send schema, judged by the client's argument checks (the typed method called
  with the payload's values: a call that needs authorization is refused as unauthorized
  after its arguments pass, before anything is sent; the others go to the simulator).
- Okcoin and Binance: every component schema the package decodes as a model (responses and
  the models inside them).
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft4Validator, Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError

from generator import ir, pipeline
from generator.runtime.binary.hints import BinaryComHints
from generator.runtime.binary.simulator import translated_schema
from generator.runtime.okcoin.hints import OkcoinHints
from generator.runtime.okcoin.simulator import Schemas as OkcoinSchemas
from generator.runtime.testing.examples import Examples, ValueHints

Json = Any
Schema = Mapping[str, Any]
SEEDS = (7, 11, 23)


@dataclass(frozen=True)
class Verdict:
    accepted: bool
    detail: str = ""


# A send payload the typed method cannot express: a key that is not an argument (unknown,
# `req_id` or `subscribe` with a value the transport would not send, the call's fixed key
# changed or left out), or null for an optional argument (None there means "leave it out").
INEXPRESSIBLE = None


@dataclass
class Subject:
    """One schema and everything needed to judge a payload against it three ways."""

    name: str  # "<api>/<schema>", the key used in explained.yaml
    api: str
    schema: Schema
    validator: Any  # a jsonschema validator of `schema`
    make_examples: Callable[[int, Callable[[Schema, Json], bool]], Examples]
    draft4: bool
    # What a sub-schema needs beside it to resolve its refs (the OpenAPI components).
    context: Mapping[str, Any]
    package: str
    model: str  # our model class (in `<package>.models`)
    peer_package: str
    peer_model: str  # a module of the peer package, or a class of its one module
    # The call whose arguments a send schema describes; None for answer schemas.
    operation: ir.Operation | None = None
    fixed: Mapping[str, Json] = field(default_factory=dict)
    _seeds: list[Json] | None = field(default=None, repr=False)
    _examples: dict[int, Examples] = field(default_factory=dict, repr=False)

    def truth(self, payload: Json) -> list[SchemaError]:
        """jsonschema's errors for `payload` (none: valid)."""
        return list(self.validator.iter_errors(payload))

    def is_valid(self, schema: Schema, value: Json) -> bool:
        root = {**schema, **self.context} if isinstance(schema, Mapping) else schema
        return bool(self.validator.evolve(schema=root).is_valid(value))

    def examples(self, seed: int) -> Examples:
        if seed not in self._examples:
            self._examples[seed] = self.make_examples(seed, self.is_valid)
        return self._examples[seed]

    def resolve(self, node: Any) -> Any:
        return self.examples(SEEDS[0]).resolve(node)

    def seeds(self) -> list[Json]:
        """Valid payloads to change: the example generator's, with several seeds, full and
        minimal, deduplicated; those jsonschema refuses (upstream contradictions) dropped."""
        if self._seeds is None:
            found: list[Json] = []
            # The example generator takes an `allOf` part that only requires keys for the
            # whole value (a string comes out): the object's own keywords give the payload.
            node = self.resolve(self.schema)
            plain = {key: value for key, value in node.items() if key != "allOf"}
            for seed in SEEDS:
                examples = self.examples(seed)
                for make in (examples.example, examples.minimal):
                    for schema in (self.schema, plain):
                        value = make(schema, key=self.name)
                        if not self.truth(value):
                            break
                    if value not in found and not self.truth(value):
                        found.append(value)
            self._seeds = found
        return self._seeds

    def ours(self, payload: Json, client: Any = None) -> Verdict | None:
        if self.operation is not None:
            return self._send(payload, client)
        package = importlib.import_module(self.package)
        cls = getattr(importlib.import_module(f"{self.package}.models"), self.model)
        try:
            package.structure(payload, cls)
        except package.DecodeError as error:
            return Verdict(False, str(error))
        return Verdict(True)

    def _send(self, payload: Json, client: Any) -> Verdict | None:
        """The typed method's verdict on the arguments in `payload` (None: it cannot be
        called with them)."""
        assert self.operation is not None
        arguments = _arguments(self.operation, self.fixed, payload)
        if arguments is INEXPRESSIBLE:
            return None
        name = self.operation.name
        # A stream-only call has its subscribe_ method alone.
        method = getattr(client, name, None) or getattr(client, f"subscribe_{name}")
        try:
            inspect.signature(method).bind(**arguments)
        except TypeError as error:  # a required argument left out
            return Verdict(False, str(error))
        package = importlib.import_module(self.package)
        try:
            answer = method(**arguments)
            if hasattr(answer, "close"):  # a subscription: not wanted past its first check
                answer.close()
        except package.ValidationError as error:
            return Verdict(False, str(error))
        except package.ClientError as error:  # checked, then refused by the (simulated) server
            return Verdict(True, type(error).__name__)
        return Verdict(True)


def _arguments(
    operation: ir.Operation, fixed: Mapping[str, Json], payload: Json
) -> dict[str, Json] | None:
    if not isinstance(payload, dict):
        return INEXPRESSIBLE
    params = {param.wire_name: param for param in operation.params}
    arguments: dict[str, Json] = {}
    for key, value in payload.items():
        if key in fixed:
            if value != fixed[key] or type(value) is not type(fixed[key]):
                return INEXPRESSIBLE
            continue
        if key == "req_id":  # the transport's own
            if not (isinstance(value, int) and not isinstance(value, bool)):
                return INEXPRESSIBLE
            continue
        if key == "subscribe":  # the transport's own too (1 from the subscribe_ method)
            if value not in (0, 1) or type(value) is not int:
                return INEXPRESSIBLE
            continue
        param = params.get(key)
        if param is None:
            return INEXPRESSIBLE
        if value is None and not param.required and not isinstance(param.type, ir.NullableType):
            return INEXPRESSIBLE
        arguments[param.name] = value
    if any(key not in payload for key in fixed):
        return INEXPRESSIBLE
    return arguments


def binary_subjects() -> list[Subject]:
    api, document = pipeline.load(pipeline.SpecSource(pipeline.SPECS / "binary-com", "calls"))
    found = []
    for op in api.operations:
        raw = document["calls"][op.name]
        schema = translated_schema(raw["receive"])
        validator = Draft4Validator(schema)
        assert isinstance(op.response, ir.ModelType), op.name
        found.append(
            Subject(
                name=f"binary-com/{op.name}_receive",
                api="binary-com",
                schema=schema,
                validator=validator,
                make_examples=_examples(schema, "draft-04", BinaryComHints()),
                draft4=True,
                context={},
                package="binary_com_api",
                model=op.response.name,
                peer_package="peer_binary",
                peer_model=f"{op.name}_receive",
            )
        )
        send = translated_schema(raw["send"])
        send_validator = Draft4Validator(send)
        arguments = {param.wire_name for param in op.params}
        # What the client sends by itself: the call's key when it carries nothing ({"ping":
        # 1}) and any argument with one allowed value.
        fixed = {
            key: sub["enum"][0]
            for key, sub in send.get("properties", {}).items()
            if key == op.name and key not in arguments and len(sub.get("enum", ())) == 1
        }
        for param in op.params:
            if param.constant and isinstance(param.type, ir.LiteralType):
                fixed[param.wire_name] = param.type.values[0]
        if "subscribe" in send.get("required", ()):  # a stream-only call's subscribe_ method
            fixed["subscribe"] = 1
        found.append(
            Subject(
                name=f"binary-com/{op.name}_send",
                api="binary-com",
                schema=send,
                validator=send_validator,
                make_examples=_examples(send, "draft-04", BinaryComHints()),
                draft4=True,
                context={},
                package="binary_com_api",
                model=op.request_model or "",
                peer_package="peer_binary",
                peer_model=f"{op.name}_send",
                operation=op,
                fixed=fixed,
            )
        )
    return found


def openapi_subjects(spec: str, api_name: str) -> list[Subject]:
    """A subject per model of the package (each a component schema of the document)."""
    api, document = pipeline.load(pipeline.SpecSource(pipeline.SPECS / spec, "openapi"))
    components = document.get("components", {})
    if api_name == "okcoin":
        checker = OkcoinSchemas(document).validator({}).format_checker
        hints: ValueHints = OkcoinHints()
    else:
        checker, hints = None, ValueHints()
    found = []
    for model in api.models:
        assert model.name in components.get("schemas", {}), model.name
        schema = {"$ref": f"#/components/schemas/{model.name}", "components": components}
        validator = Draft202012Validator(schema, format_checker=checker)
        found.append(
            Subject(
                name=f"{api_name}/{model.name}",
                api=api_name,
                schema=schema,
                validator=validator,
                make_examples=_examples(document, "2020-12", hints),
                draft4=False,
                context={"components": components},
                package=api.package,
                model=model.name,
                peer_package=f"peer_{api_name}",
                peer_model=model.name,
            )
        )
    return found


def uncompared_components(spec: str) -> list[str]:
    """Component schemas of an OpenAPI spec that no model decoder of ours reads."""
    api, document = pipeline.load(pipeline.SpecSource(pipeline.SPECS / spec, "openapi"))
    models = {model.name for model in api.models}
    return [name for name in document["components"]["schemas"] if name not in models]


def _examples(
    document: Schema, dialect: str, hints: ValueHints
) -> Callable[[int, Callable[[Schema, Json], bool]], Examples]:
    def make(seed: int, is_valid: Callable[[Schema, Json], bool]) -> Examples:
        return Examples(document, dialect=dialect, hints=hints, is_valid=is_valid, seed=seed)

    return make


def all_subjects() -> list[Subject]:
    return [
        *binary_subjects(),
        *openapi_subjects("okcoin-v3.yaml", "okcoin"),
        *openapi_subjects("binance-oauth.yaml", "binance"),
    ]
