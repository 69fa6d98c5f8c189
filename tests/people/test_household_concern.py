"""A placed household says "something is not right" through its status link (#11 defect 2): the
report names nobody, suspends the place until a reviewer decides, and reaches the reviewers."""

from api.core.authorization import Role


def concern(people, token: str, **body):  # type: ignore[no-untyped-def]
    payload = {"description": "De gastheer sluit ons 's nachts buiten."} | body
    return people.client.post(f"/api/v1/status/{token}/concerns?lang=nl", json=payload)


def test_a_placed_household_reports_its_place_without_its_name(people, places) -> None:
    host = places.host()
    placed = people.accepted("host_family", host.id)
    token = placed["request"]["statusLink"]["token"]
    answer = concern(people, token, urgent=True)
    assert answer.status_code == 201, answer.text
    assert answer.json()["text"].startswith("Dank u.")

    reports = people.get("/incidents?limit=200", role=Role.ADMIN).json()["items"]
    mine = [r for r in reports if r["subjectId"] == str(host.id)]
    assert len(mine) == 1
    assert mine[0]["severity"] == "high" and mine[0]["suspendsSubject"] is True
    assert mine[0]["reporterUserId"] is None and mine[0]["reporterOrganisationId"] is None
    assert people.get(f"/host-families/{host.id}", role=Role.ADMIN).json()["suspended"] is True
    host_view = people.get("/incidents?limit=200", role=Role.HOST).json()["items"]
    assert all(r["subjectId"] != str(host.id) for r in host_view)  # the host does not see the report


def test_before_it_has_a_place_there_is_nothing_to_report_on(people) -> None:
    request = people.request(people.household()["id"])
    refused = concern(people, request["statusLink"]["token"])
    assert refused.status_code == 409 and refused.json()["type"].endswith("/household-not-placed")


def test_an_unknown_link_reports_nothing(people) -> None:
    assert concern(people, "onds_" + "x" * 43).status_code == 404
    too_long = concern(people, "onds_" + "x" * 43, description="x" * 2001)
    assert too_long.status_code in (400, 404, 422)
