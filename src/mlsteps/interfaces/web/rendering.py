"""How pages are made: Jinja2 templates with autoescape on, and our own Markdown (prompts) rendered to HTML.

Everything the learner or a resource wrote reaches a template as plain text and is escaped there. The only HTML
marked safe is what markdown-it makes from our prompts, with raw HTML in them turned off (``html=False``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

TEMPLATES = Path(__file__).resolve().parent / "templates"
NAVIGATION = (
    ("map", "/", "Map"),
    ("progress", "/progress", "Progress"),
    ("resources", "/resources", "Resources"),
    ("tidbits", "/tidbits", "Tidbits"),
    ("projects", "/projects", "Projects"),
    ("gradebook", "/gradebook", "Cohort"),
)


def environment() -> jinja2.Environment:
    made = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # everything the learner or a resource wrote is escaped; only our Markdown is marked safe
        auto_reload=False,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    made.globals["navigation"] = NAVIGATION
    made.filters["code_spans"] = code_spans
    return made


def code_spans(text: object) -> Markup:
    """Plain text with its `code` in backticks as <code>: everything escaped first (the text may be the learner's),
    then only the backtick pairs become elements."""
    parts = str(text).split("`")
    if len(parts) % 2 == 0:  # an odd number of backticks: the last one is just a character
        parts[-2:] = [parts[-2] + "`" + parts[-1]]
    return Markup("").join(
        Markup("<code>{}</code>").format(part) if index % 2 else Markup("{}").format(part)
        for index, part in enumerate(parts)
    )


@lru_cache(maxsize=256)
def markdown_html(text: str) -> Markup:
    """Our own Markdown (prompts) as HTML: raw HTML in it is escaped (``html=False``); code is highlighted."""
    from markdown_it import MarkdownIt

    renderer = MarkdownIt("commonmark", {"html": False, "highlight": _highlight}).enable("table")
    return Markup(renderer.render(text))


def _highlight(code: str, language: str, _attributes: str) -> str:
    if language not in ("python", "py", "pycon", ""):
        return ""  # markdown-it escapes it as plain text
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import PythonConsoleLexer, PythonLexer

    lexer = PythonConsoleLexer() if ">>>" in code or language == "pycon" else PythonLexer()
    return highlight(code, lexer, HtmlFormatter(nowrap=True))


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page: the template with the token for ``app.js`` (changes need it in a header) and the navigation."""
    environment: jinja2.Environment = request.app.state.templates
    page = environment.get_template(template).render(
        has_gradebook=request.app.state.live.has_gradebook(),
        token=request.app.state.token,
        style_nonce=request.state.style_nonce,
        workspace=str(request.app.state.live.root),
        **context,
    )
    return HTMLResponse(page, status_code=status_code, headers={"cache-control": "no-store"})
