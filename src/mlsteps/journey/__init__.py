"""The journey: the learner's workspace (a folder of exercise files, notebooks and the store) and
:class:`~mlsteps.journey.journey.Journey`, which joins the engine's judge and catalog with the learner's record:
what the interfaces call to check, hint, show a solution and move on. Export and import of a whole journey.

May import: ``mlsteps.engine``, ``mlsteps.record`` and ``mlsteps.notebooks``.
"""
