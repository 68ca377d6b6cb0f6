"""The bundle's program: the ``arbitration-desk`` command, or one of the desk's child processes.

A frozen program cannot run ``python -m``: the desk starts its children (the evidence decoders,
the sync worker) as ``<bundle>/arbitration-desk <flag> …`` instead (``arbitration_desk/children.py``),
and this entry point sends that to the child's own ``main``, without importing the rest of the desk.
"""

import importlib
import sys

from arbitration_desk.children import CHILDREN

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in CHILDREN:
        child = importlib.import_module(CHILDREN[sys.argv[1]])
        sys.exit(child.main(sys.argv[2:]))
    from arbitration_desk.cli import main

    sys.exit(main())
