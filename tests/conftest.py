import os
import subprocess
import sys
from pathlib import Path

import pytest

from mlsteps.engine.catalog import Catalog
from mlsteps.journey.workspace import create

CATALOG = Catalog()


@pytest.fixture(scope="session")
def catalog():
    return CATALOG


@pytest.fixture
def workspace(tmp_path):
    """A fresh workspace with every starter written."""
    created, _ = create(tmp_path / "journey", CATALOG)
    yield created
    created.close()


@pytest.fixture
def server(tmp_path, catalog):
    """`mlsteps web` on a fresh workspace: the real server (uvicorn) in a thread, on a free port."""
    from mlsteps.interfaces.web.server import WebServer

    workspace, _ = create(tmp_path / "journey", catalog)
    workspace.close()
    running = WebServer(tmp_path / "journey", port=0)
    thread = running.serve_in_background()
    yield running
    running.stop()
    thread.join(15)


def run_cli(*args: str, cwd: Path, timeout: float = 60, env: dict | None = None) -> subprocess.CompletedProcess:
    """The real `mlsteps` command, in a separate process, as a learner runs it."""
    return subprocess.run(
        [sys.executable, "-m", "mlsteps.interfaces.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "COLUMNS": "120", **(env or {})},
    )


# A PostgreSQL server for the store's tests: `.ci/run` installs and starts one and names it here. Elsewhere those
# tests are skipped, unless MLSTEPS_REQUIRE_SERVICES=1 (as in CI), where a missing server is a failure.
POSTGRES_ADMIN_URL = os.environ.get("MLSTEPS_TEST_POSTGRES")
SERVICES_REQUIRED = os.environ.get("MLSTEPS_REQUIRE_SERVICES") == "1"


def missing_service(what: str) -> None:
    if SERVICES_REQUIRED:
        pytest.fail(f"{what} is required here (MLSTEPS_REQUIRE_SERVICES=1) but is not available")
    pytest.skip(f"{what} is not available on this machine")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A URL for a new, empty journey store: a SQLite file, or a fresh database on the PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'journey.db'}"
        return
    if not POSTGRES_ADMIN_URL:
        missing_service("PostgreSQL (MLSTEPS_TEST_POSTGRES)")
    import uuid

    import sqlalchemy as sa

    name = f"mlsteps_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    yield sa.make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
