"""Entry point of the frozen app (PyInstaller needs a script, not a package)."""

import sys

from huddle.start import main

if __name__ == "__main__":
    sys.exit(main())
