"""``python -m bench``: see bench/runner.py and the README's Performance section."""

import sys

from bench.runner import main

sys.exit(main())
