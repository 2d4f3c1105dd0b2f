"""Report templates: where they come from, and rendering them so that a dataset's own cannot harm.

A dataset is untrusted input (SPEC §1): anyone who can open a pull request can change its
`templates/`, and CI renders the report on every pull request. So:

- **Where a template comes from.** A name (`report.md.j2`) resolves to the dataset's
  `templates/<name>` when that is a real file inside the dataset (no symlink anywhere below the
  root, no `..`, a regular file under `MAX_TEMPLATE_BYTES`), else to the copy shipped in the
  package. A dataset file with the same bytes as the packaged one *is* the packaged one.
- **What a template can do.** Every template renders in Jinja's immutable sandbox: no attribute
  that leads to Python internals (`__globals__`, `__class__` …), no mutation of the data, no
  function but the data's own; numbers given to `*`, `**` and to filters are bounded, so one
  expression cannot build a gigabyte string.
- **How long it may take.** A template the dataset brings (one that differs from the packaged
  copy) renders in a child process: limited to `RENDER_SECONDS` of time and, where the operating
  system can limit it (POSIX), `RENDER_MEMORY` bytes of memory; its output is capped at
  `MAX_OUTPUT_CHARS`. The child gets the report's values and sends back text (JSON), never
  anything the parent would execute. The packaged templates are trusted and render in this
  process.

A failure is a `TemplateFailure`: the template file, the line, what went wrong, for people.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from cchc.templating.sources import (
    MAX_OUTPUT_CHARS,
    MAX_TEMPLATE_BYTES,
    RENDER_MEMORY,
    TEMPLATE_DIR,
    TemplateFailure,
    TemplateSource,
    _failure,
    dataset_templates,
    package_templates,
    read_dataset_file,
    resolve,
)

__all__ = [
    "MAX_OUTPUT_CHARS",
    "MAX_TEMPLATE_BYTES",
    "RENDER_MEMORY",
    "TEMPLATE_DIR",
    "TemplateFailure",
    "TemplateSource",
    "check_templates",
    "dataset_templates",
    "package_templates",
    "read_dataset_file",
    "render_template",
    "resolve",
]


def _brings_templates(root: Path | None) -> bool:
    """Whether any template the dataset brings differs from the packaged copy."""
    if root is None:
        return False
    for name in dataset_templates(root):
        if not name:
            return True
        try:
            if not resolve(name, root).trusted:
                return True
        except TemplateFailure:
            return True
    return False


def render_template(name: str, values: Mapping[str, Any], root: Path | None) -> str:
    """Render template `name` with `values` for the dataset at `root` (see the module docstring)."""
    from cchc.templating.sandbox import _render_here

    if not _brings_templates(root):
        return _render_here(name, values, root)
    from cchc.templating.child import _in_child

    result = _in_child([name], values, root, render=True)[0]
    if isinstance(result, TemplateFailure):
        raise result
    return result


def check_templates(
    root: Path, make_values: Callable[[], Mapping[str, Any]] | None, rendered: Sequence[str]
) -> list[TemplateFailure]:
    """What is wrong with the templates the dataset brings: each must be a real file that
    compiles; each of `rendered` (the report templates) must also render with the values
    `make_values` gives (a report of the dataset itself), when given. The packaged templates are
    not checked: they are tested."""
    names = list(dataset_templates(root))
    if not names:
        return []
    if "" in names:  # templates/ itself is a symlink
        return [
            _failure(
                TEMPLATE_DIR,
                1,
                "template-file",
                "template.folder-symlink",
            )
        ]
    failures: list[TemplateFailure] = []
    brought: list[str] = []
    for name in names:
        try:
            source = resolve(name, root)
        except TemplateFailure as failure:
            failures.append(failure)
            continue
        if not source.trusted:
            brought.append(name)
    if brought:
        values = make_values() if make_values is not None else None
        jobs = sorted({*brought, *(n for n in rendered if values is not None)})
        from cchc.templating.child import _in_child

        results = _in_child(jobs, values or {}, root, render=values is not None)
        for name, result in zip(jobs, results, strict=True):
            if isinstance(result, TemplateFailure) and (name in brought or name in rendered):
                failures.append(result)
    unique = {(f.path, f.line, f.rule, f.message.key, f.message.params): f for f in failures}
    return sorted(unique.values(), key=lambda f: (f.path, f.line, f.rule, f.message.text("vi")))
