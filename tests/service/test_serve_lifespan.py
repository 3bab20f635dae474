"""``serve`` without its workers (intake only) starts and stops cleanly.

Why: the lifespan used to stop the dispatcher and route threads whether or not it had
started them; joining a thread never started raised at shutdown, which skipped closing the
intake writer and the WAL checkpoint thread."""

from __future__ import annotations

from pathlib import Path

from syncwright.service.serve import build_service
from tests.webhooks.fixtures import running, write_config


def test_intake_only_service_stops_cleanly(tmp_path: Path) -> None:
    service = build_service(write_config(tmp_path), str(tmp_path / "s.db"), workers=False)
    with running(service.app):
        pass
    writer = service.app.state.intake.writer
    assert writer._closed
    assert service.checkpoints is not None and not service.checkpoints._thread.is_alive()
