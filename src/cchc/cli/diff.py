"""`cchc diff [BASE] [HEAD]`: what changed between two revisions of the dataset, in the plan's
terms (`cchc.changes`). BASE defaults to where HEAD left the default branch, HEAD to the working
tree; `--as-of` is the day the states are computed for (default: today)."""

import os
import sys
from enum import StrEnum
from typing import Annotated

from cchc.cli.common import (
    LangOption,
    RootOption,
    app,
    parse_as_of,
    resolve_root,
    today,
)
from cchc.cli.helptext import argument, option


class DiffOutput(StrEnum):
    text = "text"
    md = "md"
    json = "json"


@app.command()
def diff(
    base: Annotated[
        str | None, argument(help_key="help.diff.base", metavar="BASE", show_default=False)
    ] = None,
    head: Annotated[
        str | None, argument(help_key="help.diff.head", metavar="HEAD", show_default=False)
    ] = None,
    root: RootOption = None,
    as_of: Annotated[
        str | None, option("--as-of", help_key="help.diff.as-of", show_default=False)
    ] = None,
    format: Annotated[
        DiffOutput, option("--format", help_key="help.diff.format")
    ] = DiffOutput.text,
    lang: LangOption = "vi",  # type: ignore[assignment]
) -> int:
    from cchc.changes import diff_pair, read_pair, render_diff
    from cchc.console import terminal_width

    language = str(lang)
    on = parse_as_of(as_of)
    folder = resolve_root(root)
    # Read once: the history check of `--check` takes the same two revisions' files.
    pair = read_pair(folder, base, head)
    result = diff_pair(folder, pair, on, max(on, today()))
    text = render_diff(result, format.value, language, width=terminal_width(os.environ))
    sys.stdout.write(text)
    return 0


__all__ = ["diff"]
