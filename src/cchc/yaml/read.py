"""`read_yaml_file`: a path → `load_yaml` on its bytes, refusing what is not a readable regular
file of sane size before a byte of it is read."""

from __future__ import annotations

import os
import stat

from cchc.i18n import Message, msg
from cchc.yaml.document import YamlDocument
from cchc.yaml.limits import MAX_FILE_BYTES
from cchc.yaml.load import load_yaml, too_large_problem
from cchc.yaml.problem import YamlProblem

# O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. O_BINARY: Windows.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def read_yaml_file(path: str | os.PathLike[str]) -> tuple[YamlDocument | None, list[YamlProblem]]:
    """:func:`load_yaml` on a file, refusing what is not a readable regular file of sane size.

    The file is opened without blocking and checked with ``fstat`` on that descriptor before a byte
    is read, so a huge file is refused unread and a FIFO or device named ``*.yaml`` can neither block
    nor flood the run. Four system calls a file, no Python file object: this is the hot path of a
    10,000-file dataset. Never raises for a bad path.
    """
    try:
        handle = os.open(path, _OPEN_FLAGS)
        try:
            info = os.fstat(handle)
            if stat.S_ISDIR(info.st_mode):
                return None, [_not_a_file(msg("yaml.not-a-file.directory"))]
            if not stat.S_ISREG(info.st_mode):
                return None, [_not_a_file(msg("yaml.not-a-file.special"))]
            if info.st_size > MAX_FILE_BYTES:
                return None, [too_large_problem(info.st_size)]
            raw = read_all(handle, info.st_size)
        finally:
            os.close(handle)
    except PermissionError:
        return None, [YamlProblem(1, 1, msg("yaml.unreadable.permission"), "yaml-unreadable")]
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return None, [YamlProblem(1, 1, msg("yaml.unreadable", reason=reason), "yaml-unreadable")]
    if len(raw) > MAX_FILE_BYTES:  # it grew past the limit since fstat()
        return None, [too_large_problem(len(raw))]
    return load_yaml(raw)


def _not_a_file(message: Message) -> YamlProblem:
    return YamlProblem(1, 1, message, "yaml-not-a-file")


def read_all(handle: int, size: int) -> bytes:
    """The bytes of an open regular file that fstat() found ``size`` bytes long.

    One read asks for one byte more than that: getting exactly ``size`` bytes is the whole file. A
    file that changed meanwhile is read on to its end, but never past the size limit."""
    data = os.read(handle, size + 1)
    if len(data) == size:
        return data
    chunks = [data]
    total = len(data)
    while total <= MAX_FILE_BYTES:
        chunk = os.read(handle, MAX_FILE_BYTES + 1 - total)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)
