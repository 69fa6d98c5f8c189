"""The shipped CBS 2025 reference data: every municipality, its province and safety region."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from api.core.authorization import Role
from api.reference import service
from api.reference.models import Municipality

KNOWN = {
    # code: (name, province, safety region)
    "GM0363": ("Amsterdam", "Noord-Holland", "VR13"),
    "GM0344": ("Utrecht", "Utrecht", "VR09"),
    "GM0599": ("Rotterdam", "Zuid-Holland", "VR17"),
    "GM0518": ("'s-Gravenhage", "Zuid-Holland", "VR15"),
    "GM0080": ("Leeuwarden", "Fryslân", "VR02"),
    "GM0935": ("Maastricht", "Limburg", "VR24"),
    "GM0034": ("Almere", "Flevoland", "VR25"),
    "GM1992": ("Voorne aan Zee", "Zuid-Holland", "VR17"),  # formed on 1 January 2023
    "GM0317": ("Eemnes", "Utrecht", "VR09"),
    "GM1945": ("Berg en Dal", "Gelderland", "VR08"),
}
REGIONS = {
    "VR13": "Amsterdam-Amstelland",
    "VR09": "Utrecht",
    "VR17": "Rotterdam-Rijnmond",
    "VR10": "Noord-Holland-Noord",
    "VR24": "Limburg-Zuid",
}
PROVINCES = {
    "Groningen", "Fryslân", "Drenthe", "Overijssel", "Flevoland", "Gelderland",
    "Utrecht", "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg",
}  # fmt: skip


def test_a_fresh_database_holds_all_342_municipalities_in_25_regions(db: Session) -> None:
    municipalities = db.exec(select(Municipality)).all()
    assert len(municipalities) == 342
    assert len({m.code for m in municipalities}) == 342
    assert {m.province for m in municipalities} == PROVINCES
    assert len({m.safety_region_code for m in municipalities}) == 25
    assert all(m.safety_region_code for m in municipalities)
    for code, (name, province, region) in KNOWN.items():
        found = db.get(Municipality, code)
        assert (found.name, found.province, found.safety_region_code) == (name, province, region)


def test_every_safety_region_lies_in_one_province(db: Session) -> None:
    provinces: dict[str, set[str]] = {}
    for m in db.exec(select(Municipality)).all():
        provinces.setdefault(m.safety_region_code, set()).add(m.province)
    assert all(len(found) == 1 for found in provinces.values()), provinces


def test_the_packaged_files_agree_with_the_database(db: Session) -> None:
    rows = service.read_csv(service.MUNICIPALITIES_CSV)
    regions = service.read_regions_csv(service.SAFETY_REGIONS_CSV)
    assert (len(rows), len(regions)) == (342, 25)
    assert {r.code for r in regions} == {f"VR{n:02d}" for n in range(1, 26)}
    stored = {m.code: (m.name, m.lat, m.lon) for m in db.exec(select(Municipality)).all()}
    assert {r.code: (r.name, r.lat, r.lon) for r in rows} == stored


def test_safety_regions_list_their_municipalities(client: TestClient, as_role) -> None:
    listed = client.get("/api/v1/safety-regions", headers=as_role(Role.HOST)).json()
    assert listed["total"] == 25 == len(listed["items"])
    by_code = {r["code"]: r for r in listed["items"]}
    for code, name in REGIONS.items():
        assert by_code[code]["name"] == name
    assert sum(len(r["municipalities"]) for r in listed["items"]) == 342
    amsterdam_amstelland = {m["code"] for m in by_code["VR13"]["municipalities"]}
    assert {"GM0363", "GM0362"} <= amsterdam_amstelland  # Amsterdam, Amstelveen
    one = client.get("/api/v1/safety-regions/vr17", headers=as_role(Role.PARTNER)).json()
    assert one["name"] == "Rotterdam-Rijnmond"
    assert {"GM0599", "GM1992"} <= {m["code"] for m in one["municipalities"]}
    assert client.get("/api/v1/safety-regions/VR26", headers=as_role(Role.DESK)).status_code == 404
    assert client.get("/api/v1/safety-regions/Utrecht", headers=as_role(Role.DESK)).status_code == 400


def test_municipalities_carry_and_filter_by_their_safety_region(client: TestClient, as_role) -> None:
    headers = as_role(Role.DESK)
    assert client.get("/api/v1/municipalities/GM0344", headers=headers).json()["safetyRegionCode"] == "VR09"
    in_region = client.get("/api/v1/municipalities?safetyRegion=VR13&limit=50", headers=headers).json()
    assert {m["safetyRegionCode"] for m in in_region["items"]} == {"VR13"}
    assert "GM0363" in {m["code"] for m in in_region["items"]}


def test_an_import_without_a_region_column_keeps_the_regions(db: Session, tmp_path: Path) -> None:
    update = tmp_path / "update.csv"
    update.write_text("code,name,province,lat,lon\nGM0344,Utrecht (stad),Utrecht,52.09,5.12\n")
    service.upsert_municipalities(db, service.read_csv(update))
    db.flush()
    utrecht = db.get(Municipality, "GM0344")
    assert (utrecht.name, utrecht.safety_region_code) == ("Utrecht (stad)", "VR09")


def test_an_import_naming_an_unknown_region_is_refused(db: Session, tmp_path: Path) -> None:
    update = tmp_path / "update.csv"
    update.write_text(
        "code,name,province,safety_region_code,lat,lon\nGM0344,Utrecht,Utrecht,VR99,52.09,5.12\n"
    )
    with pytest.raises(ValueError, match="VR99"):
        service.upsert_municipalities(db, service.read_csv(update))
