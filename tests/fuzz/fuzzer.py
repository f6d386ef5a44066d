"""Send bad input to a page's forms, query parameters and address, and check
each answer: never a server error, and a refused POST changes no row.

Each request runs in a savepoint that is rolled back, so every example starts
from the same rows, and the client's cookies are put back after it (a fuzzed
"Log out" must not sign alice out of the rest of the run).
"""

import copy
import hashlib
import re
import zlib
from pathlib import Path
from urllib.parse import quote, urlencode

from django.db import connection, transaction
from django.urls import Resolver404, resolve
from django.utils import timezone
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from . import values
from .harvest import Field, Form, read_page

FORM_DATA = "application/x-www-form-urlencoded"
# Fields no person types into; the test client does not check them anyway.
NOT_FUZZED = {"csrfmiddlewaretoken"}

# Every query parameter a view reads, found in the views' code, so a parameter
# that no link shows is fuzzed too; "next" is the sign-in page's.
VIEWS = Path(__file__).resolve().parents[2] / "tracker" / "views"
READ_PARAMETER = re.compile(
    r"""GET\.get\(\s*["'](\w+)["']|["'](\w+)["'] (?:not )?in request\.GET"""
)
VIEW_PARAMETERS = sorted(
    {"next"}
    | {
        name
        for file in VIEWS.glob("*.py")
        for match in READ_PARAMETER.finditer(file.read_text())
        for name in match.groups()
        if name
    }
)

# The parts of an address that name a day, a week or a row.
DAY = re.compile(r"(?<=/)\d{4}-\d{2}-\d{2}(?=/)")
WEEK = re.compile(r"(?<=/)\d{4}-W\d{2}(?=/)")
ROW = re.compile(r"(?<=/)\d+(?=/)")
NAME = re.compile(r"(?<=/)[a-z]+(?:-[a-z]+)*(?=/$)")
BAD_PARTS = [
    (DAY, [*values.DATES, "2026-W48"]),
    (WEEK, [*values.WEEKS, "2026-11-25"]),
    (ROW, ["0", "99999999999999999999", "2147483648"]),
    (NAME, ["\x00", "%", "..", "a" * 300, "🦴", "' OR 1=1 --"]),
]

# Addresses whose POST succeeds with a page, not a redirect: one-click
# unsubscribe (RFC 8058) answers a mail app's POST with 200, whatever its body.
SUCCESS_IS_A_PAGE = {
    "emails/unsubscribe/<str:token>/",
    "medicines/reminders/stop/<str:token>/",
}

# App tables that a refused POST may still write to: none so far. A table of
# one-time tokens written when a form is shown (or shown again with its errors)
# would go here; sessions (django_session) are not the app's and are not checked.
UNCHECKED_TABLES: set[str] = set()

# What was fuzzed already in this process, by address shape: the menu's "Log
# out" is on every page, and a list has one "Delete" form per row.
SEEN: set[tuple] = set()


def route(url: str) -> str:
    """Return the URL pattern that answers ``url``: /medicines/7/ and
    /medicines/8/ are both "medicines/<int:pk>/"."""
    try:
        return resolve(url.split("?")[0]).route
    except Resolver404:
        return url


def is_redirect(response) -> bool:
    return response.status_code in (301, 302, 303, 307, 308)


def short(data) -> str:
    """Say what was sent, with long values cut."""
    text = repr(data)
    return re.sub(
        r"(.)\1{40,}", lambda m: f"{m.group(1) * 3}…({len(m.group(0))})", text
    )


def table_checksums() -> dict[str, str]:
    """Hash every row of the app's tables (and the users'), by table."""
    tables = [
        name
        for name in connection.introspection.table_names()
        if (name.startswith("tracker_") or name == "auth_user")
        and name not in UNCHECKED_TABLES
    ]
    sums = {}
    with connection.cursor() as cursor:
        for table in sorted(tables):
            cursor.execute(
                f"SELECT * FROM {connection.ops.quote_name(table)} ORDER BY 1"
            )
            sums[table] = hashlib.sha256(repr(cursor.fetchall()).encode()).hexdigest()
    return sums


class Fuzzer:
    """Fuzz pages as alice (``"alice"``) or a visitor (``"visitor"``).

    ``rows`` are alice's row ids and tokens by name, for the pages' addresses;
    ``others`` are bob's, by the same names: alice must never reach them.
    """

    def __init__(self, *, clients, zones, rows, others, seed, examples):
        self.clients = clients
        self.zones = zones
        self.rows = rows
        self.others = others
        self.other_ids = sorted({str(pk) for pk in others.values()})
        self.seed = seed
        self.examples = examples

    def bobs_for(self, value: str) -> list[str]:
        """Return bob's ids of the rows whose id alice has in ``value``."""
        return sorted(
            {
                str(self.others[name])
                for name, pk in self.rows.items()
                if name in self.others and str(pk) == value
            }
        )

    # --- Requests ---------------------------------------------------------------

    def send(self, who: str, method: str, url: str, data=None):
        """Send one request as ``who`` in a rolled-back savepoint; check its answer."""
        client = self.clients[who]
        cookies = copy.deepcopy(client.cookies)
        what = f"{method.upper()} {url} as {who} with {short(data)}"
        with transaction.atomic():
            before = table_checksums() if method == "post" else None
            try:
                if method == "post":
                    body = urlencode(data or {}, doseq=True)
                    response = client.post(url, body, content_type=FORM_DATA)
                else:
                    response = client.get(url, data)
            except Exception as error:
                error.add_note(f"Fuzz request: {what}")
                raise
            finally:
                client.cookies = cookies
            assert response.status_code < 500, f"{what} answered {response.status_code}"
            refused = not is_redirect(response) and not (
                response.status_code == 200 and route(url) in SUCCESS_IS_A_PAGE
            )
            if before is not None and refused:
                after = table_checksums()
                changed = [table for table in before if before[table] != after[table]]
                assert not changed, (
                    f"{what} answered {response.status_code} but changed {changed}"
                )
            transaction.set_rollback(True)
        return response

    def open(self, who: str, path: str):
        """Open a page as ``who``; return its final path, forms and parameters."""
        response = self.clients[who].get(path.format(**self.rows), follow=True)
        assert response.status_code == 200, f"{path} answered {response.status_code}"
        final = response.redirect_chain[-1][0] if response.redirect_chain else path
        final = final.format(**self.rows).split("?")[0]
        self.first_time("page", route(final), who)
        forms, parameters = read_page(final, response.content.decode())
        return final, forms, parameters

    def check_page(self, who: str, path: str) -> None:
        """Fuzz a page: its address, its query parameters and its forms; then,
        once each, the pages of alice's rows that it links to (a session's
        "Change" page, say), which tests/pages.py does not list one by one."""
        page, forms, parameters = self.open(who, path)
        self.check_address(who, page)
        for address, names in parameters.items():
            self.check_parameters(who, address, names)
        for form in forms:
            self.check_form(who, form)
        for address in parameters:
            if ROW.search(address) and self.first_time("page", route(address), who):
                linked, forms, _ = self.open(who, address)
                self.check_address(who, linked)
                for form in forms:
                    self.check_form(who, form)

    def today(self, who: str) -> str:
        """Return today's date where ``who`` lives, as a date box holds it."""
        zone = self.zones[who]
        return timezone.localdate(timezone=zone).isoformat()

    def first_time(self, *key) -> bool:
        if key in SEEN:
            return False
        SEEN.add(key)
        return True

    # --- What is fuzzed -----------------------------------------------------------

    def check_parameters(self, who: str, path: str, names: set[str]) -> None:
        """Send bad values in the query parameters that the page's links and
        forms use, and in every parameter that a view reads."""
        used, names = names, sorted(set(names) | set(VIEW_PARAMETERS))
        if not self.first_time("get", route(path), who):
            return
        for value in values.SWEEP:
            self.send(who, "get", path, dict.fromkeys(names, value))
            for name in sorted(used):
                self.send(who, "get", path, {name: value})
        strategy = st.dictionaries(
            st.sampled_from(names),
            values.values_for(Field(name="", kind="text"), self.other_ids),
        )
        self.explore(
            ("get", path, who),
            lambda data: self.send(who, "get", path, data.draw(strategy)),
            max(1, self.examples // 2),
        )

    def check_form(self, who: str, form: Form) -> None:
        """Send the form with bad values: nothing at all; a likely valid form
        (``Form.plausible``) with each sweep value in each field in turn; with
        bob's ids, and to bob's rows; then Hypothesis's mixes of bad values in
        some fields, fields left out and fields sent twice."""
        if not self.first_time(form.method, route(form.action), *form.fields, who):
            return
        method, unchanged = form.method, form.plausible(self.today(who))
        fuzzed = {n: f for n, f in form.fields.items() if n not in NOT_FUZZED}
        target = form.action if method == "post" else form.path
        self.send(who, method, target, {})
        self.send(who, method, target, unchanged)
        for name in fuzzed:
            for value in values.SWEEP:
                self.send(who, method, target, {**unchanged, name: value})
        for name, field in fuzzed.items():
            for other in {
                o for v in [field.value, *field.options] if v for o in self.bobs_for(v)
            }:
                self.send(who, method, target, {**unchanged, name: other})
        for address in self.bobs_rows(form.action):
            self.send(who, method, address, unchanged)
        if not fuzzed:
            return

        def example(data):
            sent = dict(unchanged)
            chosen = st.lists(
                st.sampled_from(sorted(fuzzed)), min_size=1, max_size=2, unique=True
            )
            for field in map(fuzzed.get, data.draw(chosen)):
                how = data.draw(st.sampled_from(["bad", "bad", "missing", "twice"]))
                if how == "missing":
                    sent.pop(field.name, None)
                    continue
                value = data.draw(values.values_for(field, self.other_ids))
                sent[field.name] = [value, value] if how == "twice" else value
            self.send(who, method, target, sent)

        self.explore((form.method, form.action, who), example, self.examples)

    def check_address(self, who: str, path: str) -> None:
        """Open the page at impossible days and weeks, bad names, and bob's rows."""
        for address in [*bad_addresses(path), *self.bobs_rows(path)]:
            self.send(who, "get", address)

    def bobs_rows(self, url: str) -> list[str]:
        """Return ``url`` with each of alice's row ids in it replaced by bob's."""
        path = url.split("?")[0]
        return [
            path[: match.start()] + other + path[match.end() :]
            for match in ROW.finditer(path)
            for other in self.bobs_for(match.group())
        ]

    # --- Hypothesis ---------------------------------------------------------------

    def explore(self, key: tuple, example, examples: int) -> None:
        """Run ``example(data)`` on Hypothesis's examples, seeded from FUZZ_SEED
        and ``key``, so that a run repeats exactly."""
        derived = zlib.crc32(repr((self.seed, key)).encode())

        @seed(derived)
        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            print_blob=True,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )
        @given(st.data())
        def run(data):
            example(data)

        try:
            run()
        except BaseException as error:
            error.add_note(
                f"Fuzz seed: FUZZ_SEED={self.seed} FUZZ_EXAMPLES={self.examples} "
                f"(Hypothesis seed {derived} for {key}): run the test again with "
                "these to repeat it."
            )
            raise


def bad_addresses(path: str) -> list[str]:
    """Return ``path`` with each day, week, row or name in it replaced by bad ones."""
    return [
        path[: match.start()] + quote(value, safe="") + path[match.end() :]
        for pattern, replacements in BAD_PARTS
        for match in pattern.finditer(path)
        for value in replacements
    ]
