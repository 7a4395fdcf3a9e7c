"""`python -m service` is the same as the `doorstep` command."""

from service.cli.main import main

raise SystemExit(main())
