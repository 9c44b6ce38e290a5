"""The bundle's entry point: the `mpp` command, exactly as `python -m app.cli` runs it."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
