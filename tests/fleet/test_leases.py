"""Job leases and the worker registry on both backends, in-process (no sleeping)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from syncwright.domain.events import NewEvent
from syncwright.domain.job_states import JobEvent
from syncwright.engine.commands import cancel, create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import stream_of
from syncwright.store import open_store
from syncwright.store.leases import open_leases
from tests.helpers import write_job


def new_job(store: Any, tmp_path: Path, submit: bool = True) -> str:
    job_id = create_job(store, load_job_file(write_job(tmp_path / "job", n=10)))
    if submit:
        leases = open_leases(store)
        leases.submit(job_id)
        leases.close()
    return job_id


def test_claim_is_exclusive_until_the_lease_expires(store: Any, tmp_path: Path) -> None:
    job = new_job(store, tmp_path)
    leases = open_leases(store)
    (got,) = leases.claim("w1", 60, 5, [])
    assert (got.job_id, got.owner, got.previous_owner, got.claims) == (job, "w1", None, 1)
    assert leases.claim("w2", 60, 5, []) == []  # held and alive
    assert leases.renew("w1", -1, [job]) == {job}  # renewed... into the past: expired now
    (taken,) = leases.claim("w2", 60, 5, [])
    assert (taken.job_id, taken.previous_owner, taken.claims) == (job, "w1", 2)
    assert leases.renew("w1", 60, [job]) == set()  # w1 learns it lost the lease
    assert leases.release(job, "w1") is False  # and cannot release what it lost
    assert leases.release(job, "w2") is True
    assert [c.job_id for c in leases.claim("w3", 60, 5, [])] == [job]
    leases.close()


def test_only_submitted_runnable_jobs_are_claimed(store: Any, tmp_path: Path) -> None:
    local = new_job(store, tmp_path, submit=False)  # `syncwright run`: never a worker's
    done = new_job(store, tmp_path)
    cancel(store, done)
    later = new_job(store, tmp_path)
    due = new_job(store, tmp_path)
    fresh = new_job(store, tmp_path)
    for job_id, until in ((later, timedelta(hours=1)), (due, -timedelta(seconds=1))):
        store.append(
            stream_of(job_id),
            1,
            [
                NewEvent(JobEvent.STARTED, {}),
                NewEvent(
                    JobEvent.WAIT_STARTED,
                    {"until": (datetime.now(UTC) + until).isoformat(), "reason": "429"},
                ),
            ],
        )
    leases = open_leases(store)
    claimed = [c.job_id for c in leases.claim("w", 60, 10, exclude=[fresh])]
    assert claimed == [due]  # oldest first; not local, done, later (not due) or excluded
    assert local not in claimed
    wake = leases.next_wake()  # `due` is ours now: its lease expiry comes first
    assert wake is not None and 50 < wake <= 60
    leases.release(due, "w")
    wake = leases.next_wake()
    assert wake is not None and wake <= 0  # `due` is claimable again right now
    cancel(store, due)
    wake = leases.next_wake()  # then `later`'s until-time, an hour away
    assert wake is not None and 3000 < wake <= 3600
    leases.close()


def test_workers_are_listed_with_their_leases(store: Any, tmp_path: Path) -> None:
    job = new_job(store, tmp_path)
    leases = open_leases(store)
    leases.register_worker("w1", "host-a", 123, 4, 60)
    leases.register_worker("w2", "host-b", 456, 2, 60)
    leases.claim("w1", 60, 1, [])
    leases.worker_heartbeat("w2", 60, "stopping")
    rows = {w.worker_id: w.to_json() for w in leases.workers()}
    assert set(rows) == {"w1", "w2"}
    assert [lease["job_id"] for lease in rows["w1"]["leases"]] == [job]
    assert rows["w1"]["leases"][0]["state"] == "queued"
    assert rows["w2"]["status"] == "stopping" and rows["w2"]["leases"] == []
    leases.unregister_worker("w2")
    leases.worker_heartbeat("w1", -1, "running")  # missed heartbeats: looks dead
    assert leases.workers() == []
    assert {w.worker_id for w in leases.workers(include_dead=True)} == {"w1", "w2"}
    leases.close()


@pytest.mark.postgres
def test_concurrent_claims_never_share_a_job(pg_url: str, tmp_path: Path) -> None:
    """Eight claimers (FOR UPDATE SKIP LOCKED) race for 40 jobs: each job goes to one."""
    store = open_store(pg_url)
    jobs = [new_job(store, tmp_path) for _ in range(40)]
    got: dict[str, list[str]] = {}
    barrier = threading.Barrier(8)

    def claimer(name: str) -> None:
        own = open_store(pg_url)
        leases = open_leases(own)
        barrier.wait()
        mine: list[str] = []
        while batch := leases.claim(name, 60, 1, []):
            mine.extend(lease.job_id for lease in batch)
        got[name] = mine
        own.close()

    threads = [threading.Thread(target=claimer, args=(f"w{i}",)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    claimed = [j for mine in got.values() for j in mine]
    assert sorted(claimed) == sorted(jobs)  # every job once, none twice
    store.close()
