from bpfsmt.solver.cli import main

raise SystemExit(main())
