"""``python -m healthcentre`` and the entry of the packaged programs (see build.spec)."""

from healthcentre.cli import main

if __name__ == "__main__":
    main(prog_name="healthcentre")
