"""The import preview: which column fills which field, the first rows, every problem with its
row and column, possible duplicates with an explicit choice; nothing is written until Import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QListWidget, QMessageBox, QRadioButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from healthcentre.changes import Entity

PREVIEW_ROWS = 20
GENDERS_SV = {"woman": "kvinna", "man": "man", "other": "annat", "unknown": "uppgift saknas"}


class ImportDialog(QDialog):
    """Preview and accept one import (participants or activities) into the window's site."""

    def __init__(self, window, path: Path, *, kind: str, parent=None) -> None:
        super().__init__(parent)
        self.main, self.path, self.kind, self.plan = window, Path(path), kind, None
        self.setWindowTitle(self.tr("Import {name}").format(name=self.path.name))
        self.resize(900, 620)
        self.mapping_box = QGroupBox(self.tr("Columns"))
        self.mapping_form = QFormLayout(self.mapping_box)
        self.preview = QTableWidget()
        self.preview.verticalHeader().setVisible(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems"))
        self.skip = QRadioButton(self.tr("Skip rows that look like someone already registered"))
        self.create = QRadioButton(self.tr("Register them as new people"))
        self.skip.setChecked(True)
        self.buttons = QDialogButtonBox()
        self.check_button = self.buttons.addButton(self.tr("Check again"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.accept_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.skip)
        layout.addWidget(self.create)
        layout.addWidget(self.buttons)
        self.import_button.setEnabled(False)
        self.check()

    def _mapping(self) -> dict[str, str] | None:
        if self.plan is None:
            return None
        return {combo.property("column"): combo.currentData() or "" for combo in self.findChildren(QComboBox)}

    def check(self) -> None:
        """Read and validate the file with the current column choices (writes nothing)."""
        from healthcentre.reports.importing import plan_import

        mapping, site_id, kind, path = self._mapping(), self.main.site.id, self.kind, self.path
        self.import_button.setEnabled(False)
        self.main.ops.run_with_progress(
            lambda db, _progress: plan_import(db, path, kind=kind, site_id=site_id, mapping=mapping),
            label=self.tr("Checking the file…"), success=self.show_plan, failure=self._failed, parent=self)

    def _failed(self, error) -> None:
        message = error.message() if hasattr(error, "message") else str(error)
        QMessageBox.warning(self, self.windowTitle(), message)
        self.summary.setText(message)

    def show_plan(self, plan) -> None:
        """Show the mapping, preview rows, problems and duplicates of ``plan``."""
        from healthcentre.reports.import_fields import fields_of

        self.plan = plan
        fields = fields_of(plan.kind)
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        for header in plan.headers:
            if not header:
                continue
            combo = QComboBox()
            combo.setProperty("column", header)
            combo.addItem(self.tr("(not imported)"), "")
            for field in fields.values():
                combo.addItem(field.label_sv, field.name)
            combo.setCurrentIndex(max(0, combo.findData(plan.mapping.get(header, ""))))
            self.mapping_form.addRow(header, combo)
        shown = [f for f in fields if any(f in row.values for row in plan.rows)]
        self.preview.setColumnCount(len(shown) + 1)
        self.preview.setHorizontalHeaderLabels([self.tr("Row"), *(fields[f].label_sv for f in shown)])
        rows = plan.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self.preview.setItem(r, 0, QTableWidgetItem(str(row.number)))
            for c, field in enumerate(shown, start=1):
                self.preview.setItem(r, c, QTableWidgetItem(self.shown_value(field, row.values.get(field))))
        self.problems.clear()
        self.problems.addItems([p.message() for p in plan.problems])
        for duplicate in plan.duplicates:
            self.problems.addItem(self.tr("Row {row}: {name} ({year}) may already be registered").format(
                row=duplicate.row, name=duplicate.name, year=duplicate.birth_year or "?"))
        self.skip.setVisible(bool(plan.duplicates))
        self.create.setVisible(bool(plan.duplicates))
        if plan.problems:
            self.summary.setText(self.tr("{rows} rows, {problems} problems: fix the file (or the column choices) "
                                         "and check again. Nothing is imported while there are problems.")
                                 .format(rows=len(plan.rows), problems=len(plan.problems)))
        else:
            self.summary.setText(self.tr("{rows} rows can be imported.").format(rows=len(plan.rows)))
        self.import_button.setEnabled(plan.ok and bool(plan.rows))

    def shown_value(self, field: str, value) -> str:
        """A preview cell as the user knows it: names of municipalities, target groups, kinds and
        genders instead of their codes (the municipality code is kept beside its name)."""
        cat = self.main.catalogues
        if value is None:
            return ""
        if field == "target_groups":
            return cat.group_names(value)
        if field == "municipality_code":
            name = cat.municipality_name(value)
            return f"{name} ({value})" if name != value else value
        if field == "kind":
            return cat.kind_name(value)
        if field == "gender":
            return GENDERS_SV.get(str(value), str(value))
        return ", ".join(value) if isinstance(value, list) else str(value)

    def accept_import(self) -> None:
        """Import every row in one go (all or nothing), then close."""
        from healthcentre.reports.importing import apply_import

        plan, duplicates = self.plan, "create" if self.create.isChecked() else "skip"
        self.import_button.setEnabled(False)
        self.main.ops.run(lambda db: apply_import(db, plan, duplicates=duplicates), success=self._done,
                          failure=self._failed, parent=self)

    def _done(self, result) -> None:
        self.main.notify_changed(Entity.PARTICIPANTS if self.kind == "participants" else Entity.ACTIVITIES)
        self.main.statusBar().showMessage(self.tr("{created} imported, {skipped} skipped.").format(
            created=len(result.created_ids), skipped=len(result.skipped_rows)), 10000)
        self.accept()
