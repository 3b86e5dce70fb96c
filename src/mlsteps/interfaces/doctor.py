"""``mlsteps doctor``: what the learner's environment has, and the command that fixes each missing piece; how
learner code is isolated on this machine, and what that level does not stop; and the journey store of the workspace
around it, with the command that recovers a damaged one."""

from __future__ import annotations

import importlib.metadata
import os
import platform
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Finding:
    name: str
    ok: bool
    found: str
    fix: str = ""
    optional: bool = False  # missing is fine until a later step needs it


# (what it is, the distributions that provide it, the fix, which step first needs it, or 0: only a mentor's grading)
PACKAGES = (
    ("Jupyter (JupyterLab)", ("jupyterlab",), "pip install jupyterlab", 1),
    ("IPython kernel", ("ipykernel",), "pip install ipykernel", 1),
    ("NumPy", ("numpy",), "pip install numpy", 2),
    ("pandas", ("pandas",), "pip install pandas", 2),
    ("Matplotlib", ("matplotlib",), "pip install matplotlib", 2),
    ("scikit-learn", ("scikit-learn",), "pip install scikit-learn", 3),
    ("XGBoost", ("xgboost", "xgboost-cpu"), "pip install xgboost-cpu", 3),
    ("PyTorch", ("torch",), 'pip install "mlsteps[deep]"  (or pip install torch; a CPU build is enough)', 4),
    ("Dask (grading on a cluster)", ("distributed",), 'pip install "mlsteps[cluster]"', 0),
    ("psycopg (a PostgreSQL gradebook)", ("psycopg",), 'pip install "mlsteps[postgres]"', 0),
)
MIN_PYTHON = (3, 11)


def _version(distributions: tuple[str, ...]) -> str | None:
    for distribution in distributions:
        try:
            return f"{distribution} {importlib.metadata.version(distribution)}"
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def _environment_kind() -> Finding:
    if os.environ.get("CONDA_PREFIX") and sys.prefix == os.environ["CONDA_PREFIX"]:
        return Finding("Environment", True, f"conda environment at {sys.prefix}")
    if sys.prefix != sys.base_prefix:
        return Finding("Environment", True, f"virtual environment at {sys.prefix}")
    return Finding(
        "Environment",
        False,
        f"the system Python at {sys.prefix}",
        "python3 -m venv .venv, then activate it (or use a conda environment) so projects don't clash",
        optional=True,
    )


def examine() -> list[Finding]:
    """Everything ``mlsteps doctor`` reports, in the order a learner needs it."""
    version = platform.python_version()
    findings = [
        Finding(
            "Python",
            sys.version_info[:2] >= MIN_PYTHON,
            version,
            "" if sys.version_info[:2] >= MIN_PYTHON else "install Python 3.11 or newer from python.org",
        ),
        _environment_kind(),
        Finding("mlsteps", True, _version(("mlsteps",)) or "running from source"),
    ]
    for name, distributions, fix, step in PACKAGES:
        found = _version(distributions)
        findings.append(
            Finding(
                name,
                found is not None,
                found or "not installed",
                "" if found else f"{fix}  ({f'needed from step {step}' if step else 'only to grade a cohort'})",
                optional=found is None,
            )
        )
    findings.append(isolation())
    return findings


def isolation() -> Finding:
    """How the kernel confines learner code here (see ``mlsteps.engine.sandbox``) and, below full, what it does not
    stop. Your own checks work at every level; grading strangers' submissions needs the full one."""
    from mlsteps.engine.sandbox import probe

    found = probe()
    if found.full:
        details = f"Landlock ABI {found.landlock_abi}, seccomp, {found.privileges}"
        return Finding("Isolation of learner code", True, f"{found.describe()} ({details})")
    return Finding(
        "Isolation of learner code",
        False,
        f"{found.level}; not stopped: " + "; ".join(found.gaps),
        "your own checks work as they are; to grade strangers' submissions use Linux 6.12 or later with Landlock "
        "and seccomp (or `mlsteps grade --trust-submissions` for submissions you trust)",
        optional=True,
    )


RECOVER = "mlsteps doctor --recover"


def journey_store(start: Path | None = None) -> Finding | None:
    """The journey store of the workspace around ``start``: sound, damaged (and how to recover it), or not a store.
    None outside a workspace."""
    from mlsteps.journey.workspace import NoWorkspace, Workspace, find_root
    from mlsteps.record import recovery, storage

    root = find_root(start)
    if root is None:
        return None
    try:
        path = Workspace(root).store_file
    except NoWorkspace:
        return None
    if path is None:
        return Finding("Journey store", True, "a database server (see `mlsteps list` for whether it answers)")
    if not path.is_file():
        return Finding("Journey store", True, f"{path} (made by the first command that records)")
    problem = recovery.damage(path)
    if problem is None:
        return Finding("Journey store", True, str(path))
    if storage.refine(storage.NOT_A_STORE, path) == storage.NOT_A_STORE:
        return Finding("Journey store", False, f"{path} is not a database", storage.explain(storage.NOT_A_STORE, path))
    return Finding(
        "Journey store",
        False,
        f"damaged: {problem}",
        f"{RECOVER}  (copies everything readable into a new store; the damaged file is kept beside it)",
    )


def recover_store(start: Path | None = None):
    """Recover the damaged journey store of the workspace around ``start`` (see ``mlsteps.record.recovery``).

    Raises ``NoWorkspace`` outside a workspace and ``NothingToRecover`` when there is nothing to do."""
    from mlsteps.journey.workspace import Workspace
    from mlsteps.record import recovery

    path = Workspace.find(start).store_file
    if path is None:
        raise recovery.NothingToRecover(
            "This workspace keeps its journey on a database server: recovering it is a job for the server's tools."
        )
    return recovery.recover(path)
