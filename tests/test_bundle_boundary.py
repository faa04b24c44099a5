"""The laptop bundle leaves the county receiver out; the desktop app must not need it."""

import subprocess
import sys
import textwrap

RECEIVER_ONLY = ("healthcentre.receiver", "fastapi", "starlette", "uvicorn")


def test_the_self_test_passes_without_the_receiver_and_its_web_stack(tmp_path):
    script = textwrap.dedent(f"""
        import importlib.abc, sys

        class Blocked(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.startswith({RECEIVER_ONLY!r}):
                    raise ImportError(f"{{name}} is not in the laptop bundle")
                return None

        sys.meta_path.insert(0, Blocked())
        sys.argv = ["healthcentre", "--self-test"]
        from healthcentre.cli import main
        main()
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                            cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK" in result.stdout
