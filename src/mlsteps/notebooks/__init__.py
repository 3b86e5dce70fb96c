"""Notebooks: every topic's exercises as a Jupyter notebook, the code of one exercise gathered from a notebook's
cells, and a whole notebook run headless in a fresh kernel and judged exercise by exercise.

May import: ``mlsteps.engine`` and ``mlsteps.record``. Judging a notebook takes the journey as an argument
(:class:`~mlsteps.notebooks.headless.Journey` names the shape it needs), so nothing here imports the journey.
"""
