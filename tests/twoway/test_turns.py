"""The sync's turn on both stores: one holder at a time, held until its job is finished,
and run requests that fold into the queued run."""

from __future__ import annotations

from pathlib import Path

import pytest

from syncwright.engine.commands import cancel
from syncwright.sandbox import Sandbox
from syncwright.store import Store
from syncwright.twoway.definition import load_two_way
from syncwright.twoway.runner import create_run
from syncwright.twoway.turns import TurnHeld, request_run, take_turn
from tests.twoway.harness import NAME, set_env, write_job


def test_one_holder_until_its_job_is_finished(store: Store, tmp_path: Path) -> None:
    with Sandbox(("salesforce", "mailchimp"), no_limits=True) as sb:
        set_env(sb)
        definition = load_two_way(write_job(tmp_path / "job.yaml", sb))
    first = create_run(store, definition)
    assert request_run(store, definition, "second") == (first, True)  # folded into it
    take_turn(store, NAME, first)
    take_turn(store, NAME, first)  # a resumed run keeps its turn
    second = create_run(store, definition, "second")
    with pytest.raises(TurnHeld, match=first):
        take_turn(store, NAME, second)
    cancel(store, first)
    assert request_run(store, definition, "third") == ("second", True)  # the queued one
    take_turn(store, NAME, second)  # a finished holder holds nothing
    with pytest.raises(TurnHeld, match=second):
        take_turn(store, NAME, first)
