"""Finding places: free text over the name and the municipality's name, and sorting both ways."""

from fastapi.testclient import TestClient

from api.core.authorization import Role


def _ids(client: TestClient, headers: dict, path: str) -> list[str]:
    response = client.get(f"/api/v1/{path}", headers=headers)
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


def test_locations_are_found_by_municipality_name_and_sorted_both_ways(
    client: TestClient, as_role, new_location
) -> None:
    a = new_location(name="Aak")
    b = new_location(name="Berk")
    headers = as_role(Role.DESK)
    assert _ids(client, headers, "shelter-locations?q=utrech&sort=name") == [a["id"], b["id"]]
    assert _ids(client, headers, "shelter-locations?q=UTRECHT&sort=-name") == [b["id"], a["id"]]
    assert _ids(client, headers, "shelter-locations?q=berk") == [b["id"]]
    assert _ids(client, headers, "shelter-locations?q=amsterdam") == []
    assert _ids(client, headers, "shelter-locations?sort=createdAt")[-2:] == [a["id"], b["id"]]


def test_host_families_are_found_by_name_or_municipality_and_sorted(
    client: TestClient, as_role, new_host
) -> None:
    jansen = new_host(displayName="Familie Jansen", beds=3)
    bakker = new_host(displayName="Familie Bakker", beds=5, municipalityCode="GM0363")
    headers = as_role(Role.PARTNER)
    assert _ids(client, headers, "host-families?q=familie&sort=displayName") == [bakker["id"], jansen["id"]]
    assert _ids(client, headers, "host-families?q=familie&sort=-displayName") == [jansen["id"], bakker["id"]]
    assert _ids(client, headers, "host-families?q=amsterdam") == [bakker["id"]]
    assert _ids(client, headers, "host-families?q=jans") == [jansen["id"]]
    assert _ids(client, headers, "host-families?q=familie&sort=-freeBeds") == [bakker["id"], jansen["id"]]
    assert _ids(client, headers, "host-families?q=familie&sort=freeBeds") == [jansen["id"], bakker["id"]]
    assert client.get("/api/v1/host-families?sort=bogus", headers=headers).status_code == 400
