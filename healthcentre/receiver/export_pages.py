"""The county pages as files an analyst can hand on: ``/oversikt.xlsx`` and ``/oversikt.pdf`` (one period),
``/trender.xlsx`` and ``/trender.pdf`` (one indicator over the years). Each is built from the same data as its
page, under the page's login rules (401 without a login, unless the county made the page public), and every
download is audited like the CSV export."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import Response

from healthcentre.receiver import (
    accounts, aggregate, site_kinds, storage, target_store, trend_report, trends, web_session,
)
from healthcentre.receiver.accounts import User
from healthcentre.receiver.county_overview import CountyOverview, build
from healthcentre.receiver.county_report import write_overview
from healthcentre.contract.tables import INDICATOR_NAMES
from healthcentre.receiver.export_tables import overview_tables, trend_tables
from healthcentre.receiver.routes import _period
from healthcentre.receiver.xlsx_export import workbook_bytes

router = APIRouter()
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"


def _download(request: Request, user: User | None, what: str, data: bytes, media_type: str, name: str) -> Response:
    """The file, its download (``what``) audited for ``user`` (None: a public page)."""
    with request.app.state.engine.begin() as conn:
        accounts.audit_export(conn, user, what, client=web_session.client(request))
    return Response(data, media_type=media_type, headers={
        "Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"})


def _pdf(write) -> bytes:
    """The bytes of a PDF that ``write(path)`` lays out (reportlab writes to a file)."""
    with tempfile.TemporaryDirectory() as folder:
        return write(Path(folder) / "out.pdf").read_bytes()


def _overview(request: Request, period: str | None) -> tuple[User | None, CountyOverview, site_kinds.KindBreakdown]:
    """The user the overview page allows, and the overview of ``period`` (default: last year) by area and kind."""
    user = web_session.page_user(request, "oversikt", html=False)
    period = _period(period or f"{dt.date.today().year - 1:04d}")
    settings, engine = request.app.state.settings, request.app.state.engine
    return user, build(aggregate.indicators(engine, period, settings.threshold)), site_kinds.breakdown(
        engine, period, settings.threshold)


def trend_of(request: Request, indikator: str) -> tuple[User | None, trends.Trend]:
    """The user the trend page allows and the trend of the asked indicator; 422 for an unknown indicator."""
    user = web_session.page_user(request, "trender", html=False)
    return user, trends.build(request.app.state.engine, trends.indicator_code(indikator),
                              request.app.state.settings.threshold)


@router.get("/oversikt.xlsx", response_class=Response, responses={401: {}, 422: {}})
def overview_xlsx(request: Request, period: str | None = None) -> Response:
    """The overview of ``period`` as an Excel workbook, one sheet per table of the page (logged in)."""
    user, overview, kinds = _overview(request, period)
    data = workbook_bytes(overview_tables(overview, kinds), f"Länsrapport {overview.period}")
    return _download(request, user, f"oversikt.xlsx {overview.period}", data, XLSX,
                     f"lansrapport-{overview.period}.xlsx")


def _follow_up(request: Request, period: str):
    """For a year: the county report's closing section on the year's targets (``trend_report.follow_up``)."""
    if not re.fullmatch(r"\d{4}", period):
        return None
    engine, threshold = request.app.state.engine, request.app.state.settings.threshold
    with storage.reading(engine) as conn:
        indicators = sorted({t["indicator"] for t in target_store.list_targets(conn)})
    year_trends = [trends.build(engine, code, threshold) for code in indicators]
    return lambda width: trend_report.follow_up(int(period), year_trends, width)


@router.get("/oversikt.pdf", response_class=Response, responses={401: {}, 422: {}})
def overview_pdf(request: Request, period: str | None = None) -> Response:
    """The overview of ``period`` as the county report's PDF (logged in)."""
    user, overview, _ = _overview(request, period)
    follow_up = _follow_up(request, overview.period)
    data = _pdf(lambda out: write_overview(overview, out, follow_up))
    return _download(request, user, f"oversikt.pdf {overview.period}", data, PDF,
                     f"lansrapport-{overview.period}.pdf")


@router.get("/trender.xlsx", response_class=Response, responses={401: {}, 422: {}})
def trends_xlsx(request: Request, indikator: str = "STUDIECIRKLAR_STARTADE") -> Response:
    """The trend of one indicator as an Excel workbook: per municipality and year with the targets, per kind,
    per quarter (logged in)."""
    user, trend = trend_of(request, indikator)
    threshold = request.app.state.settings.threshold
    data = workbook_bytes(trend_tables(trend, threshold), f"Trender {INDICATOR_NAMES[trend.indicator]}")
    return _download(request, user, f"trender.xlsx {trend.indicator}", data, XLSX,
                     f"trender-{trend.indicator.lower()}.xlsx")


@router.get("/trender.pdf", response_class=Response, responses={401: {}, 422: {}})
def trends_pdf(request: Request, indikator: str = "STUDIECIRKLAR_STARTADE") -> Response:
    """The trend of one indicator as a PDF with the target line on each chart (logged in)."""
    user, trend = trend_of(request, indikator)
    data = _pdf(lambda out: trend_report.write_trend(trend, request.app.state.settings.threshold, out))
    return _download(request, user, f"trender.pdf {trend.indicator}", data, PDF,
                     f"trender-{trend.indicator.lower()}.pdf")
