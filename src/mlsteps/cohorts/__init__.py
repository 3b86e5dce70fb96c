"""Cohorts, for mentors: reading a folder of submissions, grading every learner and exercise in parallel (here or
on a Dask cluster), and the gradebook that keeps the grades.

May import: ``mlsteps.engine``, ``mlsteps.record`` and ``mlsteps.notebooks`` (code gathered from notebooks).
"""
