"""`python -I -m cchc.templating`: the child process that renders a dataset's own templates."""

import sys

from cchc.templating.child import _child_main

if __name__ == "__main__":  # pragma: no cover - runs in the child
    sys.exit(_child_main())
