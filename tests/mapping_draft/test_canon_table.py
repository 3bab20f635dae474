"""The canonical-wording table's replacement templates, parsed once at load, expand exactly as
re's own template reading does."""

from __future__ import annotations

import re

import pytest

from syncwright.mapping.draft.canon import expander, rewrites

CASES = [
    (r"(?P<f>\w+) is (?P<v>\w+)", r"\g<f> -> \g<v>", "phone is mobile, email is work"),
    (r"(\w+) or (\w+)", r"\g<2> else \g<1>", "a or b; c or d"),
    (r"(?P<a>x)?y(?P<b>z)?", r"[\g<a>|\g<b>]", "y xy yz xyz"),  # a group that did not take part
    (r"copy (?P<f>\w+)", r"\g<0> (\g<f>)", "copy email"),
    (r"ab", r"no refs", "abab"),
]


@pytest.mark.parametrize(("pattern", "template", "text"), CASES)
def test_a_parsed_template_expands_as_re_does(pattern: str, template: str, text: str) -> None:
    rx = re.compile(pattern)
    assert rx.sub(expander(rx, template), text) == rx.sub(template, text)


def test_a_template_with_other_escapes_is_left_to_re() -> None:
    rx = re.compile(r"(a)")
    assert expander(rx, r"\g<1>\n") == r"\g<1>\n"


def test_a_reference_to_a_missing_group_fails_at_load() -> None:
    with pytest.raises(ValueError, match="no group 'v'"):
        expander(re.compile(r"(?P<f>\w+)"), r"\g<v>")
    with pytest.raises(ValueError, match="no group 2"):
        expander(re.compile(r"(\w+)"), r"\g<2>")


def test_every_row_of_the_table_loads() -> None:
    rows = rewrites()
    assert len(rows) > 1000
    assert sum(callable(r) for _, r, _ in rows) > 500  # most rows carry group references
