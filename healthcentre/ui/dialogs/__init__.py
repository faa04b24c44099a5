"""Dialogs and editors of the main window, one module each."""
