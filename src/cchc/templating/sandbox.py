"""Rendering in Jinja's immutable sandbox, with the numbers a template may use bounded; the work
of the child process for a dataset's own templates, and of this process for the packaged ones."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from cchc.templating.sources import (
    MAX_NUMBER,
    MAX_OUTPUT_CHARS,
    TEMPLATE_DIR,
    TemplateFailure,
    TemplateSource,
    _failure,
    resolve,
)

_UNDEFINED = re.compile(r"has no attribute '([^']+)'|'([^']+)' is undefined")


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
