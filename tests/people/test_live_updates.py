"""Polling a request's timeline cheaply: an ETag, 304 while nothing happened, news after a decline."""

from api.core.authorization import Role


def _events(people, rid: str, tag: str | None = None, role: Role = Role.DESK, side: str = "a"):
    headers = people.as_role(role, side) | ({"If-None-Match": tag} if tag else {})
    return people.client.get(f"/api/v1/relocation-requests/{rid}/events", headers=headers)


def test_the_timeline_answers_304_until_something_happens(people, places) -> None:
    household = people.household()
    rid = people.request(household["id"])["id"]
    people.to_matching(rid)
    offer = people.offer(rid, "shelter_unit", places.unit().id)
    assert offer.status_code == 201, offer.text

    first = _events(people, rid)
    assert first.status_code == 200
    tag = first.headers["ETag"]
    assert tag.startswith('W/"') and first.headers["Cache-Control"] == "private, no-cache"

    unchanged = _events(people, rid, tag)
    assert unchanged.status_code == 304 and unchanged.content == b""
    assert unchanged.headers["ETag"] == tag
    assert _events(people, rid, f'"other", {tag}').status_code == 304  # a list of tags
    assert _events(people, rid, '"other"').status_code == 200

    declined = people.post(f"/offers/{offer.json()['id']}/decline", {"reason": "Too far."}, role=Role.PARTNER)
    assert declined.status_code == 200, declined.text
    news = _events(people, rid, tag)
    assert news.status_code == 200 and news.headers["ETag"] != tag
    assert news.json()["items"][-1]["kind"] == "offer_declined"
    assert _events(people, rid, news.headers["ETag"]).status_code == 304


def test_an_assignment_changes_the_tag(people) -> None:
    rid = people.request(people.household()["id"])["id"]
    tag = _events(people, rid).headers["ETag"]
    me = people.get("/users/me").json()["id"]
    assert (
        people.client.put(
            f"/api/v1/relocation-requests/{rid}/assignee",
            json={"userId": me},
            headers=people.as_role(Role.DESK),
        ).status_code
        == 200
    )
    assert _events(people, rid, tag).status_code == 200


def test_polling_is_scoped_like_reading(people) -> None:
    rid = people.request(people.household()["id"])["id"]
    tag = _events(people, rid).headers["ETag"]
    # Another organisation learns nothing, not even whether the tag matches.
    assert _events(people, rid, tag, role=Role.PARTNER, side="b").status_code == 404
    assert _events(people, rid, tag, role=Role.HOST).status_code in (403, 404)
