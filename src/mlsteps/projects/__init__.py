"""Portfolio projects: templates, a new project from one, running its notebook, checking it is ready to share,
scanning for secrets and large files, its blog post, git, and publishing.

May import: ``mlsteps.engine``, ``mlsteps.record``, ``mlsteps.notebooks`` and ``mlsteps.journey`` (the workspace).
"""
