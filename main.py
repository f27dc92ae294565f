"""Development launcher: ``python main.py`` equals ``kopdes`` (opens the GUI)."""

import sys

from kopdes_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
