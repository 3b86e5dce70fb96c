"""The engine: the catalog (reads content into steps and exercises), the runner and worker (learner code in a
forked, limited child), and the judge (runs the reference and the learner's code on the same cases, compares,
and writes the feedback).

May import: ``mlsteps.data`` (where content lies) and nothing else of mlsteps: no package above it.
"""
