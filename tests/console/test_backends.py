"""The command layer the console stands on, on both backends: grouped failures and their
pages, bulk fix, search by any key, lineage, users and tokens (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from syncwright.access import add_user, authenticate, issue_token, principal_for_token
from syncwright.engine.commands import explain_record
from syncwright.engine.failure_groups import failure_groups, failures_page, fix_group
from syncwright.engine.lineage import lineage_steps, search_records
from syncwright.engine.mapping_views import list_mappings, preview_mapping
from syncwright.store import Store, open_store
from tests.console.conftest import make_stopped_job
from tests.pg import fresh_schema_url


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        st = open_store(str(tmp_path / "s.db"))
        yield st
        st.close()
    else:
        with fresh_schema_url() as url:
            st = open_store(url)
            yield st
            st.close()


def test_groups_pages_bulk_fix_search_lineage(store: Store, tmp_path: Path) -> None:
    job = make_stopped_job(tmp_path / "job", store)
    groups = failure_groups(store, job)
    assert [(g.code, g.count, g.example_key) for g in groups] == [("INVALID_EMAIL", 30, "0")]
    seen: list[str] = []
    after = None
    while True:
        page = failures_page(store, job, "INVALID_EMAIL", after=after, limit=7)
        assert page.total == 30
        seen += [f.record_key for f in page.items]
        if page.next_after is None:
            break
        after = page.next_after
    assert len(seen) == len(set(seen)) == 30 and seen == sorted(seen)
    assert failures_page(store, job, "(no code)").total == 0

    assert fix_group(store, job, "INVALID_EMAIL", {"Email": "x@example.com"}, actor="t") == 30
    assert all(f.fix == {"Email": "x@example.com"} for f in store.failures(job))

    assert [m.record_key for m in search_records(store, job, "user123@example.com")] == ["123"]
    assert search_records(store, job, "123")[0].matched_on == "source id"
    steps = lineage_steps(explain_record(store, job, "4"))
    assert [s.step for s in steps][:3] == ["fetched", "mapped", "validated"]
    assert steps[-2].step == "fixed" and steps[-2].by == "t"

    maps = list_mappings(store)
    assert len(maps) == 1 and maps[0].jobs == [job]
    sample = preview_mapping(store, job, 3)
    assert [p["key"] for p in sample] == ["0", "1", "2"]
    assert sample[0]["output"]["Email"] == "bad-email-0"


def test_users_and_tokens(store: Store) -> None:
    add_user(store, "ann", "operator", "a fine password", actor="t")
    assert authenticate(store, "ann", "a fine password") is not None
    assert authenticate(store, "ann", "nope nope nope") is None
    assert authenticate(store, "bob", "a fine password") is None
    token = issue_token(store, "ann", "x", actor="t")
    who = principal_for_token(store, token)
    assert who is not None and who.actor == "api:ann"
    assert principal_for_token(store, token[:-2] + "xx") is None
    before = store.dump_read_models()
    store.replay()
    assert store.dump_read_models() == before  # users are a read model like any other
