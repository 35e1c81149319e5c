"""`python -m kb_app` opens the desktop window (the command line is `kb`)."""
import sys

from kb_app.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
