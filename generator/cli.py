"""`python -m generator <command>`: generate, verify and import specs; diff and release them;
build, publish and smoke-test the generated distributions."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from generator import pipeline
from generator.render.renderer import FormatError

_OUTPUT = "the generated distributions' folder (default: generated/)"
_SPECS = "the specs folder (default: specs/)"
_ONLY = "only this distribution (repeatable; default: all)"
_FORCE = "overwrite spec files edited by hand since the last import (the edit is lost)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    generate = commands.add_parser(
        "generate", help="render every spec (or the spec files named) into generated/"
    )
    generate.add_argument(
        "spec",
        nargs="*",
        type=Path,
        help="OpenAPI files (.yaml, .yml, .json) or call-spec folders; default: all of --specs",
    )
    generate.add_argument("--output", type=Path, default=pipeline.GENERATED, help=_OUTPUT)
    generate.add_argument(
        "--strict",
        action="store_true",
        help="refuse a spec with unsupported operations instead of skipping them",
    )
    generate.add_argument("--specs", type=Path, default=pipeline.SPECS, help=_SPECS)

    new = commands.add_parser(
        "new",
        help="turn a published OpenAPI 3.0/3.1 file into a distribution; our names go in a "
        "<stem>.generator.yaml beside it, the spec stays as it is",
    )
    new.add_argument("spec", type=Path, help="the OpenAPI document (.yaml, .yml or .json)")
    new.add_argument("--name", required=True, help="the distribution name, e.g. petstore-api")
    new.add_argument("--package", help="the import package (default: from --name)")
    new.add_argument("--client", help="the client class (default: from --name)")
    new.add_argument("--out", type=Path, default=pipeline.GENERATED, help=_OUTPUT)
    new.add_argument(
        "--strict",
        action="store_true",
        help="refuse the spec when an operation is unsupported instead of skipping it",
    )

    verify = commands.add_parser("verify", help="check specs are valid and generated/ matches them")
    verify.add_argument("--output", type=Path, default=pipeline.GENERATED, help=_OUTPUT)
    verify.add_argument("--specs", type=Path, default=pipeline.SPECS, help=_SPECS)

    calls = commands.add_parser(
        "import-calls", help="turn upstream per-call JSON Schema folders into call specs"
    )
    calls.add_argument("source", type=Path, help="folder of upstream call folders (send.json)")
    calls.add_argument(
        "--output",
        type=Path,
        default=pipeline.SPECS / "binary-com",
        help="the call-spec folder to write (default: specs/binary-com)",
    )
    calls.add_argument("--force", action="store_true", help=_FORCE)

    okcoin = commands.add_parser(
        "import-okcoin", help="rebuild specs/okcoin-v3.yaml from a routes table and our overlay"
    )
    okcoin.add_argument("routes", type=Path, help="the routes table (routes.tsv)")
    okcoin.add_argument(
        "--output",
        type=Path,
        default=pipeline.SPECS / "okcoin-v3.yaml",
        help="the spec to write (default: specs/okcoin-v3.yaml)",
    )
    okcoin.add_argument("--force", action="store_true", help=_FORCE)

    _release_commands(commands)
    args = parser.parse_args(argv)
    if args.command in _RELEASE_COMMANDS:
        return _run_release_command(args)
    if args.command == "generate":
        return _user_errors(generate_specs, args.spec, args.output, args.specs, args.strict)
    if args.command == "new":
        return _user_errors(
            new_api, args.spec, args.name, args.out, args.strict, args.package, args.client
        )
    if args.command == "verify":
        from generator.verify import verify_all

        return verify_all(args.specs, args.output)
    if args.command == "import-calls":
        return _user_errors(import_binary_com, args.source, args.output, args.force)
    if args.command == "import-okcoin":
        from generator.importers.okcoin_routes import OVERLAY_PATH

        return _user_errors(import_okcoin, args.routes, args.output, OVERLAY_PATH, args.force)
    parser.error(f"unknown command {args.command}")
    return 2


def generate_specs(
    named: Sequence[Path],
    output: Path,
    specs_dir: Path,
    strict: bool = False,
    warn: pipeline.Warn | None = None,
) -> int:
    """`generate`: says what changed in each distribution and what it skipped; writing
    nothing is an error. With `strict`, the first thing skipped ends it before anything is
    written."""
    sources = [pipeline.source_of(path) for path in named] if named else None
    if warn is None:
        warn = _refuse if strict else _warn
    changes = pipeline.regenerate(output, specs_dir, sources, warn=warn)
    for name, changed in changes.items():
        print(f"{output / name}: {changed.describe()}")
    if not changes:
        where = ", ".join(str(path) for path in named) if named else str(specs_dir)
        print(f"error: no distribution generated from {where}", file=sys.stderr)
        return 1
    return 0


def new_api(
    spec: Path,
    name: str,
    output: Path,
    strict: bool = False,
    package: str | None = None,
    client: str | None = None,
) -> int:
    """`new`: writes the metadata file beside `spec` and generates its distribution, listing
    each skipped operation (file, method and path, reason, JSON pointer). Nothing is left
    behind when generation fails."""
    from generator.loaders import openapi_metadata as meta
    from generator.loaders.openapi import load_yaml

    if not spec.is_file():
        raise FileNotFoundError(2, "no such spec file", str(spec))
    if spec.suffix not in pipeline.SPEC_SUFFIXES or meta.is_metadata(spec):
        raise ValueError(f"{spec}: expected an OpenAPI file ending in .yaml, .yml or .json")
    version = str(load_yaml(spec).get("openapi", ""))
    if not version.startswith(("3.0", "3.1")):
        raise ValueError(
            f"{spec}: openapi: {version or 'missing'}: only OpenAPI 3.0 and 3.1 documents are read"
        )
    metadata = meta.names_for(name, package, client)
    existing = meta.read_metadata(spec)
    target = meta.metadata_path(spec)
    if existing is not None and existing != metadata:
        raise ValueError(
            f"{target} already names {existing['distribution']!r} ({existing['package']}, "
            f"{existing['client']}); edit it, or delete it to start over"
        )
    _say_version(spec, version)
    if existing is None:
        meta.write_metadata(spec, metadata)
    skipped: list[str] = []

    def warn(line: str) -> None:
        skipped.append(line)
        (_refuse if strict else _warn)(line)

    try:
        status = generate_specs([spec], output, pipeline.SPECS, warn=warn)
    except BaseException:
        if existing is None:
            target.unlink(missing_ok=True)
        raise
    print(
        f"wrote {target} (distribution {name}, package {metadata['package']}, "
        f"client {metadata['client']})"
    )
    count = sum(1 for line in skipped if ": skipped " in line)
    if count:
        print(f"{count} operation(s) skipped, each listed above with its reason")
    print(f"later runs: python -m generator generate {spec} --output {output}")
    return status


def _say_version(spec: Path, version: str) -> None:
    """OpenAPI 3.0 is read by 3.0's rules; said once, so nobody wonders."""
    if version.startswith("3.0"):
        print(
            f"{spec.name}: OpenAPI {version}, read as 3.0 (nullable: true, boolean "
            "exclusiveMinimum/exclusiveMaximum, format: binary files)"
        )


def _warn(line: str) -> None:
    print(f"warning: {line}", file=sys.stderr)


def _refuse(line: str) -> None:
    raise ValueError(f"{line} (--strict)")


def _user_errors(command: Any, *args: Any) -> int:
    """Runs an import; bad input ends in one `error:` line and exit status 2."""
    from generator.importers.stamp import HandEditError

    try:
        result: int = command(*args)
    except HandEditError as error:
        print(error.diff, end="", file=sys.stderr)
        print(f"error: {_one_line(error)}", file=sys.stderr)
        return 2
    except (OSError, ValueError, yaml.YAMLError, FormatError) as error:
        print(f"error: {_one_line(error)}", file=sys.stderr)
        return 2
    return result


def _one_line(error: BaseException) -> str:
    if isinstance(error, OSError) and error.filename is not None:
        return f"{error.filename}: {error.strerror or error}"
    if getattr(error, "problems", None):
        return str(error)  # one problem per line, each with its file and JSON pointer
    return " ".join(str(error).split()) or type(error).__name__


def import_binary_com(source: Path, output: Path, force: bool = False) -> int:
    """`import-calls`: writes the call specs and says what was added, removed and changed."""
    from generator.importers.binary_com import import_calls

    report = import_calls(source, output, force=force)
    print(f"{output}:")
    for line in report.lines():
        print(f"  {line}")
    return 0


def import_okcoin(routes: Path, output: Path, overlay: Path, force: bool = False) -> int:
    """`import-okcoin`: writes the OpenAPI document and says which operations changed;
    stops (HandEditError) rather than overwrite a hand edit, unless `force`."""
    from generator.importers.okcoin_routes import compare_operations, dump_spec, import_routes
    from generator.importers.stamp import check_overwrites
    from generator.loaders.openapi import load_yaml

    warnings: list[str] = []
    spec = import_routes(routes, overlay, warnings=warnings)
    text = dump_spec(spec)
    check_overwrites({output: text}, force=force)
    previous = load_yaml(output) if output.is_file() else None
    added, removed, changed = compare_operations(previous, spec)
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output}")
    for what, names in (("added", added), ("removed", removed), ("changed", changed)):
        for name in names:
            print(f"  {what}: {name}")
    for line in warnings:
        print(f"  warning: {line}")
    return 0


_RELEASE_COMMANDS = ("diff", "release", "build", "publish", "serve-index")


def _release_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    diff = commands.add_parser(
        "diff", help="changes between two specs, classified as breaking, feature or fix"
    )
    where = (
        "spec file, call-spec folder, upstream folder (send.json per call), Okcoin routes.tsv, "
        "REV:path or git:REV"
    )
    diff.add_argument("old", help=where)
    diff.add_argument("new", help=where)
    diff.add_argument(
        "--format", choices=("text", "json"), default="text", help="how to print the changes"
    )
    diff.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking"
    )
    diff.add_argument(
        "--strict-enums", action="store_true", help="new response enum values are breaking"
    )

    release = commands.add_parser(
        "release", help="record the next version and changelog entry of changed distributions"
    )
    release.add_argument("--specs", type=Path, default=pipeline.SPECS, help=_SPECS)
    release.add_argument("--output", type=Path, default=pipeline.GENERATED, help=_OUTPUT)
    release.add_argument("-d", "--distribution", action="append", default=[], help=_ONLY)
    release.add_argument("--against", help="the released spec to compare with (diff syntax)")
    release.add_argument("--version", help="release this version (at least the computed one)")
    release.add_argument(
        "--note", action="append", default=[], help="a changelog line (releases even unchanged)"
    )
    release.add_argument(
        "--note-kind",
        choices=("fix", "feature", "breaking"),
        default="fix",
        help="the kind of change the --note lines describe (default: fix)",
    )
    release.add_argument("--date", help="release date, YYYY-MM-DD (default: today, UTC)")
    release.add_argument("--dry-run", action="store_true", help="show, record nothing")
    release.add_argument("--no-generate", action="store_true", help="do not re-render")
    release.add_argument(
        "--strict-enums", action="store_true", help="new response enum values are breaking"
    )

    build = commands.add_parser("build", help="reproducible wheels and sdists into dist/")
    build.add_argument("--generated", type=Path, default=pipeline.GENERATED, help=_OUTPUT)
    build.add_argument(
        "--out", type=Path, default=pipeline.ROOT / "dist", help="where to put them (dist/)"
    )
    build.add_argument("--specs", type=Path, default=pipeline.SPECS, help=_SPECS)
    build.add_argument("-d", "--distribution", action="append", default=[], help=_ONLY)
    build.add_argument("--no-isolation", action="store_true", help="use this environment")

    publish = commands.add_parser(
        "publish", help="upload dist/ (PUBLISH_URL or an embedded index) and smoke-test it"
    )
    publish.add_argument("--generated", type=Path, default=pipeline.GENERATED, help=_OUTPUT)
    publish.add_argument(
        "--dist", type=Path, default=pipeline.ROOT / "dist", help="the built files (dist/)"
    )
    publish.add_argument("-d", "--distribution", action="append", default=[], help=_ONLY)
    publish.add_argument("--no-smoke", action="store_true", help="upload only")
    publish.add_argument(
        "--dependency-python",
        action="append",
        default=[],
        metavar="3.X",
        help="the embedded index also gets dependency wheels for this Python version "
        "(besides the running one's); repeatable",
    )

    serve = commands.add_parser("serve-index", help="serve .work/index/packages until Ctrl-C")
    serve.add_argument("--port", type=int, default=8080, help="port on 127.0.0.1 (8080)")


def _run_release_command(args: argparse.Namespace) -> int:
    from generator.releases import ReleaseError
    from generator.shipping.build import BuildError
    from generator.shipping.dependencies import DependencyError
    from generator.shipping.index import IndexUnavailable
    from generator.shipping.publish import PublishError
    from generator.specdiff import DiffError

    try:
        return _dispatch_release_command(args)
    except (
        ReleaseError,
        DiffError,
        BuildError,
        PublishError,
        IndexUnavailable,
        DependencyError,
    ) as error:
        print(f"error: {_one_line(error)}", file=sys.stderr)
        return 2
    except (OSError, ValueError, yaml.YAMLError) as error:
        # A spec that does not load (SpecError, SchemaError, OverlayError, ...): one line.
        print(f"error: {_one_line(error)}", file=sys.stderr)
        return 2


def _dispatch_release_command(args: argparse.Namespace) -> int:
    if args.command == "diff":
        from generator import specdiff

        return specdiff.run(
            args.old,
            args.new,
            output_format=args.format,
            fail_on_breaking=args.fail_on_breaking,
            strict_enums=args.strict_enums,
        )
    if args.command == "release":
        import datetime as dt

        from generator import release

        plans = release.plan(
            args.specs,
            distributions=args.distribution,
            against=args.against,
            version=args.version,
            notes=args.note,
            note_kind=args.note_kind,
            strict_enums=args.strict_enums,
        )
        print(release.describe(plans), end="")
        if args.dry_run:
            print("dry run: nothing was written (run without --dry-run to record the release)")
            return 0
        if not plans:
            return 0
        date = dt.date.fromisoformat(args.date) if args.date else None
        release.record(plans, args.specs, date)
        print(f"recorded in {args.specs / 'releases.json'}")
        if not args.no_generate:
            generate_specs([], args.output, args.specs)
        return 0
    if args.command == "build":
        from generator.shipping.build import build_all

        artifacts = build_all(
            args.generated,
            args.out,
            specs_dir=args.specs,
            only=args.distribution,
            isolation=not args.no_isolation,
        )
        print(f"built {len(artifacts)} distributions into {args.out} (see SHA256SUMS)")
        return 0
    if args.command == "publish":
        return _publish(args)
    return _serve_index(args.port)


def _publish(args: argparse.Namespace) -> int:
    import contextlib

    from generator.shipping import index, publish
    from generator.shipping.build import find_artifacts

    artifacts = find_artifacts(args.generated, args.dist, args.distribution)
    remote = index.from_environment()
    with contextlib.ExitStack() as stack:
        target = remote or stack.enter_context(index.embedded_index())
        if remote is None:
            print(f"==> embedded index at {target.simple_url} (packages in {target.packages})")
        outcomes = publish.publish(
            artifacts,
            target,
            smoke=not args.no_smoke,
            dependency_pythons=args.dependency_python,
        )
    print()
    print(publish.summary(outcomes), end="")
    print()
    print(publish.install_hint(outcomes, target), end="")
    failed = [o for o in outcomes if o.smoke is not None and o.smoke.status == "failed"]
    for outcome in failed:
        assert outcome.smoke is not None
        print(f"\n{outcome.artifact.distribution}: {outcome.smoke.detail}", file=sys.stderr)
    return 1 if failed else 0


def _serve_index(port: int) -> int:
    import signal
    import time

    from generator.shipping.index import embedded_index

    # A plain `kill` still stops the server process through the context manager.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    with embedded_index(port=port) as served:
        print(f"serving {served.packages} at {served.simple_url} (read-only; Ctrl-C stops)")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
