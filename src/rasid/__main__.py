"""`python -m rasid` is the `rasid` command, for environments without the script on PATH."""
import sys

from rasid.cli import main

sys.exit(main())
