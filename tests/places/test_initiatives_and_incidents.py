"""Citizen initiatives' pipeline and dossier; safeguarding incidents."""

from fastapi.testclient import TestClient

from api.core.authorization import Role

INITIATIVE = {
    "name": "Vier zorgwoningen aan de Dorpsweg",
    "municipalityCode": "GM0344",
    "kind": "care_homes",
    "plannedPlaces": 16,
    "permits": [{"kind": "kruimelregeling", "status": "requested", "requestedOn": "2026-10-01"}],
    "stakeholders": [{"role": "woningcorporatie", "organisation": "Mitros"}],
    "risks": [
        {"description": "Huurrecht tegenover een horizon van drie jaar", "owner": "municipality"},
        {"description": "Bestemmingsplan staat wonen niet toe", "owner": "initiator"},
    ],
    "supportNeeds": ["juridisch advies", "contact met omwonenden"],
    "endsOn": "2029-10-01",
    "initiator": {"name": "Kees en Ria", "email": "kees@example.org"},
}


def create(client, as_role, **overrides) -> dict:
    response = client.post(
        "/api/v1/citizen-initiatives", json=INITIATIVE | overrides, headers=as_role(Role.MUNICIPALITY)
    )
    assert response.status_code == 201, response.text
    return response.json()


def stage(client, headers, initiative_id, body):
    return client.post(
        f"/api/v1/citizen-initiatives/{initiative_id}/stage-changes", json=body, headers=headers
    )


def test_the_dossier_holds_permits_stakeholders_risk_owners(client: TestClient, as_role) -> None:
    initiative = create(client, as_role)
    assert initiative["stage"] == "idea"
    assert initiative["allowedNextStages"] == ["permits", "abandoned"]
    assert [r["owner"] for r in initiative["risks"]] == ["municipality", "initiator"]
    assert initiative["permits"][0] == {
        "kind": "kruimelregeling",
        "status": "requested",
        "requestedOn": "2026-10-01",
        "decidedOn": None,
    }
    for role in (Role.DESK, Role.PARTNER, Role.ADMIN):  # one dossier all parties see
        assert (
            client.get(f"/api/v1/citizen-initiatives/{initiative['id']}", headers=as_role(role)).status_code
            == 200
        )


def test_pipeline_to_open_creates_a_small_scale_location_and_keeps_history(
    client: TestClient, as_role
) -> None:
    headers = as_role(Role.MUNICIPALITY)
    initiative = create(client, as_role)
    assert stage(client, headers, initiative["id"], {"stage": "permits"}).status_code == 201
    assert (
        stage(
            client, headers, initiative["id"], {"stage": "preparing", "note": "Vergunning verleend"}
        ).status_code
        == 201
    )
    missing = stage(client, headers, initiative["id"], {"stage": "open"})
    assert missing.status_code == 422
    opened = stage(
        client,
        headers,
        initiative["id"],
        {"stage": "open", "address": "Dorpsweg 4", "lat": 52.08, "lon": 5.15},
    )
    assert opened.status_code == 201, opened.text
    location_id = opened.json()["shelterLocationId"]
    location = client.get(f"/api/v1/shelter-locations/{location_id}", headers=headers).json()
    assert (location["kind"], location["status"], location["closesOn"]) == (
        "small_scale",
        "open",
        "2029-10-01",
    )
    assert stage(client, headers, initiative["id"], {"stage": "closed"}).status_code == 201
    history = client.get(
        f"/api/v1/citizen-initiatives/{initiative['id']}/stage-changes", headers=headers
    ).json()
    assert [(e["fromStage"], e["toStage"]) for e in history["items"]] == [
        (None, "idea"),
        ("idea", "permits"),
        ("permits", "preparing"),
        ("preparing", "open"),
        ("open", "closed"),
    ]
    assert history["items"][2]["note"] == "Vergunning verleend"


def test_illegal_transitions_are_409_naming_what_is_allowed(client: TestClient, as_role) -> None:
    headers = as_role(Role.MUNICIPALITY)
    initiative = create(client, as_role)
    skipped = stage(client, headers, initiative["id"], {"stage": "open"})
    assert skipped.status_code == 409
    assert "permits" in skipped.json()["detail"]
    assert stage(client, headers, initiative["id"], {"stage": "abandoned"}).status_code == 201
    assert stage(client, headers, initiative["id"], {"stage": "idea"}).status_code == 409
    assert stage(client, headers, initiative["id"], {"stage": "dreaming"}).status_code == 400


def test_scope_and_roles(client: TestClient, as_role) -> None:
    initiative = create(client, as_role)
    url = f"/api/v1/citizen-initiatives/{initiative['id']}"
    other = as_role(Role.MUNICIPALITY, "b")
    assert client.get(url, headers=other).status_code == 404
    assert client.patch(url, json={"plannedPlaces": 4}, headers=other).status_code == 404
    assert client.patch(url, json={"plannedPlaces": 4}, headers=as_role(Role.PARTNER)).status_code == 403
    elsewhere = client.post(
        "/api/v1/citizen-initiatives",
        json=INITIATIVE | {"municipalityCode": "GM0363"},
        headers=as_role(Role.MUNICIPALITY),
    )
    assert elsewhere.status_code == 403
    updated = client.patch(
        url, json={"plannedPlaces": 12, "supportNeeds": []}, headers=as_role(Role.MUNICIPALITY)
    )
    assert updated.status_code == 200 and updated.json()["plannedPlaces"] == 12
    assert (
        client.patch(
            url, json={"endsOn": "2020-01-01", "startsOn": "2021-01-01"}, headers=as_role(Role.MUNICIPALITY)
        ).status_code
        == 422
    )


def test_incident_on_a_host_suspends_it_and_hides_the_reporter(
    client: TestClient, as_role, world, new_host
) -> None:
    host = new_host()
    report = client.post(
        "/api/v1/incidents",
        json={
            "subjectType": "host_family",
            "subjectId": host["id"],
            "severity": "critical",
            "description": "Huisgenoot maakt misbruik van de situatie",
        },
        headers=as_role(Role.PARTNER),  # the host family's managing organisation
    )
    assert report.status_code == 201
    incident = report.json()
    assert incident["reporterUserId"] is None  # the reporter's own view hides it too
    assert (
        client.get(f"/api/v1/host-families/{host['id']}", headers=as_role(Role.PARTNER)).json()["suspended"]
        is True
    )
    as_admin = client.get(f"/api/v1/incidents/{incident['id']}", headers=as_role(Role.ADMIN)).json()
    assert as_admin["reporterUserId"] == str(world.actor(Role.PARTNER).user_id)
    as_partner = client.get(f"/api/v1/incidents/{incident['id']}", headers=as_role(Role.PARTNER)).json()
    assert as_partner["reporterUserId"] is None and as_partner["reporterOrganisationId"] is None
    assert (
        client.get(f"/api/v1/incidents/{incident['id']}", headers=as_role(Role.PARTNER, "b")).status_code
        == 404
    )
    assert (
        client.post(
            f"/api/v1/incidents/{incident['id']}/close",
            json={"outcome": "resolved", "note": "ok"},
            headers=as_role(Role.PARTNER),
        ).status_code
        == 403
    )
    removed = client.post(
        f"/api/v1/incidents/{incident['id']}/close",
        json={"outcome": "subject_removed", "note": "Gastgezin uitgesloten na onderzoek"},
        headers=as_role(Role.DESK),
    )
    assert removed.status_code == 200
    after = client.get(f"/api/v1/host-families/{host['id']}", headers=as_role(Role.PARTNER)).json()
    assert after["suspended"] is False and after["vetting"]["status"] == "rejected"
    again = client.post(
        f"/api/v1/incidents/{incident['id']}/close",
        json={"outcome": "resolved", "note": "x"},
        headers=as_role(Role.DESK),
    )
    assert again.status_code == 409


def test_incident_on_unknown_subject_is_404_and_lists_are_scoped(
    client: TestClient, as_role, new_location
) -> None:
    import uuid

    unknown = client.post(
        "/api/v1/incidents",
        json={
            "subjectType": "shelter_location",
            "subjectId": str(uuid.uuid4()),
            "severity": "low",
            "description": "x",
        },
        headers=as_role(Role.DESK),
    )
    assert unknown.status_code == 404
    location = new_location()
    client.post(
        "/api/v1/incidents",
        json={
            "subjectType": "shelter_location",
            "subjectId": location["id"],
            "severity": "medium",
            "description": "Brandmelder defect",
        },
        headers=as_role(Role.MUNICIPALITY),  # the location lies in its territory
    )
    mine = client.get(
        f"/api/v1/incidents?subjectId={location['id']}", headers=as_role(Role.MUNICIPALITY)
    ).json()
    theirs = client.get(
        f"/api/v1/incidents?subjectId={location['id']}", headers=as_role(Role.MUNICIPALITY, "b")
    ).json()
    assert (mine["total"], theirs["total"]) == (1, 0)
    suspended = client.get(
        f"/api/v1/shelter-locations/{location['id']}", headers=as_role(Role.MUNICIPALITY)
    ).json()
    assert suspended["suspended"] is True
