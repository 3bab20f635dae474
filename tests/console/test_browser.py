"""The console in a real headless Chromium (Debian's ``chromium`` driven by Playwright).

A marketing-ops person signs in and watches a HubSpot -> Salesforce sync (the sandbox's
simulators, the real CLI in a subprocess) stop in needs attention: Salesforce is down
(503) and some contacts were quarantined for invalid emails. The outage ends; from the
Syncs page they fix one rejected record inline and retry the failed records, which
resumes the job, and watch it complete: at most 3 clicks plus typing the value. Every
page is screenshotted into the test's tmp dir. Nothing downloads a browser.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from syncwright.sandbox import Sandbox
from syncwright.store import open_store
from tests.console.conftest import PASSWORD, add_users, serve
from tests.e2e.conftest import TOKEN_ENVS, connection, write_job
from tests.helpers import lead_mapping

pytestmark = pytest.mark.slow

CHROMIUM = os.environ.get("SYNCWRIGHT_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
UPSERT = "PATCH /services/data/v60.0/composite/sobjects/*"
MAPPING = lead_mapping(validate=[{"field": "Email", "format": "email"}])


def _need_browser() -> None:
    reason = None
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        reason = f"no chromium at {CHROMIUM} (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "the playwright package is not installed (pip install -e '.[dev]')"
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI is set: the browser tests must run, not skip")
    pytest.skip(reason)


@pytest.fixture
def browser_page() -> Iterator[Any]:
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.set_default_timeout(20_000)
            yield page
        finally:
            browser.close()


class Clicks:
    """Counts the clicks a person makes (typing is not a click)."""

    def __init__(self, page: Any) -> None:
        self.page, self.n = page, 0

    def click(self, selector: str) -> None:
        self.n += 1
        self.page.click(selector)


def test_fix_retry_and_complete_in_three_clicks(
    browser_page: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = browser_page
    shots = tmp_path / "screenshots"
    shots.mkdir()
    with Sandbox(no_limits=True, platforms=("hubspot", "salesforce")) as sb:
        hs, sf = sb.admin("hubspot"), sb.admin("salesforce")
        sb.reset()
        sf.reset()
        dirty = hs.seed(300, seed=7, invalid_email_ratio=0.05)["dirty"]["invalid_email"]
        assert dirty
        sf.set_faults([{"match": UPSERT, "kind": "error", "status": 503}], seed=1)
        env = dict(os.environ)
        for platform in ("hubspot", "salesforce"):
            var, key = TOKEN_ENVS[platform]
            env[var] = sb.credentials(platform)[key]
            monkeypatch.setenv(var, env[var])  # the console runs what it resumes
        job = write_job(
            tmp_path / "job",
            name="hubspot-to-salesforce",
            source=("hs", "contacts"),
            destination=("sf", "Lead"),
            mapping=MAPPING,
            connections={"hs": connection(sb, "hubspot"), "sf": connection(sb, "salesforce")},
            batch_size=100,
            max_rejected_ratio=0.2,
            retry={"max_attempts": 3, "base_seconds": 0.05, "cap_seconds": 0.2,
                   "wait_in_process_seconds": 1},
        )  # fmt: skip
        location = str(tmp_path / "store.db")
        store = open_store(location)
        add_users(store)
        env["SYNCWRIGHT_STORE"] = location
        for base in serve(_app(location)):
            page.goto(base + "/login")
            page.screenshot(path=str(shots / "login.png"))
            page.fill("#name", "operator")
            page.fill("#password", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_selector("h1:has-text('Syncs')")

            # The sync runs in another process; the Syncs page shows it without a reload.
            run = subprocess.run(
                [sys.executable, "-m", "syncwright", "run", str(job), "--json"],
                env=env, capture_output=True, text=True, timeout=120,
            )  # fmt: skip
            assert run.returncode == 3, run.stderr  # needs attention
            attention = "tr[data-state=needs_attention] a.health-needs_attention"
            page.wait_for_selector(attention, timeout=30_000)
            assert "The service is temporarily" in page.inner_text("tbody#jobs")  # verbatim
            page.screenshot(path=str(shots / "syncs.png"), full_page=True)

            sf.set_faults([], seed=1)  # the outage ends
            clicks = Clicks(page)
            clicks.click(attention)  # 1: to the job's failures, grouped by reason
            page.wait_for_selector("h2:has-text('By reason')")
            page.screenshot(path=str(shots / "failures.png"), full_page=True)
            row = page.locator("table.records tr[data-record]").first
            key = row.get_attribute("data-record")
            assert key in dirty
            row.locator("input[name=value]").fill("fixed.person@example.com")
            clicks.n += 1  # 2: Save fix
            row.locator("button[data-action=fix]").click()
            page.wait_for_selector(".flash:has-text('fixed')")
            assert "Email=fixed.person@example.com" in page.inner_text(f"tr[data-record='{key}']")
            clicks.click("button[data-action=retry]")  # 3: retry failed and resume
            page.wait_for_selector("b.state[data-state=completed]", timeout=60_000)
            assert clicks.n <= 3
            page.screenshot(path=str(shots / "sync.png"), full_page=True)

            leads = {r["Email"] for r in sf.records("Lead")}
            assert "fixed.person@example.com" in leads
            assert len(leads) == 300 - len(dirty) + 1

            # The fix and the retry are events carrying who did them.
            actors = {
                r[0]
                for r in store.query(
                    "SELECT json_extract(metadata, '$.actor') FROM events WHERE type IN "
                    "('record_fixed', 'retry_requested')"
                )
            }
            assert actors == {"console:operator"}

            # Every other page, for the record.
            page.goto(f"{base}/jobs/{_job_id(store)}/failures?q={key}")
            page.click(f"a[href='/jobs/{_job_id(store)}/records/{key}']")
            page.wait_for_selector("h2:has-text('Lineage')")
            assert "fixed" in page.inner_text("table")
            page.screenshot(path=str(shots / "record.png"), full_page=True)
            for name, path in (("mappings", "/mappings"), ("webhooks", "/webhooks"),
                               ("limits", "/limits")):  # fmt: skip
                page.goto(base + path)
                page.screenshot(path=str(shots / f"{name}.png"), full_page=True)
            assert page.locator("meter").count() >= 1  # Salesforce's limits, a bar each
        store.close()
    assert len(list(shots.glob("*.png"))) == 8


def _app(location: str) -> Any:
    from syncwright.console.app import create_app

    return create_app(location)


def _job_id(store: Any) -> str:
    return str(store.query("SELECT job_id FROM jobs")[0][0])


def test_draft_edit_approve_a_mapping(browser_page: Any, tmp_path: Path) -> None:
    """Type a sentence, see the drafted mapping and its preview side by side, correct a
    field by hand, save, approve, and see it in the history."""
    page = browser_page
    location = str(tmp_path / "store.db")
    store = open_store(location)
    add_users(store)
    samples = [
        '{"email": "ann@example.com", "firstname": "Ann", "lastname": "Lee"}',
        '{"email": "bob@example.com", "firstname": "Bob", "hs_analytics_source": "ADS"}',
    ]
    for base in serve(_app(location)):
        page.goto(base + "/login?next=/mappings")
        page.fill("#name", "admin")
        page.fill("#password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_selector("h2:has-text('Draft a mapping from plain text')")
        page.fill(
            "#text",
            "Map email, first and last name. "
            "Set lead source to 'Web' if the original source is empty.",
        )
        page.fill("#from", "hubspot.contacts")
        page.fill("#to", "salesforce.Lead")
        page.fill("#name", "contacts-to-leads")
        page.fill("#samples", "\n".join(samples))
        page.click("button[data-action=draft]")
        page.wait_for_selector("h2:has-text('Preview on the samples')")
        assert page.locator("table.fields tr[data-field=LeadSource]").count() == 1
        first = page.inner_text("table.preview tr[data-sample='0']")
        assert "ann@example.com" in first and '"LeadSource":"Web"' in first.replace(" ", "")
        page.screenshot(path=str(tmp_path / "mapping-draft.png"), full_page=True)

        drafted = page.input_value("#mapping")
        assert "default: Web\n" in drafted
        page.fill("#mapping", drafted.replace("default: Web\n", "default: Website\n"))
        page.click("button[data-action=preview-edit]")
        page.wait_for_selector("h2:has-text('Preview on the samples')")
        first = page.inner_text("table.preview tr[data-sample='0']").replace(" ", "")
        assert '"LeadSource":"Website"' in first  # the correction, previewed
        second = page.inner_text("table.preview tr[data-sample='1']").replace(" ", "")
        assert '"LeadSource":"ADS"' in second and "ok" in second

        page.click("button[data-action=save]")
        page.wait_for_selector(".flash:has-text('saved version 1')")
        assert "default: Website" in page.inner_text("#latest-yaml")
        page.click("tr[data-version='1'] button[data-action=approve]")
        page.wait_for_selector(".flash:has-text('approved version 1')")
        row = page.inner_text("tr[data-version='1']")
        assert "approved" in row and "console:admin" in row
        page.screenshot(path=str(tmp_path / "mapping-history.png"), full_page=True)
    history = store.read_stream("mapping-contacts-to-leads")
    assert [(e.type, e.metadata["actor"]) for e in history] == [
        ("mapping_version_drafted", "console:admin"),
        ("mapping_version_approved", "console:admin"),
    ]
    store.close()
