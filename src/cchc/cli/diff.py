"""`cchc diff [BASE] [HEAD]`: what changed between two revisions of the dataset, in the plan's
terms (`cchc.changes`). BASE defaults to where HEAD left the default branch, HEAD to the working
tree; `--as-of` is the day the states are computed for (default: today).

`--check` also checks that history stayed append-only from BASE to HEAD (`cchc.history`) and
exits 1 on any rewrite, listed first in the output (and, for `md`/`json` output, also on stderr
for the CI log)."""

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
    say,
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
    check: Annotated[bool, option("--check", help_key="help.diff.check")] = False,
) -> int:
    from cchc.changes import diff_pair, read_pair, render_diff
    from cchc.console import terminal_width
    from cchc.history import check_history
    from cchc.problems import format_line

    language = str(lang)
    on = parse_as_of(as_of)
    folder = resolve_root(root)
    # Read once: the history check of `--check` takes the same two revisions' files.
    pair = read_pair(folder, base, head)
    result = diff_pair(folder, pair, on, max(on, today()))
    history = None
    if check:
        history = check_history(pair.base_files, pair.head_files, base_label=pair.base.name)
    text = render_diff(
        result, format.value, language, width=terminal_width(os.environ), history=history
    )
    sys.stdout.write(text)
    if history and format is not DiffOutput.text:
        # The summary may be going to a file ($GITHUB_STEP_SUMMARY): the CI log shows them too.
        for problem in history:
            say(format_line(problem, language))
    return 1 if any(problem.level == "error" for problem in history or ()) else 0


__all__ = ["diff"]
