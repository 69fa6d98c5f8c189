"""Our XLSX writer against xlsxwriter: the same workbook, read back with openpyxl, cell by cell."""

import io
import zipfile
from datetime import date
from typing import Any
from xml.etree import ElementTree

import pytest
import xlsxwriter
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from api.reports.xlsx import Sheet, workbook

NUMBER_FORMATS = {"date": "yyyy-mm-dd", "int": "0", "float": "0.0##"}
TRICKY_TEXTS = [
    "", " lead", "trail\t", "_x0041_", "_X004a_ and _x12_", "\x00\x01\x1f", "cr\r\nlf", "<r>x</r>",
    "a & b < c > d", '"quoted"', "=SUM(A1:A2)", "\ufffe\uffff", "Київ", "😀 emoji", "x" * 40_000,
]  # fmt: skip


def xlsxwriter_workbook(sheets: list[Sheet]) -> bytes:
    """The workbook as the exports wrote it with xlsxwriter (rich-looking text as three plain runs)."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    bold = book.add_format({"bold": True})
    formats = {kind: book.add_format({"num_format": code}) for kind, code in NUMBER_FORMATS.items()}
    for sheet in sheets:
        worksheet = book.add_worksheet(sheet.name)
        worksheet.freeze_panes(1, 0)
        for column, header in enumerate(sheet.headers):
            worksheet.write_string(0, column, header, bold)
        writers = {"date": worksheet.write_datetime, "int": worksheet.write_number,
                   "float": worksheet.write_number, "bool": worksheet.write_boolean}  # fmt: skip
        for row_number, row in enumerate(sheet.rows, start=1):
            for column, (kind, value) in enumerate(zip(sheet.kinds, row, strict=True)):
                if value is None:
                    continue
                if kind != "text":
                    writers[kind](row_number, column, value, formats.get(kind))
                elif value.startswith("<r>") and value.endswith("</r>"):
                    worksheet.write_rich_string(row_number, column, value[:1], value[1:-1], value[-1:])
                else:
                    worksheet.write_string(row_number, column, value)
    book.close()
    return buffer.getvalue()


def cells(content: bytes) -> list[tuple[str, str | None, list[tuple[Any, ...]]]]:
    """Each sheet's name, frozen pane and cells: value, type, number format, bold."""
    book = load_workbook(io.BytesIO(content))
    return [
        (
            sheet.title,
            sheet.freeze_panes,
            [
                (cell.coordinate, cell.value, cell.data_type, cell.number_format, bool(cell.font.b))
                for row in sheet.iter_rows()
                for cell in row
                if cell.value is not None
            ],
        )
        for sheet in book.worksheets
    ]


XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def text_values(content: bytes) -> list[tuple[str, list[str | None]]]:
    """The shared strings as an XML parser reads them, before any reader's `_xHHHH_` unescaping, with
    the white space rule of each run (Excel drops leading and trailing spaces not kept so)."""
    with zipfile.ZipFile(io.BytesIO(content)) as package:
        root = ElementTree.fromstring(package.read("xl/sharedStrings.xml"))  # noqa: S314 (our own output)
    runs = [[t for t in item.iter() if t.tag.endswith("}t")] for item in root]
    return sorted(
        (
            "".join(t.text or "" for t in item),
            [t.get(XML_SPACE) for t in item if (t.text or "").strip() != t.text],
        )
        for item in runs
    )


texts = st.one_of(st.sampled_from(TRICKY_TEXTS), st.text(max_size=20))
# xlsxwriter writes a header looking like its rich strings as markup; the data cells test that case.
headers_text = texts.filter(lambda text: not (text.startswith("<r>") and text.endswith("</r>")))
values = {
    "text": texts,
    "int": st.integers(-(10**18), 10**18),
    "float": st.floats(allow_nan=False, allow_infinity=False),
    "date": st.dates(min_value=date(1900, 1, 1)),
    "bool": st.booleans(),
}


@st.composite
def sheets(draw: st.DrawFn) -> list[Sheet]:
    count = draw(st.integers(1, 3))
    result = []
    for number in range(count):
        kinds = draw(st.lists(st.sampled_from(list(values)), min_size=1, max_size=6))
        rows = draw(st.lists(st.tuples(*(st.none() | values[kind] for kind in kinds)), max_size=8))
        headers = [draw(headers_text) for _ in kinds]
        result.append(Sheet(f"Blad {number} ü", headers, kinds, rows))
    return result


@settings(max_examples=150, deadline=None)
@given(sheets())
def test_the_workbook_reads_back_as_xlsxwriters(drawn: list[Sheet]) -> None:
    ours, theirs = workbook(drawn), xlsxwriter_workbook(drawn)
    assert cells(ours) == cells(theirs)
    assert text_values(ours) == text_values(theirs)


def test_the_first_sheet_is_selected_and_every_sheet_has_a_frozen_header() -> None:
    content = workbook([Sheet("Een", ["a"], ["int"], [[1]]), Sheet("Twee", ["b"], ["text"], [])])
    book = load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["Een", "Twee"]
    assert [sheet.freeze_panes for sheet in book.worksheets] == ["A2", "A2"]
    assert [bool(sheet.sheet_view.tabSelected) for sheet in book.worksheets] == [True, False]
    assert [[c.value for c in row] for row in book["Twee"].iter_rows()] == [["b"]]


def test_a_lone_surrogate_becomes_a_question_mark_not_an_error() -> None:
    content = workbook([Sheet("Blad", ["naam"], ["text"], [["a\ud800b"]])])
    assert load_workbook(io.BytesIO(content)).active["A2"].value == "a?b"


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        ([Sheet("a/b", ["x"], ["int"], [])], "sheet name"),
        ([Sheet("x" * 32, ["x"], ["int"], [])], "sheet name"),
        ([Sheet("Blad", ["x"], ["int"], []), Sheet("BLAD", ["x"], ["int"], [])], "two sheets"),
        ([Sheet("Blad", ["x"], ["money"], [])], "one kind"),
        ([Sheet("Blad", ["x"], ["float"], [[float("nan")]])], "NaN"),
    ],
)
def test_what_excel_cannot_hold_is_refused(bad: list[Sheet], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        workbook(bad)
