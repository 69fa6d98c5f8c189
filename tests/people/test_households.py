"""Households: validation, scope per role, restricted fields and the audit of reading them."""

import uuid
from datetime import timedelta

import pytest

from api.core.authorization import Role
from api.identity.models import OrganisationKind
from api.placements.models import PlaceType
from api.placements.service import hold_beds
from tests.people.conftest import TODAY

RESTRICTED = ("vulnerable", "notes", "contact")


def sensitive_reads(people, household_id: str) -> list[dict]:
    response = people.get(
        f"/audit-events?subjectType=household&subjectId={household_id}&action=read_sensitive",
        role=Role.ADMIN,
    )
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_a_partner_registers_a_household_it_supports(people) -> None:
    household = people.household(vulnerable=True)
    assert household["reference"].startswith("HH-")
    assert household["size"] == 3
    assert household["supportingOrganisationId"] == str(people.world.organisation(OrganisationKind.PARTNER))
    assert household["members"] == [
        {"ageBand": "age_30_49"},
        {"ageBand": "age_30_49"},
        {"ageBand": "age_4_11"},
    ]
    assert household["needs"]["details"] == "Son has asthma."
    assert household["vulnerable"] is True
    assert household["restrictedFieldsShown"] is True
    assert household["contact"] == {"email": "olena@example.org", "phone": None, "preferredChannel": None}


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"members": [{"ageBand": "age_30_49"}, {"ageBand": "age_0_3"}]}, "body"),
        ({"adults": 0}, "adults"),
        ({"legalStatus": "bsn_123456789"}, "legalStatus"),
        ({"bsn": "123456789"}, "bsn"),
        ({"preferredLanguage": "Ukrainian"}, "preferredLanguage"),
        ({"needs": {"wheelchair": "yes please"}}, "needs.wheelchair"),
        ({"contact": {"email": "not-an-address"}}, "contact.email"),
    ],
)
def test_invalid_households_are_refused_with_problem_details(people, overrides, field) -> None:
    body = {"adults": 1, "preferredLanguage": "uk", "legalStatus": "ukrainian_tpd"} | overrides
    response = people.post("/households", body, role=Role.PARTNER)
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert any(e["field"].startswith(field.split(".")[0]) for e in response.json()["errors"]), response.text


def test_a_partner_cannot_register_for_another_partner(people) -> None:
    other = str(people.world.organisation(OrganisationKind.PARTNER, "b"))
    body = {
        "adults": 1,
        "preferredLanguage": "uk",
        "legalStatus": "other",
        "supportingOrganisationId": other,
    }
    response = people.post("/households", body, role=Role.PARTNER)
    assert response.status_code == 422 and response.json()["type"].endswith("not-your-organisation")
    desk = people.post("/households", body | {"supportingOrganisationId": str(uuid.uuid4())})
    assert desk.status_code == 422


def test_who_sees_which_household_and_its_restricted_fields(people, places, db) -> None:
    household = people.household(vulnerable=True)
    hid = household["id"]
    path = f"/households/{hid}"
    before = len(sensitive_reads(people, hid))

    desk = people.get(path, role=Role.DESK, side="b")  # desks see all households
    assert desk.status_code == 200
    assert desk.json()["vulnerable"] is True and desk.json()["notes"]
    assert people.get(path, role=Role.PARTNER).json()["needs"]["details"] == "Son has asthma."
    assert people.get(path, role=Role.ADMIN).status_code == 200
    assert people.get(path, role=Role.PARTNER, side="b").status_code == 404  # not its household
    assert people.get(path, role=Role.HOST).status_code == 403
    assert people.get(path, role=Role.MUNICIPALITY).status_code == 404  # not placed there (yet)

    host = places.host(municipality_code="GM0344")
    hold_beds(
        db,
        household_id=uuid.UUID(hid),
        place_type=PlaceType.HOST_FAMILY,
        place_id=host.id,
        beds=3,
        starts_on=TODAY - timedelta(days=3),
        arrived_on=TODAY - timedelta(days=3),
    )
    db.commit()
    municipal = people.get(path, role=Role.MUNICIPALITY)
    assert municipal.status_code == 200
    body = municipal.json()
    assert all(body[field] is None for field in RESTRICTED)
    assert body["needs"]["details"] is None and body["restrictedFieldsShown"] is False
    # Of the classified fields a municipality sees accessibility and schooling needs only.
    assert body["needs"]["wheelchair"] is False and body["needs"]["specialNeedsEducation"] is False
    assert body["legalStatus"] is None and body["needs"]["medicalCare"] is None
    assert people.get(path, role=Role.MUNICIPALITY, side="b").status_code == 404

    reads = sensitive_reads(people, hid)
    assert len(reads) == before + 4  # desk b, partner a, admin, and the municipality's classified read
    assert {r["organisationId"] for r in reads[: len(reads) - before]} == {
        str(people.world.actor(role, side).organisation_id)
        for role, side in ((Role.DESK, "b"), (Role.PARTNER, "a"), (Role.ADMIN, "a"), (Role.MUNICIPALITY, "a"))
    }
    assert reads[0]["details"] == {
        "what": "household",
        "fields": ["needs.specialNeedsEducation", "needs.wheelchair"],
    }


def test_a_list_shows_classified_fields_by_role_and_is_audited_once_naming_its_households(people) -> None:
    first, second = people.household(), people.household()
    listed = people.get("/households?limit=200", role=Role.PARTNER).json()["items"]
    shown = {h["id"]: h for h in listed}
    assert shown[first["id"]]["legalStatus"] == first["legalStatus"]  # the partner's work needs it
    assert shown[first["id"]]["needs"]["medicalCare"] is False
    events = people.get(
        "/audit-events?action=read_sensitive&subjectType=household&limit=200", role=Role.ADMIN
    )
    list_reads = [e for e in events.json()["items"] if e["details"].get("what") == "household-list"]
    assert len(list_reads) == 1  # one event per list call, not one per row
    assert {first["id"], second["id"]} <= set(list_reads[0]["details"]["householdIds"])
    assert "legalStatus" in list_reads[0]["details"]["fields"]


def test_who_may_not_read_legal_status_may_not_filter_by_it(people) -> None:
    refused = people.get("/households?legalStatus=ukrainian_tpd", role=Role.MUNICIPALITY)
    assert refused.status_code == 403 and refused.json()["type"].endswith("/legal-status-not-readable")
    assert people.get("/households?legalStatus=ukrainian_tpd", role=Role.PARTNER).status_code == 200


def test_lists_leave_restricted_fields_out_and_are_scoped(people) -> None:
    mine = people.household()
    theirs = people.household(side="b")
    partner_list = people.get("/households?limit=200", role=Role.PARTNER).json()
    ids = {h["id"] for h in partner_list["items"]}
    assert mine["id"] in ids and theirs["id"] not in ids
    assert all(h["restrictedFieldsShown"] is False and h["notes"] is None for h in partner_list["items"])
    desk_ids = {h["id"] for h in people.get("/households?limit=200").json()["items"]}
    assert {mine["id"], theirs["id"]} <= desk_ids
    assert people.get("/households", role=Role.MUNICIPALITY).json()["total"] == 0
    by_reference = people.get(f"/households?reference={mine['reference'].lower()}").json()
    assert [h["id"] for h in by_reference["items"]] == [mine["id"]]
    assert not sensitive_reads(people, theirs["id"])[1:]  # only its creation response


def test_update_a_household(people) -> None:
    household = people.household()
    path = f"/households/{household['id']}"
    response = people.client.patch(
        "/api/v1" + path,
        json={
            "children": 2,
            "members": [{"ageBand": "age_30_49"}] * 2 + [{"ageBand": "age_0_3"}] * 2,
            "needs": {"wheelchair": True, "pets": True, "petDetails": "one dog"},
            "notes": None,
        },
        headers=people.as_role(Role.PARTNER),
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["size"] == 4 and body["needs"]["wheelchair"] and body["needs"]["petDetails"] == "one dog"
    assert body["needs"]["details"] is None and body["notes"] is None
    mismatch = people.client.patch("/api/v1" + path, json={"adults": 3}, headers=people.as_role(Role.PARTNER))
    assert mismatch.status_code == 422 and mismatch.json()["type"].endswith("members-mismatch")
    null = people.client.patch(
        "/api/v1" + path, json={"legalStatus": None}, headers=people.as_role(Role.DESK)
    )
    assert null.status_code == 422
    partner_b = str(people.world.organisation(OrganisationKind.PARTNER, "b"))
    # The supporting organisation changes through a transfer (tests/referrals), not a field edit.
    for role in (Role.PARTNER, Role.DESK):
        handover = people.client.patch(
            "/api/v1" + path, json={"supportingOrganisationId": partner_b}, headers=people.as_role(role)
        )
        assert handover.status_code == 409 and handover.json()["type"].endswith("use-referral"), role
    unchanged = people.client.patch(
        "/api/v1" + path,
        json={"supportingOrganisationId": household["supportingOrganisationId"], "adults": 2},
        headers=people.as_role(Role.PARTNER),
    )
    assert unchanged.status_code == 200  # clients that send the whole record keep working
    correction = people.client.patch(
        "/api/v1" + path, json={"supportingOrganisationId": partner_b}, headers=people.as_role(Role.ADMIN)
    )
    assert correction.status_code == 200 and correction.json()["supportingOrganisationId"] == partner_b
    assert people.get(path, role=Role.PARTNER).status_code == 404  # corrected to partner b
    assert people.get(path, role=Role.PARTNER, side="b").status_code == 200
    audit = people.get(
        f"/audit-events?subjectType=household&subjectId={household['id']}&action=update", role=Role.ADMIN
    )
    assert audit.json()["items"][0]["details"]["supportingOrganisation"] == {
        "from": household["supportingOrganisationId"],
        "to": partner_b,
    }
    assert (
        people.client.patch(
            "/api/v1" + path, json={"adults": 1}, headers=people.as_role(Role.MUNICIPALITY)
        ).status_code
        == 403
    )


def test_requests_are_scoped_like_their_households(people) -> None:
    household = people.household()
    request = people.request(household["id"])
    rid = request["id"]
    assert request["notes"] is None
    assert people.get(f"/relocation-requests/{rid}", role=Role.PARTNER).status_code == 200
    assert people.get(f"/relocation-requests/{rid}", role=Role.PARTNER, side="b").status_code == 404
    assert people.get(f"/relocation-requests/{rid}", role=Role.MUNICIPALITY).status_code == 404
    assert people.get(f"/relocation-requests/{rid}/events", role=Role.PARTNER, side="b").status_code == 404
    assert people.get(f"/relocation-requests/{rid}", role=Role.HOST).status_code == 403
    listed = people.get("/relocation-requests?status=submitted&limit=200", role=Role.PARTNER, side="b").json()
    assert rid not in {r["id"] for r in listed["items"]}
    theirs = people.post(
        "/relocation-requests",
        {"householdId": household["id"], "reason": "safety", "mustMoveBy": request["mustMoveBy"]},
        role=Role.PARTNER,
        side="b",
    )
    assert theirs.status_code == 422 and theirs.json()["type"].endswith("unknown-household")


def test_one_open_request_per_household_and_request_validation(people) -> None:
    household = people.household()
    people.request(household["id"])
    again = people.post(
        "/relocation-requests",
        {"householdId": household["id"], "reason": "safety", "mustMoveBy": TODAY.isoformat()},
        role=Role.PARTNER,
    )
    assert again.status_code == 409 and again.json()["type"].endswith("open-request-exists")
    other = people.household()
    for body, status in (
        ({"mustMoveBy": (TODAY - timedelta(days=1)).isoformat()}, 422),
        ({"preferredMunicipalities": ["GM9999"]}, 422),
        ({"anchors": [{"kind": "work", "lat": 40.0, "lon": 5.0}]}, 400),
        ({"anchors": [{"kind": "gym", "lat": 52.0, "lon": 5.0}]}, 400),
        ({"currentPlacementId": str(uuid.uuid4())}, 422),
        ({"urgency": "whenever"}, 400),
    ):
        base = {"householdId": other["id"], "reason": "conflict", "mustMoveBy": TODAY.isoformat()}
        response = people.post("/relocation-requests", base | body, role=Role.PARTNER)
        assert response.status_code == status, (body, response.text)
        assert response.headers["content-type"] == "application/problem+json"


def test_update_an_open_request(people) -> None:
    household = people.household()
    request = people.request(household["id"])
    path = f"/api/v1/relocation-requests/{request['id']}"
    response = people.client.patch(
        path,
        json={
            "urgency": "emergency",
            "anchors": [{"kind": "carer", "lat": 52.2, "lon": 5.2}],
            "notes": "Grandmother nearby.",
        },
        headers=people.as_role(Role.PARTNER),
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["urgency"] == "emergency" and body["nextStepExpectedOn"] == TODAY.isoformat()
    assert [a["kind"] for a in body["anchors"]] == ["carer"] and body["notes"] == "Grandmother nearby."
    assert people.events(request["id"])[-1]["kind"] == "updated"
    assert (
        people.post(
            f"/relocation-requests/{request['id']}/cancel", {"reason": "x"}, role=Role.PARTNER
        ).status_code
        == 200
    )
    closed = people.client.patch(path, json={"urgency": "high"}, headers=people.as_role(Role.PARTNER))
    assert closed.status_code == 409


def test_households_are_found_by_reference_and_contact_only_by_those_who_may_read_it(people) -> None:
    small = people.household(adults=1, children=0, members=[], contact={"email": "olena.k@example.org"})
    large = people.household(adults=3, children=2, members=[], contact={"phone": "+31 6 5555 0101"})

    def refs(query: str, role: Role = Role.PARTNER) -> list[str]:
        response = people.get(f"/households?{query}", role=role)
        assert response.status_code == 200, response.text
        return [h["reference"] for h in response.json()["items"]]

    assert refs(f"q={small['reference'][-4:].lower()}") == [small["reference"]]
    assert refs("q=olena.k") == [small["reference"]]  # the partner reads its households' contacts
    assert refs("q=5555") == [large["reference"]]
    ours = {small["reference"], large["reference"]}
    by_size = [r for r in refs("sort=size&limit=200") if r in ours]
    assert by_size == [small["reference"], large["reference"]]
    assert [r for r in refs("sort=-size&limit=200") if r in ours] == [large["reference"], small["reference"]]
    assert [r for r in refs("sort=-createdAt&limit=200") if r in ours] == [
        large["reference"],
        small["reference"],
    ]
    assert people.get("/households?sort=bogus").status_code == 400
