"""Reports as tables, and tables as CSV or XLSX; choosing the format from `format` or `Accept`."""

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from fastapi import Response
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from api.reports.labels import label
from api.reports.models import ReportFormat

CSV_MEDIA_TYPE = "text/csv"
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ALTERNATIVE_MEDIA_TYPES = {
    200: {
        "description": "The report as JSON; as CSV (its first table) or XLSX (every table a sheet) "
        "with `Accept: text/csv` or the XLSX media type, or with `format=csv|xlsx`. Headers in the "
        "language of `Accept-Language` (nl, en, uk; Dutch by default).",
        "content": {
            CSV_MEDIA_TYPE: {"schema": {"type": "string"}},
            XLSX_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}},
        },
    }
}
NUMBER_FORMATS = {"date": "yyyy-mm-dd", "int": "0", "float": "0.0##"}


@dataclass
class Table:
    """One sheet: a name (a label key), columns as (label key, type), and rows of values."""

    name: str
    columns: list[tuple[str, str]]
    rows: list[list[Any]] = field(default_factory=list)


def pick_format(format_parameter: ReportFormat | None, accept: str | None) -> ReportFormat:
    if format_parameter is not None:
        return format_parameter
    accept = (accept or "").lower()
    if XLSX_MEDIA_TYPE in accept:
        return ReportFormat.XLSX
    if CSV_MEDIA_TYPE in accept:
        return ReportFormat.CSV
    return ReportFormat.JSON


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def to_csv(table: Table, language: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([label(key, language) for key, _ in table.columns])
    writer.writerows([_text(v) for v in row] for row in table.rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM makes spreadsheet programs read UTF-8


def to_xlsx(tables: list[Table], language: str) -> bytes:
    """Typed cells: numbers as numbers, dates as dates, true/false as booleans."""
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for table in tables:
        sheet = workbook.create_sheet(label(table.name, language)[:31])
        sheet.freeze_panes = "A2"
        header = []
        for key, _ in table.columns:
            cell = WriteOnlyCell(sheet, value=label(key, language))
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for row in table.rows:
            cells = []
            for (_, kind), value in zip(table.columns, row, strict=True):
                cell = WriteOnlyCell(sheet, value=value)
                if kind in NUMBER_FORMATS and value is not None:
                    cell.number_format = NUMBER_FORMATS[kind]
                cells.append(cell)
            sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def file_response(tables: list[Table], report_format: ReportFormat, language: str, filename: str) -> Response:
    if report_format == ReportFormat.CSV:
        body, media_type, extension = to_csv(tables[0], language), f"{CSV_MEDIA_TYPE}; charset=utf-8", "csv"
    else:
        body, media_type, extension = to_xlsx(tables, language), XLSX_MEDIA_TYPE, "xlsx"
    return Response(
        body,
        media_type=media_type,
        headers={
            "Content-Disposition": f'attachment; filename="{filename}.{extension}"',
            "Content-Language": language,
        },
    )
