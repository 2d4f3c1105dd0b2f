"""The child process a dataset's own templates render in: limited in time and (on POSIX) memory,
fed plain values, answering with JSON text (see the package docstring)."""

from __future__ import annotations

import dataclasses
import json
import pickle
import subprocess
import sys
import types
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from cchc.i18n import msg
from cchc.templating import sources
from cchc.templating.sandbox import _compile_here, _render_here
from cchc.templating.sources import (
    RENDER_MEMORY,
    TEMPLATE_DIR,
    TemplateFailure,
    _failure,
)


def _in_child(
    names: Sequence[str], values: Mapping[str, Any], root: Path | None, *, render: bool
) -> list[str | TemplateFailure]:
    """Compile (and, with `render`, render) each of `names` in a child process with limits."""
    plain = {key: _plain(value) for key, value in values.items()}
    job = pickle.dumps({"names": list(names), "values": plain, "root": root, "render": render})
    where = f"{TEMPLATE_DIR}/{names[0]}" if len(names) == 1 else TEMPLATE_DIR
    command = [sys.executable or "python3", "-I", "-m", "cchc.templating"]
    try:
        done = subprocess.run(
            command, input=job, capture_output=True, timeout=sources.RENDER_SECONDS, check=False
        )
    except subprocess.TimeoutExpired:
        return [
            _failure(
                where,
                1,
                "template-render",
                "template.timeout",
                seconds=f"{sources.RENDER_SECONDS:g}",
            )
        ] * len(names)
    except OSError as error:
        return [
            _failure(
                where,
                1,
                "template-render",
                "template.no-process",
                reason=str(error.strerror),
            )
        ] * len(names)
    try:
        answer = json.loads(done.stdout.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        answer = None
    if isinstance(answer, list) and len(answer) == len(names):
        return [_answer(item, where) for item in answer]
    return [
        _failure(
            where,
            1,
            "template-render",
            "template.crashed",
        )
    ] * len(names)


def _plain(value: Any) -> Any:
    """The values for the child as standard types only (namespaces, tuples, dicts, str, Markup),
    so that the child imports nothing of cchc's data model to read them."""
    names = _record_fields(value)
    if names is not None:
        return types.SimpleNamespace(**{name: _plain(getattr(value, name)) for name in names})
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, tuple | list):
        return tuple(_plain(item) for item in value)
    return value


def _record_fields(value: Any) -> tuple[str, ...] | None:
    """The field names of a record (a dataclass or a NamedTuple instance), or None."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple(f.name for f in dataclasses.fields(value))
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        fields: tuple[str, ...] = value._fields
        return fields
    return None


def _answer(item: object, where: str) -> str | TemplateFailure:
    """One result sent by the child: text, or a failure made of plain values."""
    if isinstance(item, dict) and isinstance(item.get("text"), str):
        text: str = item["text"]
        return text
    if isinstance(item, dict):
        path, line, rule, key = (item.get(k) for k in ("path", "line", "rule", "key"))
        params = item.get("params")
        if (
            isinstance(line, int)
            and all(isinstance(x, str) for x in (path, rule, key))
            and isinstance(params, dict)
            and all(isinstance(v, str | int) for v in params.values())
        ):
            return TemplateFailure(str(path), line, str(rule), msg(str(key), **params))
    return _failure(where, 1, "template-render", "template.unreadable-result")


def _limit_child() -> None:  # pragma: no cover - runs in the child
    try:
        import resource
    except ImportError:  # not POSIX: the parent's timeout still applies
        return
    for limit, value in (
        ("RLIMIT_AS", RENDER_MEMORY),
        ("RLIMIT_CPU", int(sources.RENDER_SECONDS) + 1),
        ("RLIMIT_NOFILE", 64),
    ):
        kind = getattr(resource, limit, None)
        if kind is None:
            continue
        try:
            _, hard = resource.getrlimit(kind)
            soft = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.setrlimit(kind, (soft, hard))
        except (OSError, ValueError):
            continue


def _child_main() -> int:  # pragma: no cover - runs in the child
    _limit_child()
    job = pickle.loads(sys.stdin.buffer.read())  # from the parent, which is trusted
    answers: list[dict[str, object]] = []
    for name in job["names"]:
        try:
            if job["render"]:
                answers.append({"text": _render_here(name, job["values"], job["root"])})
            else:
                _compile_here(name, job["root"])
                answers.append({"text": ""})
        except TemplateFailure as failure:
            answers.append(
                {
                    "path": failure.path,
                    "line": failure.line,
                    "rule": failure.rule,
                    "key": failure.message.key,
                    "params": dict(failure.message.params),
                }
            )
    sys.stdout.buffer.write(json.dumps(answers, ensure_ascii=True).encode("ascii"))
    return 0
