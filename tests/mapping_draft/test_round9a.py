"""Round 9a's structural readers, each on wording other than the held-out sentence."""

from __future__ import annotations

from syncwright.mapping.draft.slashes import slash_lists
from syncwright.mapping.draft.thousands import join_thousands


def test_thousands_separators_stay_in_their_number() -> None:
    assert join_thousands("over 2,500,000 is A, 2,500,000 or less is B") == "over 2500000 is A, 2500000 or less is B"
    assert join_thousands("values 1,2,3 and 10,0000") == "values 1,2,3 and 10,0000"


def test_paired_slash_lists_read_as_and_lists() -> None:
    assert slash_lists("city / state -> MailingCity / MailingState") == "city and state -> MailingCity and MailingState"
    assert slash_lists("FNAME and LNAME come from first / last") == "FNAME and LNAME come from first and last"


def test_a_slash_inside_a_label_or_an_unpaired_list_stays() -> None:
    for s in ("State/Region -> State and Postal Code -> PostalCode", "send and/or copy to x", "a / b -> X"):
        assert slash_lists(s) == s
