"""``python -m kopdes_desktop.cli`` equals the ``kopdes`` command."""

import multiprocessing
import sys

from kopdes_desktop.cli import main

if __name__ == "__main__":
    # Exports and big imports work in spawned processes (services/export_process.py,
    # services/exchange_feed.py); a frozen Windows build needs this call first there.
    multiprocessing.freeze_support()
    sys.exit(main())
