"""mailchimp-marketing against the Mailchimp simulator over HTTPS, refusing fake-looking
addresses as Mailchimp does."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from typing import Any

import mailchimp_marketing
import pytest
from mailchimp_marketing.api_client import ApiClientError

from syncwright.sandbox import Sandbox

from .conftest import count_calls


@pytest.fixture(scope="module")
def box() -> Iterator[Sandbox]:
    import os

    with Sandbox(("mailchimp",), no_limits=True, tls=True, contacts=100, seed=5,
                 strict=True) as sb:
        saved = os.environ.get("REQUESTS_CA_BUNDLE")
        os.environ["REQUESTS_CA_BUNDLE"] = sb.ca_bundle or ""
        try:
            yield sb
            count_calls(sb, "mailchimp")
        finally:
            if saved is None:
                os.environ.pop("REQUESTS_CA_BUNDLE", None)
            else:
                os.environ["REQUESTS_CA_BUNDLE"] = saved


@pytest.fixture(scope="module")
def mc(box: Sandbox) -> mailchimp_marketing.Client:
    client = mailchimp_marketing.Client()
    creds = box.credentials("mailchimp")
    client.set_config({"api_key": creds["api_key"], "server": creds["dc"]})
    client.api_client.host = box.base_url("mailchimp")
    return client


@pytest.fixture(scope="module")
def list_id(box: Sandbox) -> str:
    return box.credentials("mailchimp")["list_id"]


def h(email: str) -> str:
    return hashlib.md5(email.lower().encode()).hexdigest()


def problem(call: Callable[[], Any]) -> dict[str, Any]:
    with pytest.raises(ApiClientError) as err:
        call()
    body: dict[str, Any] = json.loads(err.value.text)
    assert body["status"] == err.value.status_code
    assert {"type", "title", "status", "detail", "instance"} <= set(body)
    return body


def add(mc: mailchimp_marketing.Client, list_id: str, email: str, **extra: Any) -> Any:
    return mc.lists.add_list_member(list_id, {"email_address": email,
                                              "status": "subscribed", **extra})


def test_root_ping_and_lists(mc: mailchimp_marketing.Client, list_id: str) -> None:
    root = mc.root.get_root()
    assert root["account_id"] and root["total_subscribers"] > 0 and "contact" in root
    assert mc.ping.get() == {"health_status": "Everything's Chimpy!"}
    lists = mc.lists.get_all_lists()
    assert lists["total_items"] == 1 and lists["lists"][0]["id"] == list_id
    assert mc.lists.get_list(list_id)["stats"]["member_count"] > 0
    assert problem(lambda: mc.lists.get_list("nope"))["status"] == 404


def test_member_shape(mc: mailchimp_marketing.Client, list_id: str) -> None:
    member = add(mc, list_id, "shape@sandbox-mail.net", merge_fields={"FNAME": "Ada"},
                 vip=True, language="en")
    for key in ("id", "email_address", "unique_email_id", "status", "merge_fields",
                "interests", "stats", "vip", "location", "tags", "last_changed", "list_id",
                "member_rating", "timestamp_opt", "language"):
        assert key in member, key
    assert member["vip"] is True and member["stats"] == {"avg_open_rate": 0,
                                                         "avg_click_rate": 0}
    assert set(member["location"]) >= {"latitude", "longitude", "country_code", "timezone"}
    assert member["id"] == h("shape@sandbox-mail.net")


@pytest.mark.parametrize("email", ["someone@example.com", "x@sub.example.com",
                                   "test@sandbox-mail.net", "a@mailinator.com",
                                   "no-at-sign", "a@b"])
def test_fake_or_invalid_addresses_are_refused(mc: mailchimp_marketing.Client,
                                               list_id: str, email: str) -> None:
    body = problem(lambda: add(mc, list_id, email))
    assert body["status"] == 400 and "looks fake or invalid" in body["detail"]


def test_member_lifecycle(mc: mailchimp_marketing.Client, list_id: str) -> None:
    email = "life@sandbox-mail.net"
    add(mc, list_id, email)
    body = problem(lambda: add(mc, list_id, email))
    assert body["title"] == "Member Exists"
    got = mc.lists.get_list_member(list_id, h(email))
    assert got["status"] == "subscribed"
    updated = mc.lists.update_list_member(list_id, h(email), {"merge_fields": {"LNAME": "X"}})
    assert updated["merge_fields"]["LNAME"] == "X"
    unsub = mc.lists.set_list_member(list_id, h(email), {"email_address": email,
                                                         "status_if_new": "subscribed",
                                                         "status": "unsubscribed"})
    assert unsub["status"] == "unsubscribed"
    body = problem(lambda: mc.lists.update_list_member(list_id, h(email),
                                                       {"status": "subscribed"}))
    assert body["title"] == "Member In Compliance State"
    mc.lists.delete_list_member(list_id, h(email))
    assert mc.lists.get_list_member(list_id, h(email))["status"] == "archived"


def test_patch_changes_the_address(mc: mailchimp_marketing.Client, list_id: str) -> None:
    add(mc, list_id, "old.address@sandbox-mail.net", tags=["kept"])
    moved = mc.lists.update_list_member(list_id, h("old.address@sandbox-mail.net"),
                                       {"email_address": "new.address@sandbox-mail.net"})
    assert moved["email_address"] == "new.address@sandbox-mail.net"
    assert moved["id"] == h("new.address@sandbox-mail.net")
    assert [t["name"] for t in moved["tags"]] == ["kept"]
    assert problem(lambda: mc.lists.get_list_member(
        list_id, h("old.address@sandbox-mail.net")))["status"] == 404


def test_permanent_delete_forgets_the_address(mc: mailchimp_marketing.Client,
                                              list_id: str) -> None:
    email = "forget@sandbox-mail.net"
    add(mc, list_id, email)
    mc.lists.delete_list_member_permanent(list_id, h(email))
    assert problem(lambda: mc.lists.get_list_member(list_id, h(email)))["status"] == 404
    body = problem(lambda: add(mc, list_id, email))
    assert body["title"] == "Forgotten Email Not Subscribed"


def test_paging_fields_and_exclude_fields(mc: mailchimp_marketing.Client,
                                          list_id: str) -> None:
    page = mc.lists.get_list_members_info(list_id, count=5, offset=0,
                                          fields=["members.email_address", "total_items"])
    assert set(page) == {"members", "total_items"}
    assert all(set(m) == {"email_address"} for m in page["members"]) and len(page["members"]) == 5
    slim = mc.lists.get_list_members_info(list_id, count=3,
                                          exclude_fields=["members._links", "_links",
                                                          "members.merge_fields"])
    assert "_links" not in slim and all("merge_fields" not in m for m in slim["members"])
    assert all("email_address" in m for m in slim["members"])
    one = mc.lists.get_list_member(list_id, h("shape@sandbox-mail.net"),
                                   fields=["email_address", "vip"])
    assert one == {"email_address": "shape@sandbox-mail.net", "vip": True}
    vips = mc.lists.get_list_members_info(list_id, vip_only=True, count=1000)
    assert [m["email_address"] for m in vips["members"]] == ["shape@sandbox-mail.net"]
    subscribed = mc.lists.get_list_members_info(list_id, status="subscribed", count=1000)
    assert all(m["status"] == "subscribed" for m in subscribed["members"])


def test_member_tags(mc: mailchimp_marketing.Client, list_id: str) -> None:
    email = "tags@sandbox-mail.net"
    add(mc, list_id, email, tags=["first"])
    mc.lists.update_list_member_tags(list_id, h(email), {"tags": [
        {"name": "vip-2026", "status": "active"}, {"name": "first", "status": "inactive"}]})
    tags = mc.lists.get_list_member_tags(list_id, h(email))
    assert [t["name"] for t in tags["tags"]] == ["vip-2026"] and tags["total_items"] == 1
    assert [t["name"] for t in mc.lists.get_list_member(list_id, h(email))["tags"]] == \
        ["vip-2026"]
    found = mc.lists.tag_search(list_id, name="vip")
    assert "vip-2026" in [t["name"] for t in found["tags"]]
    problem(lambda: mc.lists.update_list_member_tags(list_id, h(email),
                                                     {"tags": [{"name": "x"}]}))


def test_merge_field_management(mc: mailchimp_marketing.Client, list_id: str) -> None:
    tags = [f["tag"] for f in mc.lists.get_list_merge_fields(list_id)["merge_fields"]]
    assert {"FNAME", "LNAME"} <= set(tags)
    made = mc.lists.add_list_merge_field(list_id, {"name": "Favourite Colour", "type": "text",
                                                   "tag": "COLOUR"})
    assert made["tag"] == "COLOUR" and made["merge_id"]
    assert mc.lists.get_list_merge_field(list_id, made["merge_id"])["name"] == \
        "Favourite Colour"
    member = add(mc, list_id, "colour@sandbox-mail.net", merge_fields={"COLOUR": "teal"})
    assert member["merge_fields"]["COLOUR"] == "teal"
    renamed = mc.lists.update_list_merge_field(list_id, made["merge_id"],
                                               {"name": "Colour", "required": True})
    assert renamed["name"] == "Colour" and renamed["required"] is True
    body = problem(lambda: add(mc, list_id, "nocolour@sandbox-mail.net"))
    assert "merge fields were invalid" in body["detail"]
    problem(lambda: mc.lists.add_list_merge_field(list_id, {"name": "Again", "type": "text",
                                                            "tag": "COLOUR"}))
    mc.lists.delete_list_merge_field(list_id, made["merge_id"])
    assert problem(lambda: mc.lists.get_list_merge_field(list_id, made["merge_id"]))[
        "status"] == 404


def test_interest_categories_and_interests(mc: mailchimp_marketing.Client,
                                           list_id: str) -> None:
    cat = mc.lists.create_list_interest_category(list_id, {"title": "Topics",
                                                           "type": "checkboxes"})
    assert cat["title"] == "Topics" and cat["list_id"] == list_id
    news = mc.lists.create_interest_category_interest(list_id, cat["id"], {"name": "News"})
    deals = mc.lists.create_interest_category_interest(list_id, cat["id"], {"name": "Deals"})
    listed = mc.lists.list_interest_category_interests(list_id, cat["id"])
    assert {i["name"] for i in listed["interests"]} == {"News", "Deals"}
    member = add(mc, list_id, "interests@sandbox-mail.net", interests={news["id"]: True})
    assert member["interests"] == {news["id"]: True, deals["id"]: False}
    again = mc.lists.get_interest_category_interest(list_id, cat["id"], news["id"])
    assert again["subscriber_count"] == "1"
    problem(lambda: add(mc, list_id, "badinterest@sandbox-mail.net",
                        interests={"nope": True}))
    assert mc.lists.get_list_interest_categories(list_id)["total_items"] == 1
    mc.lists.update_interest_category(list_id, cat["id"], {"title": "Subjects",
                                                           "type": "checkboxes"})
    assert mc.lists.get_interest_category(list_id, cat["id"])["title"] == "Subjects"
    mc.lists.delete_interest_category_interest(list_id, cat["id"], deals["id"])
    mc.lists.delete_interest_category(list_id, cat["id"])
    assert problem(lambda: mc.lists.get_interest_category(list_id, cat["id"]))["status"] == 404


def test_static_and_saved_segments(mc: mailchimp_marketing.Client, list_id: str) -> None:
    a, b = "seg.a@sandbox-mail.net", "seg.b@sandbox-mail.net"
    add(mc, list_id, a, merge_fields={"FNAME": "Quentin"})
    add(mc, list_id, b, merge_fields={"FNAME": "Rosa"})
    static = mc.lists.create_segment(list_id, {"name": "Static", "static_segment": [a]})
    assert static["type"] == "static" and static["member_count"] == 1
    result = mc.lists.batch_segment_members({"members_to_add": [b],
                                             "members_to_remove": [a]}, list_id, static["id"])
    assert result["total_added"] == 1 and result["total_removed"] == 1
    members = mc.lists.get_segment_members_list(list_id, static["id"])
    assert [m["email_address"] for m in members["members"]] == [b]
    saved = mc.lists.create_segment(list_id, {"name": "Quentins", "options": {
        "match": "all", "conditions": [{"condition_type": "TextMerge", "field": "FNAME",
                                        "op": "is", "value": "Quentin"}]}})
    assert saved["type"] == "saved" and saved["member_count"] >= 1
    listed = mc.lists.list_segments(list_id, type="saved")
    assert [s["name"] for s in listed["segments"]] == ["Quentins"]
    mc.lists.update_segment(list_id, static["id"], {"name": "Renamed"})
    assert mc.lists.get_segment(list_id, static["id"])["name"] == "Renamed"
    mc.lists.create_segment_member(list_id, static["id"], {"email_address": a})
    mc.lists.remove_segment_member(list_id, static["id"], h(b))
    mc.lists.delete_segment(list_id, saved["id"])
    assert problem(lambda: mc.lists.get_segment(list_id, saved["id"]))["status"] == 404


def test_batch_subscribe(mc: mailchimp_marketing.Client, list_id: str) -> None:
    result = mc.lists.batch_list_members(list_id, {"members": [
        {"email_address": "batch1@sandbox-mail.net", "status": "subscribed"},
        {"email_address": "fake@example.com", "status": "subscribed"}],
        "update_existing": True})
    assert result["total_created"] == 1 and result["error_count"] == 1
    assert "looks fake" in result["errors"][0]["error"]


def test_search_members(mc: mailchimp_marketing.Client, list_id: str) -> None:
    add(mc, list_id, "findable.person@sandbox-mail.net", merge_fields={"FNAME": "Findable"})
    found = mc.searchMembers.search("findable.person@sandbox-mail.net", list_id=list_id)
    assert found["exact_matches"]["total_items"] == 1
    assert found["exact_matches"]["members"][0]["merge_fields"]["FNAME"] == "Findable"
    partial = mc.searchMembers.search("findable")
    assert partial["full_search"]["total_items"] >= 1 and partial["exact_matches"][
        "total_items"] == 0


def test_batch_operations(mc: mailchimp_marketing.Client, list_id: str) -> None:
    import io
    import tarfile

    import requests

    ops = [{"method": "PUT", "path": f"/lists/{list_id}/members/{h(e)}",
            "operation_id": e, "body": json.dumps({"email_address": e,
                                                   "status_if_new": "subscribed"})}
           for e in ("op1@sandbox-mail.net", "op2@example.com")]
    batch = mc.batches.start({"operations": ops})
    assert batch["status"] == "pending" and batch["total_operations"] == 2
    for _ in range(10):
        batch = mc.batches.status(batch["id"])
        if batch["status"] == "finished":
            break
    assert batch["status"] == "finished" and batch["finished_operations"] == 2
    assert batch["errored_operations"] == 1  # example.com: "looks fake"
    archive = requests.get(batch["response_body_url"], timeout=10)
    with tarfile.open(fileobj=io.BytesIO(archive.content), mode="r:gz") as tar:
        results = [json.loads(tar.extractfile(m).read())  # type: ignore[union-attr]
                   for m in tar.getmembers() if m.isfile()]
    codes = {r["operation_id"]: r["status_code"] for part in results for r in part}
    assert codes == {"op1@sandbox-mail.net": 200, "op2@example.com": 400}


def test_auth_failure_is_problem_json(box: Sandbox) -> None:
    client = mailchimp_marketing.Client()
    client.set_config({"api_key": "wrongwrongwrongwrongwrongwrong00-us21", "server": "us21"})
    client.api_client.host = box.base_url("mailchimp")
    body = problem(lambda: client.ping.get())
    assert body["status"] == 401 and body["title"] == "API Key Invalid"
