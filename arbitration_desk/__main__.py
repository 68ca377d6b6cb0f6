"""`python -m arbitration_desk` runs the same command as `arbitration-desk`."""

import sys

from arbitration_desk.cli import main

sys.exit(main())
