"""hubspot-api-client against the HubSpot simulator: the SDK's models deserialize every
answer, so a missing required field or an unknown enum value fails the call."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hubspot import HubSpot
from hubspot.crm.associations.v4 import (
    AssociationSpec,
    BatchInputPublicAssociationMultiPost,
    BatchInputPublicFetchAssociationsBatchRequest,
)
from hubspot.crm.contacts import (
    ApiException,
    BatchInputSimplePublicObjectBatchInputForCreate,
    BatchInputSimplePublicObjectBatchInputUpsert,
    BatchReadInputSimplePublicObjectId,
    PublicMergeInput,
    PublicObjectSearchRequest,
    SimplePublicObjectInput,
    SimplePublicObjectInputForCreate,
)
from hubspot.crm.properties import PropertyCreate

from syncwright.sandbox import Sandbox

from .conftest import start


@pytest.fixture(scope="module")
def box() -> Iterator[Sandbox]:
    yield from start("hubspot", contacts=150)


@pytest.fixture(scope="module")
def hs(box: Sandbox) -> HubSpot:
    return HubSpot(access_token=box.credentials("hubspot")["token"],
                   host=box.base_url("hubspot"))


def create_contact(hs: HubSpot, **props: Any) -> str:
    body = SimplePublicObjectInputForCreate(properties={k: str(v) for k, v in props.items()})
    return str(hs.crm.contacts.basic_api.create(simple_public_object_input_for_create=body).id)


STANDARD = [("contacts", n) for n in ("email", "firstname", "lastname", "phone", "mobilephone",
                                      "city", "state", "zip", "country", "website", "company",
                                      "jobtitle", "hs_lead_status", "lifecyclestage",
                                      "hs_email_optout", "createdate", "lastmodifieddate")] + \
    [("companies", n) for n in ("name", "domain", "website", "city", "state", "zip",
                                "industry", "numberofemployees", "type")] + \
    [("deals", n) for n in ("dealname", "amount", "dealstage", "pipeline", "closedate")]


@pytest.mark.parametrize("obj,name", STANDARD)
def test_standard_property_definitions(hs: HubSpot, obj: str, name: str) -> None:
    prop = hs.crm.properties.core_api.get_by_name(object_type=obj, property_name=name)
    assert prop.name == name and prop.label and prop.group_name
    assert prop.type in ("string", "number", "enumeration", "datetime", "date", "bool")
    if prop.type == "enumeration":
        assert prop.options and all(o.value and o.label for o in prop.options)


def test_property_options_and_groups(hs: HubSpot) -> None:
    props = {p.name: p for p in hs.crm.properties.core_api.get_all(object_type="contacts")
             .results}
    stages = [o.value for o in props["lifecyclestage"].options]
    assert stages[:3] == ["subscriber", "lead", "marketingqualifiedlead"]
    assert "customer" in stages
    assert {o.value for o in props["hs_email_optout"].options} == {"true", "false"}
    assert props["hs_email_optout"].field_type == "booleancheckbox"
    assert "NEW" in {o.value for o in props["hs_lead_status"].options}
    groups = hs.crm.properties.groups_api.get_all(object_type="contacts").results
    assert "contactinformation" in {g.name for g in groups}


def test_create_read_custom_property(hs: HubSpot) -> None:
    created = hs.crm.properties.core_api.create(object_type="contacts", property_create=
        PropertyCreate(name="favorite_color", label="Favorite color", type="enumeration",
                       field_type="select", group_name="contactinformation",
                       options=[{"label": "Red", "value": "red", "displayOrder": 0,
                                 "hidden": False},
                                {"label": "Blue", "value": "blue", "displayOrder": 1,
                                 "hidden": False}]))
    assert created.name == "favorite_color" and len(created.options) == 2
    got = hs.crm.properties.core_api.get_by_name(object_type="contacts",
                                                 property_name="favorite_color")
    assert got.label == "Favorite color"
    cid = create_contact(hs, email="color@example.org", favorite_color="red")
    read = hs.crm.contacts.basic_api.get_by_id(contact_id=cid, properties=["favorite_color"])
    assert read.properties["favorite_color"] == "red"
    with pytest.raises(ApiException) as err:
        create_contact(hs, email="color2@example.org", favorite_color="green")
    assert err.value.status == 400 and "INVALID_OPTION" in err.value.body
    with pytest.raises(Exception) as dup:
        hs.crm.properties.core_api.create(object_type="contacts", property_create=
            PropertyCreate(name="favorite_color", label="Again", type="string",
                           field_type="text", group_name="contactinformation"))
    assert getattr(dup.value, "status", None) == 409


def test_contact_crud_with_standard_properties(hs: HubSpot) -> None:
    cid = create_contact(hs, email="Crud@Example.org", firstname="Ana", city="Porto",
                         state="Norte", zip="4000", website="https://ana.example",
                         mobilephone="+351 1", hs_lead_status="NEW",
                         lifecyclestage="lead")
    read = hs.crm.contacts.basic_api.get_by_id(
        contact_id=cid, properties=["email", "city", "zip", "hs_lead_status"])
    assert read.properties["email"] == "crud@example.org"
    assert read.properties["city"] == "Porto" and read.properties["zip"] == "4000"
    updated = hs.crm.contacts.basic_api.update(
        contact_id=cid, simple_public_object_input=SimplePublicObjectInput(
            properties={"jobtitle": "CMO", "hs_lead_status": "CONNECTED"}))
    assert updated.properties["jobtitle"] == "CMO"
    by_email = hs.crm.contacts.basic_api.get_by_id(contact_id="crud@example.org",
                                                   id_property="email",
                                                   properties_with_history=["jobtitle"])
    assert by_email.id == cid
    assert by_email.properties_with_history["jobtitle"][0].value == "CMO"
    hs.crm.contacts.basic_api.archive(contact_id=cid)
    with pytest.raises(ApiException) as err:
        hs.crm.contacts.basic_api.get_by_id(contact_id=cid)
    assert err.value.status == 404
    gone = hs.crm.contacts.basic_api.get_by_id(contact_id=cid, archived=True)
    assert gone.archived is True and gone.archived_at is not None


@pytest.mark.parametrize("props,code", [
    ({"email": "not-an-email"}, "INVALID_EMAIL"),
    ({"email": "x1@example.org", "nope_prop": "1"}, "PROPERTY_DOESNT_EXIST"),
    ({"email": "x2@example.org", "lifecyclestage": "royalty"}, "INVALID_OPTION"),
    ({"email": "x3@example.org", "hs_lead_status": "MAYBE"}, "INVALID_OPTION"),
])
def test_create_validation_errors(hs: HubSpot, props: dict[str, str], code: str) -> None:
    with pytest.raises(ApiException) as err:
        create_contact(hs, **props)
    assert err.value.status == 400
    assert '"category":"VALIDATION_ERROR"' in err.value.body and code in err.value.body


def test_duplicate_create_is_409_conflict(hs: HubSpot) -> None:
    cid = create_contact(hs, email="dupe@example.org")
    with pytest.raises(ApiException) as err:
        create_contact(hs, email="dupe@example.org")
    assert err.value.status == 409 and f"Existing ID: {cid}" in err.value.body


def test_paging_lists_every_contact(hs: HubSpot) -> None:
    everything = hs.crm.contacts.get_all(properties=["email"])
    assert len(everything) >= 150
    page = hs.crm.contacts.basic_api.get_page(limit=100)
    assert len(page.results) == 100 and page.paging.next.after


def test_batch_create_fails_whole_batch_on_bad_or_duplicate_input(hs: HubSpot) -> None:
    api = hs.crm.contacts.batch_api
    good = [{"properties": {"email": f"batch{i}@example.org"}} for i in range(3)]
    created = api.create(batch_input_simple_public_object_batch_input_for_create=
                         BatchInputSimplePublicObjectBatchInputForCreate(inputs=good))
    assert created.status == "COMPLETE" and len(created.results) == 3
    for inputs, status in (
            ([{"properties": {"email": "new1@example.org"}},
              {"properties": {"email": "batch0@example.org"}}], 409),
            ([{"properties": {"email": "new2@example.org"}},
              {"properties": {"email": "broken"}}], 400),
            ([{"properties": {"email": "new3@example.org"}},
              {"properties": {"email": "NEW3@example.org"}}], 400)):
        with pytest.raises(ApiException) as err:
            api.create(batch_input_simple_public_object_batch_input_for_create=
                       BatchInputSimplePublicObjectBatchInputForCreate(inputs=inputs))
        assert err.value.status == status
    search = hs.crm.contacts.search_api.do_search(
        public_object_search_request=PublicObjectSearchRequest(filter_groups=[{"filters": [
            {"propertyName": "email", "operator": "IN",
             "values": ["new1@example.org", "new2@example.org", "new3@example.org"]}]}]))
    assert search.total == 0  # nothing of a failed batch was created


def test_batch_upsert_and_read(hs: HubSpot) -> None:
    api = hs.crm.contacts.batch_api
    result = api.upsert(batch_input_simple_public_object_batch_input_upsert=
                        BatchInputSimplePublicObjectBatchInputUpsert(inputs=[
                            {"idProperty": "email", "id": "up1@example.org",
                             "properties": {"firstname": "Up"}}]))
    assert result.results[0].properties["firstname"] == "Up"
    read = api.read(batch_read_input_simple_public_object_id=
                    BatchReadInputSimplePublicObjectId(
                        inputs=[{"id": "up1@example.org"}], id_property="email",
                        properties=["firstname"]))
    assert read.results[0].properties["firstname"] == "Up"


def test_search_free_text_query_and_filters(hs: HubSpot) -> None:
    create_contact(hs, email="zanzibar.quill@example.org", firstname="Zanzibar",
                   lastname="Quill")
    found = hs.crm.contacts.search_api.do_search(
        public_object_search_request=PublicObjectSearchRequest(query="zanzib", limit=10))
    assert [r.properties["email"] for r in found.results] == ["zanzibar.quill@example.org"]
    others = hs.crm.contacts.search_api.do_search(
        public_object_search_request=PublicObjectSearchRequest(filter_groups=[{"filters": [
            {"propertyName": "firstname", "operator": "NOT_CONTAINS_TOKEN",
             "value": "zanzibar"}, {"propertyName": "email", "operator": "CONTAINS_TOKEN",
                                    "value": "*quill@example.org"}]}]))
    assert others.total == 0
    none = hs.crm.contacts.search_api.do_search(
        public_object_search_request=PublicObjectSearchRequest(query="qwxyzzy"))
    assert none.total == 0 and none.results == []
    sorted_ = hs.crm.contacts.search_api.do_search(
        public_object_search_request=PublicObjectSearchRequest(
            filter_groups=[{"filters": [{"propertyName": "lastname", "operator":
                                         "HAS_PROPERTY"}]}],
            sorts=["-createdate"], properties=["lastname"], limit=5))
    assert len(sorted_.results) == 5 and sorted_.paging.next.after == "5"


def test_companies_and_deals(hs: HubSpot) -> None:
    company = hs.crm.companies.basic_api.create(
        simple_public_object_input_for_create=SimplePublicObjectInputForCreate(
            properties={"name": "Assoc Co", "domain": "assoc.example", "industry": "RETAIL"}))
    assert company.properties["industry"] == "RETAIL"
    deal = hs.crm.deals.basic_api.create(
        simple_public_object_input_for_create=SimplePublicObjectInputForCreate(
            properties={"dealname": "Big", "amount": "1000", "dealstage": "qualifiedtobuy",
                        "pipeline": "default"}))
    assert deal.properties["dealname"] == "Big"
    assert hs.crm.deals.basic_api.get_by_id(deal_id=deal.id).properties["amount"] == "1000"
    with pytest.raises(Exception) as err:
        hs.crm.companies.basic_api.create(
            simple_public_object_input_for_create=SimplePublicObjectInputForCreate(
                properties={"name": "Bad", "industry": "SPACE_PIRACY"}))
    assert getattr(err.value, "status", None) == 400
    assert len(hs.crm.companies.get_all()) >= 8


def test_associations_v4_and_reads(hs: HubSpot) -> None:
    cid = create_contact(hs, email="assoc@example.org")
    company = hs.crm.companies.basic_api.create(
        simple_public_object_input_for_create=SimplePublicObjectInputForCreate(
            properties={"name": "Linked"}))
    deal = hs.crm.deals.basic_api.create(
        simple_public_object_input_for_create=SimplePublicObjectInputForCreate(
            properties={"dealname": "Linked deal"}))
    v4 = hs.crm.associations.v4
    made = v4.basic_api.create(object_type="contacts", object_id=cid,
                               to_object_type="companies", to_object_id=company.id,
                               association_spec=[AssociationSpec(
                                   association_category="HUBSPOT_DEFINED",
                                   association_type_id=1)])
    assert str(made.to_object_id) == company.id and made.labels == ["Primary"]
    v4.basic_api.create_default(from_object_type="deals", from_object_id=deal.id,
                                to_object_type="contacts", to_object_id=cid)
    page = v4.basic_api.get_page(object_type="contacts", object_id=cid,
                                 to_object_type="companies")
    types = {t.type_id for t in page.results[0].association_types}
    assert str(page.results[0].to_object_id) == company.id and types == {1, 279}
    back = v4.basic_api.get_page(object_type="companies", object_id=company.id,
                                 to_object_type="contacts")
    assert str(back.results[0].to_object_id) == cid
    read = hs.crm.contacts.basic_api.get_by_id(contact_id=cid,
                                               associations=["companies", "deals"])
    assert {r.id for r in read.associations["companies"].results} == {company.id}
    assert read.associations["deals"].results[0].id == deal.id
    batch = v4.batch_api.get_page(from_object_type="contacts", to_object_type="deals",
        batch_input_public_fetch_associations_batch_request=
        BatchInputPublicFetchAssociationsBatchRequest(inputs=[{"id": cid}]))
    assert str(batch.results[0].to[0].to_object_id) == deal.id
    v4.batch_api.create(from_object_type="contacts", to_object_type="companies",
        batch_input_public_association_multi_post=BatchInputPublicAssociationMultiPost(
            inputs=[{"from": {"id": cid}, "to": {"id": company.id},
                     "types": [{"associationCategory": "HUBSPOT_DEFINED",
                                "associationTypeId": 279}]}]))
    v4.basic_api.archive(object_type="contacts", object_id=cid,
                         to_object_type="companies", to_object_id=company.id)
    assert v4.basic_api.get_page(object_type="contacts", object_id=cid,
                                 to_object_type="companies").results == []


def test_contact_merge(hs: HubSpot) -> None:
    keep = create_contact(hs, email="keep@example.org", firstname="Keep")
    gone = create_contact(hs, email="gone@example.org", city="Oslo")
    merged = hs.crm.contacts.basic_api.merge(public_merge_input=PublicMergeInput(
        primary_object_id=keep, object_id_to_merge=gone))
    assert merged.id == keep and merged.properties["city"] == "Oslo"
    assert merged.properties["firstname"] == "Keep"
    assert gone in merged.properties["hs_merged_object_ids"].split(";")
    assert hs.crm.contacts.basic_api.get_by_id(contact_id=gone).id == keep
    with pytest.raises(ApiException) as err:
        hs.crm.contacts.basic_api.merge(public_merge_input=PublicMergeInput(
            primary_object_id=keep, object_id_to_merge="99999999"))
    assert err.value.status == 404


def test_gdpr_delete_is_permanent(hs: HubSpot) -> None:
    cid = create_contact(hs, email="forget.me@example.org")
    hs.crm.contacts.basic_api.purge(public_gdpr_delete_input={"objectId": cid})
    with pytest.raises(ApiException) as err:
        hs.crm.contacts.basic_api.get_by_id(contact_id=cid, archived=True)
    assert err.value.status == 404
    assert create_contact(hs, email="forget.me@example.org") != cid


def test_owners_and_deal_pipeline(hs: HubSpot) -> None:
    owners = hs.crm.owners.owners_api.get_page()
    first = owners.results[0]
    assert first.email and first.id
    assert hs.crm.owners.owners_api.get_by_id(owner_id=first.id).email == first.email
    cid = create_contact(hs, email="owned@sandbox-mail.net", hubspot_owner_id=first.id)
    got = hs.crm.contacts.basic_api.get_by_id(contact_id=cid, properties=["hubspot_owner_id"])
    assert got.properties["hubspot_owner_id"] == first.id
    pipes = hs.crm.pipelines.pipelines_api.get_all(object_type="deals").results
    assert pipes[0].id == "default"
    assert "closedwon" in [stage.id for stage in pipes[0].stages]


def test_unsimulated_endpoints_are_501(hs: HubSpot) -> None:
    for call in (lambda: hs.crm.tickets.basic_api.get_page(),
                 lambda: hs.crm.lists.lists_api.get_all()):
        with pytest.raises(Exception) as err:
            call()
        assert getattr(err.value, "status", None) == 501
        assert "not_simulated" in getattr(err.value, "body", "")
