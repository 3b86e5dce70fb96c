"""``python -m mlsteps.interfaces.cli``: the same as the ``mlsteps`` command."""

from mlsteps.interfaces.cli import main

main()
