"""The variants figures a and b time, and the round trip each must pass on a payload first.

A variant turns a payload's bytes into its objects (`decode`) and those objects back into
JSON (`encode`). Before any timing, every variant decodes every payload, encodes the result
and compares it with the payload as canonical JSON (`corpus.canonical_json`); a payload it
cannot load or does not give back unchanged is recorded with the reason and left out of that
variant's timing, and every comparison with it runs on the payloads both sides passed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from benchmarks import corpus as corpus_module
from benchmarks import peers
from benchmarks.corpus import Corpus, Payload, canonical, canonical_json

Decode = Callable[[bytes], Any]
Encode = Callable[[Any], Any]


SCHEMA_NOT_LOADED = "its library cannot load the call's schema"


class Unsupported(Exception):
    """The variant has no usable model for this payload's call."""


@dataclass
class Variant:
    """One way of decoding and encoding, with what its round trips found."""

    name: str
    label: str  # how the table names it
    codec: Callable[[Payload], tuple[Decode, Encode]]
    passed: dict[str, tuple[Decode, Encode, Any]] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)

    def check(self, payload: Payload) -> bool:
        """Round-trips one payload; remembers the decoder, encoder and decoded object."""
        try:
            decode, encode = self.codec(payload)
        except Unsupported as error:
            self.failed[payload.key] = str(error)
            return False
        try:
            obj = decode(payload.raw)
            out = encode(obj)
        except Exception as error:
            self.failed[payload.key] = f"{type(error).__name__}: {_first_line(error)}"
            return False
        if canonical_json(out) != canonical_json(payload.raw):
            where = _difference(json.loads(payload.raw), json.loads(out))
            self.failed[payload.key] = f"re-encoded JSON differs at {where}"
            return False
        self.passed[payload.key] = (decode, encode, obj)
        return True


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:160] if text else ""


def _difference(a: Any, b: Any, path: str = "$") -> str:
    """Where two JSON values first differ (numbers compared canonically)."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}.{key} ({'missing' if key not in b else 'added'})"
            if canonical(a[key]) != canonical(b[key]):
                return _difference(a[key], b[key], f"{path}.{key}")
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path} (length {len(a)} vs {len(b)})"
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            if canonical(x) != canonical(y):
                return _difference(x, y, f"{path}[{index}]")
    return f"{path} ({json.dumps(a)[:40]} became {json.dumps(b)[:40]})"


# -- the variants -----------------------------------------------------------------------------


def ours() -> Variant:
    from binary_com_api import models, structure, unstructure

    def codec(payload: Payload) -> tuple[Decode, Encode]:
        cls = getattr(models, payload.model)

        def decode(raw: bytes) -> Any:
            return structure(orjson.loads(raw), cls)

        def encode(obj: Any) -> bytes:
            return orjson.dumps(unstructure(obj))

        return decode, encode

    return Variant("ours", "ours (attrs + per-model functions)", codec)


def pydantic_variant(models: peers.Models) -> Variant:
    def codec(payload: Payload) -> tuple[Decode, Encode]:
        model = _model(models, payload)

        def encode(obj: Any) -> str:
            return obj.model_dump_json(by_alias=True, exclude_unset=True)  # type: ignore[no-any-return]

        return model.model_validate_json, encode

    return Variant("pydantic", "pydantic v2 (datamodel-code-generator)", codec)


def msgspec_variant(models: peers.Models) -> Variant:
    import msgspec

    encoder = msgspec.json.Encoder()

    def codec(payload: Payload) -> tuple[Decode, Encode]:
        model = _model(models, payload)
        return msgspec.json.Decoder(model).decode, encoder.encode

    return Variant("msgspec", "msgspec Structs (datamodel-code-generator)", codec)


def _model(models: peers.Models, payload: Payload) -> Any:
    model = models.models.get(payload.call)
    if model is None:
        raise Unsupported(SCHEMA_NOT_LOADED)
    return model


def orjson_variant() -> Variant:
    return Variant("orjson", "orjson to dicts (untyped)", lambda _: (orjson.loads, orjson.dumps))


def json_variant() -> Variant:
    return Variant("json", "json to dicts (untyped)", lambda _: (json.loads, json.dumps))


@dataclass
class Setup:
    """The corpus, every variant with its round-trip results, and the peers' load failures."""

    corpus: Corpus
    variants: dict[str, Variant]
    models: dict[str, peers.Models]

    def common(
        self, *names: str, candles: bool = False, among: list[Payload] | None = None
    ) -> list[Payload]:
        """The payloads every named variant round-tripped (of `among`, else of the corpus,
        else of the 1000-candle reply)."""
        if among is None:
            among = [self.corpus.candles] if candles else self.corpus.payloads
        return [p for p in among if all(p.key in self.variants[n].passed for n in names)]


def prepare(work: Path) -> Setup:
    corpus = corpus_module.build()
    calls = sorted({payload.call for payload in corpus.payloads})
    pydantic_models, msgspec_structs = peers.prepare(work / "peers", calls)
    variants = {
        variant.name: variant
        for variant in (
            ours(),
            pydantic_variant(pydantic_models),
            msgspec_variant(msgspec_structs),
            orjson_variant(),
            json_variant(),
        )
    }
    for variant in variants.values():
        for payload in [*corpus.payloads, *corpus.wide]:
            variant.check(payload)
    return Setup(corpus, variants, {"pydantic": pydantic_models, "msgspec": msgspec_structs})


def decode_pass(setup: Setup, name: str, payloads: list[Payload]) -> Callable[[], None]:
    """One call decodes every payload once."""
    variant = setup.variants[name]
    pairs = [(variant.passed[p.key][0], p.raw) for p in payloads]

    def run() -> None:
        for decode, raw in pairs:
            decode(raw)

    return run


def encode_pass(setup: Setup, name: str, payloads: list[Payload]) -> Callable[[], None]:
    """One call encodes every decoded payload once."""
    variant = setup.variants[name]
    pairs = [(variant.passed[p.key][1], variant.passed[p.key][2]) for p in payloads]

    def run() -> None:
        for encode, obj in pairs:
            encode(obj)

    return run
