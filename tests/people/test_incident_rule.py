"""Who may report on what. A report suspends its place only when it comes from someone with a stake
in it: the place's operator (for a location in its territory, the municipality), the organisation
supporting a household placed there, the desk placing there, the host about its own home. Others
who can see the place file a report that waits for review without suspending it; a place the caller
cannot see gets the same 404 as an id that does not exist. The operator sees reports on its places
and responds to them."""

import uuid

import pytest

from api.core.authorization import Role
from api.identity.models import OrganisationKind
from tests.people.conftest import People, Places


def report(people: People, subject_type: str, subject_id, role: Role, side: str = "a"):
    return people.post(
        "/incidents",
        {
            "subjectType": subject_type,
            "subjectId": str(subject_id),
            "severity": "high",
            "description": "Onveilig.",
        },
        role=role,
        side=side,
    )


def suspended_unit(people: People, unit) -> bool:
    response = people.get(f"/shelter-locations/{unit.location_id}/units/{unit.id}", role=Role.ADMIN)
    return response.json()["suspended"]


@pytest.fixture
def others_unit(places: Places, people: People):
    """A unit at a location in side a's municipality, operated by side b's partner."""
    operator = people.world.organisation(OrganisationKind.PARTNER, "b")
    return places.unit({"operator_organisation_id": operator}, beds=4)


def test_a_host_or_a_stranger_cannot_suspend_someone_elses_place(people, places, others_unit) -> None:
    for role, side in [(Role.HOST, "a"), (Role.PARTNER, "a"), (Role.MUNICIPALITY, "b"), (Role.HOST, "b")]:
        for subject_type, subject_id in [
            ("shelter_unit", others_unit.id),
            ("shelter_location", others_unit.location_id),
        ]:
            refused = report(people, subject_type, subject_id, role, side)
            assert refused.status_code == 404, (role, side, refused.text)
    host = places.host("b")
    for role, side in [(Role.HOST, "a"), (Role.PARTNER, "a"), (Role.MUNICIPALITY, "b")]:
        assert report(people, "host_family", host.id, role, side).status_code == 404
    assert suspended_unit(people, others_unit) is False
    assert people.get(f"/host-families/{host.id}", role=Role.ADMIN).json()["suspended"] is False


@pytest.mark.parametrize("role", list(Role))
def test_an_unknown_id_and_a_place_out_of_sight_get_the_same_answer(
    people, places, others_unit, role
) -> None:
    """No existence oracle: the same status, type and detail. Desks and admins see every place."""
    side = "b" if role == Role.MUNICIPALITY else "a"  # the municipality whose territory it is not
    host = places.host("b")
    for subject_type, existing in [
        ("shelter_unit", others_unit.id),
        ("shelter_location", others_unit.location_id),
        ("host_family", host.id),
    ]:
        unknown = report(people, subject_type, uuid.uuid4(), role, side)
        seen = report(people, subject_type, existing, role, side)
        assert unknown.status_code == 404
        if role in (Role.ADMIN, Role.DESK):
            assert seen.status_code == 201
        else:
            assert seen.status_code == 404, seen.text
            assert (seen.json()["type"], seen.json()["detail"]) == (
                unknown.json()["type"],
                unknown.json()["detail"],
            )


def test_a_report_from_someone_without_a_stake_waits_for_review(people, places, others_unit) -> None:
    filed = report(people, "shelter_unit", others_unit.id, Role.DESK)  # a desk sees every place
    assert filed.status_code == 201, filed.text
    assert filed.json()["status"] == "open" and filed.json()["suspendsSubject"] is False
    assert suspended_unit(people, others_unit) is False
    # It is a review case: a reviewer closes it.
    closed = people.post(
        f"/incidents/{filed.json()['id']}/close", {"outcome": "unfounded", "note": "Gesproken."}
    )
    assert closed.status_code == 200, closed.text


def test_the_operator_and_the_municipality_of_the_place_suspend_it(people, places, others_unit) -> None:
    by_operator = report(people, "shelter_unit", others_unit.id, Role.PARTNER, "b")
    assert by_operator.status_code == 201, by_operator.text
    assert by_operator.json()["suspendsSubject"] is True
    assert suspended_unit(people, others_unit) is True
    by_municipality = report(people, "shelter_location", others_unit.location_id, Role.MUNICIPALITY, "a")
    assert by_municipality.status_code == 201 and by_municipality.json()["suspendsSubject"] is True
    location = people.get(f"/shelter-locations/{others_unit.location_id}", role=Role.ADMIN).json()
    assert location["suspended"] is True and location["available"] == 0


def test_the_supporting_organisation_and_the_placing_desk_suspend_it(people, places, others_unit) -> None:
    placed = people.accepted("shelter_unit", others_unit.id)  # supported by partner a, offered by desk a
    assert placed["household"]["supportingOrganisationId"] == str(
        people.world.organisation(OrganisationKind.PARTNER)
    )
    by_other_desk = report(people, "shelter_unit", others_unit.id, Role.DESK, "b")
    assert by_other_desk.status_code == 201 and by_other_desk.json()["suspendsSubject"] is False
    assert suspended_unit(people, others_unit) is False
    by_partner = report(people, "shelter_unit", others_unit.id, Role.PARTNER, "a")
    assert by_partner.status_code == 201, by_partner.text
    assert by_partner.json()["suspendsSubject"] is True
    by_desk = report(people, "shelter_location", others_unit.location_id, Role.DESK, "a")
    assert by_desk.status_code == 201 and by_desk.json()["suspendsSubject"] is True
    assert suspended_unit(people, others_unit) is True


def test_a_host_reports_about_its_own_home_and_guests(people, places) -> None:
    host_user = people.world.actor(Role.HOST)
    own = places.host(host_user_id=host_user.user_id)
    filed = report(people, "host_family", own.id, Role.HOST)
    assert filed.status_code == 201 and filed.json()["suspendsSubject"] is True
    assert people.get(f"/host-families/{own.id}", role=Role.ADMIN).json()["suspended"] is True
    neighbour = places.host()  # the same partner's other host family
    assert report(people, "host_family", neighbour.id, Role.HOST).status_code == 404


def test_the_operator_sees_reports_on_its_place_and_responds(people, places, others_unit) -> None:
    filed = report(people, "shelter_unit", others_unit.id, Role.DESK).json()
    listed = people.get(f"/incidents?subjectId={others_unit.id}", role=Role.PARTNER, side="b").json()
    assert [i["id"] for i in listed["items"]] == [filed["id"]]
    assert people.get(f"/incidents/{filed['id']}", role=Role.PARTNER, side="b").status_code == 200
    path = f"/incidents/{filed['id']}/response"
    answer = {"note": "De rookmelder is vervangen; zie foto bij de beheerder."}
    responded = people.post(path, answer, role=Role.PARTNER, side="b")
    assert responded.status_code == 200, responded.text
    assert responded.json()["response"] == answer["note"] and responded.json()["respondedAt"] is not None
    # Those who may not see it, and those who see it without running the place, may not answer.
    assert people.post(path, answer, role=Role.PARTNER, side="a").status_code == 404
    assert people.post(path, answer, role=Role.HOST).status_code == 404
    assert people.post(path, answer, role=Role.DESK).status_code == 403
    assert people.post(path, {"note": ""}, role=Role.PARTNER, side="b").status_code == 400
    # The reviewer sees the response and still decides.
    seen = people.get(f"/incidents/{filed['id']}", role=Role.DESK).json()
    assert seen["response"] == answer["note"]
    closed = people.post(f"/incidents/{filed['id']}/close", {"outcome": "resolved", "note": "Opgelost."})
    assert closed.status_code == 200
    assert people.post(path, answer, role=Role.PARTNER, side="b").status_code == 409
