"""Exports: CSV and XLSX chosen by Accept or format, parsed back; typed cells; headers per language."""

import csv
import io
from datetime import date, datetime

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlmodel import Session, select

from api.core.authorization import Role
from api.reference.models import Municipality
from tests.reports.scenario import TODAY

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def parse_csv(response) -> list[list[str]]:
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_occupancy_as_csv_by_accept_with_dutch_headers(client: TestClient, as_role, scenario) -> None:
    headers = as_role(Role.DESK) | {"Accept": "text/csv"}
    json_report = client.get(
        "/api/v1/reports/occupancy?groupBy=municipality", headers=as_role(Role.DESK)
    ).json()
    response = client.get("/api/v1/reports/occupancy?groupBy=municipality", headers=headers)
    assert response.status_code == 200
    assert response.headers["content-language"] == "nl"
    assert 'filename="occupancy-' in response.headers["content-disposition"]
    rows = parse_csv(response)
    assert rows[0][:6] == ["Code", "Naam", "Locaties", "Bedden", "Geblokkeerd", "Bezet"]
    body = {r[0]: r for r in rows[1:-1]}
    for group in json_report["groups"]:
        assert int(body[group["key"]][3]) == group["beds"]
        assert int(body[group["key"]][5]) == group["occupied"]
    assert rows[-1][1] == "Totaal" and int(rows[-1][3]) == json_report["total"]["beds"]


@pytest.mark.parametrize(("language", "header"), [("en", "Beds"), ("uk", "Ліжка"), ("nl", "Bedden")])
def test_headers_follow_accept_language(client: TestClient, as_role, language, header) -> None:
    headers = as_role(Role.ADMIN) | {"Accept-Language": f"{language};q=0.9, ru;q=1.0"}
    rows = parse_csv(client.get("/api/v1/reports/occupancy?format=csv", headers=headers))
    assert rows[0][3] == header


def test_russian_is_never_the_default(client: TestClient, as_role) -> None:
    headers = as_role(Role.ADMIN) | {"Accept-Language": "ru"}
    response = client.get("/api/v1/reports/occupancy?format=csv", headers=headers)
    assert response.headers["content-language"] == "nl"


def test_forecast_as_xlsx_has_typed_dates_and_numbers(client: TestClient, as_role, scenario) -> None:
    headers = as_role(Role.DESK) | {"Accept": XLSX, "Accept-Language": "en"}
    json_report = client.get("/api/v1/reports/relocation-forecast?weeks=6", headers=as_role(Role.DESK)).json()
    response = client.get("/api/v1/reports/relocation-forecast?weeks=6", headers=headers)
    assert response.status_code == 200 and response.headers["content-type"] == XLSX
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Forecast", "Forecast by area"]
    weeks = list(workbook["Forecast"].iter_rows(values_only=True))
    assert weeks[0][:5] == ("Code", "Name", "Week from", "Week to", "Stays ending")
    assert len(weeks) - 1 == 6 * len(json_report["groups"])
    first = weeks[1]
    assert isinstance(first[2], datetime) and first[2].date() == TODAY
    assert isinstance(first[4], int)
    assert sum(r[4] for r in weeks[1:]) == sum(g["endings"] for g in json_report["groups"])
    cell = workbook["Forecast"]["C2"]
    assert cell.number_format == "yyyy-mm-dd"
    groups = list(workbook["Forecast by area"].iter_rows(values_only=True))[1:]
    assert {r[0]: r[5] for r in groups} == {g["key"]: g["flagged"] for g in json_report["groups"]}


def test_requests_xlsx_holds_every_table(client: TestClient, as_role, scenario) -> None:
    response = client.get(
        "/api/v1/reports/requests?format=xlsx", headers=as_role(Role.PARTNER) | {"Accept-Language": "en"}
    )
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Requests", "Status and urgency", "Decline reasons"]
    flow = list(workbook["Requests"].iter_rows(values_only=True))
    total = client.get("/api/v1/reports/requests", headers=as_role(Role.PARTNER)).json()["total"]
    assert flow[1][0] == "Total" and flow[1][3] == total["open"]


def test_a_municipality_exports_its_location_list(client: TestClient, as_role, scenario) -> None:
    headers = as_role(Role.MUNICIPALITY)
    listed = client.get("/api/v1/reports/locations", headers=headers).json()
    mine = [loc for loc in scenario.locations if loc.municipality_code == "GM0344"]
    assert listed["total"] == len(mine) == len(listed["items"])
    assert {i["municipalityCode"] for i in listed["items"]} <= {"GM0344"}
    by_id = {str(loc.id): loc for loc in mine}
    for item in listed["items"]:
        assert (item["capacity"], item["occupied"], item["free"]) == (
            by_id[item["id"]].capacity_beds, by_id[item["id"]].occupied_beds, by_id[item["id"]].free_beds,
        )  # fmt: skip
        assert item["smallScale"] == (by_id[item["id"]].capacity_beds <= 50)
    response = client.get("/api/v1/reports/locations?format=xlsx", headers=headers)
    sheet = load_workbook(io.BytesIO(response.content))["Locaties"]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) - 1 == len(mine)
    closes = [r[9] for r in rows[1:] if r[9] is not None]
    assert all(isinstance(d, (datetime, date)) for d in closes)
    assert all(isinstance(r[11], int) and isinstance(r[14], bool) for r in rows[1:])


def test_an_unknown_format_is_refused(client: TestClient, as_role) -> None:
    assert client.get("/api/v1/reports/occupancy?format=pdf", headers=as_role(Role.ADMIN)).status_code == 400


@pytest.mark.parametrize("narrowed_to", [None, "region", "municipality"])
def test_the_location_list_counts_each_locations_units_nationally_and_filtered(
    client: TestClient, as_role, db: Session, scenario, narrowed_to
) -> None:
    regions = {m.code: m.safety_region_code for m in db.exec(select(Municipality)).all()}
    municipality = scenario.locations[0].municipality_code
    query = {
        None: "",
        "region": f"?safetyRegion={regions[municipality]}",
        "municipality": f"?municipalityCode={municipality}",
    }[narrowed_to]
    listed = client.get(f"/api/v1/reports/locations{query}", headers=as_role(Role.ADMIN)).json()
    wanted = [
        loc
        for loc in scenario.locations
        if (narrowed_to != "region" or regions[loc.municipality_code] == regions[municipality])
        and (narrowed_to != "municipality" or loc.municipality_code == municipality)
    ]
    assert wanted
    assert sorted(i["id"] for i in listed["items"]) == sorted(str(loc.id) for loc in wanted)
    for item in listed["items"]:
        assert item["units"] == sum(1 for u in scenario.units if str(u.location_id) == item["id"])
        assert item["safetyRegionCode"] == regions[item["municipalityCode"]]
