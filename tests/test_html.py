"""Every page's HTML passes the Nu HTML checker, run once on all of them."""

import json
import shutil
import subprocess
from pathlib import Path

from django.test import Client

from tests.conftest import skip_unless_ci
from tests.pages import (
    PUBLIC_PAGES,
    ROW_LINK_PAGES,
    ROW_PAGES,
    USER_PAGES,
    alices_rows,
)
from tracker import digests

VNU_JAR = (
    Path(__file__).resolve().parents[1] / "node_modules/vnu-jar/build/dist/vnu.jar"
)

# Pages with errors on show, posted as a user would.
ERROR_STATES = [
    ("/profile/", {"birth_year": "1700", "time_zone": "Nowhere"}),
    ("/account/delete/", {"password": "wrong"}),
    ("/bones/scans/new/", {"day": "", "spine-t_score": "-9", "radius-bmd": "x"}),
    ("/bones/height/", {"day": "2099-01-01", "cm": "3"}),
]


def test_every_page_is_valid_html(alice, guidance, tmp_path):
    if not VNU_JAR.exists() or not shutil.which("java"):
        skip_unless_ci("The Nu HTML checker needs java and node_modules/vnu-jar")

    pages = {}
    visitor = Client()
    for path in PUBLIC_PAGES:
        pages[f"public {path}"] = visitor.get(path, follow=True)
    member = Client()
    member.force_login(alice)
    for path in USER_PAGES:
        pages[f"user {path}"] = member.get(path, follow=True)
    rows = alices_rows(alice)
    for path in ROW_PAGES:
        pages[f"row {path}"] = member.get(path.format(**rows))
    for path in ROW_LINK_PAGES:
        pages[f"link {path}"] = visitor.get(path.format(**rows))
    for path, data in ERROR_STATES:
        pages[f"error {path}"] = member.post(path, data)
    # InputHygieneMiddleware's page, for a control character in the address.
    pages["bad request"] = member.get("/exercise/log/", {"type": "\x00"})
    unsubscribe = f"/emails/unsubscribe/{digests.unsubscribe_token(alice)}/"
    pages["unsubscribe"] = visitor.get(unsubscribe)
    pages["unsubscribed"] = visitor.post(unsubscribe)

    files = {}
    for number, (name, response) in enumerate(pages.items()):
        assert response.status_code == (400 if name == "bad request" else 200), name
        # A page that sent the visitor to log in would check the login page.
        chain = getattr(response, "redirect_chain", [])
        assert not any(url.startswith("/accounts/login/") for url, _ in chain), name
        file = tmp_path / f"page{number}.html"
        file.write_bytes(response.content)
        files[f"file:{file}"] = name
    # A known-bad page proves the checker really read the files.
    canary = tmp_path / "canary.html"
    canary.write_text(
        '<!doctype html><html lang="en"><title>x</title><p><div></div></p>'
    )

    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--errors-only"]
        + [str(tmp_path / f"page{n}.html") for n in range(len(pages))]
        + [str(canary)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr)["messages"]
    assert any(m.get("url") == f"file:{canary}" for m in messages), (
        "vnu checked nothing"
    )
    problems = [
        f"{files[m['url']]}: line {m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("url") != f"file:{canary}"
    ]
    assert problems == []
