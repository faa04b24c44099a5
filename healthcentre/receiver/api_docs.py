"""The API's description (``/openapi.json``) and its Swagger page (``/docs``), for logged-in users only
(or anyone, if the county lists ``docs`` among its public pages)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse

from healthcentre.receiver import web_session

router = APIRouter(include_in_schema=False)


@router.get("/openapi.json")
def openapi_document(request: Request) -> JSONResponse:
    """The OpenAPI document of the receiver."""
    web_session.page_user(request, "docs", html=False)
    return JSONResponse(request.app.openapi())


@router.get("/docs")
def swagger_page(request: Request) -> HTMLResponse:
    """The interactive API documentation, in English like the API's description (its language stated, WCAG 3.1.1)."""
    web_session.page_user(request, "docs", html=True)
    page = get_swagger_ui_html(openapi_url="/openapi.json", title=request.app.title + " – API")
    return HTMLResponse(page.body.decode().replace("<html>", '<html lang="en">', 1))
