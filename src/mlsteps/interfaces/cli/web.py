"""``mlsteps web``: the journey in the browser. FastAPI and uvicorn are imported inside the command, so that
``mlsteps --help`` stays fast."""

from __future__ import annotations

import contextlib
from typing import Annotated

import typer

from mlsteps.interfaces.cli.common import fail

DEFAULT_PORT = 8765
DEFAULT_TRIES = 20  # without --port, the next ports are tried when the default one is taken


app = typer.Typer()


@app.command()
def web(
    port: Annotated[
        int | None,
        typer.Option("--port", min=0, max=65535, help=f"The port (default {DEFAULT_PORT} or the next free one)."),
    ] = None,
    host: Annotated[
        str, typer.Option("--host", help="Where to listen. Keep 127.0.0.1 unless you know why not.")
    ] = "127.0.0.1",
    no_browser: Annotated[bool, typer.Option("--no-browser", help="Do not open a browser; just print the address.")] = (
        False
    ),
) -> None:
    """Open your journey in the browser: the map, exercises with an editor, progress, resources and tidbits."""
    from mlsteps.interfaces.console import console
    from mlsteps.journey.workspace import NoWorkspace, Workspace
    from mlsteps.record.store import StoreError

    try:
        root = Workspace.find().root
    except NoWorkspace as exc:
        raise fail(str(exc)) from None
    from mlsteps.interfaces.web.server import LOOPBACK, WebServer

    wanted, tries = (DEFAULT_PORT, DEFAULT_TRIES) if port is None else (port, 1)
    try:
        server = WebServer(root, host, wanted, tries=tries)
    except StoreError as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(
            f"mlsteps cannot listen on {host}:{wanted} ({exc.strerror or exc}). "
            "Another program may be using that port: try another one, such as `mlsteps web --port 0` (any free port)."
        ) from None
    if host not in LOOPBACK:
        console.print(
            f"Warning: listening on {host}, so other machines on your network can reach this page. "
            "They still need the key in the address below: share it with nobody you would not hand your laptop to.",
            style="yellow",
            markup=False,
            soft_wrap=True,
        )
    console.print("Open your journey in the browser at:" if no_browser else "Opening your journey at:", markup=False)
    console.print(f"    {server.url}", markup=False, soft_wrap=True)
    console.print(
        "Keep this window open while you work; press Ctrl+C here to stop. The key in the address is new each time.",
        style="dim",
        markup=False,
        soft_wrap=True,
    )
    if not no_browser:
        import webbrowser

        webbrowser.open(server.url)
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn raises Ctrl-C again once it has stopped cleanly
        server.serve_forever()
    console.print("Stopped. Your work is saved in your workspace.", style="dim", markup=False)
