from bpfsmt.cli import main

raise SystemExit(main())
