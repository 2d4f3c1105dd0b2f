"""`cchc init`: a new, empty, valid plan dataset, built from files shipped inside the package
(`cchc/scaffold/`, `cchc/templates/`), so an installed `cchc` can scaffold anywhere. The scaffold is
the one copy of the CI templates (`github-validate.yml`, `gitlab-ci.yml`) that docs/ecosystem.md tells
a dataset repository to copy: package data, so the wheel carries them without a build-time step.

The plan's placeholders validate as they are (decision 1/QĐ-UBND, period 2021-2025) and are marked
`# TODO` for the staff to replace. Dot-files are stored without their dot in the package (package
data globs skip hidden files) and renamed here.
"""

from __future__ import annotations

import json
import unicodedata
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from cchc.errors import USAGE, UserError
from cchc.i18n import msg
from cchc.schema import write_schemas
from cchc.writer import write_file

__all__ = ["DEFAULT_PROVINCE", "scaffold"]

DEFAULT_PROVINCE = "Tỉnh …"

# Package file → where it goes in the new dataset.
_RENAMED = {
    "github-validate.yml": ".github/workflows/validate.yml",
    "gitlab-ci.yml": ".gitlab-ci.yml",
    "pre-commit-config.yaml": ".pre-commit-config.yaml",
    "gitignore": ".gitignore",
}


def _walk(folder: Traversable, prefix: str = "") -> list[tuple[str, Traversable]]:
    found: list[tuple[str, Traversable]] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.startswith((".", "__")):
            continue
        relative = f"{prefix}{entry.name}"
        if entry.is_dir():
            found += _walk(entry, relative + "/")
        else:
            found.append((relative, entry))
    return found


def _quoted(text: str) -> str:
    """The inside of a YAML double-quoted scalar (JSON string escapes are valid YAML ones)."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


_UNIT_WORDS = ("tỉnh ", "thành phố ")


def province_names(name: str) -> tuple[str, str]:
    """("Phú Yên", "tỉnh Phú Yên") from either spelling: the place line of a report uses the bare
    name, the issuing body ("Ủy ban nhân dân tỉnh Phú Yên", "UBND TỈNH PHÚ YÊN") the full one. A
    centrally-run city keeps its own word: "thành phố Đà Nẵng"."""
    lowered = name.lower()
    for word in _UNIT_WORDS:
        if lowered.startswith(word):
            bare = name[len(word) :].strip()
            return bare, word + bare
    return name, f"tỉnh {name}"


def scaffold(target: Path, province: str | None = None) -> list[str]:
    """Create the dataset in `target` (which must not exist or be empty: a usage error otherwise);
    return the relative paths written, sorted."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UserError(msg("cli.not-empty", path=target), USAGE)
    name = unicodedata.normalize("NFC", (province or DEFAULT_PROVINCE).strip()) or DEFAULT_PROVINCE
    package = resources.files("cchc")
    files: dict[str, bytes] = {}
    for relative, entry in _walk(package / "scaffold"):
        data = entry.read_bytes()
        if relative == "plan/plan.yaml":
            text = data.decode("utf-8")
            bare, unit = province_names(name)
            text = text.replace("__UNIT_UPPER__", _quoted(unit.upper()))
            text = text.replace("__UNIT__", _quoted(unit))
            text = text.replace("__PROVINCE__", _quoted(bare))
            data = text.encode("utf-8")
        files[_RENAMED.get(relative, relative)] = data
    templates = package / "templates"
    if templates.is_dir():
        for relative, entry in _walk(templates):
            if relative.endswith(".j2"):
                files[f"templates/{relative}"] = entry.read_bytes()
    target.mkdir(parents=True, exist_ok=True)
    for relative, data in files.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        write_file(path, data, root=target, owns_records=True)
    written = list(files)
    written += [p.relative_to(target).as_posix() for p in write_schemas(target)]
    return sorted(written)
