"""`python -m bot` is the `newsdesk` command."""

import sys

from .cli import main

sys.exit(main())
