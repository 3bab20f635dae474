"""A source key that appears more than once in one run: the last occurrence wins.

A source may list the same record twice in one run (an export that appends a corrected
row, a page that shifted). The rule: the **last** occurrence (highest staging ``seq``) is
the record; every earlier one is *superseded*. A superseded occurrence is not validated,
not quarantined and not sent; ``batch_validated`` lists it (``superseded: [{key, by}]``,
``by`` the seq of the last occurrence) and ``explain`` shows it as such. So validation,
upload and ``explain`` agree: an invalid first copy followed by a valid one sends the valid one and quarantines nothing; a
valid first copy followed by an invalid one quarantines the key with the last copy's
problem and sends nothing for it.
"""

from __future__ import annotations

from collections import Counter

from syncwright.store.base import StagedRecord, Store
from syncwright.store.sql_in import in_chunks


def last_occurrences(store: Store, job_id: str) -> dict[str, int]:
    """key -> seq of its last occurrence, for the keys staged more than once (usually
    none). One grouped scan of the job's staged keys: only for a job whose pages were
    fetched before ``page_fetched`` carried its repeats (``page_repeats``); the result
    travels in ``fetch_completed.repeats``."""
    rows = store.query(
        "SELECT record_key, MAX(seq) FROM staged_records WHERE job_id = ? "
        "GROUP BY record_key HAVING COUNT(*) > 1",
        (job_id,),
    )
    return {str(key): int(seq) for key, seq in rows}


def page_repeats(store: Store, job_id: str, staged: list[StagedRecord]) -> dict[str, int]:
    """key -> seq of its last occurrence in ``staged`` (records about to be staged), for the
    keys that repeat within them or were staged earlier in this job.

    Called for every page commit, before the page is written, so repeats are known as
    pages commit: fetching completes without a scan of the whole job (which, on a big job,
    could outlast a runner that keeps dying soon after it starts). Earlier occurrences are
    found through the (job, key) index, 500 keys per query."""
    last = {record.key: record.seq for record in staged}
    repeated: set[str] = set()
    if len(last) < len(staged):  # a key repeats within these records (rare): which ones
        counts = Counter(record.key for record in staged)
        repeated = {k for k, n in counts.items() if n > 1}
    keys = list(last)
    seen_before: set[str] = set()
    for chunk, marks in in_chunks(keys):
        rows = store.query(
            f"SELECT DISTINCT record_key FROM staged_records WHERE job_id = ? "
            f"AND record_key IN ({marks})",
            (job_id, *chunk),
        )
        seen_before.update(str(r[0]) for r in rows)
    wanted = repeated | seen_before
    return {k: seq for k, seq in last.items() if k in wanted} if wanted else {}


def superseded_in(
    keys: list[str], first_seq: int, end_seq: int, last: dict[str, int]
) -> list[tuple[int, str, int]]:
    """The batch's superseded occurrences as (position in ``keys``, key, seq of the last
    occurrence). ``keys`` are the batch's records in staging order (records a mapping
    filtered out are absent, so positions are not seqs): an occurrence is superseded when
    its key's last occurrence is in a later batch, or is a later one of this batch."""
    if not last:
        return []
    here = Counter(k for k in keys if k in last and first_seq <= last[k] < end_seq)
    out = []
    for i, key in enumerate(keys):
        by = last.get(key)
        if by is None:
            continue
        if by >= end_seq:
            out.append((i, key, by))
        elif here[key] > 1:
            here[key] -= 1
            out.append((i, key, by))
    return out
