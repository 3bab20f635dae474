"""The linker's view of the records as integer columns: every attribute interned once.

Blocking and the vectorised pre-score compare integers, not strings, so a million records
cost a handful of arrays instead of a million Python objects per pass. Id 0 means "no
value". First and last names share one vocabulary so swapped names compare directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .normalize import PersonRecord, name_group

IntArray = npt.NDArray[np.int64]
_LETTERS = re.compile(r"[^a-z]+")
MIN_LOCAL_LETTERS = 6  # shorter local parts ("info", "kb") say nothing about a person


class Vocab:
    """Strings to dense ids (0 is the empty string)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {"": 0}

    def intern(self, values: list[str]) -> IntArray:
        ids = self.ids
        put = ids.setdefault
        return np.array([put(v, len(ids)) for v in values], dtype=np.int64)

    @property
    def words(self) -> list[str]:
        return list(self.ids)  # dicts keep insertion order: position == id


def first_token(rec: PersonRecord) -> str:
    return rec.first.split(" ")[0] if rec.first else ""


def name_key(rec: PersonRecord) -> str:
    """First and last name groups in sorted order: swapped names share the key."""
    if not rec.first or not rec.last:
        return ""
    a, b = name_group(first_token(rec)), name_group(rec.last)
    return f"{a}|{b}" if a <= b else f"{b}|{a}"


def local_letters(rec: PersonRecord) -> tuple[str, ...]:
    """The letters of each email's local part, where there are enough to mean something."""
    out = []
    for email in rec.emails:
        letters = _LETTERS.sub("", email.partition("@")[0])
        if len(letters) >= MIN_LOCAL_LETTERS:
            out.append(letters)
    return tuple(out)


@dataclass
class Columns:
    """One row per record; multi-valued attributes as (record, value) entry arrays."""

    n: int
    first: IntArray  # first token of the first name, in ``names``
    last: IntArray  # in ``names``
    group: IntArray  # nickname group of the first token
    name_key: IntArray
    count: IntArray  # records sharing the name key
    phone: IntArray
    company: IntArray
    city: IntArray
    system: IntArray
    local_rec: IntArray  # email local-part letters: (record, value) entries
    local_id: IntArray
    domain_rec: IntArray  # work domains: (record, value) entries
    domain_id: IntArray
    domain_one: IntArray  # the record's work domain if it has exactly one, -1 if several
    names: Vocab
    companies: Vocab
    name_groups: IntArray  # per name id: its nickname group
    name_len: IntArray  # per name id: its length
    name_initial: IntArray  # per name id: its first letter


def _entries(values: list[tuple[str, ...]], vocab: Vocab) -> tuple[IntArray, IntArray]:
    """(record, value id) for multi-valued attributes."""
    recs = [i for i, vs in enumerate(values) for _ in vs]
    return (np.array(recs, dtype=np.int64),
            vocab.intern([v for vs in values for v in vs]))


def columns(records: list[PersonRecord]) -> Columns:
    """Intern every attribute; one pass per attribute keeps the per-record Python small."""
    n = len(records)
    names, companies = Vocab(), Vocab()
    first = names.intern([r.first.partition(" ")[0] for r in records])
    last = names.intern([r.last for r in records])
    words = names.words
    groups = Vocab()
    group_of = groups.intern([name_group(w) if w else "" for w in words])
    group = group_of[first]
    lg = group_of[last]
    lo, hi = np.minimum(group, lg), np.maximum(group, lg)
    pair = np.unique(lo * (len(groups.ids) + 1) + hi, return_inverse=True)[1].reshape(-1)
    nkey = np.where((first > 0) & (last > 0), pair + 1, 0).astype(np.int64)
    freq = np.bincount(nkey)
    freq[0] = 0
    local_rec, local_id = _entries([local_letters(r) for r in records], Vocab())
    doms = [tuple(set(r.work_domains)) for r in records]
    domain_rec, domain_id = _entries(doms, Vocab())
    domain_one = np.zeros(n, dtype=np.int64)
    one = np.bincount(domain_rec, minlength=n)
    single = one[domain_rec] == 1
    domain_one[domain_rec[single]] = domain_id[single]
    domain_one[one > 1] = -1
    return Columns(n, first, last, group, nkey, freq[nkey],
                   Vocab().intern([r.phone for r in records]),
                   companies.intern([r.company for r in records]),
                   Vocab().intern([r.city for r in records]),
                   Vocab().intern([r.system for r in records]),
                   local_rec, local_id, domain_rec, domain_id, domain_one, names, companies,
                   group_of, np.array([len(x) for x in words], dtype=np.int64),
                   np.array([ord(x[0]) if x else 0 for x in words], dtype=np.int64))
