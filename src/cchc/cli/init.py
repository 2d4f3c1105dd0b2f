"""`cchc init DIR`: scaffold a new, empty, valid plan dataset."""

from pathlib import Path
from typing import Annotated

from cchc.cli.common import LangOption, app, say
from cchc.cli.helptext import argument, option
from cchc.errors import USAGE, UserError
from cchc.i18n import msg, t


@app.command()
def init(
    directory: Annotated[
        Path, argument(metavar="DIR", help_key="help.init.dir", show_default=False)
    ],
    province: Annotated[str | None, option("--province", help_key="help.init.province")] = None,
    lang: LangOption = "vi",  # type: ignore[assignment]
) -> int:
    from cchc.scaffolding import scaffold

    language = str(lang)
    try:
        written = scaffold(directory, province)
    except OSError as error:
        raise UserError(
            msg("cli.cannot-create", path=directory, reason=error.strerror), USAGE
        ) from None
    for relative in written:
        say(f"  {relative}")
    say(t("cli.created", language, path=directory, count=len(written)))
    return 0
