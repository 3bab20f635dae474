"""``python -m syncwright`` is the CLI."""

from syncwright.cli import main

main()
