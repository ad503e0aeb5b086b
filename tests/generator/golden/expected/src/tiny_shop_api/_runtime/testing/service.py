"""The lifecycle every simulator shares: a server on 127.0.0.1 in a thread of its own."""

from __future__ import annotations

import ssl
import threading
from typing import Any, TypeVar

ServiceT = TypeVar("ServiceT", bound="LoopbackService")


class LoopbackService:
    """Starts a server on an ephemeral port of 127.0.0.1 and stops it, as a context manager
    or with `start()` and `stop()`. Subclasses say how to listen, serve and close.

    `stopping` is set while the service stops, so a simulated delay can be cut short.
    """

    thread_name = "simulator"

    def __init__(self, *, ssl_context: ssl.SSLContext | None = None) -> None:
        self._ssl_context = ssl_context
        self._listener: Any = None
        self._thread: threading.Thread | None = None
        self.stopping = threading.Event()

    def _listen(self) -> Any:
        """Opens the listening server (not serving yet)."""
        raise NotImplementedError

    def _serve_forever(self, listener: Any) -> None:
        """Serves until `_close` is called (runs in the service's thread)."""
        raise NotImplementedError

    def _close(self, listener: Any) -> None:
        """Stops serving and closes every connection."""
        raise NotImplementedError

    def _address(self, listener: Any) -> tuple[str, int]:
        """Host and port the listener is bound to."""
        raise NotImplementedError

    @property
    def running(self) -> bool:
        """Whether `start()` was called and `stop()` not since."""
        return self._listener is not None

    def start(self: ServiceT) -> ServiceT:
        """Starts serving (once; a second call does nothing) and returns the service."""
        if self._listener is not None:
            return self
        listener = self._listen()
        self.stopping.clear()
        self._listener = listener
        self._thread = threading.Thread(
            target=self._serve_forever, args=(listener,), name=self.thread_name, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stops serving, ends open connections and waits (up to 5 s) for the thread."""
        listener, thread = self._listener, self._thread
        if listener is None:
            return
        self.stopping.set()
        self._close(listener)
        if thread is not None:
            thread.join(timeout=5)
        self._listener = self._thread = None

    def __enter__(self: ServiceT) -> ServiceT:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _url(self, plain: str, secure: str) -> str:
        """`<scheme>://127.0.0.1:<port>` with the scheme for plain or TLS connections."""
        if self._listener is None:
            raise RuntimeError("the simulator is not running; call start()")
        host, port = self._address(self._listener)
        return f"{plain if self._ssl_context is None else secure}://{host}:{port}"
