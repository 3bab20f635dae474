"""The public API: built from code, run for real (files and the sandbox over HTTP), and
``on_error`` deciding within the engine's rules."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import syncwright
from syncwright.domain.failures import Classified, ErrorKind
from syncwright.engine.error_policy import ErrorChoice, choose, context
from syncwright.limits.retry import Action, RetryDecision
from syncwright.sandbox import Sandbox

RULES = [{"rename": "email", "to": "Email"}, {"rename": "firstname", "to": "LastName"},
         {"constant": "Acme", "to": "Company"}]
UPSERT = "* /services/data/v60.0/composite/sobjects/*"
FAST = {"max_attempts": 3, "base_seconds": 0.01, "cap_seconds": 0.02}


def test_public_names_are_exported() -> None:
    for name in ("run_sync", "run_sync_async", "resume", "resume_async", "retry_failed",
                 "status", "failures", "fix", "explain", "connection", "mapping", "job",
                 "load_job", "JobView", "JobState", "ErrorContext", "SyncError"):
        assert name in syncwright.__all__ and hasattr(syncwright, name)
    assert (Path(syncwright.__file__).parent / "py.typed").exists()


def test_bad_input_raises_sync_error_naming_it() -> None:
    with pytest.raises(syncwright.SyncError, match=r"connection 'hs'\.page_size"):
        syncwright.connection("hubspot", name="hs", base_url="http://x", page_size=0)
    with pytest.raises(syncwright.SyncError, match="unknown platform 'hubsport'"):
        syncwright.connection("hubsport")
    with pytest.raises(syncwright.SyncError, match="match_key 'Email' is not produced"):
        syncwright.mapping(match_key="Email", rules=[{"copy": "email"}])


def _contacts(folder: Path, n: int) -> syncwright.Connection:
    with open(folder / "in.jsonl", "w") as f:
        for i in range(n):
            f.write(json.dumps({"id": i, "email": f"u{i}@example.com", "firstname": f"F{i}"}) + "\n")
    return syncwright.connection("jsonl", name="src", path=folder / "in.jsonl")


def test_blocking_form_inside_a_loop_names_the_async_form(tmp_path: Path) -> None:
    src = _contacts(tmp_path, 3)
    dst = syncwright.connection("jsonl", name="dst", path=tmp_path / "out.jsonl")
    m = syncwright.mapping(match_key="Email", rules=RULES)

    async def inside() -> syncwright.JobView:
        with pytest.raises(RuntimeError, match="await the \\*_async form"):
            syncwright.run_sync(source=src.object("c"), destination=dst.object("l"), mapping=m,
                                store=tmp_path / "s.db")
        return await syncwright.run_sync_async(
            source=src.object("c"), destination=dst.object("l"), mapping=m, store=tmp_path / "s.db"
        )

    view = asyncio.run(inside())
    assert view.state == syncwright.JobState.COMPLETED and view.created == 3
    assert [v.job_id for v in syncwright.jobs(store=tmp_path / "s.db")] == [view.job_id]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(["salesforce"], no_limits=True) as sb:
        yield sb


@pytest.fixture
def sf(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> syncwright.Connection:
    sandbox.reset()
    monkeypatch.setenv("SW_API_SF_TOKEN", sandbox.credentials("salesforce")["token"])
    return syncwright.connection("salesforce", name="sf", base_url=sandbox.base_url("salesforce"),
                                 token_env="SW_API_SF_TOKEN")


def _run(tmp_path: Path, sf: syncwright.Connection, hook: syncwright.api.ErrorHook,
         n: int = 20) -> syncwright.JobView:
    return syncwright.run_sync(
        source=_contacts(tmp_path, n).object("contacts"), destination=sf.object("Lead"),
        mapping=syncwright.mapping(match_key="Email", rules=RULES), retry=FAST,
        max_rejected_ratio=1.0, store=tmp_path / "s.db", on_error=hook,
    )


def test_on_error_stop_is_obeyed_before_the_engine_would(
    tmp_path: Path, sf: syncwright.Connection, sandbox: Sandbox
) -> None:
    sandbox.admin("salesforce").set_faults([{"match": UPSERT, "kind": "error", "status": 503}])
    calls: list[str] = []

    def hook(ctx: syncwright.ErrorContext) -> str:
        calls.append(ctx.engine_decision)
        return "stop"

    view = _run(tmp_path, sf, hook)
    assert calls == ["retry"]  # asked once: the first failure already stops the job
    assert view.state == syncwright.JobState.NEEDS_ATTENTION
    assert view.reason is not None and "stopped by on_error" in view.reason
    assert "temporarily unavailable" in view.reason  # Salesforce's words
    sandbox.admin("salesforce").clear_faults()
    view = syncwright.resume(view.job_id, store=tmp_path / "s.db")
    assert view.state == syncwright.JobState.COMPLETED and view.created == 20


def test_on_error_wait_persists_waiting_then_completes(
    tmp_path: Path, sf: syncwright.Connection, sandbox: Sandbox
) -> None:
    sandbox.admin("salesforce").set_faults(
        [{"match": UPSERT, "kind": "error", "status": 503, "count": 1}]
    )
    states: list[str] = []
    view = syncwright.run_sync(
        source=_contacts(tmp_path, 20).object("contacts"), destination=sf.object("Lead"),
        mapping=syncwright.mapping(match_key="Email", rules=RULES), retry=FAST,
        store=tmp_path / "s.db", on_error=lambda ctx: "wait",
        on_state_change=lambda before, v: states.append(v.state.value),
    )
    assert states == ["fetching", "mapping", "validating", "uploading", "waiting", "uploading",
                      "completed"]
    assert view.created == 20


def test_refused_choices_keep_the_engine_decision_and_say_so(
    tmp_path: Path, sf: syncwright.Connection, sandbox: Sandbox
) -> None:
    # Bad credentials: the engine stops; "retry" is refused (it would hammer), recorded.
    sandbox.admin("salesforce").set_faults([])
    sf_bad = syncwright.connection("salesforce", name="sf", base_url=sf.settings["base_url"],
                                   token_env="SW_API_NO_SUCH_TOKEN_SET")
    import os

    os.environ["SW_API_NO_SUCH_TOKEN_SET"] = "wrong-token"
    try:
        view = _run(tmp_path, sf_bad, lambda ctx: "retry")
    finally:
        del os.environ["SW_API_NO_SUCH_TOKEN_SET"]
    assert view.state == syncwright.JobState.NEEDS_ATTENTION
    assert view.last_error is not None
    assert view.last_error["on_error"] == "refused retry: the engine's decision is to stop"
    assert view.last_error["kind"] == "auth"


def _decision(action: Action) -> RetryDecision:
    return RetryDecision(action, "because", delay=1.0, until=datetime.now(UTC))


@pytest.mark.parametrize(
    ("engine", "what", "choice", "result"),
    [
        (Action.RETRY, "uploading batch 1 of 2", "wait", Action.PARK),
        (Action.RETRY, "uploading batch 1 of 2", "stop", Action.GIVE_UP),
        (Action.PARK, "uploading batch 1 of 2", "retry", Action.PARK),  # never sooner
        (Action.GIVE_UP, "uploading batch 1 of 2", "wait", Action.GIVE_UP),
        (Action.GIVE_UP, "fetching", "quarantine", Action.GIVE_UP),  # nothing to quarantine
        (Action.RETRY, "fetching", "bogus", Action.RETRY),
    ],
)
def test_choice_table(engine: Action, what: str, choice: str, result: Action) -> None:
    err = Classified(ErrorKind.TRANSIENT, "boom", status=503)
    d = _decision(engine)
    chosen = choose(lambda ctx: choice, context("j", what, err, 1, d), d, datetime.now(UTC))
    assert chosen.decision.action is result
    refused = chosen.note.startswith("refused")
    assert refused == (choice not in ("wait", "stop") or engine is Action.GIVE_UP), chosen.note
    assert ErrorChoice("quarantine") is ErrorChoice.QUARANTINE
