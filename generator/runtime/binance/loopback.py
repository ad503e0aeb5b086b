"""Receives the authorization redirect of a native app on the loopback interface (RFC 8252
section 7.3): a one-shot HTTP server on 127.0.0.1 and an ephemeral port.

Anything on the machine can send a request to that port, so with the login's `state` given,
only a redirect carrying that state is taken: others get an error page and are ignored.
"""

from __future__ import annotations

import threading
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from ..core.errors import ValidationError
from ..core.logs import package_logger
from .errors import RedirectTimeout
from .oauth import state_matches

log = package_logger(__name__)

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body><h1>{title}</h1><p>{text}</p></body></html>
"""
_DONE = _PAGE.format(
    title="Login complete", text="You can close this window and return to the application."
)
_FAILED = _PAGE.format(
    title="Login not completed",
    text="The login was refused or failed. Close this window and try again from the application.",
)
_NOT_FOUND = _PAGE.format(title="Not found", text="This address only receives the login redirect.")
_IGNORED = _PAGE.format(
    title="Not this login", text="This request does not belong to the login in progress."
)
# Redirects kept while the expected state is not known yet (before `wait` is called).
_CANDIDATES = 16


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    receiver: LoopbackReceiver


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def setup(self) -> None:
        # A browser (or anything else) that connects and then sends nothing, or half a
        # request, must not hold a thread for long: every read waits at most this long.
        super().setup()
        self.connection.settimeout(self.server.receiver.request_timeout)

    def do_GET(self) -> None:
        receiver = self.server.receiver
        target = urlsplit(self.path)
        if target.path != receiver.path:
            self._answer(404, _NOT_FOUND)
            return
        if not receiver._deliver(receiver.origin + self.path):
            self._answer(400, _IGNORED)
            return
        failed = any(key == "error" for key, _ in parse_qsl(target.query))
        self._answer(200, _FAILED if failed else _DONE)

    def _answer(self, status: int, page: str) -> None:
        body = page.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        # The page must not pass the redirect URL (and its code) on to anything it links.
        self.send_header("Referrer-Policy", "no-referrer")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        # The default writes the request line, code included, to stderr: say nothing.
        return None


class LoopbackReceiver:
    """Listens on `127.0.0.1:<ephemeral port>` for the browser's return from the login.

    Give `redirect_uri` to the client (and register `http://127.0.0.1` with any port for the
    app), open the authorization URL in a browser, then `wait(state=request.state)` for the
    redirect URL and pass it to `parse_redirect`. With the state, requests that do not carry
    it (a forged `?error=access_denied` from another program, say) are ignored until the
    timeout; without it, the first request to the path is taken. The browser gets a small
    page telling the user to go back to the app. A connection that sends nothing for
    `request_timeout` seconds is closed. Use it as a context manager, or call `close()`.
    """

    def __init__(
        self, path: str = "/callback", *, port: int = 0, request_timeout: float = 10.0
    ) -> None:
        if not path.startswith("/") or "?" in path or "#" in path:
            raise ValidationError("path", "must be a URL path starting with '/'")
        if (
            not isinstance(request_timeout, (int, float))
            or isinstance(request_timeout, bool)
            or not 0 < request_timeout < float("inf")
        ):
            raise ValidationError("request_timeout", "must be a positive number of seconds")
        self.path = path
        self.request_timeout = float(request_timeout)
        self._received: str | None = None
        self._expected: str | None = None
        self._candidates: deque[str] = deque(maxlen=_CANDIDATES)
        self._arrived = threading.Condition()
        self._server = _Server(("127.0.0.1", port), _Handler)
        self._server.receiver = self
        host, bound_port = self._server.server_address[:2]
        self.origin = f"http://{host!s}:{bound_port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="loopback-redirect-receiver",
            daemon=True,
        )
        self._thread.start()

    def __repr__(self) -> str:
        return f"LoopbackReceiver({self.redirect_uri!r})"

    def __enter__(self) -> LoopbackReceiver:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def redirect_uri(self) -> str:
        """The redirect URI to send in the authorization request."""
        return self.origin + self.path

    @property
    def port(self) -> int:
        """The port the receiver listens on."""
        return int(self.origin.rsplit(":", 1)[1])

    def wait(self, timeout: float = 300.0, *, state: str | None = None) -> str:
        """The full redirect URL (with `code` and `state`, or `error`) once the browser
        arrives; RedirectTimeout when it does not within `timeout` seconds.

        With `state` (the authorization request's), only a redirect carrying it is returned;
        any other request, before or during the wait, is ignored.
        """
        with self._arrived:
            if state is not None and self._expected is None:
                self._expected = state
            if not self._arrived.wait_for(self._pick, timeout):
                raise RedirectTimeout(
                    f"no redirect reached {self.redirect_uri} within {timeout:g} seconds"
                )
            assert self._received is not None
            return self._received

    def close(self) -> None:
        """Stops listening (a redirect already received stays available to `wait`)."""
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join(timeout=5)
        self._server.server_close()

    def _pick(self) -> bool:
        """Takes the first kept request that carries the expected state (any, without one);
        called with the condition's lock held."""
        if self._received is None:
            for url in self._candidates:
                if self._expected is None or _carries_state(url, self._expected):
                    self._received = url
                    self._candidates.clear()
                    log.debug("loopback receiver: redirect received")
                    break
        return self._received is not None

    def _deliver(self, url: str) -> bool:
        """Keeps a request that may be the redirect; False when it is not (the expected
        state is known and the request does not carry it)."""
        with self._arrived:
            if self._received is not None:
                # A reload of the page, or anything else once the login is over.
                return url == self._received
            if self._expected is not None and not _carries_state(url, self._expected):
                log.debug("loopback receiver: ignored a request without the login's state")
                return False
            self._candidates.append(url)
            self._arrived.notify_all()
            return True


def _carries_state(url: str, expected: str) -> bool:
    """Whether the URL has exactly one `state` and it is the expected one."""
    states = [value for key, value in parse_qsl(urlsplit(url).query) if key == "state"]
    return len(states) == 1 and state_matches(states[0], expected)
