"""The bundle's program: the ``arbitration-desk`` command, or the evidence decoder process.

A frozen program cannot run ``python -m``: the desk starts its decoder process as
``<bundle>/arbitration-desk --decode-worker …`` instead (``gui/evidence/decoder.py``), and this
entry point sends that to the decoder's own ``main``, without importing the rest of the desk.
"""

import sys

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--decode-worker":
        from arbitration_desk.gui.evidence.decode_worker import main as decode_worker

        sys.exit(decode_worker(sys.argv[2:]))
    from arbitration_desk.cli import main

    sys.exit(main())
