"""The register extract from the participant form: "Registerutdrag…" writes everything stored
about one person as JSON (machine-readable) and PDF (to hand over) into a folder the user
chooses. Both writers record the export in the audit log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def extract_paths(folder: Path, participant_id: int) -> tuple[Path, Path]:
    """The JSON and PDF files of a participant's extract in ``folder`` (named by id, not by name)."""
    stem = f"registerutdrag-{participant_id}"
    return folder / f"{stem}.json", folder / f"{stem}.pdf"


def write_extract_files(db, participant_id: int, folder: Path) -> tuple[Path, Path]:
    """Write both files of the extract into ``folder`` (the worker's job)."""
    from healthcentre.reports.register_extract_pdf import write_extract_pdf
    from healthcentre.services.register_extract import write_extract_json

    json_path, pdf_path = extract_paths(folder, participant_id)
    folder.mkdir(parents=True, exist_ok=True)
    return write_extract_json(db, participant_id, json_path), write_extract_pdf(db, participant_id, pdf_path)


def save_register_extract(window, participant_id: int, parent: QWidget | None = None,
                          folder: Path | None = None) -> None:
    """Ask for a folder (unless given) and write the participant's extract there on the worker."""
    if folder is None:
        chosen = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("RegisterExtract", "Folder for the register extract"), str(Path.home()))
        if not chosen:
            return
        folder = Path(chosen)

    def done(paths: tuple[Path, Path]) -> None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "RegisterExtract", "Register extract saved: {json} and {pdf}").format(json=paths[0], pdf=paths[1]))

    window.ops.run_with_progress(lambda db, _progress: write_extract_files(db, participant_id, folder),
                                 label=QCoreApplication.translate("RegisterExtract", "Writing the register extract…"),
                                 success=done, parent=parent)
