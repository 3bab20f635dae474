"""The CLI as a user runs it: twoway run, conflicts list/show/resolve, twoway explain."""

from __future__ import annotations

import json
from pathlib import Path

from syncwright.sandbox import Sandbox
from tests.helpers import cli
from tests.twoway.harness import NAME, set_env, snapshot, write_job


def test_review_queue_from_the_command_line(tmp_path: Path) -> None:
    store = tmp_path / "store.db"
    with Sandbox(("salesforce", "mailchimp"), no_limits=True) as sb:
        set_env(sb)
        sf, mc = sb.admin("salesforce"), sb.admin("mailchimp")
        sf.create("Contact", {"Email": "q@example.com", "LastName": "Q", "Title": "Acme"})
        mc.create("members", {"email_address": "q@example.com", "status": "subscribed",
                              "merge_fields": {"LNAME": "Q", "COMPANY": "Acme Inc"}})
        job = write_job(tmp_path / "job.yaml", sb)
        first = cli("twoway", "run", str(job), store=store)
        assert first.returncode == 0, first.stderr
        listed = cli("conflicts", "list", NAME, "--json", store=store)
        [conflict] = json.loads(listed.stdout)
        assert (conflict["field"], conflict["a"], conflict["b"]) == ("Title", "Acme", "Acme Inc")
        shown = cli("conflicts", "show", NAME, conflict["id"], store=store)
        assert json.loads(shown.stdout)["why"].startswith("policy 'ask'")
        missing = cli("conflicts", "show", NAME, "nope", store=store)
        assert missing.returncode == 2 and "no conflict 'nope'" in missing.stderr
        bad = cli("conflicts", "resolve", NAME, conflict["id"], "--take", "c", store=store)
        assert bad.returncode == 2 and "--take must be 'a' or 'b'" in bad.stderr
        ok = cli("conflicts", "resolve", NAME, conflict["id"], "--take", "b", store=store)
        assert ok.returncode == 0, ok.stderr
        again = cli("twoway", "run", str(job), store=store)
        assert again.returncode == 0, again.stderr
        title = snapshot(sb)["q@example.com"]["a"]["Title"]
    assert title == "Acme Inc"
    assert json.loads(cli("conflicts", "list", NAME, "--json", store=store).stdout) == []
    story = cli("twoway", "explain", NAME, "Q@example.com", store=store)
    assert story.returncode == 0, story.stderr
    assert "Title: review: policy 'ask'" in story.stdout
    assert f"conflict {conflict['id']} resolved by user:" in story.stdout
    assert "Title: B: resolved in review" in story.stdout
