"""Round 58: sets 190 (a Rotterdam platform engineer who writes each sync as Terraform-like HCL: a
'resource "syncwright_mapping"' block of 'field "X" { ... }' blocks with defaults, lookup maps, when
blocks, filters, Terraform's functions and '#' comments) and 191 (a Montevideo data scientist who
writes each sync as Jupyter cells of pandas code: "out['X'] = src['x'].str.title()", np.where,
np.select, .fillna, .map, src.loc[mask], a def e164 helper) opened as training, with what any such
writer's text can hold. Fresh wording; the held-out texts are not copied."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.hcl_mapping import hcl_mapping
from syncwright.mapping.draft.pandas_cells import pandas_cells
from tests.mapping_draft.test_round16 import HS, MC, SFL, C, H, L, M, S, _col, _run


def _at(records: list[dict[str, Any]], path: str) -> list[Any]:
    """A nested value of each record ('traits.city'), '<absent>' where a key is missing."""
    out: list[Any] = []
    for r in records:
        v: Any = r
        for key in path.split("."):
            v = v.get(key, "<absent>") if isinstance(v, dict) else "<absent>"
        out.append(v)
    return out


# --- HCL blocks -------------------------------------------------------------------------------------


def test_field_blocks_are_copies_constants_and_defaults() -> None:
    text = """resource "syncwright_mapping" "crm_leads" {
  from = "hubspot.contacts"
  to   = "salesforce.Lead"

  field "Email"      { source = "email" }     # the match key
  field "LastName"   { source = "lastname" }
  field "LeadSource" { value  = "Partner" }   # the same on every lead
  field "Company" {
    source  = "company"
    default = "Freelance"   # only for an empty or blank company
  }
}
"""
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "LastName") == ["LEE", "NG", "OZ"]
    assert _col(recs, "LeadSource") == ["Partner"] * 3
    assert _col(recs, "Company") == ["Acme", "Freelance", "Gamma"]
    assert questions == []  # the braces and quotes were questions, and no field was written


def test_functions_a_source_list_and_a_comment_leaving_the_key_out() -> None:
    text = """resource "syncwright_mapping" "people" {
  from = "hubspot.contacts"
  to   = "salesforce.Lead"
  field "Email"     { source = lower(email) }
  field "FirstName" { source = title(firstname) }
  field "LastName"  { source = "lastname" }
  field "Company"   { source = "company" }
  field "Phone" {
    source = ["phone", "mobilephone"]   # the first one filled
    # neither one filled -> no Phone on the lead at all
  }
}
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "FirstName") == ["Ann", "Bo", "Cy"]
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", "<absent>"]


def test_a_lookup_map_when_blocks_and_a_blank_said_in_a_comment() -> None:
    text = """resource "syncwright_mapping" "scored" {
  from = "hubspot.contacts"
  to   = "salesforce.Lead"
  field "Email"    { source = "email" }
  field "LastName" { source = "lastname" }
  field "Company"  { source = "company" }
  field "Industry" {
    source = "industry"
    lookup = {
      "Software" = "Technology"
      "Food"     = "Consumer Goods"
    }
    default = "Other"
  }
  field "Rating" {
    when "annualrevenue > 10000000" { value = "Hot" }
    when "annualrevenue < 1000000"  { value = "Cold" }
    default = "Warm"
    # an empty annualrevenue -> "Warm" as well, not Cold
  }
}
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Industry") == ["Technology", "Other", "Consumer Goods"]
    assert _col(recs, "Rating") == ["Hot", "Warm", "Cold"]


def test_filters_tags_added_by_when_blocks_and_a_ternary() -> None:
    text = """resource "syncwright_mapping" "audience" {
  from = "hubspot.contacts"
  to   = "mailchimp.members"
  filter { exclude = lifecyclestage == "subscriber" }
  field "email_address" { source = "email" }
  field "status" { value = hs_email_optout == "true" ? "unsubscribed" : "subscribed" }
  field "tags" {
    value = ["CRM"]
    when {
      test = numemployees > 100
      add  = "Large"
    }
  }
}
"""
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "email_address") == ["ann@acme.io", "bo@beta.org"]
    assert _col(recs, "tags") == [["CRM", "Large"], ["CRM"]]
    assert _col(recs, "status") == ["subscribed", "subscribed"]


def test_a_template_with_a_blank_part_and_a_split() -> None:
    text = """resource "syncwright_mapping" "where" {
  from = "hubspot.contacts"
  to   = "segment.identify"
  field "userId"      { source = "email" }
  field "traits.city" {
    value = "${city}, ${state}"
    # no state (empty) -> just the city, no comma
  }
  field "traits.domain" { source = split("@", email)[1] }
}
"""
    recs, _ = _run(text, H, S, HS)
    assert _at(recs, "traits.city") == ["Austin, TX", "Lyon", "Bonn, NW"]
    assert _at(recs, "traits.domain") == ["acme.io", "beta.org", "gamma.de"]


def test_a_block_with_an_unknown_attribute_stays_as_written() -> None:
    text = """resource "syncwright_mapping" "odd" {
  field "Email" { source = "email" }
  field "LastName" { source = "lastname", retries = 3 }
}"""
    assert hcl_mapping(text) == text  # not half read: the grammar reads or asks about the lines as they are


# --- pandas cells -----------------------------------------------------------------------------------


def test_pandas_copies_formats_and_a_filter() -> None:
    text = """In [1]:
src = pd.DataFrame(contacts)
src = src.loc[src['lifecyclestage'] != 'subscriber']   # no plain subscribers

In [2]:
out = pd.DataFrame()
out['Email']     = src['email'].str.lower()
out['FirstName'] = src['firstname'].str.title()
out['LastName']  = src['lastname']
out['Company']   = src['company']
"""
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]
    assert _col(recs, "FirstName") == ["Ann", "Bo"]
    assert questions == []


def test_pandas_np_where_fillna_and_a_dict_map() -> None:
    text = """In [1]:
out = pd.DataFrame()
out['Email'] = src['email']
out['LastName'] = src['lastname']
blank = lambda s: s.str.strip() == ''
out['Company'] = np.where(blank(src['company']), 'Self-employed', src['company'])
sectors = {'Software': 'Technology', 'Food': 'Consumer Goods'}
out['Industry'] = src['industry'].map(sectors).fillna('Other')
mob = src['mobilephone'].replace(r'^\\s*$', np.nan, regex=True)
out['Phone'] = mob.fillna(src['phone'])
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Self-employed", "Gamma"]
    assert _col(recs, "Industry") == ["Technology", "Other", "Consumer Goods"]
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", ""]


def test_pandas_nan_for_a_blank_leaves_the_key_out_and_a_helper_is_e164() -> None:
    text = """In [1]:
def to_e164(number):
    digits = re.sub(r'\\D', '', number)
    return '+' + digits if number.startswith('+') else '+1' + digits

In [2]:
out['userId'] = src['email']
out['traits.phone'] = src['phone'].replace(r'^\\s*$', np.nan, regex=True).map(to_e164, na_action='ignore')
out['traits.state'] = src['state'].replace(r'^\\s*$', np.nan, regex=True)
"""
    recs, _ = _run(text, H, S, HS)
    assert _at(recs, "traits.phone") == ["+14155550100", "<absent>", "<absent>"]
    assert _at(recs, "traits.state") == ["TX", "<absent>", "NW"]


def test_pandas_np_select_and_tags_from_a_comprehension() -> None:
    text = """In [1]:
emp = pd.to_numeric(src['numemployees'].replace(r'^\\s*$', np.nan, regex=True))
out['email_address'] = src['email']
out['merge_fields.COMPANY'] = np.select([emp > 100, emp < 10], ['Big', 'Small'], default='Mid')
out['tags'] = [(['Big'] if b else []) + (['DE'] if d else []) for b, d in zip(emp > 100, src['country'] == 'Germany')]
"""
    recs, _ = _run(text, H, M, HS)
    assert _at(recs, "merge_fields.COMPANY") == ["Big", "Mid", "Small"]
    assert _col(recs, "tags") == [["Big"], [], ["DE"]]


def test_pandas_a_loop_of_renames_and_a_notes_list() -> None:
    text = """In [1]:
out = pd.DataFrame()
for dst, col in [('email', 'Email'), ('lastname', 'LastName'), ('city', 'City')]:
    out[dst] = src[col]
out['lifecyclestage'] = np.where(src['Rating'] == 'Hot', 'salesqualifiedlead', 'lead')

### Notes
- city: an empty City -> 'Unknown'
"""
    recs, _ = _run(text, L, H, SFL)
    assert _col(recs, "lastname") == ["Lee", "Ng", "Oz"]
    assert _col(recs, "lifecyclestage") == ["salesqualifiedlead", "lead", "lead"]
    assert _col(recs, "city") == ["London", "Lyon", "Bonn"]


def test_a_cell_with_code_not_read_here_stays_as_written() -> None:
    text = """In [1]:
out['Email'] = src['email']
out['LastName'] = src['lastname'].apply(lambda s: s[::-1])
"""
    assert pandas_cells(text) == text


def test_a_mailchimp_source_frame_and_a_nested_column() -> None:
    text = """In [1]:
src = pd.json_normalize(members)
out['email'] = src['email_address']
out['company'] = src['merge_fields.COMPANY'].replace(r'^\\s*$', np.nan, regex=True).fillna('n/a')
out['hs_lead_status'] = np.where(src['vip'], 'OPEN', 'NEW')
"""
    recs, _ = _run(text, M, H, MC)
    assert _col(recs, "company") == ["Acme", "n/a", "n/a"]
    assert _col(recs, "hs_lead_status") == ["OPEN", "NEW", "NEW"]


# --- shared readings --------------------------------------------------------------------------------


def test_a_fact_that_the_data_has_spaces_is_no_trim_rule() -> None:
    recs, _ = _run("The sign-up form keeps spaces around the email. userId: email, trimmed and lower case.", H, S, HS)
    assert all("email" not in r.get("traits", {}) for r in recs)


def test_trim_it_first_is_no_first_name() -> None:
    recs, _ = _run("Email -> Email. LastName -> LastName. Company -> Company. City -> City, title case, and trim it first.", H, L, HS)
    assert all("FirstName" not in r for r in recs)


def test_a_comment_naming_the_blank_value_of_another_row_is_read() -> None:
    text = """select
    email as "Email",
    lastname as "LastName",
    company as "Company",
    case when cast(annualrevenue as int) > 10000000 then 'Hot'
         when cast(annualrevenue as int) < 1000000 then 'Cold'
         else 'Warm' end as "Rating"  -- empty annualrevenue -> 'Cold' too
from {{ source('hubspot', 'contacts') }}
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]  # 'Cold' was in the line for another test, so the comment was dropped


def test_a_block_from_salesforce_leads_to_hubspot() -> None:
    text = """resource "syncwright_mapping" "back" {
  from = "salesforce.Lead"
  to   = "hubspot.contacts"
  field "email" { source = "Email" }
  field "country" {
    source  = "Country"
    default = "Unknown"
  }
  filter { include = LeadSource == "Web" }
}
"""
    recs, _ = _run(text, L, H, SFL)
    assert _col(recs, "country") == ["United Kingdom", "Germany"]


def test_a_blank_withheld_from_the_tag_read_last() -> None:
    text = """Email -> Email Address.
Add the tag 'Lapsed' if Lifecycle stage is not 'customer'. If Lifecycle stage is empty, they don't get this tag.
Add the tag 'Big' if Number of employees is greater than 100. If Number of employees is empty, they don't get this tag."""
    recs, questions = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["Big"], ["Lapsed"], ["Lapsed"]]
    assert questions == []


def test_put_a_value_to_all_of_them_is_a_constant() -> None:
    recs, _ = _run('Email -> Email. Last Name -> Last Name. Company Name -> Company. Lead Status: put "Working" to all of them, always the same value.', H, L, HS)
    assert _col(recs, "Status") == ["Working"] * 3


def test_the_blank_one_cannot_go_either_skips_blank_records() -> None:
    text = 'Only contacts where "Unsubscribed from all email" = "false". The "true" one and the blank one cannot go. email -> Email. Last name -> Last Name.'
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "Email") == ["ann@acme.io"]
    text = "email -> Email. Last name -> Last Name. Contacts with a blank Job Title cannot go either."
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "cy@gamma.de"]
    assert all("Title" not in r and "HasOptedOutOfEmail" not in r for r in recs)


def test_review_a_tag_with_a_comma_and_a_blank_said_after_the_field_is_empty() -> None:
    text = """resource "syncwright_mapping" "tags" {
  from = "hubspot.contacts"
  to   = "mailchimp.members"
  field "email_address" { source = "email" }
  field "tags" {
    value = ["CRM, EU"]
    when {
      test = numemployees > 100
      add  = "Large"
    }
  }
}
"""
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["CRM, EU", "Large"], ["CRM, EU"], ["CRM, EU"]]
    text = """resource "syncwright_mapping" "rating" {
  from = "hubspot.contacts"
  to   = "salesforce.Lead"
  field "Email"    { source = "email" }
  field "LastName" { source = "lastname" }
  field "Company"  { source = "company" }
  field "Rating" {
    when "annualrevenue > 10000000" { value = "Hot" }
    default = "Warm"
    # annualrevenue is empty -> "Cold"
  }
}
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Warm"]


def test_review_pandas_a_lambda_leaving_a_blank_missing_and_fillna_empty_sending_it() -> None:
    text = """In [1]:
def e164(tel):
    return '+1' + re.sub(r'\\D', '', tel)

out['Email'] = src['email']
out['LastName'] = src['lastname']
out['Phone'] = src['phone'].map(lambda t: e164(t) if t.strip() else np.nan)
out['Company'] = src['company'].replace(r'^\\s*$', np.nan, regex=True).fillna('')
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["+14155550100", "<absent>", "<absent>"]
    assert _col(recs, "Company") == ["Acme", "", "Gamma"]


def test_review_pandas_a_call_that_changes_the_frame_leaves_the_cell_as_written() -> None:
    text = """In [1]:
out['Email'] = src['email']
out['Company'] = src['company']
out.drop(columns=['Company'], inplace=True)
"""
    assert pandas_cells(text) == text
