from imh_desktop.cli import main

raise SystemExit(main())
