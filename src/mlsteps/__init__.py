"""mlsteps: learn machine learning and data science with Python, step by step, by doing.

In a notebook: ``from mlsteps import check, hint, solution`` (see :mod:`mlsteps.interfaces.notebook`). They are
loaded on first use, so ``import mlsteps`` stays light.
"""

__all__ = ["check", "hint", "load_ipython_extension", "solution"]


def __getattr__(name: str):
    if name in ("check", "hint", "solution"):
        from mlsteps.interfaces import notebook

        return getattr(notebook, name)
    raise AttributeError(f"module 'mlsteps' has no attribute {name!r}")


def load_ipython_extension(ipython) -> None:
    """``%load_ext mlsteps`` adds the ``%check`` magic."""
    from mlsteps.interfaces.notebook import load_ipython_extension as load

    load(ipython)
