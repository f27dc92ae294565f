"""Development launcher: ``python main.py`` equals ``kopdes`` (opens the GUI)."""

import multiprocessing
import sys

from kopdes_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # see kopdes_desktop/cli/__main__.py
    sys.exit(main())
