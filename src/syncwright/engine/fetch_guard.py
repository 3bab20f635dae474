"""A source that does not advance is stopped, with the evidence, before it fills the store.

A source whose cursor does not move (the same ``next`` cursor again, or a short cycle) or
that serves the same page over and over would keep a job in ``fetching`` and stage copies
without end. The guard looks at each page before it is staged: a cursor equal to one of
the last few, or a third page in a row with the same records (count, first and last key),
raises a FATAL ``AdapterError`` naming the cursor and the page; the job stops in
``needs_attention`` with that reason, nothing of the repeated page staged.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

import orjson

from syncwright.adapters.base import AdapterError, Page, Record
from syncwright.domain.failures import Classified, ErrorKind

RECENT_CURSORS = 4
SAME_PAGES = 3  # this many identical pages in a row: the source is serving one page forever


def _same(cursor: Any) -> str:
    return orjson.dumps(cursor, option=orjson.OPT_SORT_KEYS).decode()


def _brief(value: Any, nested: bool = False) -> Any:
    """The cursor as evidence: long lists and inner maps (a watermark's ids and their
    content digests) summarised, so what moves (or does not) stays in view."""
    if nested and isinstance(value, dict) and len(value) > 4 and all(
        not isinstance(v, dict | list) for v in value.values()
    ):
        head = {k: value[k] for k in list(value)[:2]}
        return {**head, "...": f"{len(value) - 2} more"}
    if isinstance(value, dict):
        return {k: _brief(v, True) for k, v in value.items()}
    if isinstance(value, list) and len(value) > 4:
        return [*(_brief(v, True) for v in value[:2]), f"... {len(value) - 2} more"]
    return value


def _show(cursor: Any) -> str:
    text = _same(_brief(cursor))
    return text if len(text) <= 300 else text[:300] + "..."


class FetchGuard:
    """Checks pages as they arrive; one guard per pass over a source."""

    def __init__(self, start: Any, source: str, key_of: Callable[[Record], str]) -> None:
        self.source = source
        self.key_of = key_of
        self.recent: deque[str] = deque([_same(start)], maxlen=RECENT_CURSORS)
        self.pages = 0
        self.last_print: tuple[int, str, str] | None = None
        self.same = 1

    def check(self, page: Page) -> None:
        self.pages += 1
        if page.records:
            first, last = page.records[0], page.records[-1]
            fingerprint = (len(page.records), self.key_of(first), self.key_of(last))
            self.same = self.same + 1 if fingerprint == self.last_print else 1
            self.last_print = fingerprint
            if self.same >= SAME_PAGES:
                self._stop(
                    f"served the same page {self.same} times in a row ({fingerprint[0]} "
                    f"records, keys {fingerprint[1]!r} .. {fingerprint[2]!r}; cursor "
                    f"{_show(page.next_cursor)})"
                )
        if page.done:
            return
        same = _same(page.next_cursor)
        if same in self.recent:
            again = "the same cursor again" if same == self.recent[-1] else "an earlier cursor"
            self._stop(
                f"returned {again} after page {self.pages} of this pass: "
                f"{_show(page.next_cursor)} (it does not advance)"
            )
        self.recent.append(same)

    def _stop(self, what: str) -> None:
        raise AdapterError(
            Classified(
                ErrorKind.FATAL,
                f"source {self.source} {what}; stopped before staging copies. Check the "
                "source (its paging), then resume",
                code="CURSOR_NOT_ADVANCING",
            )
        )
