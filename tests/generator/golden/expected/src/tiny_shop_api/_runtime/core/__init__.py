"""What every generated client uses: the unset marker, argument checks, the error base, exact
JSON numbers and loggers named after the package."""
