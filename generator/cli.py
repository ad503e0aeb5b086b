"""`python -m generator <command>`: generate, verify and import specs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from generator import pipeline


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    generate = commands.add_parser("generate", help="render every spec into generated/")
    generate.add_argument("--output", type=Path, default=pipeline.GENERATED)
    generate.add_argument("--specs", type=Path, default=pipeline.SPECS)

    verify = commands.add_parser("verify", help="check specs are valid and generated/ matches them")
    verify.add_argument("--output", type=Path, default=pipeline.GENERATED)
    verify.add_argument("--specs", type=Path, default=pipeline.SPECS)

    calls = commands.add_parser(
        "import-calls", help="turn upstream per-call JSON Schema folders into call specs"
    )
    calls.add_argument("source", type=Path)
    calls.add_argument("--output", type=Path, default=pipeline.SPECS / "binary-com")

    okcoin = commands.add_parser(
        "import-okcoin", help="rebuild specs/okcoin-v3.yaml from a routes table and our overlay"
    )
    okcoin.add_argument("routes", type=Path)
    okcoin.add_argument("--output", type=Path, default=pipeline.SPECS / "okcoin-v3.yaml")

    args = parser.parse_args(argv)
    if args.command == "generate":
        for name in pipeline.generate(args.output, args.specs):
            print(f"generated {args.output / name}")
        return 0
    if args.command == "verify":
        from generator.verify import verify_all

        return verify_all(args.specs, args.output)
    if args.command == "import-calls":
        from generator.importers.binary_com import import_calls

        written = import_calls(args.source, args.output)
        print(f"wrote {len(written)} call specs to {args.output}")
        return 0
    if args.command == "import-okcoin":
        from generator.importers.okcoin_routes import OVERLAY_PATH, dump_spec, import_routes

        spec = import_routes(args.routes, OVERLAY_PATH)
        args.output.write_text(dump_spec(spec), encoding="utf-8")
        print(f"wrote {args.output}")
        return 0
    parser.error(f"unknown command {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
