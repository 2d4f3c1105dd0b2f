"""Where the loader's files come from: the folder on disk, a git revision's files, or the folder
with some files replaced (what a write command is about to write, checked before it is written).

The loader asks a `FileSource` what a path is (`kind`), what a folder holds (`entries`), whether a
link leads inside the dataset, and for a file's YAML document (`read`); it never touches the file
system itself, so the same pipeline validates every one of them.

- `DiskSource`: the files on disk. A folder scan gives each entry's kind without a system call per
  file, and a file is read by the YAML layer (open without blocking, fstat, read).
- `MemorySource`: files given as bytes (a git revision). A link in a revision is refused like a
  link that leads out of the dataset: a revision's links are not followed at all.
- `OverlaySource`: a source with some files' bytes replaced (never added or removed).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Literal, NamedTuple, Protocol

from cchc.yaml import YamlDocument, YamlProblem, load_yaml, read_yaml_file

__all__ = ["DiskSource", "FileSource", "Kind", "MemoryFile", "MemorySource", "OverlaySource"]

Kind = Literal["file", "dir", "link", "other", "missing"]
Read = tuple[YamlDocument | None, list[YamlProblem]]


class FileSource(Protocol):
    """What the loader may ask about the dataset's files; paths are relative, with '/'."""

    root: Path

    def kind(self, rel: str) -> Kind: ...

    def entries(self, folder: str) -> list[tuple[str, Kind]]: ...

    def link_inside(self, rel: str) -> bool: ...

    def read(self, rel: str) -> Read: ...

    def data(self, rel: str) -> bytes | None: ...


def _kind_of(mode: int) -> Kind:
    if stat.S_ISLNK(mode):
        return "link"
    if stat.S_ISDIR(mode):
        return "dir"
    if stat.S_ISREG(mode):
        return "file"
    return "other"


class DiskSource:
    """The dataset folder as it is on disk."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._resolved = root.resolve()
        self._prefix = f"{root}/"

    def kind(self, rel: str) -> Kind:
        try:
            return _kind_of(os.lstat(self._prefix + rel).st_mode)
        except OSError:
            return "missing"

    def entries(self, folder: str) -> list[tuple[str, Kind]]:
        found: list[tuple[str, Kind]] = []
        try:
            with os.scandir(self._prefix + folder) as scan:
                for entry in scan:
                    if entry.is_symlink():
                        kind: Kind = "link"
                    elif entry.is_dir(follow_symlinks=False):
                        kind = "dir"
                    elif entry.is_file(follow_symlinks=False):
                        kind = "file"
                    else:
                        kind = "other"
                    found.append((entry.name, kind))
        except OSError:
            return []
        return found

    def link_inside(self, rel: str) -> bool:
        """Whether a symbolic link leads to something that exists inside the dataset. A link to
        itself, in a loop, or to nothing leads nowhere."""
        try:
            return Path(self._prefix + rel).resolve(strict=True).is_relative_to(self._resolved)
        except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python before 3.13)
            return False

    def read(self, rel: str) -> Read:
        return read_yaml_file(self._prefix + rel)

    def data(self, rel: str) -> bytes | None:
        """The bytes of a regular file (for source lines and write commands), or None."""
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        try:
            handle = os.open(self._prefix + rel, flags)
            try:
                info = os.fstat(handle)
                if not stat.S_ISREG(info.st_mode):
                    return None
                chunks = []
                while chunk := os.read(handle, 1 << 20):
                    chunks.append(chunk)
                return b"".join(chunks)
            finally:
                os.close(handle)
        except OSError:
            return None


class MemoryFile(NamedTuple):
    """A file of a revision: its bytes, or for a symlink the link's target."""

    data: bytes
    link: bool = False


class MemorySource:
    """Files given as bytes, by relative path (a git revision's dataset)."""

    def __init__(self, root: Path, files: Mapping[str, MemoryFile]) -> None:
        self.root = root
        self._files = files
        folders: set[str] = set()
        for rel in files:
            parts = rel.split("/")
            folders.update("/".join(parts[:i]) for i in range(1, len(parts)))
        self._folders = folders

    def kind(self, rel: str) -> Kind:
        found = self._files.get(rel)
        if found is not None:
            return "link" if found.link else "file"
        return "dir" if rel in self._folders else "missing"

    def entries(self, folder: str) -> list[tuple[str, Kind]]:
        prefix = f"{folder}/"
        names: dict[str, Kind] = {}
        for rel in self._files:
            if rel.startswith(prefix):
                name = rel[len(prefix) :].split("/", 1)[0]
                names[name] = self.kind(prefix + name)
        return sorted(names.items())

    def link_inside(self, rel: str) -> bool:
        return False

    def read(self, rel: str) -> Read:
        found = self._files.get(rel)
        return load_yaml(found.data if found is not None else b"")

    def data(self, rel: str) -> bytes | None:
        found = self._files.get(rel)
        return None if found is None or found.link else found.data


class OverlaySource:
    """`base` with the bytes of some of its files replaced."""

    def __init__(self, base: FileSource, replaced: Mapping[str, bytes]) -> None:
        self.root = base.root
        self._base = base
        self._replaced = replaced

    def kind(self, rel: str) -> Kind:
        return "file" if rel in self._replaced else self._base.kind(rel)

    def entries(self, folder: str) -> list[tuple[str, Kind]]:
        return [
            (name, "file" if f"{folder}/{name}" in self._replaced else kind)
            for name, kind in self._base.entries(folder)
        ]

    def link_inside(self, rel: str) -> bool:
        return self._base.link_inside(rel)

    def read(self, rel: str) -> Read:
        if rel in self._replaced:
            return load_yaml(self._replaced[rel])
        return self._base.read(rel)

    def data(self, rel: str) -> bytes | None:
        return self._replaced[rel] if rel in self._replaced else self._base.data(rel)
