"""HubSpot OAuth apps against the sandbox's token endpoint: an access token ending
mid-sync is renewed without the job leaving `uploading`, tokens are renewed before they
expire, and an uninstalled app (refused refresh token) stops the job in `needs_attention`
with HubSpot's words."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import syncwright
from syncwright.sandbox import Sandbox

N = 400


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(["hubspot"], no_limits=True) as sb:
        yield sb


@pytest.fixture
def sb(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    sandbox.reset()
    sandbox.simulator("hubspot").oauth.restore()  # type: ignore[attr-defined]
    creds = sandbox.credentials("hubspot")
    monkeypatch.setenv("SW_HS_SECRET", creds["oauth_client_secret"])
    monkeypatch.setenv("SW_HS_REFRESH", creds["oauth_refresh_token"])
    return sandbox


def _run(sb: Sandbox, tmp_path: Path, at_batch: int | None, action: Any,
         states: list[str], **oauth: Any) -> syncwright.JobView:
    with open(tmp_path / "people.jsonl", "w") as f:
        for i in range(N):
            f.write(json.dumps({"id": i, "email": f"p{i}@example.com", "name": f"P{i}"}) + "\n")
    hs = syncwright.connection(
        "hubspot", name="hs", base_url=sb.base_url("hubspot"),
        limits={"groups": {g: {"windows": []} for g in ("default", "batch", "search")}},
        oauth={"client_id": sb.credentials("hubspot")["oauth_client_id"],
               "client_secret_env": "SW_HS_SECRET", "refresh_token_env": "SW_HS_REFRESH", **oauth},
    )
    fired: list[bool] = []

    def progress(view: syncwright.JobView) -> None:
        if at_batch is not None and view.batches_uploaded >= at_batch and not fired:
            fired.append(True)
            action()

    src = syncwright.connection("jsonl", name="people", path=tmp_path / "people.jsonl")
    return syncwright.run_sync(
        source=src.object("people"), destination=hs.object("contacts"),
        mapping=syncwright.mapping(match_key="email", rules=[
            {"copy": "email"}, {"rename": "name", "to": "firstname"}]),
        batch_size=100, store=tmp_path / "s.db", on_progress=progress,
        retry={"max_attempts": 3, "base_seconds": 0.01, "cap_seconds": 0.02},
        on_state_change=lambda before, v: states.append(v.state.value),
    )


def test_token_ending_mid_sync_is_renewed_without_leaving_uploading(
    sb: Sandbox, tmp_path: Path
) -> None:
    oauth = sb.simulator("hubspot").oauth  # type: ignore[attr-defined]
    states: list[str] = []
    view = _run(sb, tmp_path, 1, lambda: oauth.tokens.clear(), states)
    assert view.state == syncwright.JobState.COMPLETED, view.reason
    assert states[-2:] == ["uploading", "completed"]
    assert oauth.issued == 2 and view.created == N
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("s.db*"))
    assert not [t for t in oauth.issued_tokens if t.encode() in raw]


def test_tokens_are_renewed_before_they_expire(sb: Sandbox, tmp_path: Path) -> None:
    oauth = sb.simulator("hubspot").oauth  # type: ignore[attr-defined]
    oauth.expires_in = 1
    sb.admin("hubspot").set_faults([{"match": "POST /crm/v3/objects/*", "kind": "latency",
                                     "latency_ms": 300}])
    view = _run(sb, tmp_path, None, None, [], refresh_before_seconds=0.5)
    assert view.state == syncwright.JobState.COMPLETED, view.reason
    assert oauth.issued >= 2 and oauth.expired_calls == 0


def test_uninstalled_app_stops_in_needs_attention_with_hubspot_words(
    sb: Sandbox, tmp_path: Path
) -> None:
    oauth = sb.simulator("hubspot").oauth  # type: ignore[attr-defined]

    def uninstall() -> None:
        oauth.revoked = True
        oauth.tokens.clear()

    states: list[str] = []
    view = _run(sb, tmp_path, 1, uninstall, states)
    assert view.state == syncwright.JobState.NEEDS_ATTENTION and states[-1] == "needs_attention"
    assert view.reason is not None
    assert "BAD_REFRESH_TOKEN: missing or unknown refresh token" in view.reason
