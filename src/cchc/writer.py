"""The one way cchc writes a file: a temporary file beside the target, flushed to disk, then renamed
over it — never through a symlink, never over a dataset record unless the caller owns that write.

Why: an interrupted or failed write must leave the old file whole (a report half-written, or a
task file truncated, is worse than none), and a dataset is untrusted input — a pull request can
commit `report.html` or `schemas/` as a symlink to anywhere, and CI then runs `cchc report -o
report.html`. So, for every write:

1. The target and every folder between the dataset root and the target (when the target lies
   inside the dataset) must not be symlinks; nor may the target be a folder, a named pipe (whose
   open would wait for a reader) or a block device. A character device (`-o /dev/null`, a
   terminal) is written to directly, as a shell's `>` would: it has no old content to keep, and
   renaming over it would replace the device.
2. Unless the caller says it owns dataset records (`update`, `measure`, `init`), a target under
   `plan/`, `tasks/`, `targets/` or `reports/` of the dataset is refused.
3. The bytes go to a new temporary file in the same folder (`.NAME.XXXX.tmp`), are flushed and
   `fsync`ed, take the old file's permission bits (or the umask's default for a new file), and the
   temporary file is renamed over the target (`os.replace`, atomic on POSIX and Windows); the
   folder is then synced where the system allows it. On any failure the temporary file is
   removed and the old file is untouched.

Failures are `UserError`s with one line for a person (exit 2: the place cannot be written).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from cchc.errors import USAGE, UserError
from cchc.i18n import msg

__all__ = ["DATASET_FOLDERS", "write_file"]

DATASET_FOLDERS = frozenset({"plan", "tasks", "targets", "reports"})
"""The folders whose files are the dataset's records: only the write commands change them."""


def _refuse(key: str, path: Path, **params: object) -> UserError:
    return UserError(msg(key, path=str(path), **params), USAGE)


def _inside(path: Path, root: Path) -> Path | None:
    """`path` relative to `root` when it lies inside it (compared without resolving links)."""
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(root))
    except ValueError:
        return None


def _check_place(path: Path, root: Path | None, owns_records: bool) -> bool:
    """Refuse a place the module docstring forbids; True when `path` is a character device
    (`-o /dev/null`), which is written to directly: it holds no old content to keep."""
    relative = _inside(path, root) if root is not None else None
    if relative is not None and root is not None:
        if relative.parts and relative.parts[0] in DATASET_FOLDERS and not owns_records:
            raise _refuse("write.dataset-file", path)
        current = Path(os.path.abspath(root))
        for part in relative.parts[:-1]:
            current = current / part
            with contextlib.suppress(FileNotFoundError):
                if stat.S_ISLNK(os.lstat(current).st_mode):
                    raise _refuse("write.symlink", current)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    except OSError as error:
        raise _refuse("write.cannot", path, reason=error.strerror or type(error).__name__) from None
    if stat.S_ISLNK(info.st_mode):
        raise _refuse("write.symlink", path)
    if stat.S_ISCHR(info.st_mode):
        return True
    if not stat.S_ISREG(info.st_mode):
        raise _refuse("write.not-a-file", path)
    return False


def _write_all(handle: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(handle, view) :]


def _write_stream(path: Path, data: bytes) -> None:
    # O_NOFOLLOW: the link check above and this open are two steps; a link put in between is
    # refused by the system instead of followed (where the system has the flag).
    flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        handle = os.open(path, flags)
        try:
            _write_all(handle, data)
        finally:
            os.close(handle)
    except OSError as error:
        raise _refuse("write.cannot", path, reason=error.strerror or type(error).__name__) from None


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_file(
    path: Path, data: bytes, *, root: Path | None = None, owns_records: bool = False
) -> None:
    """Write `data` to `path` atomically (see the module docstring). `root` is the dataset the
    write happens in (None: a path outside any dataset, e.g. a report written elsewhere)."""
    if _check_place(path, root, owns_records):
        _write_stream(path, data)
        return
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = _default_mode()
    except OSError as error:
        raise _refuse("write.cannot", path, reason=error.strerror or type(error).__name__) from None
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise _refuse("write.cannot", path, reason=error.strerror or type(error).__name__) from None
    try:
        try:
            _write_all(handle, data)
            os.fsync(handle)
        finally:
            os.close(handle)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            reason = error.strerror or type(error).__name__
            raise _refuse("write.cannot", path, reason=reason) from None
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows a folder to be synced (POSIX)."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        handle = os.open(folder, flags)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
