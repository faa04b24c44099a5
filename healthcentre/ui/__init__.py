"""The desktop window (PySide6): it only shows and asks; every change goes through the services."""
