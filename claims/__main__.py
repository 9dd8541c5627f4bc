"""`python -m claims`: the command-line interface."""
import sys

from claims.cli import main

sys.exit(main())
