"""`python -m tacitus.cli` runs the command line."""

from tacitus.cli import main

main()
