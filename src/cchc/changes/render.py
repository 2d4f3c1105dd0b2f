"""A `Diff` written out: `text` for a terminal, `md` for a pull request comment or
`$GITHUB_STEP_SUMMARY`, `json` for scripts. Pure functions of the diff and the language.

- Markdown is GitHub-flavoured: a heading, the notes as paragraphs, one table per section; no raw
  HTML. Every piece of data goes through `md_escape` (`|`, backticks, `<`, `*` … made inert), so a
  title cannot break a table or inject markup into the pull request.
- JSON keeps codes, not words (`"overdue"`, not "Quá hạn"), with stable keys: `base`, `head`
  (`revision`, `commit`, `errors`, `whole`: whether the errors are those of the whole revision or
  of `plan/` and the changed files), `as_of`, `changes` (each with `kind`, `record`, `id`, `path`,
  `title`, `field`, `before`, `after`, `details`). It is the same in every language.

With `--check`, `history` is the history check's problems (`cchc.history`): a first block says
whether history stayed append-only and lists each rewrite as `cchc validate` does (text: the
problem lines; Markdown: a table of place, rule and problem; JSON: a `history` array of problem
records, each message in the reader's language). Without `--check` (`history` is None) nothing
is said about it: the diff alone does not look for rewrites.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Literal

from cchc.changes.model import Diff, Side
from cchc.changes.words import heading, notes, sections
from cchc.i18n import t
from cchc.problems import Problem, format_json, format_line
from cchc.render.inert import md_escape, visible
from cchc.render.plain import TableText, render_plain_table

__all__ = ["DiffFormat", "render_diff"]

DiffFormat = Literal["text", "md", "json"]


def render_diff(
    diff: Diff,
    fmt: DiffFormat,
    lang: str,
    *,
    width: int = 100,
    history: Sequence[Problem] | None = None,
) -> str:
    if fmt == "json":
        return _json(diff, history, lang)
    if fmt == "md":
        return _markdown(diff, lang, history)
    return _text(diff, lang, width, history)


def history_verdict(history: Sequence[Problem], lang: str) -> str:
    """The check's one-line verdict: history kept, or how many rewrites it found."""
    if not history:
        return t("diff.history.kept", lang)
    return t("diff.history.rewritten", lang, count=len(history))


def _text(diff: Diff, lang: str, width: int, history: Sequence[Problem] | None) -> str:
    blocks = []
    if history is not None:
        blocks.append(
            "\n".join([history_verdict(history, lang)] + [format_line(p, lang) for p in history])
        )
    blocks.append(visible("\n".join([heading(diff, lang), *notes(diff, lang)])))
    for section in sections(diff, lang):
        table = TableText(
            visible(section.title),
            [(visible(c), "left") for c in section.columns],
            [[visible(cell) for cell in row] for row in section.rows],
        )
        blocks.append(render_plain_table(table, width, table.measure(), color=False))
    return "\n\n".join(block.rstrip("\n") for block in blocks) + "\n"


def _markdown(diff: Diff, lang: str, history: Sequence[Problem] | None) -> str:
    lines = [f"## {md_escape(heading(diff, lang))}", ""]
    if history is not None:
        lines += [f"### {md_escape(history_verdict(history, lang))}", ""]
        if history:
            columns = [t(key, lang) for key in ("diff.history.place", "diff.history.rule")]
            columns.append(t("diff.history.problem", lang))
            lines.append("| " + " | ".join(columns) + " |")
            lines.append("|" + "---|" * len(columns))
            for p in history:
                place = md_escape(f"{p.path}:{p.line}:{p.column}")
                lines.append(f"| {place} | `{p.rule}` | {md_escape(p.text(lang))} |")
            lines.append("")
    for note in notes(diff, lang):
        lines += [md_escape(note), ""]
    for section in sections(diff, lang):
        lines += [f"### {md_escape(section.title)}", ""]
        lines.append("| " + " | ".join(md_escape(c) for c in section.columns) + " |")
        lines.append("|" + "---|" * len(section.columns))
        for row in section.rows:
            lines.append("| " + " | ".join(md_escape(cell) or " " for cell in row) + " |")
        lines.append("")
    return "\n".join(lines)


def _side(side: Side) -> dict[str, object]:
    return {
        "revision": side.name,
        "commit": side.commit,
        "errors": side.errors,
        "whole": side.whole,
    }


def _json(diff: Diff, history: Sequence[Problem] | None, lang: str) -> str:
    document: dict[str, object] = {
        "base": _side(diff.base),
        "head": _side(diff.head),
        "as_of": diff.on.isoformat(),
        "changes": [
            {
                "kind": c.kind,
                "record": c.record,
                "id": c.id,
                "path": c.path,
                "title": c.title,
                "field": c.field,
                "before": c.before,
                "after": c.after,
                "details": dict(c.details),
            }
            for c in diff.changes
        ],
    }
    if history is not None:
        document["history"] = json.loads(format_json(history, lang))
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
