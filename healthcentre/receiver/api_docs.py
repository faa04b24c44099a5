"""The API's description (``/openapi.json``) and its Swagger page (``/docs``), for logged-in users only
(or anyone, if the county lists ``docs`` among its public pages).

Swagger UI's script and style come from the ``swagger-ui-bundle-v2`` package and are served by the
receiver itself (``/docs/assets/…``): a county network often cannot reach a CDN, and the page should
load no third-party code. A few of Swagger UI's greys are darkened to meet WCAG AA contrast.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response

from healthcentre.receiver import web_session

router = APIRouter(include_in_schema=False)

ASSETS = {"swagger-ui-bundle.js": "text/javascript", "swagger-ui.css": "text/css", "favicon-32x32.png": "image/png"}
ASSET_PATH = "/docs/assets"
# Swagger UI's own colours fall below 4.5:1: version stamps, method badges, the document's link, the schemas'
# expand buttons
CONTRAST_CSS = """
.swagger-ui .info .title small { background: #4d4d4d; }
.swagger-ui .info .title small.version-stamp { background: #2e6b0f; }
.swagger-ui .info .title small pre { color: #fff; }
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #1565c0; }
.swagger-ui .opblock.opblock-post .opblock-summary-method { background: #1b6e45; }
.swagger-ui .opblock.opblock-put .opblock-summary-method { background: #8f4b00; }
.swagger-ui .opblock.opblock-delete .opblock-summary-method { background: #b71c1c; }
.swagger-ui .opblock.opblock-patch .opblock-summary-method { background: #0f6b5e; }
.swagger-ui .info .url, .swagger-ui .info a { color: #1a5fb4; }
.swagger-ui .json-schema-2020-12-expand-deep-button { color: #4d4d4d; }
"""


def _assets_dir() -> Path:
    from swagger_ui_bundle import swagger_ui_path  # the receiver extra; imported when the page is asked for

    return Path(swagger_ui_path)


@router.get("/openapi.json")
def openapi_document(request: Request) -> JSONResponse:
    """The OpenAPI document of the receiver."""
    web_session.page_user(request, "docs", html=False)
    return JSONResponse(request.app.openapi())


@router.get("/docs")
def swagger_page(request: Request) -> HTMLResponse:
    """The interactive API documentation, in English like the API's description (its language stated, WCAG 3.1.1)."""
    web_session.page_user(request, "docs", html=True)
    page = get_swagger_ui_html(openapi_url="/openapi.json", title=request.app.title + " – API",
                               swagger_js_url=f"{ASSET_PATH}/swagger-ui-bundle.js",
                               swagger_css_url=f"{ASSET_PATH}/swagger-ui.css",
                               swagger_favicon_url=f"{ASSET_PATH}/favicon-32x32.png",
                               # no deep links: they put a link inside each operation's button (WCAG 4.1.2)
                               swagger_ui_parameters={"deepLinking": False})
    html = page.body.decode().replace("<html>", '<html lang="en">', 1)
    html = html.replace("</head>", f'<link rel="stylesheet" href="{ASSET_PATH}/contrast.css">\n</head>', 1)
    return HTMLResponse(html)


@router.get(ASSET_PATH + "/contrast.css")
def contrast_css(request: Request) -> Response:
    """The colours that lift Swagger UI to WCAG AA contrast."""
    web_session.page_user(request, "docs", html=False)
    return Response(CONTRAST_CSS, media_type="text/css", headers={"Cache-Control": "max-age=86400"})


@router.get(ASSET_PATH + "/{name}")
def swagger_asset(name: str, request: Request) -> FileResponse:
    """One of Swagger UI's files (only those the page uses)."""
    web_session.page_user(request, "docs", html=False)
    if name not in ASSETS:
        raise HTTPException(status_code=404)
    return FileResponse(_assets_dir() / name, media_type=ASSETS[name], headers={"Cache-Control": "max-age=86400"})
