"""`python -m generator diff OLD NEW`: what changed between two versions of a spec, for semver.

OLD and NEW are spec files (`specs/okcoin-v3.yaml`), call-spec folders (`specs/binary-com`),
upstream material the importers read (a folder of Binary.com call folders holding `send.json`,
or the Okcoin `routes.tsv`, imported on the fly with our lists and overlay, so an update can be
previewed before it is imported; the importers' warnings are printed with the report) or git
revisions: `REV:path` (git's own syntax, path relative to the current directory) or
`git:REV`, which means "the other argument's path, at REV"
(`python -m generator diff git:HEAD~3 specs/okcoin-v3.yaml`). Both sides go through the normal
loaders (`pipeline.load`), so the comparison is between the intermediate representations the
client is rendered from, and names are what users call: `client.spot.place_order()` on a
client with groups, `client.balance()` on a flat one (the WebSocket clients: there a call's
group only sorts the documentation, so moving a call to another group is no change), and
argument and attribute names, not wire names. The schema keywords the IR does not carry
(`default`, `format`, `multipleOf`, ...) are compared on the specs themselves
(`generator.keyworddiff`); a changed default is worded as the behaviour change it is.

Every change gets one of three kinds, by what it does to code written against the previous
release of the generated client:

- breaking: that code can fail, at run time or under a type checker; next release bumps major
  (minor while the version is 0.x);
- feature: that code keeps working and the client can do more; bumps minor;
- fix: nothing a caller can rely on changed (documentation, retry policy, the wire form of an
  argument, stronger guarantees on responses); bumps patch.

The rules depend on the direction a value travels. Requests carry values the caller writes, so
a request type may only widen; responses carry values the caller reads, so a response type may
only narrow:

| change | request (arguments) | response (fields) |
|---|---|---|
| operation removed / added | breaking / feature | |
| client method renamed (group or name; group only on a flat client: no change) | breaking | |
| parameter or field removed | breaking | breaking |
| added, optional | feature | feature |
| added, required | breaking (feature when constant) | feature |
| required -> optional | feature (may be omitted now) | breaking (may be missing now) |
| optional -> required | breaking | fix (always present now) |
| enum value removed | breaking (calls using it are refused) | breaking (decoder refuses it) |
| enum value added | feature | feature; breaking with `--strict-enums` |
| null allowed / no longer allowed | feature / breaking | breaking / fix |
| union option added / removed | feature / breaking | breaking / fix |
| other type change (str -> int, object -> list) | breaking (to `Any`: feature) | breaking |
| constraint tightened / relaxed (client-side validation) | breaking / feature | fix |
| format, multipleOf, uniqueItems, ... added or changed / removed | breaking / feature | fix |
| default changed or removed (behaviour change) / added | breaking / fix | fix |
| model class renamed | breaking | breaking |
| unknown keys accepted / refused | feature / breaking | fix |
| auth needed where it was not, scope added | breaking | |
| auth no longer needed, scope dropped | fix | |
| streaming, paging or `extra_params` added / removed | feature / breaking | |
| HTTP method or path, wire name, location, rate limit | fix | |
| retry safety (a behaviour change: resent or not after a failure in transit) | fix | |
| descriptions (summary, docs) | fix | fix |

Why a removed response enum value breaks: the decoder now refuses it (the API may still send
it, for older records) and comparisons with it stop type-checking. Why an added one is a
feature: the new client decodes the new value, which the API can send whether or not the spec
says so; a caller that matches exhaustively on the literal type gets a type-checker error to act
on. Teams that treat that as breaking pass `--strict-enums`. A required request parameter that
becomes optional is a feature, not a fix: calls that omit it are new, valid usage. When the two
documents differ in anything the IR does not carry (descriptions of schemas, examples, `x-`
metadata), one `fix` says so: the spec ships inside the package (`testing/_spec.json`), so even
that changes the distribution's contents.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import tarfile
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import attrs
import yaml

from generator import ir, pipeline
from generator.keyworddiff import KeywordDiffer
from generator.naming import identifier

Kind = Literal["breaking", "feature", "fix"]
Direction = Literal["request", "response"]
KINDS: tuple[Kind, ...] = ("breaking", "feature", "fix")


class DiffError(ValueError):
    """A spec reference that cannot be resolved or loaded; the message says why."""


@attrs.frozen
class Change:
    """One difference. `subject` is the client method as users call it (`spot.place_order`,
    or `balance` on a flat client) or `api`; `path` where in it (`request.side`,
    `response.data[].state`), empty for the whole operation. `behaviour`: existing calls
    behave differently without any change to their code (a new default)."""

    kind: Kind
    code: str
    subject: str
    path: str
    message: str
    behaviour: bool = False

    @property
    def call(self) -> str:
        """How users write the call: `client.balance()`; `api` for the whole API."""
        return "api" if self.subject == "api" else f"client.{self.subject}()"

    @property
    def text(self) -> str:
        where = f"`{self.call}`" + (f" {self.path}" if self.path else "")
        return f"{where}: {self.message}"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "code": self.code,
            "subject": self.subject,
            "call": self.call,
            "path": self.path,
            "message": self.message,
            "behaviour": self.behaviour,
        }


def level(changes: Iterable[Change]) -> Kind | None:
    """The most significant kind among `changes` (None when there are none)."""
    kinds = {change.kind for change in changes}
    return next((kind for kind in KINDS if kind in kinds), None)


# --- loading either side -------------------------------------------------------------------


@attrs.frozen
class LoadedSpec:
    label: str
    api: ir.Api
    document: dict[str, Any]
    warnings: tuple[str, ...] = ()  # what the importer said about upstream material


def source_for(path: Path) -> pipeline.SpecSource:
    """A spec file is an OpenAPI document; a folder holds WebSocket call specs."""
    if path.is_dir():
        if not any(path.glob("*.yaml")):
            raise DiffError(
                f"{path}: neither a folder of call specs (*.yaml) nor an upstream folder of "
                "call folders with send.json"
            )
        return pipeline.SpecSource(path, "calls")
    if path.is_file():
        return pipeline.SpecSource(path, "openapi")
    raise DiffError(f"{path}: no such spec file or folder")


def is_upstream_calls(path: Path) -> bool:
    """A folder of upstream Binary.com call folders (what `import-calls` reads)."""
    return path.is_dir() and any(path.glob("*/send.json"))


def is_route_table(path: Path) -> bool:
    """The Okcoin route table (what `import-okcoin` reads)."""
    return path.is_file() and path.suffix == ".tsv"


def load_path(path: Path, label: str | None = None) -> LoadedSpec:
    """Loads a spec, or imports upstream material first; any failure is one `DiffError`."""
    label = label or str(path)
    try:
        if is_upstream_calls(path):
            return _load_upstream_calls(path, label)
        if is_route_table(path):
            return _load_route_table(path, label)
        api, document = pipeline.load(source_for(path))
    except DiffError:
        raise
    except (OSError, ValueError, KeyError, TypeError, yaml.YAMLError) as error:
        detail = " ".join(str(error).split()) or type(error).__name__
        if isinstance(error, KeyError):
            detail = f"missing key {detail}"
        raise DiffError(f"{label}: cannot load the spec: {detail}") from error
    return LoadedSpec(label, api, document)


def _load_upstream_calls(path: Path, label: str) -> LoadedSpec:
    from generator.importers import binary_com

    warnings: list[str] = []
    specs = binary_com.convert_folder(path, warnings=warnings)
    stale = binary_com.stale_entries(list(specs), binary_com.load_summaries(), binary_com.Safety())
    warnings += [
        f"stale entry {entry}: import-calls refuses until it is removed" for entry in stale
    ]
    with tempfile.TemporaryDirectory(prefix="specdiff-") as scratch:
        folder = Path(scratch) / "binary-com"
        folder.mkdir()
        for name, spec in specs.items():
            (folder / f"{name}.yaml").write_bytes(binary_com.dump_spec(spec).encode("utf-8"))
        api, document = pipeline.load(pipeline.SpecSource(folder, "calls"))
    return LoadedSpec(label, api, document, tuple(warnings))


def _load_route_table(path: Path, label: str) -> LoadedSpec:
    from generator.importers import okcoin_routes
    from generator.loaders.openapi import OpenApiLoader

    warnings: list[str] = []
    document = okcoin_routes.import_routes(
        path, okcoin_routes.OVERLAY_PATH, warnings=warnings, strict=False
    )
    document = yaml.safe_load(okcoin_routes.dump_spec(document))
    return LoadedSpec(label, OpenApiLoader(document).load(), document, tuple(warnings))


@attrs.frozen
class GitRef:
    revision: str
    path: str | None  # relative to the current directory; None: the other side's path


def parse_ref(ref: str) -> Path | GitRef:
    """A local path when it exists, else `git:REV`, `git:REV:path` or `REV:path`."""
    if Path(ref).exists():
        return Path(ref)
    body = ref.removeprefix("git:")
    if ":" in body:
        revision, path = body.split(":", 1)
        return GitRef(revision or "HEAD", path or ".")
    if ref.startswith("git:"):
        return GitRef(body or "HEAD", None)
    raise DiffError(f"{ref}: no such spec file or folder (for a git revision write REV:path)")


@contextlib.contextmanager
def materialize(ref: Path | GitRef, other: Path | GitRef | None = None) -> Iterator[Path]:
    """A local path holding the spec `ref` names; git revisions are extracted with
    `git archive` into a temporary folder that is removed afterwards."""
    if isinstance(ref, Path):
        yield ref
        return
    relative = ref.path
    if relative is None:
        if isinstance(other, GitRef) and other.path is not None:
            relative = other.path
        elif isinstance(other, Path):
            relative = str(other)
        else:
            raise DiffError(
                f"git:{ref.revision} takes its path from the other argument, which must name "
                "one (a local spec path or REV:path)"
            )
    target = (Path.cwd() / relative).resolve()
    anchor = target if target.is_dir() else target.parent
    while not anchor.exists():
        anchor = anchor.parent
    toplevel = Path(_git(anchor, "rev-parse", "--show-toplevel").decode().strip())
    inside = target.relative_to(toplevel).as_posix()
    archive = _git(toplevel, "archive", "--format=tar", ref.revision, "--", inside)
    with tempfile.TemporaryDirectory(prefix="specdiff-") as scratch:
        root = Path(scratch)
        tar_path = root / "spec.tar"
        tar_path.write_bytes(archive)
        with tarfile.open(tar_path) as tar:
            tar.extractall(root / "tree", filter="data")
        yield root / "tree" / inside


def _git(cwd: Path, *args: str) -> bytes:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError as error:
        raise DiffError("git is needed to read specs at a revision") from error
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip().splitlines()
        raise DiffError(f"git {' '.join(args)}: {message[-1] if message else 'failed'}")
    return result.stdout


@contextlib.contextmanager
def load_refs(old: str, new: str) -> Iterator[tuple[LoadedSpec, LoadedSpec]]:
    old_ref, new_ref = parse_ref(old), parse_ref(new)
    with materialize(old_ref, new_ref) as old_path, materialize(new_ref, old_ref) as new_path:
        yield load_path(old_path, old), load_path(new_path, new)


# --- comparing -----------------------------------------------------------------------------


def diff_specs(old: LoadedSpec, new: LoadedSpec, *, strict_enums: bool = False) -> list[Change]:
    """Changes between two loaded specs, including document-only differences."""
    _check_comparable(old, new)
    changes = diff_apis(
        old.api, new.api, strict_enums=strict_enums, documents=(old.document, new.document)
    )
    if not changes and _shipped_text(old) != _shipped_text(new):
        changes.append(
            Change(
                "fix",
                "spec-text",
                "api",
                "",
                "spec text changed without any change to the client "
                "(schema descriptions, examples or metadata)",
            )
        )
    return changes


def _shipped_text(spec: LoadedSpec) -> Any:
    """The document as far as users see it: on a flat client a call's group only sorts the
    spec files, so it is left out."""
    calls = spec.document.get("calls")
    if not is_flat(spec.api) or not isinstance(calls, Mapping):
        return spec.document
    return {
        **spec.document,
        "calls": {
            name: {key: value for key, value in call.items() if key != "group"}
            for name, call in calls.items()
        },
    }


def _check_comparable(old: LoadedSpec, new: LoadedSpec) -> None:
    """Two versions of one API, not two different APIs (a mistyped argument)."""
    shared = {op.operation_id for op in old.api.operations} & {
        op.operation_id for op in new.api.operations
    }
    if old.api.kind != new.api.kind or (
        old.api.distribution != new.api.distribution and not shared
    ):
        raise DiffError(
            f"{old.label} ({old.api.distribution}) and {new.label} ({new.api.distribution}) "
            "are different APIs, not two versions of one"
        )


def diff_apis(
    old: ir.Api,
    new: ir.Api,
    *,
    strict_enums: bool = False,
    documents: tuple[Mapping[str, Any], Mapping[str, Any]] | None = None,
) -> list[Change]:
    """Changes between two IRs, operations in the new spec's order (removed ones last).
    With the two spec `documents`, schema keywords outside the IR are compared too."""
    return _Differ(old, new, strict_enums, documents).run()


def is_flat(api: ir.Api) -> bool:
    """Whether the client has every call as its own method (`client.balance()`): the
    WebSocket clients do; the REST clients have one attribute per group."""
    return api.kind == "websocket"


def method_name(api: ir.Api, op: ir.Operation) -> str:
    """The method as users reach it from the client: `balance` or `spot.place_order`."""
    return op.name if is_flat(api) else f"{op.group}.{op.name}"


class _Differ:
    def __init__(
        self,
        old: ir.Api,
        new: ir.Api,
        strict_enums: bool,
        documents: tuple[Mapping[str, Any], Mapping[str, Any]] | None = None,
    ) -> None:
        self.old = old
        self.new = new
        self.strict_enums = strict_enums
        self.documents = documents
        self.changes: list[Change] = []
        self._subject = "api"
        self._docs: dict[str, None] = {}
        self._seen: set[tuple[str, str, Direction, str]] = set()

    def add(self, kind: Kind, code: str, path: str, message: str, behaviour: bool = False) -> None:
        self.changes.append(Change(kind, code, self._subject, path, message, behaviour))

    def run(self) -> list[Change]:
        old, new = self.old, self.new
        for attribute, what in (
            ("distribution", "distribution"),
            ("package", "import package"),
            ("client_class", "client class"),
        ):
            before, after = getattr(old, attribute), getattr(new, attribute)
            if before != after:
                self.add("breaking", "api-renamed", "", f"{what} renamed from {before} to {after}")
        if old.servers != new.servers:
            self.add("fix", "servers", "", f"servers are now {', '.join(new.servers) or 'none'}")
        if (old.title, old.summary, old.group_docs) != (new.title, new.summary, new.group_docs):
            self._docs["api"] = None
        before_ops = {op.operation_id: op for op in old.operations}
        after_ops = {op.operation_id: op for op in new.operations}
        for op in new.operations:
            self._subject = method_name(new, op)
            previous = before_ops.get(op.operation_id)
            if previous is None:
                resent = "resent" if op.idempotent else "never resent"
                self.add(
                    "feature",
                    "operation-added",
                    "",
                    f"new operation ({_where(op)}; {resent} automatically)",
                )
            else:
                self._operation(previous, op)
                self._keywords(previous, op)
        for op in old.operations:
            if op.operation_id not in after_ops:
                self._subject = method_name(old, op)
                self.add("breaking", "operation-removed", "", f"operation removed ({_where(op)})")
        for subject in self._docs:
            self.changes.append(Change("fix", "docs", subject, "", "documentation changed"))
        return self.changes

    def _operation(self, old: ir.Operation, new: ir.Operation) -> None:
        was = method_name(self.old, old)
        if was != method_name(self.new, new):
            self.add("breaking", "method-renamed", "", f"was client.{was}()")
        if old.transport != new.transport:
            self.add("fix", "transport", "", f"now {_where(new)} (was {_where(old)})")
        self._auth(old.auth, new.auth)
        if old.idempotent != new.idempotent:
            retried = "resent" if new.idempotent else "never resent"
            self.add(
                "fix",
                "idempotent",
                "",
                f"behaviour change: now {retried} automatically after a failure in transit",
                behaviour=True,
            )
        for flag, what in (
            ("streams", "streaming (subscribe)"),
            ("extra_params", "extra_params"),
            ("browser_redirect", "browser redirect form"),
        ):
            before, after = bool(getattr(old, flag)), bool(getattr(new, flag))
            if before != after:
                if flag == "browser_redirect":
                    self.add("breaking", flag, "", f"{what} {'added' if after else 'removed'}")
                elif after:
                    self.add("feature", flag.replace("_", "-"), "", f"{what} supported")
                else:
                    self.add("breaking", flag.replace("_", "-"), "", f"{what} removed")
        if old.rate_limit != new.rate_limit:
            limit = new.rate_limit or "none stated"
            self.add(
                "fix", "rate-limit", "", f"rate limit {limit} (was {old.rate_limit or 'none'})"
            )
        if old.paging != new.paging:
            if old.paging is None:
                self.add("feature", "paging", "", "cursor paging added (an iter_ method)")
            elif new.paging is None:
                self.add("breaking", "paging", "", "cursor paging removed")
            else:
                self.add("fix", "paging", "", "paging parameters changed")
        if old.summary != new.summary:
            self._docs[self._subject] = None
        self._params(old.params, new.params)
        if old.response != new.response or _has_models(new.response):
            self._response(old.response, new.response)

    def _keywords(self, old: ir.Operation, new: ir.Operation) -> None:
        """Schema keywords the IR does not carry, compared on the two spec documents."""
        if self.documents is None:
            return
        sides = [
            _schemas_of(document, op, api)
            for document, op, api in zip(
                self.documents, (old, new), (self.old, self.new), strict=True
            )
        ]
        differ = KeywordDiffer(sides[0].resolve, sides[1].resolve, self.add)
        for name, schema in sides[1].params.items():
            if name in sides[0].params:
                differ.compare(sides[0].params[name], schema, "request", f"request.{name}")
        for before, after, direction in (
            (sides[0].body, sides[1].body, "request"),
            (sides[0].response, sides[1].response, "response"),
        ):
            if before is not None and after is not None:
                differ.compare(before, after, direction, direction)  # type: ignore[arg-type]

    def _auth(self, old: ir.Auth, new: ir.Auth) -> None:
        if old.kind != new.kind:
            if new.kind == "none":
                self.add("fix", "auth", "", "no longer needs authentication")
            else:
                self.add("breaking", "auth", "", f"now needs {new.kind} authentication")
        added = sorted(set(new.scopes) - set(old.scopes))
        dropped = sorted(set(old.scopes) - set(new.scopes))
        if added and new.kind == old.kind:
            self.add("breaking", "scopes", "", f"now needs scope(s) {', '.join(added)}")
        if dropped and new.kind == old.kind:
            self.add("fix", "scopes", "", f"no longer needs scope(s) {', '.join(dropped)}")

    def _params(self, old: Sequence[ir.Parameter], new: Sequence[ir.Parameter]) -> None:
        before = {param.name: param for param in old}
        after = {param.name: param for param in new}
        for param in new:
            path = f"request.{param.name}"
            previous = before.get(param.name)
            if previous is None:
                if param.constant:
                    self.add("fix", "param-added", path, "new constant parameter (sent for you)")
                elif param.required:
                    self.add("breaking", "param-added", path, "new required parameter")
                else:
                    self.add("feature", "param-added", path, "new optional parameter")
                continue
            if previous.constant or param.constant:
                if previous.constant != param.constant:
                    if param.constant:
                        self.add("breaking", "param-constant", path, "no longer an argument")
                    else:
                        self.add("breaking", "param-required", path, "now a required argument")
                elif previous.type != param.type:
                    self.add("fix", "param-constant", path, "sends a different constant")
                continue
            if (previous.wire_name, previous.location) != (param.wire_name, param.location):
                self.add(
                    "fix",
                    "param-wire",
                    path,
                    f"sent as {param.location} {param.wire_name!r} "
                    f"(was {previous.location} {previous.wire_name!r})",
                )
            self._requiredness(previous.required, param.required, "request", path, "parameter")
            if previous.doc != param.doc:
                self._docs[self._subject] = None
            self._type(previous.type, param.type, "request", path)
        for param in old:
            if param.name not in after and not param.constant:
                self.add("breaking", "param-removed", f"request.{param.name}", "parameter removed")

    def _requiredness(
        self, before: bool, after: bool, direction: Direction, path: str, what: str
    ) -> None:
        if before == after:
            return
        if direction == "request":
            if after:
                self.add("breaking", f"{what}-required", path, f"{what} is now required")
            else:
                self.add("feature", f"{what}-optional", path, f"{what} may now be omitted")
        elif after:
            self.add("fix", "field-required", path, "field is now always present")
        else:
            self.add("breaking", "field-optional", path, "field may now be missing")

    def _response(self, old: ir.TypeRef | None, new: ir.TypeRef | None) -> None:
        if old is None or old == ir.ANY:
            if new is not None and new != ir.ANY:
                self.add("breaking", "response-typed", "response", "now decoded into typed objects")
            return
        if new is None or new == ir.ANY:
            self.add("breaking", "response-untyped", "response", "no longer decoded (Any)")
            return
        self._type(old, new, "response", "response")

    # Types: `old` and `new` are the same position in both specs, seen from `direction`.

    def _type(self, old: ir.TypeRef, new: ir.TypeRef, direction: Direction, path: str) -> None:
        old_null, old = _strip_null(old)
        new_null, new = _strip_null(new)
        if old_null != new_null:
            wider = new_null  # None allowed now
            if direction == "request":
                kind: Kind = "feature" if wider else "breaking"
                message = "accepts None" if wider else "no longer accepts None"
            else:
                kind = "breaking" if wider else "fix"
                message = "may now be null" if wider else "is never null now"
            self.add(kind, "nullable", path, message)
        if isinstance(old, ir.LiteralType) and isinstance(new, ir.LiteralType):
            self._literals(old.values, new.values, direction, path)
        elif isinstance(old, ir.ScalarType) and isinstance(new, ir.ScalarType):
            self._scalars(old, new, direction, path)
        elif isinstance(old, ir.LiteralType) and isinstance(new, ir.ScalarType):
            if new.kind in (_literal_kind(old), ir.ScalarKind.ANY):
                self._enum_opened(direction, path, f"any {new.kind.value} allowed now")
            else:
                self._incompatible(path, old, new)
        elif isinstance(old, ir.ScalarType) and isinstance(new, ir.LiteralType):
            if old.kind == _literal_kind(new):
                values = ", ".join(repr(value) for value in new.values)
                # Request: calls with other values are refused; response: the decoder refuses
                # values it used to accept. Breaking either way, like removing enum values.
                self.add("breaking", "enum-closed", path, f"restricted to {values}")
            else:
                self._incompatible(path, old, new)
        elif isinstance(old, ir.ListType) and isinstance(new, ir.ListType):
            if direction == "request":
                self._constraints(old.constraints, new.constraints, path)
            elif old.constraints != new.constraints:
                self.add("fix", "constraints", path, "documented constraints changed")
            self._type(old.item, new.item, direction, path + "[]")
        elif isinstance(old, ir.MapType) and isinstance(new, ir.MapType):
            self._type(old.value, new.value, direction, path + "{}")
        elif isinstance(old, ir.ModelType) and isinstance(new, ir.ModelType):
            self._models(old.name, new.name, direction, path)
        elif isinstance(old, ir.UnionType) and isinstance(new, ir.UnionType):
            self._unions(old, new, direction, path)
        elif old != new:
            if direction == "request" and new == ir.ANY:
                self.add("feature", "type-widened", path, "accepts any value now")
            else:
                self._incompatible(path, old, new)

    def _incompatible(self, path: str, old: ir.TypeRef, new: ir.TypeRef) -> None:
        self.add("breaking", "type-changed", path, f"type {_describe(old)} -> {_describe(new)}")

    def _enum_opened(self, direction: Direction, path: str, message: str) -> None:
        """A closed set of values became an open scalar: like adding enum values."""
        kind: Kind = "breaking" if direction == "response" and self.strict_enums else "feature"
        self.add(kind, "enum-opened", path, message)

    def _literals(
        self,
        old: tuple[ir.JsonScalar, ...],
        new: tuple[ir.JsonScalar, ...],
        direction: Direction,
        path: str,
    ) -> None:
        removed = [value for value in old if value not in new]
        added = [value for value in new if value not in old]
        for value in removed:
            self.add("breaking", "enum-value-removed", path, f"enum value {value!r} removed")
        for value in added:
            kind: Kind = "breaking" if direction == "response" and self.strict_enums else "feature"
            self.add(kind, "enum-value-added", path, f"enum value {value!r} added")

    def _scalars(
        self, old: ir.ScalarType, new: ir.ScalarType, direction: Direction, path: str
    ) -> None:
        if old.kind != new.kind:
            if direction == "request" and new.kind is ir.ScalarKind.ANY:
                self.add("feature", "type-widened", path, "accepts any value now")
            else:
                self._incompatible(path, old, new)
            return
        if direction == "request":
            self._constraints(old.constraints, new.constraints, path)
        elif old.constraints != new.constraints:
            self.add("fix", "constraints", path, "documented constraints changed")

    def _constraints(self, old: ir.Constraints, new: ir.Constraints, path: str) -> None:
        if old == new:
            return
        tighter: list[str] = []
        looser: list[str] = []
        for name in attrs.fields_dict(ir.Constraints):
            before, after = getattr(old, name), getattr(new, name)
            if before == after:
                continue
            label = f"{name}={after}" if after is not None else f"no {name}"
            if after is None:
                looser.append(label)
            elif before is None or name == "pattern":
                tighter.append(label)
            elif name.startswith(("min", "exclusive_min")):
                (tighter if after > before else looser).append(label)
            else:
                (tighter if after < before else looser).append(label)
        if tighter:
            self.add("breaking", "constraints-tightened", path, "stricter: " + ", ".join(tighter))
        if looser:
            self.add("feature", "constraints-relaxed", path, "relaxed: " + ", ".join(looser))

    def _unions(
        self, old: ir.UnionType, new: ir.UnionType, direction: Direction, path: str
    ) -> None:
        before = {_describe(option): option for option in old.options}
        after = {_describe(option): option for option in new.options}
        for key, option in after.items():
            if key in before:
                self._type(before[key], option, direction, path)
        added = [key for key in after if key not in before]
        removed = [key for key in before if key not in after]
        if added:
            kind: Kind = "feature" if direction == "request" else "breaking"
            self.add(kind, "union-widened", path, "new alternative(s) " + ", ".join(added))
        if removed:
            kind = "breaking" if direction == "request" else "fix"
            self.add(kind, "union-narrowed", path, "alternative(s) removed " + ", ".join(removed))

    def _models(self, old_name: str, new_name: str, direction: Direction, path: str) -> None:
        key = (old_name, new_name, direction, self._subject)
        if key in self._seen:
            return
        self._seen.add(key)
        if old_name != new_name:
            self.add("breaking", "model-renamed", path, f"model {old_name} renamed to {new_name}")
        old, new = self.old.model(old_name), self.new.model(new_name)
        if old.doc != new.doc:
            self._docs[self._subject] = None
        if (old.extras is None) != (new.extras is None):
            if direction == "response":
                self.add("fix", "extras", path, "unknown keys handled differently")
            elif new.extras is not None:
                self.add("feature", "extras", path, "accepts unknown keys")
            else:
                self.add("breaking", "extras", path, "refuses unknown keys")
        before = {field.name: field for field in old.fields}
        after = {field.name: field for field in new.fields}
        for field in new.fields:
            where = f"{path}.{field.name}"
            previous = before.get(field.name)
            if previous is None:
                if direction == "request" and field.required:
                    self.add("breaking", "field-added", where, "new required field")
                else:
                    optional = "" if field.required else "optional "
                    self.add("feature", "field-added", where, f"new {optional}field")
                continue
            if previous.wire_name != field.wire_name:
                self.add("fix", "field-wire", where, f"JSON key is now {field.wire_name!r}")
            self._requiredness(previous.required, field.required, direction, where, "field")
            if previous.doc != field.doc:
                self._docs[self._subject] = None
            self._type(previous.type, field.type, direction, where)
        for field in old.fields:
            if field.name not in after:
                self.add("breaking", "field-removed", f"{path}.{field.name}", "field removed")


@attrs.frozen
class _Schemas:
    """The raw schemas of one operation: arguments by name, the body, the success response."""

    resolve: Callable[[str], Any]
    params: dict[str, Any]
    body: Any
    response: Any


def _schemas_of(document: Mapping[str, Any], op: ir.Operation, api: ir.Api) -> _Schemas:
    if isinstance(op.transport, ir.WebSocketCall):
        spec = document.get("calls", {}).get(op.transport.call, {})
        send, receive = spec.get("send"), spec.get("receive")

        def resolve_call(ref: str) -> Any:
            for root in (send, receive):
                node = _pointer(root, ref)
                if node is not None:
                    return node
            return None

        return _Schemas(resolve_call, {}, send, receive)
    resolve: Callable[[str], Any] = lambda ref: _pointer(document, ref)  # noqa: E731
    found = _openapi_operation(document, op.operation_id)
    if found is None:
        return _Schemas(resolve, {}, None, None)
    spec, path_item = found
    params: dict[str, Any] = {}
    for raw in [*path_item.get("parameters", ()), *spec.get("parameters", ())]:
        param = _deref(raw, resolve)
        if "name" in param:
            params[identifier(str(param["name"]))] = param.get("schema", {})
    body = None
    request_body = _deref(spec.get("requestBody") or {}, resolve)
    for media in ("application/json", "application/x-www-form-urlencoded"):
        content = (request_body.get("content") or {}).get(media)
        if isinstance(content, Mapping):
            body = content.get("schema")
            break
    response = None
    responses = spec.get("responses") or {}
    for status in ("200", "201", "202", "204"):
        if status in responses:
            media_type = (_deref(responses[status], resolve).get("content") or {}).get(
                "application/json"
            )
            response = media_type.get("schema") if isinstance(media_type, Mapping) else None
            break
    return _Schemas(resolve, params, body, response)


def _openapi_operation(
    document: Mapping[str, Any], operation_id: str
) -> tuple[Mapping[str, Any], Mapping[str, Any]] | None:
    from generator.loaders.openapi import variants

    for path_item in (document.get("paths") or {}).values():
        for method in ("get", "put", "post", "delete", "patch"):
            if method not in path_item:
                continue
            for variant in variants(path_item[method]):
                if variant.get("operationId") == operation_id:
                    return variant, path_item
    return None


def _pointer(root: Any, ref: str) -> Any:
    """The node a local `$ref` (`#/a/b`) names in `root`, or None."""
    if not ref.startswith("#/"):
        return None
    node = root
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return node


def _deref(node: Any, resolve: Callable[[str], Any]) -> Mapping[str, Any]:
    for _ in range(32):
        if not isinstance(node, Mapping) or not isinstance(node.get("$ref"), str):
            break
        node = resolve(node["$ref"])
    return node if isinstance(node, Mapping) else {}


def _where(op: ir.Operation) -> str:
    transport = op.transport
    if isinstance(transport, ir.HttpRoute):
        return f"{transport.method} {transport.path}"
    return f"call {transport.call}"


def _strip_null(type_ref: ir.TypeRef) -> tuple[bool, ir.TypeRef]:
    if isinstance(type_ref, ir.NullableType):
        return True, type_ref.inner
    return False, type_ref


def _literal_kind(literal: ir.LiteralType) -> ir.ScalarKind | None:
    kinds = {
        ir.ScalarKind.BOOL
        if isinstance(value, bool)
        else ir.ScalarKind.INT
        if isinstance(value, int)
        else ir.ScalarKind.FLOAT
        if isinstance(value, float)
        else ir.ScalarKind.STR
        if isinstance(value, str)
        else ir.ScalarKind.NONE
        for value in literal.values
    }
    return kinds.pop() if len(kinds) == 1 else None


def _has_models(type_ref: ir.TypeRef | None) -> bool:
    """Whether equal type references may still differ (models are compared by content)."""
    if type_ref is None:
        return False
    if isinstance(type_ref, ir.ModelType):
        return True
    if isinstance(type_ref, ir.ListType | ir.NullableType):
        inner = type_ref.item if isinstance(type_ref, ir.ListType) else type_ref.inner
        return _has_models(inner)
    if isinstance(type_ref, ir.MapType):
        return _has_models(type_ref.value)
    if isinstance(type_ref, ir.UnionType):
        return any(_has_models(option) for option in type_ref.options)
    return False


def _describe(type_ref: ir.TypeRef) -> str:
    """A short, readable type: `str`, `list[Order]`, `'a' | 'b'`, `Decimal | None`."""
    if isinstance(type_ref, ir.ScalarType):
        return type_ref.kind.value
    if isinstance(type_ref, ir.LiteralType):
        return " | ".join(repr(value) for value in type_ref.values)
    if isinstance(type_ref, ir.ListType):
        return f"list[{_describe(type_ref.item)}]"
    if isinstance(type_ref, ir.MapType):
        return f"dict[str, {_describe(type_ref.value)}]"
    if isinstance(type_ref, ir.ModelType):
        return type_ref.name
    if isinstance(type_ref, ir.UnionType):
        return " | ".join(_describe(option) for option in type_ref.options)
    return f"{_describe(type_ref.inner)} | None"


# --- output --------------------------------------------------------------------------------


def _warnings(old: LoadedSpec, new: LoadedSpec) -> list[str]:
    return [
        *(f"{old.label}: {w}" for w in old.warnings),
        *(f"{new.label}: {w}" for w in new.warnings),
    ]


def format_text(old: LoadedSpec, new: LoadedSpec, changes: Sequence[Change]) -> str:
    name = new.api.distribution
    warnings = [f"warning: {line}" for line in _warnings(old, new)]
    if not changes:
        return (
            "\n".join([f"{name}: no changes between {old.label} and {new.label}", *warnings]) + "\n"
        )
    counts = ", ".join(
        f"{sum(change.kind == kind for change in changes)} {kind}"
        for kind in KINDS
        if any(change.kind == kind for change in changes)
    )
    lines = [f"{name}: {old.label} -> {new.label}: {counts} (release level: {level(changes)})"]
    lines += [f"  {change.kind:<9} {change.text}" for change in changes]
    return "\n".join([*lines, *warnings]) + "\n"


def format_json(old: LoadedSpec, new: LoadedSpec, changes: Sequence[Change]) -> str:
    report = {
        "distribution": new.api.distribution,
        "old": old.label,
        "new": new.label,
        "level": level(changes),
        "changes": [change.to_json() for change in changes],
        "warnings": _warnings(old, new),
    }
    return json.dumps(report, indent=2) + "\n"


def run(
    old: str,
    new: str,
    *,
    output_format: str = "text",
    fail_on_breaking: bool = False,
    strict_enums: bool = False,
) -> int:
    """The `diff` command: prints the report; 1 when asked to fail and something breaks."""
    with load_refs(old, new) as (before, after):
        changes = diff_specs(before, after, strict_enums=strict_enums)
        formatter = format_json if output_format == "json" else format_text
        print(formatter(before, after, changes), end="")
    return 1 if fail_on_breaking and level(changes) == "breaking" else 0
