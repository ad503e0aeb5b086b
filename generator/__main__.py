import sys

try:
    from generator.cli import main
except ModuleNotFoundError as missing:  # the project is not installed in this interpreter
    sys.exit(
        f"python -m generator needs {missing.name}, one of the generator's own dependencies: "
        "install the project with `pip install -e .`, or set up a development environment "
        "with `python3 -m nox -s dev` (see the README)"
    )

sys.exit(main())
