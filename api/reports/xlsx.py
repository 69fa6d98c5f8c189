"""Workbooks of typed sheets in the XLSX format (SpreadsheetML), written with the standard library.

xlsxwriter took about 3 s of CPU for the national location list (750,000 cells): it stores every
cell in a general table and writes it back out one call at a time. The exports need a few of its
features only (text, whole numbers, decimals, dates, booleans, a bold frozen header row), and writing
those a column at a time, each distinct value's cell once, costs a tenth of that. The cells are what
xlsxwriter writes for the same values: shared strings with Excel's `_xHHHH_` escapes, numbers as
`.16G`, dates as serial days counted the way Excel counts them (1900 taken for a leap year), the same
number formats; without their optional reference (a cell's place in its row gives it), so a blank
value is an empty cell. tests/reports/test_xlsx.py compares each workbook with xlsxwriter's, cell by
cell, on random data."""

import io
import re
import zipfile
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from itertools import chain, repeat
from typing import Any
from xml.sax.saxutils import escape, quoteattr

MAX_TEXT = 32_767  # Excel's limit on a cell's text, in UTF-16 code units
EXCEL_EPOCH = date(1899, 12, 31).toordinal()
KINDS = ("text", "int", "float", "date", "bool")
_BOLD, _INT, _FLOAT, _DATE = 1, 2, 3, 4  # cellXfs indices in STYLES
_STYLE_OF_KIND = {"int": _INT, "float": _FLOAT, "date": _DATE}
_ESCAPED_LOOKALIKE = re.compile("(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"([\x00-\x08\x0b-\x1f])")
_SPECIAL = re.compile(r"[\x00-\x1f&<>\ufffe\uffff]")
_TEXT_TYPES = {str, type(None)}
_INT_TYPES = {int, type(None)}
_DATE_TYPES = {date, type(None)}
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# Cells carry no reference (`r="B2"`, optional in SpreadsheetML): a cell's place in its row gives it,
# so a blank value is an empty cell. Excel, LibreOffice and openpyxl read them so.
BLANK_CELL = "<c/>"
_TRUE, _FALSE = '<c t="b"><v>1</v></c>', '<c t="b"><v>0</v></c>'

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
STYLES = (
    f'{XML_DECLARATION}<styleSheet xmlns="{MAIN}">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0##"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
ROOT_RELATIONSHIPS = (
    f'{XML_DECLARATION}<Relationships xmlns="{PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" '
    f'Type="{RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)


@dataclass(frozen=True)
class Sheet:
    """A sheet: its name, a header row, and rows of values of the columns' KINDS (None for blank)."""

    name: str
    headers: Sequence[str]
    kinds: Sequence[str]
    rows: Sequence[Sequence[Any]]


class _SharedStrings:
    """The workbook's texts, each once; cells refer to a text by its index."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.references = 0

    def cells(self, values: Sequence[Any], style: str = "") -> list[str]:
        """A column's text cells (STYLE an ` s="…"` attribute or nothing), a blank one empty."""
        if not set(map(type, values)) <= _TEXT_TYPES:
            values = [v if v is None or v.__class__ is str else str(v) for v in values]
        texts = dict.fromkeys(values)
        texts.pop(None, None)
        index = self.index
        new = [text for text in texts if text not in index]
        index.update(zip(new, range(len(index), len(index) + len(new)), strict=True))
        self.references += len(values) - values.count(None)
        cell = {text: f'<c{style} t="s"><v>{index[text]}</v></c>' for text in texts}
        return list(map(cell.get, values, repeat(BLANK_CELL)))

    def xml(self) -> str:
        items = "".join(
            _string_item(text) if _needs_care(text) else f"<si><t>{text}</t></si>" for text in self.index
        )
        return (
            f'{XML_DECLARATION}<sst xmlns="{MAIN}" count="{self.references}" '
            f'uniqueCount="{len(self.index)}">{items}</sst>'
        )


def _needs_care(text: str) -> bool:
    """Whether a text needs `_string_item`: most go into the XML as they are."""
    return (
        len(text) > MAX_TEXT // 2
        or "_x" in text
        or _SPECIAL.search(text) is not None
        or text[:1].isspace()
        or text[-1:].isspace()
    )


def _string_item(text: str) -> str:
    """One text as Excel reads it back: too long a text cut at Excel's limit; control characters
    (not allowed in XML) as `_xHHHH_`, after escaping the underscore of a text that already looks so;
    leading or trailing white space kept."""
    if len(text) > MAX_TEXT // 2 and len(text.encode("utf-16-le", "surrogatepass")) > 2 * MAX_TEXT:
        text = text.encode("utf-16-le", "surrogatepass")[: 2 * MAX_TEXT].decode("utf-16-le", "ignore")
    if "_x" in text:
        text = _ESCAPED_LOOKALIKE.sub(r"_x005F\1", text)
    text = _CONTROL.sub(lambda match: f"_x{ord(match.group(1)):04X}_", text)
    text = text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    return f"<si><t{space}>{escape(text)}</t></si>"


def _column_letters(count: int) -> list[str]:
    letters = []
    for number in range(1, count + 1):
        name = ""
        while number:
            number, rest = divmod(number - 1, 26)
            name = chr(65 + rest) + name
        letters.append(name)
    return letters


def _excel_day(day: date) -> int:
    serial = day.toordinal() - EXCEL_EPOCH
    return serial + 1 if serial > 59 else serial  # Excel counts a 29 February 1900


def _column_cells(kind: str, values: Sequence[Any], strings: _SharedStrings) -> list[str]:
    """A column's data cells, one per row, a blank one empty. Written once per distinct value: a
    cell's place in its row is its reference."""
    if kind == "text":
        return strings.cells(values)
    if kind == "bool":
        return [BLANK_CELL if v is None else _TRUE if v else _FALSE for v in values]
    if kind == "date":
        if not set(map(type, values)) <= _DATE_TYPES:
            raise ValueError("a date column holds calendar dates only")
        serials = {day: _excel_day(day) for day in set(values) if day is not None}
        values = list(map(serials.get, values))
    style = _STYLE_OF_KIND[kind]
    numbers = _numbers(values)
    cell = {number: f'<c s="{style}"><v>{number}</v></c>' for number in set(numbers) if number is not None}
    return list(map(cell.get, numbers, repeat(BLANK_CELL)))


def _numbers(values: Sequence[Any]) -> Sequence[Any]:
    """Numbers as `.16G` writes them; a whole number of fewer than 16 digits reads so as it is."""
    if set(map(type, values)) <= _INT_TYPES:
        present = [v for v in values if v is not None]
        if not present or (min(present) > -(10**15) and max(present) < 10**15):
            return values
    texts = [None if v is None else f"{v:.16G}" for v in values]
    if {"NAN", "INF", "-INF"} & set(texts):
        raise ValueError("XLSX holds no NaN or infinity")
    return texts


def _sheet_xml(sheet: Sheet, selected: bool, strings: _SharedStrings) -> str:
    letters = _column_letters(len(sheet.headers))
    header = "".join(strings.cells(sheet.headers, f' s="{_BOLD}"'))
    columns = zip(*sheet.rows, strict=True) if sheet.rows else ([] for _ in letters)
    cells = [_column_cells(kind, values, strings) for kind, values in zip(sheet.kinds, columns, strict=True)]
    starts = map('<row r="{}">'.format, range(2, len(sheet.rows) + 2)) if cells else ()
    rows = "".join(chain.from_iterable(zip(starts, *cells, repeat("</row>"))))
    last = f"{letters[-1]}{len(sheet.rows) + 1}" if letters else "A1"
    tab = ' tabSelected="1"' if selected else ""
    return (
        f'{XML_DECLARATION}<worksheet xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}">'
        f'<dimension ref="A1:{last}"/><sheetViews><sheetView{tab} workbookViewId="0">'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
        f'<sheetData><row r="1">{header}</row>{rows}</sheetData></worksheet>'
    )


def _sheet_names(sheets: Sequence[Sheet]) -> list[str]:
    names = [sheet.name for sheet in sheets]
    for name in names:
        if not name or len(name) > 31 or _SHEET_NAME_FORBIDDEN.search(name) or name.startswith("'"):
            raise ValueError(f"Excel does not take {name!r} as a sheet name")
    if len({name.casefold() for name in names}) < len(names):
        raise ValueError("Excel does not take two sheets of one name")
    return names


def _workbook_parts(names: list[str]) -> dict[str, str]:
    sheets = "".join(
        f'<sheet name={quoteattr(name)} sheetId="{n}" r:id="rId{n}"/>' for n, name in enumerate(names, 1)
    )
    count = len(names)
    sheet_relationships = "".join(
        f'<Relationship Id="rId{n}" Type="{RELATIONSHIPS}/worksheet" Target="worksheets/sheet{n}.xml"/>'
        for n in range(1, count + 1)
    )
    sheet_types = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{CONTENT}.worksheet+xml"/>'
        for n in range(1, count + 1)
    )
    return {
        "[Content_Types].xml": (
            f'{XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{CONTENT}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{CONTENT}.styles+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CONTENT}.sharedStrings+xml"/>'
            f"{sheet_types}</Types>"
        ),
        "_rels/.rels": ROOT_RELATIONSHIPS,
        "xl/workbook.xml": (
            f'{XML_DECLARATION}<workbook xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}">'
            f"<bookViews><workbookView/></bookViews><sheets>{sheets}</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            f'{XML_DECLARATION}<Relationships xmlns="{PACKAGE_RELATIONSHIPS}">{sheet_relationships}'
            f'<Relationship Id="rId{count + 1}" Type="{RELATIONSHIPS}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId{count + 2}" Type="{RELATIONSHIPS}/sharedStrings" '
            'Target="sharedStrings.xml"/></Relationships>'
        ),
        "xl/styles.xml": STYLES,
    }


def workbook(sheets: Sequence[Sheet]) -> bytes:
    """The sheets as one XLSX file, the first sheet selected."""
    names = _sheet_names(sheets)
    for sheet in sheets:
        if len(sheet.kinds) != len(sheet.headers) or not set(sheet.kinds) <= set(KINDS):
            raise ValueError(f"sheet {sheet.name!r}: one kind of {KINDS} per header")
    strings = _SharedStrings()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        for name, xml in _workbook_parts(names).items():
            package.writestr(name, xml.encode("utf-8", "replace"))
        # Each sheet is compressed while the next one, and then the shared strings, are written: zlib
        # lets go of the interpreter, so that runs on another core (a national list's sheet takes
        # about as long to compress as its shared strings to write).
        with ThreadPoolExecutor(1) as compressor:
            compressed: Future[None] | None = None
            for n, sheet in enumerate(sheets, 1):
                # A lone surrogate (not a character, so not UTF-8) becomes "?" rather than an error.
                xml = _sheet_xml(sheet, n == 1, strings).encode("utf-8", "replace")
                if compressed is not None:
                    compressed.result()
                compressed = compressor.submit(package.writestr, f"xl/worksheets/sheet{n}.xml", xml)
            shared_strings = strings.xml().encode("utf-8", "replace")
            if compressed is not None:
                compressed.result()
        package.writestr("xl/sharedStrings.xml", shared_strings)
    return buffer.getvalue()
