"""Set up mlsteps in a local virtual environment, then start the journey or run the tests.

    python3 dev.py start    # make .venv, install mlsteps with JupyterLab, and begin (or carry on) your journey
    python3 dev.py test     # make .venv, install mlsteps with its test tools, lint, and run every test

Only the standard library is used here, so this works on a fresh machine with Python 3.11 or newer.
"""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if sys.platform == "win32" else "bin")
PYTHON = BIN / ("python.exe" if sys.platform == "win32" else "python")


def run(*command: str | Path) -> None:
    subprocess.run([str(part) for part in command], check=True, cwd=ROOT)


def ensure_environment(extras: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this file must run on an old Python to say so
        sys.exit(f"mlsteps needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not PYTHON.exists():
        print(f"Making a virtual environment in {VENV} ...")
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing mlsteps and what it needs ...")
    run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", f".{extras}")


def main(argv: list[str]) -> None:
    what = argv[0] if argv else "start"
    if what == "start":
        ensure_environment("[lab]")  # Steps 1-3 and Jupyter; PyTorch (Step 4) is offered when it is needed
        run(BIN / "mlsteps", "start", *argv[1:])
        print(f"\nTo use the `mlsteps` command yourself, activate the environment first: source {BIN}/activate")
    elif what == "test":
        ensure_environment("[test]")
        run(PYTHON, "-m", "ruff", "check", "src", "tests", "benchmarks", "dev.py")
        run(PYTHON, "-m", "pytest", "-n", "auto", *argv[1:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except subprocess.CalledProcessError as failed:
        sys.exit(failed.returncode)
