"""The county pages as files an analyst can hand on: ``/oversikt.xlsx`` and ``/oversikt.pdf`` (one period),
``/trender.xlsx`` and ``/trender.pdf`` (one indicator over the years). Each is built from the same data as its
page, under the page's login rules (401 without a login, unless the county made the page public), and every
download is audited like the CSV export."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import Response

from healthcentre.receiver import accounts, aggregate, site_kinds, trends, web_session
from healthcentre.receiver.county_overview import build
from healthcentre.receiver.county_report import write_overview
from healthcentre.receiver.export_tables import LABELS, overview_tables, trend_tables
from healthcentre.receiver.intake import Rejected
from healthcentre.receiver.routes import _period
from healthcentre.receiver.trend_report import write_trend
from healthcentre.receiver.xlsx_export import workbook_bytes

router = APIRouter()
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"


def _download(request: Request, page: str, what: str, data: bytes, media_type: str, name: str) -> Response:
    """The file, its download audited as ``page`` for the logged-in user."""
    user = web_session.current_user(request)
    with request.app.state.engine.begin() as conn:
        accounts.audit_export(conn, user, what, client=web_session.client(request))
    return Response(data, media_type=media_type, headers={
        "Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"})


def _pdf(write) -> bytes:
    """The bytes of a PDF that ``write(path)`` lays out (reportlab writes to a file)."""
    with tempfile.TemporaryDirectory() as folder:
        return write(Path(folder) / "out.pdf").read_bytes()


def _overview(request: Request, period: str | None):
    web_session.page_user(request, "oversikt", html=False)
    period = _period(period or f"{dt.date.today().year - 1:04d}")
    settings, engine = request.app.state.settings, request.app.state.engine
    return build(aggregate.indicators(engine, period, settings.threshold)), site_kinds.breakdown(
        engine, period, settings.threshold)


def trend_of(request: Request, indikator: str) -> trends.Trend:
    """The trend of the asked indicator for a user the trend page allows; 422 for an unknown indicator."""
    web_session.page_user(request, "trender", html=False)
    code = indikator.strip().upper()
    if code not in LABELS:
        raise Rejected(422, "target_indicator_unknown", indicator=indikator[:40], codes=", ".join(LABELS))
    return trends.build(request.app.state.engine, code, request.app.state.settings.threshold)


@router.get("/oversikt.xlsx", response_class=Response, responses={401: {}, 422: {}})
def overview_xlsx(request: Request, period: str | None = None) -> Response:
    """The overview of ``period`` as an Excel workbook, one sheet per table of the page (logged in)."""
    overview, kinds = _overview(request, period)
    data = workbook_bytes(overview_tables(overview, kinds), f"Länsrapport {overview.period}")
    return _download(request, "oversikt.xlsx", f"oversikt.xlsx {overview.period}", data, XLSX,
                     f"lansrapport-{overview.period}.xlsx")


@router.get("/oversikt.pdf", response_class=Response, responses={401: {}, 422: {}})
def overview_pdf(request: Request, period: str | None = None) -> Response:
    """The overview of ``period`` as the county report's PDF (logged in)."""
    overview, _ = _overview(request, period)
    data = _pdf(lambda out: write_overview(overview, out))
    return _download(request, "oversikt.pdf", f"oversikt.pdf {overview.period}", data, PDF,
                     f"lansrapport-{overview.period}.pdf")


@router.get("/trender.xlsx", response_class=Response, responses={401: {}, 422: {}})
def trends_xlsx(request: Request, indikator: str = "STUDIECIRKLAR_STARTADE") -> Response:
    """The trend of one indicator as an Excel workbook: per municipality and year with the targets, per kind,
    per quarter (logged in)."""
    trend = trend_of(request, indikator)
    threshold = request.app.state.settings.threshold
    data = workbook_bytes(trend_tables(trend, threshold), f"Trender {LABELS[trend.indicator]}")
    return _download(request, "trender.xlsx", f"trender.xlsx {trend.indicator}", data, XLSX,
                     f"trender-{trend.indicator.lower()}.xlsx")


@router.get("/trender.pdf", response_class=Response, responses={401: {}, 422: {}})
def trends_pdf(request: Request, indikator: str = "STUDIECIRKLAR_STARTADE") -> Response:
    """The trend of one indicator as a PDF with the target line on each chart (logged in)."""
    trend = trend_of(request, indikator)
    data = _pdf(lambda out: write_trend(trend, request.app.state.settings.threshold, out))
    return _download(request, "trender.pdf", f"trender.pdf {trend.indicator}", data, PDF,
                     f"trender-{trend.indicator.lower()}.pdf")
