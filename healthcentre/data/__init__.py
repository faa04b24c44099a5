"""Storage of the local register: SQLModel models, the database and its migrations."""
