"""The worker's log of unexpected errors names the error's type and place, never its text."""

from __future__ import annotations

import logging

from healthcentre.ui.operations import Operations


def _fail_with_a_name(_db):
    raise RuntimeError("UNIQUE constraint failed: Anna Svensson")


def test_an_unexpected_error_is_logged_without_its_text(qtbot, db, caplog):
    ops = Operations(db)
    failures = []
    with caplog.at_level(logging.ERROR, logger="healthcentre.ui.operations"):
        ops.run(_fail_with_a_name, failure=failures.append)
        qtbot.waitUntil(lambda: ops.pending == 0)
    ops.shutdown()
    assert isinstance(failures[0], RuntimeError)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "builtins.RuntimeError at test_operations_log.py:" in logged
    assert "Anna" not in logged and not any(record.exc_info for record in caplog.records)
