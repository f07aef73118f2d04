"""Jinja2 pages from `templates/`: a whole page for a normal request, one block for htmx."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from jinja2_fragments.fastapi import Jinja2Blocks
from markdown_it import MarkdownIt
from markupsafe import Markup

from mockround.core.settings import get_settings
from mockround.grading.sql_results import MalformedResult, parse_table
from mockround.grading.verdicts import Verdict

_markdown = MarkdownIt("commonmark", {"html": False}).enable("table")


def markdown(text: str) -> Markup:
    # Raw HTML is disabled, so an author's statement cannot inject markup.
    return Markup(_markdown.render(text))


def inline_markdown(text: str) -> Markup:
    """Markdown inside a line (code spans, emphasis) for prompts, options and explanations."""
    return Markup(_markdown.renderInline(text))


def verdict_label(value: str | None) -> str:
    return Verdict(value).label if value else ""


def clock(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S UTC")


def sql_engine_title() -> str:
    """The engine and version that run SQL problems' queries on this server (PostgreSQL 15.4, SQLite 3.40)."""
    from mockround.core.sql_engine import sql_engine

    return sql_engine(get_settings()).description()


def sql_rows(text: str | None) -> dict[str, Any] | None:
    """A result table's text (header, then tab-separated rows) as columns and rows, to show as a table."""
    if not text:
        return None
    try:
        table = parse_table(text.removesuffix("\n[... cut]"))
    except MalformedResult:
        return None
    return {
        "columns": table.columns,
        "rows": [["NULL" if c is None else str(c) for c in r] for r in table.rows],
    }


@functools.cache
def templates() -> Jinja2Blocks:
    engine = Jinja2Blocks(directory=str(get_settings().templates_dir))
    engine.env.filters.update(
        markdown=markdown,
        inline=inline_markdown,
        verdict_label=verdict_label,
        clock=clock,
        sql_rows=sql_rows,
    )
    engine.env.globals.update(settings=get_settings(), sql_engine_title=sql_engine_title)
    return engine


def is_htmx(request: Request) -> bool:
    return request.headers.get("HX-Request") == "true"


def render(
    request: Request, name: str, context: dict[str, Any], block: str | None = None, status_code: int = 200
) -> Response:
    response: Response = templates().TemplateResponse(
        request, name, context, block_name=block, status_code=status_code
    )
    return response
