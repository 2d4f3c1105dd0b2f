"""The `cchc` program, as the console script and `python -m cchc` start it.

It imports nothing at module level beyond the standard library, so that it can pause the cyclic
garbage collector before the command line and its libraries are imported: importing them builds a
few hundred classes, and each burst of allocations would set the collector off to rescan every
object loaded so far (about 12 ms of a bundled-plan query on this machine, `bench/`).
"""

import gc
import sys
from typing import NoReturn

__all__ = ["run"]


def run() -> NoReturn:
    """main(), then exit with its code.

    The collector stays paused for the whole process: it is one short command whose objects mostly
    live until it exits. Before exiting, every object is moved out of the collector's sight
    (`gc.freeze`): the interpreter's final collection would otherwise walk every loaded record just
    before the process frees them all, about 0.1 s on 10,000 tasks. `cchc.cli.main` pauses it only
    for its own run, so a program that calls main() many times (the tests do) collects as usual.
    """
    gc.disable()
    from cchc.cli import main

    code = main()
    gc.freeze()
    sys.exit(code)
