"""The command line: Typer commands that parse options, call one core function and print.

`main()` is the one exit-code funnel: 0 success, 1 invalid data or a requested failure condition,
2 usage error or no dataset, 3 an unexpected error (one line; `--debug` shows the traceback),
130 on Ctrl-C. Each command lives in its own module and registers itself on `app`.
"""

import errno
import gc
import os
import sys
import traceback
from collections.abc import Sequence
from typing import Annotated

import typer

from cchc import __version__

# Importing the command modules registers their commands on `app`.
from cchc.cli import calendar as _calendar  # noqa: F401
from cchc.cli import diff as _diff  # noqa: F401
from cchc.cli import init as _init  # noqa: F401
from cchc.cli import query as _query  # noqa: F401
from cchc.cli import record as _record  # noqa: F401
from cchc.cli import report as _report  # noqa: F401
from cchc.cli import schema as _schema  # noqa: F401
from cchc.cli import submissions as _submissions  # noqa: F401
from cchc.cli import tasklist as _tasklist  # noqa: F401
from cchc.cli import validate as _validate  # noqa: F401
from cchc.cli.common import LangOption, app, lang_from_argv, say_error
from cchc.cli.helptext import apply_language, command_names, option
from cchc.errors import UserError
from cchc.i18n import t

__all__ = ["app", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns its exit code."""
    # A command's objects mostly live until it ends, so the cyclic garbage collector would only
    # rescan them (building the models sets it off hundreds of times). The `cchc` program pauses it
    # for the whole process, imports included (`cchc.program`); here it is paused for a program
    # that calls main() itself, and restored after: tests call main() many times in one process.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv)
    finally:
        if collecting:
            gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args or os.environ.get("CCHC_DEBUG") == "1"
    args = [a for a in args if a != "--debug"]
    lang = lang_from_argv(args)
    apply_language(app, lang)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    try:
        result = app(args=args, prog_name="cchc", standalone_mode=False)
        sys.stdout.flush()
    except UserError as error:
        say_error(error.text(lang))
        return error.code
    except typer.Exit as stop:
        return stop.exit_code
    except typer.Abort:
        return 130
    except typer.TyperException as error:
        # Typer's own usage errors (unknown option, bad value) carry exit code 2.
        if type(error).__name__ == "NoArgsIsHelpError":
            sys.stdout.write(error.format_message() + "\n")
            return 0
        if error.exit_code == 2:
            ctx = getattr(error, "ctx", None)
            command = ctx.command_path if ctx is not None else "cchc"
            say_error(t("cli.usage", lang, message=error.format_message(), command=command))
            return 2
        say_error(error.format_message())
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the funnel: nothing escapes as a traceback
        if isinstance(error, OSError) and _output_failed(error):
            say_error(t("cli.output-failed", lang, reason=error.strerror))
            return 2
        if debug:
            traceback.print_exc()
        else:
            say_error(t("cli.internal", lang, kind=type(error).__name__, error=error))
        return 3
    return int(result) if isinstance(result, int) else 0


# What a full disk, a quota or a vanished device says when the output cannot be written. (A closed
# pipe, `cchc overdue | head -1`, is Click's: it exits 1 without a word, as a pipeline expects.)
_OUTPUT_ERRNOS = frozenset(
    code
    for name in ("ENOSPC", "EDQUOT", "EFBIG", "EIO", "ENXIO")
    if (code := getattr(errno, name, None)) is not None
)


def _output_failed(error: OSError) -> bool:
    """Whether `error` is standard output failing (`cchc export > /dev/full`): the command's own
    files fail through `cchc.writer` as `UserError`s, and an `OSError` about a file names it.
    Standard output is pointed at the null device so the exit-time flush of what is still
    buffered does not fail a second time with Python's own message."""
    if error.filename is not None or error.errno not in _OUTPUT_ERRNOS:
        return False
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # an in-memory stream (tests) has no descriptor
        pass
    return True


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"cchc {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root_options(
    ctx: typer.Context,
    version: Annotated[
        bool, option("--version", help_key="help.version", callback=_version, is_eager=True)
    ] = False,
    lang: LangOption = "vi",  # type: ignore[assignment]
) -> None:
    # `cchc --lang en overdue` means the same as `cchc overdue --lang en`: the language given before
    # the command becomes every command's default (an explicit --lang or CCHC_LANG still wins).
    ctx.default_map = {name: {"lang": str(lang)} for name in command_names(app)}
