"""Inline validation for forms: a service error is shown under the field it concerns.

A form wraps each input with ``errors.field(name, widget)`` (``name`` is the
service's field name, e.g. ``"display_name"``) and calls ``errors.show(exc)``
when a service raises. Nothing the user typed is touched: the form stays open
with every value as it was, the field at fault is marked and focused.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from healthcentre.errors import HealthcentreError
from healthcentre.ui.colours import error_style
from healthcentre.ui.operations import error_text


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(error_style())
    label.setAccessibleName(QCoreApplication.translate("FormErrors", "Error message"))
    label.hide()
    return label


class FormErrors:
    """The error labels of one form, keyed by the services' field names."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.general = _error_label()

    def field(self, name: str, widget: QWidget) -> QWidget:
        """``widget`` with an error line under it; add the returned box to the form."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        label = _error_label()
        layout.addWidget(widget)
        layout.addWidget(label)
        self._fields[name] = (widget, label)
        return box

    def alias(self, name: str, existing: str) -> None:
        """Show errors about ``name`` at the field already bound as ``existing``."""
        self._fields[name] = self._fields[existing]

    def clear(self) -> None:
        """Hide every error message."""
        for widget, label in self._fields.values():
            label.hide()
            widget.setAccessibleDescription("")
        self.general.hide()

    def show(self, exc: BaseException) -> None:
        """Show ``exc`` under its field (focusing it) or, if no field owns it, at the form's foot."""
        self.clear()
        text = error_text(exc)
        field = exc.field if isinstance(exc, HealthcentreError) else None
        if field in self._fields:
            widget, label = self._fields[field]
            label.setText(text)
            label.show()
            widget.setAccessibleDescription(text)
            widget.setFocus()
        else:
            self.general.setText(text)
            self.general.show()

    def message(self, name: str) -> str:
        """The error shown under field ``name`` ('' when none)."""
        _widget, label = self._fields[name]
        return label.text() if label.isVisibleTo(label.parentWidget()) else ""
