"""HubSpot's standard CRM properties for contacts, companies and deals, as data.

Names, labels, types, field types, groups and options follow HubSpot's default property
sets (Properties API ``GET /crm/v3/properties/{object}``); ``tier`` and ``external_id`` are
the custom properties a seeded portal carries. Properties created through the Properties
API are added per simulator.
"""

from __future__ import annotations

from typing import Any

OBJECT_TYPE_IDS = {"contacts": "0-1", "companies": "0-2", "deals": "0-3"}
SINGULAR = {"contacts": "contact", "companies": "company", "deals": "deal"}
GROUPS: dict[str, list[tuple[str, str]]] = {
    "contacts": [("contactinformation", "Contact information"),
                 ("contact_activity", "Contact activity"), ("emailinformation",
                                                           "Email information"),
                 ("sales_properties", "Sales properties"), ("custom", "Custom properties")],
    "companies": [("companyinformation", "Company information"),
                  ("company_activity", "Company activity"),
                  ("sales_properties", "Sales properties"), ("custom", "Custom properties")],
    "deals": [("dealinformation", "Deal information"), ("deal_activity", "Deal activity"),
              ("custom", "Custom properties")],
}
LIFECYCLE = ("subscriber:Subscriber|lead:Lead|marketingqualifiedlead:Marketing Qualified Lead|"
             "salesqualifiedlead:Sales Qualified Lead|opportunity:Opportunity|"
             "customer:Customer|evangelist:Evangelist|other:Other")
LEAD_STATUS = ("NEW:New|OPEN:Open|IN_PROGRESS:In Progress|OPEN_DEAL:Open Deal|"
               "UNQUALIFIED:Unqualified|ATTEMPTED_TO_CONTACT:Attempted to Contact|"
               "CONNECTED:Connected|BAD_TIMING:Bad Timing")
BOOLEAN = "true:Yes|false:No"
TIER = "bronze:Bronze|silver:Silver|gold:Gold|platinum:Platinum"
INDUSTRY = ("ACCOUNTING:Accounting|BANKING:Banking|COMPUTER_SOFTWARE:Computer Software|"
            "CONSTRUCTION:Construction|EDUCATION_MANAGEMENT:Education Management|"
            "FINANCIAL_SERVICES:Financial Services|HOSPITAL_HEALTH_CARE:Hospital & Health Care|"
            "INFORMATION_TECHNOLOGY_AND_SERVICES:Information Technology and Services|"
            "INSURANCE:Insurance|MARKETING_AND_ADVERTISING:Marketing and Advertising|"
            "MEDIA_PRODUCTION:Media Production|NONPROFIT_ORGANIZATION_MANAGEMENT:Non-profit "
            "Organization Management|REAL_ESTATE:Real Estate|RETAIL:Retail|"
            "TELECOMMUNICATIONS:Telecommunications|OTHER:Other")
COMPANY_TYPE = "PROSPECT:Prospect|PARTNER:Partner|RESELLER:Reseller|VENDOR:Vendor|OTHER:Other"
DEAL_STAGES = ("appointmentscheduled:Appointment Scheduled|qualifiedtobuy:Qualified To Buy|"
               "presentationscheduled:Presentation Scheduled|decisionmakerboughtin:Decision "
               "Maker Bought-In|contractsent:Contract Sent|closedwon:Closed Won|"
               "closedlost:Closed Lost")
DEAL_TYPE = "newbusiness:New Business|existingbusiness:Existing Business"
SEED_INDUSTRY = {"Software": "COMPUTER_SOFTWARE", "Retail": "RETAIL",
                 "Media": "MEDIA_PRODUCTION", "Finance": "FINANCIAL_SERVICES"}
STAMP = "2019-08-06T02:43:14.491Z"

# name: (label, type, fieldType, group, options, flags); flags: r=read-only value,
# u=unique, c=calculated, h=hidden
_Row = tuple[str, str, str, str, str, str]
_CONTACTS: dict[str, _Row] = {
    "email": ("Email", "string", "text", "contactinformation", "", "u"),
    "firstname": ("First Name", "string", "text", "contactinformation", "", ""),
    "lastname": ("Last Name", "string", "text", "contactinformation", "", ""),
    "phone": ("Phone Number", "string", "phonenumber", "contactinformation", "", ""),
    "mobilephone": ("Mobile Phone Number", "string", "phonenumber", "contactinformation", "",
                    ""),
    "fax": ("Fax Number", "string", "phonenumber", "contactinformation", "", ""),
    "company": ("Company Name", "string", "text", "contactinformation", "", ""),
    "jobtitle": ("Job Title", "string", "text", "contactinformation", "", ""),
    "website": ("Website URL", "string", "text", "contactinformation", "", ""),
    "address": ("Street Address", "string", "text", "contactinformation", "", ""),
    "city": ("City", "string", "text", "contactinformation", "", ""),
    "state": ("State/Region", "string", "text", "contactinformation", "", ""),
    "zip": ("Postal Code", "string", "text", "contactinformation", "", ""),
    "country": ("Country/Region", "string", "text", "contactinformation", "", ""),
    "industry": ("Industry", "string", "text", "contactinformation", "", ""),
    "annualrevenue": ("Annual Revenue", "string", "text", "contactinformation", "", ""),
    "lifecyclestage": ("Lifecycle Stage", "enumeration", "radio", "contactinformation",
                       LIFECYCLE, ""),
    "hs_lead_status": ("Lead Status", "enumeration", "radio", "sales_properties",
                       LEAD_STATUS, ""),
    "hs_email_optout": ("Unsubscribed from all email", "enumeration", "booleancheckbox",
                        "emailinformation", BOOLEAN, "r"),
    "hs_additional_emails": ("Additional email addresses", "enumeration", "checkbox",
                             "contactinformation", "", "r"),
    "hs_merged_object_ids": ("Merged Contact IDs", "enumeration", "checkbox",
                             "contactinformation", "", "r"),
    "associatedcompanyid": ("Primary Associated Company ID", "number", "number",
                            "contactinformation", "", "r"),
    "num_associated_deals": ("Number of Associated Deals", "number", "number",
                             "sales_properties", "", "rc"),
    "hs_object_id": ("Record ID", "number", "number", "contactinformation", "", "r"),
    "createdate": ("Create Date", "datetime", "date", "contactinformation", "", "r"),
    "lastmodifieddate": ("Last Modified Date", "datetime", "date", "contactinformation", "",
                         "r"),
    "tier": ("Tier", "enumeration", "select", "custom", TIER, ""),
    "external_id": ("External ID", "string", "text", "custom", "", "u"),
}
_COMPANIES: dict[str, _Row] = {
    "name": ("Company name", "string", "text", "companyinformation", "", ""),
    "domain": ("Company Domain Name", "string", "text", "companyinformation", "", ""),
    "website": ("Website URL", "string", "text", "companyinformation", "", ""),
    "phone": ("Phone Number", "string", "phonenumber", "companyinformation", "", ""),
    "address": ("Street Address", "string", "text", "companyinformation", "", ""),
    "city": ("City", "string", "text", "companyinformation", "", ""),
    "state": ("State/Region", "string", "text", "companyinformation", "", ""),
    "zip": ("Postal Code", "string", "text", "companyinformation", "", ""),
    "country": ("Country/Region", "string", "text", "companyinformation", "", ""),
    "industry": ("Industry", "enumeration", "select", "companyinformation", INDUSTRY, ""),
    "type": ("Type", "enumeration", "select", "companyinformation", COMPANY_TYPE, ""),
    "description": ("Description", "string", "textarea", "companyinformation", "", ""),
    "numberofemployees": ("Number of Employees", "number", "number", "companyinformation",
                          "", ""),
    "annualrevenue": ("Annual Revenue", "number", "number", "companyinformation", "", ""),
    "lifecyclestage": ("Lifecycle Stage", "enumeration", "radio", "companyinformation",
                       LIFECYCLE, ""),
    "hs_object_id": ("Record ID", "number", "number", "companyinformation", "", "r"),
    "createdate": ("Create Date", "datetime", "date", "companyinformation", "", "r"),
    "hs_lastmodifieddate": ("Last Modified Date", "datetime", "date", "companyinformation",
                            "", "r"),
    "tier": ("Tier", "enumeration", "select", "custom", TIER, ""),
    "external_id": ("External ID", "string", "text", "custom", "", "u"),
}
_DEALS: dict[str, _Row] = {
    "dealname": ("Deal Name", "string", "text", "dealinformation", "", ""),
    "amount": ("Amount", "number", "number", "dealinformation", "", ""),
    "dealstage": ("Deal Stage", "enumeration", "radio", "dealinformation", DEAL_STAGES, ""),
    "pipeline": ("Pipeline", "enumeration", "select", "dealinformation",
                 "default:Sales Pipeline", ""),
    "closedate": ("Close Date", "datetime", "date", "dealinformation", "", ""),
    "dealtype": ("Deal Type", "enumeration", "radio", "dealinformation", DEAL_TYPE, ""),
    "description": ("Deal Description", "string", "textarea", "dealinformation", "", ""),
    "hs_object_id": ("Record ID", "number", "number", "dealinformation", "", "r"),
    "createdate": ("Create Date", "datetime", "date", "dealinformation", "", "r"),
    "hs_lastmodifieddate": ("Last Modified Date", "datetime", "date", "dealinformation", "",
                            "r"),
    "external_id": ("External ID", "string", "text", "custom", "", "u"),
}
OWNERS = [{"id": "73600001", "email": "owner@sandbox-mail.net", "type": "PERSON",
           "firstName": "Sandbox", "lastName": "Owner", "userId": 5100001,
           "userIdIncludingInactive": 5100001, "createdAt": STAMP, "updatedAt": STAMP,
           "archived": False, "teams": []},
          {"id": "73600002", "email": "second.owner@sandbox-mail.net", "type": "PERSON",
           "firstName": "Second", "lastName": "Owner", "userId": 5100002,
           "userIdIncludingInactive": 5100002, "createdAt": STAMP, "updatedAt": STAMP,
           "archived": False, "teams": []}]
OWNER_OPTIONS = "|".join(f"{o['id']}:{o['firstName']} {o['lastName']}" for o in OWNERS)
_CONTACTS["hubspot_owner_id"] = ("Contact owner", "enumeration", "select", "sales_properties",
                                 OWNER_OPTIONS, "")
_COMPANIES["hubspot_owner_id"] = ("Company owner", "enumeration", "select",
                                  "sales_properties", OWNER_OPTIONS, "")
_DEALS["hubspot_owner_id"] = ("Deal owner", "enumeration", "select", "dealinformation",
                              OWNER_OPTIONS, "")
# HubSpot object types that exist but are not simulated: their endpoints answer 501.
UNSIMULATED_OBJECTS = frozenset({
    "tickets", "products", "line_items", "quotes", "notes", "calls", "emails", "meetings",
    "tasks", "communications", "postal_mail", "feedback_submissions", "leads", "carts",
    "orders", "invoices", "discounts", "fees", "taxes", "goal_targets", "appointments",
    "courses", "listings", "services", "users", "0-5", "0-7", "0-8", "0-14", "0-27",
    "0-46", "0-47", "0-48", "0-49", "0-136"})


def pipelines(obj: str) -> list[dict[str, Any]]:
    """The default deal pipeline, stages from the ``dealstage`` options."""
    if obj != "deals":
        return []
    probability = {"closedwon": "1.0", "closedlost": "0.0"}
    stages = [{"id": o["value"], "label": o["label"], "displayOrder": o["displayOrder"],
               "metadata": {"isClosed": str(o["value"] in probability).lower(),
                            "probability": probability.get(o["value"], "0.2")},
               "createdAt": STAMP, "updatedAt": STAMP, "archived": False,
               "writePermissions": "CRM_PERMISSIONS_ENFORCEMENT"}
              for o in _options(DEAL_STAGES)]
    return [{"id": "default", "label": "Sales Pipeline", "displayOrder": 0, "stages": stages,
             "createdAt": STAMP, "updatedAt": STAMP, "archived": False}]


TABLES = {"contacts": _CONTACTS, "companies": _COMPANIES, "deals": _DEALS}
# HubSpot's default "query" search properties per object (CRM search docs).
QUERY_PROPERTIES = {
    "contacts": ("firstname", "lastname", "email", "phone", "hs_additional_emails", "fax",
                 "mobilephone", "company"),
    "companies": ("website", "phone", "name", "domain"),
    "deals": ("dealname", "pipeline", "dealstage", "description", "dealtype"),
}
DEFAULT_PROPS = {
    "contacts": ("createdate", "email", "firstname", "hs_object_id", "lastmodifieddate",
                 "lastname"),
    "companies": ("createdate", "domain", "hs_lastmodifieddate", "hs_object_id", "name"),
    "deals": ("amount", "closedate", "createdate", "dealname", "dealstage",
              "hs_lastmodifieddate", "hs_object_id", "pipeline"),
}
TYPES = {"string": ("text", "textarea", "phonenumber", "file", "html"),
         "number": ("number",), "date": ("date",), "datetime": ("date",),
         "enumeration": ("select", "radio", "checkbox", "booleancheckbox"),
         "bool": ("booleancheckbox",)}


def _options(text: str) -> list[dict[str, Any]]:
    if not text:
        return []
    out = []
    for n, pair in enumerate(text.split("|")):
        value, _, label = pair.partition(":")
        out.append({"label": label, "value": value, "displayOrder": n, "hidden": False})
    return out


def standard_properties(obj: str) -> dict[str, dict[str, Any]]:
    """The default properties of ``obj`` as the Properties API returns them."""
    out = {}
    for order, (name, (label, kind, field_type, group, options, flags)) in enumerate(
            TABLES[obj].items()):
        out[name] = {
            "name": name, "label": label, "type": kind, "fieldType": field_type,
            "groupName": group, "description": "", "options": _options(options),
            "displayOrder": order, "calculated": "c" in flags, "externalOptions": False,
            "hasUniqueValue": "u" in flags or name == "hs_object_id", "hidden": "h" in flags,
            "hubspotDefined": group != "custom", "formField": "r" not in flags,
            "modificationMetadata": {"archivable": group == "custom",
                                     "readOnlyDefinition": group != "custom",
                                     "readOnlyValue": "r" in flags},
            "createdAt": STAMP, "updatedAt": STAMP, "archived": False,
        }
    return out


def property_groups(obj: str) -> list[dict[str, Any]]:
    return [{"name": name, "label": label, "displayOrder": n, "archived": False}
            for n, (name, label) in enumerate(GROUPS[obj])]


def new_property(obj: str, body: Any, existing: dict[str, dict[str, Any]], now: str
                 ) -> dict[str, Any]:
    """Validate a Properties API create body; raises ValueError with HubSpot's message."""
    if not isinstance(body, dict):
        raise ValueError("Invalid input JSON: expected an object")
    missing = [k for k in ("name", "label", "type", "fieldType", "groupName")
               if not body.get(k)]
    if missing:
        raise ValueError(f"Missing required fields: {missing}")
    name = str(body["name"])
    if not name.replace("_", "a").isalnum() or not name[0].isalpha() or name != name.lower():
        raise ValueError(f"Property name {name!r} must be lower-case letters, digits and "
                         "underscores, starting with a letter")
    if name in existing:
        raise KeyError(f"A property named '{name}' already exists.")
    kind, field_type = str(body["type"]), str(body["fieldType"])
    if kind not in TYPES or field_type not in TYPES[kind]:
        raise ValueError(f"Invalid type/fieldType combination: {kind}/{field_type}")
    if body["groupName"] not in {g for g, _ in GROUPS[obj]}:
        raise ValueError(f"Property group {body['groupName']!r} does not exist")
    options = body.get("options") or []
    if kind == "enumeration" and not options and field_type != "booleancheckbox":
        raise ValueError("Enumeration properties need options")
    clean = [{"label": str(o.get("label", o.get("value"))), "value": str(o.get("value")),
              "displayOrder": int(o.get("displayOrder", n)),
              "hidden": bool(o.get("hidden", False))}
             for n, o in enumerate(options) if isinstance(o, dict)]
    return {"name": name, "label": str(body["label"]), "type": kind,
            "fieldType": field_type, "groupName": body["groupName"],
            "description": str(body.get("description") or ""), "options": clean,
            "displayOrder": int(body.get("displayOrder", -1)), "calculated": False,
            "externalOptions": False, "hasUniqueValue": bool(body.get("hasUniqueValue")),
            "hidden": bool(body.get("hidden")), "hubspotDefined": False,
            "formField": bool(body.get("formField", False)),
            "modificationMetadata": {"archivable": True, "readOnlyDefinition": False,
                                     "readOnlyValue": False},
            "createdAt": now, "updatedAt": now, "archived": False}
