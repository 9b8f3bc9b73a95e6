"""One simulated reviewer: log in, filter the list, open a claim, save a verdict with a
note and an evidence link, export; again and again until the time is up."""

import random
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import quote

from claims.loadtest.browser import Browser, Response, form_fields

LIST = "/admin/claims/claim/"
FILTERS = [
    "?status__exact=unreviewed",
    "?kind=quantity",
    "?category=money",
    "?attribution__exact=direct",
    "?q=" + quote("올트먼"),
    "?assignee=mine",
    "",
]
VERDICTS = ["verified", "false", "misleading", "unverifiable"]
STALE_MARK = "저장되지 않았습니다"  # the conflict message (ko)


@dataclass
class Save:
    reviewer: str
    claim_id: int
    marker: str
    outcome: str  # saved, stale, refused (by the review rules), error


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    timings: dict[str, list[float]] = field(default_factory=dict)
    statuses: dict[int, int] = field(default_factory=dict)
    saves: list[Save] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def record(self, kind: str, response: Response) -> Response:
        with self.lock:
            self.timings.setdefault(kind, []).append(response.seconds)
            self.statuses[response.status] = self.statuses.get(response.status, 0) + 1
            if response.status >= 500:
                self.failures.append(f"{kind} {response.url}: HTTP {response.status}")
        return response


class Reviewer(threading.Thread):
    def __init__(
        self,
        *,
        base_url: str,
        username: str,
        password: str,
        claim_ids: list[int],
        seconds: float,
        think: float,
        start: threading.Barrier,
        tally: Tally,
        seed: int,
    ):
        super().__init__(name=username, daemon=True)
        self.browser = Browser(base_url)
        self.username, self.password = username, password
        self.claim_ids, self.seconds, self.think = claim_ids, seconds, think
        self.start_together, self.tally = start, tally
        self.random = random.Random(seed)
        self.count = 0

    def pause(self) -> None:
        """A person reads a page before the next click (mean `think` seconds)."""
        if self.think:
            time.sleep(self.random.uniform(0.5, 1.5) * self.think)

    def run(self) -> None:
        try:
            self.log_in()
            # Everyone is logged in before the clock starts: the measured minutes are the
            # desk at work, not a morning's worth of password hashing at once.
            self.start_together.wait(timeout=300)
            deadline = time.monotonic() + self.seconds
            # People do not click in step: each starts a little apart.
            time.sleep(self.random.uniform(0, 2 * self.think))
            while time.monotonic() < deadline:
                self.one_round()
        except Exception as error:  # a crashed reviewer is a finding, not a silent stop
            with self.tally.lock:
                self.tally.failures.append(f"{self.username}: {type(error).__name__}: {error}")

    def log_in(self) -> None:
        page = self.tally.record("login", self.browser.get("/admin/login/?next=/admin/"))
        fields = form_fields(page.body, "login-form")
        fields.update(username=self.username, password=self.password)
        answer = self.tally.record("login", self.browser.post("/admin/login/?next=/admin/", fields))
        if answer.status != 302:
            raise RuntimeError(f"login failed with HTTP {answer.status}")

    def one_round(self) -> None:
        self.tally.record("list", self.browser.get(LIST + self.random.choice(FILTERS)))
        self.pause()
        claim_id = self.random.choice(self.claim_ids)
        url = f"{LIST}{claim_id}/change/"
        page = self.tally.record("open", self.browser.get(url))
        self.pause()
        if page.status != 200:
            return
        fields = form_fields(page.body, "claim_form")
        self.count += 1
        marker = f"lt-{self.username}-{self.count}"
        fields["status"] = self.random.choice(VERDICTS)
        fields["notes"] = (fields.get("notes", "") + f"\n부하 시험 판정 근거 {marker}").strip()
        total = int(fields.get("evidence-TOTAL_FORMS", "0"))
        empty = next((i for i in range(total) if not fields.get(f"evidence-{i}-url")), None)
        if empty is not None:
            fields[f"evidence-{empty}-url"] = f"https://example.org/evidence/{marker}"
            fields[f"evidence-{empty}-stance"] = "supports"
        answer = self.tally.record("save", self.browser.post(url, fields))
        if answer.status == 302:
            outcome = "saved"
        elif answer.status == 200 and STALE_MARK in answer.body:
            outcome = "stale"
        elif answer.status == 200 and 'class="errorlist' in answer.body:
            outcome = "refused"
        else:
            outcome = "error"
        with self.tally.lock:
            self.tally.saves.append(Save(self.username, claim_id, marker, outcome))
        self.pause()
        if self.count % 5 == 0:
            export = self.tally.record("export", self.browser.get(LIST + "export-verified/"))
            if export.status == 200 and not export.body.startswith("\ufeff"):
                with self.tally.lock:
                    self.tally.failures.append("export without the byte-order mark")
