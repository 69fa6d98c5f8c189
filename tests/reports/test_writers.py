"""The CSV and XLSX writers every report uses: CSV byte for byte as csv.writer writes it; XLSX with
typed cells, text that stays text (never a formula, a link or markup), Excel's escaping."""

import csv
import io
from datetime import date, datetime

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import Boolean, Column, Date, Integer, MetaData, String, delete, insert, select
from sqlalchemy import Table as SqlTable
from sqlmodel import Session

from api.core.authorization import Role
from api.identity.models import Organisation, OrganisationKind
from api.reports import routes
from api.reports.export import Table, copy_csv, to_csv, to_xlsx
from api.reports.labels import LANGUAGES, label
from api.reports.locations import ROW_FIELDS
from api.reports.tables import LOCATION_COLUMNS
from tests.conftest import IS_POSTGRES
from tests.reports.scenario import ROLES_WITH_REPORTS

TRICKY_TEXTS = [
    "plain", "", "a,b", 'say "hi"', "two\nlines", "cr\rhere", "crlf\r\nend", " lead", "trail ", "=SUM(A1:A2)",
    "https://example.nl", "<r>x</r>", "a & b < c > d", "tab\there", "Київ, вул. \"Хрещатик\"", "_x0041_",
]  # fmt: skip
COLUMNS = [("name", "text"), ("units", "int"), ("occupancy_rate", "float"), ("opens_on", "date"),
           ("small_scale", "bool")]  # fmt: skip


def csv_writer_bytes(table: Table) -> bytes:
    """What the export wrote before it joined the columns itself: csv.writer, cell by cell."""

    def text(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        return value.isoformat() if isinstance(value, date) else str(value)

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([label(key, "en") for key, _ in table.columns])
    writer.writerows([[text(v) for v in row] for row in table.rows])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def tricky_table() -> Table:
    rows = [
        [text, i, None if i % 3 else i / 7, date(2026, 1, 1 + i) if i % 2 else None,
         None if i % 5 == 4 else i % 2 == 0]
        for i, text in enumerate(TRICKY_TEXTS)
    ]  # fmt: skip
    return Table("sheet_locations", COLUMNS, [*rows, [None, None, 0.1 + 0.2, None, None]])


def test_csv_is_byte_for_byte_what_csv_writer_writes() -> None:
    table = tricky_table()
    assert to_csv(table, "en") == csv_writer_bytes(table)
    assert list(csv.reader(io.StringIO(to_csv(table, "en").decode("utf-8-sig"))))[1 + 4][0] == "two\nlines"


def test_csv_of_one_column_quotes_an_empty_cell_as_csv_writer_does() -> None:
    table = Table("sheet_locations", [("key", "text")], [["a"], [""], [None], ['"']])
    assert to_csv(table, "en") == csv_writer_bytes(table)
    assert (
        to_csv(Table("sheet_locations", COLUMNS), "en")
        == "\ufeffName,Units,Occupancy rate,Opens on,Small-scale\r\n".encode()
    )


def test_xlsx_cells_are_typed_and_text_stays_text() -> None:
    table = tricky_table()
    second = Table("sheet_decline_reasons", [("reason", "text"), ("count", "int")], [["te ver", 3]])
    workbook = load_workbook(io.BytesIO(to_xlsx([table, second], "uk")))
    assert workbook.sheetnames == ["Локації", "Причини відмови"]
    sheet = workbook["Локації"]
    assert sheet.freeze_panes == "A2"
    header = next(sheet.iter_rows())
    assert [c.value for c in header] == [
        "Назва",
        "Приміщення",
        "Рівень заповненості",
        "Відкривається",
        "Малі",
    ]
    assert all(c.font.b for c in header)
    for row, cells in zip(table.rows, sheet.iter_rows(min_row=2), strict=True):
        text, units, rate, opens_on, small = cells
        if row[0] is None:
            assert text.value is None
        else:
            assert text.data_type == "s"
            # Excel's escape of control characters (openpyxl leaves "\r" escaped; it reads the
            # escaped escape of "_x0041_" back as typed), and "<r>x</r>" stays text
            assert text.value == row[0].replace("\r", "_x000D_")
        assert units.value == row[1] and (units.value is None or units.number_format == "0")
        assert rate.value == (None if row[2] is None else float(f"{row[2]:.16G}"))
        assert rate.value is None or rate.number_format == "0.0##"
        if row[3] is None:
            assert opens_on.value is None
        else:
            assert isinstance(opens_on.value, datetime) and opens_on.value.date() == row[3]
            assert opens_on.number_format == "yyyy-mm-dd"
        assert small.value is row[4]
    assert [[c.value for c in r] for r in workbook["Причини відмови"].iter_rows()] == [
        ["Причина", "Кількість"], ["te ver", 3],
    ]  # fmt: skip


def test_xlsx_dates_count_from_excels_epoch() -> None:
    days = [date(1900, 3, 1), date(1999, 12, 31), date(2026, 12, 3)]
    table = Table("sheet_forecast", [("week_starts_on", "date")], [[d] for d in days])
    sheet = load_workbook(io.BytesIO(to_xlsx([table], "en"))).active
    assert [r[0].value.date() for r in sheet.iter_rows(min_row=2)] == days


def test_the_location_tables_columns_are_the_rows_fields() -> None:
    assert [key for key, _ in LOCATION_COLUMNS] == list(ROW_FIELDS)


def test_the_location_list_csv_holds_the_json_items(client: TestClient, as_role, scenario) -> None:
    headers = as_role(Role.ADMIN) | {"Accept-Language": "en"}
    items = client.get("/api/v1/reports/locations", headers=headers).json()["items"]
    rows = list(csv.reader(io.StringIO(client.get("/api/v1/reports/locations?format=csv", headers=headers)
                                       .content.decode("utf-8-sig"))))  # fmt: skip
    assert rows[0][:3] == ["Id", "Name", "Kind"]

    def as_text(value: object) -> str:
        if value is None:
            return ""
        return ("true" if value else "false") if isinstance(value, bool) else str(value)

    keys = ["id", "name", "kind", "status", "municipalityCode", "municipalityName", "safetyRegionCode",
            "address", "opensOn", "closesOn", "units", "capacity", "occupied", "free",
            "smallScale"]  # fmt: skip
    assert rows[1:] == [[as_text(item[k]) for k in keys] for item in items]
    assert items and len({row[0] for row in rows[1:]}) == len(items)


ONLY_POSTGRES = pytest.mark.skipif(
    not IS_POSTGRES, reason="COPY is PostgreSQL's; SQLite exports through to_csv"
)
CELLS_TABLE = SqlTable(
    "copy_cells", MetaData(), Column("n", Integer, primary_key=True), Column("name", String),
    Column("units", Integer), Column("address", String), Column("opens_on", Date),
    Column("small_scale", Boolean), Column("municipality_name", String), prefixes=["TEMPORARY"],
)  # fmt: skip
CELL_COLUMNS = [("name", "text"), ("units", "int"), ("address", "text"), ("opens_on", "date"),
                ("small_scale", "bool"), ("municipality_name", "text")]  # fmt: skip
HOSTILE = st.one_of(
    st.none(),
    st.sampled_from(TRICKY_TEXTS),
    st.text(
        st.sampled_from([",", '"', "\r", "\n", "=", " ", "a", "\t", "К", "ї", "€", "😀", "\\", "."]),
        max_size=12,
    ),
    st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=12),
)
CELL_ROWS = st.lists(
    st.tuples(
        HOSTILE, st.none() | st.integers(-(2**31), 2**31 - 1), HOSTILE,
        st.none() | st.dates(date(1, 1, 1), date(9999, 12, 31)), st.none() | st.booleans(), HOSTILE,
    ),
    max_size=6,
)  # fmt: skip


@ONLY_POSTGRES
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=CELL_ROWS, language=st.sampled_from(LANGUAGES))
def test_postgresql_copies_the_bytes_that_to_csv_writes(db: Session, rows, language: str) -> None:
    connection = db.connection()
    CELLS_TABLE.create(connection, checkfirst=True)
    connection.execute(delete(CELLS_TABLE))
    if rows:
        keys = [key for key, _ in CELL_COLUMNS]
        connection.execute(
            insert(CELLS_TABLE), [{"n": n, **dict(zip(keys, row, strict=True))} for n, row in enumerate(rows)]
        )
    query = select(*(CELLS_TABLE.c[key] for key, _ in CELL_COLUMNS)).order_by(CELLS_TABLE.c.n)
    written = to_csv(Table("sheet_locations", CELL_COLUMNS, connection.execute(query).all()), language)
    assert copy_csv(db, query, CELL_COLUMNS, language) == written


@ONLY_POSTGRES
@pytest.mark.parametrize("role, side", [*((role, "a") for role in ROLES_WITH_REPORTS), (Role.DESK, "b")])
@pytest.mark.parametrize("filters", ["", "&safetyRegion=VR09", "&municipalityCode=GM0344&status=open"])
def test_the_location_csv_from_copy_is_the_python_one(
    client: TestClient, db: Session, world, as_role, scenario, monkeypatch, role, side, filters
) -> None:
    """Through the route, scope and filters included (desk b works for two regions): COPY's bytes
    are those of the same rows through to_csv."""
    desk = db.get(Organisation, world.organisation(OrganisationKind.RELOCATION_DESK, "b"))
    assert desk is not None
    desk.safety_region_codes = ["VR09", "VR05"]
    for location, name in zip(scenario.locations, TRICKY_TEXTS, strict=False):
        location.name, location.address = name, "" if len(name) % 2 else "Straat 1,\r\n3511 AA"
    db.flush()
    headers = as_role(role, side) | {"Accept-Language": "uk"}
    copied = client.get(f"/api/v1/reports/locations?format=csv{filters}", headers=headers)
    monkeypatch.setattr(routes, "is_postgres", lambda session: False)
    written = client.get(f"/api/v1/reports/locations?format=csv{filters}", headers=headers)
    assert copied.status_code == written.status_code == 200
    assert copied.content == written.content
    for header in ("content-type", "content-disposition", "content-language"):
        assert copied.headers[header] == written.headers[header]
