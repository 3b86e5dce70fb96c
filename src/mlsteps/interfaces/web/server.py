"""Running the page: uvicorn, on a socket bound before it starts (so ``--port 0`` can say which port it got).

``WebServer.stop()`` (or Ctrl-C) ends the live-reload streams at once, then uvicorn closes the connections and the
lifespan closes the journey.
"""

from __future__ import annotations

import errno
import secrets
import socket
import threading
import time
from pathlib import Path

import uvicorn

from mlsteps.interfaces.web.app import create_app

LOOPBACK = ("127.0.0.1", "localhost", "::1")
GRACE_SECONDS = 3  # how long a stopping server waits for requests still running


def new_token() -> str:
    return secrets.token_urlsafe(32)


def bind(host: str, port: int, tries: int = 1) -> socket.socket:
    """A listening socket on ``host:port`` (port 0: any free port); when the port is taken, the next ones, up to
    ``tries`` ports in all. Raises OSError when none is free."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    for candidate in range(port, port + max(1, tries) if port else 1):
        # Naming the protocol matters: asyncio turns Nagle's algorithm off (TCP_NODELAY) only on sockets that say
        # TCP, and with it on, every answer waited 40 ms for the browser's delayed acknowledgement.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, candidate))
            sock.listen(128)
        except OSError as exc:
            sock.close()
            if exc.errno != errno.EADDRINUSE or candidate == port + tries - 1 or not port:
                raise
            continue
        return sock
    raise AssertionError("unreachable")


class WebServer(uvicorn.Server):
    """The page of one workspace, with a fresh token, on one socket."""

    def __init__(
        self, workspace_root: Path, host: str = "127.0.0.1", port: int = 0, token: str | None = None, tries: int = 1
    ) -> None:
        self.socket = bind(host, port, tries)
        self.host = host
        self.port = self.socket.getsockname()[1]
        self.token = token or new_token()
        try:
            self.app = create_app(workspace_root, self.token)
        except BaseException:
            self.socket.close()
            raise
        super().__init__(
            uvicorn.Config(
                self.app, log_level="warning", timeout_graceful_shutdown=GRACE_SECONDS, lifespan="on", access_log=False
            )
        )

    @property
    def url(self) -> str:
        shown = "127.0.0.1" if self.host in ("0.0.0.0", "") else self.host
        shown = f"[{shown}]" if ":" in shown else shown
        return f"http://{shown}:{self.port}/?token={self.token}"

    def serve_forever(self) -> None:
        """Serve until Ctrl-C or :meth:`stop`."""
        try:
            self.run(sockets=[self.socket])
        finally:
            self.app.state.stopping.set()
            self.socket.close()

    def serve_in_background(self, wait: float = 30) -> threading.Thread:
        """Serve from a thread (tests, the screenshot script); returns once the server answers."""
        thread = threading.Thread(target=self.serve_forever, name="mlsteps-web", daemon=True)
        thread.start()
        deadline = time.monotonic() + wait
        while not self.started and thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.02)
        if not self.started:
            raise RuntimeError("the web server did not start")
        return thread

    def handle_exit(self, sig: int, frame: object) -> None:
        self.app.state.stopping.set()
        super().handle_exit(sig, frame)

    def stop(self) -> None:
        self.app.state.stopping.set()
        self.should_exit = True
