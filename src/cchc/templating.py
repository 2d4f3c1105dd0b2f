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

import dataclasses
import functools
import json
import os
import pickle
import re
import stat
import subprocess
import sys
import types
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from cchc.i18n import Message, msg

__all__ = [
    "MAX_OUTPUT_CHARS",
    "MAX_TEMPLATE_BYTES",
    "RENDER_MEMORY",
    "RENDER_SECONDS",
    "TEMPLATE_DIR",
    "TemplateFailure",
    "TemplateSource",
    "check_templates",
    "dataset_templates",
    "package_templates",
    "render_template",
    "resolve",
]

TEMPLATE_DIR = "templates"
MAX_TEMPLATE_BYTES = 512 * 1024
"""The packaged report templates are about 10 KB; a template this big is a mistake or an attack."""
MAX_OUTPUT_CHARS = 20_000_000
"""A report of 100,000 tasks is about 40 MB of HTML … in a dataset's template, far less is sane."""
RENDER_SECONDS = 10.0
RENDER_MEMORY = 1024 * 1024 * 1024
MAX_NUMBER = 100_000
"""The largest number a template may hand to `*`, `**` or a filter (a width, a count)."""

_UNDEFINED = re.compile(r"has no attribute '([^']+)'|'([^']+)' is undefined")
_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_][A-Za-z0-9_.-]*)*")


class TemplateFailure(Exception):
    """A template that cannot be used: `path` relative to the dataset root (or the package), the
    line, the rule id and what to say."""

    def __init__(self, path: str, line: int, rule: str, message: Message) -> None:
        super().__init__(message.key)
        self.path, self.line, self.rule, self.message = path, line, rule, message


def package_templates() -> Path:
    """The templates shipped inside the package: trusted, and the fallback for every name."""
    return Path(__file__).parent / "templates"


@dataclasses.dataclass(frozen=True)
class TemplateSource:
    """One template resolved: its text, where it came from, and whether the dataset brought it."""

    name: str
    text: str
    path: str  # for messages: "templates/report.md.j2", or the packaged file's name
    trusted: bool


def _failure(where: str, line: int, rule: str, key: str, **params: object) -> TemplateFailure:
    return TemplateFailure(where, line, rule, msg(key, **params))


def _bad_name(name: str) -> TemplateFailure | None:
    if _NAME.fullmatch(name) is None or ".." in name.split("/"):
        return _failure(
            f"{TEMPLATE_DIR}/{name}",
            1,
            "template-file",
            "template.bad-name",
            name=name,
        )
    return None


def _read_dataset_file(root: Path, name: str) -> bytes | None:
    """The bytes of `templates/<name>` when it is a real file inside the dataset; None when there
    is no such file; a TemplateFailure when there is one that must not be read (a symlink, a
    folder, a device, too large)."""
    rel = f"{TEMPLATE_DIR}/{name}"
    current = root
    parts = [TEMPLATE_DIR, *name.split("/")]
    for index, part in enumerate(parts):
        current = current / part
        try:
            info = os.lstat(current)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise _unreadable(rel, error) from None
        last = index == len(parts) - 1
        if stat.S_ISLNK(info.st_mode):
            raise _failure(
                rel,
                1,
                "template-file",
                "template.symlink",
                path="/".join(parts[: index + 1]),
            )
        if not last and not stat.S_ISDIR(info.st_mode):
            return None
    if not stat.S_ISREG(info.st_mode):
        raise _failure(
            rel,
            1,
            "template-file",
            "template.not-a-file",
        )
    if info.st_size > MAX_TEMPLATE_BYTES:
        raise _failure(
            rel,
            1,
            "template-file",
            "template.too-large",
            size=info.st_size,
            limit=MAX_TEMPLATE_BYTES,
        )
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(current, flags)
    except OSError as error:
        raise _unreadable(rel, error) from None
    try:
        return os.read(handle, MAX_TEMPLATE_BYTES + 1)[:MAX_TEMPLATE_BYTES]
    finally:
        os.close(handle)


def _unreadable(rel: str, error: OSError) -> TemplateFailure:
    reason = error.strerror or type(error).__name__
    return _failure(
        rel,
        1,
        "template-file",
        "template.unreadable",
        reason=reason,
    )


def _decode(rel: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise _failure(
            rel,
            line,
            "template-file",
            "template.not-utf8",
        ) from None


def resolve(name: str, root: Path | None) -> TemplateSource:
    """Where template `name` comes from for the dataset at `root` (None: the package only)."""
    bad = _bad_name(name)
    if bad is not None:
        raise bad
    packaged = package_templates() / name
    packaged_bytes = packaged.read_bytes() if packaged.is_file() else None
    if root is not None:
        data = _read_dataset_file(root, name)
        if data is not None and data != packaged_bytes:
            rel = f"{TEMPLATE_DIR}/{name}"
            return TemplateSource(name, _decode(rel, data), rel, trusted=False)
    if packaged_bytes is None:
        raise _failure(
            f"{TEMPLATE_DIR}/{name}",
            1,
            "template-file",
            "template.missing",
            name=name,
        )
    return TemplateSource(name, packaged_bytes.decode("utf-8"), name, trusted=True)


def dataset_templates(root: Path) -> Iterator[str]:
    """The names of the template files a dataset brings (`templates/*.j2`, one folder deep)."""
    folder = root / TEMPLATE_DIR
    try:
        if stat.S_ISLNK(os.lstat(folder).st_mode):
            yield ""  # the folder itself is a link: `resolve` refuses every name below it
            return
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            for inner in sorted(os.scandir(entry.path), key=lambda e: e.name):
                if inner.name.endswith(".j2"):
                    yield f"{entry.name}/{inner.name}"
        elif entry.name.endswith(".j2"):
            yield entry.name


# ------------------------------------------------------------------------------------ the sandbox


def _too_big(value: object) -> bool:
    return (
        isinstance(value, int | float) and not isinstance(value, bool) and abs(value) > MAX_NUMBER
    )


def _bounded(function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter whose numeric arguments (widths, counts) are bounded."""

    @functools.wraps(function)
    def checked(*args: Any, **kwargs: Any) -> Any:
        from jinja2.exceptions import SecurityError

        # The first argument is the value filtered (after the context or environment, if any).
        if any(_too_big(a) for a in args[1:]) or any(_too_big(v) for v in kwargs.values()):
            raise SecurityError(f"a number over {MAX_NUMBER} given to a filter")
        return function(*args, **kwargs)

    return checked


def _environment(sources: Callable[[str], TemplateSource]) -> Any:
    """The one Jinja environment every report template renders in (trusted or not)."""
    import jinja2
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    from cchc.render.tables import md_escape

    class Sandbox(ImmutableSandboxedEnvironment):
        intercepted_binops = frozenset({"*", "**"})

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            if _too_big(left if operator == "*" and not _too_big(right) else right) or (
                operator == "**" and _too_big(left)
            ):
                raise jinja2.exceptions.SecurityError(f"a number over {MAX_NUMBER} in '{operator}'")
            return super().call_binop(context, operator, left, right)

        def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
            if any(_too_big(a) for a in args) or any(_too_big(v) for v in kwargs.values()):
                raise jinja2.exceptions.SecurityError(f"a number over {MAX_NUMBER} in a call")
            return super().call(__context, __obj, *args, **kwargs)

    def load(name: str) -> tuple[str, str, Callable[[], bool]]:
        source = sources(name)
        return source.text, source.path, lambda: True

    env = Sandbox(
        loader=jinja2.FunctionLoader(load),
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "html.j2"), default_for_string=False, default=False
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters = {name: _bounded(f) for name, f in env.filters.items()}
    env.filters["md"] = lambda value: md_escape(str(value))
    return env


def _line_of(error: BaseException, path: str) -> int:
    """The template line a Jinja error points at (its traceback frame, if any)."""
    line = getattr(error, "lineno", None)
    if isinstance(line, int) and line > 0:
        return line
    tb = error.__traceback__
    found = 1
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == path:
            found = tb.tb_lineno
        tb = tb.tb_next
    return found


def _syntax_failure(error: Any, name: str) -> TemplateFailure:
    return _failure(
        error.filename or name,
        error.lineno or 1,
        "template-syntax",
        "template.syntax",
        reason=str(error.message),
    )


def _compile_here(name: str, root: Path | None) -> None:
    """Compile without rendering (no values to render with: the dataset is invalid)."""
    import jinja2

    env = _environment(lambda wanted: resolve(wanted, root))
    try:
        env.get_template(name)
    except jinja2.TemplateSyntaxError as error:
        raise _syntax_failure(error, name) from None
    except RecursionError:
        raise _failure(
            f"{TEMPLATE_DIR}/{name}",
            1,
            "template-syntax",
            "template.too-deep",
        ) from None


def _render_here(name: str, values: Mapping[str, Any], root: Path | None) -> str:
    """Render in this process (the child's work, or a trusted template's)."""
    import jinja2

    used: list[TemplateSource] = []

    def sources(wanted: str) -> TemplateSource:
        source = resolve(wanted, root)
        used.append(source)
        return source

    env = _environment(sources)
    try:
        text = str(env.get_template(name).render(**values))
    except TemplateFailure:
        raise
    except jinja2.TemplateSyntaxError as error:
        raise _syntax_failure(error, name) from None
    except (jinja2.TemplateError, ArithmeticError, LookupError, TypeError, ValueError) as error:
        path = used[-1].path if used else name
        for source in used:
            if _line_of(error, source.path) > 1:
                path = source.path
        missing = (
            _UNDEFINED.search(str(error)) if isinstance(error, jinja2.UndefinedError) else None
        )
        if missing is not None:
            what = missing.group(1) or missing.group(2)
            raise _failure(
                path,
                _line_of(error, path),
                "template-render",
                "template.undefined",
                what=what,
            ) from None
        raise _failure(
            path,
            _line_of(error, path),
            "template-render",
            "template.failed",
            reason=f"{type(error).__name__}: {error}",
        ) from None
    except RecursionError:
        raise _failure(
            name,
            1,
            "template-render",
            "template.recursion",
        ) from None
    if len(text) > MAX_OUTPUT_CHARS:
        raise _failure(
            used[0].path if used else name,
            1,
            "template-render",
            "template.output-too-large",
            limit=MAX_OUTPUT_CHARS,
        )
    return text


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
    if not _brings_templates(root):
        return _render_here(name, values, root)
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
        results = _in_child(jobs, values or {}, root, render=values is not None)
        for name, result in zip(jobs, results, strict=True):
            if isinstance(result, TemplateFailure) and (name in brought or name in rendered):
                failures.append(result)
    unique = {(f.path, f.line, f.rule, f.message.key, f.message.params): f for f in failures}
    return sorted(unique.values(), key=lambda f: (f.path, f.line, f.rule, f.message.text("vi")))


# ------------------------------------------------------------------------------------ the child


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
            command, input=job, capture_output=True, timeout=RENDER_SECONDS, check=False
        )
    except subprocess.TimeoutExpired:
        return [
            _failure(
                where,
                1,
                "template-render",
                "template.timeout",
                seconds=f"{RENDER_SECONDS:g}",
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
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return types.SimpleNamespace(
            **{f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        )
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, tuple | list):
        return tuple(_plain(item) for item in value)
    return value


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
        ("RLIMIT_CPU", int(RENDER_SECONDS) + 1),
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(_child_main())
