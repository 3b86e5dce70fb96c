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
