"""Round 25: risks the round-24 review found, closed before they could bite. A later tag clause
naming a tag already listed became that tag's fallback whether or not it said 'empty' (the
second tag was lost for every record with a company: silent), and a first line naming a
'recap' was dropped as a minutes title even when it carried the rules."""

from __future__ import annotations

from tests.mapping_draft.test_round16 import HS, H, L, M, _col, _run


def test_a_second_tag_clause_without_an_empty_word_adds_its_tags() -> None:
    text = "email_address from email. Tag every member with their company. Also tag them with the company and the industry."
    recs, _ = _run(text, H, M, HS)
    assert "Software" in recs[0]["tags"]  # ann's industry: a tag of its own, not the company's fallback


def test_a_tag_fallback_said_after_it_still_reads_as_one() -> None:
    """The round-24 reading the check must keep ('empty' is in the clause)."""
    text = "email_address from email. One tag: the company. Where the company is empty, the tag is the industry instead."
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["Acme"], [], ["Gamma"]]  # bo has neither: no tag


def test_a_recap_first_line_that_carries_rules_is_read() -> None:
    recs, questions = _run("Recap: Email from email, LastName from lastname, Company from company", H, L, HS)
    assert recs[0] == {"Email": "ann@acme.io", "LastName": "LEE", "Company": "Acme"}
    assert not questions
