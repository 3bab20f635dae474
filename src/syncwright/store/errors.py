"""Store errors a person can act on; the CLI prints them without a traceback."""

from __future__ import annotations


class StoreError(RuntimeError):
    """Base class for every store failure."""


class ConcurrencyConflict(StoreError):
    """Someone else appended to the stream first: the caller's view is stale."""

    def __init__(self, stream_id: str, expected: int, actual: int) -> None:
        super().__init__(
            f"concurrency conflict on stream {stream_id!r}: expected version {expected}, "
            f"but the stream is at version {actual} (another process changed it; reload and retry)"
        )
        self.stream_id = stream_id
        self.expected = expected
        self.actual = actual


class StoreLocked(StoreError):
    """The store file is locked by another process for longer than the busy timeout."""


class StoreFull(StoreError):
    """The store's disk is full (or failing): nothing was written; retry when it has room."""


class StoreCorrupt(StoreError):
    """The store file is not a syncwright store, or is damaged."""


class UnknownJob(StoreError, LookupError):
    """No job with that id in this store."""

    def __init__(self, job_id: str) -> None:
        super().__init__(f"no job {job_id!r} in this store (see `syncwright status` for job ids)")
        self.job_id = job_id
