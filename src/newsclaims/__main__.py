"""``python -m newsclaims``: the same as the ``newsclaims`` command."""

from .cli import main

raise SystemExit(main())
