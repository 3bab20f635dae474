"""Mailchimp audience resources around members: merge-field management, interest
categories and interests, segments (static and saved) and member tags.

Tags are static segments in Mailchimp (a tag is a segment of type ``static`` whose members
are the tagged contacts), so both views read the same store. Saved segments are evaluated
on read from their ``options.conditions`` (``TextMerge``/``EmailAddress`` conditions with
``is``, ``not``, ``contains``, ``notcontain``, ``starts``, ``ends``, ``blank``,
``blank_not``; ``match`` ``all`` or ``any``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .clock import iso
from .core import ApiError, json_response
from .seed import subscriber_hash

if TYPE_CHECKING:
    from .mailchimp import MailchimpSimulator

MERGE_TYPES = {"text", "number", "address", "phone", "date", "url", "imageurl", "radio",
               "dropdown", "birthday", "zip"}
CATEGORY_TYPES = {"checkboxes", "dropdown", "radio", "hidden"}
TEXT_OPS = {"is", "not", "contains", "notcontain", "starts", "ends", "blank", "blank_not",
            "greater", "less"}


@dataclass
class Segment:
    id: int
    name: str
    type: str  # static | saved
    created: float
    updated: float
    members: set[str] = field(default_factory=set)  # subscriber hashes (static)
    options: dict[str, Any] = field(default_factory=dict)  # saved conditions


class ListResources:
    def __init__(self, sim: MailchimpSimulator) -> None:
        self.sim = sim
        self.merge_fields: dict[int, dict[str, Any]] = {}
        self.categories: dict[str, dict[str, Any]] = {}
        self.interests: dict[str, dict[str, Any]] = {}  # interest id -> interest
        self.segments: dict[int, Segment] = {}
        self.counter = 0
        self.reset()

    def reset(self) -> None:
        self.merge_fields = {}
        for n, (tag, name, kind) in enumerate((
                ("FNAME", "First Name", "text"), ("LNAME", "Last Name", "text"),
                ("PHONE", "Phone Number", "phone"), ("COMPANY", "Company", "text"),
                ("TIER", "Tier", "dropdown"))):
            self.merge_fields[n + 1] = self._merge_field(n + 1, tag, name, kind, False, {
                "choices": ["bronze", "silver", "gold", "platinum"]} if kind == "dropdown"
                else {})
        self.categories.clear()
        self.interests.clear()
        self.segments.clear()
        self.counter = 100

    def _next(self) -> int:
        self.counter += 1
        return self.counter

    def _merge_field(self, merge_id: int, tag: str, name: str, kind: str, required: bool,
                     options: dict[str, Any]) -> dict[str, Any]:
        return {"merge_id": merge_id, "tag": tag, "name": name, "type": kind,
                "required": required, "default_value": "", "public": True,
                "display_order": merge_id + 1, "options": options, "help_text": "",
                "list_id": self.sim.list_id, "_links": []}

    # -- what members use ---------------------------------------------------------------
    def tags(self) -> dict[str, dict[str, Any]]:
        return {f["tag"]: f for f in self.merge_fields.values()}

    def tag_segments(self, mid: str) -> list[Segment]:
        return [s for s in self.segments.values() if s.type == "static" and mid in s.members]

    def set_tag(self, mid: str, name: str, active: bool) -> None:
        if active:
            self.tag_many({mid}, name)
            return
        seg = next((s for s in self.segments.values()
                    if s.type == "static" and s.name == name), None)
        if seg is not None:
            seg.members.discard(mid)

    def tag_many(self, mids: set[str], name: str) -> None:
        """Tag members (a tag is a static segment, created on first use)."""
        seg = next((s for s in self.segments.values()
                    if s.type == "static" and s.name == name), None)
        if seg is None:
            now = self.sim.now()
            seg = Segment(self._next(), name, "static", now, now)
            self.segments[seg.id] = seg
        seg.members |= mids

    def rename(self, old: str, new: str) -> None:
        for seg in self.segments.values():
            if old in seg.members:
                seg.members.discard(old)
                seg.members.add(new)

    def forget(self, mid: str) -> None:
        for seg in self.segments.values():
            seg.members.discard(mid)

    def check_interests(self, value: Any) -> dict[str, bool]:
        if not isinstance(value, dict):
            raise ApiError(self.sim.problem(400, "interests must be an object of interest id "
                                                 "-> true/false"))
        for key in value:
            if key not in self.interests:
                raise ApiError(self.sim.problem(400, f"Invalid interest ID: '{key}'"))
        return {k: bool(v) for k, v in value.items()}

    def interest_ids(self) -> list[str]:
        return list(self.interests)

    def matches(self, seg: Segment, member: dict[str, Any]) -> bool:
        if seg.type == "static":
            return member["id"] in seg.members
        conditions = seg.options.get("conditions") or []
        results = [self._condition(c, member) for c in conditions]
        return all(results) if seg.options.get("match", "all") == "all" else any(results)

    def _condition(self, cond: dict[str, Any], member: dict[str, Any]) -> bool:
        fieldname = str(cond.get("field", ""))
        if cond.get("condition_type") == "EmailAddress" or fieldname in ("EMAIL", "merge0"):
            have = str(member["email_address"]).lower()
        else:
            have = str(member["merge_fields"].get(fieldname, "")).lower()
        want = str(cond.get("value", "")).lower()
        op = str(cond.get("op"))
        outcomes: dict[str, bool] = {"is": have == want, "not": have != want, "contains": want in have,
                "notcontain": want not in have, "starts": have.startswith(want),
                "ends": have.endswith(want), "blank": have == "", "blank_not": have != "",
                "greater": have > want, "less": have < want}
        return outcomes.get(op, False)

    # -- routes --------------------------------------------------------------------------
    def routes(self, lists: str) -> list[BaseRoute]:
        mf, ic, sg = lists + "/merge-fields", lists + "/interest-categories", lists + "/segments"
        member = lists + "/members/{key}"
        return [
            Route(mf, self.list_merge_fields, methods=["GET"]),
            Route(mf, self.add_merge_field, methods=["POST"]),
            Route(mf + "/{merge_id}", self.get_merge_field, methods=["GET"]),
            Route(mf + "/{merge_id}", self.patch_merge_field, methods=["PATCH"]),
            Route(mf + "/{merge_id}", self.delete_merge_field, methods=["DELETE"]),
            Route(ic, self.list_categories, methods=["GET"]),
            Route(ic, self.add_category, methods=["POST"]),
            Route(ic + "/{cat}", self.get_category, methods=["GET"]),
            Route(ic + "/{cat}", self.patch_category, methods=["PATCH"]),
            Route(ic + "/{cat}", self.delete_category, methods=["DELETE"]),
            Route(ic + "/{cat}/interests", self.list_interests, methods=["GET"]),
            Route(ic + "/{cat}/interests", self.add_interest, methods=["POST"]),
            Route(ic + "/{cat}/interests/{iid}", self.get_interest, methods=["GET"]),
            Route(ic + "/{cat}/interests/{iid}", self.patch_interest, methods=["PATCH"]),
            Route(ic + "/{cat}/interests/{iid}", self.delete_interest, methods=["DELETE"]),
            Route(sg, self.list_segments, methods=["GET"]),
            Route(sg, self.add_segment, methods=["POST"]),
            Route(sg + "/{sid}", self.get_segment, methods=["GET"]),
            Route(sg + "/{sid}", self.patch_segment, methods=["PATCH"]),
            Route(sg + "/{sid}", self.batch_segment, methods=["POST"]),
            Route(sg + "/{sid}", self.delete_segment, methods=["DELETE"]),
            Route(sg + "/{sid}/members", self.segment_members, methods=["GET"]),
            Route(sg + "/{sid}/members", self.add_segment_member, methods=["POST"]),
            Route(sg + "/{sid}/members/{key}", self.remove_segment_member,
                  methods=["DELETE"]),
            Route(lists + "/tag-search", self.tag_search, methods=["GET"]),
            Route(member + "/tags", self.member_tags, methods=["GET"]),
            Route(member + "/tags", self.post_member_tags, methods=["POST"]),
        ]

    def _page(self, request: Request, key: str, items: list[Any]) -> Response:
        q = request.query_params
        try:
            count, offset = int(q.get("count", "10")), int(q.get("offset", "0"))
        except ValueError:
            raise ApiError(self.sim.problem(400, "count and offset must be integers")) from None
        if not 0 <= count <= 1000 or offset < 0:
            raise ApiError(self.sim.problem(400, "count must be between 0 and 1000"))
        return json_response({key: items[offset:offset + count], "list_id": self.sim.list_id,
                              "total_items": len(items), "_links": []})

    async def _body(self, request: Request) -> dict[str, Any]:
        self.sim._check_list(request)
        body = await self.sim.json_body(request)
        if not isinstance(body, dict):
            raise ApiError(self.sim.problem(400, "The resource submitted could not be "
                                                 "validated."))
        return body

    def _missing(self, what: str) -> ApiError:
        return ApiError(self.sim.problem(404, f"The requested resource could not be found. "
                                              f"({what})"))

    # merge fields
    async def list_merge_fields(self, request: Request) -> Response:
        self.sim._check_list(request)
        return self._page(request, "merge_fields", list(self.merge_fields.values()))

    def _field(self, request: Request) -> dict[str, Any]:
        self.sim._check_list(request)
        try:
            found = self.merge_fields.get(int(request.path_params["merge_id"]))
        except ValueError:
            found = None
        if found is None:
            raise self._missing("merge field")
        return found

    async def add_merge_field(self, request: Request) -> Response:
        body = await self._body(request)
        name, kind = body.get("name"), body.get("type")
        if not name or kind not in MERGE_TYPES:
            raise ApiError(self.sim.problem(400, "The resource submitted could not be "
                                                 "validated.", errors=[
                {"field": "name" if not name else "type",
                 "message": "This value should not be blank." if not name else
                 f"type must be one of {sorted(MERGE_TYPES)}"}]))
        tag = str(body.get("tag") or str(name).upper().replace(" ", "")[:10])
        if tag in self.tags():
            raise ApiError(self.sim.problem(400, f"A Merge Field with the tag \"{tag}\" "
                                                 "already exists for this list."))
        merge_id = max(self.merge_fields, default=0) + 1
        fdef = self._merge_field(merge_id, tag, str(name), str(kind),
                                 bool(body.get("required")), body.get("options") or {})
        fdef["default_value"] = str(body.get("default_value") or "")
        self.merge_fields[merge_id] = fdef
        for member in self.sim.members.values():
            member["merge_fields"].setdefault(tag, "")
        return json_response(fdef)

    async def get_merge_field(self, request: Request) -> Response:
        return json_response(self._field(request))

    async def patch_merge_field(self, request: Request) -> Response:
        fdef = self._field(request)
        body = await self._body(request)
        for key in ("name", "required", "default_value", "public", "display_order",
                    "options", "help_text"):
            if key in body:
                fdef[key] = body[key]
        return json_response(fdef)

    async def delete_merge_field(self, request: Request) -> Response:
        fdef = self._field(request)
        del self.merge_fields[fdef["merge_id"]]
        for member in self.sim.members.values():
            member["merge_fields"].pop(fdef["tag"], None)
        return Response(status_code=204)

    # interest categories and interests
    def _category_view(self, cat: dict[str, Any]) -> dict[str, Any]:
        return {**cat, "list_id": self.sim.list_id, "_links": []}

    def _category(self, request: Request) -> dict[str, Any]:
        self.sim._check_list(request)
        cat = self.categories.get(request.path_params["cat"])
        if cat is None:
            raise self._missing("interest category")
        return cat

    async def list_categories(self, request: Request) -> Response:
        self.sim._check_list(request)
        return self._page(request, "categories",
                          [self._category_view(c) for c in self.categories.values()])

    async def add_category(self, request: Request) -> Response:
        body = await self._body(request)
        if not body.get("title") or body.get("type") not in CATEGORY_TYPES:
            raise ApiError(self.sim.problem(400, "The resource submitted could not be "
                                                 "validated.", errors=[
                {"field": "type", "message": f"title is required and type one of "
                                             f"{sorted(CATEGORY_TYPES)}"}]))
        cid = subscriber_hash(f"category-{self._next()}")[:10]
        self.categories[cid] = {"id": cid, "title": str(body["title"]), "type": body["type"],
                                "display_order": int(body.get("display_order", 0))}
        return json_response(self._category_view(self.categories[cid]))

    async def get_category(self, request: Request) -> Response:
        return json_response(self._category_view(self._category(request)))

    async def patch_category(self, request: Request) -> Response:
        cat = self._category(request)
        body = await self._body(request)
        for key in ("title", "display_order", "type"):
            if key in body:
                cat[key] = body[key]
        return json_response(self._category_view(cat))

    async def delete_category(self, request: Request) -> Response:
        cat = self._category(request)
        del self.categories[cat["id"]]
        for iid in [i for i, v in self.interests.items() if v["category_id"] == cat["id"]]:
            self._drop_interest(iid)
        return Response(status_code=204)

    def _interest_view(self, interest: dict[str, Any]) -> dict[str, Any]:
        count = sum(1 for m in self.sim.members.values()
                    if m["interests"].get(interest["id"]))
        return {**interest, "list_id": self.sim.list_id, "subscriber_count": str(count),
                "_links": []}

    def _interest(self, request: Request) -> dict[str, Any]:
        cat = self._category(request)
        interest = self.interests.get(request.path_params["iid"])
        if interest is None or interest["category_id"] != cat["id"]:
            raise self._missing("interest")
        return interest

    async def list_interests(self, request: Request) -> Response:
        cat = self._category(request)
        items = [self._interest_view(i) for i in self.interests.values()
                 if i["category_id"] == cat["id"]]
        return self._page(request, "interests", items)

    async def add_interest(self, request: Request) -> Response:
        cat = self._category(request)
        body = await self._body(request)
        if not body.get("name"):
            raise ApiError(self.sim.problem(400, "The resource submitted could not be "
                                                 "validated.", errors=[
                {"field": "name", "message": "This value should not be blank."}]))
        if any(i["name"] == body["name"] and i["category_id"] == cat["id"]
               for i in self.interests.values()):
            raise ApiError(self.sim.problem(400, f"Cannot add \"{body['name']}\" because it "
                                                 "already exists on the list."))
        iid = subscriber_hash(f"interest-{self._next()}")[:10]
        self.interests[iid] = {"category_id": cat["id"], "id": iid, "name": str(body["name"]),
                               "display_order": int(body.get("display_order", 0))}
        for member in self.sim.members.values():
            member["interests"].setdefault(iid, False)
        return json_response(self._interest_view(self.interests[iid]))

    async def get_interest(self, request: Request) -> Response:
        return json_response(self._interest_view(self._interest(request)))

    async def patch_interest(self, request: Request) -> Response:
        interest = self._interest(request)
        body = await self._body(request)
        for key in ("name", "display_order"):
            if key in body:
                interest[key] = body[key]
        return json_response(self._interest_view(interest))

    async def delete_interest(self, request: Request) -> Response:
        self._drop_interest(self._interest(request)["id"])
        return Response(status_code=204)

    def _drop_interest(self, iid: str) -> None:
        self.interests.pop(iid, None)
        for member in self.sim.members.values():
            member["interests"].pop(iid, None)

    # segments and tags
    def _segment_view(self, seg: Segment) -> dict[str, Any]:
        count = sum(1 for m in self.sim.members.values()
                    if m["status"] != "archived" and self.matches(seg, m))
        view: dict[str, Any] = {"id": seg.id, "name": seg.name, "member_count": count,
                                "type": seg.type, "created_at": iso(seg.created, millis=False),
                                "updated_at": iso(seg.updated, millis=False),
                                "list_id": self.sim.list_id, "_links": []}
        if seg.type == "saved":
            view["options"] = seg.options
        return view

    def _segment(self, request: Request) -> Segment:
        self.sim._check_list(request)
        try:
            seg = self.segments.get(int(request.path_params["sid"]))
        except ValueError:
            seg = None
        if seg is None:
            raise self._missing("segment")
        return seg

    async def list_segments(self, request: Request) -> Response:
        self.sim._check_list(request)
        wanted = request.query_params.get("type")
        items = [self._segment_view(s) for s in self.segments.values()
                 if wanted is None or s.type == wanted]
        return self._page(request, "segments", items)

    def _member_ids(self, emails: Any) -> set[str]:
        if not isinstance(emails, list):
            raise ApiError(self.sim.problem(400, "static_segment must be a list of emails"))
        out = set()
        for email in emails:
            mid = subscriber_hash(str(email))
            if mid in self.sim.members:
                out.add(mid)
        return out

    async def add_segment(self, request: Request) -> Response:
        body = await self._body(request)
        name = body.get("name")
        if not name:
            raise ApiError(self.sim.problem(400, "The resource submitted could not be "
                                                 "validated.", errors=[
                {"field": "name", "message": "This value should not be blank."}]))
        if ("static_segment" in body) == ("options" in body):
            raise ApiError(self.sim.problem(400, "A segment needs either static_segment or "
                                                 "options (conditions), not both."))
        now = self.sim.now()
        if "options" in body:
            options = body["options"]
            conditions = options.get("conditions") if isinstance(options, dict) else None
            if not isinstance(conditions, list) or not all(
                    isinstance(c, dict) and c.get("op") in TEXT_OPS for c in conditions):
                raise ApiError(self.sim.problem(400, "options.conditions must be a list of "
                                                     f"conditions with op in {sorted(TEXT_OPS)}"))
            seg = Segment(self._next(), str(name), "saved", now, now,
                          options={"match": options.get("match", "all"),
                                   "conditions": conditions})
        else:
            seg = Segment(self._next(), str(name), "static", now, now,
                          self._member_ids(body["static_segment"]))
        self.segments[seg.id] = seg
        return json_response(self._segment_view(seg))

    async def get_segment(self, request: Request) -> Response:
        return json_response(self._segment_view(self._segment(request)))

    async def patch_segment(self, request: Request) -> Response:
        seg = self._segment(request)
        body = await self._body(request)
        if body.get("name"):
            seg.name = str(body["name"])
        if "static_segment" in body and seg.type == "static":
            seg.members = self._member_ids(body["static_segment"])
        if isinstance(body.get("options"), dict) and seg.type == "saved":
            seg.options.update(body["options"])
        seg.updated = self.sim.now()
        return json_response(self._segment_view(seg))

    async def batch_segment(self, request: Request) -> Response:
        seg = self._segment(request)
        if seg.type != "static":
            raise ApiError(self.sim.problem(400, "Only static segments can be changed by "
                                                 "adding or removing members."))
        body = await self._body(request)
        added, removed, errors = [], [], []
        for email in body.get("members_to_add") or []:
            mid = subscriber_hash(str(email))
            if mid in self.sim.members:
                seg.members.add(mid)
                added.append(self.sim._public(self.sim.members[mid]))
            else:
                errors.append({"email_addresses": [email],
                               "error": "Email address is not subscribed to the list"})
        for email in body.get("members_to_remove") or []:
            mid = subscriber_hash(str(email))
            if mid in seg.members:
                seg.members.discard(mid)
                removed.append(self.sim._public(self.sim.members[mid]))
        seg.updated = self.sim.now()
        return json_response({"members_added": added, "members_removed": removed,
                              "errors": errors, "total_added": len(added),
                              "total_removed": len(removed), "error_count": len(errors),
                              "_links": []})

    async def delete_segment(self, request: Request) -> Response:
        seg = self._segment(request)
        del self.segments[seg.id]
        return Response(status_code=204)

    async def segment_members(self, request: Request) -> Response:
        seg = self._segment(request)
        items = [self.sim._public(m) for m in self.sim.members.values()
                 if m["status"] != "archived" and self.matches(seg, m)]
        q = request.query_params
        count, offset = int(q.get("count", "10")), int(q.get("offset", "0"))
        return json_response({"members": items[offset:offset + count],
                              "total_items": len(items), "_links": []})

    async def add_segment_member(self, request: Request) -> Response:
        seg = self._segment(request)
        body = await self._body(request)
        mid = subscriber_hash(str(body.get("email_address") or ""))
        if mid not in self.sim.members or seg.type != "static":
            raise ApiError(self.sim.problem(400, "The email address is not a member of the "
                                                 "list, or the segment is not static."))
        seg.members.add(mid)
        return json_response(self.sim._public(self.sim.members[mid]))

    async def remove_segment_member(self, request: Request) -> Response:
        seg = self._segment(request)
        mid = self.sim._key(request.path_params["key"])
        if mid not in seg.members:
            raise self._missing("segment member")
        seg.members.discard(mid)
        return Response(status_code=204)

    async def tag_search(self, request: Request) -> Response:
        self.sim._check_list(request)
        name = (request.query_params.get("name") or "").lower()
        tags = [{"id": s.id, "name": s.name} for s in self.segments.values()
                if s.type == "static" and s.name.lower().startswith(name)]
        return json_response({"tags": tags, "total_items": len(tags)})

    async def member_tags(self, request: Request) -> Response:
        member = self.sim._member(request)
        tags = [{"id": s.id, "name": s.name, "date_added": iso(s.created, millis=False)}
                for s in self.tag_segments(member["id"])]
        return self._page(request, "tags", tags)

    async def post_member_tags(self, request: Request) -> Response:
        member = self.sim._member(request)
        body = await self._body(request)
        tags = body.get("tags")
        if not isinstance(tags, list) or not all(
                isinstance(t, dict) and t.get("name") and t.get("status") in
                ("active", "inactive") for t in tags):
            raise ApiError(self.sim.problem(400, "The resource submitted could not be "
                                                 "validated.", errors=[
                {"field": "tags", "message": "Each tag needs a name and a status of active "
                                             "or inactive."}]))
        for tag in tags:
            self.set_tag(member["id"], str(tag["name"]), tag["status"] == "active")
        member["last_changed"] = float(int(self.sim.now()))
        return Response(status_code=204)
