"""The sObjects the Salesforce simulator holds, as data: fields with Salesforce's describe
attributes (labels, types, lengths, picklist values, lookups, nillable, createable, ...).

Standard fields follow the Salesforce Object Reference for Lead, Contact, Account,
Opportunity, Campaign and CampaignMember (the subset an integration reads and writes);
``Tier__c`` and ``External_Id__c`` are the custom fields a seeded org carries, and tests can
add more (``add_custom_field``). Describe answers are built from these tables, so the
mapping layer can build its schema catalogue from the live describe.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TEXTUAL = {"string", "email", "phone", "url", "textarea", "picklist", "multipicklist",
           "id", "reference", "combobox", "encryptedstring"}
SOAP_TYPES = {"id": "tns:ID", "reference": "tns:ID", "boolean": "xsd:boolean",
              "int": "xsd:int", "double": "xsd:double", "currency": "xsd:double",
              "percent": "xsd:double", "date": "xsd:date", "datetime": "xsd:dateTime"}


@dataclass(frozen=True)
class FieldDef:
    """One field and the describe attributes Salesforce reports for it."""

    name: str
    type: str = "string"
    length: int = 255
    label: str = ""
    nillable: bool = True
    createable: bool = True
    updateable: bool = True
    defaulted: bool = False  # defaultedOnCreate
    external_id: bool = False
    id_lookup: bool = False
    unique: bool = False
    picklist: tuple[str, ...] = ()
    default: str | None = None  # the picklist's default value
    reference_to: tuple[str, ...] = ()
    relationship: str | None = None
    calculated: bool = False
    custom: bool = False
    precision: int = 0
    scale: int = 0

    @property
    def required(self) -> bool:
        """What a create must carry: not nillable, createable and not defaulted."""
        return not self.nillable and self.createable and not self.defaulted

    @property
    def writable(self) -> bool:
        return self.createable or self.updateable

    def describe(self) -> dict[str, Any]:
        """This field as ``/sobjects/{type}/describe`` lists it."""
        text = self.type in TEXTUAL
        return {
            "name": self.name, "label": self.label or self.name, "type": self.type,
            "soapType": SOAP_TYPES.get(self.type, "xsd:string"),
            "length": self.length if text and self.type not in ("id", "reference") else (
                18 if self.type in ("id", "reference") else 0),
            "byteLength": self.length * 3 if text else 0,
            "precision": self.precision, "scale": self.scale, "digits": 0,
            "nillable": self.nillable, "createable": self.createable,
            "updateable": self.updateable, "defaultedOnCreate": self.defaulted,
            "externalId": self.external_id, "idLookup": self.id_lookup or self.type == "id",
            "unique": self.unique, "caseSensitive": False, "calculated": self.calculated,
            "custom": self.custom, "autoNumber": False, "nameField": self.name == "Name",
            "filterable": self.type != "textarea", "sortable": self.type != "textarea",
            "groupable": self.type not in ("textarea", "double", "currency", "datetime"),
            "defaultValue": None, "inlineHelpText": None,
            "picklistValues": [{"active": True, "defaultValue": v == self.default,
                                "label": v, "validFor": None, "value": v}
                               for v in self.picklist],
            "restrictedPicklist": False,
            "referenceTo": list(self.reference_to), "relationshipName": self.relationship,
            "cascadeDelete": False, "polymorphicForeignKey": False,
        }


@dataclass
class ObjectDef:
    name: str
    label: str
    plural: str
    prefix: str
    fields: list[FieldDef] = field(default_factory=list)

    def field(self, name: str) -> FieldDef | None:
        lowered = name.lower()
        return next((f for f in self.fields if f.name.lower() == lowered), None)


def _t(name: str, label: str, length: int = 255, **kw: Any) -> FieldDef:
    return FieldDef(name, "string", length, label, **kw)


def _typed(kind: str, name: str, label: str, length: int = 0, **kw: Any) -> FieldDef:
    return FieldDef(name, kind, length, label, **kw)


def _pick(name: str, label: str, values: str, default: str | None = None,
          **kw: Any) -> FieldDef:
    return FieldDef(name, "picklist", 255 if kw.pop("long", False) else 40, label,
                    picklist=tuple(values.split("|")), default=default,
                    defaulted=default is not None, **kw)


def _ref(name: str, label: str, target: str, relationship: str, **kw: Any) -> FieldDef:
    return FieldDef(name, "reference", 18, label, reference_to=(target,),
                    relationship=relationship, **kw)


def _bool(name: str, label: str, **kw: Any) -> FieldDef:
    return FieldDef(name, "boolean", 0, label, nillable=False, defaulted=True, **kw)


def _system(id_label: str) -> list[FieldDef]:
    ro: dict[str, Any] = {"createable": False, "updateable": False}
    return [FieldDef("Id", "id", 18, id_label, nillable=False, defaulted=True,
                     createable=False, updateable=False),
            _bool("IsDeleted", "Deleted", **ro),
            _typed("datetime", "CreatedDate", "Created Date", nillable=False, defaulted=True,
                   **ro),
            _typed("datetime", "LastModifiedDate", "Last Modified Date", nillable=False,
                   defaulted=True, **ro),
            _typed("datetime", "SystemModstamp", "System Modstamp", nillable=False,
                   defaulted=True, **ro),
            _ref("CreatedById", "Created By ID", "User", "CreatedBy", nillable=False,
                 defaulted=True, **ro),
            _ref("LastModifiedById", "Last Modified By ID", "User", "LastModifiedBy",
                 nillable=False, defaulted=True, **ro)]


def _owner(label: str = "Owner ID") -> FieldDef:
    return _ref("OwnerId", label, "User", "Owner", nillable=False, defaulted=True)


INDUSTRIES = ("Agriculture|Apparel|Banking|Biotechnology|Chemicals|Communications|"
              "Construction|Consulting|Education|Electronics|Energy|Engineering|Entertainment|"
              "Environmental|Finance|Food & Beverage|Government|Healthcare|Hospitality|"
              "Insurance|Machinery|Manufacturing|Media|Not For Profit|Recreation|Retail|"
              "Shipping|Software|Technology|Telecommunications|Transportation|Utilities|Other")
SOURCES = "Web|Phone Inquiry|Partner Referral|Purchased List|Other"
SALUTATIONS = "Mr.|Ms.|Mrs.|Dr.|Prof."
TIERS = "bronze|silver|gold|platinum"
_ADDRESS = [_typed("textarea", "Street", "Street", 255), _t("City", "City", 40),
            _t("State", "State/Province", 80), _t("PostalCode", "Zip/Postal Code", 20),
            _t("Country", "Country", 80)]
_CUSTOM = [_pick("Tier__c", "Tier", TIERS, custom=True),
           _t("External_Id__c", "External Id", 64, external_id=True, unique=True,
              id_lookup=True, custom=True)]
_NAME_RO = {"createable": False, "updateable": False, "calculated": True}


def standard_objects() -> dict[str, ObjectDef]:
    """A fresh copy of the standard schema (custom fields added by tests stay per simulator)."""
    lead = ObjectDef("Lead", "Lead", "Leads", "00Q", [
        *_system("Lead ID"), _owner(),
        _pick("Salutation", "Salutation", SALUTATIONS), _t("FirstName", "First Name", 40),
        _t("LastName", "Last Name", 80, nillable=False),
        _t("Name", "Full Name", 121, nillable=False, **_NAME_RO),
        _t("Title", "Title", 128), _t("Company", "Company", 255, nillable=False), *_ADDRESS,
        _typed("phone", "Phone", "Phone", 40), _typed("phone", "MobilePhone", "Mobile Phone", 40),
        _typed("phone", "Fax", "Fax", 40),
        _typed("email", "Email", "Email", 80, id_lookup=True),
        _typed("url", "Website", "Website", 255),
        _typed("textarea", "Description", "Description", 32000),
        _pick("LeadSource", "Lead Source", SOURCES),
        _pick("Status", "Status", "Open - Not Contacted|Working - Contacted|"
              "Closed - Converted|Closed - Not Converted", "Open - Not Contacted",
              nillable=False),
        _pick("Industry", "Industry", INDUSTRIES), _pick("Rating", "Rating", "Hot|Warm|Cold"),
        _typed("currency", "AnnualRevenue", "Annual Revenue", precision=18),
        _typed("int", "NumberOfEmployees", "Employees", precision=8),
        _bool("HasOptedOutOfEmail", "Email Opt Out"), _bool("IsConverted", "Converted"),
        _typed("date", "ConvertedDate", "Converted Date", createable=False, updateable=False),
        _ref("ConvertedAccountId", "Converted Account ID", "Account", "ConvertedAccount",
             createable=False, updateable=False),
        _ref("ConvertedContactId", "Converted Contact ID", "Contact", "ConvertedContact",
             createable=False, updateable=False),
        _typed("date", "LastActivityDate", "Last Activity", createable=False, updateable=False),
        *_CUSTOM])
    contact = ObjectDef("Contact", "Contact", "Contacts", "003", [
        *_system("Contact ID"), _owner(),
        _ref("AccountId", "Account ID", "Account", "Account"),
        _pick("Salutation", "Salutation", SALUTATIONS), _t("FirstName", "First Name", 40),
        _t("LastName", "Last Name", 80, nillable=False),
        _t("Name", "Full Name", 121, nillable=False, **_NAME_RO),
        _typed("textarea", "MailingStreet", "Mailing Street", 255),
        _t("MailingCity", "Mailing City", 40), _t("MailingState", "Mailing State/Province", 80),
        _t("MailingPostalCode", "Mailing Zip/Postal Code", 20),
        _t("MailingCountry", "Mailing Country", 80),
        _typed("phone", "Phone", "Business Phone", 40),
        _typed("phone", "MobilePhone", "Mobile Phone", 40),
        _typed("email", "Email", "Email", 80, id_lookup=True), _t("Title", "Title", 128),
        _t("Department", "Department", 80), _pick("LeadSource", "Lead Source", SOURCES),
        _typed("date", "Birthdate", "Birthdate"),
        _typed("textarea", "Description", "Contact Description", 32000),
        _bool("HasOptedOutOfEmail", "Email Opt Out"), _bool("DoNotCall", "Do Not Call"),
        _typed("date", "LastActivityDate", "Last Activity", createable=False, updateable=False),
        *_CUSTOM])
    account = ObjectDef("Account", "Account", "Accounts", "001", [
        *_system("Account ID"), _owner(),
        _t("Name", "Account Name", 255, nillable=False),
        _pick("Type", "Account Type", "Prospect|Customer - Direct|Customer - Channel|"
              "Channel Partner / Reseller|Installation Partner|Technology Partner|Other"),
        _ref("ParentId", "Parent Account ID", "Account", "Parent"),
        _typed("textarea", "BillingStreet", "Billing Street", 255),
        _t("BillingCity", "Billing City", 40), _t("BillingState", "Billing State/Province", 80),
        _t("BillingPostalCode", "Billing Zip/Postal Code", 20),
        _t("BillingCountry", "Billing Country", 80),
        _typed("phone", "Phone", "Account Phone", 40), _typed("url", "Website", "Website", 255),
        _pick("Industry", "Industry", INDUSTRIES),
        _typed("currency", "AnnualRevenue", "Annual Revenue", precision=18),
        _typed("int", "NumberOfEmployees", "Employees", precision=8),
        _typed("textarea", "Description", "Account Description", 32000),
        _pick("Rating", "Account Rating", "Hot|Warm|Cold"),
        _t("AccountNumber", "Account Number", 40),
        *_CUSTOM[1:]])
    opportunity = ObjectDef("Opportunity", "Opportunity", "Opportunities", "006", [
        *_system("Opportunity ID"), _owner(),
        _ref("AccountId", "Account ID", "Account", "Account"),
        _t("Name", "Name", 120, nillable=False),
        _typed("textarea", "Description", "Description", 32000),
        _pick("StageName", "Stage", "Prospecting|Qualification|Needs Analysis|"
              "Value Proposition|Id. Decision Makers|Perception Analysis|Proposal/Price Quote|"
              "Negotiation/Review|Closed Won|Closed Lost", nillable=False),
        _typed("currency", "Amount", "Amount", precision=18, scale=2),
        _typed("percent", "Probability", "Probability (%)", precision=3),
        _typed("date", "CloseDate", "Close Date", nillable=False),
        _pick("Type", "Opportunity Type", "Existing Customer - Upgrade|"
              "Existing Customer - Replacement|Existing Customer - Downgrade|New Customer"),
        _pick("LeadSource", "Lead Source", SOURCES),
        _bool("IsClosed", "Closed", createable=False, updateable=False),
        _bool("IsWon", "Won", createable=False, updateable=False),
        _pick("ForecastCategoryName", "Forecast Category", "Omitted|Pipeline|Best Case|"
              "Commit|Closed"),
        _ref("CampaignId", "Campaign ID", "Campaign", "Campaign"),
        _t("External_Id__c", "External Id", 64, external_id=True, unique=True,
           id_lookup=True, custom=True)])
    campaign = ObjectDef("Campaign", "Campaign", "Campaigns", "701", [
        *_system("Campaign ID"), _owner(),
        _t("Name", "Name", 80, nillable=False),
        _ref("ParentId", "Parent Campaign ID", "Campaign", "Parent"),
        _pick("Type", "Type", "Conference|Webinar|Trade Show|Public Relations|Partners|"
              "Referral Program|Advertisement|Banner Ads|Direct Mail|Email|Telemarketing|"
              "Other"),
        _pick("Status", "Status", "Planned|In Progress|Completed|Aborted", "Planned"),
        _typed("date", "StartDate", "Start Date"), _typed("date", "EndDate", "End Date"),
        _typed("currency", "BudgetedCost", "Budgeted Cost in Campaign", precision=18),
        _typed("currency", "ActualCost", "Actual Cost in Campaign", precision=18),
        _typed("textarea", "Description", "Description", 32000),
        _bool("IsActive", "Active"),
        _typed("int", "NumberOfLeads", "Leads in Campaign", createable=False,
               updateable=False),
        _typed("int", "NumberOfContacts", "Contacts in Campaign", createable=False,
               updateable=False)])
    member = ObjectDef("CampaignMember", "Campaign Member", "Campaign Members", "00v", [
        *_system("Campaign Member ID"),
        _ref("CampaignId", "Campaign ID", "Campaign", "Campaign", nillable=False,
             updateable=False),
        _ref("LeadId", "Lead ID", "Lead", "Lead", updateable=False),
        _ref("ContactId", "Contact ID", "Contact", "Contact", updateable=False),
        _pick("Status", "Status", "Planned|Sent|Received|Responded", "Sent"),
        _bool("HasResponded", "Responded", createable=False, updateable=False),
        _typed("date", "FirstRespondedDate", "First Responded Date", createable=False,
               updateable=False),
        _t("FirstName", "First Name", 40, createable=False, updateable=False),
        _t("LastName", "Last Name", 80, createable=False, updateable=False),
        _typed("email", "Email", "Email", 80, createable=False, updateable=False)])
    user = ObjectDef("User", "User", "Users", "005", [
        *_system("User ID"),
        _t("Username", "Username", 80, nillable=False), _t("FirstName", "First Name", 40),
        _t("LastName", "Last Name", 80, nillable=False),
        _t("Name", "Full Name", 121, nillable=False, **_NAME_RO),
        _typed("email", "Email", "Email", 128, nillable=False), _t("Alias", "Alias", 8),
        _bool("IsActive", "Active"), _t("Title", "Title", 80),
        _t("TimeZoneSidKey", "Time Zone", 40)])
    org = ObjectDef("Organization", "Organization", "Organizations", "00D", [
        *_system("Organization ID"), _t("Name", "Name", 80, nillable=False),
        _bool("IsSandbox", "Is Sandbox"), _t("OrganizationType", "Edition", 40),
        _t("InstanceName", "Instance Name", 5), _t("TimeZoneSidKey", "Default Time Zone", 40),
        _t("LanguageLocaleKey", "Language", 40),
        _t("DefaultLocaleSidKey", "Default Locale", 40)])
    return {o.name: o for o in (lead, contact, account, opportunity, campaign, member, user,
                                org)}


READ_ONLY_OBJECTS = frozenset({"User", "Organization"})  # queried and described; writes answer 501


def child_relationships(objects: dict[str, ObjectDef], obj: str) -> list[dict[str, Any]]:
    """Child relationships derived from the lookups that point at ``obj`` (``Contacts`` on
    Account from ``Contact.AccountId``; ``ChildAccounts`` for a self-lookup)."""
    out = []
    for child in objects.values():
        for f in child.fields:
            if f.type == "reference" and obj in f.reference_to and f.createable:
                plural = child.plural.replace(" ", "")
                name = "Child" + plural if child.name == obj else plural
                out.append({"childSObject": child.name, "field": f.name,
                            "relationshipName": name, "cascadeDelete": False})
    return out


CUSTOM_TYPES = {"string", "email", "phone", "url", "textarea", "picklist", "boolean", "int",
                "double", "currency", "percent", "date", "datetime"}


def custom_field(spec: dict[str, Any]) -> FieldDef:
    """A ``__c`` field from an admin request: ``{"name", "type", "label", "length",
    "externalId", "unique", "picklistValues": [...], "required"}``."""
    name = str(spec.get("name") or "")
    if not name.endswith("__c") or not name[:-3].replace("_", "a").isalnum() \
            or not name[0].isalpha():
        raise ValueError(f"custom field name {name!r} must be letters, digits and _ ending "
                         "in __c")
    kind = str(spec.get("type") or "string")
    if kind not in CUSTOM_TYPES:
        raise ValueError(f"custom field type {kind!r} is not one of {sorted(CUSTOM_TYPES)}")
    values = spec.get("picklistValues") or []
    if not isinstance(values, list):
        raise ValueError("picklistValues must be a list of strings")
    length = int(spec.get("length") or (255 if kind in TEXTUAL else 0))
    return FieldDef(name, kind, length, str(spec.get("label") or name[:-3].replace("_", " ")),
                    nillable=not spec.get("required") and kind != "boolean",
                    defaulted=kind == "boolean", external_id=bool(spec.get("externalId")),
                    id_lookup=bool(spec.get("externalId")), unique=bool(spec.get("unique")),
                    picklist=tuple(str(v) for v in values), custom=True)
