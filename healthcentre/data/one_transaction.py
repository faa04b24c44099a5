"""Run many service calls as ONE transaction: each call gets a savepoint (so one bad row
can be caught and the others still tried), and the whole lot is committed or rolled back
at the end. Used by the import, whose preview is the real import rolled back."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlmodel import Session as DbSession

from healthcentre.data.database import Database, make_engine


class OneTransaction(Database):
    """A Database whose ``session()`` blocks are savepoints inside one outer transaction."""

    def __init__(self, db: Database) -> None:
        engine = make_engine(db.path)  # issues BEGIN itself, so a RELEASE never commits early
        super().__init__(db.path, engine)
        self.session_class = db.session_class
        self._connection = engine.connect()
        self._transaction = self._connection.begin()

    @contextlib.contextmanager
    def session(self) -> Iterator[DbSession]:
        """A savepoint: released when the block ends, rolled back alone if it raises."""
        with self.session_class(bind=self._connection, join_transaction_mode="create_savepoint",
                       expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def finish(self, *, commit: bool) -> None:
        """Commit or roll back everything done through this object, and let go of the file."""
        try:
            if commit:
                self._transaction.commit()
            else:
                self._transaction.rollback()
        finally:
            self._connection.close()
            self.engine.dispose()
