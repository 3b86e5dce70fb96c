"""The learner's projects as the journey counts them: when each began, got a repository, got a blog post.

The projects themselves (templates, checks, posts) belong to the projects feature; it records its milestones here,
and ``progress`` counts them (the roadmap asks for one repository and one post per project).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from mlsteps.record.inputs import BadInput, check_step
from mlsteps.record.schema import projects
from mlsteps.record.store import Store


@dataclass(frozen=True)
class Project:
    name: str
    step: int
    started_on: dt.date
    repository_on: dt.date | None = None
    post_on: dt.date | None = None


def record(store: Store, project: Project) -> Project:
    """Add a project or update its dates (matched by name), in one transaction."""
    check_step(project.step)
    for day in (project.repository_on, project.post_on):
        if day is not None and day < project.started_on:
            raise BadInput(f"Project {project.name}: {day} is before the project started ({project.started_on}).")
    values = {
        "step": project.step,
        "started_on": project.started_on,
        "repository_on": project.repository_on,
        "post_on": project.post_on,
    }
    with store.engine.begin() as connection:
        found = connection.execute(sa.select(projects.c.id).where(projects.c.name == project.name)).scalar()
        if found is None:
            connection.execute(projects.insert().values(name=project.name, **values))
        else:
            connection.execute(projects.update().where(projects.c.id == found).values(**values))
    return project


def all_projects(store: Store) -> list[Project]:
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(projects).order_by(projects.c.started_on, projects.c.id)).mappings()
        return [Project(r["name"], r["step"], r["started_on"], r["repository_on"], r["post_on"]) for r in rows]
