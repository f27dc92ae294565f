"""``python -m kopdes_desktop.cli`` equals the ``kopdes`` command."""

import sys

from kopdes_desktop.cli import main

sys.exit(main())
