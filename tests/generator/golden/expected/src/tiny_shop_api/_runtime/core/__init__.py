"""What every generated client uses: the unset marker, argument checks and the error base."""
