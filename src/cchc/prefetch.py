"""A forked helper process that parses YAML files into plain data while this process works.

On a large dataset libyaml's composer is most of the cost of loading (about 50 µs a file), so
the loader hands part of a folder to a helper on the second core. The helper sends back, for each
file, its data if it parsed without any problem and None otherwise; the loader then validates that
data, and reads again (with positions for the messages) every file the helper could not vouch for.

The data goes back through a pipe with `marshal`, which is several times faster than `pickle` for
what YAML gives (dicts, lists, str, int, float, bool, None): on 5,000 task files, 12 ms to write
instead of 46 ms. A plain `os.fork` also spares the import of `multiprocessing` and its manager
thread. Linux only (the loader decides); anything that goes wrong in the helper (it crashed, was
killed, sent something incomplete) yields an empty list, and the loader reads those files itself.
"""

from __future__ import annotations

import gc
import marshal
import os
import signal
from collections.abc import Callable, Sequence
from typing import Any


class Prefetch:
    """Start parsing `paths` in a forked process; `collect()` returns its results, once."""

    def __init__(self, paths: Sequence[str], parse: Callable[[str], Any]) -> None:
        self.count = len(paths)
        read_end, write_end = os.pipe()
        self._pid = os.fork()
        if self._pid == 0:  # pragma: no cover - the helper; coverage does not follow forks
            os.close(read_end)
            _serve(write_end, paths, parse)
        os.close(write_end)
        self._pipe = os.fdopen(read_end, "rb")

    def collect(self) -> list[Any]:
        """The helper's results, in the order of `paths`; [] if it failed in any way."""
        try:
            payload = self._pipe.read()
        finally:
            self._pipe.close()
            _, status = os.waitpid(self._pid, 0)
        if not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0):
            return []
        try:
            results = marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            return []
        if not isinstance(results, list) or len(results) != self.count:
            return []
        return results

    def cancel(self) -> None:
        """Stop the helper (this process failed or was interrupted) and reap it."""
        self._pipe.close()
        os.kill(self._pid, signal.SIGKILL)  # not reaped yet, so the pid is still the helper's
        os.waitpid(self._pid, 0)


def _serve(
    write_end: int, paths: Sequence[str], parse: Callable[[str], Any]
) -> None:  # pragma: no cover
    """The helper's whole life: parse, send, and leave without running any of the parent's code
    (no atexit handlers, no flushing of the parent's buffered output)."""
    code = 1
    try:
        gc.disable()  # each file's nodes are freed by reference counting; see loader.load_dataset
        payload = marshal.dumps([parse(path) for path in paths])
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)
        code = 0
    except BaseException:  # whatever happened, the parent reads these files itself
        code = 1
    finally:
        os._exit(code)
