"""The incremental watermark at its boundary instant: a record read at the newest stamp is
skipped next time only while its content is what was read. Salesforce's SystemModstamp has
whole seconds, so an edit within the second a record was read in keeps the stamp; it must
still be fetched (otherwise the destination keeps the older value with no error anywhere)."""

from __future__ import annotations

from datetime import UTC, datetime

from syncwright.adapters.batching import Watermark, record_digest

T0 = datetime(2026, 11, 30, 3, 0, 0, tzinfo=UTC)
T1 = datetime(2026, 11, 30, 3, 0, 1, tzinfo=UTC)


def test_same_stamp_same_content_is_seen_changed_content_is_not() -> None:
    mark = Watermark()
    a, b = {"Id": "1", "LastName": "Ada"}, {"Id": "1", "LastName": "Byron"}
    mark.see(T0, "1", record_digest(a))
    assert mark.seen(T0, "1", record_digest(a))
    assert not mark.seen(T0, "1", record_digest(b))  # edited again within the second
    assert not mark.seen(T1, "1", record_digest(a))  # a later stamp is always news
    mark.see(T0, "1", record_digest(b))
    assert mark.seen(T0, "1", record_digest(b)) and not mark.seen(T0, "1", record_digest(a))
    # key order does not change a record's digest
    assert record_digest({"b": 1, "a": 2}) == record_digest({"a": 2, "b": 1})


def test_a_bookmark_from_before_digests_skips_by_id_as_before() -> None:
    old = Watermark(T0, ["1", "2"])  # {"since": ..., "ids": [...]} with no "digests"
    assert old.seen(T0, "1", record_digest({"Id": "1"}))
    assert old.bookmark_parts() == {"ids": ["1", "2"]}
    old.see(T1, "3", "d3")  # the boundary moves on: digests from now on
    assert old.bookmark_parts() == {"ids": ["3"], "digests": {"3": "d3"}}

