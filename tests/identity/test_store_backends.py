"""The identity graph on both store backends: events in, read models out, and a replay
rebuilds exactly the same read models (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from syncwright.identity import commands
from syncwright.identity.config import load_identity_file
from syncwright.identity.graph import build
from syncwright.store import Store, open_store
from tests.pg import fresh_schema_url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        st = open_store(str(tmp_path / "s.db"))
        yield st
        st.close()
        return
    with fresh_schema_url() as url:
        st = open_store(url)
        yield st
        st.close()


def test_graph_events_replay_to_the_same_read_models(store: Store, identity_file: Path) -> None:
    sources = [s for s in load_identity_file(identity_file) if s[0] != "mailchimp"]
    build(store, sources)
    pairs = commands.review(store, 2)
    commands.merge(store, pairs[0]["a"]["person"], pairs[0]["b"]["person"], reason="test")
    dup = commands.duplicates(store)[0]
    commands.split(store, dup["person"], [dup["records"][-1]["key"]])
    commands.undo(store)  # the split
    live = store.dump_read_models()
    assert live["identity_records"] and live["identity_links"]
    store.replay()
    assert store.dump_read_models() == live
