"""Mailchimp contract: auth, member paging, subscriber hash upserts, status rules, batches."""

from __future__ import annotations

import hashlib

import httpx2

from syncwright.sandbox import Sandbox


def md5(email: str) -> str:
    return hashlib.md5(email.lower().encode()).hexdigest()


def members_path(sb: Sandbox) -> str:
    return f"/lists/{sb.credentials('mailchimp')['list_id']}/members"


def test_wrong_key_gets_problem_json_401(sb: Sandbox) -> None:
    r = httpx2.get(sb.base_url("mailchimp") + "/ping", auth=("user", "wrong-us21"))
    assert r.status_code == 401
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body["title"] == "API Key Invalid" and body["status"] == 401
    assert body["type"].startswith("https://mailchimp.com/developer/") and body["instance"]


def test_members_page_with_offset_and_count(sb: Sandbox, mc: httpx2.Client) -> None:
    seeded = sb.admin("mailchimp").seed(300, seed=7)
    total = seeded["objects"]["members"]
    seen: list[str] = []
    offset = 0
    while True:
        page = mc.get(members_path(sb), params={"count": 100, "offset": offset}).json()
        assert page["total_items"] == total
        seen += [m["id"] for m in page["members"]]
        if offset + 100 >= page["total_items"]:
            break
        offset += 100
    assert len(seen) == len(set(seen)) == total
    member = mc.get(f"{members_path(sb)}/{seen[0]}").json()
    assert member["id"] == md5(member["email_address"])
    assert set(member) >= {"email_address", "status", "merge_fields", "tags", "last_changed"}
    r = mc.get(members_path(sb), params={"count": 1001})
    assert r.status_code == 400


def test_since_last_changed_filters(sb: Sandbox, mc: httpx2.Client) -> None:
    sb.admin("mailchimp").seed(100, seed=1)
    members = mc.get(members_path(sb), params={"count": 1000}).json()["members"]
    stamps = sorted(m["last_changed"] for m in members)
    pivot = stamps[40]
    expected = sum(1 for s in stamps if s > pivot)
    page = mc.get(members_path(sb), params={"count": 1000, "since_last_changed": pivot}).json()
    assert page["total_items"] == expected


def test_put_upserts_by_subscriber_hash(sb: Sandbox, mc: httpx2.Client) -> None:
    email = "Ada.Lovelace@Example.org"
    body = {"email_address": email, "status_if_new": "subscribed",
            "merge_fields": {"FNAME": "Ada"}}
    r = mc.put(f"{members_path(sb)}/{md5(email)}", json=body)
    assert r.status_code == 200 and r.json()["status"] == "subscribed"
    r = mc.put(f"{members_path(sb)}/{md5(email)}",
               json={**body, "merge_fields": {"LNAME": "Lovelace"}})
    assert r.json()["merge_fields"]["FNAME"] == "Ada"
    assert r.json()["merge_fields"]["LNAME"] == "Lovelace"
    assert mc.get(f"{members_path(sb)}/{email}").json()["id"] == md5(email)
    r = mc.put(f"{members_path(sb)}/{md5('other@example.org')}", json=body)
    assert r.status_code == 400  # hash must match the address
    r = mc.put(f"{members_path(sb)}/{md5('new@example.org')}",
               json={"email_address": "new@example.org"})
    assert r.status_code == 400  # a new member needs status_if_new
    assert sb.admin("mailchimp").writes_per_key("members") == {f"members:{md5(email)}": 2}


def test_unsubscribed_is_never_resubscribed_and_cleaned_cannot_return(
        sb: Sandbox, mc: httpx2.Client) -> None:
    path = members_path(sb)
    for email, status in (("u@example.org", "unsubscribed"), ("c@example.org", "cleaned")):
        mc.put(f"{path}/{md5(email)}", json={"email_address": email, "status_if_new": status})
    r = mc.put(f"{path}/{md5('u@example.org')}",
               json={"email_address": "u@example.org", "status": "subscribed"})
    assert r.status_code == 400 and r.json()["title"] == "Member In Compliance State"
    r = mc.put(f"{path}/{md5('u@example.org')}",
               json={"email_address": "u@example.org", "status": "pending"})
    assert r.status_code == 200 and r.json()["status"] == "pending"  # re-opt-in is allowed
    r = mc.patch(f"{path}/{md5('c@example.org')}", json={"status": "subscribed"})
    assert r.status_code == 400 and "cannot be re-added" in r.json()["detail"]
    r = mc.post(path, json={"email_address": "c@example.org", "status": "subscribed"})
    assert r.status_code == 400 and r.json()["title"] == "Member Exists"


def test_batch_subscribe_outcomes(sb: Sandbox, mc: httpx2.Client) -> None:
    list_path = f"/lists/{sb.credentials('mailchimp')['list_id']}"
    mc.put(f"{members_path(sb)}/{md5('gone@example.org')}",
           json={"email_address": "gone@example.org", "status_if_new": "unsubscribed"})
    mc.put(f"{members_path(sb)}/{md5('old@example.org')}",
           json={"email_address": "old@example.org", "status_if_new": "subscribed"})
    members = [{"email_address": "fresh@example.org", "status": "subscribed"},
               {"email_address": "old@example.org", "status": "subscribed",
                "merge_fields": {"FNAME": "Old"}},
               {"email_address": "not an email", "status": "subscribed"},
               {"email_address": "gone@example.org", "status": "subscribed"}]
    r = mc.post(list_path, json={"members": members, "update_existing": True})
    assert r.status_code == 200
    body = r.json()
    assert [m["email_address"] for m in body["new_members"]] == ["fresh@example.org"]
    assert [m["email_address"] for m in body["updated_members"]] == ["old@example.org"]
    assert body["total_created"] == 1 and body["total_updated"] == 1
    assert body["error_count"] == 2
    assert body["errors"][0]["email_address"] == "not an email"
    assert "looks fake or invalid" in body["errors"][0]["error"]
    assert "compliance state" in body["errors"][1]["error"]
    r = mc.post(list_path, json={"members": members[:1], "update_existing": False})
    assert r.json()["errors"][0]["error_code"] == "ERROR_CONTACT_EXISTS"
    too_many = [{"email_address": f"m{i}@example.org", "status": "subscribed"}
                for i in range(501)]
    r = mc.post(list_path, json={"members": too_many})
    assert r.status_code == 400 and r.json()["status"] == 400


def test_unknown_list_and_lists_endpoints(mc: httpx2.Client) -> None:
    r = mc.get("/lists/nope/members")
    assert r.status_code == 404 and r.json()["title"] == "Resource Not Found"
    assert mc.get("/lists").json()["total_items"] == 1
    tags = [f["tag"] for f in mc.get("/lists/a1b2c3d4e5/merge-fields").json()["merge_fields"]]
    assert "FNAME" in tags


def test_batch_operations_lifecycle_and_tar_results(sb: Sandbox, mc: httpx2.Client) -> None:
    import io
    import json
    import tarfile

    path = members_path(sb)
    ops = [{"method": "PUT", "path": f"{path}/{md5('b1@example.org')}", "operation_id": "op1",
            "body": json.dumps({"email_address": "b1@example.org",
                                "status_if_new": "subscribed"})},
           {"method": "PUT", "path": f"{path}/{md5('x@example.org')}", "operation_id": "op2",
            "body": json.dumps({"email_address": "bad", "status_if_new": "subscribed"})}]
    created = mc.post("/batches", json={"operations": ops}).json()
    assert created["status"] == "pending" and created["total_operations"] == 2
    states = [mc.get(f"/batches/{created['id']}").json() for _ in range(4)]
    assert [s["status"] for s in states] == ["preprocessing", "started", "finalizing",
                                             "finished"]
    done = states[-1]
    assert done["finished_operations"] == 2 and done["errored_operations"] == 1
    archive = httpx2.get(done["response_body_url"]).content  # pre-signed: no auth
    with tarfile.open(fileobj=io.BytesIO(archive), mode="r:gz") as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith(".json"))
        handle = tar.extractfile(member)
        assert handle is not None
        results = json.loads(handle.read())
    assert [(r["operation_id"], r["status_code"]) for r in results] == [("op1", 200),
                                                                       ("op2", 400)]
    assert json.loads(results[0]["response"])["email_address"] == "b1@example.org"
    assert [m["email_address"] for m in sb.admin("mailchimp").records("members")] == [
        "b1@example.org"]
