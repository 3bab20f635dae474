"""The sentence grammar of the offline engine: plain text -> a DraftPlan.

Deterministic, no network. Each clause is tried against the rule kinds in a fixed order
(filters, defaults and fallbacks, value tables and conditions, tags, lookups, assignments);
what no pattern explains becomes an open question rather than a guess. Field phrases are
resolved with the FieldMatcher of each side, so only catalog fields are ever named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from syncwright.mapping.draft.aligned_tables import pipe_aligned
from syncwright.mapping.draft.angle_template import angle_templates
from syncwright.mapping.draft.arrow_constants import arrow_constants
from syncwright.mapping.draft.arrow_heads import arrow_heads
from syncwright.mapping.draft.as_below import as_below
from syncwright.mapping.draft.bands import NUMBER, BandSlots, bound
from syncwright.mapping.draft.bare_default import quote_bare_default
from syncwright.mapping.draft.bare_tags import quote_bare_tags
from syncwright.mapping.draft.bool_keys import boolean_keys
from syncwright.mapping.draft.booltext import boolean_constants, boolean_text
from syncwright.mapping.draft.bracket_rows import unbracket_rows
from syncwright.mapping.draft.branch_blocks import branch_blocks
from syncwright.mapping.draft.canon import canonical
from syncwright.mapping.draft.change_request import read_change_request
from syncwright.mapping.draft.chat_corrections import chat_corrections
from syncwright.mapping.draft.chat_stamps import plain_stamps
from syncwright.mapping.draft.code_names import slash_labels, unquote_field_names
from syncwright.mapping.draft.complement import rest_skipped
from syncwright.mapping.draft.concat import frame_from_example, take_concats
from syncwright.mapping.draft.concept_fallback import ConceptFallback, omit_when_neither
from syncwright.mapping.draft.concept_filter import bracket_values_filter, concept_filter
from syncwright.mapping.draft.cond_copy import conditional_copy
from syncwright.mapping.draft.condition_lists import condition_lists
from syncwright.mapping.draft.container_bullets import container_bullets
from syncwright.mapping.draft.contract_clauses import contract_clauses
from syncwright.mapping.draft.corrections import apply_corrections
from syncwright.mapping.draft.criteria_tests import drop_tested_criteria
from syncwright.mapping.draft.csv_rows import pipe_csv
from syncwright.mapping.draft.dos_donts import dos_donts
from syncwright.mapping.draft.e164_lists import e164_lists
from syncwright.mapping.draft.emit import template_text
from syncwright.mapping.draft.empties_go import empties_go, leave_blanks_out, says_blanks_go
from syncwright.mapping.draft.empties_stay import empties_stay
from syncwright.mapping.draft.empty_branch import (
    blank_row,
    blank_row_of_reader,
    empty_branch,
    sole_read_field,
    tables_reading,
    takes_blank,
)
from syncwright.mapping.draft.equal_rows import equal_rows
from syncwright.mapping.draft.event_shape import one_event_shape
from syncwright.mapping.draft.examples import drop_examples
from syncwright.mapping.draft.fallback_tail import fallback_tail
from syncwright.mapping.draft.fields import FieldDesc, ObjectFields
from syncwright.mapping.draft.flag import FlagSlots
from syncwright.mapping.draft.flag_filters import unticked_flags
from syncwright.mapping.draft.format_heads import format_heads
from syncwright.mapping.draft.formats import named_formats
from syncwright.mapping.draft.formula import boolean_formula
from syncwright.mapping.draft.ga4_params import bare_params
from syncwright.mapping.draft.gherkin import read_gherkin
from syncwright.mapping.draft.glosses import read_glosses
from syncwright.mapping.draft.group import group_fields
from syncwright.mapping.draft.hcl_mapping import hcl_mapping
from syncwright.mapping.draft.headless_tables import headless_tables
from syncwright.mapping.draft.helpdesk import read_ticket
from syncwright.mapping.draft.holes import fill_holes
from syncwright.mapping.draft.huddle import read_summary
from syncwright.mapping.draft.implied import read_implied
from syncwright.mapping.draft.ir import (
    And,
    Cases,
    Chain,
    Cmp,
    Cond,
    Const,
    DraftFilter,
    DraftPlan,
    DraftRule,
    ListOf,
    Lookup,
    Not,
    Or,
    Question,
    Src,
    Template,
    Transform,
    Value,
    cond_fields,
    value_sources,
)
from syncwright.mapping.draft.its_fields import its_fields
from syncwright.mapping.draft.json_spec import json_spec
from syncwright.mapping.draft.label_names import label_names
from syncwright.mapping.draft.label_values import label_values, quote_labels
from syncwright.mapping.draft.labelled_heads import labelled_heads
from syncwright.mapping.draft.leftovers import (
    NOT_WANTED_NOTE,
    leftovers,
    not_wanted,
    silent_sentences,
    source_fields,
    unapplied,
    unconditioned,
)
from syncwright.mapping.draft.likewise import likewise
from syncwright.mapping.draft.list_cases import cases_as_items
from syncwright.mapping.draft.list_keys import list_keys
from syncwright.mapping.draft.mail_headers import mail_headers
from syncwright.mapping.draft.make_scenarios import make_scenarios
from syncwright.mapping.draft.match_on import match_on_source
from syncwright.mapping.draft.matcher import Candidate, FieldMatcher
from syncwright.mapping.draft.mentions import STOP, Mention, find_mentions
from syncwright.mapping.draft.minutes import action_items
from syncwright.mapping.draft.nested_leaf import nested_leaf_defaults
from syncwright.mapping.draft.notion import notion_page
from syncwright.mapping.draft.omission import copied_sources, omissions, table_left_out
from syncwright.mapping.draft.only_for import only_for
from syncwright.mapping.draft.only_true import only_true_is_false_otherwise
from syncwright.mapping.draft.other_key import other_key
from syncwright.mapping.draft.outline import read_outline
from syncwright.mapping.draft.own_items import split_own_items
from syncwright.mapping.draft.pairs import PairSlots
from syncwright.mapping.draft.pandas_cells import pandas_cells
from syncwright.mapping.draft.pattern import pattern_with_example
from syncwright.mapping.draft.phones_wide import group_phone_formats
from syncwright.mapping.draft.phrases import (
    ARITHMETIC_RE,
    AS_IS,
    CASE_NAME,
    COMPARATORS,
    EMPTY_RE,
    EMPTY_WORDS,
    OTHERWISE_RE,
    RECORD_NOUN,
    REGION_RES,
    SCALE,
    TRANSFORM_RES,
    dial_code_region,
    iso_region,
)
from syncwright.mapping.draft.placeholders import defined_placeholders
from syncwright.mapping.draft.power_automate import power_automate
from syncwright.mapping.draft.pronoun_rows import pronoun_rows
from syncwright.mapping.draft.python_code import python_code
from syncwright.mapping.draft.qa import read_faq
from syncwright.mapping.draft.quoted_fields import unquote_fields
from syncwright.mapping.draft.quoted_labels import quoted_labels, worded_labels
from syncwright.mapping.draft.repairs import (
    repair_defaults,
    repair_leave_offs,
    repair_pairings,
    repair_replacements,
)
from syncwright.mapping.draft.request_forms import request_form
from syncwright.mapping.draft.rest_omitted import rest_left_out
from syncwright.mapping.draft.restated_scope import restated_scopes
from syncwright.mapping.draft.retarget import retarget_misplaced
from syncwright.mapping.draft.row_lines import join_row_lines
from syncwright.mapping.draft.rows import read_rows
from syncwright.mapping.draft.rule_marks import marked_fields
from syncwright.mapping.draft.run_on import cut_run_on
from syncwright.mapping.draft.said_elsewhere import pointer_row, restated_copy, unanswered_pointers
from syncwright.mapping.draft.same_format import same_format
from syncwright.mapping.draft.same_rule import same_rules
from syncwright.mapping.draft.samples import said_pairs
from syncwright.mapping.draft.sheet import read_sheet
from syncwright.mapping.draft.sheet_comments import sheet_comments
from syncwright.mapping.draft.sheet_formulas import sheet_formulas
from syncwright.mapping.draft.slots import (
    _KEEP_CUE,
    _SKIP_CUE,
    CaseSlots,
    ConstSlots,
    DefaultSlots,
    FallbackSlots,
    FilterSlots,
    TemplateSlots,
    TransformSlots,
    scope_formats,
)
from syncwright.mapping.draft.spec_heads import spec_heads
from syncwright.mapping.draft.spoken_values import quote_spoken_values
from syncwright.mapping.draft.sql_case import sql_case
from syncwright.mapping.draft.sql_forms import sql_forms
from syncwright.mapping.draft.sql_select import sql_select
from syncwright.mapping.draft.stories import is_story, unstory
from syncwright.mapping.draft.subfields import name_subfields
from syncwright.mapping.draft.table_legends import drop_legends
from syncwright.mapping.draft.tables import separate_pipe_header
from syncwright.mapping.draft.template_format import template_formats
from syncwright.mapping.draft.text import (
    PLACEHOLDER,
    Clause,
    Sentence,
    norm,
    quote_fixed_cells,
    quote_na,
    split_sentences,
    words,
)
from syncwright.mapping.draft.this_case import this_case
from syncwright.mapping.draft.threads import read_thread
from syncwright.mapping.draft.three_way import three_way_flags
from syncwright.mapping.draft.ticket import split_title, ticket_comments
from syncwright.mapping.draft.toggles import flat_toggles
from syncwright.mapping.draft.transcript import is_transcript, read_transcript, split_requests
from syncwright.mapping.draft.tree import read_trees
from syncwright.mapping.draft.value_pairs import named_copies, value_pairs
from syncwright.mapping.draft.vocabulary import vocabulary
from syncwright.mapping.draft.wide_marks import narrow_marks
from syncwright.mapping.draft.widen_filters import widen_filters
from syncwright.mapping.draft.workflow_steps import workflow_steps
from syncwright.mapping.draft.worksheet import worksheet
from syncwright.mapping.draft.wrapped import join_wrapped
from syncwright.mapping.draft.yaml_config import yaml_config
from syncwright.mapping.draft.zap import read_zap

E = EMPTY_WORDS
_CONDITION_WORD = re.compile(r"(?:if|when|whenever|where|in case|unless)\b", re.I)
_LIT = r"⟦\d+⟧"
def _named_mention(f: FieldDesc, text: str, score: float, why: str) -> Mention:
    """A field the text names outright, as the one candidate of a mention."""
    return Mention(0, 1, text, [Candidate(f, score, why)], True)


# a negation with its verb only: 'false when they haven't', 'unless it is not'
_ELLIPTIC_NOT = re.compile(r"(?:they|it|he|she|the \w+)\s+(?:have|has|do|does|are|is|did|was|were)(?:n't|\s+not)(?:\s+(?:got one|one|it|so))?", re.I)
# a custom field named with its kind: 'a lead_source trait', 'the plan param'
_KIND_NOUN = re.compile(r"(?:(?:an?|the|their|its)\s+)?(?!(?:an?|the|their|its|and|or|all|any|some|these|those|other)\s)(?P<n>[A-Za-z_]\w*)\s+(?P<k>traits?|params?|parameters?|user propert(?:y|ies))", re.I)
_KIND_CONTAINERS = {"trait": ("traits",), "param": ("events[0].params", "params"), "parameter": ("events[0].params", "params"),
                    "user property": ("user_properties",), "user propertie": ("user_properties",)}
# a value written as a template: ''Source: ' followed by it', 'firstname + lastname'
_TEMPLATE_VALUE = r"(?:⟦\d+⟧|[\w.]+)(?:\s*(?:\+|\bfollowed by\b)\s*(?:⟦\d+⟧|[\w.]+(?:\s[\w.]+){0,2}))+"
_TRANSFORM_ORDER = ["trim", "collapse", "email_local", "email_domain", "first_word", "last_word",
                    "lower", "upper", "title", "e164", "integer", "number", "date", "boolean"]
_FILLER = frozenset(
    ["they", "work", "works", "name", "the", "a", "an", "their", "its", "his", "her", "our", "your", "field", "fields", "value", "values", "as", "well", "both", "all", "each", "every", "also", "too", "plus", "just", "simply", "directly", "straight", "one", "contact's", "lead's", "member's", "person's", "there", "please", "and", "or", "over", "across", "to", "from", "for", "in", "on", "of", "with", "merge", "number", "numbers", "code", "properties", "property", "attribute", "attributes", "column"]
)
_COPY_VERB = re.compile(
    r"^(?:please\s+|also\s+|and\s+|then\s+|just\s+|plus\s+|we\s+(?:need|want)\s+|i\s+(?:need|want)\s+|(?:we|i)'d like\s+|(?:each|every|all|the)\s+\w+\s+(?:needs|need|gets|get|has|have|should have|must have|should get|carries)\s+)*(?:create(?!\s+date\b)|put|map|copy|send|sync|bring(?:\s+(?:across|over|along|in))?|include|pass(?:\s+(?:along|through|on))?|push|carry(?:\s+over)?|transfer|move|take|import|export|forward|add|fill(?:\s+in)?|populate|keep|need|want|give (?:them|each|every \w+|it)|besides)\b\s*",
    re.I,
)
# 'For Salesforce Contacts, skip ...': the object named before a comma frames the clause
_FOR_OBJECT = re.compile(r"^for\s+(?:the\s+|our\s+)?(?:(?:hubspot|salesforce|sfdc|mailchimp|segment|ga4|crm)\s+)?(?:contacts?|leads?|members?|subscribers?|records?|audience|users?|people|identif(?:y|ies)|events?)\s*,\s*(?=\S)", re.I)
_EXPLANATION = re.compile(r"\s*,?\s*\b(?:because|since|as otherwise|so that|given that)\b.*$", re.I)
# a bracket that says what kind of field the one before it is ('traits.leadBand (our custom
# trait)', 'Region__c (a new custom field)'): the field is named already, the gloss adds nothing
_KIND_GLOSS = re.compile(
    r"(?<=[\w\]])\s*\((?:(?:our|a|an|the|its|this)\s+)?(?:(?:own|new|custom|extra|special|additional)\s+)*(?:trait|field|property|param(?:eter)?|merge field|attribute|column)\)"
    r"|(?<=[\w\]])\s*\((?:our\s+)?(?:own|new|custom|extra)(?:\s+(?:one|custom))?\)",
    re.I,
)
# a quoted value in a bracket that is no example ('(we always use 'Open')') is a value to read
_QUOTES_A_VALUE = re.compile(r"^(?:(?!\b(?:like|e\.g\.|eg|for example|for instance|such as|say)\b).)*⟦\d+⟧", re.I)
# a bracket that says why or shows an example ('(we have double names like 'Maria Clara')',
# '(some people have two first names)'): it carries no rule, and its words name no field
_REASON_BRACKET = re.compile(
    r"\s*\((?=(?:we|they|some|many|most|a few|the data|people|since|because|e\.g\.|eg|like|for example|for instance)\b)"
    r"(?![^()]*\b(?:if|when|whenever|unless|otherwise|else|empty|blank|missing|default|leave|left|omit|skip|only|not)\b)[^()]*\)",
    re.I,
)
# a bracket glossing a case format ('title case (a capital first letter, the rest lower case)'):
# it says what the format is, and its words ('first', 'letter') name no field
_FORMAT_GLOSS = re.compile(
    r"(?P<f>\b(?:title|upper|lower|sentence|proper)[- ]?case[ds]?|\b(?:upper|lower|title)-?cased|\bcapitali[sz]ed)\s*"
    r"\((?=[^()⟦]*\b(?:letters?|capitals?|capitali[sz]\w*|case|uppercase|lowercase)\b)[^()⟦]*\)",
    re.I,
)
_EVERYONE_TAIL = re.compile(r"\s+(?:for|on|to)\s+(?:every(?:one|body|\s+\w+)|each\s+\w+|all(?:\s+\w+)?|anyone)\b.*$|\s+no matter what\b.*$|\s+regardless\b.*$|\s+(?:across the board|always|in all cases)$", re.I)
_PLATFORM_WORDS = frozenset(["hubspot", "salesforce", "sfdc", "sf", "hs", "mc", "mailchimp", "segment", "ga4", "google", "analytics", "measurement", "protocol", "our", "the", "crm", "audience", "org", "over", "across", "from", "into", "to", "as", "sync", "new", "existing", "account", "call", "calls", "request", "requests", "record", "records", "per", "synchronisation", "synchronization", "integration", "interface"])
_LEAD_IN = re.compile(
    r"^(?:ok(?:ay)?\s+so|ok(?:ay)?|so|also|and|then|plus|finally|next|oh and|btw|lastly|additionally)\b[\s,]*",
    re.I,
)


_DATE_PATTERN = re.compile(r"\b(?:YYYY|YY|MM|DD)(?:[/.-](?:YYYY|YY|MM|DD))+\b")
_DATE_PARTS = {"YYYY": "%Y", "YY": "%y", "MM": "%m", "DD": "%d"}
# 'userId = email': a plain assignment of one field, never a branch of a table beside it
# ('email_address: Email lower-cased' too: a field, a colon and a source with its format)
_PLAIN_ASSIGN = re.compile(r"^[A-Za-z_][\w.]*\s*=\s*(?!.*\b(?:if|when|unless|otherwise|else|or|for)\b)[\w .@-]+$"
                           r"|^[A-Za-z_][\w.]*\s*:\s*(?!.*\b(?:if|when|unless|otherwise|else|or|for|and|from|by|per)\b)[A-Za-z_][\w.]*(?: [\w-]+){0,3}$"
                           # round r12b: 'surname is LNAME or 'Unknown' if LNAME is empty': a copy with its own default
                           r"|^(?:the\s+)?[\w.]+(?: [\w.]+){0,2}\s+(?:is|=|should be|comes from|from)\s+(?:the\s+|their\s+)?[\w.]+(?: [\w.]+){0,2}\s*,?\s+or\s+⟦\d+⟧\s+(?:if|when)\s+"
                           r"(?:it|that|this|(?:the\s+)?[\w.]+(?: [\w.]+){0,2})\s+(?:is|are)\s+(?:empty|blank|missing)$", re.I)
# a clause that may belong to a sentence-wide value table or fallback chain
# round r14a: 'Title into Job Title, omitted when empty': a copy's own leave-off makes it no part of a table
# a clause holding a whole value table: a quoted value, a condition word, then 'otherwise' and another value
_OWN_CASES = re.compile(r"⟦\d+⟧[^;]*\b(?:for|if|when|whose|where)\b[^;]*\b(?:otherwise|else)\b[^;]*⟦\d+⟧", re.I)
_OMIT_TAIL = re.compile(r",?\s*(?:omitted|left out|left off|not sent) (?:when|if) (?:it is )?(?:empty|blank|missing)\s*$", re.I)
_MAY_BE_TABLE = re.compile(
    r"⟦|->|<-|=|:|\b(?:if|when|whenever|unless|otherwise|else|rest|others?|empty|blank|missing|fall(?:s|ing)?|back|instead|or|for|whose|where|means?|becomes?|gives?|makes?|turns?|any|every|each|all|everything|anything|everyone|everybody)\b",
    re.I,
)


def _conditional_items(old: Value, new: Value) -> ListOf | None:
    """'Every member gets the tag Salesforce.' then 'Where Lead Source is Web, ... a second tag,
    Website': on a list field, values on conditions are more items, never the first tag turned
    into the rest of a table (round 46)."""
    if not (isinstance(new, Cases) and new.otherwise is None and isinstance(old, ListOf | Const)):
        return None
    if not all(isinstance(b, Const) for _, b in new.branches):
        return None
    items = list(old.items) if isinstance(old, ListOf) else [(old, None)]
    return ListOf([*items, *((b, c) for c, b in new.branches)])


def _refine(old: Value, new: Value) -> Value:
    """A later clause about a field already written refines its rule, never erases it: a
    value for some records ('unsubscribed' when opted out) joins the value for the others as
    a branch; a plain copy of the field the rule already reads (with a default, fallback or
    format) adds nothing. Otherwise the later clause wins, as written."""
    if isinstance(old, ListOf) and old.items and isinstance(new, Src | Const):
        if (new, None) in old.items:
            return old  # the same tag said again ('X on everyone' under 'TAGS('X', ...)'): one item, never two (round 37)
        return ListOf([*old.items, (new, None)])  # 'tag everyone 'X' and add the Department as a tag': one more item
    if isinstance(new, Cases) and new.otherwise is None:
        if isinstance(old, Cases) and old.otherwise is None:
            return Cases([*old.branches, *new.branches])
        if isinstance(old, Cases):
            # 'VIP true where revenue exceeds 1M, otherwise false.' then 'VIP is false where the revenue
            # is blank': the later case is the exception, read first; the rest stays (round 35: erased)
            return Cases([*new.branches, *old.branches], old.otherwise)
        if isinstance(old, Const | Src | Template):
            return Cases(list(new.branches), old)
    if isinstance(old, Cases) and old.otherwise is None and isinstance(new, Const | Src | Template):
        return Cases(list(old.branches), new)
    if isinstance(new, Src) and not new.transforms:
        first = old.options[0] if isinstance(old, Chain) and old.options else old
        if isinstance(first, Src) and first.field == new.field:
            return old
    if isinstance(new, Src) and isinstance(old, Chain) and old.options and (
        (isinstance(old.options[0], Src) and old.options[0].field == new.field)
        # 'PHONE = mobile, else phone' then 'PHONE must be in E.164': the field's name read as the second
        # number of the chain, with a format only a destination takes (round 46: the chain was replaced)
        or (new.transforms and all(t.name in _DESTINATION_FORMATS for t in new.transforms)
        and any(isinstance(o, Src) and o.field == new.field for o in old.options))
    ):
        # 'Phone: phone, else mobile ...' then 'Phone in E.164': the format of every number in the chain
        for o in old.options:
            if isinstance(o, Src):
                o.transforms = _merge_transforms(o.transforms, new.transforms)
        return old
    if isinstance(old, Src) and old.transforms and isinstance(new, Chain) and new.options and isinstance(new.options[0], Src) and new.options[0].field == old.field \
            and all(t.name in _DESTINATION_FORMATS for t in old.transforms):
        # 'Phone: E.164.' then 'If the phone is empty, use the mobile': the field's format goes
        # to every number of the chain that asks for none of its own (round 21)
        for o in new.options:
            if isinstance(o, Src) and not o.transforms:
                o.transforms = [Transform(t.name, t.arg) for t in old.transforms]
    return new




def _lit_index(tok: str) -> int | None:
    m = PLACEHOLDER.fullmatch(tok.strip())
    return int(m.group(1)) if m else None


@dataclass
class Trace:
    """What one sentence became, for the explanation."""

    sentence: int
    text: str
    became: list[str] = field(default_factory=list)


_NUM_OPS = ("gt", "ge", "lt", "le")


# a link word of a pair 'A into B' inside one side of a parallel list: the text lists pairs instead
_PAIR_LINK = r"(?:^|\s)(?:from|using|out of|->|into|to|becomes?|goes to|go to)\s"

# a remark in a thread or minutes that asks for something: a verb of the mapping first (round 41)
_CHAT_ASKS = re.compile(r"^(?:(?:ah|oh|hmm|so|and|also|wait|ok|okay)[,!.]?\s+)*(?:please\s+)?(?:copy|map|send|set|use|put|make|add|skip|drop|exclude|include|only|tag|write|keep|leave|trim|lower|upper|title|format|take|give|fill|default|change)\b", re.I)
# 'skip contacts whose optout is not 'false' (blank ones too)': the bracket of a skip adds its blank records (round 41)
_BLANKS_TOO = re.compile(r"(?:and\s+|also\s+|plus\s+)?(?:the\s+)?(?:blank|empty|missing)(?:\s+ones|\s+values?|s)?\s+(?:too|as well|also)", re.I)

# 'Do Not Call: true if phone number is empty, otherwise false': a field's flag head
_FLAG_HEAD = re.compile(r"^(?:[^;:]{0,60}:\s*)?(?P<d>(?-i:[A-Z])[\w .]{1,30}?)\s*:\s*(?:true|false|yes|no)\b[^;]*?\b(?:if|when)\b", re.I)


# 'skip the phone number', 'leave out the fax': a skip word, then (maybe) an article and one phrase
_SKIP_FIELD = re.compile(r"(?:skip|omit|leave out|drop|exclude)\s+(?:the\s+|their\s+|any\s+)?(?P<x>[A-Za-z][\w./ ]{1,40}?)(?:\s+fields?)?", re.I)


class Grammar:
    def __init__(self, src: ObjectFields, dst: ObjectFields) -> None:
        self.src_obj, self.dst_obj = src, dst
        self.sm, self.dm = FieldMatcher(src), FieldMatcher(dst)
        self.vocab = vocabulary()
        self.plan = DraftPlan()
        self.traces: list[Trace] = []
        self.literals: list[str] = []
        self.sentence = 0
        self.prefix: str | None = None
        self.last_rule: DraftRule | None = None
        self.last_cases: DraftRule | None = None
        # a destination a sentence named without a source ('now the Rating of the lead.'): the
        # table in the next sentence whose header names only its source fills it (round 26)
        self.pending_dst: tuple[int, FieldDesc] | None = None
        self.in_rows = False  # reading a value table's rows: a code in capitals ('US') is a value there
        self.sentence_rules: dict[int, list[DraftRule]] = {}
        self.cases_source: dict[str, str | None] = {}
        self.object_sentences: list[int] = []
        self.last_cond_field: str | None = None
        self.assigned_words: set[str] = set()
        self.last_cond: Cond | None = None
        self.list_rules = 0
        self.object_headings: set[int] = set()
        self.full_text = ""
        self.read_clauses: list[tuple[int, str, str]] = []  # (sentence, text, as written)
        self.literals_all: list[str] = []
        self.sentences: list[Sentence] = []
        self.story_sentences: set[int] = set()  # sentences that were a user story's wish (stories.py)
        self.pointers: list[tuple[int, str]] = []  # (sentence, field) a row pointed at the rules for ('Rating | see rules')
        self.chat = False  # a thread or minutes: a remark that names nothing is no question (round 41)
        self.restated: set[int] = set()  # sentences that only say again a format the rules apply (round 35)

    # ---------------------------------------------------------------- entry point

    def parse(self, text: str) -> DraftPlan:
        names = self.src_obj.folded_names() | self.dst_obj.folded_names()
        # a worksheet's steps, with 'Label (api_name)' said as the API name there only: on other texts the
        # label's words carry concepts the grammar reads ('Email Opt Out (HasOptedOutOfEmail) is ticked') (round 40)
        text = marked_fields(text)  # 'Company Name → Company ⚠️ rule 2' over a numbered 'Rules' section: the rule under its field (round 54)
        text = pandas_cells(text)  # "In [2]:" cells of "out['FirstName'] = src['firstname'].str.title()": pandas code (round 58)
        text = hcl_mapping(text)  # 'resource "syncwright_mapping"' over 'field "Email" { source = "email" }' blocks: Terraform-like HCL (round 58)
        text = power_automate(text)  # "Email = triggerBody()?['email']", 'Compose - Company' over 'if(empty(trim(...)), ...)': a Power Automate flow's steps (round 57)
        text = make_scenarios(text, frozenset(n.lower() for f in self.src_obj.fields for n in (f.leaf, f.label) if n))  # '1. HubSpot CRM - Watch Contacts', 'Filter: X | Text operators: Equal to | v', 'Company = {{ifempty(1.company; "x")}}': a Make scenario's steps (round 56)
        text = dos_donts(text)  # 'DO:' / "DON'T:" headings over ticked and crossed items, "DON'T send:" over records (round 56)
        text = sheet_formulas(text, {n.lower(): f.path for f in self.src_obj.fields for n in (f.leaf, f.label) if n})  # 'Company =IF(TRIM([Company Name])="","Independent",[Company Name])': a column's spreadsheet formula (round 54)
        text = workflow_steps(branch_blocks(text))  # 'Get Records: contacts where ...', 'Copy property value: A → B': the step's rule (round 55); 'Decision "Band"' / 'If/then branch on X:' over 'Outcome "Big": cond -> Rating = "Hot"' rows: one sentence for the field (round 55)
        text = said_pairs(text)  # 'HubSpot has "Rosa" -> Salesforce should get "Rosa"': a sample, shown as a pair (round 53)
        text = other_key(e164_lists(as_below(same_rules(ticket_comments(request_form(mail_headers(narrow_marks(text))))))))  # a change-request form's labels about the change (round 47); full-width colons and '・' bullets, 'City: same rule as (2)' (round 46); a forwarded email's marker and headers (round 45)
        text = chat_corrections(text)  # '*1,000,000' under a line that said '1,000,00': the typo fixed (round 49)
        text, page = notion_page(text)  # a Notion page's export: properties and unticked boxes set aside (round 42)
        text = flat_toggles(text) if page is None else text  # '▸ Email' over 'same value': the toggle's title is its body's subject (round 48)
        text = arrow_heads(text, self.src_obj, self.dst_obj)  # 'Opt-out → Mailchimp status' over value rows: their caption (round 48)
        text = headless_tables(text, self.dst_obj)  # 'Last Name | all big letter' rows with no header: a field table (round 48)
        if page is None:
            text, page = read_ticket(text)  # a help-desk ticket: fields and boilerplate set aside, follow-ups applied (round 42)
        if page is not None:
            self.plan.notes.append(page)
        text = unquote_fields(text, frozenset(f.path for obj in (self.src_obj, self.dst_obj) for f in obj.fields))  # '"LeadSource" shall be ...' (round 42)
        text = format_heads(defined_placeholders(quote_fixed_cells(condition_lists(text)), names))  # '<date>' defined beside its template; a table cell 'X (fixed text)' quoted; 'skip when either of these is true:' over a list: one skip per item (round 42)
        text, legends = drop_legends(text)  # 'Blank Rule = copy as is': what the table reader does already (round 43)
        self.plan.notes.extend(legends)
        text, sheet = sheet_comments(text)  # a sheet's comment threads read without authors and questions, its tracker column set aside (round 43)
        if sheet is not None:
            self.plan.notes.append(sheet)
            self.chat = True
        text = plain_stamps(text)  # a WhatsApp export's '[14:02, 03/12/2026] Putri:' stamps (round 44)
        text, agreed = action_items(text, names)  # meeting minutes: the 'Action items' list (round 41)
        if agreed is None:
            text, agreed = read_thread(text, names)  # a chat thread: speakers, reactions and recap set aside (round 41)
        if agreed is None:
            text, agreed = read_summary(text)  # a call's summary: what was turned down and people's to-dos set aside (round 42)
        if agreed is not None:
            self.plan.notes.append(agreed)
            self.chat = True
        text = text if (steps := worksheet(text)) is text else label_names(steps, self.src_obj, self.dst_obj)
        text = angle_templates(self, pipe_csv(self, pipe_aligned(quote_na(equal_rows(likewise(contract_clauses(sql_select(python_code(yaml_config(json_spec(text)))))))))))  # a table pasted as aligned columns: a pipe table (round 45); JSON-ish specs (round 40); ', same' spelled out, '=' rows under a header, contract clauses, YAML-ish config (round 39); Python pseudocode (round 38); a SELECT statement: one line per rule (round 37)  # rows pasted from a spreadsheet as CSV: a pipe table (round 36)
        text = separate_pipe_header(cut_run_on(self, text))  # a run-on line; a pipe table without its '|---|' (round 32)
        if is_transcript(text):
            text = split_requests(self, read_transcript(text))  # a dictated request: its spoken forms typed, its run-on cut (round 27)
        text = drop_examples(read_gherkin(drop_tested_criteria(join_wrapped(join_row_lines(unbracket_rows(sql_forms(sql_case(text))), names), same_margin=True))), names)  # wrapped lines joined while every line has its width (round 35)
        text = spec_heads(text, self.src_obj, self.dst_obj)
        text, corrected = apply_corrections(text)
        self.plan.notes.extend(corrected)
        text = read_faq(self, read_trees(self, read_zap(read_sheet(read_change_request(text)))))
        text = read_outline(self, container_bullets(self, text))  # 'Traits:' over its items: each item's path (round 45)
        text = read_glosses(self, text)
        text = bare_params(self, text)  # GA4: 'created_date: create date' is a custom param (round 43)
        self.full_text = text
        text, title = split_title(text, frozenset(n.lower() for f in self.dst_obj.fields for n in (f.path, f.leaf, f.label) if n))
        if title is not None and is_story(title):
            text, title = f"{title}\n{text}", None  # a story over its criteria is read, not set aside
        if title is not None:
            self.plan.notes.append(f"(the ticket's title, no rule: {title!r})")
        text, wishes = unstory(text)
        text = quote_spoken_values(self, quote_bare_tags(self, fill_holes(self, arrow_constants(self, only_for(self, slash_labels(self, worded_labels(self, quoted_labels(self, labelled_heads(self, unquote_field_names(self, pronoun_rows(this_case(its_fields(quote_labels(self, text))))))))))))))
        sentences = split_sentences(text, lambda s_: canonical(name_subfields(s_, self.dst_obj)))
        self.sentences = sentences
        self.story_sentences = {s.index for s in sentences if any(_same_start(s.text, w) for w in wishes)}
        self.literals_all = next((c.literals for s in sentences for c in s.clauses), [])
        for s in sentences:
            self.traces.append(Trace(s.index, s.text))
            self._sentence(s)
        self._finish()
        self._drop_answered_questions()
        self._drop_story_motives()
        unanswered_pointers(self)
        return self.plan

    def _blank_of_unread(self, text: str, made: list[DraftRule]) -> bool:
        """'if the last name is empty, put ...' beside 'VIP = true if ...': a fallback on a source
        field the sentence-wide reader never read is a clause of its own (round 31: it was dropped)."""
        m = re.match(r"^(?:and\s+|but\s+)?(?:if|when|whenever)\s+(?:the\s+)?(?P<f>[\w. ]+?)\s+(?:is|are)\s+(?:empty|blank|missing)\b", text, re.I)
        f = self.resolve(m.group("f"), "src") if m else None
        if f is None:
            return False
        read: set[str] = set()
        for r in made:
            read |= source_fields(r.value)
            if isinstance(r.value, Cases):
                read |= {x for c, _ in r.value.branches for x in cond_fields(c)}
        return f.best.path not in read

    def _flag_heads(self, clauses: list[Clause]) -> list[list[Clause]]:
        """The clauses in runs, each opened by 'Field: true if ...' naming a destination field of
        its own; one run when fewer than two such heads."""
        groups: list[list[Clause]] = []
        seen: set[str] = set()
        for c in clauses:
            head = _FLAG_HEAD.match(c.text)
            d = self.resolve(head["d"], "dst") if head else None
            named = d is not None and (d.exact_case or norm(head["d"] if head else "") in {norm(d.best.path), norm(d.best.label or "")})
            if d is not None and named and d.best.path not in seen:
                seen.add(d.best.path)
                groups.append([c])
            elif groups:
                groups[-1].append(c)
            else:
                return [clauses]
        return groups if len(groups) > 1 else [clauses]

    def _names_other_field(self, text: str, leaves: set[str]) -> bool:
        """Does ``text`` write a destination field (or the tags) that none of ``leaves`` names?"""
        said = {m.best.path.rsplit(".", 1)[-1].lower() for m in self.mentions(text, "dst") if m.exact_case}
        if re.search(r"\bthe tag\b|\btags?\s*(?:=|:|is\b|are\b)", text, re.I):
            said.add("tags")
        return bool(said) and not (said & leaves) and not any(leaf in text.lower() for leaf in leaves)

    def _drop_answered_questions(self) -> None:
        """'HubSpot to Segment, match on userId, which is the email': 'match on userId' alone
        asked which source fills userId, and the next clause answered it. A question of that
        kind about a field a rule now writes is no longer open (round 20)."""
        written = {r.target for r in self.plan.rules}
        keep = []
        for q in self.plan.questions:
            m = re.fullmatch(r"which \S+ field should fill (?P<d>\S+)\?", q.text)
            m2 = re.fullmatch(r"sentence \d+: what should '(?:.*?,\s*)?match on (?P<d>[\w.]+)' do\? It did not become a rule", q.text)
            if (m and m["d"] in written) or (m2 and m2["d"] in written):
                continue
            keep.append(q)
        self.plan.questions = keep

    def _drop_story_motives(self) -> None:
        """A story's wish that became no rule ('I want the expo sign-ups to land in Salesforce as Leads', 'each
        member's status to follow the unsubscribe flag') is the motive its criteria spell out: noted, not asked,
        when the criteria wrote rules, every destination field the wish names is written by another sentence,
        and the wish neither scopes the records ('only', 'not', 'minus') nor says a value, a number or a
        format (round 51: each of those is more than a motive, and stays asked)."""
        if not self.story_sentences:
            return
        texts = {t.sentence: t.text for t in self.traces}
        keep = []
        for q in self.plan.questions:
            k = q.sentence
            if k is None or k not in self.story_sentences or any(k in r.sentences for r in self.plan.rules) or any(f.sentence == k for f in self.plan.filters):
                keep.append(q)
                continue
            others = {r.target for r in self.plan.rules if set(r.sentences) - {k}}
            named = {m.best.path for m in self.mentions(texts.get(k, ""), "dst")}
            scoped = re.search(r"\b(?:only|not|no|never|skip\w*|exclud\w*|except|without|minus|out|every|all|each|whole|any)\b", texts.get(k, ""), re.I)
            # a wish that says a value, a number or a format says more than a motive: asked as before
            says_more = re.search(r"['\"⟦\d]|\b(?:capital\w*|caps|upper|lower|title|trim\w*|e\.?164|first\s+word|date|integer|whole|number|round\w*|"
                                  r"default|blank|empty|instead|unless|except|tag\w*|true|false)\b", texts.get(k, ""), re.I)
            if others and named <= others and not says_more and not scoped:
                self.plan.notes.append(f"sentence {k + 1}: the story's wish, which its criteria spell out (not asked): {q.text}")
                continue
            keep.append(q)
        self.plan.questions = keep

    def _sentence(self, s: Sentence) -> None:
        if restated_copy(self, s):
            return
        self.sentence = s.index
        self.prefix = None
        self.assigned_words = {w.lower() for c in s.clauses for w in re.findall(r"(?<![\w.'])([A-Za-z_]\w*)\s*(?:=|->)", c.text)}
        clauses = s.clauses
        made: list[DraftRule] = []
        order: list[Clause] = []
        plain: list[Clause] = []
        if clauses:
            self.literals = clauses[0].literals
            clauses = split_own_items(self, clauses)
            # the sentence-wide readers (a value table over clauses, a fallback chain) get the
            # clauses that can be part of one; a plain 'X gets Y, Z gets W' clause beside them
            # is read on its own, never swallowed
            plain = [c for c in clauses if len(clauses) > 1 and (not _MAY_BE_TABLE.search(_OMIT_TAIL.sub("", c.text)) or _PLAIN_ASSIGN.match(c.text))]
            rest = [c for c in clauses if c not in plain]
            groups = self._flag_heads(clauses)
            if len(groups) > 1:
                # 'Email Opt Out: true if ...; false if ...; Do Not Call: true if ...': each checkbox with its own
                # branches, never one field's cases (round 50: the second field's branch went to the first)
                for group in groups:
                    self._sentence(Sentence(s.index, s.text, group))
                return
            if self._tag_branches("; ".join(c.text for c in clauses)):
                return
            if len(clauses) == 1 and omit_when_neither(self, clauses[0].text):
                return
            joined = "; ".join(c.text for c in rest)
            before = list(self.sentence_rules.get(s.index, []))
            if rest and (FlagSlots(self).try_sentence(joined) or CaseSlots(self).try_sentence(joined) or FallbackSlots(self).try_sentence(joined) or ConceptFallback(self).try_sentence(joined) or BandSlots(self).try_sentence(joined)):
                made = [r for r in self.sentence_rules.get(s.index, []) if all(r is not b for b in before)]
                order = list(clauses)
                # 'if the company is empty, the tag is the domain ...; vip = true if ...': the reader made vip's
                # rule; a clause about another field it never wrote is read on its own (round 26: it was dropped)
                leaves = {r.target.rsplit(".", 1)[-1].lower() for r in made}
                aside = [c for c in rest if self._names_other_field(c.text, leaves) or self._blank_of_unread(c.text, made)]
                # a table set aside keeps its rows: 'Lifecycle stage from Lead Status: Open -> lead; Working -> ...'
                # beside the flag's clause (round 46: its rows went with the flag's reader and the table was lost)
                for k, c in enumerate(rest):
                    head = _TABLE_HEAD.match(c.text)
                    other = head is not None and (d := self.resolve(head["d"], "dst")) is not None and d.best.path not in {r.target for r in made}
                    if c not in aside and (other or (k > 0 and rest[k - 1] in aside and _ROW_ONLY.match(c.text) and not self.mentions(c.text.split("->")[0], "dst"))):
                        aside.append(c)
                clauses = [c for c in clauses if c in plain or c in aside]
        for clause in clauses:
            self.literals = clause.literals
            if len(clauses) > 1 and omit_when_neither(self, clause.text):
                continue  # '...; if neither is set, leave PHONE out' after the chain the sentence made
            if made and clause in order and (k := order.index(clause)) > 0 and order[k - 1] not in plain:
                # 'Phone = phone, else the mobile; format it E.164': the clause before this one was read
                # with the sentence's table or chain, so 'it' here is the rule that reader made
                self.last_rule = made[-1]
            if len(clauses) > 1 and clause not in plain and _OWN_CASES.search(clause.text) and CaseSlots(self).try_sentence(clause.text):
                continue  # 'lifecyclestage 'customer' for VIPs, otherwise 'subscriber'' beside other rules: a table of its own
            for sub in _subclauses(clause.text):
                sub = _LEAD_IN.sub("", sub).strip(" ,:")
                sub = _FOR_OBJECT.sub("", sub).strip(" ,:")
                sub = _EXPLANATION.sub("", sub).strip(" ,:")
                sub = _KIND_GLOSS.sub("", sub)
                sub = _REASON_BRACKET.sub(lambda m_: m_.group(0) if self._transforms(m_.group(0)) or _QUOTES_A_VALUE.search(m_.group(0)) else "", sub).strip(" ,:")
                sub = _FORMAT_GLOSS.sub(r"\g<f>", sub)
                why = re.match(r"^(?P<r>[^;⟦]+?),\s+so\s+(?!that\b)(?P<rest>.+)$", sub, re.I)
                if why and not any(m.exact_case for m in self.mentions(why.group("r"), "dst")) and self.mentions(why.group("rest"), "dst"):
                    sub = why.group("rest")  # 'Sales keep asking ..., so the Description should ...': the reason carries no rule
                elif why and re.search(r"\bit\b", why.group("rest")) and len({m.best.path for m in self.mentions(why.group("r"), "src")}) == 1:
                    # 'The company is required on a lead, so use 'X' when it's empty': 'it' is the field the reason names
                    subj_m = self.mentions(why.group("r"), "src")[0]
                    sub = re.sub(r"\bit\b", f"the {subj_m.text}", why.group("rest"), count=1)
                if sub:
                    self.read_clauses.append((self.sentence, sub, _restore(sub, self.literals)))
                    self._clause(sub, clause)
        # a sentence nothing above read: the concept readers that key on ingredients alone
        unread = not self.sentence_rules.get(s.index) and not any(f.sentence == s.index for f in self.plan.filters)
        if unread and concept_filter(self, " ".join(c.text for c in s.clauses)):
            self.plan.questions = [q for q in self.plan.questions if q.sentence != s.index]
        self._implied(s)
        self._rows(s)
        # a fallback read above whose 'leave it out when both are empty' sat in a clause of its own
        if any(isinstance(r.value, Chain) and not r.omit_if_empty for r in self.sentence_rules.get(s.index, [])):
            omit_when_neither(self, "; ".join(c.text for c in s.clauses))
        fallback_tail(self, s.index, s.text)
        omissions(self, s.index, s.text)
        scope_formats(self, s.index, " ".join(c.text for c in s.clauses), "; ".join(c.text for c in s.clauses))
        same_format(self, s.index, f"{s.text}; " + "; ".join(c.text for c in s.clauses))

    def _rows(self, s: Sentence) -> None:
        """A value table read from its keys and quoted outputs (rows.py) replaces what the
        clauses made of its field when it explains more of the sentence's quoted values."""
        text = "; ".join(c.text for c in s.clauses)
        found = read_rows(self, text, s.index)
        if found is None:
            return
        here = {self.literals_all[int(i)] for i in re.findall(r"⟦(\d+)⟧", text) if int(i) < len(self.literals_all)}
        same = [r for r in self.plan.rules if r.target == found.target]
        have: set[str] = set()
        for r in self.sentence_rules.get(s.index, []) + same:
            have |= _literal_texts(r.value)
        if len(found.literals) <= len(have & here):
            return
        header = [r for r in same if set(r.sentences) <= {s.index - 1, s.index} and (s.index in r.sentences or value_sources(r.value) == [found.source])]
        if len(header) != len(same):
            return  # another sentence wrote the field its own way: leave both, the check asks
        self.plan.rules = [r for r in self.plan.rules if r not in same]
        self.sentence_rules[s.index] = [r for r in self.sentence_rules.get(s.index, []) if r not in same]
        rule = self.add_rule(found.target, found.value, f"a value table on {found.source} (its keys and quoted values)", 0.8)
        if self.last_cases in same:
            self.last_cases = rule  # a later 'everyone else gets X' extends this table
        self.plan.questions = [q for q in self.plan.questions if q.sentence != s.index or not ("did not become a rule" in q.text or any(f"'{v}'" in q.text for v in found.literals))]

    def _implied(self, s: Sentence) -> None:
        """A value table whose field only its values name ('X join as unsubscribed, everyone
        else as subscribed') replaces what the clauses made of that field: nothing, or fixed
        values from this sentence alone."""
        found = read_implied(self, "; ".join(c.text for c in s.clauses))
        if found is None:
            return
        target, value, why = found
        made = self.sentence_rules.get(s.index, [])
        same = [r for r in self.plan.rules if r.target == target]
        if not all(_fixed(r.value) and set(r.sentences) == {s.index} for r in same):
            return  # a reading from a source field, or from another sentence, stays
        self.plan.rules = [r for r in self.plan.rules if r not in same]
        self.sentence_rules[s.index] = [r for r in made if r not in same]
        self.add_rule(target, value, why, 0.8)
        self.plan.questions = [q for q in self.plan.questions if q.sentence != s.index]

    def _note(self, text: str) -> None:
        self.traces[self.sentence].became.append(text)

    # ---------------------------------------------------------------- literals & values

    def _quoted_source(self, index: str) -> str | None:
        """A quoted source field in a condition: its exact name, or the label of exactly one
        source field ("whose 'Unsubscribed from all email' is 'true'")."""
        lv = self.lit(f"⟦{index}⟧")
        if lv is None:
            return None
        if self.src_obj.get(lv) is not None and re.fullmatch(r"[A-Za-z_][\w.]*", lv):
            return lv
        by_label = [f.path for f in self.src_obj.fields if f.label and f.label.lower() == lv.strip().lower()]
        return by_label[0] if len(by_label) == 1 and " " in lv.strip() else None

    def _quoted_dest(self, index: str) -> str | None:
        """A quoted destination field opening a rule ("'hs_email_optout' is 'true' if ..."): its
        exact name (with a letter, an underscore or a dot that no value is written with)."""
        lv = self.lit(f"⟦{index}⟧")
        if lv is None or not re.fullmatch(r"[a-z][\w.]*_[\w.]*|[A-Za-z_]\w*\.[\w.]+", lv):
            return None
        return lv if self.dst_obj.get(lv) is not None else None

    def lit(self, tok: str) -> str | None:
        i = _lit_index(tok)
        return self.literals[i] if i is not None and i < len(self.literals) else None

    def _const(self, raw: str, dst: FieldDesc | None, quoted_ok: bool = True) -> Const | None:
        """A written value: 'x' or "x" literally; unquoted true/false, numbers, picklist words."""
        raw = raw.strip().strip(",.;:()").strip()
        raw = re.sub(r"^(?:to|as|=|is|be|the (?:value|text|string)|value|text|string)\s+", "", raw, flags=re.I).strip()
        lit = self.lit(raw)
        typ = dst.type if dst else "string"
        if lit is not None:
            # a quoted "true" is text (HubSpot's hs_email_optout holds the strings); unquoted true is a boolean
            if typ in ("number", "integer") and re.fullmatch(r"-?\d+(\.\d+)?", lit):
                return Const(_num(lit))
            return Const(lit)
        if not raw or PLACEHOLDER.search(raw):
            return None
        if dst is not None and dst.values and (own := re.fullmatch(rf"(?P<v>[\w-]+)\s+{re.escape(dst.leaf)}", raw, re.I)):
            raw = own.group("v")  # 'Subscribed status' for status: the value, named with its field
        low = raw.lower()
        if low in ("true", "false", "yes", "no", "checked", "unchecked", "on", "off"):
            truth = low in ("true", "yes", "checked", "on")
            if typ == "boolean" or (dst and set(dst.values) == {"true", "false"}):
                return Const(truth if typ == "boolean" else ("true" if truth else "false"))
            return Const(truth) if low in ("true", "false") else Const(raw)
        num = _parse_number(raw)
        if num is not None and (typ in ("number", "integer") or re.fullmatch(r"-?\d+(\.\d+)?", raw)):
            return Const(num if typ != "string" else raw)
        if dst and dst.values:
            for v in dst.values:
                if v.lower() == low or norm(v) == norm(raw):
                    return Const(v)
        if dst is None:
            return None
        # a code in capitals is a value even where its word is a stop word ('United States -> US', 'Italy -> IT')
        # a capitalised label may hold a stop word after its first ('Newsletter only', round 26), never a joining word
        # in a table's rows a capitalised label may open with one ('opportunity -> In pipeline', round 46); so
        # may a placeholder text anywhere ('Job Title = Not provided')
        opens = (self.in_rows and len(raw.split()) >= 2) or re.fullmatch(r"(?-i:Not) (?:provided|stated|set|available|applicable|specified|known|given|assigned|defined|disclosed|registered|entered)", raw) is not None
        label = raw[:1].isupper() and (raw.split()[0].lower() not in STOP or opens) and not any(w.lower() in _JOINING for w in raw.split())
        if re.fullmatch(r"[\w .@/&+-]+", raw) and len(raw.split()) <= 4 and not any(
            w.lower() in STOP and not (self.in_rows and w.isupper() and len(w) >= 2 and " " not in raw) and not (label and (i > 0 or opens)) for i, w in enumerate(raw.split())
        ):
            if low in ("blank", "empty", "nothing", "none", "null", "missing", "left blank", "left empty"):
                return None  # an emptiness word is no value ('(blank if none)'): a quoted 'Unknown' still is
            if low in _NO_VALUE_WORDS:
                return None  # 'ADDRESS: skip', 'Fax: n/a - leave out': an instruction, not a value (quoted, it is one)
            if raw.islower() and (self.src_obj.get(raw) is not None or any((f.label or "").lower() == low for f in self.src_obj.fields)):
                return None  # 'MailingCity gets city when ...': a bare source field's name is its value, not the word
            return Const(raw)
        return None

    # ---------------------------------------------------------------- field resolution

    def mentions(self, phrase: str, side: str) -> list[Mention]:
        matcher = self.sm if side == "src" else self.dm
        prefix = self.prefix if side == "dst" else None
        if side == "src":
            # 'LNAME: title case', 'City is to go across in title case': the case's name is no
            # source field (jobtitle); one word for one, so positions stay (round 21)
            phrase = CASE_NAME.sub("tcase", phrase)
        return find_mentions(phrase, matcher, self.vocab.object_words, prefix)

    def resolve(self, phrase: str, side: str) -> Mention | None:
        kind = _KIND_NOUN.fullmatch(phrase.strip()) if side == "dst" else None
        if kind is not None:
            # 'a lead_source trait', 'the plan param': that name inside the kind's container
            for container in _KIND_CONTAINERS[kind.group("k").lower().rstrip("s")]:
                path = f"{container}.{kind.group('n')}"
                known = self.dst_obj.get(path)
                if known is not None:
                    return _named_mention(known, kind.group("n"), 1.0, "named with its kind")
                saved, self.prefix = self.prefix, None
                named = self._named_field(path, side)
                self.prefix = saved
                if named is not None:
                    return named
        if side == "dst" and self.prefix and self.prefix not in self.dst_obj.containers() and re.fullmatch(r"[A-Za-z_]\w*", phrase.strip()):
            # under a new object the text names ('Under traits.work: title from ...'), a plain
            # name is that object's field
            custom = self.dst_obj.open_field(f"{self.prefix}.{phrase.strip()}")
            if custom is not None:
                return _named_mention(custom, phrase.strip(), 0.9, f"named in the text under {self.prefix}")
        if side == "dst" and self.prefix and phrase.strip().lower() in self.assigned_words and re.fullmatch(r"[A-Za-z_]\w*", phrase.strip()):
            in_catalog = self.dst_obj.get(f"{self.prefix}.{phrase.strip()}")
            if in_catalog is not None:
                return _named_mention(in_catalog, phrase.strip(), 1.0, "named in the text")
            named = self._named_field(phrase, side)
            if named is not None:
                return named  # 'Parameters: amount = ...': the name written left of '=' under a container is that field
        ms = self.mentions(phrase, side)
        if not ms:
            return self._named_field(phrase, side)
        # the longest, then the best-scored, then the first
        best = max(ms, key=lambda m: (m.end - m.start, m.score, -m.start))
        # a dotted name written in full ('traits.emailable') is that field, not a near one (traits.email)
        if side == "dst" and re.fullmatch(r"[A-Za-z_]\w*(?:\[\d+\])?(?:\.\w+)+", p := phrase.strip()) and norm(best.best.path) != norm(p):
            return self._named_field(p, side) or best
        # ... also when it leads a longer phrase ('traits.city the city')
        lead = re.match(r"([A-Za-z_]\w*(?:\.\w+)+)(?=\s)", phrase.strip()) if side == "dst" else None
        if lead and norm(best.best.path) != norm(lead.group(1)) and lead.group(1).split(".")[-1].lower() in best.text.lower():
            return self._named_field(lead.group(1), side) or best
        return best

    def _named_field(self, phrase: str, side: str) -> Mention | None:
        """A field the text names exactly where the object accepts custom ones: an identifier
        under an open prefix (``lead_source`` in GA4 params, ``traits.plan``), or a
        Mailchimp merge field in capitals ('the COMPANY merge field'). Flagged for review."""
        obj = self.src_obj if side == "src" else self.dst_obj
        core = re.sub(r"^(?:the|their|its|a|an)\s+", "", phrase.strip(), flags=re.I)
        core = re.sub(r"\s+(?:merge field|merge tag|field|tag)$", "", core, flags=re.I).strip()
        if not re.fullmatch(r"[A-Za-z_][\w.\[\]]*", core) or norm(core) in STOP or norm(core) in _FILLER:
            return None
        identifier_like = "_" in core or "." in core or bool(re.search(r"[a-z][A-Z]", core))
        # a plain word written as the left side of '=' under a container ('Event params: method = ...')
        identifier_like = identifier_like or (side == "dst" and self.prefix is not None and core.lower() in self.assigned_words)
        candidates = [core]
        if side == "dst" and self.prefix and obj.get(core) is None:
            last = self.prefix.rsplit(".", 1)[-1]
            # 'params.method' under the prefix 'events[0].params' is that param, not params.params.method
            candidates.insert(0, f"{self.prefix}.{core[len(last) + 1:]}" if core.startswith(last + ".") else f"{self.prefix}.{core}")
        if side == "dst" and "." in core and obj.get(core) is None:
            # 'params.value' on GA4: the param under the one container ending in 'params' (events[0].params)
            head, _, rest = core.partition(".")
            inner = [c for c in obj.containers() if c != head and re.sub(r"\[\d+\]", "", c).rsplit(".", 1)[-1] == head]
            if len(inner) == 1:
                candidates.append(f"{inner[0]}.{rest}")
        has_merge = any(f.path.startswith("merge_fields.") for f in obj.fields)
        if has_merge and re.fullmatch(r"[A-Z][A-Z0-9_]{2,9}", core):
            candidates.insert(0, f"merge_fields.{core}")
        elif has_merge and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{1,9}", core) and re.search(r"\bmerge (?:field|tag)$", phrase.strip(), re.I):
            candidates.insert(0, f"merge_fields.{core.upper()}")  # 'the Company merge field': merge tags are written in capitals
        if side == "dst":
            # a container is no field: 'traits.company' holding a name is its name field, else nothing
            candidates = [f"{c}.name" if c in obj.containers() and obj.get(f"{c}.name") is not None else c for c in candidates if c not in obj.containers() or obj.get(f"{c}.name") is not None]
        for path in candidates:
            f = obj.get(path) or (obj.open_field(path) if identifier_like or (path != f"{self.prefix}.{core}" and "." in core) else None)
            if f is None and path.startswith("merge_fields.") and has_merge:
                f = FieldDesc(path, "string", "", "a merge field named in the text", from_text=True)
            if f is not None:
                if f.from_text:
                    note = f"{path} is not in the standard catalog of {obj.ref}; taken because the text names it (check it against the account with `syncwright check`)"
                    if note not in self.plan.notes:
                        self.plan.notes.append(note)
                return _named_mention(f, core, 0.9, "named in the text")
        return None

    def src_value(self, phrase: str, dst: FieldDesc | None = None) -> Value | None:
        """A source-side expression: a field with transforms, a template, or a constant."""
        phrase = phrase.strip().strip(",;:")
        if not phrase:
            return None
        tmpl = self._template(phrase, dst)
        if tmpl is not None:
            return tmpl
        transforms = self._transforms(phrase)
        core = _strip_transform_words(phrase)
        lit = self.lit(core.strip()) if core.strip() else None
        if lit is not None:
            return self._const(core, dst)
        m = self.resolve(core, "src")
        if m is None and any(t.name in ("email_local", "email_domain") for t in transforms):
            m = self._concept_src("email")
        if m is None:
            c = self._const(core, dst)
            return c
        return Src(m.best.path, transforms)

    def _named_source(self, phrase: str) -> Src | None:
        """A source field named exactly (its name or label, lower case, maybe after 'the' or
        'their'), as a branch's value: 'city when the country is X'. Nothing fuzzy: a word that
        only resembles a field is a value, not a copy."""
        core = re.sub(r"^(?:the|their|its|his|her)\s+", "", phrase.strip(), flags=re.I)
        if not core.islower():
            return None
        f = self.src_obj.get(core) or next((f for f in self.src_obj.fields if (f.label or "").lower() == core), None)
        return Src(f.path) if f is not None else None

    def _concept_src(self, concept: str) -> Mention | None:
        c = self.vocab.concepts.get(concept)
        if not c:
            return None
        for w in c.words:
            m = self.resolve(w, "src")
            if m:
                return m
        return None

    def _template(self, phrase: str, dst: FieldDesc | None) -> Template | None:
        """'X + a space + Y', 'X followed by Y', 'first and last name with a space'. A case
        format after the joined parts ('..., then put in Title Case') is each part's."""
        tail = _TEMPLATE_CASE_TAIL.search(phrase)
        if tail is not None and (case := self._transforms(tail.group(0))) and all(t.name in ("title", "upper", "lower", "trim") for t in case):
            inner = self._template(phrase[: tail.start()], dst)
            if inner is not None:
                for piece in inner.parts:
                    if isinstance(piece, Src):
                        piece.transforms = [*piece.transforms, *(Transform(t.name, t.arg) for t in case if all(t.name != o.name for o in piece.transforms))]
                return inner
        m = re.match(
            r"^(?P<a>.+?)\s+(?:and|&|plus|\+)\s+(?P<b>.+?)\s*,?\s+(?:with|separated by|joined (?:by|with)|split by)\s+(?:an?\s+|one\s+)?(?P<sep>space|comma|dash|hyphen|slash|underscore|"
            + _LIT + r")(?:\s+and\s+(?:an?\s+)?space)?(?:\s+(?:between|in between)(?:\s+them)?)?$",
            phrase.strip(),
            re.I,
        )
        if m:
            sep = _sep(m.group("sep"), self)
            a, b = m.group("a"), m.group("b")
            if re.fullmatch(r"first", a.strip(), re.I) and re.search(r"last name", b, re.I):
                a = "first name"
            va, vb = self.src_value(a, None), self.src_value(b, None)
            if isinstance(va, Src) and isinstance(vb, Src):
                return Template([va, Const(sep), vb])
        # a separator spelled out between parts: 'their first name, a space, then their surname'
        phrase = re.sub(r"\s*,\s*(?:an?\s+|one\s+)?(space|comma|dash|hyphen|slash)(?:\s+and\s+(?:an?\s+|one\s+)?space)?\s*,?\s*(?:and\s+)?(?:then\s+)?(?=\S)", r" + \1 + ", phrase, flags=re.I)
        # a '+' before digits is a country calling code ('US numbers (+1)'), not a join
        if not re.search(r"\+(?!\s*\d)|\bfollowed by\b|\bthen\b|\bplus\b|\bjoined with\b|\bconcatenat", phrase, re.I):
            return None
        parts = re.split(r"\s*(?:\+(?!\s*\d)|\bfollowed by\b|\bthen\b|\bplus\b|\bjoined with\b|\bconcatenated with\b)\s*", phrase, flags=re.I)
        out: list[Src | Const] = []
        for part in parts:
            part = part.strip().strip(",")
            if not part:
                continue
            sep_m = re.fullmatch(r"(?:an?\s+|one\s+|single\s+)?(space|comma|dash|hyphen|slash)", part, re.I)
            if re.fullmatch(r"(?:an?\s+)?comma\s+(?:and|plus|then|followed by)\s+(?:an?\s+)?space", part, re.I):
                out.append(Const(", "))  # 'a comma and a space'
                continue
            if sep_m:
                sep = _sep(sep_m.group(1), self)
                if sep == " " and out and isinstance(out[-1], Const) and out[-1].value == ", ":
                    out[-1] = Const(", ")  # 'comma, space' spelled out: one comma, one space
                    continue
                out.append(Const(sep))
                continue
            v = self.src_value(part, None)
            if isinstance(v, Src | Const):
                out.append(v)
            else:
                return None
        if len(out) >= 2 and any(isinstance(p, Src) for p in out):
            return Template(out)
        return None

    def _transforms(self, phrase: str) -> list[Transform]:
        found: list[Transform] = []
        # 'the part before the "@"': a quoted sign is the sign itself
        phrase = re.sub(r"⟦\d+⟧", lambda q: "@" if self.lit(q.group(0)) == "@" else q.group(0), phrase)
        # a written date pattern ('as MM/DD', 'DD.MM.YYYY') is the date format itself
        dp = _DATE_PATTERN.search(phrase)
        if dp and dp.group(0) != "YYYY-MM-DD":
            found.append(Transform("date", re.sub(r"YYYY|YY|MM|DD", lambda k: _DATE_PARTS[k.group(0)], dp.group(0))))
        for name, rx in TRANSFORM_RES:
            if name == "date" and dp and dp.group(0) != "YYYY-MM-DD":
                continue  # the written pattern above is the date format (not an earlier 'upper' found)
            if rx.search(phrase):
                if name == "email_domain" and not re.search(r"@|email|e-mail|mail", phrase, re.I):
                    continue
                if name == "e164":
                    found.append(Transform("e164", self._region(phrase)))
                elif name == "date":
                    found.append(Transform("date", "%Y-%m-%d"))
                else:
                    found.append(Transform(name))  # type: ignore[arg-type]
        names = {t.name for t in found}
        if "title" in names:
            found = [t for t in found if t.name not in ("lower", "upper")]
        if "integer" in names:
            found = [t for t in found if t.name != "number"]
        if "email_local" in names and "email_domain" in names:
            found = [t for t in found if t.name != "email_domain"]
        found.sort(key=lambda t: _TRANSFORM_ORDER.index(t.name))
        return found

    def _region(self, phrase: str) -> str:
        sentences = split_sentences(self.full_text)
        here = sentences[self.sentence].text if self.sentence < len(sentences) else ""
        nxt = sentences[self.sentence + 1].text if self.sentence + 1 < len(sentences) else ""
        # the region the text says it assumes (canonical wording: 'assuming Australia numbers')
        # wins over a country named elsewhere in the sentence ("skip anyone in the United States;
        # ...; mobile in E.164 with Australia as the default country")
        read = {s.index: "; ".join(c.text for c in s.clauses) for s in self.sentences}
        said = [m.group(1) for k in (self.sentence, self.sentence + 1) for m in _ASSUMED.finditer(read.get(k, ""))]
        for scope in (phrase, " ".join(said), here, nxt, self.full_text):
            for code, rx in REGION_RES:
                if rx.search(scope):
                    return code
            dial = dial_code_region(scope) or iso_region(scope)
            if dial is not None:
                return dial
        self.plan.notes.append("E.164: no country named for numbers without a '+'; assumed US")
        return "US"

    # ---------------------------------------------------------------- rules

    def add_rule(self, target: str, value: Value, why: str, confidence: float = 0.9) -> DraftRule:
        if isinstance(value, Src) and value.transforms:
            value.transforms = _fit_transforms(value.transforms, self.dst_obj.get(target))
        existing = self.plan.rule_for(target)
        f = self.dst_obj.get(target)
        if f is not None and f.type in ("array", "list") and isinstance(value, (Src, Chain)) and existing is None:
            # 'the Department becomes the member's only tag': a list field holds the value as its item (round 22);
            # so does a fallback chain ('tags: industry, else lifecycle stage': one item, the first filled, round 27)
            value = ListOf([(value, None)])
        if isinstance(value, Const) and isinstance(value.value, str) and f is not None and f.type in ("number", "integer") \
                and not re.fullmatch(r"\s*-?[\d,]*\.?\d+\s*", value.value):
            # 'Empty revenue is Warm too' read as AnnualRevenue = 'Warm': a word is no number, so
            # it is asked about and the field keeps its rule (round 21)
            self.ask(f"{target} holds a number: what should '{value.value}' in sentence {self.sentence + 1} do?", [target])
            return existing if existing is not None else DraftRule(target, value, sentences=[self.sentence], why=[why], confidence=confidence)
        # 'FNAME = FirstName as is' under a story that gave FNAME a fallback: the same copy, refined as before
        same_copy = isinstance(value, Src) and existing is not None and _copied_field(existing.value) == value.field
        if existing is not None and not same_copy and self.sentence not in self.story_sentences and set(existing.sentences) <= self.story_sentences:
            # a story's wish wrote the field and a criterion says it exactly: the criterion wins (round 23)
            self.plan.rules.remove(existing)
            self.plan.notes.append(f"{target}: the acceptance criterion in sentence {self.sentence + 1} replaces what the story said")
            existing = None
        if existing is not None and self.sentence in self.story_sentences and not set(existing.sentences) <= self.story_sentences:
            self.plan.notes.append(f"{target}: sentence {self.sentence + 1} (a story) restates what an acceptance criterion says; the criterion is kept")
            return existing
        if existing is not None:
            listed = _conditional_items(existing.value, value) if f is not None and f.type in ("array", "list") else None
            existing.value = listed if listed is not None else _refine(existing.value, value)
            existing.sentences.append(self.sentence)
            existing.why.append(why)
            existing.confidence = max(existing.confidence, confidence)
            rule = existing
        else:
            rule = DraftRule(target, value, sentences=[self.sentence], why=[why], confidence=confidence)
            self.plan.rules.append(rule)
        self.last_rule = rule
        self.sentence_rules.setdefault(self.sentence, []).append(rule)
        self._note(f"{target} <- {_show(value, self.literals)}")
        return rule

    def ask(self, text: str, candidates: list[str]) -> None:
        if not any(q.text == text for q in self.plan.questions):
            self.plan.questions.append(Question(text, self.sentence, candidates))
            self._note(f"question: {text}")

    # ---------------------------------------------------------------- clauses

    def _clause(self, text: str, clause: Clause) -> None:
        if not (text := take_concats(self, text)).strip():
            return
        text = self._pronoun_row(text)
        text = quote_bare_default(self, text)
        # 'street from "address"', 'true when "hs_email_optout" is "true"': a quoted source field's
        # exact name after 'from' or before a comparison is that field, not a value
        text = re.sub(
            r"(?<=\bfrom\s)(?:the\s+)?⟦(\d+)⟧(?:\s+field)?|(?:(?<=\bwhen\s)|(?<=\bif\s)|(?<=\bwhere\s)|(?<=\bwhose\s))(?:the\s+)?⟦(\d+)⟧(?:\s+field)?(?=\s+(?:is|=|==|equals|are|has|contains)\b|\s*=)",
            lambda q: self._quoted_source(q.group(1) or q.group(2)) or q.group(0),
            text,
        )
        # "'hs_email_optout' is 'true' if ...": a destination field quoted by its exact name opens the rule (round 31)
        text = re.sub(r"^(?:the\s+)?⟦(\d+)⟧(?=\s+(?:is|are|becomes|gets)\s|\s*[:=]\s)", lambda q: self._quoted_dest(q.group(1)) or q.group(0), text)
        # a rule in parentheses: '(userId = email)', '(userId is their email)' (the field by its exact name)
        pa = re.search(r"\s*\((?P<a>[\w.]+\s*(?:=|->|:)\s*[^()]+|[\w.]+\s+⟦\d+⟧|(?P<h>[A-Za-z_][\w.]*)\s+is\s+(?:the |their |its )?[\w ]+)\)", text)
        ph = self.resolve(pa.group("h"), "dst") if pa and pa.group("h") else None
        if pa and (not pa.group("h") or (ph is not None and ph.exact_case)) and not re.search(r"\b(?:only|skip|ignore|exclude|unless|just)\b", text, re.I) and self.resolve(pa.group("a").split("=")[0].split("->")[0].split(":")[0].split(" is ")[0], "dst"):
            self._clause(pa.group("a"), clause)
            text = (text[: pa.start()] + " " + text[pa.end() :]).strip()
            if not text or not self.mentions(text, "dst"):
                return
        for handler in (
            lambda t: match_on_source(self, t),
            self._picklist_value_row,
            self._pronoun_skip,
            self._region_only,
            self._objects_only,
            lambda t: empties_go(self, t),
            self._not_wanted,
            lambda t: pointer_row(self, t),
            lambda t: empties_stay(self, t),
            lambda t: empty_branch(self, t),
            lambda t: conditional_copy(self, t),
            self._filter,
            lambda t: rest_skipped(self, t),
            lambda t: pattern_with_example(self, t),
            lambda t: FilterSlots(self).try_clause(t),
            self._tags,
            self._default,
            self._otherwise_only,
            self._more_branches,
            self._lookup,
            self._event_name,
            lambda t: boolean_formula(self, t),
            self._cases,
            lambda t: DefaultSlots(self).try_clause(t),
            lambda t: ConstSlots(self).try_clause(t),
            lambda t: TransformSlots(self).try_clause(t),
            lambda t: TemplateSlots(self).try_clause(t),
            lambda t: group_fields(self, t),
            self._grouped_under,
            self._assign,
            lambda t: PairSlots(self).try_clause(t),
        ):
            if handler(text):
                return
        shown = _restore(text, self.literals)
        self._note(f"(not understood: {shown!r})")
        if self._read_only_named(text, shown) or self._restates_formats(text, shown):
            return
        dst_ms = self.mentions(text, "dst")
        ranked = [c.field.path for c in self.dm.rank_phrase(text, 3)] if not dst_ms else []
        explains = re.search(r"\brequire[sd]?\b|\bmandatory\b|\bcan(?:'t|not) be (?:empty|blank)\b|\bis a required\b", text, re.I) and not PLACEHOLDER.search(text)
        named = {m.best.path: m.best for m in dst_ms}
        if len(named) == 1 and self.plan.rule_for(next(iter(named))) is None and not re.search(r"\bmatch(?:ed|es|ing)?\b|\bkey\b", text, re.I):
            self.pending_dst = (self.sentence, next(iter(named.values())))
        # 'Country param - the country': a label and a source field after a dash is a rule, whatever the label (round 35: a note only)
        labelled = re.match(r"^[\w .'\"⟦⟧]{1,40}?\s+-\s+(?P<r>.+)$", text)
        says_rule = bool(labelled and self.mentions(labelled["r"], "src"))
        if says_rule or (not explains and (dst_ms or PLACEHOLDER.search(text))) or (not explains and re.search(r"\b(?:should|must|needs? to|set|map|copy|send|becomes?|=|->|gets?|goes?)\b", text, re.I)):
            cands = list(dict.fromkeys([m.best.path for m in dst_ms] + ranked))
            self.ask(f"sentence {self.sentence + 1}: what should '{shown}' do? It did not become a rule", cands[:5])
        else:
            self.plan.notes.append(f"sentence {self.sentence + 1}: not understood (names no field of {self.dst_obj.ref}): {shown!r}")

    def _not_wanted(self, text: str) -> bool:
        """'Birthdate isn't needed': no rule, by the text's own word (noted, not asked)."""
        what = not_wanted(_restore(text, self.literals)) or self._skipped_field(text)
        if what is None:
            return False
        self._note(f"{NOT_WANTED_NOTE}: {what} is not mapped)")
        # 'copy email, company and job title, except the job title': the list's rule goes; so does a
        # rule a story's wish drafted only by a synonym ('the address' read as the street) (round 52)
        d = self.resolve(what, "dst") or self.resolve(what, "src")
        for r in list(self.plan.rules):
            named = d is not None and (r.target == d.best.path or (isinstance(r.value, Src) and r.value.field == d.best.path))
            by_synonym = r.target == (d.best.path if d is not None else None) and any("synonym" in w for w in r.why) and set(r.sentences) <= self.story_sentences
            if named and (r.sentences == [self.sentence] or by_synonym):
                self.plan.rules.remove(r)
                self._note(f"{r.target}: taken out again ({what} is not wanted)")
        return True

    def _skipped_field(self, text: str) -> str | None:
        """'skip the phone number' ('do not send the phone number'): a destination field named whole
        after a skip word gets no rule; records ('skip the test leads') and values stay a filter
        (round 52: read as a copy of the phone)."""
        m = _SKIP_FIELD.fullmatch(text.strip(" ."))
        if m is None or re.search(rf"\b{RECORD_NOUN}$|⟦", m["x"], re.I):
            return None
        d = self.resolve(m["x"], "dst")
        if d is None or d.score < 0.8:
            return None
        # the mention is the whole phrase, give or take a plural and a word for what a field holds ('phone numbers')
        said = {w.rstrip("s") for w in m["x"].lower().split()} - {"number", "field", "value", "data", "info", "detail"}
        if not said <= {w.rstrip("s") for w in d.text.lower().split()}:
            return None
        return m["x"]

    # ---- 'Map HubSpot contacts to Salesforce leads': the objects, no fields ---------------

    def _pronoun_skip(self, text: str) -> bool:
        """'only where hs_email_optout is "false". if it's "true" or blank, skip em': 'it' is the field the
        last condition read; the records with that value or none are skipped (round 35)."""
        m = _PRONOUN_SKIP.fullmatch(text.strip(" ."))
        if m is None or self.last_cond_field is None:
            return False
        said = f"skip contacts whose {self.last_cond_field} is {m['v'] or m['v2']} or blank"
        self._clause(said, Clause(said, self.sentence, self.literals))
        return True

    def _picklist_value_row(self, text: str) -> bool:
        """'status => subscribed' in a list of 'email => email_address' rows: the destination written
        by its exact name, then one of its own picklist values (no source field of that name) is
        that constant (round 35: read as a copy of the source's lead status)."""
        m = re.fullmatch(r"\s*(?P<d>[A-Za-z_][\w.]*)\s*(?:->|=>|=|:)\s*(?P<v>[A-Za-z][\w -]*?)\s*\.?\s*", text)
        if m is None:
            return False
        d = self.dst_obj.get(m["d"])
        v = next((x for x in (d.values if d is not None else []) if x.lower() == m["v"].lower()), None)
        if d is None or v is None or self.src_obj.get(m["v"]) is not None:
            return False
        self.add_rule(d.path, Const(v), f"{d.path} = {v!r} (one of its values, written after its name)", 0.85)
        return True

    def _otherwise_restated(self, text: str) -> bool:
        """'Default Company to "Unknown". Otherwise the company as it is.': the copy the default
        stands in front of, said again (round 37; it was asked about as a sentence of no rule)."""
        m = re.fullmatch(r"(?:and\s+)?(?:otherwise|else|if not)[,:]?\s+(?:just\s+)?(?:use|take|copy|send|keep|is|it is)?\s*(?:the\s+|their\s+|its\s+)?(?P<f>[\w. ]{1,30}?)\s+as (?:it is|is|they are)\W*", text.strip(), re.I)
        lr = self.last_rule
        if not m or lr is None:
            return False
        before = " ".join(t.text for t in self.traces if t.sentence in lr.sentences)
        defaulted = isinstance(lr.value, Chain) and isinstance(lr.value.options[-1], Const)
        if not defaulted and not (isinstance(lr.value, Src) and re.search(r"\bdefault|\b(?:if|when)\s+(?:it\s+is\s+|it's\s+)?(?:empty|blank|missing)\b|\bfalls?\s+back\b", before, re.I)):
            return False
        first = lr.value.options[0] if isinstance(lr.value, Chain) else lr.value
        named = self.resolve(m["f"], "src")
        if not isinstance(first, Src) or named is None or named.best.path != first.field:
            return False
        lr.sentences.append(self.sentence)
        self._note(f"{lr.target}: {first.field} when it is not empty (said again)")
        return True

    def _restates_formats(self, text: str, shown: str) -> bool:
        """'LastName in title case, City in title case' as a ticket's criterion under rules that
        already write both in title case: said again, nothing to add (noted, not asked; round 35)."""
        from syncwright.mapping.draft.leftovers import _transform_names

        wanted = {t.name for t in self._transforms(text)}
        named = {m.best.path for m in self.mentions(CASE_NAME.sub("proper", text), "dst")}
        if not wanted or not named or PLACEHOLDER.search(text):
            return False
        rules = [self.plan.rule_for(p) for p in named]
        if any(r is None or not wanted <= _transform_names(r.value) for r in rules):
            return False
        self.plan.notes.append(f"sentence {self.sentence + 1}: says again the format the rules already apply: {shown!r}")
        self.restated.add(self.sentence)
        return True

    def _read_only_named(self, text: str, shown: str) -> bool:
        """A clause that writes a field the destination platform sets itself (HubSpot's
        hs_analytics_source): no mapping can write it, so the person is told why, never a
        silent 'not understood'."""
        named = [n for n in self.dst_obj.read_only if re.search(rf"(?<![\w.]){re.escape(n)}(?![\w])", text)]
        if not named:
            return False
        self.ask(f"sentence {self.sentence + 1}: {named[0]} is read-only in {self.dst_obj.ref} (the platform sets it), so no mapping can write it: "
                 f"which field should {shown!r} write instead?", [c.field.path for c in self.dm.rank_phrase(named[0].replace("_", " "), 3)])
        return True

    def _region_only(self, text: str) -> bool:
        """'A number without a country code must be treated as a US number' (canon: 'assuming US
        numbers') on its own: the region of the E.164 rules already drafted, which read it."""
        if not _ASSUMED.fullmatch(text.strip(" .;,")):
            return False
        if not any(isinstance(r.value, Src) and any(t.name == "e164" for t in r.value.transforms) for r in self.plan.rules):
            return False
        self._note(f"E.164 region: {_restore(text.strip(), self.literals)}")
        return True

    def _objects_only(self, text: str) -> bool:
        t = _COPY_VERB.sub("", text.strip())
        heading = re.match(r"scope\s+", t, re.I)  # canon's mark of a 'Scope:' line naming the objects
        t = t[heading.end() :] if heading else t
        words_ = [w for w in re.findall(r"[\w.']+", t) if norm(w) not in _FILLER and norm(w) not in STOP]
        if not words_ or PLACEHOLDER.search(t) or re.search(r"\b(?:not|never|no|nobody|no one|none|noone|nothing|else|other|others|rest)\b|n't\b", t, re.I):
            return False  # 'Subscribers should not be sent over' is a filter, not the objects
        if _ROW_AFTER_TABLE.fullmatch(t) and self.last_rule is not None and isinstance(self.last_rule.value, Cases) and self.sentence in self.last_rule.sentences:
            return False  # round r13c: '- customer: Other' under a table's rows is one more row, not the objects
        if all(norm(w) in self.vocab.object_words or norm(w) in _PLATFORM_WORDS for w in words_) and any(norm(w) in _PLATFORM_WORDS or norm(w) in self.vocab.object_words for w in words_):
            if re.match(r"^(?:for|on|in)\s+(?:the|each|every|a|an)?\s*", text.strip(), re.I) and not _COPY_VERB.match(text.strip()):
                # round 13: 'For the Salesforce contact, lower-case ...': a frame for the sentence's own
                # rules, not a request to map the objects (which would also fill required fields)
                self._note(f"(the objects, as a frame: {self.src_obj.ref} -> {self.dst_obj.ref})")
                return True
            self.object_sentences.append(self.sentence)
            if heading or (self.sentence == 0 and not _COPY_VERB.match(text.strip()) and re.search(r"\b(?:sync|integration|feed|export|import|push|mapping|payload|spec)\b", t, re.I)):
                # 'Customer-contact sync.' as a title line: a heading, like 'Scope: ...'
                self.object_headings.add(self.sentence)
            self._note(f"(the objects: {self.src_obj.ref} -> {self.dst_obj.ref})")
            return True
        return False

    # ---- filters: only / skip -----------------------------------------------------------

    def _filter(self, text: str) -> bool:
        t = text.strip()
        # 'skip leads that are Closed - Converted, the customer team handles those': a reason
        # after the filter, said to a colleague, is no part of its condition
        why = _REASON_TAIL.search(t)
        if why and not PLACEHOLDER.search(why.group(0)) and (_KEEP_CUE.search(t[: why.start()]) or _SKIP_CUE.search(t[: why.start()])) and self._filter(t[: why.start()]):
            self._note(f"(a reason, not a rule: {_restore(why.group('r'), self.literals)})")
            return True
        if bracket_values_filter(self, t, _KEEP_CUE, _SKIP_CUE):
            return True
        # 'only contacts with a LeadSource (skip the ones where it's blank)': a bracket that
        # restates the filter adds nothing to it
        restated = re.search(r"\s*\((?P<p>[^()]*)\)\s*$", t)
        if restated and re.search(r"\b(?:skip(?:ped)?|ignored?|excluded?|leave out|left out|drop(?:ped)?|only|the rest|blank|empty|missing)\b", restated.group("p"), re.I) and self._filter(t[: restated.start()]):
            blanks_too = _BLANKS_TOO.fullmatch(restated.group("p").strip(" .!")) and re.match(r"(?:please\s+)?(?:skip|ignore|exclude|drop|leave out|filter out)\b", t, re.I)
            if (says_blanks_go(restated.group("p")) or blanks_too) and leave_blanks_out(self.plan.filters[-1]):
                self._note(f"filter: {self.plan.filters[-1].reason}")  # '(blank ones don't count, skip em)'
            return True
        # 'only for contacts in stage X, with client_id 'v'': a destination field written
        # exactly after the condition is a rule of its own, not part of the condition
        tail = re.search(r",\s*(?:with|and|plus|also)\s+(?P<r>[^,;]+)$", t, re.I)
        if tail:
            ms = self.mentions(tail.group("r"), "dst")
            if ms and ms[0].start == 0 and ms[0].exact_case and self._filter(t[: tail.start()]):
                self._clause(tail.group("r"), Clause(tail.group("r"), self.sentence, self.literals))
                return True
        keep = re.match(
            r"^(?:we\s+)?(?:only|just)\s+(?:want\s+(?:to\s+)?)?(?:(?:sync|send|push|bring(?:\s+over|\s+across|\s+in)?|include|import|process|keep|map|add|move|transfer|pass|export|take)\s+)?(?P<rest>.+)$",
            t, re.I,
        ) or re.match(r"^(?:sync|send|push|include|import|process|keep|take)\s+only\s+(?P<rest>.+)$", t, re.I)
        if keep is None:
            m = re.match(r"^(?P<rest>.+?)\s+only$", t, re.I)
            keep = m if m and re.search(r"\b(?:whose|where|with|who|that|in|from)\b", m.group("rest")) and not _SKIP_CUE.search(m.group("rest")) else None
        skip = re.match(
            r"^(?:skip|ignore|exclude|drop|leave out|filter out|discard|omit|don't (?:sync|send|import|include|push)|do not (?:sync|send|import|include|push)|never (?:sync|send|import|push))\s+(?P<rest>.+)$",
            t, re.I,
        )
        passive = re.match(
            r"^(?P<rest>.+?)\s+(?:are|is|should be|must be|get|gets)\s+(?:not sent|not synced|skipped|ignored|excluded|dropped|left out|filtered out|not imported|not included)\b.*$|^(?P<rest2>.+?)\s+(?:aren't|isn't|shouldn't be|should not be|must not be|won't be)\s+(?:sent|synced|imported|included|pushed)\b.*$",
            t, re.I,
        )
        fo = re.match(r"^(?:for|only for)\s+(?:the\s+)?(?:contacts?|leads?|members?|records?|people|those)\s+(?P<rest>.+?)\s+only\b\s*(?:\((?P<p>[^)]*)\))?$|^only\s+for\s+(?:the\s+)?(?:contacts?|leads?|members?|records?|people|those)\s+(?P<rest2>.+)$", t, re.I)
        if fo:
            cond = (self.condition(fo.group("p")) if fo.group("p") else None) or self.condition(_strip_subject(fo.group("rest") or fo.group("rest2")))
            if cond is not None:
                said = re.sub(r"^only\s+", "", fo.group(0), flags=re.I)
                self._add_filter(cond, f"only {_restore(said, self.literals)}")
                return True
        for_each = re.match(
            r"^for\s+(?:every|each|all|any)\s+(?:\w+\s+)?(?P<rest>(?:in|whose|where|with|who|that)\b.+?),\s*(?P<tail>.+)$", t, re.I
        )
        if keep:
            rest = keep.group("rest")
            if re.match(r"^(?:the\s+)?(?:fields?|columns?)\b", rest, re.I):
                return False
            cond = self.condition(_strip_subject(rest))
            if cond is None or self._names_fields(cond):
                return False
            self._add_filter(cond, f"only {_restore(rest, self.literals)}")
            return True
        if skip or passive:
            rest = (skip.group("rest") if skip else (passive.group("rest") or passive.group("rest2")))  # type: ignore[union-attr]
            if skip is not None and self._field_left_out(rest):
                return False
            subj = re.search(r"(?:^|,\s*)(?:then\s+)?(?:the\s+)?(?P<k>(?:event\s+)?(?:parameter|param|trait|merge field|property|field)\s+)?(?P<d>[\w.]+(?: [\w.]+){0,2}?)(?P<f>\s+field)?\s*$", rest) if passive is not None and passive.group("rest") else None
            named = self.resolve(subj.group("d"), "dst") if subj else None
            # ('if both numbers are empty, Mobile Phone should be left out': a field named whole after the condition, round 52)
            whole = subj is not None and named is not None and bool(re.match(r"^(?:if|when|whenever)\b", rest, re.I)) and named.text.lower() == subj.group("d").lower()
            if subj is not None and named is not None and (named.exact_case or subj.group("k") or subj.group("f") or whole) and not re.search(r"\b(?:contacts?|leads?|members?|records?|people)\b", subj.group("d"), re.I):
                return False  # 'if the job title is empty, Title is left out': the field, not the record
            if skip is not None and re.match(r"^(?:those|these|the|both|them|that|this|either|it)(?:\s+(?:two|three|\w+))?\s+(?:fields?|values?)\b|^(?:them|it|those|these)\b", rest, re.I):
                return False
            om = re.match(r"^(?:the\s+)?(?P<d>[\w.]+(?:\s+(?:and|or)\s+[\w.]+)?)(?:\s+(?:field|at all|off|out))?\s+(?:when|if|whenever)\b", rest, re.I)
            if om and skip is not None:
                d = self.resolve(om.group("d"), "dst")
                if d is not None and d.exact_case:
                    return False
            # ('skip contacts with Lifecycle Stage = other': the stage's value 'other', never the others; round 50)
            if OTHERWISE_RE.search(rest) and re.search(r"\bother|else|rest\b", rest, re.I) and not re.search(r"(?:=|\bis|\bequals?)\s+other\b(?!\s+than)", rest, re.I):
                if self.plan.filters:
                    self._note("(the complement of the filter above)")
                    return True
                return False
            unless = re.match(r"^(?P<who>.*?)\bunless\s+(?P<c>.+)$", rest, re.I)
            if unless:
                cond = self.condition(_strip_subject(re.sub(r"^(?:their|its|the)\s+|^(?:they|it|he|she)\s+(?=(?:are|is)\b)", "", unless.group("c"), flags=re.I)))
                if cond is None:
                    return False
                self._add_filter(cond, f"skip {_restore(rest, self.literals)}")
                return True
            cond = self.condition(_strip_subject(rest))
            if cond is None:
                return False
            self._add_filter(_negate(cond), f"skip {_restore(rest, self.literals)}")
            return True
        if for_each:
            cond = self.condition(_strip_subject(for_each.group("rest")))
            if cond is None:
                return False
            self._add_filter(cond, f"only {_restore(for_each.group('rest'), self.literals)}")
            self._clause(for_each.group("tail"), Clause(for_each.group("tail"), self.sentence, self.literals))
            return True
        return False

    def _field_left_out(self, rest: str) -> bool:
        """'omit when state is blank', 'leave out if no birthdate', 'skip the trait when Title is
        blank' right after a rule: no record is named, the condition is the emptiness of the
        rule's own source, so the field is left out, not the record."""
        m = re.match(r"^(?:(?:the |this |that )?(?:trait|field|value|property|param(?:eter)?|merge field|key|it)\s+)?(?:if|when|whenever|where)\s+(?P<c>.+)$", rest.strip(), re.I)
        last = self.last_rule
        if m is None or last is None or not _is_empty_cond(m.group("c")):
            return False
        cond = self.condition(m.group("c"))
        return isinstance(cond, Cmp) and cond.op == "empty" and cond.field in value_sources(last.value)

    def _add_filter(self, cond: Cond, reason: str) -> None:
        # 'UK leads only.' read from a value's words, then 'only leads whose Country is 'United
        # Kingdom'': the filter written with the field and its exact value replaces the guess
        if isinstance(cond, Cmp):
            same = [f for f in self.plan.filters if isinstance(f.keep_when, Cmp) and f.keep_when.field == cond.field and f.keep_when.op in ("eq", "in") and cond.op in ("eq", "in")]
            guessed = [f for f in same if f.guessed]
            self.plan.filters = [f for f in self.plan.filters if f not in guessed]
        self.plan.filters.append(DraftFilter(cond, self.sentence, reason))
        self._note(f"filter: {reason}")

    # ---- conditions ----------------------------------------------------------------------

    def condition(self, text: str, default_field: str | None = None) -> Cond | None:
        """'country is United States', 'lifecycle stage is customer or opportunity', 'no email'..."""
        if self.last_cond is not None and _ELLIPTIC_NOT.fullmatch(text.strip().strip(",.;")):
            return _negate(self.last_cond)  # '... true when they've opted out, false when they haven't'
        # 'leads that are already Closed - Converted', 'whose Country is X come over': a time
        # word before the value and a moving verb after it are not part of the value
        text = re.sub(r"(?<=\w)\s*(?:==|=|!=)\s*(?=[\w⟦])", lambda q: " != " if "!" in q.group(0) else " = ", text)  # 'Rating=Cold'
        text = _COND_TIME_WORD.sub(r"\g<v>", text)
        text = _COND_MOVE_TAIL.sub("", text)
        # 'they are at the subscriber stage', 'contacts in the lead stage' -> 'at the ... stage'
        text = _COND_WHO_AT.sub("", text.strip())
        # 'converted leads (Closed - Converted)': a bracket holding one picklist value, exactly
        # as the catalog spells it, says which value the words before it mean
        br = re.fullmatch(r"[^()]*\((?P<v>[^()]+)\)\s*", text)
        if br is not None:
            v = self.lit(br.group("v").strip()) or br.group("v").strip()
            owners = [f for f in self.src_obj.fields if v in f.values]
            if len(owners) == 1:
                c0 = Cmp(owners[0].path, "eq", v)
                self.last_cond, self.last_cond_field = c0, c0.field
                return c0
        two = _TWO_SIDED.fullmatch(text.strip().strip(",.;"))
        if two is not None:
            # 'over 1000000 and up to 10000000': both bounds, on the field the first one names
            low = _boolean_fix(self._condition(two.group("low"), default_field), self.src_obj)
            high = bound(two.group("high"), low.field) if isinstance(low, Cmp) and low.op in ("gt", "ge") else None
            if isinstance(low, Cmp) and high is not None:
                self.last_cond, self.last_cond_field = And([low, high]), low.field
                return self.last_cond
        c = _boolean_fix(self._condition(text, default_field), self.src_obj)
        if c is not None:
            self.last_cond = c
        neg = re.compile(r"\b(?:not|never|no longer)\s+|(?<=\w)n't\b\s*", re.I)
        if isinstance(c, Cmp) and c.op in ("true", "false") and neg.search(text):
            # 'have not opted out of email': a negation the pattern read past flips the flag
            plain = _boolean_fix(self._condition(re.sub(r"\s+", " ", neg.sub(" ", text)).strip(), default_field), self.src_obj)
            if isinstance(plain, Cmp) and plain.field == c.field and plain.op == c.op:
                c = Cmp(c.field, "false" if c.op == "true" else "true")
        if isinstance(c, Cmp) and c.op == "true" and re.search(r"\b(?:unchecked|unticked|false)\b", text, re.I) and not re.search(r"\b(?:checked|ticked|true)\b", text, re.I):
            c = Cmp(c.field, "false")  # 'with HasOptedOutOfEmail unchecked': a pattern read the flag and not its value
        if isinstance(c, Cmp):
            self.last_cond_field = c.field
        return c

    def _condition(self, text: str, default_field: str | None = None) -> Cond | None:
        text = text.strip().strip(",.;:")
        # 'if they're VIP', 'when the member is not a VIP': a true/false source field named after a pronoun (round 27:
        # read as the last field compared with the word 'VIP')
        who = _WHO_IS_FLAG.fullmatch(text)
        if who is not None:
            flag = self.resolve(who.group("w"), "src")
            if flag is not None and flag.best.type == "boolean" and norm(flag.best.leaf) == norm(who.group("w")):
                return Cmp(flag.best.path, "false" if who.group("neg") else "true")
        # 'for non-VIP members', 'non-customers': the condition the word after 'non' names, negated
        non = re.fullmatch(r"(?:(?:the|all|any)\s+)?non[- ](?P<x>[\w-]+(?:\s+(?:members?|contacts?|leads?|ones|people|records?|subscribers?))?)", text, re.I)
        if non:
            inner_ = self.condition(non.group("x"), default_field)
            return _negate(inner_) if inner_ is not None else None
        paren = re.search(r"\(([^()]*)\)", text)
        if paren:
            inner = self.condition(paren.group(1), default_field)
            if isinstance(inner, Cmp) and inner.op in _NUM_OPS:
                # 'over 20 (up to 200)': a bracket bounding the number the clause compares is the band's other end
                rest_ = (text[: paren.start()] + text[paren.end() :]).strip()
                outer = self.condition(rest_, default_field) if rest_ else None
                if isinstance(outer, Cmp) and outer.field == inner.field and outer.op in _NUM_OPS:
                    return And([outer, inner]) if (outer.op in ("gt", "ge")) != (inner.op in ("gt", "ge")) else outer
            named_value = re.fullmatch(r"(?P<f>[A-Za-z_][\w.]*)\s+(?P<v>(?!is\b|=)[^()]+)", paren.group(1).strip())
            if inner is None and named_value and self.src_obj.get(named_value.group("f")) is not None:
                inner = self.condition(f"{named_value.group('f')} is {named_value.group('v')}", default_field)  # '(MailingCountry Germany)'
            if inner is not None:
                outside = (text[: paren.start()] + " " + text[paren.end() :]).strip()
                whole = self._condition(outside, default_field) if re.search(r"\s(?:and|or)\s", outside, re.I) else None
                if isinstance(whole, And | Or) and isinstance(inner, Cmp) and any(isinstance(x, Cmp) and x.field == inner.field for x in whole.items):
                    # 'in the US and have not opted out (hs_email_optout is not 'true')': the bracket
                    # restates one part; the other parts still hold
                    return type(whole)([inner if isinstance(x, Cmp) and x.field == inner.field else x for x in whole.items])
                return inner
            named = self.resolve(paren.group(1), "src")
            if named is not None and _only_field_words(paren.group(1), named, self.vocab.object_words):
                default_field = named.best.path
            text = (text[: paren.start()] + text[paren.end() :]).strip()
        bare = re.fullmatch(r"(?:(?:it|they|that)\s+(?:is|are)\s+)?(?P<n>un|not\s+)?(?:checked|ticked)", text, re.I)
        if bare and default_field and (bf_ := self.src_obj.get(default_field)) is not None and bf_.type == "boolean":
            return Cmp(default_field, "false" if bare.group("n") else "true")  # "'false' when unchecked" after a checkbox's condition
        having = re.match(r"^with\s+(?:an?|some|any)\s+(?!(?:empty|blank|missing|null|unknown)\b)(?P<f>[\w. ]+)$", text, re.I)
        if having and (f_ := self.resolve(having.group("f"), "src")) is not None and _only_field_words(having.group("f"), f_, self.vocab.object_words, spare=0):
            return Cmp(f_.best.path, "not_empty")  # 'with a LeadSource' (not 'with a gmail address': a word that narrows it is no field word)
        text = re.sub(r"^(?:every(?:one|body)|any(?:one|body)|those|people|the ones|ones|all)\s+(?:who|that|which|whose)\s+", "", text, flags=re.I)
        text = re.sub(r"^(?:(?:all\s+|the\s+|any\s+)?(?:contacts|leads|members|records|subscribers|users|persons))\s+(?:who|that|which|whose)\s+(?=(?:are|is|have|has|were|was|do|does|did|aren|isn|haven|hasn|weren|wasn|don|doesn|didn)\b)", "", text, flags=re.I)
        # 'contacts with no employee count', 'anyone without a phone': the records named before what they lack
        text = re.sub(r"^(?:(?:all|the|any)\s+)?(?:contacts|leads|members|records|subscribers|users|persons|people|anyone|anybody|everyone|everybody|those|ones)\s+(?=(?:with no|without|lacking|missing)\b)", "", text, flags=re.I)
        text = re.sub(r"^(?:if|when|whenever|where|whose|who|that|which|with|for|in case)\s+", "", text, flags=re.I)
        text = re.sub(r"^(?:the\s+)?(?:member|contact|lead|person|record|subscriber|user)s?\s+(?=(?:is|are|was|were|has|have|doesn't|does not|don't|do not|hasn't|has not|lacks?)\b)", "", text, flags=re.I)
        # 'phone and mobile phone are (both) empty': one predicate said once of two fields (round 25:
        # only the second was read, and 'both empty' was compared as a value)
        shared = re.fullmatch(rf"(?:both\s+)?(?P<a>[^,;]+?)\s+and\s+(?P<b>[^,;]+?)\s+are\s+(?:both\s+)?(?P<p>{EMPTY_WORDS}|filled(?: in)?|not empty)", text, re.I)
        if shared:
            sides = [self.condition(f"{shared[k]} is {shared['p']}", default_field) for k in ("a", "b")]
            if all(isinstance(c, Cmp) for c in sides) and len({c.field for c in sides if isinstance(c, Cmp)}) == 2:
                return And([c for c in sides if c is not None])
        # or / and between whole conditions (each side has its own verb)
        for joiner, cls in ((r"\s+or\s+(?=(?:if\s+|when\s+)?(?:the\s+)?(?:\w+\s+){0,3}(?:is|are|has|have|carries|carry|was|were|contains?|includes?|equals|tagged|with|carries)\b)", Or), (r"\s+and\s+(?=(?:the\s+)?(?:\w+\s+){0,3}(?:is|are|has|have|was|were|contains|equals)\b)", And)):
            parts = re.split(joiner, text, flags=re.I)
            if len(parts) > 1:
                subs = [self.condition(p, default_field) for p in parts]
                if all(s is not None for s in subs):
                    return cls([s for s in subs if s is not None])
        t = text
        # tags: carries / has the tag 'X'
        m = re.match(r"^(?:.*?\b)?(?:carries|carry|has|have|with|having|tagged(?: with)?|contains?|includes?)\s+(?:the\s+|a\s+)?(?:tag\s+)?(?P<v>" + _LIT + r")(?:\s+tag)?$", t, re.I)
        if m and re.search(r"\btag", t, re.I):
            tags = self._list_src_field()
            if tags:
                return Cmp(tags, "contains", self.lit(m.group("v")))
        # an unquoted tag: 'they've got the Webinar tag', 'has the VIP tag', 'tagged with Webinar'
        tg = re.match(r"^(?:.*?\b)?(?:got|carries|carry|has|have|with|having|wears?|tagged(?: with| as)?)\s+(?:the\s+|a\s+)?(?:tag\s+)?(?P<v>[A-Za-z][\w-]*)(?P<t>\s+tag)?$", t, re.I)
        if tg and (tg.group("t") or re.search(r"\btagged\b|\btag\s", t, re.I)) and (tags_ := self._list_src_field()):
            return Cmp(tags_, "contains", tg.group("v"))
        # a text that holds a quoted piece: 'Original Source contains 'PAID''
        sub = re.match(r"^(?P<f>.+?)\s+(?:contains?|includes?|has)\s+(?:the\s+(?:text|word)\s+)?(?P<v>" + _LIT + r")$", t, re.I)
        if sub and (fs := self.resolve(sub.group("f"), "src")) is not None and fs.best.type in ("string", "picklist", "text", "email", "url", "phone") and self.lit(sub.group("v")) is not None:
            return Cmp(fs.best.path, "contains", self.lit(sub.group("v")))
        ex = re.match(r"^(?:(?:has|have|having|with)\s+)?(?:an?\s+|the\s+)?(?:empty|blank|missing)\s+(?P<f>.+)$", t, re.I)
        if ex:
            f = self.resolve(ex.group("f"), "src")
            if f:
                return Cmp(f.best.path, "empty")
        # emptiness
        m = re.match(r"^(?:there(?:'s| is) no|has no|have no|no|without(?: an?| any)?|missing(?: an?)?|lacks?(?: an?)?|lacking(?: an?)?|(?:doesn't|does not|don't|do not) have(?: an?| any)?|(?:hasn't|has not|haven't|have not) got(?: an?| any)?)\s+(?P<f>.+)$", t, re.I)
        if m:
            f = self.resolve(m.group("f"), "src")
            if f:
                return Cmp(f.best.path, "empty")
        unknown = re.match(r"^(?:(?:hubspot|salesforce|mailchimp|segment|we|the crm|the system)\s+)?(?:doesn't|does not|don't|do not|didn't|did not) (?:know|have|hold|record)\s+(?:the |their |its |his |her |an? |any )?(?P<f>.+)$|^(?P<f2>.+?) (?:is|are) (?:unknown|not known)$|^(?P<f3>.+?) (?:we|hubspot|salesforce|mailchimp|the crm) (?:doesn't|does not|don't|do not|didn't|did not) (?:know|have)$", t, re.I)
        if unknown and (f_u := self.resolve(unknown.group("f") or unknown.group("f2") or unknown.group("f3"), "src")) is not None:
            return Cmp(f_u.best.path, "empty")  # 'where HubSpot doesn't know the original source'
        m = re.match(r"^(?:has|have|with|there (?:is|are))\s+(?:an?|some|any)\s+(?!(?:empty|blank|missing|null|unknown)\b)(?P<f>.+)$", t, re.I)
        if m:
            f = self.resolve(m.group("f"), "src")
            if f:
                return Cmp(f.best.path, "not_empty")
        # 'has annual revenue': a field's words alone after has/have (no value, no number)
        m = re.match(r"^(?:has|have)\s+(?!(?:(?:an?|their|its)\s+)?(?:empty|blank|missing|null|unknown)\b)(?:(?:a|their|its)\s+)?(?P<f>[A-Za-z][\w ]*?)(?:\s+(?:set|filled(?: in)?|given|at all))?$", t, re.I)
        if m and not PLACEHOLDER.search(t):
            f = self.resolve(m.group("f"), "src")
            if f and _only_field_words(m.group("f"), f, self.vocab.object_words) and f.best.type != "boolean":
                return Cmp(f.best.path, "not_empty")
        one = re.fullmatch(r"(?:there(?:'s| is) one|(?:they|it|he|she) (?:has|have|do|does)(?: (?:one|it))?|(?:it|one)(?:'s| is) (?:there|given|present|filled(?: in)?|set)|(?:it )?exists|present|given|filled(?: in)?|not (?:blank|empty)|there is a value|(?:it )?has a value)", t.strip(), re.I)
        if one and (default_field or self.last_cond_field):
            return Cmp(default_field or self.last_cond_field or "", "not_empty")  # 'false if there is one', 'false when they do'
        bare_empty = re.fullmatch(r"(?:(?:it|they|that)(?:'s|'re| is| are)\s+|is\s+)?(?:empty|blank|missing|null|not set|unset|not filled(?: in)?|left (?:blank|empty))|no value|no data", t.strip(), re.I)
        bf = default_field  # the table's own field only: a condition read sentences ago is no table's (round 34)
        bfd = self.src_obj.get(bf) if bf else None
        if bare_empty and bf and not any(v.lower() == t.strip().lower() for v in (bfd.values if bfd is not None else None) or []):
            return Cmp(bf, "empty")  # 'Cold if blank' as a row under a table on revenue: the table's field is empty (round 34: compared with the word 'blank')
        pron = re.match(r"^(?:it|they|that|this|the value|its value)\s+(?P<rest>.+)$", t, re.I)
        if pron and (default_field or self.last_cond_field):
            default_field = default_field or self.last_cond_field
            t = f"{default_field} {pron.group('rest')}"
        m = re.match(rf"^(?P<f>.+?)\s+(?:is|are|was|'s)\s+(?P<neg>not\s+)?{E}\b.*$", t, re.I)
        if m:
            f = self.resolve(m.group("f"), "src") if not re.fullmatch(r"(?:it|that|this|they)", m.group("f").strip(), re.I) else None
            fp = f.best.path if f else default_field
            if fp:
                return Cmp(fp, "not_empty" if m.group("neg") else "empty")
        m = re.match(rf"^(?P<f>.+?)\s+(?:is not|isn't|is non|are not|aren't)[- ]?(?:{E})\b.*$|^(?P<f2>.+?)\s+(?:is (?:set|present|filled(?: in)?|given|provided|known)|exists)$", t, re.I)
        if m:
            f = self.resolve(m.group("f") or m.group("f2"), "src")
            if f:
                return Cmp(f.best.path, "not_empty")
        # a range: 'between 1 million and 5 million' (both bounds included)
        _n = r"[$€£]?\s?-?[\d.,]+\s*(?:k|m|mn|mio|million|millions|thousand|b|bn|billion)?"
        rg = re.match(rf"^(?P<f>.*?)\s*(?:is\s+|are\s+|was\s+|of\s+|with\s+|has\s+)?(?:between|from)\s+(?P<a>{_n})\s+(?:and|to|-|\u2013)\s+(?P<b>{_n})(?:\s*\(?(?:inclusive|included)\)?)?$", t, re.I)
        if rg:
            lo, hi = _parse_number(rg.group("a")), _parse_number(rg.group("b"))
            fr = self.resolve(rg.group("f"), "src") if rg.group("f").strip() else None
            fp_ = fr.best.path if fr else default_field
            if lo is not None and hi is not None and fp_:
                return And([Cmp(fp_, "ge", min(lo, hi)), Cmp(fp_, "le", max(lo, hi))])
        # comparisons
        for op, words_ in COMPARATORS:
            m = re.match(rf"^(?P<f>.*?)\s*(?:is\s+|are\s+|was\s+|of\s+|with\s+|has\s+)?{words_}\s+(?P<n>[$€£]?\s?-?[\d.,]+\s*(?:k|m|mn|mio|million|millions|thousand|b|bn|billion)?)\b(?P<rest>.*)$", t, re.I)
            if m:
                n = _parse_number(m.group("n"))
                rest = m.group("rest") or ""
                if re.search(r"\bor more\b|\bor above\b|\bor higher\b|\band (?:up|above)\b", rest, re.I):
                    op = "ge"
                elif re.search(r"\bor less\b|\bor below\b|\bor lower\b|\bor fewer\b", rest, re.I):
                    op = "le"
                f = self.resolve(m.group("f"), "src") if m.group("f").strip() else None
                if f is None and m.group("f").strip():
                    f = self.resolve(m.group("f") + " " + rest, "src")
                fp = f.best.path if f else default_field
                if n is not None and fp:
                    return Cmp(fp, op, n)  # type: ignore[arg-type]
        # boolean fields: 'HasOptedOutOfEmail is true/checked', 'the member is VIP', 'opted out'
        m = re.match(r"^(?P<f>.+?)\s+(?:is|are|was|=|==|equals)\s+(?P<neg>not\s+)?(?P<v>true|false|checked|unchecked|ticked|set to true|set to false|yes|no|on|off|" + _LIT + r")$", t, re.I)
        if m:
            f = self.resolve(m.group("f"), "src")
            v = self.lit(m.group("v"))
            if f and (f.best.type == "boolean" or v is None):
                truth = (v or m.group("v")).lower() in ("true", "checked", "ticked", "set to true", "yes", "on")
                if m.group("neg"):
                    truth = not truth
                if f.best.type == "boolean":
                    return Cmp(f.best.path, "true" if truth else "false")
                if set(f.best.values) == {"true", "false"}:
                    return Cmp(f.best.path, "eq", "true" if truth else "false")
                return Cmp(f.best.path, "eq", "true" if truth else "false")
        m = re.match(r"^(?:the\s+)?(?:\w+\s+)?(?:is|are)\s+(?:an?\s+)?(?P<f>\w+)$", t, re.I)
        if m:
            f = self.resolve(m.group("f"), "src")
            if f and f.best.type == "boolean":
                return Cmp(f.best.path, "true")
        # field is / is not value(s)
        m = re.match(r"^(?P<f>.+?)\s+(?P<op>is not|isn't|is one of|is any of|is either|is in|is|are|=|==|equals|equal to|is set to|of|matches|not in|not)\s+(?P<v>.+)$", t, re.I)
        if m:
            f = self.resolve(m.group("f"), "src")
            if f is not None and not _only_object_words(m.group("f"), f):
                values = self._values(m.group("v"), f.best)
                if values:
                    neg = m.group("op").lower() in ("is not", "isn't", "not in", "not")
                    return _eq_or_in(f.best.path, values, neg)
        ot = re.match(r"^(?P<f>.+?)\s+(?:other than|different from|not equal to|!=)\s+(?:the\s+)?(?P<v>.+)$", t, re.I)
        if ot:
            f = self.resolve(ot.group("f"), "src")
            if f is not None:
                vals = self._values(ot.group("v"), f.best)
                if vals:
                    return _eq_or_in(f.best.path, vals, True)
        osd = re.match(r"^(?:outside|not in|not from)\s+(?:the\s+)?(?P<v>[\w .'-]+)$", t, re.I)
        if osd and default_field:
            return Cmp(default_field, "ne", osd.group("v").strip())
        inm = re.match(r"^(?:is|are)\s+(?P<neg>not\s+)?(?:in|from|based in|located in)\s+(?:the\s+)?(?P<v>[\w .'-]+)$", t, re.I)
        if inm and default_field:
            return Cmp(default_field, "ne" if inm.group("neg") else "eq", inm.group("v").strip())
        country = self._concept_src("country") if inm and re.fullmatch(r"(?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,3}", inm.group("v").strip()) else None
        if inm and country is not None:
            return Cmp(country.best.path, "ne" if inm.group("neg") else "eq", inm.group("v").strip())  # 'are in the United States'
        # 'from 'United States'', 'based in "France"': a quoted place after a place word is the
        # source's country (a value of a documented picklist is no place)
        qp = re.fullmatch(r"(?:(?:is|are)\s+)?(?P<neg>not\s+)?(?:from|in|based in|located in|living in)\s+(?:the\s+)?(?P<v>" + _LIT + r"(?:\s*(?:,|\bor\b|\band\b)\s*" + _LIT + r")*)", t.strip(), re.I)
        qvs = [self.lit(f"⟦{x}⟧") or "" for x in re.findall(r"⟦(\d+)⟧", qp.group("v"))] if qp else []
        places = bool(qvs) and all(re.match(r"[A-Z]", v) and not any(v in f.values for f in self.src_obj.fields) for v in qvs)
        country_q = self._concept_src("country") if places else None
        if qp and places and country_q is not None:
            return _eq_or_in(default_field or country_q.best.path, qvs, bool(qp.group("neg")))
        gone = re.match(r"^(?P<neg>(?:have|has)\s+not|haven't|hasn't|never)\s+(?:opted|unsubscribed)\s*(?:out)?(?:\s+of\s+(?:e-?mails?|marketing))?$", t, re.I)
        optout = self._concept_src("opt-out") if gone else None
        if gone and optout is not None:
            f_o = optout.best
            return Cmp(f_o.path, "false") if f_o.type == "boolean" else Cmp(f_o.path, "ne", "true")  # 'have not opted out of email'
        # "aren't subscribed" / 'are not customers': a picklist value, negated
        nm_ = re.match(r"^(?:are|is)(?:n't| not)\s+(?:an?\s+)?(?P<v>.+)$", t, re.I)
        if nm_:
            hit = self._picklist_field(re.sub(r"\s+(?:members|contacts|leads|ones)$", "", nm_.group("v"), flags=re.I), default_field)
            if hit:
                return _eq_or_in(hit[0], hit[1], True)
        # 'HasOptedOutOfEmail true'
        bt = re.match(r"^(?P<f>[\w.]+)\s+(?P<v>true|false|checked|unchecked)$", t, re.I)
        if bt:
            f = self.resolve(bt.group("f"), "src")
            if f is not None and f.best.type == "boolean":
                return Cmp(f.best.path, "true" if bt.group("v").lower() in ("true", "checked") else "false")
        # 'status subscribed' / 'lifecycle stage marketingqualifiedlead or salesqualifiedlead'
        for sp in re.finditer(r"\s+", t):
            head, tail = t[: sp.start()], t[sp.end() :]
            f = self.resolve(head, "src")
            if f is None or not f.best.values or not _only_field_words(head, f, self.vocab.object_words):
                continue
            vals = self._values(tail, f.best)
            if vals and all(v in f.best.values for v in vals):
                return _eq_or_in(f.best.path, vals, False)
        # 'in the X stage', 'from Germany', bare picklist values: 'marketingqualifiedlead or salesqualifiedlead', 'Hot'
        t2 = re.sub(r"^(?:are|is|were|was|in|at|from|of)\s+(?:the\s+|an?\s+)?", "", t, flags=re.I)
        tail_word = re.search(r"\s+(?:stage|stages|ones|leads|contacts|members|status|statuses|rating|records|people|sources?|values?)\b.*$", t2, re.I)
        if tail_word and not re.search(r"(?:\bor|\band|,|/)$", t2[: tail_word.start()], re.I):
            t2 = t2[: tail_word.start()]  # 'MQL leads' -> 'MQL'; 'subscribers or leads' keeps its last value
        if True:
            for cut in re.finditer(r"\s+", t2):
                tail_ = t2[cut.end() :]
                tm_ = self.resolve(tail_, "src")
                if tm_ is not None and (tm_.best.path == default_field or (default_field is None and tm_.best.values)) and _only_field_words(tail_, tm_, self.vocab.object_words):
                    t2 = t2[: cut.start()]
                    default_field = default_field or tm_.best.path
                    break
        hit = self._picklist_field(t2, default_field)
        if hit:
            fpath, vals = hit
            return _eq_or_in(fpath, vals, False)
        # 'hs_email_optout = 'false' for the newsletter', '... = 'false' go into SFDC': the comparison,
        # then words about where the records go; never the flag named alone (that read 'true': silent, round 26)
        said = re.match(r"^(?P<h>[^,;]+?(?:==|=|\bis\b|\bequals\b)\s*(?:not\s+)?(?:⟦\d+⟧|true|false))\s+(?!(?:or|and|nor|but|unless|except)\b)[A-Za-z]", t, re.I)
        if said:
            return self.condition(said["h"], default_field)
        # a boolean field named on its own: 'opted out of email', 'VIP'
        f = self.resolve(t, "src")
        other_value = any((self.lit(q.group(0)) or "").lower() not in ("true", "yes", "checked") for q in PLACEHOLDER.finditer(t))
        if f and (f.best.type == "boolean" or set(f.best.values) == {"true", "false"}) and not other_value and not re.search(r"\bfalse\b|=", t, re.I):
            return Cmp(f.best.path, "true") if f.best.type == "boolean" else Cmp(f.best.path, "eq", "true")
        return None

    def _list_src_field(self) -> str | None:
        for f in self.src_obj.fields:
            if f.type == "list" or f.leaf == "tags":
                return f.path
        return None

    def _values(self, text: str, f: FieldDesc) -> list[Any]:
        text = text.strip().strip(".,;")
        text = re.sub(r"^(?:one of|any of|either|in)\s+", "", text, flags=re.I)
        text = re.sub(r"\s+(?:stage|stages|ones)$", "", text, flags=re.I)
        parts = [p.strip() for p in re.split(r"\s*(?:,|\bor\b|\band\b|/)\s*", text) if p.strip()]
        out: list[Any] = []
        for p in parts:
            lit = self.lit(p)
            if lit is not None:
                out.append(lit)
                continue
            if PLACEHOLDER.search(p):
                return []
            canon = [v for v in f.values if self.vocab.value_matches(v, p)]
            if canon:
                out.append(canon[0])
            elif f.type == "boolean" and p.lower() in ("true", "false"):
                out.append(p.lower() == "true")
            elif re.fullmatch(r"[\w .&'-]+", p) and len(p.split()) <= 4:
                out.append(p)
            else:
                return []
        return out

    def _picklist_field(self, text: str, default_field: str | None) -> tuple[str, list[str]] | None:
        """Bare values -> the source field whose picklist holds them all."""
        parts = [p.strip() for p in re.split(r"\s*(?:,|\bor\b|\band\b|/)\s*", text.strip()) if p.strip()]
        if not parts:
            return None
        vals = [self.lit(p) or p for p in parts]
        fields = [f for f in self.src_obj.fields if f.values]
        if default_field:
            fields.sort(key=lambda f: f.path != default_field)
        for f in fields:
            canon = []
            for v in vals:
                hit = [x for x in f.values if self.vocab.value_matches(x, v)]
                if not hit:
                    break
                canon.append(hit[0])
            else:
                return f.path, canon
        if default_field and all(self.lit(p) or re.fullmatch(r"[\w .&-]+", p) for p in parts):
            df = self.src_obj.get(default_field)
            if df and not df.values and df.type not in ("number", "integer"):
                return default_field, vals
            if df and df.values:
                return None
            return default_field, vals
        return None

    # ---- defaults, fallbacks, omissions ------------------------------------------------

    def _default(self, text: str) -> bool:
        t = text.strip()
        # 'but each of them only when it has a value (else leave it out)', 'only if present':
        # a copy kept only when its source has a value is a copy left out when it is empty
        op = re.fullmatch(
            r"(?:but\s+|and\s+)?(?P<who>(?:each|both|all|every one)(?:\s+of\s+(?:them|those|these|the two))?\s+|(?:it|that|this)\s+)?(?:is\s+|are\s+)?only\s+(?:if|when|where)\s+"
            rf"(?:present|set|given|filled(?: in)?|(?:it|they|there)\s+(?:is|are|has|have)\s+(?:a\s+value|one|(?:not|non)[- ]?{E}|present|set|filled(?: in)?)|(?:it|they)\s+(?:is|are)\s+not\s+{E}|not\s+{E})"
            r"(?:\s*,?\s*\(?(?:else|otherwise)\s+(?:leave|omit|drop|skip)\s+(?:it|them|the field)?\s*(?:out|off|away)?\)?)?",
            t, re.I,
        )
        if op and self.last_rule is not None:
            rules = self._rules_for_pronoun("both", "") if op.group("who") and re.match(r"(?:each|both|all|every)", op.group("who"), re.I) else [self.last_rule]
            self._said_left_out(rules)
            return bool(rules)
        we = re.match(rf"^(?:if|when|whenever)\s+(?:it(?:'s| is)\s+|that(?:'s| is)\s+)?(?:{E})\s*,\s*(?:use|put|take|write|set it to|it becomes|make it|set (?:the )?[\w.]+ (?:to|as))?\s*(?P<v>.+)$", t, re.I)
        if we and self.last_rule is not None:
            if re.fullmatch(r"(?:just\s+)?(?:leave|omit|drop|skip)\s+(?:(?:it|that|this|the field)(?:\s+(?:out|off|unset|empty|away))?|away)|(?:don't|do not)\s+(?:set|send|include)\s+(?:it|that)(?:\s+at all)?", we.group("v").strip(" ."), re.I):
                self._said_left_out([self.last_rule])
                return True
            self._chain(self.last_rule, we.group("v"))
            return True
        m = re.match(
            rf"^(?:if|when|whenever|where|in case)\s+(?P<ref>.+?)(?:\s+(?:is|are|is left|comes? (?:through|in) as|happens to be)|'s|'re)\s+(?:still\s+)?(?:{E})(?:\s+in \w+)?\s*(?:,|then|\s)\s*(?P<act>.+)$"
            rf"|^(?:if|when|whenever|in case)\s+(?P<ref2>(?:the \w+|they|it|he|she) (?:has|have) (?:neither|none|no \w+(?: \w+)?)|there(?:'s| is) no .+?|there (?:isn't|is not) (?:one|an?|any)(?: .+?)?|they (?:don't|do not) have (?:one|an?|any)(?: .+?)?|it(?:'s| is) (?:{E})|(?:the )?contact has no .+?|it has none|they have none|none is given)\s*(?:,|then)\s*(?P<act2>.+)$",
            t, re.I,
        )
        if m and not (m.group("ref") and re.search(r"\b(?:is|are|was|were|under|over|above|below|than|equals?)\b|[<>=]", m.group("ref"), re.I) and re.search(r"\d|⟦\d+⟧", m.group("ref"))):
            # (round 38) 'if revenue is under 1M or revenue is empty, Rating is Cold' is a branch with two tests,
            # never the blank value's default (the under-1M test was lost, silently)
            ref = m.group("ref") or m.group("ref2")
            act = m.group("act") or m.group("act2")
            return self._apply_default(ref, act)
        nn = re.match(r"^(?:no|without)\s+.+?\s+means\s+no\s+(?P<d>[\w.]+)(?:\s+field)?$", t, re.I)
        if nn:
            rules = self._rules_for_pronoun(nn.group("d"), nn.group("d"))
            self._said_left_out(rules)
            if rules:
                return True
        xo = re.match(r"^(?P<d>[\w.]+)\s+(?:out|off)\s+(?:when|if|whenever)\s+(?P<c>.+)$", t, re.I)
        if xo and _is_empty_cond(xo.group("c")):
            rules = self._rules_for_pronoun(xo.group("d"), xo.group("d"))
            self._said_left_out(rules)
            if rules:
                return True
        nm = re.match(r"^(?:if|when)\s+(?:neither|none)(?:\s+of\s+(?:them|those|these|the two))?\s+(?:is|are)\s+(?:filled(?: in)?|set|given|present|there)\s*,?\s*(?P<act>.+)$", t, re.I)
        if nm:
            return self._apply_default("both", nm.group("act"))
        om = re.match(r"^(?:just\s+|and\s+)?(?:leave|omit|drop|skip|don't (?:set|send|include)|do not (?:set|send|include)|never (?:set|send))\s+(?P<d>.+?)(?:\s+(?:off|out|unset|alone))?(?:\s+of the \w+)?\s*,?\s+(?:if|when|whenever|where)\s+(?P<c>.+)$", t, re.I)
        if om and _is_empty_cond(om.group("c")):
            rules = self._rules_for_pronoun(om.group("d"), om.group("d"))
            self._said_left_out(rules, om.group("c"))
            if rules:
                return True
        us = re.search(rf"\busing\s+(?P<v>{_LIT})\s+as\s+(?:the\s+)?(?P<d>[\w. ]+?)\s+(?:when|if)\b(?P<c>.+)$", t, re.I)
        if us and _is_empty_cond(us.group("c")):
            rule = self._rule_by_ref(us.group("d"))
            if rule is not None:
                self._chain(rule, us.group("v"))
                return True
        mb = re.match(r"^(?:an?\s+|the\s+)?(?:missing|empty|blank|absent)\s+(?P<ref>.+?)\s+(?:becomes|is replaced (?:by|with)|turns into|gets|defaults to|falls back to|is filled with|is set to|should be|is sent as|goes in as|is written as|->)\s+(?P<v>.+)$", t, re.I)
        if mb:
            rule = self._rule_by_ref(mb.group("ref"))
            if rule is not None:
                self._chain(rule, mb.group("v"))
                return True
        xd = re.match(rf"^(?P<d>[\w.]+(?:\s[\w.]+)?)\s+(?:is|=|should be|becomes|gets)\s+(?P<v>{_LIT})\s+(?:if|when|whenever)\s+(?P<ref>.+?)(?:\s+(?:is|are)|'s)\s+(?:{E})\b.*$", t, re.I)
        if xd and re.search(r"\s(?:or|and)\s|[<>\d]", xd.group("ref")):
            xd = None  # ''Cold' if revenue is below 1M or if the revenue is missing': a row on two conditions, no default (round 34)
        if xd:
            rule = self._rule_by_ref(xd.group("d")) or self._rule_by_ref(xd.group("ref"))
            if rule is not None:
                self._chain(rule, xd.group("v"))
                return True
        pu = re.search(rf"(?:put|use|write|set|default to)\s+(?P<v>{_LIT})\s+(?:for|when|if)\s+(?:anyone|anybody|everyone|contacts?|leads?|members?|records?|those|people|they have)\s*(?:who (?:have|has)\s+)?(?:without|with no|missing|lacking|no)\s+(?:an?\s+)?(?P<ref>.+)$", t, re.I)
        if pu:
            rule = self._rule_by_ref(pu.group("ref"))
            if rule is not None:
                self._chain(rule, pu.group("v"))
                return True
        # 'set lead source to 'X' if the original source is empty' / "use 'Unknown' for Title if the job title is empty"
        m = re.match(rf"^(?P<act>.+?)\s*,?\s+(?:if|when|whenever|in case)\s+(?P<ref>.+?)\s+(?:is|are|'s|field is)\s+(?:{E})\b.*$", t, re.I)
        if m and re.match(r"^(?:set|use|put|fill|default|give|make|write|take|fall back)", m.group("act"), re.I) and not re.search(r",\s*(?:or|else)\b", m.group("act"), re.I):
            return self._apply_default(m.group("ref"), m.group("act"), set_form=True)
        m = re.match(r"^(?:(?P<dst>.+?)\s+)?(?:defaults? to|falls? back to|should default to)\s+(?P<v>.+?)(?:\s+(?:if|when|whenever)\s+.*)?$", t, re.I)
        if m and m.group("dst"):
            rule = self._rule_by_ref(m.group("dst"))
            if rule:
                self._chain(rule, m.group("v"))
                return True
        return False

    def _stays_empty(self, rule: DraftRule) -> None:
        """'Where both are missing, the field should be left blank' after a fallback: a copy of an
        empty value is empty already, so the sentence is read (and explained) with nothing to add."""
        rule.sentences.append(self.sentence)
        rule.why.append("empty when every option is empty (the text says so)")

    def _said_left_out(self, rules: list[DraftRule], cond: str | None = None) -> None:
        """The rules the text says to leave out when empty. With the condition's words, a band
        table on the field they name gets its blank row first instead (round 28: its rest row
        always writes a value, so leaving out an empty value left nothing out)."""
        for r in rules:
            if cond is not None and table_left_out(self, r, cond):
                self._note(f"{r.target}: left out when its table's field is empty")
                continue
            r.omit_if_empty = True
            r.why.append("left out when empty (the text says so)")
            self._note(f"{r.target}: left out when empty")

    def _apply_default(self, ref: str, act: str, set_form: bool = False) -> bool:
        act = re.sub(r"^then\s+(?=(?:just\s+)?(?:leave|omit|skip|drop|don't|do not|never)\b)", "", act.strip().strip("."), flags=re.I)
        if not set_form and re.match(r"^(?:set|fill|give|make)\s+(?!it\b)\S.*?\s+(?:to|with|as)\s+\S", act, re.I):
            set_form = True  # 'if the company is empty, set Company to V'
        omit = re.match(
            r"^(?P<dst3>[\w.]+(?:\s[\w.]+)?)\s+(?:is|are|stays|remains|should be)\s+(?:left out|omitted|not set|dropped|skipped|left off|left empty|absent|unset)$|^(?:just\s+)?(?:don't|do not|never)\s+(?:set|send|include|fill|write|map)\b(?P<dst>.*?)(?:\s+at all)?$|^(?:just\s+)?(?:leave|omit|skip|drop)\s+(?P<dst2>.*?)(?:\s+(?P<how>off|out|away|empty|blank|unset|alone))?(?:\s+(?:of|from|in) the .+)?$",
            act, re.I,
        )
        stays = re.fullmatch(r"(?P<d>[\w.]+(?:\s[\w.]+)?)\s+(?:stays|remains|is|will be|must be|should be|goes)\s+(?:empty|blank)(?:\s+(?:too|as well|also))?", act, re.I)
        if stays and (kept := self._rules_for_pronoun(ref, stays["d"])) and all(copied_sources(r) is not None for r in kept):
            # 'If jobtitle is empty, Title stays empty': a copy of an empty value is empty already (round 35: asked)
            for r in kept:
                self._stays_empty(r)
                self._note(f"{r.target}: stays empty when {ref} is empty")
            return True
        if omit:
            dst_phrase = (omit.group("dst") or omit.group("dst2") or omit.group("dst3") or "").strip()
            rules = self._rules_for_pronoun(ref, dst_phrase)
            if rules and (omit.group("how") or "").lower() in ("empty", "blank") and act.lower().startswith(("leave", "just leave")) and all(copied_sources(r) is not None and not isinstance(r.value, Src) for r in rules):
                # 'where neither is available, leave the field empty' after a fallback: the copies of empty values
                # are empty, nothing to leave out (round 34; 'leave it out' still leaves it out)
                for r in rules:
                    self._stays_empty(r)
                return True
            self._said_left_out(rules, ref)
            return bool(rules)
        if set_form:
            # "set X to V" with the condition "REF is empty": X takes REF, V when empty
            m = re.match(r"^(?:set|fill|give|make)\s+(?:the\s+)?(?P<dst>.+?)\s+(?:to|with|as)\s+(?P<v>.+)$|^(?:use|put|write|take|default to|fall back to)\s+(?P<v2>.+?)\s+(?:for|in|into|as)\s+(?:the\s+)?(?P<dst2>.+)$|^(?:use|put|write|take|default to|fall back to|then use|just use|send|fill in)\s+(?P<v3>.+?)(?:\s+instead)?$", act, re.I)
            if not m:
                return False
            dst_phrase = m.group("dst") or m.group("dst2")
            v_phrase = m.group("v") or m.group("v2") or m.group("v3")
        else:
            m = re.match(
                r"^(?:then\s+)?(?:set it to|make it|change it to|fill it with|use|put|set|take|fall back to|default to|go with|send|write|fill in|fill it with|make it|give it|we use|they get|it should be|it's|it is|use the value|pick)\s+(?P<v>.+?)(?:\s+instead)?(?:\s+(?:for|in|into|as)\s+(?:the\s+)?(?P<dst>[^⟦]+?))?(?:\s+instead)?$"
                r"|^(?P<dst2>.+?)\s+(?:should be|is|becomes|gets|must be|=)\s+(?P<v2>.+?)(?:\s+instead)?$",
                act, re.I,
            )
            bare_v = re.fullmatch(r"(?:then\s+)?(?:the\s+|their\s+|its\s+)?(?P<v>.+)", act, re.I) if m is None else None
            if bare_v is not None and (self.lit(bare_v.group("v").strip()) is not None or ((bs := self.resolve(bare_v.group("v"), "src")) is not None and _only_field_words(bare_v.group("v"), bs, self.vocab.object_words))):
                return self._apply_default(ref, f"use {bare_v.group('v')}")  # 'when this one is empty the mobilephone': the value alone, no verb
            if not m:
                return False
            dst_phrase = m.group("dst") or m.group("dst2")
            v_phrase = m.group("v") or m.group("v2")
        v_phrase = re.sub(r"(?<=⟧)\s+(?:also|too|as well)$", "", v_phrase.strip(), flags=re.I)  # "kindly put 'Cold' also" (round 30)
        rule = self._rule_by_ref(dst_phrase) if dst_phrase else None
        if rule is None and dst_phrase and self._other_field_when_empty(ref, dst_phrase, v_phrase):
            return True
        if rule is None:
            rule = self._rule_by_ref(ref)
        if rule is None and dst_phrase:
            dm_ = self.resolve(dst_phrase, "dst")
            if dm_ is not None:
                sm_ = self.resolve(ref, "src")
                if sm_ is not None:
                    rule = self.add_rule(dm_.best.path, Src(sm_.best.path), f"'{_restore(ref, self.literals)}' copied", 0.8)
        if rule is None and not dst_phrase and self._blank_row_of_reader(ref, v_phrase):
            return True
        if rule is None:
            sm2 = self.resolve(ref, "src")
            dm2 = self.resolve(ref, "dst")
            if sm2 is not None and dm2 is not None:
                rule = self.add_rule(dm2.best.path, Src(sm2.best.path), f"'{_restore(ref, self.literals)}' copied", 0.8)
        if rule is None:
            return False
        if self._blank_row_of_table(rule, ref, v_phrase) or (bool(dst_phrase) and self._rule_by_ref(dst_phrase) is rule and self._blank_part_of_template(rule, ref, v_phrase)):
            return True
        if self._blank_part_in_its_place(rule, ref, v_phrase):
            return True
        self._chain(rule, v_phrase)
        return True

    def _blank_part_in_its_place(self, rule: DraftRule, ref: str, v_phrase: str) -> bool:
        """'message = LeadSource + ' / ' + Rating; if LeadSource is blank write 'unknown' in its
        place': the value stands in for the one part of a text joined from several fields that
        the condition names; the other parts stay (round 23; one part: ``_chain``)."""
        if not isinstance(rule.value, Template) or self.lit(v_phrase.strip()) is None:
            return False
        parts = [p for p in rule.value.parts if isinstance(p, Src)]
        named = {m.best.path for m in self.mentions(ref, "src")}
        hit = [p for p in parts if p.field in named]
        if len(parts) < 2 or len(hit) != 1 or len(named) != 1:
            return False
        value = self._const(v_phrase, self.dm.obj.get(rule.target))
        if not isinstance(value, Const) or not isinstance(value.value, str):
            return False
        filled = Template([Const(value.value) if p is hit[0] else p for p in rule.value.parts])
        rule.value = Cases([(Cmp(hit[0].field, "empty"), filled)], rule.value)
        rule.sentences.append(self.sentence)
        rule.why.append(f"when {hit[0].field} is empty: {value.value!r} in its place")
        self._note(f"{rule.target}: when {hit[0].field} is empty -> {value.value!r} in its place")
        return True

    def _blank_part_of_template(self, rule: DraftRule, ref: str, v_phrase: str) -> bool:
        """'Description is the job title, ' at ', then the company. When the job title or the
        company is blank, set Description to 'HubSpot contact'': the value replaces the joined
        text when any named part is empty (a default would only fill a text that is empty as a
        whole, and ' at Sakura Robotics' is not). Only when the text names the field
        the value goes to: 'if LeadSource is empty, use 'unknown'' alone fills that part of the text."""
        v_phrase = re.sub(r"\s+instead$", "", v_phrase.strip(), flags=re.I)
        if not isinstance(rule.value, Template) or self.lit(v_phrase) is None:
            return False
        parts = {p.field for p in rule.value.parts if isinstance(p, Src)}
        named = list(dict.fromkeys(m.best.path for m in self.mentions(ref, "src")))
        if not named or not set(named) <= parts or (len(named) > 1 and not re.search(r"\b(?:or|either|any|one of)\b", ref, re.I)):
            return False
        value = self._const(v_phrase, self.dm.obj.get(rule.target))
        if not isinstance(value, Const):
            return False
        empties: list[Cond] = [Cmp(f, "empty") for f in named]
        rule.value = Cases([(empties[0] if len(empties) == 1 else Or(empties), value)], rule.value)
        rule.sentences.append(self.sentence)
        rule.why.append(f"when {' or '.join(named)} is empty: {value.value!r}")
        self._note(f"{rule.target}: when {' or '.join(named)} is empty -> {value.value!r}")
        return True

    def _blank_row_of_table(self, rule: DraftRule, ref: str, v_phrase: str) -> bool:
        """'Rating from the employees: ... otherwise 'Cold'. If the employee count is empty,
        Rating is 'Warm'': the empty field is one the table reads, and its 'otherwise' already
        says what the rest get, so a blank takes a row of its own (not the 'otherwise')."""
        if not isinstance(rule.value, Cases) or rule.value.otherwise is None:
            return False
        src = self.resolve(ref, "src")
        dst = self.dm.obj.get(rule.target)
        if src is None or dst is None or (self.lit(v_phrase.strip()) is None and not _BARE_BOOL.fullmatch(v_phrase.strip())):
            return False  # a quoted value, or (round 38) true/false for a flag: 'Empty lead source means false'
        if all(src.best.path not in cond_fields(c) for c, _ in rule.value.branches):
            return False
        value = self._const(v_phrase, dst)
        if not isinstance(value, Const):
            return False
        blank_row(self, rule, src.best.path, value)
        return True

    def _blank_row_of_reader(self, ref: str, v_phrase: str) -> bool:
        """'Rating by revenue: ... 'Cold'. A contact with no annual revenue gets 'Cold' too': no
        rule writes the empty field and the value names no field, so the value is the blank row
        of the one table whose conditions read that field, never a copy of the empty field."""
        return (self.lit(v_phrase.strip()) is not None or bool(_BARE_BOOL.fullmatch(v_phrase.strip()))) and blank_row_of_reader(self, ref, v_phrase)

    def _other_field_when_empty(self, ref: str, dst_phrase: str, v_phrase: str) -> bool:
        """'Set Description to 'X' when the company is blank': a field other than the empty one
        gets a value only then (and is left out otherwise), never a copy of the empty field."""
        d = self.resolve(dst_phrase, "dst")
        s = self.resolve(ref, "src")
        if d is None or s is None or self.plan.rule_for(d.best.path) is not None:
            return False
        same = self.resolve(dst_phrase, "src")
        if same is not None and same.best.path == s.best.path:
            return False  # 'set Company to 'X' when the company is blank': a default
        if self.lit(v_phrase.strip()) is None:
            return False
        value = self._const(v_phrase, d.best)
        if value is None:
            return False
        self.add_rule(d.best.path, Cases([(Cmp(s.best.path, "empty"), value)]), f"{_restore(v_phrase, self.literals)} only when {s.best.path} is empty", 0.8)
        return True

    def _chain(self, rule: DraftRule, v_phrase: str) -> None:
        # a custom field the text named (a GA4 param, a trait) takes a word as its default too (round 31)
        dst = self.dm.obj.get(rule.target) or (self.dst_obj.open_field(rule.target) if not _EMPTINESS.search(v_phrase) else None)
        instead = bool(re.search(r"\s+instead$", v_phrase.strip(), re.I)) or (
            0 <= self.sentence < len(self.traces) and bool(re.search(r"\binstead\b(?!\s+of\b)", self.traces[self.sentence].text, re.I))
        )
        v_phrase = re.sub(r"\s+instead$", "", v_phrase.strip(), flags=re.I)
        v_phrase = re.sub(r"^(?:defaults?(?:\s+to)?|defaulting to|fall(?:s|ing)? back to|fallback(?:\s+to)?)\s+", "", v_phrase, flags=re.I)
        # an action verb before the value: "(put 'Unknown' if LNAME is blank)"
        v_phrase = re.sub(r"^(?:just\s+)?(?:(?:we|they|you)\s+(?:always\s+)?)?(?:put|use|write|enter|show|insert|fill in|fill it with|set it to|make it|give it|go with)\s+(?=\S)", "", v_phrase, flags=re.I)
        # "when it is empty, traits.company.name MUST be 'Unknown'": the rule's own field named again before its value
        own = re.match(r"^(?:the\s+)?(?P<d>[A-Za-z_][\w.]*)\s+(?:(?:must|should|shall|will|is to|has to)\s+)?(?:be|=|is|becomes?|gets?)\s+(?:set to\s+)?(?=\S)", v_phrase, re.I)
        if own and (od := self.resolve(own.group("d"), "dst")) is not None and od.best.path == rule.target:
            v_phrase = v_phrase[own.end() :]
        if _STAYS_BLANK.fullmatch(v_phrase.strip(" .")) and copied_sources(rule) is not None:
            # 'where both are missing, the field should be left blank': a copy of an empty value is empty, nothing to add (round 34: asked)
            self._stays_empty(rule)
            self._note(f"{rule.target}: stays empty when its sources are")
            return
        if _LEAVE_OFF_VALUE.fullmatch(v_phrase.strip(" .")):
            # 'X (left out when there is no X)': an unquoted leave-off phrase is no value
            parts = [p for p in rule.value.parts if isinstance(p, Src)] if isinstance(rule.value, Template) else []
            if len(parts) == 1:
                # "'Department: ' followed by the department; left out where there is none": the joined
                # text is never empty (its fixed part), so it is written only when its field has a value
                rule.value = Cases([(Cmp(parts[0].field, "not_empty"), rule.value)])
            rule.omit_if_empty = True
            rule.sentences.append(self.sentence)
            rule.why.append("left out when empty (the text says so)")
            self._note(f"{rule.target}: left out when empty")
            return
        alt: Value | None = self._const(v_phrase, dst) if self.lit(v_phrase.strip()) is not None else None
        if alt is None:
            alt = self.src_value(v_phrase, dst)
        if alt is None:
            alt = self._const(v_phrase, dst)
        if alt is None:
            self.ask(f"what should {rule.target} be when it is empty? ('{_restore(v_phrase, self.literals)}' is not a field or a value)", [])
            return
        if self._blank_branch_elsewhere(rule, alt):
            return
        if isinstance(rule.value, Template) and isinstance(alt, Const) and isinstance(alt.value, str):
            parts = [p for p in rule.value.parts if isinstance(p, Src)]
            if len(parts) == 1:
                # "'Source: ' followed by the lead source; where there's none, put 'unknown' in its place":
                # the blank part of a joined text takes the value, the rest of the text stays
                filled: Value = Template([Const(alt.value) if p is parts[0] else p for p in rule.value.parts])
                lead = rule.value.parts[0]
                if isinstance(lead, Const) and str(lead.value).strip() and alt.value.lower().startswith(str(lead.value).strip().lower()):
                    filled = Const(alt.value)  # "If LeadSource is blank, write 'Salesforce lead source: not set'": the whole text, said again
                rule.value = Cases([(Cmp(parts[0].field, "empty"), filled)], rule.value)
                rule.sentences.append(self.sentence)
                rule.why.append(f"when {parts[0].field} is empty: {_show(alt, self.literals)} in its place")
                self.last_rule = rule
                self._note(f"{rule.target}: when {parts[0].field} is empty -> {_show(alt, self.literals)} in its place")
                return
        _same_format(rule.value, alt, self.src_obj)
        if re.search(r"\w,\s*\S", v_phrase):
            _format_after_chain(rule.value, alt, self.src_obj)
        first = rule.value.options[0] if isinstance(rule.value, Chain) else rule.value
        if isinstance(alt, Const) and isinstance(alt.value, str) and isinstance(first, Src) and any(t.name in ("number", "integer") for t in first.transforms) and re.fullmatch(r"-?\d+(?:\.\d+)?", alt.value.strip()):
            # 'headcount as an integer, 1 if it's blank': the default of a number is a number
            alt = Const(_parse_number(alt.value))
        if isinstance(rule.value, ListOf) and len(rule.value.items) == 1 and rule.value.items[0][1] is None and isinstance(rule.value.items[0][0], (Src, Chain)):
            # 'Tags: one tag with the Company Name. If company is blank, use the email domain': the
            # one item falls back, not the list (a list holding an empty item is no empty list; round 45)
            item = rule.value.items[0][0]
            rule.value.items[0] = (Chain([*item.options, alt]) if isinstance(item, Chain) else Chain([item, alt]), None)
        elif isinstance(rule.value, Chain) and instead and isinstance(alt, Const) and isinstance(rule.value.options[-1], Const):
            # ''NA' looks bad, put 'Not Available' for blank job title instead': the default replaced (round 45)
            rule.value.options[-1] = alt
        elif isinstance(rule.value, Chain):
            rule.value.options.append(alt)
        elif isinstance(rule.value, Cases) and (read := sole_read_field(rule.value)) is not None and (
            (rule.value.otherwise is not None and self.sentence not in rule.sentences) or any(takes_blank(c, read) for c, _ in rule.value.branches)
        ):
            # the blank value's own branch, first: 'above 5M -> Hot; below 1M -> Cold; anything in between
            # -> Warm' then, in a sentence of its own, 'no revenue is rated Cold' (the rest row stays; round
            # 25: it was replaced); 'true if opt out = 'false'; blank -> false', whose row a blank value
            # would take ('not true'; round 41: the blank went to that row)
            rule.value.branches.insert(0, (Cmp(read, "empty"), alt))
        elif isinstance(rule.value, Cases):
            rule.value.otherwise = alt
        else:
            rule.value = Chain([rule.value, alt])
        rule.sentences.append(self.sentence)
        rule.why.append(f"when empty: {_show(alt, self.literals)}")
        self.last_rule = rule
        self._note(f"{rule.target}: when empty -> {_show(alt, self.literals)}")

    def _blank_branch_elsewhere(self, rule: DraftRule, alt: Value) -> bool:
        """'Rating 'Hot' when the revenue is over 1M, otherwise 'Cold'. Blank revenue counts as
        'Cold'': a word value that cannot be the default of a number or true/false field copied
        from X, where another rule's conditions read X, says which branch a blank X takes there."""
        dst = self.dm.obj.get(rule.target)
        if not isinstance(alt, Const) or not isinstance(alt.value, str) or dst is None or dst.type not in ("number", "integer", "boolean"):
            return False
        if re.fullmatch(r"\s*-?\d+(?:\.\d+)?\s*|true|false|yes|no", alt.value, re.I):
            return False
        first = rule.value.options[0] if isinstance(rule.value, Chain) else rule.value
        if not isinstance(first, Src):
            return False
        owners = [o for o in tables_reading(self, first.field) if o is not rule]
        if not owners:
            return False
        blank_row(self, owners[0], first.field, alt)
        return True

    def _rules_for_pronoun(self, ref: str, dst_phrase: str) -> list[DraftRule]:
        if dst_phrase and re.search(r",|\band\b|\bor\b", dst_phrase):
            found = [r for r in (self._rule_by_ref(p) for p in re.split(r"\s*(?:,|\band\b|\bor\b)\s*", dst_phrase) if p.strip()) if r is not None]
            if found:
                return found
        if dst_phrase and not re.fullmatch(r"(?:it|that(?: field)?|this(?: field)?|them|those(?: fields)?|the field)", dst_phrase.strip(), re.I):
            r = self._rule_by_ref(dst_phrase)
            if r:
                return [r]
        if re.search(r"\b(?:either|both|any|one|each|all|every one) of (?:those|them|these|the two)\b|\beither\b|\bboth\b|^(?:them|those|these|they|those fields|these fields|the two)$|^(?:those|these|the|both)(?:\s+(?:two|three))?\s+fields?$", ref.strip(), re.I):
            if self.last_rule and isinstance(self.last_rule.value, Chain) and re.search(r"\bboth\b", ref, re.I):
                return [self.last_rule]
            here = self.sentence_rules.get(self.sentence, [])
            # the rules just before: this sentence's, else the nearest sentence before that made some
            # ('Numbers without a '+' are US numbers.' between the copies and 'if one of them is empty')
            before = next((self.sentence_rules[i] for i in range(self.sentence - 1, -1, -1) if self.sentence_rules.get(i)), None)
            prev = here if len(here) >= 2 else (before or here)
            out: list[DraftRule] = []
            # 'each of them', 'all of those': every rule just read (round 34: the last two only, so a
            # list of five address fields left out three of its blanks)
            many = re.search(r"\b(?:each|all|every one) of (?:those|them|these)\b|^(?:them|those|these|they|those fields|these fields)$", ref.strip(), re.I)
            for r in (prev if many else prev[-2:]):
                if all(r is not o for o in out):
                    out.append(r)
            return out
        r = self._rule_by_ref(ref)
        if r:
            return [r]
        named = self.resolve(dst_phrase or ref, "dst") if (dst_phrase or ref).strip() else None
        if named is not None and named.exact_case and named.text in (named.best.path, named.best.leaf) and self.plan.rule_for(named.best.path) is None:
            return []  # 'don't set Title when ...' with no Title rule: never the last rule instead
        return [self.last_rule] if self.last_rule else []

    def _rule_by_ref(self, phrase: str | None) -> DraftRule | None:
        """The rule a phrase refers to: by destination field, by its source field, or 'it'."""
        if not phrase:
            return None
        p = phrase.strip()
        if re.fullmatch(r"(?:it|that|this|they|them|one|(?:this|that|the) one|the field|that field|this field|the value)", p, re.I) or re.match(r"^(?:there|they|it)\b", p, re.I):
            return self.last_rule
        if re.fullmatch(r"(?:both|all|all three|the two|both of them|all of them|all of those|both of those)", p, re.I) and self.last_rule is not None and isinstance(self.last_rule.value, Chain):
            return self.last_rule  # 'if both are blank, use ...': the chain just read gets one more step
        d = self.resolve(p, "dst")
        if d is not None:
            r = self.plan.rule_for(d.best.path)
            if r:
                return r
        s = self.resolve(p, "src")
        if s is not None:
            for r in reversed(self.plan.rules):
                if s.best.path in value_sources(r.value):
                    return r
        return None

    # ---- otherwise-only clauses -------------------------------------------------------

    def _otherwise_only(self, text: str) -> bool:
        if self._otherwise_restated(text):
            return True
        if self.last_cases is None:
            return False
        t = re.sub(r",?\s*\(?\b(?:including|incl\.?|even|also)\b[^,)]*\)?,?", " ", text.strip(), flags=re.I)
        t = re.sub(r"\s+", " ", t).strip()
        m = re.match(
            r"^(?:otherwise|else|if not|in all other cases|for (?:all )?(?:the )?(?:rest|others|everyone else|everybody else|anything else|everything else|all other \w+|any other \w+))[,:]?\s+(?:(?:it|they|the \w+|[\w.]+)\s+(?=(?:is|are|gets?|becomes?|should be|=)\b))?(?:is|are|gets?|becomes?|should be|goes? in as|use|=|->)?\s*(?P<v>.+)$"
            r"|^(?:all|the)\s+(?:others?|rest)\s+(?:are\s+|get\s+|is\s+|become\s+)?(?P<v4>" + _LIT + r"|[\w-]+)$"
            r"|^(?:everyone|everybody|anyone|anything|everything|all|the rest|any|all the|others|the others|every(?=\s+other\b))(?:\s+\w+){0,2}?\s+(?:else|other(?:\s+\w+)?|others?)?\b.*?\s+(?:is|are|gets?|becomes?|should be|goes? in as|go in as|->|=|stays?|gets? tagged)\s+(?P<v2>.+)$"
            r"|^(?P<v3>.+?)\s+(?:otherwise|for (?:everyone|everybody|anything|everything) else|for (?:all|any) other \w+|for the rest|for others|in (?:all )?other cases|else)$",
            t, re.I,
        )
        if not m:
            return False
        v = m.group("v") or m.group("v2") or m.group("v3") or m.group("v4")
        if m.group("v3") and re.search(r"\b(?:if|when|whenever|unless|whose|where)\b", v, re.I):
            return False  # 'D is true if C, false otherwise': a clause with its own condition, not the rest of the last table
        after = ""
        if m.group("v") and (two := re.match(r"^(?P<a>[^,;]+?),\s*(?:and\s+|but\s+)?(?P<b>[^,;]*\b(?:if|when|whenever|unless)\b.*)$", v, re.I)):
            # 'otherwise false, and false if the Department is empty': the rest's value, then a branch of its own
            # (round 37: the whole tail was read as a copy of the Department)
            v, after = two["a"], two["b"]
        rule = self.last_cases
        if re.fullmatch(r"(?:just\s+)?(?:leave|keep)\s+(?:it|that|this|them|the field|[\w.]+(?:\s[\w.]+)?)\s+(?:off|out|empty|blank|unset)|(?:don't|do not|never)\s+(?:set|send|fill|write)\s+(?:it|that|[\w.]+(?:\s[\w.]+)?)(?:\s+at all)?|(?:omit|skip|drop)\s+(?:it|that|[\w.]+)|(?:it is|it's|is)?\s*(?:left out|left off|omitted|not set)", v.strip(), re.I):
            rule.sentences.append(self.sentence)
            self._note(f"{rule.target}: otherwise left out")
            return True  # 'otherwise leave lifecyclestage off': no otherwise value, the key is left out
        dst = self.dm.obj.get(rule.target)
        c = self._const(re.sub(r"\(.*?\)", "", v), dst)
        if c is None:
            val = self.src_value(v, dst)
            if val is None:
                return False
            c = val  # type: ignore[assignment]
        assert isinstance(rule.value, Cases)
        rule.value.otherwise = c
        rule.sentences.append(self.sentence)
        self._note(f"{rule.target}: otherwise {_show(c, self.literals)}")
        if after:
            self._clause(after, Clause(after, self.sentence, self.literals))
        return True

    # ---- tags --------------------------------------------------------------------------

    def _tag_order(self, text: str, tf: FieldDesc) -> bool:
        """'When both apply, 'Big account' comes first': the tag named goes first in the list."""
        m = re.match(r"^(?:when|if|where)\s+(?:both|all(?: of them)?|several|more than one|two)(?:\s+tags?)?\s+(?:apply|applies|match|are true|hold)\s*,?\s*(?:the\s+tag\s+)?(?P<v>⟦\d+⟧)\s+(?:comes|goes|is|should be|is listed|should come|should go|must come)\s+(?:first|before)\b.*$", text.strip(), re.I)
        rule = self.plan.rule_for(tf.path)
        if m is None or rule is None or not isinstance(rule.value, ListOf):
            return False
        want = self.lit(m.group("v"))
        hit = [it for it in rule.value.items if isinstance(it[0], Const) and it[0].value == want]
        if not hit:
            return False
        rule.value.items = hit + [it for it in rule.value.items if it not in hit]
        rule.sentences.append(self.sentence)
        self._note(f"tags: {want!r} first")
        return True

    def _tag_withheld(self, text: str, tf: FieldDesc) -> bool:
        """'Contacts with no revenue don't get 'Big account'': a tag already read, kept from the records
        the sentence names (unchanged when its own condition already leaves them out)."""
        m = re.match(r"^(?P<who>.+?)\s+(?:don't|do not|doesn't|does not|never|should not|shouldn't|won't|will not)\s+(?:get|receive|have|carry)\s+(?:the\s+tag\s+)?(?P<v>⟦\d+⟧)(?P<rest>\s*,\s*(?:and|but)\s+.+)?$", text.strip(), re.I)
        rule = self.plan.rule_for(tf.path)
        # 'If Number of employees is empty, they don't get this tag': the tag read last, from the records the test names (round 58)
        this = re.match(r"^(?:if|when)\s+(?P<who>[^,;⟦]+?)\s*,\s*(?:then\s+)?(?:they|it|he|she|the\s+(?:contact|member|lead|record)s?)\s+(?:don't|do not|doesn't|does not|won't|will not|should not|shouldn't)\s+(?:get|receive|have)\s+(?:this|that|the)\s+(?:tag|one)\W*$", text.strip(), re.I)
        if m is None and this is not None and rule is not None and isinstance(rule.value, ListOf) and rule.value.items and isinstance(rule.value.items[-1][0], Const):
            m = this
            want = rule.value.items[-1][0].value
        elif m is None or rule is None or not isinstance(rule.value, ListOf):
            return False
        else:
            want = self.lit(m.group("v"))
        at = [i for i, (v, _) in enumerate(rule.value.items) if isinstance(v, Const) and v.value == want]
        who = self.condition(_strip_subject(m.group("who"))) or self.condition(m.group("who"))
        if not at or who is None:
            return False
        for i in at:
            v, c = rule.value.items[i]
            if isinstance(who, Cmp) and who.op == "empty" and isinstance(c, Cmp) and c.field == who.field and c.op in ("gt", "ge", "lt", "le", "eq", "in", "true", "contains"):
                continue  # its condition already leaves a blank value out
            rule.value.items[i] = (v, Not(who) if c is None else And([c, Not(who)]))
        rule.sentences.append(self.sentence)
        self._note(f"tags: no {want!r} for {_restore(m.group('who'), self.literals)}")
        if m is not this and m.group("rest"):
            rest = re.sub(r"^\s*,\s*(?:and|but)\s+", "", m.group("rest"))
            self._clause(rest, Clause(rest, self.sentence, self.literals))
        return True

    def _tags_field(self) -> FieldDesc | None:
        for f in self.dst_obj.fields:
            if f.type == "list" or f.leaf == "tags":
                return f
        return None

    def _tag_branches(self, text: str) -> bool:
        """'If C, tag them A, otherwise (tag them) B' / 'tag them A if C, otherwise B': one tag
        or the other, whichever way round the condition is written."""
        tf = self._tags_field()
        if tf is None:
            return False
        tag = r"tag(?:ged)?\s+(?:them|it|him|her|(?:the\s+)?(?:member|contact|lead|record|subscriber|person|people)s?|everyone)?\s*(?:with\s+|as\s+)?"
        other = r"\s*[;,]?\s*(?:and\s+|but\s+)?(?:otherwise|else|if not|for (?:everyone|everybody|anyone) else|for the rest)\s*,?\s*(?:" + tag + r")?(?P<b>" + _LIT + r")"
        m = re.fullmatch(r"(?:if|when|whenever)\s+(?P<c>[^;⟦]+?)\s*[;,]\s*(?:then\s+)?" + tag + r"(?P<a>" + _LIT + r")" + other + r"\s*", text.strip(" ."), re.I) or re.fullmatch(
            tag + r"(?P<a>" + _LIT + r")\s+(?:if|when|whenever)\s+(?P<c>[^;⟦]+?)" + other + r"\s*", text.strip(" ."), re.I)
        if m is None:
            return False
        cond = self.condition(m.group("c"))
        a, b = self.lit(m.group("a")), self.lit(m.group("b"))
        if cond is None or a is None or b is None:
            return False
        # 'otherwise' includes records the comparison cannot hold for (a blank revenue)
        rest = Not(cond) if isinstance(cond, Cmp) and cond.op in ("gt", "ge", "lt", "le") else _negate(cond)
        items: list[tuple[Value, Cond | None]] = [(Const(a), cond), (Const(b), rest)]
        rule = self.plan.rule_for(tf.path)
        if rule is not None and isinstance(rule.value, ListOf):
            rule.value.items.extend(items)
            rule.sentences.append(self.sentence)
            self._note(f"{tf.path} <- {_show(rule.value, self.literals)}")
        else:
            self.add_rule(tf.path, ListOf(items), f"tag {a!r} if {_show_cond(cond)}, otherwise {b!r}", 0.85)
        return True

    def _tags(self, text: str) -> bool:
        tf = self._tags_field()
        if tf is not None and (self._tag_order(text, tf) or self._tag_withheld(text, tf)):
            return True
        cont = tf is not None and self.last_rule is not None and self.last_rule.target == tf.path and re.match(r"^(?:add|plus|also|and)\b", text.strip(), re.I)
        if tf is None or not (re.search(r"\btag(?:s|ged|ging)?\b", text, re.I) or cont):
            return False
        t = text.strip()
        rule = self.plan.rule_for(tf.path)
        t = re.sub(r"\((?:an?\s+)?(?:empty list|no tags?|none)[^()]*\)", "", t, flags=re.I).strip()
        if re.fullmatch(r"(?:the )?tags?\s*(?:=|:|is|are|should be)?\s*(?:\[\s*\]|(?:an? )?empty(?: list| array)?|none|no tags?)", t.strip(), re.I) and rule is None:
            self.add_rule(tf.path, ListOf([]), "tags: an empty list (the text says so)", 0.9)
            return True
        # 'X if C, otherwise no tags (an empty list)', 'for all other departments no tags': a
        # conditional tag that does not hold adds nothing, so the rest row is the list's own rule
        none_rest = re.search(
            r"\s*[,;]?\s*(?:and\s+|but\s+)?(?:otherwise|else|if not|for\s+(?:all|any|the|every)\s+other\b[^,;⟦]*?|for\s+(?:everyone|everybody|anyone)\s+else|for\s+the\s+rest|for\s+others)\s*,?\s*(?:\([^()]*\)\s*)?(?:no\s+tags?|nothing|an?\s+empty\s+list|\[\s*\])\b.*$",
            t, re.I,
        )
        if none_rest and PLACEHOLDER.search(t[: none_rest.start()]):
            t = t[: none_rest.start()].strip()
            self._note("tags: none otherwise (an empty list)")
        if rule is not None and not PLACEHOLDER.search(t) and re.search(r"\bno\s+tags?\b|\bempty\s+list\b", t, re.I):
            self._note("tags: an empty value adds no tag")  # 'is numemployees empty, also no tags'
            return True
        if re.search(r"\bempty list\b|\bno tags?\b|\[\s*\]", t, re.I) and re.search(r"\b(?:when|if)\b", t, re.I):
            if rule is None:
                self.add_rule(tf.path, ListOf([]), "tags", 0.9)
            self._note("tags: an empty value adds no tag")
            return True
        cond: Cond | None = None
        cm = re.match(r"^(?P<who>.+?)\s+(?P<k>whose|who|that|with|in|at|where)\s+(?P<c>.+?)\s+(?:also\s+)?(?:get|gets|receive|receives|are tagged|is tagged|should get|should also get|also get|carry)\b(?P<rest>.*)$", t, re.I)
        body = t
        if cm:
            # 'contacts in the mql or sql stage get ...': 'in/at the ... stage' is part of the condition
            cond = self.condition(cm.group("c")) or (self.condition(f"{cm.group('k')} {cm.group('c')}") if cm.group("k").lower() in ("in", "at", "with") else None)
            body = cm.group("rest")
        if cond is None:
            whole = re.match(r"^(?P<rest>.+?)\s+(?:if|when|for (?:contacts|members|leads|people|records|those|anyone|everyone) (?:whose|who|with|that|in|where))\s+(?P<c>.+)$", body, re.I)
            if whole and not re.search(r",|\bplus\b|\bthen\b|\bfollowed by\b", whole.group("rest")):
                cond = self.condition(whole.group("c"))
                if cond is not None:
                    body = whole.group("rest")
        items: list[tuple[Value, Cond | None]] = []
        others: list[str] = []
        others_last = False
        body = re.sub(r"\((?:just|only)[^)]*\)", "", body)
        # 'their company name, or if the company one's blank, the domain of their email': one item, a
        # fallback, not two tags (round 31); marked before the items are split at commas
        def fallback_mark(m: re.Match[str]) -> str:
            before = re.split(r"[,;:]", body[: m.start()])[-1]
            before = _TAG_LEAD.sub("", before.strip())
            known = before and self.resolve(re.sub(r"^(?:their|its|the)\s+", "", before), "src") is not None
            return f" {_FALLBACK_MARK} " if known and not re.match(r"\s*(?:the\s+)?tag\b", body[m.end() :], re.I) else m.group(0)

        body = _TAG_FALLBACK.sub(fallback_mark, body)
        # split into items in order: literals and field phrases
        pieces = re.split(r"\s*(?:,|;|\bfollowed by\b|\bthen\b|\band\b|\bplus\b)\s*", body)
        for piece in pieces:
            piece = piece.strip()
            if not piece:
                continue
            if _FALLBACK_MARK in piece:
                first_, alt_ = (x.strip() for x in piece.split(_FALLBACK_MARK, 1))
                first_ = _TAG_LEAD.sub("", first_)
                va, vb = self.src_value(re.sub(r"^(?:their|its|the)\s+", "", first_), None), self.src_value(re.sub(r"\s*\([^()]*\)\s*$", "", alt_), None)
                if not (isinstance(va, Src) and isinstance(vb, Src)):
                    self.ask(f"which tag should {_restore(piece.replace(_FALLBACK_MARK, ', or if it is empty,'), self.literals)!r} give?", [])
                    continue  # both sides were read as fields before the mark was set; asked, never a guess
                items.append((Chain([va, vb]), cond))
                continue
            when = cond
            sj = re.match(r"^(?P<who>.+?)\s+(?:also\s+|additionally\s+)?(?:get|gets|receive|receives|should (?:also )?get|are tagged(?: with)?|get tagged(?: with)?|is tagged(?: with)?|have|has)\s+(?P<rest>.+)$", piece, re.I)
            if sj and _THE_REST.fullmatch(sj.group("who").strip()):
                # 'customers get 'VIP'; everyone else gets 'Prospect'': the rest are those no earlier tag's condition took
                earlier = [c for _, c in (rule.value.items if rule is not None and isinstance(rule.value, ListOf) else []) + items if c is not None]
                if earlier:
                    when = Not(earlier[0] if len(earlier) == 1 else Or(earlier))
                piece = sj.group("rest")
            elif sj and not re.match(r"^(?:every|each|all|any)\b|^(?:everyone|everybody|anyone|they)\b", sj.group("who").strip(), re.I):
                pcond = self.condition(sj.group("who")) or self.condition(_strip_subject(sj.group("who"))) or self._flag_cond(sj.group("who"))
                who_ = re.sub(r"^(?:the\s+)?tags?\s*(?:please\s*)?[:,-]?\s*", "", sj.group("who").strip(), flags=re.I)
                if pcond is None and who_ and not _BARE_RECORDS.fullmatch(who_) and not _EVERYONE.match(who_) and PLACEHOLDER.search(sj.group("rest")):
                    # 'contacts from Germany get the tag 'DACH'': records the text picks out but no reader
                    # understood; tagging everyone would be a silent wrong, so ask
                    self.ask(f"which records should get the tag in {_restore(piece, self.literals)!r}? I could not read {sj.group('who').strip()!r} as a condition", [])
                    continue
                if pcond is not None:
                    # 'contacts in A get 'x', the ones in B get 'y'': a later row with a subject of its
                    # own is its own condition; only 'those of them ...' narrows the first (round r13c)
                    own = cond is not None and bool(items) and not _NARROWING_SUBJECT.search(sj.group("who"))
                    when = pcond if cond is None or own else And([cond, pcond])
                    piece = sj.group("rest")
            elif sj:
                piece = sj.group("rest")
            piece = re.sub(r"\s+to\s+(?:every|each|all)\s+(?:members?|contacts?|leads?|records?)$", "", piece, flags=re.I)
            pc = re.match(r"^(?P<p>.+?)\s+(?:if|when|(?:for|to) (?:contacts|members|leads|people|records|those|anyone|everyone) (?:whose|who|with|that|in|where)|for (?:contacts|members|leads|people|records) (?=in\b)|for(?= (?:all |the |our )?(?!(?:everyone|everybody|anyone|all|each|every|them|those|the rest|others)\b)[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?$))\s+(?P<c>.+)$", piece, re.I)
            if pc and not re.match(r"(?:it|they|he|she|the \w+)\s+(?:has|have)\b", pc.group("c"), re.I):
                pcond = self.condition(pc.group("c"))
                if pcond is not None:
                    when = pcond if cond is None else And([cond, pcond])
                    piece = pc.group("p")
            pm = re.match(r"^(?P<p>.+?)\s+(?:when|if)\s+(?:it|they|he|she|the \w+)\s+(?:has|have)\s+(?:one|it|a value|some)\b.*$", piece, re.I)
            if pm:
                piece = pm.group("p")
            piece = re.sub(r"^(?:and\s+)?,?\s*(?:if|when)\s+(?:set|present|there is one|any|available|given|filled(?: in)?)\s*,?\s*", "", piece, flags=re.I)
            if not re.search(r"\btag", piece, re.I) and not PLACEHOLDER.search(piece) and re.search(r"\b(?:should|must|will|needs? to|has to|have to)\s+(?:be|get|have)\b", piece, re.I):
                others.append(piece)  # 'every member should be subscribed and tagged X': another rule
                continue
            if others and others_last and not re.search(r"\btag", piece, re.I) and EMPTY_RE.search(piece):
                others[-1] = f"{others[-1]}, {piece}"  # '..., FNAME from firstname, 'Friend' if empty': that item's default
                continue
            others_last = False
            hdr_ = re.match(r"^(?P<h>[^:⟦]*):\s*(?=\S)", piece)
            if hdr_ and not re.search(r"\btag", hdr_.group("h"), re.I) and not any(m_.exact_case for m_ in self.mentions(hdr_.group("h"), "dst")):
                piece = piece[hdr_.end() :]  # 'For everyone: email_address = email, ...': the lead-in is no item
            piece = re.sub(r"^(?:map|copy|send|set)\s+(?=[A-Za-z_][\w.]*\s*(?:<-|=|->|:))", "", piece, flags=re.I)  # 'map email_address <- Email'
            lead_dst = self.mentions(piece, "dst") if not re.search(r"\btag", piece, re.I) else []
            if lead_dst and lead_dst[0].start == 0 and lead_dst[0].exact_case and lead_dst[0].best.path != tf.path:
                others.append(piece)  # 'email_address = Email, language always 'de', the tag 'dach'': the list's other fields are rules of their own
                others_last = True
                continue
            lits = PLACEHOLDER.findall(piece)
            if lits:
                for tok in PLACEHOLDER.finditer(piece):
                    items.append((Const(self.literals[int(tok.group(1))]), when))
                continue
            core = _TAG_LEAD.sub("", piece) if re.search(r"\btag", piece, re.I) else piece
            core = re.sub(r"^(?:always|also|their|its|the|a second tag|second tag|another tag|one tag)\s+", "", core.strip(), flags=re.I)
            if not core:
                continue
            m = self.resolve(core, "src")
            if m is not None and not re.fullmatch(r"(?:each|every|all)?\s*(?:member|contact|lead)s?", core, re.I):
                items.append((Src(m.best.path, self._transforms(core)), when))
        if not items:
            return False
        if rule is not None and not isinstance(rule.value, ListOf):
            return False  # the tags were read as one value elsewhere: this clause is asked about, never a crash
        if rule is None:
            rule = self.add_rule(tf.path, ListOf(items), "tags, in the order the text gives", 0.9)
        else:
            assert isinstance(rule.value, ListOf)
            if not (EMPTY_RE.search(text) and _tag_fallback(rule.value, items)):
                # a tag said again with its condition (a comment restating the list): one item, never two (round 37)
                rule.value.items.extend(i for i in items if i not in rule.value.items)
            rule.sentences.append(self.sentence)
            self._note(f"tags: + {', '.join(_show(v, self.literals) for v, _ in items)}")
        for o in others:
            self._clause(o, Clause(o, self.sentence, self.literals))
        return True

    # ---- lookups ---------------------------------------------------------------------

    def _lookup(self, text: str) -> bool:
        m = re.search(r"\b(?:account|company|organi[sz]ation)\s+(?:lookup|look-up|look up|match(?:ing)?)\b|\blook up the account\b|\bmatch (?:it )?(?:to|against) (?:an? |the )?(?:existing )?account"
                      r"|\b(?:find|match|locate|resolve|get)\s+(?:its|the|their|his|her|an?)\s+account\s+by\s+(?:looking up|matching|searching(?: for)?|using)\b", text, re.I)
        if not m and not self._account_link(text):
            return False
        src = self.resolve(re.sub(r"\b(?:account|lookup|look-up|look up|looking up|matching|match|find|its)\b|^.*?\bby\b", " ", text, flags=re.I), "src") or self._concept_src("company")
        if src is None:
            self.ask("which source field holds the company name for the account lookup?", [f.path for f in self.src_obj.fields][:5])
            return True
        ref = [f for f in self.dst_obj.fields if f.type == "reference" and "account" in f.path.lower()]
        if ref:
            self.add_rule(ref[0].path, Lookup("Account", "Name", Src(src.best.path)),
                          f"account lookup: the Account whose Name equals {src.best.path}; its Id goes into {ref[0].path}", 0.9)
            return True
        company = [f for f in self.dst_obj.fields if "company" in self.dm.concepts.get(f.path, [])]
        if company:
            rule = self.add_rule(company[0].path, Src(src.best.path), "account lookup", 0.8)
            rule.why[-1] = (
                f"account lookup: {self.dst_obj.ref} has no Account lookup field; Salesforce matches "
                f"the lead's {company[0].path} to an Account when the lead is converted, so the "
                f"company name ({src.best.path}) goes to {company[0].path}"
            )
            return True
        self.ask("the destination has no account lookup field; which field should the company name go to?", [f.path for f in self.dst_obj.fields][:5])
        return True

    def _account_link(self, text: str) -> bool:
        """The lookup from its ingredients, in any wording ('linked to the matching Salesforce
        account, which we find by company name'): the word account, a linking word, and the
        company named on the source side, with no other destination field in the clause."""
        if not re.search(r"\baccounts?\b", text, re.I) or re.search(r"\b(?:if|when|only|skip|unless)\b", text, re.I):
            return False
        if not re.search(r"\b(?:link(?:ed|s|ing)?|tie[ds]?|attach(?:ed)?|associat\w*|match\w*|find|found|look(?:ing|ed)?[- ]?up|lookups?|connect\w*|relat\w*|resolv\w*|parent)\b", text, re.I):
            return False
        company = self._concept_src("company")
        named = {m.best.path for m in self.mentions(re.sub(r"\baccounts?\b", " ", text, flags=re.I), "src")}
        # the company alone: a clause that also lists other fields is a list with a lookup in it
        return company is not None and named == {company.best.path} and not any(m.exact_case for m in self.mentions(text, "dst"))

    # ---- GA4 event name: 'a single generate_lead event' ------------------------------

    def _event_name(self, text: str) -> bool:
        ev = self.dst_obj.get("events[0].name")
        if ev is None:
            return False
        # the name is a word before 'event' after a determiner (a platform word may sit between:
        # 'a GA4 sign_up event'), any snake_case word before 'event', or a name after 'named'
        m = re.search(
            r"\b(?:an?|one|single|the|each|every)\s+(?:single\s+)?(?:(?i:ga4|google analytics|analytics)\s+)?(?P<n>(?!single\b)[a-z][a-z0-9_]{2,39}|⟦\d+⟧)\s+event\b"
            r"|(?<![\w.])(?P<n3>[a-z][a-z0-9]*_[a-z0-9_]+)\s+events?\b"
            r"|\bevent\s+(?:(?:named|called|(?:with|having)\s+(?:the\s+)?(?:event\s+)?name(?:\s+of)?|whose\s+name\s+is)\s*[:=]?\s*)?(?P<n2>" + _LIT + r"|(?<=named )[a-z][a-z0-9_]+|(?<=called )[a-z][a-z0-9_]+|(?<=name )[a-z][a-z0-9]*_[a-z0-9_]+)"
            r"|\bevent\b[^.;⟦]{0,30}?,\s*(?:named|called|(?:with\s+)?(?:the\s+)?name\s*[:=]?)\s*(?P<n4>" + _LIT + r"|(?<=named )[a-z][a-z0-9_]+|(?<=called )[a-z][a-z0-9_]+|[a-z][a-z0-9]*_[a-z0-9_]+(?![\w.\[]))"
            # 'event name contact_synced', 'event name: crm_sync': the name as a snake_case word after 'event name'
            r"|\bevent\s+name\s*(?:[:=]\s*|is\s+|should be\s+)?(?P<n6>[a-z][a-z0-9]*_[a-z0-9_]+)(?![\w.\[])"
            # 'one event, close_convert_lead, with params ...': the snake_case word set off after 'event'
            r"|\bevent\s*[,:]\s*(?P<n7>[a-z][a-z0-9]*_[a-z0-9_]+)(?=\s*(?:[,;(]|$))",
            text,
        )
        if m is None:
            # a sending verb before a snake_case name no field has ('fire generate_lead for ...')
            m = re.search(r"^(?i:fire|send|track|log|emit|trigger|raise|record)\s+(?:(?i:an?|the|one)\s+)?(?P<n5>[a-z][a-z0-9]*_[a-z0-9_]+)(?![\w.\[])", text)
            if m and (self.src_obj.get(m.group("n5")) or self.dst_obj.get(m.group("n5"))):
                m = None
        handled = False
        if m:
            named = m.groupdict()
            name = named.get("n") or named.get("n2") or named.get("n3") or named.get("n4") or named.get("n5") or named.get("n6") or named.get("n7") or ""
            after = text[m.end() :].strip(" ,;.")
            ex = re.match(r"^(?:for|to)\s+(?:everyone|everybody|all(?:\s+(?:contacts|leads|members|records))?|every\s+\w+|each\s+\w+)\s+(?:except(?:\s+for)?|but|apart from|other than|excluding)\s+(?P<x>[^,;]+)$", after, re.I)
            if ex and FilterSlots(self).try_clause(f"skip {ex.group('x')}"):
                # 'a purchase event for everyone except opted-out contacts': the records it skips
                text = text[: m.end()]
            elif named.get("n5") and re.match(r"^(?:only\s+)?for\b", after, re.I) and not self.mentions(PLACEHOLDER.sub(" ", after), "dst"):
                # 'fire generate_lead for MQLs and SQLs only': the records it is for are a filter
                concept_filter(self, after)
            name = self.lit(name) or name
            self.add_rule(ev.path, Const(name), f"the event name '{name}'", 0.9)
            handled = True
            # other rules before the event in the same clause ("client_id fixed to 'hs', one sign_up event")
            for piece in re.split(r"[,;]", text[: m.start()])[:-1]:  # the last piece leads into the event
                piece = re.sub(r"^\s*(?:and|also|plus)\s+", "", piece.strip(" ,;:"), flags=re.I)
                if piece and self.mentions(PLACEHOLDER.sub(" ", piece), "dst"):
                    self._clause(piece, Clause(piece, self.sentence, self.literals))
            text = text[m.end() :]
        if re.search(r"\bparams?\b|\bparameters?\b", text, re.I) and self.dst_obj.containers() & {"events[0].params"}:
            self.prefix = "events[0].params"
        if handled:
            only = re.search(r"\bfor\s+(?P<w>(?:the\s+)?(?:(?!\bfor\b)[\w ])+?\s+(?:contacts|leads|members|subscribers|people|records))\s+only\b", text, re.I)
            if only and self._filter(f"only {only.group('w')}"):
                text = text[: only.start()] + text[only.end() :]  # '... event to GA4 for salesqualifiedlead contacts only'
            rest = re.sub(r"^.*?\bwith\b", "", text, flags=re.I) if re.search(r"\bwith\b", text, re.I) else ""
            lead_in = re.match(r"^\s*,?\s*(?:whose|with|and its|its|having|carrying)\s+(?:event\s+)?(?:params?|parameters?)\s*(?:are|:|=|being)?\s+", text, re.I)
            one_param = re.match(r"^\s*,?\s*(?:whose|with an?|with the|and an?|and the)\s+(?P<n>[A-Za-z_]\w*)\s+param(?:eter)?\s+(?:is|=|of|set to|equal to|holding)\s+(?P<v>.+)$", text, re.I)
            if one_param:  # 'whose created_on param is the createdate'
                self.assigned_words.add(one_param.group("n").lower())
                rest = f"{one_param.group('n')} = {one_param.group('v')}"
            elif lead_in:
                rest = text[lead_in.end() :]  # '... named 'x' whose params are value = ..., currency 'USD''
            # 'send one generate_lead event: currency 'USD', country = ...': what the event's colon lists are its params
            if (one_param or lead_in or re.match(r"^\s*:", text)) and "events[0].params" in self.dst_obj.containers():
                self.prefix = "events[0].params"
            rest = re.sub(r"\s+and\s*$", "", rest.strip())
            if rest.strip() and not self._assign(rest):
                self._clause(rest.strip(), Clause(rest.strip(), self.sentence, self.literals))  # 'with client_id equal to the email'
            else:
                # rules after the event in the same clause ("a login event for each contact, client_id 'crm'")
                listed = re.match(r"^\s*:", text) is not None  # after the event's colon, the first piece is a param too
                for piece in re.split(r"[,;]", text)[0 if listed else 1 :]:
                    piece = re.sub(r"^\s*(?:and|also|plus|with)\s+", "", piece.strip(" ,;:"), flags=re.I)
                    if piece and (self.mentions(PLACEHOLDER.sub(" ", piece), "dst") or self._opens_with_custom(piece) or re.search(r"[A-Za-z_][\w.]*\s*(?:=|->)\s*\S", piece)):
                        self._clause(piece, Clause(piece, self.sentence, self.literals))
        return handled

    def _flag_cond(self, who: str) -> Cond | None:
        """'VIPs get the tag ...' after 'vip = true when ...': the records a true/false rule of
        this text marks, by the plural of its field's name."""
        w = re.sub(r"^(?:the|all|our)\s+", "", who.strip(), flags=re.I)
        w = re.sub(r"(?<=[A-Za-z])'?s$", "", w)
        for r in self.plan.rules:
            v = r.value
            if r.target.rsplit(".", 1)[-1].lower() == w.lower() and isinstance(v, Cases) and len(v.branches) == 1 and v.branches[0][1] == Const(True):
                return v.branches[0][0]
        return None

    def _opens_with_custom(self, piece: str) -> bool:
        """'params.mail_host (...) and ...': a piece that starts with a custom field by its path."""
        m = re.match(r"\s*(?P<p>[A-Za-z_][\w\[\]]*(?:\.\w+)+)", piece)
        return m is not None and self.dst_obj.open_field(m.group("p")) is not None

    # ---- value tables and conditions ---------------------------------------------------

    def _cases(self, text: str) -> bool:
        t = text.strip()
        pr = re.match(r"^(?P<h>[^()]+?)\s*\((?P<b>[^()]*(?:=|->|:)[^()]*)\)\s*\.?$", t)
        if pr and not re.search(r"[:]", pr.group("h")) and not re.match(rf"(?:an?\s+|the\s+)?(?:{E}|if|when|whenever)\b", pr.group("b").strip(), re.I):
            t = f"{pr.group('h')}: {pr.group('b')}"  # ('(empty jobtitle: 'Staff')' is a default, no table)
        header, body = _split_header(t)
        headless = False
        if header is None:
            # 'currency EUR for France and Germany, GBP for the UK, USD otherwise': a field, then its rows
            hm = re.match(r"^(?P<d>[A-Za-z_][\w.]*)\s+(?P<b>(?:⟦\d+⟧|[A-Z0-9][\w-]*)\s+(?:for|if|when)\b.+)$", t)
            hd = self.resolve(hm.group("d"), "dst") if hm else None
            hs = self.resolve(hm.group("d"), "src") if hm else None
            if hm and hd is not None and len(re.findall(r"\b(?:for|if|when)\b", hm.group("b"), re.I)) >= 2 and (hs is None or (hd.exact_case and not hs.exact_case)):
                header, body = hm.group("d"), hm.group("b")
                headless = True
        if header is not None and body is not None and _TRANSLATE_HEAD.match(header.strip()) and not re.search(r"->|=>", body):
            # 'Translate the country of HubSpot like this: United States = US': rows of values with '=' (round 26)
            body = re.sub(r"\s*(?<![=!<>])=(?![=>])\s*", " -> ", body)
        target: FieldDesc | None = None
        source: str | None = None
        if header is not None and body is not None:
            # 'traits.leadSource: 'Web' -> 'inbound', ...': rows under one dotted path written out
            # are that field's table, not a list of the container's fields
            dotted_rows = re.fullmatch(r"\s*[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\s*", header) is not None and header.strip() not in self.dst_obj.containers() and re.search(r"->|=>|^\s*(?:⟦\d+⟧|true|false)\s+(?:for|if|when)\b", body, re.I) is not None
            if not headless and not dotted_rows and _is_container_header(header, self.dst_obj):
                return False
            dflt = re.match(rf"^(?P<f>[^,;]+?),?\s+(?:or|else|otherwise|and)\s+(?:use\s+|the\s+)?(?P<v>{_LIT}|[\w ]+?)\s+(?:if|when)\s+(?:(?:it|that|the\s+[\w ]+?|[\w.]+)(?:'s|\s+is)\s+)?{E}$", body.strip(), re.I)
            if dflt and not PLACEHOLDER.fullmatch(dflt.group("v")) and self.resolve(dflt.group("v"), "src") is None:
                dflt = None
            if dflt and (sf := self.resolve(dflt.group("f"), "src")) is not None and _only_field_words(dflt.group("f"), sf, self.vocab.object_words):
                return False  # 'country: Country, or 'Unknown' if it's blank' is a copy with a default
            # rows of values ('Software becomes X'), not a fallback or a condition on one field
            # 'all other values and empty -> 'unknown'': a rest row naming the empty value is still a row
            rows_only = re.sub(r"(?:^|(?<=[,;]))[^,;]*\b(?:other|others|else|rest|otherwise)\b[^,;]*(?:->|=>)[^,;]*", " ", body, flags=re.I)
            table_like = bool(re.search(r"->|=>|\bbecomes\b|\bmaps to\b|\bturns into\b", body, re.I)) and not re.search(
                rf"\b(?:if|when|whenever|unless|or|falling|fall back|{E})\b", rows_only, re.I)
            pairs = self._field_pair_rows(body) if table_like else None
            if pairs is not None:
                # 'names are a mess, so title-case them: First Name -> First Name (title case), Last
                # Name -> Last Name (title case)': rows of field -> field are copies under a lead
                for piece in pairs:
                    self._clause(piece, Clause(piece, self.sentence, self.literals))
                return True
            target, source = self._header_fields(header, table_like, body)
            lead = re.match(r"^(?P<l>.+)(?P<sep>,?\s+(?:plus|and also|as well as|and then|then)|,?\s+and)\s+(?P<h>(?:an?\s+|the\s+)?\S.*)$", header, re.I)
            listed = lead is not None and ("," in lead.group("l") or "," in lead.group("sep") or any(x.exact_case for x in self.mentions(lead.group("l"), "dst")))
            # 'FirstName and LastName: trimmed': one modifier for both fields, no table (round 26)
            mods_only = not table_like and self._modifier_only(body)
            if lead and listed and not mods_only and self._header_fields(lead.group("h"), table_like)[0] is not None:
                # 'Email, firstname, lastname, plus a Rating based on the stage: ...': copies, then the table's header
                target, source = self._header_fields(lead.group("h"), table_like)
                self._clause(lead.group("l"), Clause(lead.group("l"), self.sentence, self.literals))
            if target is None:
                return False
            if table_like and source is None:
                # 'language: Mailing Country Germany -> 'de', Austria -> 'de', ...': the field the
                # keys are values of, named before the first key
                fk = re.match(r"^\s*(?P<f>[A-Za-z][\w ./]*?)\s+(?=(?:[A-Z][\w-]*|⟦\d+⟧)\s*(?:->|=>))", body)
                named = self.resolve(fk.group("f"), "src") if fk else None
                if fk and named is not None and _only_field_words(fk.group("f"), named, self.vocab.object_words):
                    source, body = named.best.path, body[fk.end() :]
            if table_like and source is None:
                source = self._keys_field(body)
            branches = self._branches(body, target, source)
            if not branches:
                return False
            self._make_cases(target, branches, source, f"value table/conditions for {target.path}")
            return True
        # 'X should be V for ..., and W for ...' / 'X is true when ... and false otherwise'
        m = re.match(r"^(?P<dst>.+?)\s+(?:should be|must be|is|are|=|becomes|gets|will be|equals|should get|to)\s+(?P<body>.+)$", t, re.I)
        # no verb: 'lifecycle stage 'customer' for VIP members and 'subscriber' for everybody else'
        nv = re.match(r"^(?P<dst>[^⟦(),;]+?)\s*:?\s+(?P<body>⟦\d+⟧\s+(?:for|if|when|whenever)\b.+)$", t, re.I)
        if nv and (m is None or PLACEHOLDER.search(m.group("dst"))) and self.resolve(nv.group("dst"), "dst") is not None:
            m = nv
        if m and re.search(r"\b(?:for|if|when|whenever|where|unless)\b|->", m.group("body"), re.I) and not re.search(r"\b(?:default\w*|fall\w* back|fallback)\b", m.group("dst"), re.I):
            d = self.resolve(m.group("dst"), "dst")
            lacks_rx = rf"\b{E}\b|\b(?:has|have|had) no\b|\bwithout\b|\b(?:doesn't|does not|don't|do not) have\b|\b(?:hasn't|has not|haven't) got\b"
            lacks = re.search(lacks_rx, m.group("body"), re.I)
            chunks_ = _branch_chunks(m.group("body"))
            rows_ = [re.match(rf"^(?:and\s+|or\s+)?(?:{_LIT}|[\w-]+)\s+(?:if|when)\b", c.strip(), re.I) for c in chunks_]
            if lacks and len(chunks_) >= 2 and not re.search(lacks_rx, chunks_[0], re.I) and all(rows_):
                lacks = None  # '..., pending if it is blank': a row of its own for the empty value, no default
            if (d is not None and not lacks) or (d is not None and re.search(r"\bfor\b.*\b(?:whose|who|that|with)\b", m.group("body"), re.I)):
                branches = self._branches(m.group("body"), d.best, None)
                if branches and any(c is not None for c, _ in branches):
                    self._make_cases(d.best, branches, None, f"conditions for {d.best.path}")
                    return True
        sx = re.match(r"^(?:if|when|whenever)\s+(?P<c>.+?),?\s+(?:then\s+)?(?:set|make|mark|put)\s+(?:the\s+)?(?P<dst>[\w.]+(?:\s[\w.]+){0,4}?)\s+(?:to|as|=)\s+(?P<v>[^,]+?)(?:\s*,\s*(?P<rest>(?:else|otherwise)\b.+))?$", t, re.I)
        if sx and not re.search(rf"\b{E}\b", sx.group("c"), re.I):
            cond = self.condition(sx.group("c"))
            if cond is not None and self.resolve(sx.group("dst"), "dst") is not None:
                return self._conditional_value(cond, sx.group("v"), sx.group("dst"), sx.group("rest"))
        mk = re.match(r"^(?:mark|set|flag|make|give)\s+(?P<dst>[\w.]+(?:\s(?!true\b|false\b|to\b|as\b)[\w.]+)?)\s+(?:as\s+|to\s+|=\s*)?(?P<body>.+\b(?:when|if|for|whenever)\b.+)$", t, re.I)
        if mk:
            d = self.resolve(mk.group("dst"), "dst")
            if d is not None:
                branches = self._branches(mk.group("body"), d.best, None)
                if branches and any(c is not None for c, _ in branches):
                    self._make_cases(d.best, branches, None, f"conditions for {d.best.path}")
                    return True
        # 'If COND, the member is V' / 'If COND then X is V'
        m = re.match(r"^(?:if|when|whenever|for (?:contacts|members|leads|people|records|anyone|everyone) (?:whose|who|where|that|with))\s+(?P<all>.+)$", t, re.I)
        if m:
            body = m.group("all")
            rest = None
            om = re.search(r",\s*(?:otherwise|else)\b.*$", body, re.I)
            if om:
                rest = om.group(0).lstrip(", ")
                body = body[: om.start()]
            # 'If X is 'false', status is 'subscribed'': the field named after the last comma (round 21)
            cm = re.match(r"^(?P<c>.+),\s*(?P<dst>[A-Za-z_][\w.]*)\s+(?:is|are|=|becomes?|gets?|should be|must be|will be)\s+(?P<v>" + _LIT + r"|true|false|[\w-]+)$", body, re.I)
            if cm and (cd := self.resolve(cm.group("dst"), "dst")) is not None and cd.exact_case:
                cond = self.condition(cm.group("c"))
                if cond is not None:
                    return self._conditional_value(cond, cm.group("v"), cm.group("dst"), rest)
            for am in reversed(list(re.finditer(r"(?:,\s*|\s+then\s+|\s+)(?:(?P<dst>[\w.]+)\s+|the \w+\s+|they\s+|it\s+|he\s+|she\s+)?(?:is|are|gets?|becomes?|should be|goes? in as|go in as|=|->|must be|should get|will be)\s+(?P<v>" + _LIT + r"|[\w-]+(?:\s[\w-]+)?|" + _TEMPLATE_VALUE + r")$", body, re.I))):
                c_text = body[: am.start()]
                if not c_text.strip() or re.search(rf"\b{E}\b", c_text, re.I):
                    continue
                if self._field_to_field(c_text, am.group(0)):
                    continue
                cond = self.condition(c_text)
                if cond is not None:
                    dst_phrase = am.group("dst")
                    if dst_phrase and self.resolve(dst_phrase, "dst") is None:
                        dst_phrase = None
                    return self._conditional_value(cond, am.group("v"), dst_phrase, rest)
        mn = re.match(r"^(?P<c>.+?)\s+(?:means|gives|implies|->)\s+(?:(?P<dst>[\w.]+)\s+)?(?P<v>" + _LIT + r"|[\w-]+)$", t, re.I)
        if mn and not self._field_to_field(mn.group("c"), t[mn.end("c") :]):
            cond = self.condition(mn.group("c"))
            dst_phrase = mn.group("dst") if mn.group("dst") and self.resolve(mn.group("dst"), "dst") else None
            if cond is not None and (dst_phrase or self.last_cases is not None):
                if dst_phrase is None and self.last_cases is not None:
                    dst_phrase = self.last_cases.target
                return self._conditional_value(cond, mn.group("v"), dst_phrase, None)
        hl = re.match(r"^(?P<c>[\w ,'-]+?)\s+(?:contacts?|leads?|members?|ones|people|records?|subscribers?)\s+(?:get|gets|receive|receives|become|becomes|are|go in as)\s+(?:(?P<dst>[\w.]+)\s+)?(?P<v>" + _LIT + r"|[\w-]+)$", t, re.I)
        if hl:
            cond = self.condition(hl.group("c"))
            dst_phrase = hl.group("dst") if hl.group("dst") and self.resolve(hl.group("dst"), "dst") else None
            if cond is not None and (dst_phrase or self.last_cases is not None or self._target_by_value(hl.group("v"))):
                if dst_phrase is None and self.last_cases is not None:
                    dst_phrase = self.last_cases.target
                return self._conditional_value(cond, hl.group("v"), dst_phrase, None)
        # 'Contacts who COND go in as V' / 'contacts whose X is Y get V'
        m = re.match(r"^(?:all\s+|any\s+)?(?:the\s+)?(?:contacts?|leads?|members?|people|persons?|records?|subscribers?|users?|those|anyone|everyone|ones)\s+(?:who|whose|that|with|in|where|which)\s+(?P<c>.+?)\s+(?:go(?:es)? in as|go(?:es)? as|are|get|gets|become|becomes|should be|should go in as|are set to|are marked(?: as)?|come in as|land as)\s+(?P<v>.+)$", t, re.I)
        if m:
            cond = self.condition(m.group("c"))
            if cond is not None:
                return self._conditional_value(cond, m.group("v"), None, None)
        return False

    def _field_to_field(self, left: str, right: str) -> bool:
        """'Email -> Email Address': a source field named exactly, then a destination field: a
        mapping, never a condition on a picklist that happens to hold the word ('LeadSource is
        Email' gave email_address the value 'Address', round 33)."""
        right = re.sub(r"^\s*(?:,\s*)?(?:->|=>|=|is|are|means|gives|implies|becomes?|gets?)\s+", "", right.strip(), flags=re.I)
        sn, dn = self.resolve(left.strip(), "src"), self.resolve(right, "dst")
        return (sn is not None and dn is not None and sn.exact_case and _names(sn.best, left) and _names(dn.best, right))

    def _pronoun_row(self, text: str) -> str:
        """'When it is 'false' or is not filled, it is false' after 'X is true when F is 'true'':
        the first 'it' is the table's source F, the second its field X (round 26). Said with
        the names, the row is one the table reader knows; without a table above, as written."""
        m = _PRONOUN_ROW.match(text.strip())
        rule = self.last_cases
        source = self.cases_source.get(rule.target) if rule is not None else None
        if m is None or rule is None or source is None or rule is not self.last_rule:
            return text
        return f"When {source} is {m.group('c')}, {rule.target} is {m.group('v') or m.group('bare')}"

    def _conditional_value(self, cond: Cond, v: str, dst_phrase: str | None, rest: str | None) -> bool:
        v = re.sub(r"\(.*?\)", "", v).strip()
        if isinstance(cond, Cmp) and self.src_obj.get(cond.field) is not None:
            # 'if the lead has a LeadSource, message = 'Source: ' followed by it': 'it' is the condition's field
            v = re.sub(r"(\+|\bfollowed by|\bthen)\s+(?:it|that|this|that value|the value)\b", lambda k: f"{k.group(1)} {cond.field}", v, flags=re.I)
        vd = re.match(r"^(?P<v>" + _LIT + r")\s+(?:as|for|in|into)\s+(?:the\s+)?(?P<d>[\w. ]+)$", v)
        if vd and self.resolve(vd.group("d"), "dst") is not None:
            v, dst_phrase = vd.group("v"), dst_phrase or vd.group("d")
        if isinstance(cond, Cmp) and cond.op == "empty":
            owner = next((r for r in reversed(self.plan.rules) if cond.field in value_sources(r.value)), None)
            if owner is not None and (dst_phrase is None or self._rule_by_ref(dst_phrase) is owner):
                self._chain(owner, v)
                return True
        if "," in v and rest is None:
            v, rest = v.split(",", 1)
            v, rest = v.strip(), rest.strip()
        dv = re.match(r"^(?P<d>[\w.]+)\s+(?P<v>" + _LIT + r"|[\w-]+)$", v)
        if dst_phrase is None and dv and self.resolve(dv.group("d"), "dst") is not None:
            dst_phrase, v = dv.group("d"), dv.group("v")
        target: FieldDesc | None = None
        if dst_phrase:
            d = self.resolve(dst_phrase, "dst")
            target = d.best if d else None
        if target is None:
            m = re.match(r"^(?P<v>.+?)\s+(?:for|in|as)\s+(?:the\s+)?(?P<d>.+)$", v)
            if m:
                d = self.resolve(m.group("d"), "dst")
                if d:
                    target, v = d.best, m.group("v")
        if target is None:
            target = self._target_by_value(v)
        if target is None:
            return False
        c = self._const(v, target)
        val: Value | None = c
        if val is None:
            val = self.src_value(v, target)
        if val is None:
            return False
        rule = self.plan.rule_for(target.path)
        if rule is not None and isinstance(rule.value, Cases):
            rule.value.branches.append((cond, val))
            rule.sentences.append(self.sentence)
            self.last_cases = rule
            self._note(f"{target.path}: + when ... -> {_show(val, self.literals)}")
        else:
            rule = self.add_rule(target.path, Cases([(cond, val)]), f"condition for {target.path}", 0.85)
            self.last_cases = rule
        if rest:
            self._otherwise_only(rest)
        return True

    def _target_by_value(self, v: str) -> FieldDesc | None:
        """'go in as unsubscribed' -> the destination field whose picklist holds 'unsubscribed'."""
        raw = self.lit(v.strip()) or v.strip()
        raw = re.sub(r"^(?:an?\s+|the\s+)", "", raw)
        hits = [f for f in self.dst_obj.fields if any(x.lower() == raw.lower() for x in f.values)]
        return hits[0] if len(hits) >= 1 else None

    def _field_pair_rows(self, body: str) -> list[str] | None:
        """The rows of ``body`` when every one (two or more) is 'source field -> destination field',
        each side a field's whole name, and no side is a value of a picklist: copies, no table.
        One row is enough (round 31: 'the address goes in the Mailing address:' over rows the
        sentence splitter set apart, 'Street Address -> Mailing Street' first)."""
        pieces = [p.strip() for p in re.split(r"[,;]\s*(?:and\s+)?", body) if p.strip()]
        if not pieces:
            return None
        picked = {v.lower() for obj in (self.src_obj, self.dst_obj) for f in obj.fields for v in f.values}
        for piece in pieces:
            m = re.fullmatch(r"(?P<a>[A-Za-z][\w ./]*?)\s*->\s*(?P<b>[A-Za-z][\w ./]*?)\s*(?:\([^()]*\))?\.?", piece)
            if m is None or m.group("a").lower() in picked or m.group("b").lower() in picked:
                return None
            a, b = self.resolve(m.group("a"), "src"), self.resolve(m.group("b"), "dst")
            if a is None or b is None or a.text.lower() != m.group("a").strip().lower() or b.text.lower() != m.group("b").strip().lower():
                return None
        return pieces

    def _header_fields(self, header: str, table_like: bool = False, body: str | None = None) -> tuple[FieldDesc | None, str | None]:
        h = re.sub(r"^(?:translate|convert|turn|map|derive|set|fill|compute|work out|decide)\s+", "", header.strip(), flags=re.I)
        h = re.sub(r"\s+(?:as follows|like this|like so|this way|in this way|by this table)$", "", h, flags=re.I)
        rev = re.match(r"^(?P<a>.+?)\s+(?:becomes|become|goes to|go to|goes into|maps to|map to|->|turns into|is mapped to|translates to|=>|into|to)\s+(?P<b>.+)$", h, re.I)
        fwd = re.match(r"^(?P<b>.+?)\s+(?:comes from|come from|is taken from|from|based on|is based on|depends on|depending on|according to|by|derived from|is derived from|is set from|uses|follows|mapped from|is mapped from|off|driven by|using)\s+(?P<a>.+)$", h, re.I)
        for m in (fwd, rev):
            if not m:
                continue
            d = self.resolve(m.group("b"), "dst")
            s = self.resolve(m.group("a"), "src")
            if d is not None:
                return d.best, s.best.path if s else None
        key = re.match(r"^\s*(?P<k>[^,;]+?)\s*(?:->|=>)", body or "")
        keyed_by_field = key is not None and (kf := self.resolve(key["k"], "src")) is not None and kf.exact_case
        said_dst = self.resolve(h, "dst") if not (fwd or rev) else None  # 'lifecycle stage: ...' names its own field
        if table_like and not keyed_by_field and said_dst is None and (pending := self._take_pending_dst()) is not None:
            # 'Please translate:' / 'We calculate by the annual revenue:' after a sentence that named
            # the field alone: that field, from the source the header names (else its namesake)
            said = next((m.group("a") for m in (fwd, rev) if m), h)
            s = self.resolve(said, "src") or self.resolve(h, "src")
            return pending, (s.best.path if s else self._same_named_source(pending))
        d = self.resolve(h, "dst")
        if d is None:
            return None, None
        valued = key is not None and not keyed_by_field and not self.mentions(key["k"], "src") and not re.search(
            r"\b(?:over|under|above|below|more|less|greater|between|at least|at most)\b|[<>]", key["k"], re.I)
        return d.best, (((valued and self._copied_source(d.best)) or self._same_named_source(d.best)) if table_like else None)

    def _copied_source(self, target: FieldDesc) -> str | None:
        """'For Mailchimp status, please refer HubSpot "Unsubscribed from all email".' then 'Status:'
        over value rows: the field an earlier sentence copied into the target, as it was, is the
        table's source (round 46)."""
        earlier = self.plan.rule_for(target.path)
        if earlier is None or not isinstance(earlier.value, Src) or earlier.value.transforms or self.sentence in earlier.sentences:
            return None
        return earlier.value.field

    def _source_blank(self, key: str, source: str) -> bool:
        """'rev blank', 'the annual revenue is empty': a row key naming the table's own source
        before an emptiness word (round 26)."""
        m = re.fullmatch(rf"(?P<f>[\w. ]+?)\s+(?:is\s+)?(?:{EMPTY_WORDS})", key, re.I)
        named = self.resolve(m["f"], "src") if m else None
        return named is not None and named.best.path == source

    def _take_pending_dst(self) -> FieldDesc | None:
        """The field the sentence before (or this one) named with no source, still unwritten;
        the questions asked about it are answered by the caller's table."""
        if self.pending_dst is None:
            return None
        at, f = self.pending_dst
        if at not in (self.sentence - 1, self.sentence) or self.plan.rule_for(f.path) is not None:
            return None
        self.pending_dst = None
        self.plan.questions = [q for q in self.plan.questions if not (q.sentence == at and (f.path in q.candidates or q.text.endswith(f" fill {f.path}?")))]
        self._note(f"{f.path}: named in sentence {at + 1}, filled by the table here")
        return f

    def _keys_field(self, body: str) -> str | None:
        """A table that names only its destination ('language: France -> fr, Japan -> ja') reads
        the source field its keys are values of: the one picklist holding them all, else, for
        country names, the country field."""
        keys = [k.strip() for k in re.findall(r"(?:^|,)\s*([^,]+?)\s*(?:->|=>|\bbecomes\b)", body, re.I)]
        keys = [k for k in keys if not re.match(r"(?:anything|everything|all|any|every other|the rest|other|else|otherwise)\b", k, re.I)]
        keys = [self.lit(k) or k for k in keys]  # quoted keys: their text
        if not keys:
            return None
        hits = [f.path for f in self.src_obj.fields if f.values and all(k in f.values for k in keys)]
        if len(hits) == 1:
            return hits[0]
        capitalised = all(re.fullmatch(r"[A-Z][a-z][\w.'-]*(?: [A-Z][a-z][\w.'-]*){0,2}", k) for k in keys)
        if capitalised and any(rx.fullmatch(k) for k in keys for _, rx in REGION_RES):  # country names the drafter knows
            country = self.resolve("country", "src")
            return country.best.path if country else None
        return None

    def _same_named_source(self, target: FieldDesc) -> str | None:
        """A table that names only its destination ('Industry: Software becomes ...') reads the
        source field of the same name (industry), when the source object has exactly one."""
        leaf = target.leaf.lower()
        hits = [f.path for f in self.src_obj.fields if f.leaf.lower() == leaf]
        return hits[0] if len(hits) == 1 else None

    def _bracketed_value(self, ch: str) -> str:
        """'opportunity for converted leads (Closed - Converted)' -> 'opportunity for Closed -
        Converted': a bracket holding one source picklist value, spelled as the catalog has it,
        is what the words before it mean."""
        def repl(m: re.Match[str]) -> str:
            v = self.lit(m.group("v").strip()) or m.group("v").strip()
            owners = [f for f in self.src_obj.fields if v in f.values]
            return f"{m.group('k')} {m.group('v').strip()}" if len(owners) == 1 else m.group(0)
        return re.sub(r"\b(?P<k>for|if|when|where)\s+[^()⟦,;]*\((?P<v>[^()]+)\)", repl, ch, flags=re.I)

    def _branches(self, body: str, target: FieldDesc, source: str | None) -> list[tuple[Cond | None, Value]]:
        self.in_rows = True
        try:
            return self._read_branches(body, target, source)
        finally:
            self.in_rows = False

    def _read_branches(self, body: str, target: FieldDesc, source: str | None) -> list[tuple[Cond | None, Value]]:
        # 'Hot leads are salesqualifiedlead, Warm ones marketingqualifiedlead and Cold ones lead':
        # key, record noun, (verb), value -> 'key -> value'
        body = re.sub(r"(?:(?<=^)|(?<=,\s)|(?<=\band\s))(?P<k>[\w-]+)\s+(?:leads|ones|contacts|members|records|people|subscribers)\s+(?:are\s+|become\s+|get\s+|go in as\s+|=\s*)?(?P<v>⟦\d+⟧|[\w-]+)(?=\s*,|\s+and\s|\s*$)", lambda k: f"{k.group('k')} -> {k.group('v')}", body, flags=re.I)
        body = re.sub(r",\s*(?:including|incl\.?|even)\b[^,;⟦]*,\s*", " ", body, flags=re.I)  # 'any other X, including a blank one, goes to V'
        for v in target.values:
            if " & " in v:  # 'Food -> Food & Beverage' (canon wrote 'and'): the picklist's own value, never two rows
                body = re.sub(re.escape(v).replace("\\ \\&\\ ", r"\s+(?:&|and)\s+"), v.replace("\\", "\\\\"), body, flags=re.I)
        chunks = _branch_chunks(body)
        out: list[tuple[Cond | None, Value]] = []
        last_field = source
        pending_keys: list[str] = []
        for ch in chunks:
            ch = ch.strip().strip(".")
            ch = re.sub(r"^(?:and\s+|or\s+|but\s+)?(?:to|as|be|is|becomes?)\s+(?=⟦|true\b|false\b)", "", ch, flags=re.I)
            ch = re.sub(r"^(?:and\s+|or\s+)?(?:the\s+)?(?:text|string|value|word|literal)\s+(?=⟦)", "", ch, flags=re.I)
            ch = self._bracketed_value(ch)
            ch_nop = re.sub(r"\([^()]*\)", "", ch).strip()
            ch_nop = re.sub(r",?\s*\b(?:including|incl\.?|even)\b[^,]*(?:,\s*(?=\w)|$)", " ", ch_nop, flags=re.I).strip()  # 'any other X, including a blank one, goes to V'
            if not ch_nop:
                continue
            # otherwise
            om = re.match(
                r"^(?:otherwise|else|anything else|everything else|everyone else|everybody else|all (?:the )?others?|the rest|any other(?: \w+)?|all other(?: \w+)?|every other(?: \w+)?|other(?: \w+)?|default|in all other cases|if not|no match"
                r"|anything (?:below|under|less|lower|smaller)(?: than)?(?: that| this| those| these)?(?: (?:or|and) (?:unknown|blank|empty|missing|none))?"
                r"|(?:anything|everything|anyone|everyone|all)\s+(?:lower|less|smaller|below(?: that)?|under(?: that)?|higher|more|bigger|greater|above(?: that)?|over(?: that)?)(?=\s*(?:,|:|->|=|$)))\b[^⟦]*?\s*(?:->|=|:|\bis\b|\bare\b|should be|becomes?|gets?|goes? in as|\bto\b|\buse\b)?\s*(?P<v>(?:⟦\d+⟧|[\w.@ -]+?))\s*$"
                r"|^(?P<v2>.+?)\s+(?:otherwise|for (?:everyone|everybody|anything|everything|all) else|for (?:everyone|everybody|anything|everything|all) (?:below|under|beneath|lower than|less than|smaller than) (?:that|this|those|these|it)|for (?:all|any|the|every) other(?: \w+)*|for the rest|for (?:all |the )?others|in (?:all |every |any )?other cases?|else|by default|when it isn't|when they aren't|when not|if not|when it's not|when it is not)$",
                ch_nop, re.I,
            )
            if om:
                v = om.group("v") or om.group("v2")
                # the lazy match may leave the verb on the value ('anything else maps to X')
                v = re.sub(r"^(?:maps? to|is mapped to|turns? into|goes? to|becomes?|gets?|is|are|should be|use)\s+", "", v.strip(), flags=re.I)
                c = self._const(v, target) or self.src_value(v, target)
                c = c or _row_word(v, ch_nop)
                if c is not None:
                    out.append((None, c))
                    continue
            cm2 = re.match(r"^(?P<v>" + _LIT + r"|[\w-]+)\s+(?P<c>(?:above|over|below|under|more than|less than|greater than|at least|at most|beyond)\b.+)$", ch_nop, re.I)
            if cm2:
                c2 = self._const(cm2.group("v"), target)
                cond2 = self.condition(cm2.group("c"), last_field)
                if c2 is not None and cond2 is not None:
                    out.append((cond2, c2))
                    if isinstance(cond2, Cmp):
                        last_field = cond2.field
                    continue
            # VALUE for|if|when COND
            vm = re.match(r"^(?P<v>" + _LIT + r"|[\w.-]+(?:\s(?!only\b|just\b)[\w.-]+)?)\s+(?:only\s+|just\s+)?(?:for|if|when|whenever|where)\s+(?P<c>.+)$", ch_nop, re.I)
            if vm:
                c = self._const(vm.group("v"), target)
                if c is None:
                    c = self._named_source(vm.group("v"))  # 'the city when the country is X': the field's value
                cond_text = vm.group("c")
                # 'unsubscribed if X is checked else subscribed': the other value closes the branch
                em_ = re.match(rf"^(?P<c>.+?)\s*,?\s+(?:else|otherwise|or else)\s+(?P<o>{_LIT}|[\w-]+)$", cond_text, re.I)
                if em_ and c is not None:
                    other_ = self._const(em_.group("o"), target)
                    cond_ = self.condition(em_.group("c"), last_field)
                    if other_ is not None and cond_ is not None and (not target.values or (isinstance(c, Const) and c.value in target.values and other_.value in target.values)):
                        out.extend([(cond_, c), (None, other_)])
                        continue
                if re.fullmatch(r"(?:it|they|he|she)\s+(?:isn't|is not|aren't|are not)(?: \w+)?|(?:it|they)\s+(?:is|are)\s+(?:anything|something)\s+else|(?:it|they)\s+(?:is|are)\s+not\s+\w+", cond_text.strip(), re.I):
                    if c is not None:
                        out.append((None, c))
                    continue
                cond_text = re.sub(r"^(?:all\s+|any\s+)?(?:the\s+)?(?:contacts?|leads?|members?|people|records?|ones|those|anyone|everyone)\s+(?:whose|who|that|with|in|where|which)\s+", "", cond_text, flags=re.I)
                cond = self.condition(cond_text, last_field)
                names_only = re.fullmatch(r"(?:(?:⟦\d+⟧|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)(?:\s*(?:,|\band\b|\bor\b|&)\s*)?)+", cond_text.strip())
                if cond is None and last_field is None and names_only and len(named_src := list(dict.fromkeys(m_.best.path for m_ in self.mentions(PLACEHOLDER.sub(" ", body), "src")))) == 1:
                    # 'EUR for France and Germany, ..., USD for any other or no country': keys written
                    # as names are values of the one source field the rows name
                    cond = self._key_cond(cond_text, named_src[0])
                if cond is None and last_field is None and names_only and not self.mentions(PLACEHOLDER.sub(" ", body), "src"):
                    # ''EU' for 'France' and 'Germany', ...': keys that are all place names are countries
                    keys_ = [self.lit(k) or k for k in re.split(r"\s*(?:,|\band\b|\bor\b|&)\s*", cond_text.strip()) if k]
                    country_k = self._concept_src("country")
                    if country_k is not None and keys_ and all(any(rx.fullmatch(k) for _, rx in REGION_RES) for k in keys_):
                        cond = _eq_or_in(country_k.best.path, keys_, False)
                if c is not None and cond is not None:
                    out.append((cond, c))
                    if isinstance(cond, Cmp):
                        last_field = cond.field
                    continue
            # KEYS -> VALUE / KEYS = VALUE / COND is VALUE
            am = re.match(r"^(?P<k>.+?)\s*(?:->|=|:|\bbecomes\b|\bmaps to\b|\bturns into\b|\bgives\b|\bmeans\b|\bbecome\b|\bis mapped to\b|\bgo(?:es)? to\b|\bto\b(?=\s*⟦))\s*(?P<v>.+)$", ch_nop, re.I)
            if am is None:
                am = re.match(r"^(?P<k>.+?)\s+(?:is|are|gets?|should be|=)\s+(?P<v>" + _LIT + r"|[\w -]+)$", ch_nop, re.I)
                if am and self._const(am.group("v"), target) is None:
                    am = None
            if am:
                keys = [*pending_keys, am.group("k")]
                pending_keys = []
                c = self._const(am.group("v"), target) or _row_word(am.group("v"), ch_nop)
                if c is None:
                    continue
                bare = [re.sub(r"^(?:or|and)\s+", "", k.strip(), flags=re.I) for k in keys]
                if any(_REST_ROW.match(k) for k in bare) and all(_REST_ROW.match(k) or EMPTY_RE.search(k) or re.fullmatch(r"no\s+\w+(?:\s+\w+){0,2}?(?:\s+at all)?", k, re.I) for k in bare):
                    out.append((None, c))  # 'anything lower, or no revenue at all: Cold': the rest row
                    continue
                cond = self._key_cond(" or ".join(keys), source or last_field)
                if cond is None:
                    return []
                out.append((cond, c))
                if isinstance(cond, Cmp):
                    last_field = cond.field
                continue
            # a bare key list continuing into the next chunk ('PAID_SEARCH, PAID_SOCIAL -> Paid')
            if len(ch_nop.split()) <= 3 and not PLACEHOLDER.search(ch_nop):
                pending_keys.append(ch_nop)
                continue
            return []
        return out

    def _key_cond(self, keys: str, source: str | None) -> Cond | None:
        bare_flag = re.sub(r"^(?P<w>(?:when|if|whenever|where)\s+[\w.]+)\s+(?P<v>true|false)$", r"\g<w> is \g<v>", keys.strip(), flags=re.I)
        if (cm := re.match(r"^(?:when|if|whenever|where)\s+(?P<c>.+\s(?:is|are)\s.+)$", bare_flag, re.I)) and (c := self.condition(cm["c"], source)) is not None:
            return c  # 'when vip is false -> 'subscriber'': a whole condition as the row's key (round 24)
        keys = re.sub(r"^(?:an?|the)\s+", "", keys.strip(), flags=re.I)
        keys = re.sub(r"\s+(?:and|or)\s+(?:an?|the)\s+", " or ", keys, flags=re.I)
        if source is not None and re.fullmatch(rf"(?:{EMPTY_WORDS}|no)(?:\s+(?:value|one|field|entry|answer|cell))?|(?:nothing|no value)(?:\s+at all)?|(?:value\s+)?(?:is\s+)?(?:{EMPTY_WORDS})", keys, re.I):
            return Cmp(source, "empty")  # 'a blank value means pending': the empty row of the table
        if source is not None and self._source_blank(keys, source):
            return Cmp(source, "empty")  # 'rev blank -> Cold': the table's own source named before 'blank' (round 26)
        cond = None
        if source is not None:
            f = self.src_obj.get(source)
            # ('between 20 and 100 -> Warm': a band, whatever the field's type, round 48)
            if f is not None and f.type not in ("number", "integer") and not re.search(r"\b(?:more|less|greater|over|under|above|below|at least|at most|between)\b|[<>]", keys, re.I):
                vals = self._values(keys, f)
                if vals:
                    return _eq_or_in(source, vals, False)
        cond = self.condition(keys, source)
        return cond

    def _make_cases(self, target: FieldDesc, branches: list[tuple[Cond | None, Value]], source: str | None, why: str) -> None:
        conds = [(c, v) for c, v in branches if c is not None]
        otherwise = next((v for c, v in branches if c is None), None)
        rule = self.add_rule(target.path, Cases(conds, otherwise), why, 0.85)
        self.last_cases = rule
        if source is None:
            srcs = {c.field for c, _ in conds if isinstance(c, Cmp)}
            source = srcs.pop() if len(srcs) == 1 else None
        self.cases_source[target.path] = source

    def _source_value(self, source: str | None, value: str) -> bool:
        """Is ``value`` one of the values the table's source field is known to hold?"""
        sf = self.src_obj.get(source) if source else None
        return sf is not None and (not sf.values or value in sf.values)

    def _more_branches(self, text: str) -> bool:
        """'PAID_SEARCH = Advertisement' on its own: another row of the table above. A copy
        turned into a table for a row that then is not read stays the copy it was (round 37:
        'ORGANIC_SEARCH;Web' left a table of no rows, which no mapping may hold)."""
        lr, was = self.last_rule, (self.last_rule.value if self.last_rule is not None else None)
        last_cases, cases_source = self.last_cases, dict(self.cases_source)
        read = self._another_branch(text)
        if lr is not None and isinstance(lr.value, Cases) and not lr.value.branches and lr.value.otherwise is None and was is not None and not isinstance(was, Cases):
            lr.value, self.last_cases, self.cases_source = was, last_cases, cases_source
        return read

    def _another_branch(self, text: str) -> bool:
        text = re.sub(r"^(?:where|with|such that|i\.e\.?|e\.g\.?|namely)\s+", "", text.strip(), flags=re.I)
        lr = self.last_rule
        if lr is not None and lr is not self.last_cases and re.fullmatch(rf"(?:{_LIT}|[\w-]+)\s+(?:if|when|whenever)\s+(?:it|that|this)(?:'s|\s+is)\s+(?:{E})", text, re.I):
            return False  # ''UNKNOWN' when it's blank' after a plain copy: that copy's default, not a row of an earlier table
        own = re.fullmatch(rf"(?:{_LIT}|[\w-]+)\s+(?:if|when|whenever)\s+(?P<f>[\w./ ]+?)\s+is\s+(?:{E})", text, re.I)
        if own and lr is not None and lr is not self.last_cases and isinstance(lr.value, Src) and self.sentence in lr.sentences:
            s_ = self.resolve(own.group("f"), "src")
            if s_ is not None and s_.best.path == lr.value.field:
                return False  # 'params.city = City; 'Oslo' if City is empty': the copy's default, not a row of a table above (round 55)
        if (self.last_cases is None or self.last_cases is not lr) and lr is not None and isinstance(lr.value, Src) and not lr.value.transforms:
            sf_ = self.src_obj.get(lr.value.field)
            head_ = re.split(r"\s*(?:->|=|:)\s*|\s+(?:becomes|maps to|means|is|are|gets?)\s+", text, maxsplit=1)[0]
            vals_ = self._values(head_, sf_) if sf_ is not None else []
            if sf_ is not None and sf_.values and vals_ and all(v in sf_.values for v in vals_):
                lr.value = Cases([])
                self.last_cases = lr
                self.cases_source[lr.target] = sf_.path
        rule = self.last_cases
        if rule is None or not isinstance(rule.value, Cases):
            return False
        if self.sentence not in rule.sentences and re.match(r"(?:if\s+|when\s+)?(?:blank|empty|missing|null)\b", text.strip(), re.I) and any(self.sentence in r.sentences and r.target != rule.target for r in self.plan.rules):
            return False  # 'X: revenue as a number; blank -> omitted': a row of this sentence's own field, not of a table above (round 41)
        other = re.match(r"^(?:if|when|whenever)\b.*?\b(?:set|make|mark|put)\s+(?:the\s+)?(?P<d>[\w.]+(?:\s[\w.]+){0,4}?)\s+(?:to|as|=)\s", text.strip(), re.I)
        if other and (od := self.resolve(other.group("d"), "dst")) is not None and od.best.path != rule.target:
            return False  # 'if C, set OtherField to V': a rule of its own, not a row of the table above
        source = self.cases_source.get(rule.target)
        t = text.strip()
        leaf = re.escape(rule.target.rsplit(".", 1)[-1])
        if re.match(r"^(?:if|when|whenever)\b", t, re.I) and re.search(rf",\s*(?:the\s+)?{leaf}\s+(?:is|are|=|becomes?|gets?)\b", t, re.I):
            return False  # 'If X is 'false', status is 'subscribed'': a condition and the field's value, not rows keyed 'status' (round 21)
        own = re.match(r"^(?P<d>[\w.\[\]]+)\s+(?:from|comes from|depends on|based on)\b[^:]*:", t, re.I)
        if own and (od := self.resolve(own.group("d"), "dst")) is not None and od.best.path != rule.target:
            return False  # 'traits.lead_source from the Lead Source: ...': a table of its own (round r13a)
        head = re.split(r"\s*(?:->|=|:)\s*|\s+(?:becomes|maps to|is|are|gets?)\s+", t, maxsplit=1)[0]
        sf = self.src_obj.get(source) if source else None
        head_is_key = sf is not None and bool(sf.values) and all(v in sf.values for v in self._values(head, sf) or ["\0"])
        rest_row = bool(_REST_ROW.match(head))
        target = self.dst_obj.get(rule.target) or self.dst_obj.open_field(rule.target)
        if target is None:
            return False
        # 'Warm when annual revenue is above 1M': a value of the table's field, then its condition
        vf = re.match(r"^(?P<v>⟦\d+⟧|[\w-]+)\s+(?:when|if|whenever|for)\b", t, re.I)
        value_first = vf is not None and (self.lit(vf.group("v")) is not None or any(v.lower() == vf.group("v").lower() for v in target.values))
        empty_key = source is not None and self._source_blank(head.strip(), source)
        if self.resolve(head, "dst") is not None and not head_is_key and not value_first and not rest_row and not empty_key:
            return False
        if re.fullmatch(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+", head.strip()) and self.dst_obj.open_field(head.strip()) is not None and not head_is_key:
            return False  # 'params.job_title = the job title, or 'unknown' ...': a custom field of its own, not a row (round 31)
        if re.match(r"^(?:everyone|everybody|all|each \w+|every \w+)\b(?!\s+(?:else|other))", head, re.I):
            return False  # 'Everyone is 'subscribed'': a value for every record, not a row of the table above
        branches = self._branches(t, target, source)
        if not branches:
            return False
        if target.type == "boolean" and any(isinstance(v, Const) and isinstance(v.value, str) and v.value.lower() not in ("true", "false", "yes", "no") for _, v in branches):
            return False  # a word no true/false field holds is no row of its table
        if any(isinstance(c, Cmp) and isinstance(c.value, str) and (_CONDITION_WORD.match(c.value) or (c.value.lower() in ("it", "they", "that", "this", "them") and not (c.value.isupper() and self._source_value(source, c.value)))) for c, _ in branches):
            return False  # 'If the opt-out is blank, it is V': a condition and a pronoun, never rows keyed 'If the opt-out' or 'it' (a department 'IT' is a key: round 45)
        for c, v in branches:
            if c is None:
                rule.value.otherwise = v
            else:
                rule.value.branches.append((c, v))
        rule.sentences.append(self.sentence)
        self._note(f"{rule.target}: + {len(branches)} more value(s)")
        return True

    # ---- assignments -------------------------------------------------------------------

    def _grouped_under(self, text: str) -> bool:
        """'the company details grouped under traits.company': where later fields go, no rule of its own."""
        m = re.search(r"\b(?:grouped|nested|kept|collected|organi[sz]ed|bundled)\s+(?:together\s+)?(?:under|in|inside|within|into)\s+(?:the\s+)?(?P<c>[\w.]+)", text, re.I)
        if m is None or PLACEHOLDER.search(text):
            return False
        c = m.group("c") if m.group("c") in self.dst_obj.containers() else _container_word(m.group("c"), self.dst_obj)
        if c is None or any(x.exact_case and not x.best.path.startswith(c) for x in self.mentions(text, "dst")):
            return False
        self.prefix = c
        self.plan.notes.append(f"sentence {self.sentence + 1}: the fields that follow go under {c}")
        return True

    def _assign(self, text: str) -> bool:
        t = text.strip()
        verb = _COPY_VERB.match(t)
        had_verb = bool(verb)
        if verb:
            t = t[verb.end() :]
        header, body = _split_header(t)
        if header is not None and body is not None and self._separator_template(header, body):
            return True
        pl = re.fullmatch(r"(?P<l>[^=<>:;]+?)\s*(?P<op>=|<-|->)\s*(?P<r>[^=<>;]+)", t)
        if header is None and pl and "," in pl["l"]:
            # 'email, firstname, lastname = email_address, FNAME, LNAME': two lists paired in order (round 26:
            # the last pair took the first source)
            dsts, srcs_ = (pl["r"], pl["l"]) if pl["op"] == "->" else (pl["l"], pl["r"])
            if self._paired_lists(dsts, srcs_):
                return True
        eq_ = re.match(r"^(?P<h>[A-Za-z_][\w.]*)\s*(?:=|\bis\b|\bgets\b)\s*(?P<b>.+)$", t, re.I)
        if header is None and eq_ is not None and self._separator_template(eq_.group("h"), eq_.group("b")):
            return True  # 'traits.name = first name, one space, last name'
        if header is not None and body is not None and "." in header and header.strip() not in self.dst_obj.containers():
            # 'traits.company.name: ...': a dotted field path written out is that field, not its container
            exact = [m for m in self.mentions(header, "dst") if m.exact_case]
            if len(exact) == 1 and exact[0].text == header.strip():
                return self._item(f"{header.strip()} = {body}", True)
        if header is not None and body is not None and self._paired_lists(header, body):
            return True
        if header is not None and body is not None:
            container = _is_container_header(header, self.dst_obj)
            if container:
                self.prefix = container
                t = body
                had_verb = True
            elif self._modifier_only(body) and len(_items(header)) >= 2 and all(self.resolve(i, "dst") or self.resolve(i, "src") for i in _items(header)):
                mods_ = self._transforms(body)
                for it in _items(header):
                    self._item(it, True, mods_)
                return True
            else:
                d = self.resolve(header, "dst")
                group = re.search(r"\b(?:fields|properties|details|info)$", header, re.I) and len(_items(body)) >= 2
                if d is not None and _only_field_words(header, d) and not group:
                    return self._item(f"{header} = {body}", True)
                hm = self.mentions(header, "dst") + self.mentions(header, "src")
                # 'This one is just for the address: Street from ..., City, ...': a header
                # introducing a list of two or more items is no field of its own
                prose = len(header.split()) >= 3 or re.search(r"\b(?:fields|properties|details|info)$", header, re.I)
                if not hm or _mostly_objects(header) or (prose and len(_items(body)) >= 2 and not PLACEHOLDER.search(header)):
                    t = body
                    had_verb = True
        # 'X under traits.company: ...' / 'traits.address gets street, city, ...'
        cm = re.match(r"^(?:put\s+|build\s+|fill\s+|populate\s+)?(?:the\s+)?(?P<c>[\w.]+)\s+(?:gets|get|has|have|should have|should get|should contain|holds|contains|includes|include|takes|with|from|using)\s+(?P<rest>.+)$", t, re.I)
        if cm and cm.group("c") in self.dst_obj.containers():
            self.prefix = cm.group("c")
            t = cm.group("rest")
            had_verb = True
        ut = re.search(rf"\s*,?\s*\busing\s+(?P<v>{_LIT})\s+as\s+(?:the\s+)?(?P<d>[\w. ]+?)\s+(?:when|if)\b(?P<c>.+)$", t, re.I)
        using_tail = None
        if ut and _is_empty_cond(ut.group("c")):
            using_tail = (ut.group("d"), ut.group("v"))
            t = t[: ut.start()]
        side = re.search(r"\s*\((?P<p>[^()]*?\b(?:becomes|defaults? to|falls? back to|is replaced (?:by|with))\b[^()]*)\)", t, re.I)
        if side:
            t = (t[: side.start()] + " " + t[side.end() :]).strip()
            done_side = self._assign(t)
            self._clause(side.group("p"), Clause(side.group("p"), self.sentence, self.literals))
            return done_side
        t = self._strip_object_tail(t)
        pc_ = re.match(r"^(?P<l>.+?)\s+(?:are|is|get|gets|should be|will be)\s+(?:copied|mapped|sent|synced|passed(?: through)?|brought over|carried over|copied over|kept)(?:\s+(?:over|across|as is|unchanged))?$", t, re.I)
        if pc_:
            t = pc_.group("l")
            had_verb = True
        pm_ = re.match(r"^(?:under|in|inside|within|into)\s+(?:the\s+)?(?P<c>[\w.\[\]]+)\s*[,:]?\s*(?:put|add|set|include|send|map|copy|goes?|we want|we need)?\s*(?P<rest>.+)$", t, re.I)
        pm_c = (pm_.group("c") if pm_.group("c") in self.dst_obj.containers() else _container_word(pm_.group("c"), self.dst_obj)) if pm_ else None
        if pm_ and pm_c:
            self.prefix = pm_c
            t = pm_.group("rest")
            had_verb = True
        tm_ = re.match(r"^(?P<rest>.+?)\s+(?:into|in|under|inside|as|to)\s+(?:the\s+)?(?P<c>[\w.\[\]]+)$", t, re.I)
        if tm_ and (tm_.group("c") in self.dst_obj.containers() or _container_word(tm_.group("c"), self.dst_obj)):
            self.prefix = tm_.group("c") if tm_.group("c") in self.dst_obj.containers() else _container_word(tm_.group("c"), self.dst_obj)
            t = tm_.group("rest")
            had_verb = True
        if self._parallel(t):
            return True
        t = re.sub(r"^for\s+(?:each|every|all|any)\s+\w+\s*,?\s*|^for\s+(?:them|those|these|those contacts|these contacts)\s*,?\s*", "", t, flags=re.I)
        wm = re.match(r"^(?P<pre>[^,]+?)\s+(?:with|including|containing|carrying)\s+(?P<rest>.+)$", t, re.I)
        if wm and re.match(r"^(?:everyone|everybody|all|each|every \w+|all \w+|they|the rest|the others|others)(?:\s+else)?\s+(?:is|are|get|gets|go in as|become)\s+(?:" + _LIT + r"|[\w-]+)$", wm.group("pre").strip(), re.I):
            self._item(wm.group("pre"), True)
            t = wm.group("rest")
            had_verb = True
            wm = None
        if wm and not self.mentions(wm.group("pre"), "dst") and not self.mentions(wm.group("pre"), "src") and re.search(
            r"\b(?:subscribe|subscribes|enrol|enroll|send|sends|sent|create|creates|add|adds|push|sync|identify|identifies|request|requests|event|events|record|records|members?|contacts?|leads?|people|subscribers?|go|goes|land|lands|arrive)\b", wm.group("pre"), re.I
        ):
            t = wm.group("rest")
            had_verb = True
        if using_tail is not None:
            done_ = self._assign(t)
            rule_ = self._rule_by_ref(using_tail[0])
            if rule_ is not None:
                self._chain(rule_, using_tail[1])
            return done_ or rule_ is not None
        shared = self._shared_modifiers(t) or self._prefix_modifiers(t)
        if shared is not None:
            items_text, mods = shared
            items = _items(items_text)
        else:
            mods = []
            items = []
            for chunk in _items_no_and(t) if not re.search(r"[,;]\s*(?:or|else|otherwise)\b", t, re.I) else [t]:
                if self._parallel(chunk):
                    self.prefix = self.prefix
                    items.append("")
                    continue
                items += _items(chunk)
            items = [i for i in items if i]
            if not items:
                return True
        if not items:
            return False
        done = False
        clause_rules_start = len(self.sentence_rules.get(self.sentence, []))
        for item in items:
            if re.match(r"^(?:both|all|each)(?:\s+of\s+them)?\b", item.strip(), re.I) and self._modifier_only(item):
                created = self.sentence_rules.get(self.sentence, [])[clause_rules_start:]
                for r_ in created:
                    if isinstance(r_.value, Src):
                        r_.value.transforms = _merge_transforms(r_.value.transforms, _fit_transforms(self._transforms(item), self.dst_obj.get(r_.target)))
                done = done or bool(created)
                continue
            tail = re.match(rf"^(?P<mods>[^⟦]*?)\s*,?\s*(?:or|else|otherwise|defaulting to)\s+(?P<v>{_LIT})(?:\s+(?:when|if)\b(?P<c>.*))?$|^(?P<mods2>)(?P<v2>{_LIT})\s+(?:when|if)\b(?P<c2>.*)$", item, re.I)
            if tail and tail.group("v2"):
                if not _is_empty_cond(tail.group("c2")) or self.last_rule is None:
                    tail = None
                else:
                    self._chain(self.last_rule, tail.group("v2"))
                    done = True
                    continue
            if tail and self.last_rule is not None and (not tail.group("mods").strip() or self._modifier_only(tail.group("mods"))) and (tail.group("c") is None or _is_empty_cond(tail.group("c"))):
                if tail.group("mods").strip() and self._transforms(tail.group("mods")) and isinstance(self.last_rule.value, Src):
                    self.last_rule.value.transforms = _merge_transforms(self.last_rule.value.transforms, self._transforms(tail.group("mods")))
                self._chain(self.last_rule, tail.group("v"))
                done = True
                continue
            if self._modifier_only(item):
                # 'either way it should be in E.164': a format for the last rule, each of a
                # fallback's source fields too
                last = self.last_rule
                opts = [last.value] if last is not None and isinstance(last.value, Src) else (
                    [o for o in last.value.options if isinstance(o, Src)] if last is not None and isinstance(last.value, Chain) else [])
                for o in opts:
                    o.transforms = _merge_transforms(o.transforms, self._transforms(item))
                if last is not None and opts:
                    self._note(f"{last.target}: {', '.join(x.name for x in self._transforms(item))}")
                    done = True
                continue
            ok = self._item(item, had_verb, mods)
            done = done or ok
        return done

    def _separator_template(self, header: str, body: str) -> bool:
        """'traits.name is written surname first: last name, comma, space, first name': parts
        listed with the separators between them are a template for the field the header
        names exactly."""
        body = re.sub(r"\s*\((?:so|e\.g\.?|eg|i\.e\.?|like|for example)\b[^()]*\)\s*$", "", body, flags=re.I)
        if not re.search(r"(?:^|,)\s*(?:an?\s+|one\s+|single\s+)?(?:space|comma|dash|hyphen|slash)\s*(?:,|$)", body, re.I):
            return False
        exact = [m for m in self.mentions(header, "dst") if m.exact_case]
        if len(exact) != 1:
            return False
        tp = self._template(re.sub(r"\s*,\s*(?:then\s+)?", " + ", body), None)
        if tp is None:
            return False
        self.add_rule(exact[0].best.path, tp, f"{exact[0].best.path} = {_show(tp, self.literals)}", 0.85)
        return True

    def _strip_object_tail(self, t: str) -> str:
        """'... from HubSpot into the Salesforce lead' / '... filled from the contact': not fields."""
        t = re.sub(r"\s+(?:from|with|using|to|into)\s+the\s+same\s+(?:fields?|names?|field names?|properties)$", "", t, flags=re.I)
        for _ in range(3):
            m = re.match(r"^(?P<rest>.+?)\s+(?:(?:filled|populated|copied|taken|pulled|synced|sent|brought)\s+)?(?:from|into|in|to|on|onto|for|of|over to|across to)\s+(?P<o>[\w' ]+)$", t, re.I)
            if not m:
                break
            words_ = [w for w in re.findall(r"[\w']+", m.group("o"))]
            if re.search(r"^(?:set|make|change|mark|put)\s+(?:the\s+|their\s+|its\s+)?[\w.]+(?:\s+[\w.]+){0,2}$|\b(?:set|make|change|mark|put)\s+[\w.]+$", m.group("rest"), re.I):
                break  # 'set lifecyclestage to subscriber', 'set the lead status to NEW': a value, not the object
            if words_ and all(norm(w) in ("others", "rest", "remaining") or norm(w) in self.vocab.object_words or norm(w) in _PLATFORM_WORDS or norm(w) in _FILLER for w in words_):
                t = m.group("rest")
            else:
                break
        return t

    def _prefix_modifiers(self, t: str) -> tuple[str, list[Transform]] | None:
        """'Title case for first name, last name and city' / 'Upper case the state'."""
        for m in re.finditer(r"\s+(?:for|on|to|of)\s+|\s+(?=the\b)|:\s*", t, re.I):
            head, tail = t[: m.start()], t[m.end() :]
            if head.strip() and self._transforms(head) and self._modifier_only(head) and tail.strip():
                items = _items(tail)
                if all(self.resolve(it, "dst") or self.resolve(it, "src") for it in items):
                    return tail, self._transforms(head)
        pm = re.match(r"^(?P<h>(?:lower[- ]?case|upper[- ]?case|title[- ]?case|trim|capitali[sz]e|lowercase|uppercase))\s+(?P<tail>.+)$", t, re.I)
        if pm and all(self.resolve(it, "dst") or self.resolve(it, "src") for it in _items(pm.group("tail"))):
            return pm.group("tail"), self._transforms(pm.group("h"))
        return None

    def _parallel(self, t: str) -> bool:
        """'FNAME and LNAME from first and last name' / 'first and last name -> FNAME, LNAME'."""
        m = re.match(r"^(?P<l>[^=+()]+?)\s+(?P<c>from|using|taken from|out of|<-|->|into|(?:over |across |through )?to|become|becomes|go to|goes to)\s+(?P<r>[^=+()]+)$", t, re.I) or re.match(
            r"^(?P<l>[^=+()]+?)\s+(?P<c>are|=|should be|take)\s+(?P<r>[^=+()]+)$", t, re.I)
        if not m or not re.search(r",|\band\b", m.group("l")) or not re.search(r",|\band\b", m.group("r")):
            return False
        if re.search(_PAIR_LINK, m.group("l"), re.I) or ("," in m.group("l") and re.search(_PAIR_LINK, m.group("r"), re.I)):
            return False  # 'the email, Last Name into LNAME, and First Name into FNAME': a list of pairs, not a pair of lists
        # 'first and last name should be title-cased into FNAME and LNAME': the format may sit on either side
        mods = self._transforms(m.group("r")) or self._transforms(m.group("l"))
        left, right = _items(_strip_transform_words(m.group("l"))), _items(_strip_transform_words(m.group("r")))
        if len(left) != len(right) or len(left) < 2:
            return False
        dst_first = m.group("c").lower() in ("from", "<-", "=", "are", "should be", "take", "using", "taken from", "out of")
        if dst_first and m.group("c").lower() not in ("from", "<-", "using", "taken from", "out of") and ("," in t or not all(re.fullmatch(r"[\w.]+", x.strip()) and self.resolve(x, "dst") for x in left)):
            return False  # 'A and B are ...' pairs destinations with sources only when the left names destinations
        pairs = []
        for a, b in zip(left, right, strict=True):
            if dst_first:
                a, b = b, a
            if a.strip().lower() == "first" and re.search(r"\bname\b", m.group("l") + m.group("r"), re.I):
                a = "first name"
            s_ = self.resolve(a, "src")
            d_ = self.resolve(b, "dst")
            if s_ is None or d_ is None:
                return False
            pairs.append((s_, d_, a))
        for s_, d_, a in pairs:
            self.add_rule(d_.best.path, Src(s_.best.path, list(mods)), f"'{_restore(a, self.literals)}' -> {d_.best.path} (pairwise list)", 0.9)
        return True

    def _shared_modifiers(self, t: str) -> tuple[str, list[Transform]] | None:
        t = re.sub(r"^(?:format|convert|normali[sz]e|clean|make|turn|put|write|send|map|copy)\s+", "", t, flags=re.I)
        m = re.match(r"^(?P<list>.+?)\s+(?:go(?:es)?(?: in| into)?|need(?:s)? to be(?: in)?|should (?:all )?be(?: in)?|must be(?: in)?|are(?: in)?|get(?:s)?(?: put in)?|to be(?: in)?|in|as|to|into)\s+(?P<mods>.+)$", t, re.I)
        if not m:
            return None
        mods = m.group("mods")
        if not self._modifier_only(mods):
            return None
        lst = m.group("list")
        items = _items(lst)
        if len(items) < 2:
            return None
        weak = not re.search(r"\b(?:go|goes|need|needs|should|must|are|get|gets|to be)\b", t[len(lst):], re.I)
        if weak and re.search(r",\s*and\b", lst, re.I):
            return None
        for it in items:
            it = re.sub(r"\(from\s+[^()]*\)", "", it).strip()
            if "(" in it or re.search(r"->|=|\binto\b|\bfrom\b|\bto\b|\bas\b", it, re.I):
                return None
            mm = self.resolve(it, "dst") or self.resolve(it, "src")
            if mm is None or not _only_field_words(re.sub(r"^(?:both|all|each of)\s+", "", it, flags=re.I), mm, self.vocab.object_words):
                return None
        return lst, self._transforms(mods)

    def _names_fields(self, cond: Cond) -> bool:
        """'only send email_address (from email) and tags, nothing else': values that are all the
        names of fields say which fields go, never which records (round 44: a filter kept nobody)."""
        if not isinstance(cond, Cmp) or cond.op not in ("eq", "in"):
            return False
        values = cond.value if isinstance(cond.value, list) else [cond.value]
        names = {n.lower() for obj in (self.src_obj, self.dst_obj) for f in obj.fields for n in (f.path, f.leaf) if n}
        return bool(values) and all(isinstance(v, str) and v.lower() in names for v in values)

    def _paired_lists(self, header: str, body: str) -> bool:
        """'FirstName and LastName: fname and lname, trimmed': two lists paired in order, with
        the modifiers after them for every pair (round 26: only the last pair was trimmed)."""
        heads = _items(header)
        paren = re.search(r"\s*\((?P<p>[^()]*)\)\s*\.?$", body)
        tail = ""
        copy_note = paren is not None and re.fullmatch(r"(?:\s*,?\s*(?:cop(?:y|ied)|as is|unchanged|no changes?|(?:do not|don't) change(?: them| it)?|untouched|plain))+\s*", paren["p"], re.I)
        if paren and (self._modifier_only(paren["p"]) or AS_IS.search(paren["p"]) or copy_note):
            body, tail = body[: paren.start()], paren["p"]  # 'email_address, FNAME, LNAME (copy, don't change)'
        srcs = _items(body)
        if len(srcs) == len(heads) + 1 and self._modifier_only(srcs[-1]):
            tail = f"{tail}, {srcs.pop()}"  # 'fname and lname, trimmed'
        last = re.match(r"^(?P<f>.+?)\s+(?P<m>(?:in|as|with|w/)\s+.+)$", srcs[-1]) if srcs else None
        if last and len(srcs) == len(heads) and self._modifier_only(last["m"]) and self.resolve(last["f"], "src") is not None:
            srcs[-1], tail = last["f"], f"{tail}, {last['m']}"  # 'fname, lname in Title Case': the case for both
        if len(heads) < 2 or len(heads) != len(srcs):
            return False
        ds = [self.resolve(h, "dst") for h in heads]
        ss = [self.resolve(x, "src") for x in srcs]
        if any(PLACEHOLDER.search(x) or re.search(r"\b(?:to|from|map|copy)\b", x, re.I) for x in [*heads, *srcs]):
            return False  # 'Map Email to email address, LastName -> LNAME, status 'subscribed'': no two lists
        if any(d is None or not _only_field_words(h, d) for h, d in zip(heads, ds, strict=True)) or any(x is None or not _only_field_words(w, x) for w, x in zip(srcs, ss, strict=True)):
            return False
        mods = self._transforms(tail) if tail.strip() else []
        for h, x in zip(heads, srcs, strict=True):
            self._item(f"{h} = {x}", True, list(mods))
        return True

    def _modifier_only(self, text: str) -> bool:
        if not self._transforms(text) and not AS_IS.search(text):
            return False
        rest = _strip_transform_words(text)
        rest = re.sub(r"\([^)]*\)", " ", rest)
        if rest.strip(" ,.;:-()") and (self.mentions(rest, "dst") or self.mentions(rest, "src")):
            return False
        rest = re.sub(r"\b(?:format|formatted|form|write|written|store|stored|all|and|the|in|to|be|with|any|it|numbers?|as|a|an|each|word|rest|letters?|case|please|style|converted|then|also|made|put|normali[sz]ed|cleaned|up|US|UK|international|spaces|whitespace|blanks|off|removed|no|without|any|assuming|assume|assumed|treating|treat|treated|default|defaulting|defaults|region|country|are|is|they|our|phones?|like|e\.g|digits|plus|sign|code|make|made|convert|turn|change|it|them|please|always|should|must|be|into|nothing more)\b", " ", rest, flags=re.I)
        for _, rx in REGION_RES:
            rest = rx.sub(" ", rest)
        return not rest.strip(" ,.;:-")

    def _item(self, item: str, had_verb: bool, mods: list[Transform] | None = None) -> bool:
        item = item.strip().strip(",;.")
        mods = mods or []
        if not item:
            return False
        if not mods and re.match(r"^[\w.]+\s+and\s+[\w.]+\s+(?:are|=|should be|take)\s+\S[^,;]*\band\b", item, re.I) and self._parallel(item):
            return True  # 'FNAME and LNAME are firstname and lastname in title case' inside a list
        # parentheticals: (into X) (from X) (0 if ...) (use 'x' when ...) (unchanged)
        extra_dst = extra_src = None
        fallback: str | None = None
        omit_flag = False
        for pm in list(re.finditer(r"\(([^()]*)\)", item)):
          outside = item.replace(pm.group(0), " ")
          parts_ = [pm.group(1).strip()] if re.match(r"^(?:when|if|whenever)\b", pm.group(1).strip(), re.I) or re.search(_SEP_ITEM, pm.group(1), re.I) else [p.strip() for p in re.split(r"\s*[,;]\s*", pm.group(1)) if p.strip()]
          for inner in parts_:
            if re.fullmatch(rf"(?:omit|leave (?:it )?(?:out|off)|skip|drop|left out|omitted|not set)(?: it)?(?:\s+(?:if|when)\s+(?:it(?:'s| is)\s+)?{E})?", inner, re.I):
                omit_flag = True  # '(int, omit if blank)'
                continue
            if re.fullmatch(r"(?:an?\s+|as\s+(?:an?\s+)?)?(?:number|numeric|decimal|float)", inner, re.I):
                mods = _merge_transforms(mods, [Transform("number")])
                continue
            if re.fullmatch(r"(?:an?\s+|as\s+(?:an?\s+)?)?(?:integer|int|whole number)", inner, re.I):
                mods = _merge_transforms(mods, [Transform("integer")])
                continue
            if self.prefix and not self.lit(inner) and re.fullmatch(r"[\w.]+", inner):
                pd = self.dst_obj.get(f"{self.prefix}.{inner}")
                if pd is not None and self.resolve(outside, "src") is not None:
                    extra_dst = f"{self.prefix}.{inner}"
                    extra_src = extra_src or _strip_transform_words(outside)
                    continue
            tp = None
            if re.search(_SEP_ITEM, inner, re.I):
                tp = self._template(re.sub(r"\s*,\s*(?:then\s+)?", " + ", inner), None)
            if tp is None and re.search(r"\ba space\b|\bthen\b|\+|followed by", inner, re.I) and not re.match(rf"(?:an?\s+|the\s+)?(?:{E}|if|when|whenever)\b", inner, re.I):
                tp = self._template(inner, None)
            if tp is not None:
                d_ = self.resolve(_strip_transform_words(outside), "dst")
                shown_ = re.search(r"\b(?:like|e\.g\.?|such as|for example|as in|reads?|say|says|looks?)\s+(⟦\d+⟧)", outside, re.I)
                if shown_ is not None and isinstance(tp, Template):
                    tp = frame_from_example(tp, self.lit(shown_.group(1)) or "")
                if d_ is not None:
                    self.add_rule(d_.best.path, tp, f"{d_.best.path} = {_show(tp, self.literals)}", 0.85)
                    return True
            bare = self.resolve(_strip_transform_words(inner), "src") if _strip_transform_words(inner) else None
            if bare is not None and self._transforms(inner) and _only_field_words(_strip_transform_words(inner), bare, self.vocab.object_words) and self.resolve(_strip_transform_words(outside), "dst") is not None:
                extra_src = _strip_transform_words(inner)
                mods = _merge_transforms(mods, self._transforms(inner))
                continue
            part = [t for t in self._transforms(inner) if t.name in ("email_local", "email_domain")]
            fallback_ = re.match(r"^(?:or|else|otherwise|default|defaults|falling|falls?|if|when|unless|use)\b", inner, re.I) or re.search(r"\b(?:if|when|whenever)\b", inner, re.I)
            sv = self.src_value(inner) if part and extra_src is None and not fallback_ else None
            if isinstance(sv, Src) and self.resolve(_strip_transform_words(outside), "dst") is not None:
                # 'company_domain (whatever's after the @)': a part of the email names its source
                extra_src = sv.field
                mods = _merge_transforms(mods, sv.transforms)
                continue
            bare = None if self._transforms(inner) else self.resolve(inner, "src")
            if bare is not None and not self.lit(inner) and _only_field_words(inner, bare, self.vocab.object_words) and self.resolve(_strip_transform_words(outside), "dst") is not None and not re.match(r"^(?:into|to|->|as)\b", inner, re.I):
                extra_src = inner
                continue
            im = re.match(r"^(?:into|to|->|as|goes to|in)\s+(?P<f>.+)$", inner, re.I)
            fm = re.match(r"^(?:from|taken from|out of|using)\s+(?P<f>.+)$", inner, re.I)
            dm = re.match(rf"^(?:or\s+)?(?:use\s+)?(?P<v>.+?)\s+(?:if|when|whenever)\s+(?:there(?:'s| is) no\b.*|.*\b{E}\b.*|they (?:don't|do not) have one|there (?:isn't|is not) one|it's missing|none)$", inner, re.I) or re.match(
                rf"^(?:if|when|whenever)\s+(?:there(?:'s| is) no\b[^,]*|[^,]*\b{E}\b[^,]*)\s*,\s*(?:use|put|write|take|set it to)?\s*(?P<v>.+)$|^(?:an?\s+)?(?:empty|blank|missing)\s+(?:[\w.]+(?:\s+|(?=:)))?(?:becomes|is|=|->|gets|turns into|then|means|:)\s*(?P<v2>.+)$", inner, re.I) or re.match(
                rf"^(?:default(?:s)?(?:\s+(?:to|is|of|value))?:?|defaulting to|fallback(?: to)?:?|falls? back to|falling back to|or|else|otherwise|if (?:empty|blank|missing)[:,]?|when (?:empty|blank|missing)[:,]?|{E}\s*(?:->|=|:))\s*(?P<v>{_LIT}|[\w.@+-]+(?:\s[\w.@+-]+){{0,3}}?)(?:\s+(?:when|if)\s+(?:it(?:'s| is)\s+)?(?:{E}))?$|^(?P<v2>{_LIT})\s+(?:by default|as (?:the |a )?(?:default|fallback)|if (?:empty|blank|missing)|when (?:empty|blank|missing))$",
                inner, re.I,
            )
            if self._transforms(inner) and self._modifier_only(inner):
                # '(in title case)' asks for a transform; 'title' there names no field
                mods = _merge_transforms(mods, self._transforms(inner))
            elif im and self.resolve(im.group("f"), "dst"):
                extra_dst = im.group("f")
            elif fm and self.resolve(fm.group("f"), "src"):
                extra_src = fm.group("f")
            elif dm:
                fallback = dm.group("v") or dm.group("v2")
          item = item.replace(pm.group(0), " ")
        item = re.sub(r"\s+", " ", item).strip()
        # trailing fallback: ', or 'Independent' if that's blank' / 'or the mobile when phone is blank'
        tm = re.match(r"^(?P<main>.+?)\s*,?\s+(?:or else|or|else|otherwise|falling back to|fall(?:s)? back to|with a fallback (?:to|of)|and)\s+(?P<alt>.+?)\s*,?\s+(?:if|when|whenever|in case|where)\s+(?P<cond>.+)$", item, re.I)
        if tm and re.search(r"\bcountry code\b|\bregion\b|\bprefix\b", tm.group("cond") + " " + tm.group("alt"), re.I):
            tm = None
        io = re.match(r"^(?P<main>.+?)\s+(?:if|when)\s+(?:there is one|there's one|it exists|present|available|set|they have one|it has one|given)\s*,?\s*(?:otherwise|else|or(?: else)?)\s+(?P<alt>.+)$", item, re.I)
        if io:
            item, fallback = io.group("main"), io.group("alt")
            tm = None
        if tm and _is_empty_cond(tm.group("cond")):
            item = tm.group("main")
            fallback = re.sub(r"^(?:from|take|use)\s+", "", tm.group("alt"), flags=re.I)
        else:
            dm2 = re.match(r"^(?P<main>.+?)(?:\s*,?\s+(?:where\s+[\w.]+\s+|which\s+|that\s+|and\s+)?(?:defaulting to|defaults? to|default|falling back to|falls? back to|fall back to|fallback(?: to)?)|\s*,\s*(?:or else|or|otherwise|else))\s+(?P<v>.+?)(?:\s+(?:if|when|whenever|where|for (?:contacts|anyone|records|those|people|leads|members|everyone) (?:that|who|with|without))\b.*)?$", item, re.I)
            dm3 = re.match(rf"^(?P<main>.+?)\s*,?\s+(?:with|using)\s+(?P<v>{_LIT}|[\w.]+)\s+(?:as (?:the |a )?(?:default|fallback)|by default|(?:if|when|whenever) (?:(?:it|that|the\s+\w+|[\w.]+)\s+(?:is|'s)\s+)?(?:empty|blank|missing))$", item, re.I)
            if dm3 and _is_region(dm3.group("v"), self):
                dm3 = None
            if dm2 and _is_region(dm2.group("v"), self):
                dm2 = None
            if dm3:
                item, fallback = dm3.group("main"), dm3.group("v")
            elif dm2 and (
                self.lit(dm2.group("v").strip()) is not None or re.search(r"\b(?:default|fall)", dm2.group(0), re.I) or self.resolve(dm2.group("v"), "src")
            ) and (
                not re.search(r"\bor\b", dm2.group(0), re.I) or self.lit(dm2.group("v").strip()) is not None or re.search(r"\b(?:if|when)\b", dm2.group(0), re.I)
            ):
                item, fallback = dm2.group("main"), dm2.group("v")
        item_mods = _merge_transforms(mods, self._transforms(item))
        rule = self._item_core(item, had_verb, item_mods, extra_src, extra_dst)
        if rule is None:
            return False
        if omit_flag:
            rule.omit_if_empty = True
            rule.why.append("left out when empty (the text says so)")
        if fallback:
            # 'company, falling back to website, falling back to the part of the email after the @': each step in turn
            for step in re.split(r"\s*,?\s+(?:falling back to|falls? back to|fall back to)\s+", fallback, flags=re.I):
                if step.strip():
                    self._chain(rule, step)
        return True

    def _item_core(self, item: str, had_verb: bool, mods: list[Transform], extra_src: str | None, extra_dst: str | None) -> DraftRule | None:
        item = _EVERYONE_TAIL.sub("", item).strip()
        ci = re.match(r"^(?:make\s+|set\s+|mark\s+)?(?P<d>[\w.]+)\s+(?:is\s+|=\s*|should be\s+|to\s+|as\s+)?(?P<body>(?:" + _LIT + r"|true|false|[\w-]+)\s+(?:if|when|for)\s+.+)$", item, re.I)
        if ci and self.resolve(ci.group("d"), "dst") is not None:
            d = self.resolve(ci.group("d"), "dst")
            assert d is not None
            branches = self._branches(ci.group("body"), d.best, None)
            if branches and any(c is not None for c, _ in branches):
                self._make_cases(d.best, branches, None, f"conditions for {d.best.path}")
                return self.last_cases
        tm_ = re.match(r"^(?P<d>(?:(?:an?|the)\s+)?[\w.]+(?:\s+(?:trait|param|parameter|property))?)\s*(?:is\s+|=\s*|:\s*|should be\s+|gets\s+|as\s+)?(?P<t>\S.*?(?:\+|\bfollowed by\b|\bjoined (?:with|by)\b|,\s*(?:an?\s+|one\s+|single\s+)?(?:space|comma|dash)(?:\s+and\s+(?:an?\s+)?space)?,?\s*(?:and\s+)?then\b).+)$", item, re.I)
        named_ = None
        if tm_ and self.src_obj.get(tm_.group("d")) is None:
            named_ = self.resolve(tm_.group("d"), "dst") if _KIND_NOUN.fullmatch(tm_.group("d")) else self._named_field(tm_.group("d"), "dst")
        if tm_ and named_ is not None:
            # 'traits.description 'Stage: ' followed by the stage' inside a list: a template
            tp_ = self._template(tm_.group("t"), None)
            if tp_ is not None:
                return self.add_rule(named_.best.path, tp_, f"{named_.best.path} = {_show(tp_, self.literals)}", 0.85)
        if self.last_cases is not None and re.search(r"\b(?:otherwise|else|for everyone else|for the rest)\b", item, re.I) and self._otherwise_only(item):
            return self.last_cases
        core = _strip_transform_words(item)
        said = re.search(rf"\b(?:should be|must be|is|are|=|set to)\s+(?:always\s+)?(?P<v>true|false|yes|no|{_LIT})(?:\s+(?:on|for)\s+(?:all|every|each|everyone)\b.*)?$", core, re.I) if extra_dst or extra_src else None
        named_dst = next((m for m in (self.resolve(x, "dst") for x in (extra_dst, extra_src) if x) if m is not None and m.exact_case), None) if said else None
        if said and named_dst is not None:
            # 'Email Opt Out (HasOptedOutOfEmail) should be false on all of these leads': a value, not a copy
            return self._assign_value(named_dst.best, said.group("v"), item)
        if extra_dst or extra_src:
            s = self.resolve(extra_src or core, "src")
            d = self.resolve(extra_dst or core, "dst")
            if s and d:
                return self.add_rule(d.best.path, Src(s.best.path, mods), f"'{_restore(core, self.literals)}' -> {d.best.path} (the text names both)", 0.95)
        # set X to V
        sm = re.match(r"^(?:set|make|fill|hard-?code|fix|force|always set|pin)\s+(?:the\s+)?(?P<d>.+?)\s+(?:to|=|with|as|at)\s+(?P<v>.+?)(?:\s+(?:on|for|in)\s+(?:every|each|all)\b.*)?$", item, re.I)
        if sm:
            d = self.resolve(sm.group("d"), "dst")
            if d:
                return self._assign_value(d.best, sm.group("v"), item)
        fx = re.match(r"^(?:an?\s+)?(?:fixed|constant|static|hard-?coded|default|set)?\s*(?P<d>[\w. ]+?)\s+(?:of|=|:)\s+(?P<v>" + _LIT + r")$", core, re.I)
        if fx:
            d = self.resolve(fx.group("d"), "dst")
            if d is not None and _only_field_words(re.sub(r"^(?:an?\s+)?(?:fixed|constant|static|hard-?coded|default)\s+", "", fx.group("d"), flags=re.I), d, self.vocab.object_words):
                c = self._const(fx.group("v"), d.best)
                if c is not None:
                    return self.add_rule(d.best.path, c, f"constant {_show(c, self.literals)}", 0.9)
        # for B use A
        fm_ = re.match(r"^for\s+(?:the\s+)?(?P<d>.+?)\s*,?\s+(?:use|take|put|send|map|copy|pick|choose)\s+(?P<v>.+)$", item, re.I)
        if fm_:
            d = self.resolve(fm_.group("d"), "dst")
            if d:
                return self._assign_value(d.best, fm_.group("v"), item, mods)
        # use A for B / put A in B
        um = re.match(r"^(?:use|put|take|write|convert|turn|format|cast|make)\s+(?P<v>.+?)\s+(?:for|in|into|as)\s+(?:the\s+)?(?P<d>[^⟦]+)$", item, re.I)
        if um:
            d = self.resolve(um.group("d"), "dst")
            if d:
                return self._assign_value(d.best, um.group("v"), item, mods)
        # every lead should get X = V / every contact gets X 'v'
        em = re.match(r"^(?:every|each|all|any)\s+\w+\s+(?:should\s+(?:also\s+)?)?(?:gets?|has|have|receives?|is given)\s+(?P<rest>.+)$", core, re.I)
        if em:
            return self._item_core(em.group("rest"), had_verb, mods, None, None)
        # A -> B, A into B, A to B, A as B, A goes to B
        for rx in (
            r"^(?P<a>.+?)\s*(?:->|=>)\s*(?P<b>.+)$",
            r"^(?P<a>.+?)\s+(?:goes to|go to|goes into|go into|into|lands in|becomes|become|mapped to|maps to|map to|onto|over to|as the|as)\s+(?:the\s+)?(?:\w+'s\s+)?(?P<b>.+)$",
            r"^(?P<a>.+?)\s+to\s+(?:the\s+)?(?:\w+'s\s+)?(?P<b>.+)$",
        ):
            m = re.match(rx, core, re.I)
            if m and not self.lit(m.group("b").strip()):
                s = self.resolve(m.group("a"), "src")
                d = self.resolve(m.group("b"), "dst")
                if s and d and not _only_object_words(m.group("b"), d):
                    return self.add_rule(d.best.path, Src(s.best.path, mods), f"'{_restore(m.group('a').strip(), self.literals)}' -> {d.best.path} ({s.cands[0].why})", 0.95)
        # B from A / B = A / B is A / B should be A / B: A / B gets A / B set to A
        conn = re.compile(r"\s*(?:<-|\b(?:should|must|will|needs? to|has to)\s+(?:always\s+|also\s+|just\s+|simply\s+)?(?:be|get|contain|equal|hold|come from|be set to)\b|\bis\s+(?:always|just|simply)\b|\bcomes from\b|\bcome from\b|\bfrom\b|\bis taken from\b|=|:|\bshould be\b|\bshould contain\b|\bmust be\b|\bneeds to be\b|\bis always\b|\bare always\b|\bis\b|\bare\b|\bgets\b|\bget\b|\bset to\b|\btakes\b|\bequals\b|\bwith\b|\bholds\b|\bcontains\b|\bbecomes\b|\bwill be\b|\bas\b|\bcopies\b|\bmirrors\b|\bjoins\b|\bcombines\b|\bconcatenates\b|\bfilled (?:from|with)\b|\bpopulated (?:from|with)\b|\bcopied from\b|\btaken from\b)\s*", re.I)
        item = re.sub(r"\s*,?\s*\b(?:as is|as it is|as they are|as-is|unchanged|verbatim|untouched)\b", "", item, flags=re.I).strip()
        for cm_ in conn.finditer(item):
            b_part, a = item[: cm_.start()], item[cm_.end() :].strip()
            if self._transforms(b_part):
                b_part = _strip_transform_words(b_part)
            if not b_part.strip():
                continue
            d = self.resolve(b_part, "dst")
            if d is None or not _only_field_words(b_part, d, self.vocab.object_words):
                continue
            tail = item[cm_.start():]
            if not a or self._modifier_only(a) or self._modifier_only(tail) or AS_IS.fullmatch(a.strip()):
                cp = self._concept_counterpart(d, b_part)
                if cp:
                    ts = _fit_transforms(_merge_transforms(mods, self._transforms(tail)), self.dm.obj.get(d.best.path))
                    return self.add_rule(d.best.path, Src(cp, ts), f"{d.best.path} from {cp} ({d.cands[0].why})", 0.85)
            if re.fullmatch(r"(?:required|mandatory|needed|optional|important|a must)", a.strip(), re.I):
                return None
            return self._assign_value(d.best, a, item, mods)
        # 'status subscribed' / "language 'de'" / 'status pending'
        lm = re.match(r"^(?P<d>[\w. ]+?)\s+(?:always\s+|fixed\s+(?:at|to)\s+)?(?P<v>" + _LIT + r"|[\w-]+)(?:\s+(?:for|because|since|as|so)\b.*)?$", core)
        if lm:
            d = self.resolve(lm.group("d"), "dst")
            if d is not None and _only_field_words(lm.group("d"), d):
                c = self._const(lm.group("v"), d.best)
                if c is not None and (self.lit(lm.group("v")) is not None or (d.best.values and c.value in d.best.values) or (d.best.type == "boolean" and isinstance(c.value, bool))):
                    return self.add_rule(d.best.path, c, f"constant {_show(c, self.literals)}", 0.95)
        asv = re.match(r"^(?P<rest>.*?)\bas\s+(?P<v>" + _LIT + r"|[\w-]+)$", core, re.I)
        # ('a blank opt-out counts as subscribed', 'a blank value does not count as unsubscribed' say what
        # an empty source means: no constant for all)
        if asv and self._target_by_value(asv.group("v")) and not self.mentions(asv.group("rest"), "dst") and not EMPTY_RE.search(asv.group("rest")) and not re.search(r"\b(?:not|never)\s+(?:count|counts|mean|means|be treated|qualify)\b|n't\s+(?:count|mean|qualify)\b", asv.group("rest"), re.I):
            tgt = self._target_by_value(asv.group("v"))
            assert tgt is not None
            c = self._const(asv.group("v"), tgt)
            if c is not None:
                return self.add_rule(tgt.path, c, f"constant {_show(c, self.literals)}", 0.85)
        # 'Everyone is subscribed' / 'status: pending'
        vm = re.match(r"^(?:everyone|everybody|all|each|every \w+|all \w+|they|the rest)(?:\s+else)?\s+(?:(?:is|are|gets?|should be|goes?(?:\s+(?:to|into|in)\s+\w+)?\s+as|go(?:es)? in as|(?:is|are|get|gets) (?:added|sent|synced|created|imported) as|joins? as|comes? in as|lands? as|(?:is|are) marked(?: as)?)\s+)?(?P<v>.+)$", item, re.I)
        if vm:
            tgt = self._target_by_value(vm.group("v"))
            if tgt:
                c = self._const(vm.group("v"), tgt)
                if c:
                    return self.add_rule(tgt.path, c, f"constant {_show(c, self.literals)} for everyone", 0.9)
        # a concept copy: 'email', 'given name', 'the job title'
        return self._concept_copy(core, had_verb, mods)

    def _assign_value(self, d: FieldDesc, a: str, item: str, mods: list[Transform] | None = None) -> DraftRule | None:
        a = a.strip()
        a = re.sub(r"\s+(?:on|for|to)\s+(?:every|each|all)\b.*$|\s+no matter what.*$|\s+for (?:everyone|everybody|all)\b.*$|\s+regardless\b.*$", "", a, flags=re.I)
        a = re.sub(r"^(?:always|just|simply|set to|to|the value|the text|the string)\s+", "", a, flags=re.I)
        if d.values and any(v.lower() == a.strip().lower() for v in d.values):
            c = self._const(a, d)
            if c is not None:
                return self.add_rule(d.path, c, f"constant {_show(c, self.literals)} (a {d.path} value)", 0.95)
        if self.lit(a) is not None or (self._const(a, d) is not None and not self.resolve(a, "src")):
            c = self._const(a, d)
            if c is not None:
                return self.add_rule(d.path, c, f"constant {_show(c, self.literals)}", 0.95)
        v = self.src_value(a, d)
        if isinstance(v, Src) and mods:
            v.transforms = _merge_transforms(v.transforms, mods)
        if v is None:
            self.ask(f"what should {d.path} be? ('{_restore(a, self.literals)}' is not a field of {self.src_obj.ref} or a value)", [c.field.path for c in self.sm.rank_phrase(a, 3)])
            return None
        why = f"{d.path} = {_show(v, self.literals)}"
        return self.add_rule(d.path, v, why, 0.9)

    def _concept_counterpart(self, d: Mention, phrase: str) -> str | None:
        s = self.resolve(phrase, "src")
        if s is not None:
            return s.best.path
        concepts = self.dm.concepts.get(d.best.path, [])
        for c in concepts:
            for path in self.vocab.concepts[c].fields.get(self.src_obj.ref, ()):
                if self.src_obj.get(path):
                    return path
        ranked = self.sm.rank_for_field(d.best, concepts, (), 1)
        return ranked[0].field.path if ranked and ranked[0].score >= 0.85 else None

    def _concept_copy(self, phrase: str, had_verb: bool, mods: list[Transform]) -> DraftRule | None:
        phrase = phrase.strip()
        if not phrase:
            return None
        bare_leaf = re.fullmatch(r"(?:the\s+|its\s+|their\s+)?(?P<w>[A-Za-z_]\w*)", phrase)
        inner = self.dst_obj.get(f"{self.prefix}.{bare_leaf.group('w')}") if self.prefix and bare_leaf else None
        direct = self.resolve(bare_leaf.group("w"), "src") if inner is not None and bare_leaf is not None else None
        if direct is not None and bare_leaf is not None and direct.best.leaf.lower() == bare_leaf.group("w").lower():
            inner = None  # 'industry' is a source field of its own name
        if inner is not None and bare_leaf is not None and self.plan.rule_for(inner.path) is None and self.prefix:
            # 'Under traits.company: name, ...': the container's own field, filled from the source
            # field that names the container's thing ('company name'), before any other reading
            whose = f"{self.prefix.rsplit('.', 1)[-1]} {bare_leaf.group('w')}"
            s_in = self.resolve(whose, "src")
            if s_in is not None:
                return self.add_rule(inner.path, Src(s_in.best.path, mods), f"'{phrase}' under {self.prefix}: {whose} -> {s_in.best.path}", 0.8)
        if re.fullmatch(r"(?:the\s+|their\s+)?names?", phrase, re.I):
            r1 = self._concept_copy("first name", had_verb, mods)
            r2 = self._concept_copy("last name", had_verb, mods)
            return r2 or r1
        d = self.resolve(phrase, "dst")
        s = self.resolve(phrase, "src")
        if d is None and s is None:
            return None
        if d is not None and d.best.values and (said := re.fullmatch(rf"(?:an?\s+|the\s+)?(?P<v>[\w-]+)\s+{re.escape(d.best.leaf)}", phrase, re.I)):
            hit = next((v for v in d.best.values if v.lower() == said.group("v").lower()), None)
            if hit is not None:
                if self.plan.rule_for(d.best.path) is not None:
                    return None
                # 'a Subscribed status (for everyone)': a value of the field named with it, no copy
                return self.add_rule(d.best.path, Const(hit), f"'{phrase}': {hit!r} is a value of {d.best.path}", 0.85)
        if not had_verb and not _list_like(phrase, (d or s), self.vocab.object_words):  # type: ignore[arg-type]
            return None
        if d is not None and self.plan.rule_for(d.best.path) is not None:
            return None  # a bare mention never overrides what the text said about the field
        if d is not None and self._group_already_written(phrase):
            return None
        if d is not None and _only_object_words(phrase, d):
            return None
        if s is None and d is not None:
            sp = self._concept_counterpart(d, phrase)
            if sp is None:
                self.ask(f"which {self.src_obj.ref} field should fill {d.best.path}?", [c.field.path for c in self.sm.rank_for_field(d.best, self.dm.concepts.get(d.best.path, []), (), 3)])
                self.pending_dst = (self.sentence, d.best)
                return None
            return self.add_rule(d.best.path, Src(sp, mods), f"'{_restore(phrase, self.literals)}': {d.cands[0].why}", 0.8)
        assert s is not None
        if d is None:
            ranked = self.dm.rank_for_field(s.best, self.sm.concepts.get(s.best.path, []), (), 3)
            ranked = [c for c in ranked if not self.prefix or c.field.path.startswith(self.prefix + ".")] or ranked
            if ranked and ranked[0].score >= 0.9 and (len(ranked) == 1 or ranked[0].score - ranked[1].score > 0.05):
                return self.add_rule(ranked[0].field.path, Src(s.best.path, mods), f"'{_restore(phrase, self.literals)}' -> {ranked[0].field.path} ({ranked[0].why})", 0.75)
            self.ask(f"'{_restore(phrase, self.literals)}' ({s.best.path}): which {self.dst_obj.ref} field should it go to?", [c.field.path for c in ranked])
            return None
        if "synonym" in d.cands[0].why and "synonym" in s.cands[0].why and self._names_a_group(phrase):
            return None  # ('the address goes under traits.address': 'address' a synonym of the street)
        why = f"'{_restore(phrase, self.literals)}': {s.cands[0].why} -> {d.cands[0].why}"
        self.list_rules += 1
        return self.add_rule(d.best.path, Src(s.best.path, mods), why, round(min(s.score, d.score), 2))

    def _names_a_group(self, phrase: str) -> bool:
        """'address of the Contacts in traits.address (nested object)': a bare mention that names a
        nested object of the destination whole is about the object, no one field of it (round 56:
        read as traits.address.street by the synonym 'address')."""
        paths = {f.path.lower() for f in self.dst_obj.fields}
        said = self.sentences[self.sentence].text if 0 <= self.sentence < len(self.sentences) else phrase
        for tok in re.findall(r"\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\b", f"{phrase} {said}"):
            t = tok.lower()
            # ('the address goes under traits.address': the phrase names the object by its last word)
            if t not in paths and sum(p.startswith(t + ".") for p in paths) >= 2 and re.search(rf"\b{re.escape(t.rsplit('.', 1)[-1])}\b", phrase, re.I):
                return True
        return False

    def _group_already_written(self, phrase: str) -> bool:
        """'... land in Salesforce with their mailing address' after Mailing{City,State,...}
        were each given: a phrase naming a group of destination fields (its first word starts
        three or more of them, its last is a group noun) whose members the text already wrote
        restates them, it asks for no other member."""
        ws = [w for w in re.findall(r"[A-Za-z]+", phrase.lower()) if w not in ("the", "their", "its", "his", "her", "a", "an")]
        if len(ws) < 2 or ws[-1] not in ("address", "details", "info", "information", "fields", "data"):
            return False
        group = [f for f in self.dst_obj.fields if norm(f.path).startswith(ws[0]) and len(norm(f.path)) > len(ws[0])]
        written = [f for f in group if self.plan.rule_for(f.path) is not None]
        return len(group) >= 3 and len(written) >= 2

    # ---------------------------------------------------------------- finishing

    def _value_beside(self, sentence: int, shown: str, path: str) -> bool:
        """A field named and not written, with a quoted value right after its name and no
        condition in the clause ('should say LeadSource 'Email' and Status ...'): that value."""
        text = next((t for s_, t, sh in self.read_clauses if s_ == sentence and sh == shown), None)
        f = self.dst_obj.get(path)
        if text is None or f is None or re.search(r"\b(?:if|when|whenever|unless|where|whose|except|otherwise|else)\b", text, re.I):
            return False
        m = re.search(rf"(?<![\w.]){re.escape(path)}(?![\w.])\s*(?:=|:|\bis\b|\bof\b|\bto\b|\bas\b|\bset to\b)?\s*(?P<v>⟦\d+⟧)", text)
        if m is None:
            return False
        used: set[str] = set()
        for r in self.plan.rules:
            used |= _literal_texts(r.value)
        self.sentence, self.literals = sentence, self.literals_all
        c = self._const(m.group("v"), f)
        if c is None or str(c.value) in used:
            return False
        self.add_rule(path, c, f"constant {_show(c, self.literals)} (written next to {path})", 0.8)
        return True

    def _unwritable_templates(self) -> None:
        """A template whose part asks for a format with an argument ('<createdate as DD.MM.YYYY>')
        cannot be written as a v2 template (placeholders take argument-free transforms); the rule
        is not written and the person is asked, never a crash or a silently different format."""
        for r in list(self.plan.rules):
            if isinstance(r.value, Template) and template_text(r.value) is None:
                self.plan.rules.remove(r)
                parts = [f"{p.field} ({', '.join(x.name + (f' {x.arg}' if x.arg else '') for x in p.transforms)})" for p in r.value.parts if isinstance(p, Src) and p.transforms]
                self.sentence = r.sentences[0] if r.sentences else self.sentence
                self.ask(
                    f"{r.target}: a joined text cannot format {', '.join(parts)} inside it (a template part takes lower, upper, trim, title or a YYYY-MM-DD date); "
                    f"say the format another way or write the field as a rule of its own",
                    [r.target],
                )

    def _finish(self) -> None:
        retarget_misplaced(self)
        one_event_shape(self)
        restated_scopes(self)
        self._drop_outer_writes()
        template_formats(self)
        value_pairs(self, self._used_literals())
        named_copies(self)
        before = set(map(id, self.plan.rules))
        named_formats(self)
        group_phone_formats(self)
        # a rule a format wrote only now may be the one a leave-off in its sentence named
        for sentence in sorted({i for r in self.plan.rules if id(r) not in before for i in r.sentences}):
            if 0 <= sentence < len(self.traces):
                omissions(self, sentence, self.traces[sentence].text)
        boolean_text(self)
        boolean_constants(self)
        unticked_flags(self)
        label_values(self)
        three_way_flags(self)
        rest_left_out(self)
        boolean_keys(self)
        only_true_is_false_otherwise(self)
        widen_filters(self)
        list_keys(self)
        nested_leaf_defaults(self)
        _empty_branches_first(self.plan.rules)
        self._unwritable_templates()
        for r in self.plan.rules:
            if isinstance(r.value, Src) and r.value.field in self._email_fields():
                r.value.transforms = [x for x in r.value.transforms if x.name != "title"]  # a format shared by a list never title-cases an address
        cases_as_items(self)
        repair_pairings(self)
        used = self._used_literals()
        repair_replacements(self, used)  # adds the values it reads to ``used``
        repair_defaults(self, used)
        repair_leave_offs(self)
        became = {t.sentence: t.became for t in self.traces}
        unwritten: dict[tuple[int, str], list[str]] = {}  # one question per clause, naming every field it leaves out
        for lo in leftovers(self.read_clauses, self.plan, self.src_obj, self.dm, self.vocab.object_words, became):
            if lo.sentence in self.restated or self._value_beside(lo.sentence, lo.clause, lo.field):
                continue
            if any(q.sentence == lo.sentence and lo.clause in q.text for q in self.plan.questions):
                continue  # already asked about the whole clause
            unwritten.setdefault((lo.sentence, lo.clause), []).append(lo.field)
        for (sentence, clause), fields in unwritten.items():
            self.sentence = sentence
            named = ", ".join(fields)
            self.ask(f"I could not understand: {clause!r} (sentence {sentence + 1} names {named}, but no rule from it writes {'them' if len(fields) > 1 else named})", fields)
        for sentence, shown, what in unapplied(self.read_clauses, self.plan, lambda t: {x.name for x in self._transforms(t)} | ({'arithmetic'} if ARITHMETIC_RE.search(t) else set()), became):
            if any(q.sentence == sentence and shown in q.text for q in self.plan.questions):
                continue
            self.sentence = sentence
            self.ask(f"I could not understand: {shown!r} (sentence {sentence + 1} asks for {', '.join(what)}, which no rule drafted from it applies)", [])
        for sentence, shown, word in unconditioned(self.read_clauses, self.plan, became, {t.sentence: t.text for t in self.traces}):
            if any(q.sentence == sentence for q in self.plan.questions):
                continue  # the sentence is asked about already
            self.sentence = sentence
            wrote = ", ".join(sorted({r.target for r in self.plan.rules if sentence in r.sentences}))
            self.ask(f"I could not read the condition in {shown!r} (sentence {sentence + 1} says {word!r}, but the rules drafted from it write {wrote} for every record): when should it apply?", [])
        self._unused_literals()
        texts = {t.sentence: t.text for t in self.traces}
        for sentence, shown in silent_sentences(became, texts):
            if sentence in self.restated:
                continue
            if self.chat and not re.search(r"(?<!\w)'[^']*'(?!\w)|[\"⟦<>]|->|=|:|\b(?:above|over|below|under|(?:more|less|fewer|greater|higher|lower) than|at (?:least|most))\b", shown) and not _CHAT_ASKS.match(shown):
                self.plan.notes.append(f"sentence {sentence + 1}: a remark in the thread, no rule: {shown!r}")  # round 41
                continue
            self.sentence = sentence
            self.ask(f"sentence {sentence + 1}: I could not read a rule or a filter from {shown!r}: what should it do?", [c.field.path for c in self.dm.rank_phrase(shown, 3)])
        # a 'Scope: HubSpot contacts to Salesforce Leads.' heading above requirements that each name
        # their field asks for those fields only; a request to map the objects also fills required ones,
        # unless a later sentence writes the match key itself: then the text goes field by field and
        # asks for those fields only (round 25: 'Contacts from HubSpot we transfer to Salesforce
        # Contact' above six copies wrote a LastName nobody asked for)
        headed = set(self.object_sentences) <= self.object_headings and any(set(r.sentences) - self.object_headings for r in self.plan.rules)
        if self.object_sentences and self.list_rules == 0 and not headed:
            from syncwright.mapping.draft.emit import choose_match_key

            self.sentence = self.object_sentences[0]
            keyed = choose_match_key(self.plan, self.dst_obj) is not None  # a later sentence already writes the key
            for f in self.dst_obj.fields:
                if ((f.required and not keyed) or (f.type == "email" and not keyed and not any(g.type == "email" for g in self.dst_obj.fields if g is not f and self.plan.rule_for(g.path)))) and self.plan.rule_for(f.path) is None:
                    d = self.dm.lookup(f.path)
                    src = self._concept_counterpart(d[0] and _mention_of(d[0]), f.leaf) if d else None  # type: ignore[arg-type]
                    if src:
                        self.add_rule(f.path, Src(src), f"the text names only the objects; {self.dst_obj.ref} {'requires' if f.required else 'upserts by'} {f.path}, so it takes {src}", 0.7)
        self._no_table_on_match_key()
        self._ensure_match_key()
        for f in self.dst_obj.fields:
            if f.required and self.plan.rule_for(f.path) is None and self.plan.rules:
                self.plan.notes.append(f"{self.dst_obj.ref} requires {f.path}, which no rule produces: records will be rejected without it")
        for rule in self.plan.rules:
            if isinstance(rule.value, Cases) and not rule.value.branches and rule.value.otherwise is not None:
                rule.value = rule.value.otherwise
            if isinstance(rule.value, Cases) and rule.value.otherwise is None and len(rule.value.branches) == 1:
                c, v = rule.value.branches[0]
                if isinstance(c, Cmp) and c.op in ("true", "eq") and isinstance(v, Const) and isinstance(v.value, bool):
                    rule.why.append("only set when the condition holds (the text gives no other value)")
            if isinstance(rule.value, Src):
                self._check_source(rule)
        self._check_compared_values()

    def _check_compared_values(self) -> None:
        """A branch or filter comparing a picklist field with a value the field never holds
        ('Tick box "opted out" means unsubscribed' read as a table on the lead status): the
        comparison was read with the wrong field or value, so the draft asks instead of
        silently sending every record down the other branch."""
        conds: list[tuple[Cmp, list[int]]] = []
        for r in self.plan.rules:
            v = r.value
            if isinstance(v, Cases):
                conds += [(c, r.sentences) for c in _cmps([b for b, _ in v.branches])]
            elif isinstance(v, ListOf):
                conds += [(c, r.sentences) for c in _cmps([b for _, b in v.items if b is not None])]
        for flt in self.plan.filters:
            conds += [(c, [flt.sentence]) for c in _cmps([flt.keep_when])]
        asked: set[tuple[str, str]] = set()
        for c, sentences in conds:
            f = self.src_obj.get(c.field)
            if f is None or not f.values or c.op not in ("eq", "ne", "in", "not_in") or f.type == "boolean":
                continue
            known = {str(v).lower() for v in f.values}
            for val in c.value if isinstance(c.value, list) else [c.value]:
                if isinstance(val, str) and val.lower() not in known and (c.field, val) not in asked:
                    asked.add((c.field, val))
                    self.sentence = sentences[0] if sentences else self.sentence
                    self.ask(f"sentence {self.sentence + 1} compares {c.field} with {val!r}, which is not one of its values ({', '.join(map(str, f.values[:8]))}{', ...' if len(f.values) > 8 else ''}): which field or value is meant?", [c.field])

    def _drop_outer_writes(self) -> None:
        """A rule on a field that other rules write inside ('events' beside 'events[0].name') is
        a misreading of a word ('GA4 lifecycle events'): it goes, and the draft asks about it."""
        targets = [r.target for r in self.plan.rules]
        for r in list(self.plan.rules):
            if any(t != r.target and (t.startswith(r.target + ".") or t.startswith(r.target + "[")) for t in targets):
                self.plan.rules.remove(r)
                self.sentence = r.sentences[0] if r.sentences else self.sentence
                self.ask(f"{r.target} holds the fields other rules write ({', '.join(t for t in targets if t.startswith(r.target) and t != r.target)}); "
                         f"I did not write {r.target} itself from {_show(r.value, self.literals_all)}: which field did you mean?", [])

    def _email_fields(self) -> set[str]:
        """Source fields that hold an email address (by type or by the email concept)."""
        out = {f.path for f in self.src_obj.fields if f.type == "email"}
        m = self._concept_src("email")
        return out | ({m.best.path} if m is not None else set())

    def _unused_literals(self) -> None:
        """A quoted value no rule and no filter uses was not understood: ask, never drop it."""
        used = self._used_literals()
        written = {r.target for r in self.plan.rules} | {r.target.rsplit(".", 1)[-1] for r in self.plan.rules}
        # a field's own label in quotes ('when "Unsubscribed from all email" is true') names the field
        labels = {x.lower() for o in (self.src_obj, self.dst_obj) for f in o.fields for x in (f.label, f.path) if x}
        for sentence, text, shown in self.read_clauses:
            for m in PLACEHOLDER.finditer(text):
                i = int(m.group(1))
                lit = self.literals_all[i] if i < len(self.literals_all) else None
                if lit is None or lit in used or lit.strip() in used or not lit.strip() or lit in written or lit.strip().lower() in labels:
                    continue
                if re.search(r"\b(?:e\.g|i\.e|for example|for instance|such as|like)\W*$|\((?:so|giving|which gives|resulting in)\s*$", text[: m.start()], re.I):
                    continue  # an example of the result, not a value to use
                if any(q.sentence == sentence and shown in q.text for q in self.plan.questions):
                    continue
                self.sentence = sentence
                self.ask(f"I could not understand: {shown!r} (sentence {sentence + 1} quotes {lit!r}, which no rule drafted from the text uses)", [])

    def _used_literals(self) -> set[str]:
        """The quoted values some rule, filter or note already uses."""
        used: set[str] = set()
        for r in self.plan.rules:
            used |= _literal_texts(r.value)
            used |= set(value_sources(r.value))  # a quoted source field's name read as that field
            if isinstance(r.value, Src) and any(t.name == "string" for t in r.value.transforms):
                used |= {"true", "false"}  # "written as the text 'true'/'false'": the values the text format writes
            if isinstance(r.value, Cases):
                used |= {f for c, _ in r.value.branches for f in cond_fields(c)}
        for f in self.plan.filters:
            used |= _literal_texts(f.keep_when)
        for t in self.traces:
            for note in t.became:
                if note.startswith("(") or note.startswith("question"):
                    continue
                used |= set(re.findall(r"'([^']*)'", note))
        return used

    def _no_table_on_match_key(self) -> None:
        """The field the destination upserts by never takes a table of fixed values: every record
        that lands on one value would overwrite the others. Such a rule is a misreading (round 28:
        a run-on's value table for LeadSource was read as Email's), so it is dropped and asked
        about, and the match key is added from its source as for any text that does not name it."""
        from syncwright.mapping.draft.emit import MATCH_KEYS

        for r in list(self.plan.rules):
            f = self.dst_obj.get(r.target)
            if not (r.target in MATCH_KEYS or (f is not None and f.type == "email")) or not isinstance(r.value, Cases):
                continue
            values = [v for _, v in r.value.branches] + ([r.value.otherwise] if r.value.otherwise is not None else [])
            if len(values) < 2 or not all(isinstance(v, Const) for v in values):
                continue
            self.plan.rules.remove(r)
            for made in self.sentence_rules.values():
                made[:] = [x for x in made if x is not r]
            self.sentence = r.sentences[0] if r.sentences else 0
            shown = ", ".join(sorted({repr(v.value) for v in values if isinstance(v, Const)}))
            self.ask(f"{r.target} is the field {self.dst_obj.ref} upserts by, but sentence {self.sentence + 1} gives it fixed values ({shown}): which field are they for, and where does {r.target} come from?", [r.target])

    def _ensure_match_key(self) -> None:
        """A v2 mapping needs the field the destination upserts by; add it (said so) if the text did not."""
        from syncwright.mapping.draft.emit import MATCH_KEYS

        if not self.plan.rules:
            return
        targets = {r.target for r in self.plan.rules}
        if targets & set(MATCH_KEYS) or any((f := self.dst_obj.get(t)) is not None and f.type == "email" for t in targets):
            return
        for key in MATCH_KEYS:
            f = self.dst_obj.get(key)
            if f is None:
                continue
            cands = self.dm.lookup(f.path)
            src = self._concept_counterpart(_mention_of(cands[0]), f.leaf) if cands else None
            if src:
                self.sentence = 0
                self.add_rule(f.path, Src(src), f"{self.dst_obj.ref} upserts by {f.path}; the text does not say where it comes from, so it takes {src} (same concept)", 0.6)
                self.plan.notes.append(f"added {f.path} <- {src}: every mapping needs the field {self.dst_obj.ref} upserts by")
            return

    def _check_source(self, rule: DraftRule) -> None:
        assert isinstance(rule.value, Src)
        if self.src_obj.get(rule.value.field) is None and self._named_field(rule.value.field, "src") is None:
            self.ask(f"{rule.target}: source field {rule.value.field} is not in {self.src_obj.ref}", [])


# ------------------------------------------------------------------------------ helpers


# 'over 1000000 and up to 10000000', 'more than 20 but fewer than 100': a lower and an upper bound
_TWO_SIDED = re.compile(
    rf"(?P<low>.*?\b(?:over|more than|greater than|higher than|above|at least)\s+{NUMBER})\s*,?\s*(?:and|but|,)\s+"
    rf"(?P<high>(?:up to|at most|no more than|not more than|less than|fewer than|under|below|lower than)\s+{NUMBER})",
    re.I,
)


def _cmps(conds: list[Cond]) -> list[Cmp]:
    """Every field comparison inside ``conds`` (through and/or/not)."""
    out: list[Cmp] = []
    for c in conds:
        if isinstance(c, Cmp):
            out.append(c)
        elif isinstance(c, (And, Or)):
            out += _cmps(c.items)
        elif isinstance(c, Not):
            out += _cmps([c.item])
    return out


# 'the field should be left blank', 'it stays empty', 'leave it blank': the empty value itself, no leave-off (round 34)
# 'if it's "true" or blank, skip em', 'skip them if it is "true" or empty' (round 35)
_PRONOUN_SKIP = re.compile(
    r"(?:if|when)\s+(?:it|that)\s+is\s+(?P<v>⟦\d+⟧)\s+or\s+(?:blank|empty)\s*,?\s*(?:then\s+)?(?:skip|drop|exclude|ignore|leave out)\s+(?:em|them|those|it)"
    r"|(?:skip|drop|exclude|ignore|leave)\s+(?:em|them|those)(?:\s+out)?\s+(?:if|when)\s+(?:it|that)\s+is\s+(?P<v2>⟦\d+⟧)\s+or\s+(?:blank|empty)", re.I)
_STAYS_BLANK = re.compile(r"(?:(?:just\s+)?(?:the field|it|that|this|they|[\w.]+)\s+(?:should|must|shall|can|will|may)?\s*(?:be\s+)?)?(?:left|stays?|remains?|kept|keep|leave)\s+(?:it\s+|them\s+)?(?:blank|empty)|(?:leave|keep)\s+(?:it|the field|that)\s+(?:blank|empty)", re.I)
_LEAVE_OFF_VALUE = re.compile(
    r"(?:(?:(?:it|that|this)\s+(?:is|gets|should be)\s+)?(?:left|kept|(?:leave|keep)\s+(?:it|(?:the\s+)?[\w.]+(?:\s+[\w.]+){0,2}))\s+(?:out|off|away)|leave\s+away|omitted|(?:omit|drop|skip)(?:\s+(?:it|the\s+\w+|[\w.]+))?|dropped|skipped|not\s+(?:sent|set|included)|unset)(?:\s+(?:entirely|altogether|completely|at all|too|as well))?",
    re.I,
)


# the rest row of a table or of bands: 'anything else', 'anything lower', 'everyone below that'
_REST_ROW = re.compile(r"(?:anything|everything|anyone|everyone|all)\s+(?:else|lower|less|smaller|below|under|higher|more|bigger|greater|above|over)\b", re.I)


# a separator written as a list item: ', a comma,' / ', a comma and a space,'
_SEP_ITEM = r",\s*(?:an?\s+|one\s+|single\s+)?(?:space|comma|dash)(?:\s+(?:and|plus)\s+(?:an?\s+)?space)?\s*,"


_REASON_TAIL = re.compile(
    r",\s*(?P<r>(?:because|since|as|so that)\s+.+|(?:they|those|these|we|our|sales|marketing|that|this|nobody|no one|the [\w-]+ team|[\w-]+ team)"
    r"(?:\s+[\w-]+){0,2}?\s+(?:does not|do not|did not|are not|is not|will not|cannot|handles?|owns?|takes? care of|are|is|want|wants|will|would|need|needs|deals? with|already|get|gets)\b.*)$",
    re.I)
_COND_WHO_AT = re.compile(
    r"^(?:(?:the |all |any )?(?:they|he|she|it|contacts?|leads?|members?|people|records?|those|anyone|ones|subscribers?|users?)\s+)"
    r"(?:(?:who|that|which)\s+)?(?:(?:are|is)\s+)?(?=(?:at|in)\s+the\b)", re.I)
_COND_TIME_WORD = re.compile(r"\b(?P<v>are|is|were|was)\s+(?:already|still|currently|now)\b", re.I)
_COND_MOVE_TAIL = re.compile(
    r"\s+(?:should\s+|will\s+|can\s+)?(?:be\s+)?(?:come|comes|go|goes|get|gets|make it|makes it|are|be)\s+(?:over|across|through|in|synced|sent|copied|imported)"
    r"(?:\s+(?:to|into)\s+\w+)?\s*$", re.I)


def _row_word(v: str, row: str) -> Const | None:
    """'anything else -> other', 'lead = new': one word after a row's arrow or '=' is that
    row's value, a common word (which reads as no value elsewhere) too ('anything else -> Other':
    the word that names the rest is a value after the arrow, round 36)."""
    if re.fullmatch(r"[A-Za-z][\w-]*", v.strip()) and re.search(r"->|=", row):
        return Const(v.strip())
    return None


def _fixed(v: Value) -> bool:
    """A value written in the text alone: a constant, or constants in a fallback chain."""
    return isinstance(v, Const) or (isinstance(v, Chain) and all(isinstance(o, Const) for o in v.options))


def _num(s: str) -> int | float:
    f = float(s)
    return int(f) if f.is_integer() and "." not in s else (int(f) if f.is_integer() else f)


def _parse_number(text: str) -> int | float | None:
    t = text.strip().lower().replace(",", "").replace("$", "").replace("€", "").replace("£", "").strip()
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*([a-z]+)?", t)
    if not m:
        return None
    n = float(m.group(1))
    if m.group(2):
        if m.group(2) not in SCALE:
            return None
        n *= SCALE[m.group(2)]
    return int(n) if n.is_integer() else n


def _sep(word: str, g: Grammar) -> str:
    lit = g.lit(word)
    if lit is not None:
        return lit
    return {"space": " ", "comma": ", ", "dash": "-", "hyphen": "-", "slash": "/", "underscore": "_"}[word.lower()]


def _strip_transform_words(text: str) -> str:
    t = text
    for _, rx in TRANSFORM_RES:
        t = rx.sub(" ", t)
    t = AS_IS.sub(" ", t)
    t = re.sub(r"\b(?:in|to|as|into|with|and|all|be|format(?:ted)?|converted|the part of|part of|of|the part|whatever comes|comes|that comes|only|is|just)\s*$", " ", t.strip(), flags=re.I)
    t = re.sub(r"\s+(?:in|as|with any|with|all|format)\s+(?=(?:in|as|with|all|format|,)\b)", " ", t)
    for _ in range(3):
        t = re.sub(r"(?:\s+|^)(?:in|as|with any|with|and|all|format|formatted|to|be|,)\s*$", "", t.strip(), flags=re.I)
    t = re.sub(r"^(?:the\s+)?(?:part|portion|bit)\s+(?:of\s+)?", "", t.strip(), flags=re.I)
    t = re.sub(r"\b(?:a|the|an)\s*$", "", t.strip(), flags=re.I)
    return re.sub(r"\s+", " ", t).strip(" ,;:")


def _merge_transforms(a: list[Transform], b: list[Transform]) -> list[Transform]:
    names = {t.name for t in a}
    out = list(a) + [t for t in b if t.name not in names]
    if any(t.name == "title" for t in out):
        out = [t for t in out if t.name not in ("lower", "upper")]
    out.sort(key=lambda t: _TRANSFORM_ORDER.index(t.name))
    return out


def _subclauses(text: str) -> list[str]:
    parts = re.split(r",\s*except(?:\s+that)?\s+|,\s*(?=for\s+(?:the\s+)?(?:contacts?|leads?|members?|records?|people)\b.*\bonly\b)|\s*,?\s*(?:but\s+|and\s+)?(?=only\s+(?:for|those|contacts|leads|members|records|people|the ones)\b)|,\s*(?:and\s+|so\s+|but\s+)?(?=(?:when|if|where|whenever|unless|otherwise)\b(?!\s+(?:set|present|any|available|given|there is one)\b))|\s*,?\s+so\s+(?=(?:when|if)\b)|,\s*(?:and\s+)?(?=(?:[\w.]+\s+){1,3}(?:comes from|come from|becomes|goes to|depends on|is based on)\b)|,\s*and\s+(?=(?:rate|set|map|copy|send|tag|mark|give|put|use|make|add)\b)|\s+and\s+(?=(?:an?|the)\s+(?:missing|empty|blank)\s)|,\s*and\s+(?=[\w.]+\s+(?:set to|is set to|is always|=)\s)|\s+and\s+(?=[\w.]+\s+(?:out|off)\s+(?:when|if)\b)", text, flags=re.I)
    parts = [p for p in parts if p and p.strip()]
    out: list[str] = []
    for p in parts:
        if out and re.match(r"^\s*(?:if|when|whenever|unless)\b", out[-1], re.I) and "," not in out[-1] and _BECOMES_HEAD.match(p):
            out[-1] = f"{out[-1]}, {p}"  # 'If the Rating is Hot, lifecyclestage becomes X': the condition stays with its rule
        else:
            out.append(p)
    return out


_BECOMES_HEAD = re.compile(r"^\s*(?:[\w.]+\s+){1,3}(?:comes from|come from|becomes|goes to|depends on|is based on)\b", re.I)


def _split_header(t: str) -> tuple[str | None, str | None]:
    m = re.match(r"^(?P<h>[^:]+?)\s*:\s*(?P<b>.+)$", t)
    if not m:
        return None, None
    return str(m.group("h")), str(m.group("b"))


def _is_container_header(header: str, dst: ObjectFields) -> str | None:
    containers = dst.containers()
    if re.fullmatch(r"[A-Za-z_][\w\[\]]*(?:\.\w+)+", header.strip()) and header.strip() not in containers:
        return None  # 'traits.department: Department': a dotted field path written in full heads its own source, not a list
    for tok in re.findall(r"[\w.]+", header):
        if tok in containers:
            return str(tok)
    # 'Under traits.work: title from ..., department from ...': a new object under an open
    # prefix, named after a placing word, holds the listed fields
    placed = re.match(r"^\s*(?:under|inside|within|in|into)\s+(?P<p>[A-Za-z_]\w*(?:\.\w+)+)\s*$", header, re.I)
    if placed and any(placed.group("p").startswith(p) for p in dst.open_prefixes):
        return placed.group("p")
    low = header.lower()
    leafs = {c.rsplit(".", 1)[-1].lower(): c for c in containers}
    # a dotted path with its source ('traits.title from the stage: ...') is a table for that
    # field inside the container, not a list of the container's fields
    sourced = re.search(r"\b(?:by|from|based on|depending on|according to|per|off|using)\b", low) is not None
    for w in (t for t in re.findall(r"[\w.]+" if sourced else r"[a-z_]+", low) if not (sourced and "." in t)):
        if w in leafs and (w in ("traits", "params", "parameters", "properties", "merge_fields", "context") or header.strip().lower() == w):
            return leafs[w]
        if w in ("params", "parameters") and "events[0].params" in containers:
            return "events[0].params"
    return None


def _items(text: str) -> list[str]:
    """Split a list on top-level commas, ';' and 'and' (not inside parentheses)."""
    out: list[str] = []
    depth = 0
    cur = ""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if depth == 0 and ch == "/" and i > 0 and text[i - 1].isalnum() and i + 1 < len(text) and text[i + 1].isalpha():
            out.append(cur)
            cur = ""
            i += 1
            continue
        in_parts = ch == "," and _in_template_parts(cur, text[i:])
        if depth == 0 and ch in ",;" and not in_parts and not re.match(r"[,;]\s*(?:or|else|otherwise|defaulting|default|defaults|falling back|fallback|with a fallback)\b", text[i:], re.I):
            out.append(cur)
            cur = ""
            i += 1
            continue
        if depth == 0:
            m = re.match(r"\s+(?:and|&|as well as|plus|along with)\s+", text[i:], re.I)
            if m and m.group(0).strip().lower() == "plus" and PLACEHOLDER.search(cur):
                m = None
            joined = re.match(r"\s+and\s+[^,;]+?\s+(?:with|separated by|joined by|joined with)\s+(?:an?\s+|one\s+)?(?:space|comma|dash|hyphen|slash|⟦)", text[i:], re.I) or (
                # 'FNAME and LNAME are firstname and lastname': a parallel pair is one item
                re.match(r"\s+and\s+[\w.]+\s+(?:are|=|become|get|take|come from)\s+[^,;]+?\s+and\s+", text[i:], re.I) and re.fullmatch(r"[\w.]+", cur.strip().split(",")[-1].strip()))
            # 'D is true if the phone is empty and the mobile is empty': a second emptiness after a
            # condition is part of it, not an item of its own (round 22)
            both_empty = re.search(r"\b(?:if|when|where|unless)\b", cur, re.I) and re.match(
                r"\s+and\s+(?:the\s+|their\s+|its\s+)?[\w.]+(?:\s+[\w.]+){0,2}\s+(?:is|are)\s+(?:also\s+)?(?:empty|blank|missing|not set|null)\b", text[i:], re.I)
            if m and not joined and not both_empty and not re.match(r"\s+and\s+(?:a\s+)?(?:space|comma)\b", text[i:], re.I) and not _inside_template(cur):
                out.append(cur)
                cur = ""
                i += m.end()
                continue
        cur += ch
        i += 1
    out.append(cur)
    items = [re.sub(r"^(?:and|also|plus|then)\s+", "", o.strip(), flags=re.I) for o in out]
    return [o for o in items if o]


def _in_template_parts(cur: str, rest: str) -> bool:
    """A comma inside 'first name, a space, then surname': before a spelled-out separator, or
    before 'then' right after one."""
    if re.match(r",\s*(?:an?|one)\s+(?:space|comma|dash|hyphen|slash)\b", rest, re.I):
        return True
    return bool(re.match(r",\s*(?:and\s+)?then\b", rest, re.I) and re.search(r"\b(?:space|comma|dash|hyphen|slash)\s*$", cur, re.I))


def _inside_template(cur: str) -> bool:
    return bool(re.search(r"\+|\bfollowed by\b|=\s*\w+\s*$", cur, re.I)) and not re.search(r"\)\s*$", cur)


# 'Closed - Converted is OPEN_DEAL and Closed - Not Converted is UNQUALIFIED': two rows joined by 'and'
# (a condition on emptiness is no row: 'true if the phone is empty and the mobile is empty', round 22)
_ROW_SHAPE = re.compile(r"^[\w][\w -]{0,40}?\s+(?:is|becomes|=|maps to|->)\s+(?:⟦\d+⟧|(?!(?:empty|blank|missing|null|unset|present|filled)$)[\w-]+)$", re.I)


def _branch_chunks(body: str) -> list[str]:
    marker = re.compile(r"->|=|:|\bfor\b|\bif\b|\bwhen\b|\bis\b|\botherwise\b|\belse\b|\bbecomes\b|\bmaps to\b", re.I)
    first = [c for c in _items_no_and(body)]
    out: list[str] = []
    for c in first:
        pieces = re.split(r"\s+and\s+", c)
        acc = pieces[0]
        for p in pieces[1:]:
            if marker.search(acc) and marker.search(p) and (PLACEHOLDER.match(re.sub(r"^(?:to\s+|as\s+)?(?:(?:an?|the)\s+)?(?:(?:string|text|value)\s+)?", "", p.strip())) or re.match(r"(?:true|false|yes|no|[\w-]+\s+(?:for|if|when|otherwise))\b", p.strip(), re.I) or "->" in p or re.match(r"(?:everything|everyone|anything|all|any|the rest)\b", p.strip(), re.I)
                                                    or (_ROW_SHAPE.match(acc.strip()) and _ROW_SHAPE.match(p.strip()))):
                out.append(acc)
                acc = p
            else:
                acc += " and " + p
        out.append(acc)
    return [o.strip() for o in out if o.strip()]


def _items_no_and(text: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        in_parts = ch == "," and _in_template_parts(cur, text[i:])
        if depth == 0 and ch in ",;" and not in_parts and not re.match(r"[,;]\s*(?:defaulting|default|defaults|falling back|fallback|with a fallback)\b", text[i:], re.I):
            out.append(cur)
            cur = ""
            continue
        cur += ch
    out.append(cur)
    return [re.sub(r"^(?:and|or)\s+", "", o.strip(), flags=re.I) for o in out if o.strip()]


def _strip_subject(text: str) -> str:
    t = text.strip()
    t = re.sub(r"^(?:for|if|when|where)\s+", "", t, flags=re.I)
    t = re.sub(rf"^(?:every|each|any|all)\s+{RECORD_NOUN}\s+(?:that|who|which|whose)?\s*", "", t, flags=re.I)
    t = re.sub(r"\s+(?:are|is|get|gets|should be)\s+(?:synced|sent|imported|included|pushed|mapped|brought over|processed)(?:\s+(?:over|across))?(?:\s+as\s+(?:leads|contacts|members|users|events))?(?:\s+(?:to|into)\s+(?:salesforce\s+|hubspot\s+|mailchimp\s+)?(?:leads|contacts|members|salesforce|hubspot|mailchimp|segment|ga4))?(?:\s+for now)?$", "", t, flags=re.I)
    t = re.sub(rf"^(?:all\s+|any\s+|the\s+)?(?:{RECORD_NOUN}|those|ones|anyone|anybody|everyone|rows?|entries)\b(?!\s*(?:,|/|or\b|and\b))\s*", "", t, flags=re.I)
    t = re.sub(r"^(?:the|all the|our)\s+(?=[A-Za-z][\w-]*\s*$)", "", t.strip(), flags=re.I)  # 'skip the customers' (round 31)
    return t.strip()  # 'subscribers or leads' is a list of stages, not a subject


def _negate(c: Cond) -> Cond:
    if isinstance(c, Cmp):
        flip = {"eq": "ne", "ne": "eq", "in": "not_in", "not_in": "in", "empty": "not_empty", "not_empty": "empty", "true": "false", "false": "true", "gt": "le", "le": "gt", "lt": "ge", "ge": "lt"}
        if c.op in flip:
            return Cmp(c.field, flip[c.op], c.value)  # type: ignore[arg-type]
    return Not(c)


_EMPTY_VALUE_WORDS = frozenset(["blank", "empty", "missing", "nothing", "not set", "unset"])


def _eq_or_in(path: str, values: list[Any], neg: bool) -> Cond:
    """'is X or Y'; an empty word among the values ('"false" or blank') is the empty test."""
    empties = [v for v in values if isinstance(v, str) and v.strip().lower() in _EMPTY_VALUE_WORDS]
    if empties and len(empties) < len(values):
        rest = _eq_or_in(path, [v for v in values if v not in empties], neg)
        return And([rest, Cmp(path, "not_empty")]) if neg else Or([rest, Cmp(path, "empty")])
    if len(values) == 1:
        return Cmp(path, "ne" if neg else "eq", values[0])
    return Cmp(path, "not_in" if neg else "in", values)


def _only_object_words(phrase: str, m: Mention) -> bool:
    """True when the mention is only a qualifier ('the lead's ...') and nothing else names a field."""
    return False


_STRICT_FILLER = frozenset(["the", "a", "an", "their", "its", "his", "her", "our", "field", "value", "merge", "contact's", "lead's", "member's", "person's", "new"])


def _only_field_words(phrase: str, m: Mention, objects: frozenset[str] = frozenset(), spare: int = 1) -> bool:
    rest = [w for w in re.findall(r"[\w.']+", phrase) if norm(w) not in _STRICT_FILLER and norm(w) not in objects]
    return len(rest) <= (m.end - m.start) + spare


def _mostly_objects(header: str) -> bool:
    return bool(re.search(r"\b(?:contacts?|leads?|members?|identif(?:y|ies)|audience|events?|hubspot|salesforce|mailchimp|segment|ga4)\b", header, re.I))


def _list_like(phrase: str, m: Mention, objects: frozenset[str]) -> bool:
    """A bare noun phrase ('the job title'), not a sentence that happens to name a field."""
    toks = words(phrase)
    outside = [
        w for i, w in enumerate(toks)
        if not (m.start <= i < m.end) and re.match(r"\w", w)
        and norm(w) not in _FILLER and norm(w) not in objects
    ]
    return len(outside) <= 1


def _empty_branches_first(rules: list[DraftRule]) -> None:
    """'unsubscribed if the opt-out is 'true', subscribed if it is 'false', pending if it is
    blank': a branch the text wrote for an empty value is what an empty value gets, so it is
    tried first (a 'false' read as 'not true' would otherwise take the blanks)."""
    for r in rules:
        v = r.value
        if not isinstance(v, Cases):
            continue
        # ('"true" or blank -> true' after the table: its blank part is tried first too, round 52; the branch stays for its value)
        said = {c.field for c, _ in v.branches if isinstance(c, Cmp) and c.op == "empty"}
        for c, x in list(v.branches):
            if isinstance(c, Or):
                for item in c.items:
                    if isinstance(item, Cmp) and item.op == "empty" and item.field not in said:
                        v.branches.append((Cmp(item.field, "empty"), x))
                        said.add(item.field)
        empty = [b for b in v.branches if isinstance(b[0], Cmp) and b[0].op == "empty"]
        if empty and v.branches[: len(empty)] != empty:
            v.branches = empty + [b for b in v.branches if b not in empty]



def _copied_field(v: Value) -> str | None:
    """The field a copy (or the first step of a fallback chain) reads."""
    if isinstance(v, Chain) and v.options:
        v = v.options[0]
    return v.field if isinstance(v, Src) else None


def _same_start(sentence: str, wish: str) -> bool:
    """Does ``sentence`` open with a story's ``wish`` (letters and digits compared)?"""
    a, b = re.sub(r"\W+", "", sentence).lower(), re.sub(r"\W+", "", wish).lower()[:30]
    return bool(b) and a.startswith(b)


def _restore(text: str, literals: list[str]) -> str:
    return PLACEHOLDER.sub(lambda m: repr(literals[int(m.group(1))]) if int(m.group(1)) < len(literals) else m.group(0), text)


def _show(v: Value | None, literals: list[str]) -> str:
    if v is None:
        return "(left out)"
    if isinstance(v, Const):
        return repr(v.value)
    if isinstance(v, Src):
        return v.field + "".join(f" | {t.name}" + (f"({t.arg})" if t.arg else "") for t in v.transforms)
    if isinstance(v, Template):
        return " + ".join(_show(p, literals) for p in v.parts)
    if isinstance(v, Chain):
        return " or else ".join(_show(o, literals) for o in v.options)
    if isinstance(v, Cases):
        inner = "; ".join(f"{_show_cond(c)} -> {_show(b, literals)}" for c, b in v.branches)
        return f"cases({inner}; otherwise {_show(v.otherwise, literals)})"
    if isinstance(v, ListOf):
        return "[" + ", ".join(_show(i, literals) + (f" if {_show_cond(c)}" if c else "") for i, c in v.items) + "]"
    if isinstance(v, Lookup):
        return f"lookup {v.object}.{v.match_field} = {_show(v.value, literals)} -> {v.result_field}"
    return str(v)


def _show_cond(c: Cond) -> str:
    if isinstance(c, Cmp):
        return f"{c.field} {c.op} {c.value!r}" if c.value is not None else f"{c.field} {c.op}"
    if isinstance(c, And):
        return " and ".join(_show_cond(i) for i in c.items)
    if isinstance(c, Or):
        return " or ".join(_show_cond(i) for i in c.items)
    return f"not ({_show_cond(c.item)})"


# "customer: Other": a key and its output, one more row when the sentence's table came just before
_ROW_AFTER_TABLE = re.compile(r"\s*[\w.-]+(?: [\w.-]+)?\s*(?::|->|=)\s*[\w.-]+(?: [\w.-]+)?\s*")



def _names(f: FieldDesc, phrase: str) -> bool:
    """Is ``phrase`` the field's own name or label, nothing more ('Email Address', 'email_address')?"""
    said = re.sub(r"[\s_]+", " ", phrase.strip().lower())
    return said in {re.sub(r"[\s_]+", " ", n.lower()) for n in (f.path, f.leaf, f.label) if n}


_NO_VALUE_WORDS = frozenset(["skip", "skip it", "skipped", "ignore", "ignore it", "ignored", "omit", "omit it", "omitted", "leave out", "left out",
                             "leave it out", "not needed", "not mapped", "do not map", "don't map", "exclude", "excluded", "drop", "drop it"])
_BARE_RECORDS = re.compile(rf"(?:and\s+)?(?:all\s+|the\s+|our\s+|all\s+the\s+|all\s+our\s+)?{RECORD_NOUN}", re.I)
_EVERYONE = re.compile(r"(?:every|each|all|any)\b|(?:everyone|everybody|anyone|anybody|they|them)\b", re.I)
_THE_REST = re.compile(r"(?:and\s+)?(?:everyone|everybody|anyone|all)\s+else|the rest|(?:all\s+)?(?:the\s+)?others|every(?:one|body) other", re.I)
# "of those", "among them": a tag row's subject that narrows the records the sentence began with
_NARROWING_SUBJECT = re.compile(r"\b(?:of (?:those|them|these)|among (?:those|them|these)|those of them|of which|which of them)\b", re.I)


def parse_text(text: str, src: ObjectFields, dst: ObjectFields) -> tuple[DraftPlan, list[Trace]]:
    g = Grammar(src, dst)
    plan = g.parse(text)
    return plan, g.traces



# a clause that is only a table row: 'Working - Contacted -> marketingqualifiedlead'
_TABLE_HEAD = re.compile(r"^(?P<d>[A-Za-z][^:;]{1,40}?)\s+(?:from|based on)\s+[^:;]{2,40}:\s*[^;]+->")
_ROW_ONLY = re.compile(r"^(?!.*:)[^;]{1,60}?\s*->\s*\S[^;]{0,60}$")
_WHO_IS_FLAG = re.compile(r"(?:they|he|she|it|the (?:member|contact|lead|person|record|subscriber))(?:'re|'s|\s+are|\s+is)\s+(?P<neg>not\s+)?(?:an?\s+)?(?P<w>[A-Za-z][\w]*)", re.I)
# words that join clauses or name an operation: never inside an unquoted value
_JOINING = frozenset(["and", "or", "if", "when", "then", "else", "otherwise", "unless", "but", "from", "to", "is", "are", "be", "for", "of", "with", "as", "where", "whose", "who"])
# a header that asks for values to be translated: 'Translate the country like this', 'Please convert the stage'
_TRANSLATE_HEAD = re.compile(r"^(?:please\s+)?(?:translate|convert)\b", re.I)
_PRONOUN_ROW = re.compile(
    r"^(?:and\s+|but\s+)?(?:when|if|whenever)\s+(?:it|this|that)(?:'s|\s+is|\s+equals)\s+(?P<c>[^,]+?),\s*(?:then\s+)?(?:(?:it|this|that)(?:'s|\s+is|\s+becomes|\s+should be|\s+will be)\s+(?P<v>⟦\d+⟧|[\w-]+)|(?P<bare>⟦\d+⟧|true|false|yes|no))\s*$",
    re.I,
)


# ', or if the company one's blank, ', ', falling back to ' inside a tag list: the next item is a fallback
# 'tag each person with', 'the tags are': the lead-in before a tag list's first item
_TAG_LEAD = re.compile(r"^(?:.*?\b(?:tag(?:ged)?|tags)\b\s*(?:each|every|all)?\s*(?:\w+\s+)?(?:with|:|as|=|are|is)?\s*)", re.I)
# a tag item's fallback ('X, or if it's blank, Y'), marked before the items are split at commas
_FALLBACK_MARK = "\u2192\u2192"
_TAG_FALLBACK = re.compile(r",?\s*(?:or\s+)?(?:if\s+(?:it|that|the\s+[\w ]{1,30}?|their\s+[\w ]{1,30}?)(?:'s|\s+is|\s+are)\s+(?:blank|empty|missing),?|falling back to)\s+(?=\S)", re.I)
# 'empty string', 'nothing': a default that says the field stays empty, read by the value readers, never a word to write
_EMPTINESS = re.compile(r"(?<!-)\b(?:empty|blank|null|nothing|none)\b(?!-)", re.I)


# a flag's value said bare ("..., false"), read as a value where a quoted one is
_BARE_BOOL = re.compile(r"(?:true|false)", re.I)


def _is_empty_cond(text: str) -> bool:
    """'phone is blank', "there's no website", 'they don't have one', 'it's empty'."""
    return bool(
        EMPTY_RE.search(text)
        or re.search(r"\bthere(?:'s| is) no\b|\bthere (?:isn't|is not)\b|\bdon't have\b|\bdo not have\b|\bdoesn't have\b|\bhas no\b|\bhave no\b|\bwithout\b|\bnone\b|\bno \w+", text, re.I)
    )


# formats that describe the destination's value, whichever source field fills it
_DESTINATION_FORMATS = frozenset(["e164", "lower", "upper", "title", "trim", "collapse", "date", "number", "integer"])


def _same_format(primary: Value, alt: Value, src: ObjectFields) -> None:
    """'the phone in E.164; if it is empty, use the mobile': the format asked for the field is
    the destination's, so a fallback field of the same type gets it too."""
    first = primary.options[0] if isinstance(primary, Chain) else primary
    if not (isinstance(first, Src) and isinstance(alt, Src)) or alt.transforms or not first.transforms:
        return
    a, b = src.get(first.field), src.get(alt.field)
    if a is None or b is None or a.type != b.type:
        return
    if all(t.name in _DESTINATION_FORMATS for t in first.transforms):
        alt.transforms = [Transform(t.name, t.arg) for t in first.transforms]


def _format_after_chain(primary: Value, alt: Value, src: ObjectFields) -> None:
    """'phone, falling back to mobile phone, E.164 with US as the default': a format written
    after the fallback, behind a comma, closes the whole chain: the destination's format, so
    the fields before it of the same type get it too (the converse of ``_same_format``)."""
    if not isinstance(alt, Src) or not alt.transforms or not all(t.name in _DESTINATION_FORMATS for t in alt.transforms):
        return
    b = src.get(alt.field)
    for opt in primary.options if isinstance(primary, Chain) else [primary]:
        a = src.get(opt.field) if isinstance(opt, Src) else None
        if isinstance(opt, Src) and not opt.transforms and a is not None and b is not None and a.type == b.type:
            opt.transforms = [Transform(t.name, t.arg) for t in alt.transforms]


# '..., then put in Title Case', ', upper-cased', ', all in lower case' closing a joined value
_TEMPLATE_CASE_TAIL = re.compile(
    r",\s*(?:and\s+)?(?:then\s+)?(?:(?:put|written|converted|turned|made|formatted|set)\s+)?(?:(?:all|everything)\s+)?(?:in(?:to)?\s+|as\s+)?(?:title|upper|lower|proper|sentence)[- ]?(?:case|cased)(?:d)?\s*$"
    r"|,\s*(?:and\s+)?(?:then\s+)?(?:title|upper|lower)[- ]?cased\s*$|,\s*(?:and\s+)?(?:then\s+)?(?:capitali[sz]ed|uppercased|lowercased)\s*$", re.I)


def _fit_transforms(ts: list[Transform], dst: FieldDesc | None) -> list[Transform]:
    """A phone format only for phone fields, a number only for number fields (shared modifiers)."""
    if dst is None or len(ts) == 0:
        return ts
    out = []
    for t in ts:
        if t.name == "e164" and dst.type not in ("phone", "string"):
            continue
        if t.name in ("number", "integer") and dst.type in ("email", "phone"):
            continue
        if t.name == "title" and dst.type == "email":
            continue  # no one title-cases an address: 'email, first name in title case'
        out.append(t)
    return out


def _mention_of(c: Any) -> Mention:
    return Mention(0, 1, c.field.path, [c], True)


def _container_word(word: str, dst: ObjectFields) -> str | None:
    """'traits' / 'params' / 'merge fields' as the container path they name."""
    w = word.lower().replace(" ", "_")
    for c in sorted(dst.containers(), key=len):
        leaf = c.rsplit(".", 1)[-1]
        if leaf.lower() == w or (w in ("params", "parameters") and leaf == "params"):
            return c
    return None


_ASSUMED = re.compile(r"\bassuming ((?:the )?\+?[\w.]+(?: [\w.]+){0,2}?) (?:numbers|phones)\b", re.I)


def _is_region(text: str, g: Grammar) -> bool:
    """'the US country code', 'UK': an E.164 region, not a fallback value."""
    if g.lit(text.strip()) is not None:
        return False  # a quoted value ('United Kingdom') is a value
    t = text
    return bool(re.search(r"\bcountry code\b|\bregion\b", t, re.I)) or any(
        rx.fullmatch(re.sub(r"^(?:the\s+)", "", t.strip(), flags=re.I)) for _, rx in REGION_RES
    )


def _tag_fallback(tags: ListOf, items: list[tuple[Value, Cond | None]]) -> bool:
    """'One tag: the company name. Where company is empty, the tag is the part of the email after
    the @ instead': a later clause naming a tag item's field and another value is that item's
    fallback, not two more tags (round 24); the caller checks the clause says 'empty' ('also tag
    the company and the industry' adds two tags). Turns the item into a chain; False when not so."""
    if len(items) != 2 or not isinstance(first := items[0][0], Src) or items[0][1] is not None or items[1][1] is not None:
        return False
    alt = items[1][0]
    for k, (v, when) in enumerate(tags.items):
        if isinstance(v, Src) and v.field == first.field and v.transforms == first.transforms and when is None and not (isinstance(alt, Src) and alt.field == first.field and not alt.transforms):
            tags.items[k] = (Chain([v, alt]), None)
            return True
    return False


def _boolean_fix(c: Cond | None, src: ObjectFields) -> Cond | None:
    """'opted out of email' read as HasOptedOutOfEmail = 'email': a boolean field compared with
    a word that is not a truth value means the flag is set."""
    if isinstance(c, Cmp) and c.op == "eq":
        f = src.get(c.field)
        if f is not None and f.type == "boolean" and str(c.value).lower() not in ("true", "false", "yes", "no", "checked", "unchecked"):
            return Cmp(c.field, "true")
    return c


def _literal_texts(v: Any) -> set[str]:
    """Every text a value or condition carries (constants, compared values), as strings."""
    out: set[str] = set()
    if isinstance(v, Const):
        out.add(str(v.value) if not isinstance(v.value, bool) else str(v.value).lower())
    elif isinstance(v, Cmp):
        vals = v.value if isinstance(v.value, list) else [v.value]
        out |= {str(x) for x in vals if x is not None}
        if v.op in ("true", "false"):
            out |= {"true", "false"}
    elif isinstance(v, (And, Or)):
        for it in v.items:
            out |= _literal_texts(it)
    elif isinstance(v, Not):
        out |= _literal_texts(v.item)
    elif isinstance(v, Template):
        for p in v.parts:
            out |= _literal_texts(p)
    elif isinstance(v, Chain):
        for o in v.options:
            out |= _literal_texts(o)
    elif isinstance(v, Cases):
        for c, b in v.branches:
            out |= _literal_texts(c) | _literal_texts(b)
        if v.otherwise is not None:
            out |= _literal_texts(v.otherwise)
    elif isinstance(v, ListOf):
        for item, when in v.items:
            out |= _literal_texts(item) | (_literal_texts(when) if when is not None else set())
    elif isinstance(v, Lookup):
        out |= _literal_texts(v.value)
    return out
