"""13 sites, one in each municipality, send every period of a year (12 months, 4 quarters,
the year) all at once, three times over with new versions, while the receiver is killed
with SIGKILL and started again in the middle; then old versions are replayed. At the end
the county's figures for every period, municipality and cell are exactly the sums of the
sites' latest tables, and every submission is stored once. The load figures are printed
and written to ``load-figures.json`` in the test's tmp dir."""

from __future__ import annotations

import json
import random
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import httpx
from receiver_process import Receiver

from healthcentre.receiver import storage
from healthcentre.catalogues import MUNICIPALITIES

from security.payloads import submission, year_periods

YEAR = 2025
ROUNDS = 3
SENDERS = 26
RETRY_FOR = 120.0  # seconds a sender keeps trying one submission, as the outbox would


class Sender:
    """Posts submissions like a laptop's outbox: on a dropped connection or a 429/503 it waits and
    sends the same submission again. Counts what happened."""

    def __init__(self, receiver: Receiver) -> None:
        self.receiver = receiver
        self.counts: Counter = Counter()
        self.lock = threading.Lock()
        self.http = httpx.Client(timeout=30, limits=httpx.Limits(max_connections=SENDERS))

    def count(self, what: str) -> None:
        with self.lock:
            self.counts[what] += 1

    def send(self, document: dict, token: str) -> str:
        deadline = time.monotonic() + RETRY_FOR
        body = json.dumps(document).encode()
        while True:
            self.count("requests")
            try:
                response = self.http.post(self.receiver.url + "/api/v1/submissions", content=body,
                                          headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
            except httpx.TransportError:
                self.count("connection errors")
                wait = 0.2
            else:
                if response.status_code == 200:
                    outcome = response.json()["outcome"]
                    self.count(outcome)
                    return outcome
                assert response.status_code in (429, 503), response.text
                self.count(f"HTTP {response.status_code}")
                wait = float(response.headers.get("Retry-After", "0.5"))
            assert time.monotonic() < deadline, "the receiver did not come back"
            time.sleep(wait)


def enrol_sites(receiver: Receiver) -> dict[str, tuple[str, str]]:
    """One enrolled site per municipality: {site code: (municipality code, token)}."""
    sites = {}
    for municipality, _name in MUNICIPALITIES:
        code = f"HC-{municipality}"
        enrolment = receiver.add_site(code, municipality)
        token = httpx.post(receiver.url + "/api/v1/enrol", json={"code": enrolment}).json()["token"]
        sites[code] = (municipality, token)
    return sites


def cells_of(tables: list[dict]) -> dict[tuple, float]:
    return {(table["code"], tuple(cell["key"])): cell["value"] for table in tables for cell in table["cells"]}


def check_totals(receiver: Receiver, latest: dict[tuple[str, str], dict], sites: dict) -> int:
    """Compare every cell of every municipality and of the county with the sites' latest tables;
    returns how many cells were checked."""
    checked = 0
    for period in year_periods(YEAR):
        result = receiver.analyst().get("/api/v1/indicators", params={"period": period}, timeout=30).json()
        county: Counter = Counter()
        for area in result["municipalities"]:
            [site] = [code for code, (municipality, _t) in sites.items() if municipality == area["code"]]
            expected = cells_of(latest[(site, period)]["tables"])
            county.update(expected)
            got = cells_of(area["tables"])
            assert got == expected, (period, area["code"])
            assert not any(c["withheld"] or c["partial"] for t in area["tables"] for c in t["cells"])
            checked += len(got)
        got = cells_of(result["county"]["tables"])
        assert got == dict(county) and result["county"]["sites"] == len(sites), period
        checked += len(got)
    return checked


def test_thirteen_sites_three_rounds_and_a_killed_server_leave_the_county_totals_exact(tmp_path, capsys):
    started = time.monotonic()
    receiver = Receiver(tmp_path / "county").start()
    sender = Sender(receiver)
    try:
        sites = enrol_sites(receiver)
        rng = random.Random(2025)
        rounds = [{(site, period): submission(rng, site_code=site, municipality_code=municipality, period=period,
                                              version=version, withheld=False)
                   for site, (municipality, _token) in sites.items() for period in year_periods(YEAR)}
                  for version in range(1, ROUNDS + 1)]
        restarts = 0

        def send_all(documents: list[dict], on_done=None) -> list[str]:
            def one(document):
                outcome = sender.send(document, sites[document["site_code"]][1])
                if on_done is not None:
                    on_done()
                return outcome
            with ThreadPoolExecutor(SENDERS) as pool:
                return list(pool.map(one, documents))

        for number, documents in enumerate(rounds, start=1):
            batch = list(documents.values())
            rng.shuffle(batch)
            if number == 2:  # kill the server when half of this round has been answered
                answered, halfway = Counter(), threading.Event()

                def on_done():
                    with sender.lock:
                        answered["n"] += 1
                        if answered["n"] == len(batch) // 2:
                            halfway.set()

                def restart():
                    nonlocal restarts
                    halfway.wait()
                    receiver.kill()
                    receiver.start()
                    restarts += 1

                killer = threading.Thread(target=restart)
                killer.start()
                outcomes = send_all(batch, on_done)
                killer.join()
            else:
                outcomes = send_all(batch)
            assert set(outcomes) <= {"accepted", "duplicate"}, Counter(outcomes)

        replays = [rounds[version][key] for version in (0, 1) for key in rng.sample(sorted(rounds[0]), 60)]
        replayed = send_all(replays)
        assert set(replayed) == {"duplicate"}
        stale = [{**document, "submission_id": str(uuid.UUID(int=rng.getrandbits(128), version=4))}
                 for document in rng.sample(list(rounds[0].values()), 40)]
        assert set(send_all(stale)) == {"older"}

        latest = rounds[-1]
        checked = check_totals(receiver, latest, sites)
        engine = receiver.engine()
        try:
            with engine.connect() as conn:
                stored = storage.count_submissions(conn)
                versions = {row["version"] for site in sites for row in storage.site_status(conn, site)}
        finally:
            engine.dispose()
        distinct = sum(len(documents) for documents in rounds) + len(stale)
        assert stored == distinct and versions == {ROUNDS}
        figures = {
            "sites": len(sites), "periods per site": len(year_periods(YEAR)), "rounds": ROUNDS,
            "distinct submissions": distinct, "replays": len(replays),
            "HTTP requests sent": sender.counts["requests"], "connection errors (server down)":
                sender.counts["connection errors"], "429 answers": sender.counts["HTTP 429"],
            "503 answers": sender.counts["HTTP 503"], "accepted": sender.counts["accepted"],
            "older": sender.counts["older"], "duplicate": sender.counts["duplicate"],
            "server restarts (SIGKILL)": restarts, "stored submissions": stored, "totals checked (cells)": checked,
            "elapsed s": round(time.monotonic() - started, 1),
        }
    finally:
        sender.http.close()
        receiver.stop()
    (tmp_path / "load-figures.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")
    with capsys.disabled():  # in the test output even without -s
        print("\nreceiver load figures: " + ", ".join(f"{k}: {v}" for k, v in figures.items())
              + f"\n(written to {tmp_path / 'load-figures.json'})", flush=True)
