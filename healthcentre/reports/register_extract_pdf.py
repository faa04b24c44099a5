"""The register extract (registerutdrag) as a PDF in Swedish, for a data-subject access request.

One page or a few: who the extract is about and from which register, the stored
fields, target groups, activities, attendances and the audit events about the
person, each section saying plainly when there is nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from healthcentre.data.database import Database
from healthcentre.reports.formatting import date_long
from healthcentre.reports.style import ReportDocument, data_table, para, styles
from healthcentre.services import audit_log
from healthcentre.services.register_extract import register_extract

GENDERS = {"woman": "kvinna", "man": "man", "other": "annat", "unknown": "uppgift saknas"}
ACTIONS = {"create": "registrerad", "update": "ändrad", "delete": "borttagen", "erase": "glömd",
           "export": "utlämnad/exporterad"}
ENTITIES = {"participant": "uppgifter om personen", "enrolment": "deltagarlista", "attendance": "närvaro",
            "register_extract": "registerutdrag"}


def _yes_no(value) -> str:
    return "uppgift saknas" if value is None else ("ja" if value else "nej")


def _day(value: str | None) -> str:
    return date_long(dt.date.fromisoformat(value[:10])) if value else "–"


def _moment(value: str | None) -> str:
    if not value:
        return "–"
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _fields(extract: dict) -> list[list[str]]:
    person = extract["participant"]
    groups = ", ".join(g["name"] for g in extract["target_groups"]) or "inga"
    return [
        ["Uppgift", "Lagrat värde"],
        ["Namn (visas bara lokalt)", person["display_name"] or "(glömd)"],
        ["Födelseår", str(person["birth_year"] or "uppgift saknas")],
        ["Kön", GENDERS.get(person["gender"], "uppgift saknas")],
        ["Hemkommun", person["municipality"] or "uppgift saknas"],
        ["Målgrupper", groups],
        ["Samtycke lämnat", _day(person["consent_date"])],
        ["Första organiserade aktivitet", _yes_no(person["first_organised_activity"])],
        ["Registrerad", _day(person["registered_on"])],
        ["Senast ändrad", f"{_moment(person['changed_at'])} av {person['changed_by']}"],
        ["Glömd (raderad)", _moment(person["erased_at"]) if person["erased_at"] else "nej"],
    ]


def _section(story: list, title: str, rows: list[list[str]], widths: list[float], empty: str, sty) -> None:
    story.append(para(title, sty["h2"]))
    if len(rows) == 1:
        story.append(para(empty, sty["prose"]))
    else:
        story.append(data_table(rows, widths, numeric_from=None))


def render_extract(extract: dict, out: Path, *, issued: dt.date | None = None) -> Path:
    """Lay out an extract made by ``register_extract`` as a PDF at ``out``."""
    sty = styles()
    site = extract["site"]["name"]
    document = ReportDocument(out, title="Registerutdrag", header_left=site, issued=issued)
    width = document.width
    story: list = [
        para("Registerutdrag", sty["title"]),
        para(f"Uppgifter som {site} har registrerat om dig i uppföljningsregistret för hälsocenter, "
             "Recovery college och mötesplatser.", sty["prose"]),
        para(f"Utdraget gjordes {_moment(extract['generated_at'])} av {extract['generated_by']}. Registret finns "
             "bara på verksamhetens dator. Till länets uppföljning skickas endast antal (inga namn, inga "
             "födelseår, ingen rad per person).", sty["small"]),
        Spacer(1, 4 * mm),
        para("Uppgifter om dig", sty["h2"]),
        data_table(_fields(extract), [0.38 * width, 0.62 * width], numeric_from=None),
    ]
    enrolments = [["Aktivitet", "Typ", "Startdatum", "På listan sedan"]] + [
        [e["title"], e["kind"].capitalize(), _day(e["start_date"]), _day(e["enrolled_at"])]
        for e in extract["enrolments"]]
    _section(story, "Aktiviteter du är anmäld till", enrolments, [0.46 * width, 0.18 * width, 0.18 * width,
                                                                  0.18 * width], "Inga.", sty)
    visits = [["Datum", "Aktivitet", "Längd"]] + [
        [_day(a["date"]), a["activity_title"], f"{a['minutes']} min"] for a in extract["attendances"]]
    _section(story, f"Närvaro ({len(extract['attendances'])} tillfällen)", visits,
             [0.25 * width, 0.6 * width, 0.15 * width], "Ingen registrerad närvaro.", sty)
    if extract["study_circles_led"]:
        led = [["Studiecirkel du leder", "Startdatum"]] + [
            [c["title"], _day(c["start_date"])] for c in extract["study_circles_led"]]
        _section(story, "Cirkelledare", led, [0.75 * width, 0.25 * width], "", sty)
    events = [["När", "Vad", "Gäller", "Av (användare)"]] + [
        [_moment(e["at"]), ACTIONS.get(e["action"], e["action"]), ENTITIES.get(e["entity"], e["entity"]),
         e["os_user"]] for e in extract["audit_events"]]
    _section(story, "Logg över ändringar", events, [0.25 * width, 0.25 * width, 0.3 * width, 0.2 * width],
             "Inga loggade händelser.", sty)
    story.append(Spacer(1, 6 * mm))
    story.append(para("Du har rätt att få felaktiga uppgifter rättade och att bli glömd (uppgifterna raderas; "
                      "antal som redan rapporterats påverkas inte). Kontakta verksamheten.", sty["small"]))
    return document.build(story)


def write_extract_pdf(db: Database, participant_id: int, path: Path, *, issued: dt.date | None = None) -> Path:
    """Write the register extract of ``participant_id`` as a PDF to ``path`` and record the export."""
    render_extract(register_extract(db, participant_id), Path(path), issued=issued)
    audit_log.record_export(db, "register_extract", "pdf", entity_id=participant_id)
    return Path(path)
