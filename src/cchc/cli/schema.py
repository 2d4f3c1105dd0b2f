"""`cchc schema [KIND]`: the JSON Schema of a file kind, for editors and other validators.

`cchc schema --write` writes every kind to `schemas/<kind>.json` in the dataset root (the one write
a command makes, and only when asked), for the `# yaml-language-server: $schema=../schemas/…` line
that starts each YAML file.
"""

import sys
from typing import Annotated

from cchc.cli.common import LangOption, RootOption, app, resolve_root, say
from cchc.cli.helptext import argument, option
from cchc.errors import USAGE, UserError
from cchc.i18n import msg, t

# The file kinds, spelled here so `cchc --help` need not build the pydantic models; a test keeps this
# list equal to `cchc.model.file_models()`.
KINDS = ("plan", "areas", "agencies", "events", "scales", "task", "target", "report")


@app.command()
def schema(
    kind: Annotated[
        str, argument(help_key="help.schema.kind", help_params={"kinds": ", ".join(KINDS)})
    ] = "task",
    write: Annotated[bool, option("--write", help_key="help.schema.write")] = False,
    root: RootOption = None,
    lang: LangOption = "vi",  # type: ignore[assignment]
) -> int:
    from cchc.schema import schema_json, write_schemas

    language = str(lang)
    if write:
        base = resolve_root(root)
        for path in write_schemas(base):
            say(t("cli.wrote", language, path=path.relative_to(base).as_posix()))
        return 0
    if kind not in KINDS:
        raise UserError(msg("cli.unknown-kind", kind=kind, choices=", ".join(KINDS)), USAGE)
    sys.stdout.write(schema_json(kind))
    return 0
