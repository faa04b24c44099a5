"""Accounts, roles and login on the real receiver in a subprocess: pages need a login session, JSON and CSV
answer 401 without one, the laptops' tokens and the pages' cookies never stand in for each other, wrong
passwords lock an account, forms need their CSRF token, admins need a TOTP code, coordinators see only their
own municipality's site pages, the public setting opens only the pages it names, and logins and exports are
audited."""

from __future__ import annotations

import httpx
from click.testing import CliRunner
import pyotp
import pytest
from receiver_process import PASSWORD, Receiver, login_csrf, post_login
from submissions import document
from test_receiver_e2e import BAND, SITE, post, submission

from healthcentre.receiver import account_store, accounts
from healthcentre.receiver.cli import county

OTHER_SITE = "HC-ANEBY"


@pytest.fixture(scope="module")
def receiver(tmp_path_factory):
    server = Receiver(tmp_path_factory.mktemp("county")).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def token(receiver):
    """The laptop token of SITE (Jönköping, 0680), with one submission sent; OTHER_SITE is in Aneby."""
    code = receiver.add_site(SITE)
    receiver.add_site(OTHER_SITE, municipality="0604")
    laptop_token = httpx.post(receiver.url + "/api/v1/enrol", json={"code": code}).json()["token"]
    seven = document(site_code=SITE, municipality_code="0680", period="2026-02", inner={
        "DELTAGARE_ALDER_KON": {(BAND, "kvinna"): 7}, "DELTAGARE_MALGRUPP": {("ALDRE",): 7},
        "BESOK": {("KURS", "REG"): 7}, "TILLFALLEN": {("KURS", "ALDRE"): 1}, "AKTIVITETER": {("KURS", "ALDRE"): 1}})
    sent = post(receiver, seven, laptop_token)
    assert sent.json()["outcome"] == "accepted", sent.text
    return laptop_token


def audit(receiver) -> list[dict]:
    engine = receiver.engine()
    try:
        with engine.connect() as conn:
            return account_store.audit_events(conn)
    finally:
        engine.dispose()


@pytest.mark.parametrize("path", ["/oversikt", "/oversikt?period=2026", "/docs", f"/verksamhet/{SITE}"])
def test_an_anonymous_page_visit_is_sent_to_the_login_page(receiver, path):
    response = httpx.get(receiver.url + path)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=")
    assert "Logga in" in httpx.get(receiver.url + response.headers["location"]).text


@pytest.mark.parametrize("path", ["/api/v1/indicators?period=2026", "/api/v1/indicators.csv?period=2026",
                                  "/openapi.json", "/docs/assets/swagger-ui-bundle.js"])
def test_anonymous_json_and_csv_get_401_and_no_figures(receiver, token, path):
    response = httpx.get(receiver.url + path)
    assert response.status_code == 401
    assert response.json()["error"] == "login_required"
    assert "municipalities" not in response.text


def test_a_forged_session_cookie_is_not_a_login(receiver):
    response = httpx.get(receiver.url + "/oversikt", cookies={"hc_session": "forged-" + "x" * 40})
    assert response.status_code == 303


def test_an_analyst_logs_in_sees_the_overview_and_logs_out(receiver):
    receiver.add_user("anna.analys")
    browser = receiver.login("anna.analys")
    cookie = next(c for c in browser.cookies.jar if c.name == "hc_session")
    assert cookie.has_nonstandard_attr("HttpOnly") and cookie.get_nonstandard_attr("SameSite") == "lax"
    assert not cookie.secure  # plain HTTP here; over TLS the cookie is Secure
    page = browser.get("/oversikt")
    assert page.status_code == 200 and "Länsrapport" in page.text and "Logga ut" in page.text
    assert 'href="/api/v1/indicators.csv?period=' in page.text
    assert browser.get("/docs").status_code == 200
    assert browser.get("/docs/assets/swagger-ui.css").headers["content-type"].startswith("text/css")
    assert browser.get("/docs/assets/index.html").status_code == 404
    assert "/api/v1/submissions" in browser.get("/openapi.json").json()["paths"]

    csrf = login_csrf_of_page(page.text)
    assert browser.post("/logout", data={"csrf": csrf}).status_code == 303
    assert browser.get("/oversikt").status_code == 303


def login_csrf_of_page(html: str) -> str:
    import re

    return re.search(r'action="/logout">\s*<input type=hidden name=csrf value="([^"]+)"', html).group(1)


def test_a_wrong_password_is_refused_in_swedish_and_audited(receiver):
    receiver.add_user("fel.losen")
    browser = httpx.Client(base_url=receiver.url)
    response = post_login(browser, "fel.losen", "inte-det-rätta-lösenordet")
    assert response.status_code == 401
    assert "Fel användarnamn, lösenord eller engångskod." in response.text
    assert "hc_session" not in browser.cookies
    assert post_login(browser, "ingen.sadan", PASSWORD).status_code == 401
    outcomes = [(row["username"], row["outcome"]) for row in audit(receiver) if row["event"] == "login"]
    assert ("fel.losen", "wrong") in outcomes and ("ingen.sadan", "wrong") in outcomes


def test_an_account_is_locked_after_too_many_wrong_passwords_even_for_the_right_one_until_passwd(receiver):
    receiver.add_user("las.ut")
    browser = httpx.Client(base_url=receiver.url)
    answers = [post_login(browser, "las.ut", f"fel-lösenord-{n}") for n in range(accounts.MAX_FAILED_LOGINS)]
    assert [a.status_code for a in answers[:-1]] == [401] * (accounts.MAX_FAILED_LOGINS - 1)
    assert "kontot är låst" in answers[-1].text

    locked = post_login(browser, "las.ut", PASSWORD)
    assert "kontot är låst i 15 minuter" in locked.text and "hc_session" not in browser.cookies
    assert "\t-\t-\t20" in next(line for line in receiver.cli("user", "list").splitlines() if "las.ut" in line)

    receiver.cli("user", "passwd", "las.ut", input=f"{PASSWORD}\n{PASSWORD}\n")
    assert post_login(browser, "las.ut", PASSWORD).status_code == 303


def test_a_form_without_its_csrf_token_is_refused_with_403(receiver):
    receiver.add_user("csrf.prov")
    browser = httpx.Client(base_url=receiver.url)
    login_csrf(browser)
    no_token = browser.post("/login", data={"username": "csrf.prov", "password": PASSWORD})
    assert no_token.status_code == 403 and "Formuläret kunde inte kontrolleras" in no_token.text
    other = browser.post("/login", data={"csrf": "not-the-cookies", "username": "csrf.prov", "password": PASSWORD})
    assert other.status_code == 403 and "hc_session" not in browser.cookies

    logged_in = receiver.login("csrf.prov")
    assert logged_in.post("/logout", data={}).status_code == 403
    assert logged_in.post("/logout", data={"csrf": "guessed"}).status_code == 403
    assert logged_in.get("/oversikt").status_code == 200  # still logged in


def test_an_admin_needs_an_enrolled_totp_and_its_current_code(receiver):
    receiver.add_user("it.admin", role="admin")
    browser = httpx.Client(base_url=receiver.url)
    not_enrolled = post_login(browser, "it.admin", PASSWORD)
    assert "healthcentre-county user totp it.admin" in not_enrolled.text

    uri = receiver.cli("user", "totp", "it.admin").splitlines()[-1]
    assert uri.startswith("otpauth://totp/") and "secret=" in uri
    missing = post_login(browser, "it.admin", PASSWORD)
    assert missing.status_code == 401 and "fyll i den" in missing.text
    wrong = post_login(browser, "it.admin", PASSWORD, totp="000000" if pyotp.parse_uri(uri).now() != "000000"
                       else "111111")
    assert wrong.status_code == 401 and "hc_session" not in browser.cookies
    assert post_login(browser, "it.admin", PASSWORD, totp=pyotp.parse_uri(uri).now()).status_code == 303
    assert browser.get("/oversikt").status_code == 200
    assert browser.get(f"/verksamhet/{SITE}").status_code == 403  # admins manage users, not site figures


def test_a_coordinator_sees_the_county_and_their_own_sites_but_not_another_municipalitys(receiver, token):
    receiver.add_user("samordnare.jkp", role="coordinator", municipality="0680")
    browser = receiver.login("samordnare.jkp")
    assert browser.get("/oversikt?period=2026-02").status_code == 200
    assert browser.get("/api/v1/indicators", params={"period": "2026-02"}).status_code == 200
    own = browser.get(f"/verksamhet/{SITE}")
    assert own.status_code == 200 and "2026-02" in own.text and "samordnare.jkp (samordnare, Jönköping)" in own.text
    other = browser.get(f"/verksamhet/{OTHER_SITE}")
    assert other.status_code == 403 and OTHER_SITE not in other.text
    assert browser.get("/verksamhet/HC-UNKNOWN").status_code == 403  # not even whether it exists

    analyst = receiver.analyst()
    assert analyst.get(f"/verksamhet/{OTHER_SITE}").status_code == 200
    assert analyst.get("/verksamhet/HC-UNKNOWN").status_code == 404


def test_a_laptop_token_reads_no_page_and_a_cookie_submits_nothing(receiver, token):
    bearer = {"Authorization": f"Bearer {token}"}
    assert httpx.get(receiver.url + "/oversikt", headers=bearer).status_code == 303
    assert httpx.get(receiver.url + "/api/v1/indicators", params={"period": "2026"}, headers=bearer).status_code == 401
    assert httpx.get(receiver.url + "/openapi.json", headers=bearer).status_code == 401

    browser = receiver.analyst()
    refused = browser.post("/api/v1/submissions", json=submission(period="2026-04"))
    assert refused.status_code == 401 and refused.json()["error"] == "receiver_token_missing"
    assert browser.get(f"/api/v1/sites/{SITE}/status").status_code == 401


def test_the_county_csv_is_swedish_excel_csv_with_names_and_the_download_is_audited(receiver, token):
    browser = receiver.analyst()
    response = browser.get("/api/v1/indicators.csv", params={"period": "2026-02"})
    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf")
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Period;Områdeskod;Område;Tabellkod;Tabell;")
    assert "2026-02;0680;Jönköping;DELTAGARE_MALGRUPP;Unika deltagare efter målgrupp;people;ALDRE;Äldre (65+);;;;;7;0;0" \
        in lines
    exports = [row for row in audit(receiver) if row["event"] == "export"]
    assert exports[0]["username"] == "analyst" and exports[0]["detail"] == "indicators.csv 2026-02"


def test_a_successful_login_is_audited(receiver):
    receiver.add_user("revision")
    receiver.login("revision")
    assert {"event": "login", "outcome": "ok", "username": "revision"}.items() <= audit(receiver)[0].items()


def test_the_public_setting_opens_only_the_pages_it_names(tmp_path):
    server = Receiver(tmp_path / "county", options=("--public-page", "oversikt")).start()
    try:
        server.add_site(SITE)
        assert httpx.get(server.url + "/oversikt").status_code == 200
        assert httpx.get(server.url + "/api/v1/indicators", params={"period": "2026"}).status_code == 401
        assert httpx.get(server.url + "/openapi.json").status_code == 401
        assert httpx.get(server.url + f"/verksamhet/{SITE}").status_code == 303
    finally:
        server.stop()


def test_a_removed_user_is_logged_out_at_once(receiver):
    receiver.add_user("slutat")
    browser = receiver.login("slutat")
    assert browser.get("/oversikt").status_code == 200
    receiver.cli("user", "remove", "slutat")
    assert browser.get("/oversikt").status_code == 303
    assert "slutat" not in receiver.cli("user", "list")


def test_sessions_and_lock_out_hold_across_several_workers(tmp_path):
    server = Receiver(tmp_path / "county", options=("--workers", "2")).start()
    try:
        server.add_user("flera.processer")
        browser = server.login("flera.processer")
        assert {browser.get("/oversikt").status_code for _ in range(12)} == {200}
        guesser = httpx.Client(base_url=server.url)
        for n in range(accounts.MAX_FAILED_LOGINS):  # fresh connections: the workers share the guesses
            with httpx.Client(base_url=server.url) as one:
                post_login(one, "flera.processer", f"gissning-nummer-{n}")
        assert "kontot är låst" in post_login(guesser, "flera.processer", PASSWORD).text
    finally:
        server.stop()


@pytest.mark.parametrize(("arguments", "password", "message"), [
    (["--role", "boss"], PASSWORD, "Okänd roll boss"),
    (["--role", "coordinator"], PASSWORD, "En samordnare (coordinator) hör till en kommun"),
    (["--role", "analyst", "--municipality", "0680"], PASSWORD, "En samordnare (coordinator) hör till en kommun"),
    (["--role", "analyst"], "kort", "Lösenordet måste ha minst 12 tecken."),
])
def test_a_user_the_rules_refuse_is_a_swedish_message_and_nothing_is_stored(tmp_path, arguments, password, message):
    where = ["--data-dir", str(tmp_path)]
    result = CliRunner().invoke(county, ["--language", "sv", "user", "add", "ny.person", *arguments, *where],
                                input=f"{password}\n{password}\n")
    assert result.exit_code == 1 and message in result.output
    assert CliRunner().invoke(county, ["user", "list", *where]).output == ""


def test_an_unknown_public_page_is_refused_before_the_receiver_starts(tmp_path):
    result = CliRunner().invoke(county, ["serve", "--public-page", "verksamhet", "--data-dir", str(tmp_path)])
    assert result.exit_code == 2 and "not one of oversikt, indicators" in result.output


def test_over_tls_the_session_cookie_is_secure_httponly_and_samesite(tmp_path):
    from fastapi.testclient import TestClient

    from healthcentre.receiver import storage
    from healthcentre.receiver.app import ReceiverSettings, create_app

    app = create_app(ReceiverSettings(database_url=storage.database_url_for(tmp_path)))
    with app.state.engine.begin() as conn:
        accounts.add_user(conn, "tls.analys", PASSWORD, accounts.ANALYST)
    with TestClient(app, base_url="https://receiver.example", follow_redirects=False) as browser:
        answer = post_login(browser, "tls.analys", PASSWORD)
    assert answer.status_code == 303
    session = next(value for name, value in answer.headers.multi_items()
                   if name == "set-cookie" and value.startswith("hc_session="))
    assert {"Secure", "HttpOnly", "SameSite=lax"} <= {part.strip() for part in session.split(";")}
    app.state.engine.dispose()


def admin_logged_in(receiver, username: str) -> httpx.Client:
    """An admin with an enrolled TOTP, logged in with its current code."""
    receiver.add_user(username, role="admin")
    uri = receiver.cli("user", "totp", username).splitlines()[-1]
    return receiver.login(username, totp=pyotp.parse_uri(uri).now())


def csrf_of(html: str) -> str:
    import re

    return re.search(r"name=csrf value=['\"]([^'\"]+)", html).group(1)


def test_an_admin_adds_and_removes_users_on_the_admin_page_and_no_one_else_reaches_it(receiver):
    admin = admin_logged_in(receiver, "webb.admin")
    page = admin.get("/admin/anvandare")
    assert page.status_code == 200 and "webb.admin" in page.text and 'href="/admin/anvandare"' in page.text
    csrf = csrf_of(page.text)
    assert admin.post("/admin/anvandare", data={"username": "utan.csrf", "role": "analyst",
                                                "password": PASSWORD}).status_code == 403
    short = admin.post("/admin/anvandare", data={"csrf": csrf, "username": "kort.losen", "role": "analyst",
                                                 "password": "kort"})
    assert short.status_code == 422 and "Lösenordet måste ha minst 12 tecken." in short.text
    added = admin.post("/admin/anvandare", data={"csrf": csrf, "username": "ny.samordnare", "role": "coordinator",
                                                 "municipality": "0685", "password": PASSWORD}, follow_redirects=True)
    assert "ny.samordnare" in added.text and "Vetlanda" in added.text
    assert receiver.login("ny.samordnare").get("/oversikt").status_code == 200

    own = admin.post("/admin/anvandare/ta-bort", data={"csrf": csrf, "username": "webb.admin"})
    assert own.status_code == 422 and "ditt eget konto" in own.text
    admin.post("/admin/anvandare/ta-bort", data={"csrf": csrf, "username": "ny.samordnare"})
    assert "ny.samordnare" not in receiver.cli("user", "list")

    assert receiver.analyst().get("/admin/anvandare").status_code == 403
    assert receiver.analyst().post("/admin/anvandare", data={"csrf": csrf, "username": "x.y", "role": "admin",
                                                             "password": PASSWORD}).status_code == 403
    assert httpx.get(receiver.url + "/admin/anvandare").status_code == 303
