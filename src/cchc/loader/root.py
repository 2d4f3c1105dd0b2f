"""Where the dataset is: `--root`, `CCHC_ROOT`, or the nearest folder upward with `plan/plan.yaml`."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from cchc.errors import USAGE, UserError
from cchc.i18n import Message, msg

__all__ = ["ENV_ROOT", "MARKER", "DatasetNotFoundError", "find_root"]

MARKER = Path("plan") / "plan.yaml"
ENV_ROOT = "CCHC_ROOT"


class DatasetNotFoundError(UserError):
    """No dataset at the given place: a usage error (exit 2) with one line for a person
    (`text(lang)`; `str()` is the Vietnamese line)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message, USAGE)

    def __str__(self) -> str:
        return self.text("vi")


def find_root(explicit: Path | None, environ: Mapping[str, str], cwd: Path) -> Path:
    """Like git finds `.git`: `--root`, else `CCHC_ROOT`, else the nearest folder upward from `cwd`
    that holds `plan/plan.yaml`."""
    chosen = (
        explicit
        if explicit is not None
        else (Path(environ[ENV_ROOT]) if environ.get(ENV_ROOT) else None)
    )
    if chosen is not None:
        root = chosen if chosen.is_absolute() else cwd / chosen
        if (root / MARKER).is_file():
            return root
        source = "--root" if explicit is not None else ENV_ROOT
        raise DatasetNotFoundError(msg("root.explicit", source=source, chosen=str(chosen)))
    for folder in (cwd, *cwd.parents):
        if (folder / MARKER).is_file():
            if not _trusted_owner(folder):
                raise DatasetNotFoundError(msg("root.untrusted", folder=str(folder)))
            return folder
    raise DatasetNotFoundError(msg("root.none"))


def _trusted_owner(folder: Path) -> bool:
    """Whether a folder found by walking upward may be used: it belongs to the user running cchc
    (or to the system). Like git's `safe.directory`: a `plan/plan.yaml` planted in a shared parent
    folder (`/tmp`) by someone else must not bring its data and templates into this user's run.
    `--root` and `CCHC_ROOT` name a folder explicitly and are not checked. Where the system has no
    owners (Windows), every folder is trusted."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return True
    try:
        owner = folder.stat().st_uid
    except OSError:
        return False
    return owner in (getuid(), 0)
