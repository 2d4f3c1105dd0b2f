"""Output for every query command: the `Table` value and `render` to terminal, JSON, CSV or
Markdown. Rich is only imported (through `cchc.console`) when a terminal table is rendered."""

from cchc.render.inert import md_escape
from cchc.render.tables import (
    FORMATS,
    KINDS,
    RENDERERS,
    Column,
    ColumnKind,
    OutputFormat,
    Renderer,
    RenderOptions,
    Table,
    bar,
    display_value,
    render,
)

__all__ = [
    "FORMATS",
    "KINDS",
    "RENDERERS",
    "Column",
    "ColumnKind",
    "OutputFormat",
    "RenderOptions",
    "Renderer",
    "Table",
    "bar",
    "display_value",
    "md_escape",
    "render",
]
