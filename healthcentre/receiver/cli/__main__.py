"""`python -m healthcentre.receiver.cli`: the county's commands, as the `healthcentre-county` entry point."""

from healthcentre.receiver.cli import main

main()
