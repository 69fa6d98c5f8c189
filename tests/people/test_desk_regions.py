"""A relocation desk's working area (#13 part 4): with safety regions set, a desk sees the households
anchored, placed or preferring to live there, those it registered and those referred to it; without,
it works nationally. Only platform administrators set it."""

import uuid
from datetime import timedelta

from api.core.authorization import Role
from api.identity.models import OrganisationKind
from api.placements.models import PlaceType
from api.placements.service import hold_beds
from tests.people.conftest import TODAY

AMSTERDAM = {"kind": "work", "label": "Haven", "lat": 52.37, "lon": 4.9, "municipalityCode": "GM0363"}
NO_CODE = {"kind": "school", "label": "School", "lat": 52.1, "lon": 5.13}


def set_area(people, regions: list[str] | None, side: str = "b"):  # type: ignore[no-untyped-def]
    desk = people.world.organisation(OrganisationKind.RELOCATION_DESK, side)
    return people.client.patch(
        f"/api/v1/organisations/{desk}",
        json={"safetyRegionCodes": regions},
        headers=people.as_role(Role.ADMIN),
    )


def sees(people, household_id: str) -> bool:
    response = people.get(f"/households/{household_id}", role=Role.DESK, side="b")
    assert response.status_code in (200, 404), response.text
    return response.status_code == 200


def test_a_regional_desk_sees_the_households_of_its_regions_only(people, places, db) -> None:
    in_utrecht = people.household()
    utrecht_request = people.request(in_utrecht["id"])  # anchored in and preferring Utrecht (VR09)
    anchored = people.household()
    people.request(anchored["id"], anchors=[AMSTERDAM], preferredMunicipalities=[])
    preferring = people.household()
    people.request(preferring["id"], anchors=[NO_CODE], preferredMunicipalities=["GM0363"])
    placed = people.household()
    host = places.host(municipality_code="GM0363")
    hold_beds(
        db,
        household_id=uuid.UUID(placed["id"]),
        place_type=PlaceType.HOST_FAMILY,
        place_id=host.id,
        beds=3,
        starts_on=TODAY - timedelta(days=3),
        arrived_on=TODAY - timedelta(days=3),
    )
    db.commit()
    registered = people.household(role=Role.DESK, side="b")

    assert sees(people, in_utrecht["id"])  # national before a working area is set
    answer = set_area(people, ["VR13"])  # Amsterdam-Amstelland
    assert answer.status_code == 200, answer.text
    assert answer.json()["safetyRegionCodes"] == ["VR13"]

    assert not sees(people, in_utrecht["id"])
    for household in (anchored, preferring, placed, registered):
        assert sees(people, household["id"]), household["reference"]
    queue = people.get("/relocation-requests?limit=200", role=Role.DESK, side="b").json()["items"]
    assert utrecht_request["id"] not in {r["id"] for r in queue}
    assert (
        people.get(f"/relocation-requests/{utrecht_request['id']}", role=Role.DESK, side="b").status_code
        == 404
    )
    assert (
        people.get(f"/households/{in_utrecht['id']}", role=Role.DESK).status_code == 200
    )  # desk a: national

    assert set_area(people, None).status_code == 200
    assert sees(people, in_utrecht["id"])  # national again


def test_only_a_desk_has_a_working_area_of_known_regions_set_by_a_platform_admin(people) -> None:
    unknown = set_area(people, ["VR99"])
    assert unknown.status_code == 422 and unknown.json()["type"].endswith("/unknown-safety-region")
    partner = people.world.organisation(OrganisationKind.PARTNER)
    not_a_desk = people.client.patch(
        f"/api/v1/organisations/{partner}",
        json={"safetyRegionCodes": ["VR09"]},
        headers=people.as_role(Role.ADMIN),
    )
    assert not_a_desk.status_code == 422 and not_a_desk.json()["type"].endswith("/not-a-desk")
    desk = people.world.organisation(OrganisationKind.RELOCATION_DESK, "b")
    own_admin = people.client.patch(
        f"/api/v1/organisations/{desk}",
        json={"safetyRegionCodes": ["VR13"]},
        headers=people.as_role(Role.DESK, "b"),
    )
    assert own_admin.status_code == 403  # a desk does not choose its own area
