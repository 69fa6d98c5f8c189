"""Reports as tables, and tables as CSV or XLSX; choosing the format from `format` or `Accept`."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from fastapi import Response
from sqlalchemy import TIMESTAMP, Text, case, cast, func, not_
from sqlmodel import Session

from api.reports.labels import label
from api.reports.models import ReportFormat
from api.reports.sql import for_reporting
from api.reports.xlsx import Sheet, workbook

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


@dataclass
class Table:
    """One sheet: a name (a label key), columns as (label key, type), and rows of values."""

    name: str
    columns: list[tuple[str, str]]
    rows: list[Sequence[Any]] = field(default_factory=list)


def pick_format(format_parameter: ReportFormat | None, accept: str | None) -> ReportFormat:
    if format_parameter is not None:
        return format_parameter
    accept = (accept or "").lower()
    if XLSX_MEDIA_TYPE in accept:
        return ReportFormat.XLSX
    if CSV_MEDIA_TYPE in accept:
        return ReportFormat.CSV
    return ReportFormat.JSON


CSV_SPECIALS = (",", '"', "\r", "\n")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _column_text(kind: str, values: Sequence[Any]) -> list[str]:
    """One column's cells as text, the same as `_text` per cell; strings (most cells of a text
    column) are taken as they are. A national location list has hundreds of thousands of cells."""
    if kind == "date":
        return ["" if v is None else v.isoformat() for v in values]
    if kind == "bool":
        return ["" if v is None else ("true" if v else "false") for v in values]
    if kind in ("int", "float"):
        return ["" if v is None else str(v) for v in values]
    return [v if v.__class__ is str else _text(v) for v in values]


def _csv_fields(texts: list[str]) -> list[str]:
    """A column's cells as csv.writer quotes them (QUOTE_MINIMAL): a cell holding a comma, a quote
    or a line break goes in quotes, its quotes doubled. One look at the column first: most need none."""
    joined = "".join(texts)
    if not any(special in joined for special in CSV_SPECIALS):
        return texts
    return [
        '"' + text.replace('"', '""') + '"' if any(special in text for special in CSV_SPECIALS) else text
        for text in texts
    ]


def to_csv(table: Table, language: str) -> bytes:
    """The same bytes as csv.writer with "\r\n" line ends gives, built column by column: a national
    location list has 750,000 cells."""
    headers = [label(key, language) for key, _ in table.columns]
    columns = zip(*table.rows, strict=True) if table.rows else ([] for _ in table.columns)
    texts = [
        _csv_fields([header, *_column_text(kind, values)])
        for header, (_, kind), values in zip(headers, table.columns, columns, strict=True)
    ]
    lines = [",".join(line) for line in zip(*texts, strict=True)]
    if len(table.columns) == 1:  # csv.writer quotes a row's only cell when it is empty
        lines = ['""' if line == "" else line for line in lines]
    body = "\r\n".join(lines) + "\r\n"
    return ("\ufeff" + body).encode("utf-8")  # the BOM makes spreadsheet programs read UTF-8


def _column_text_sql(kind: str, column: Any) -> Any:
    """One column's cells as PostgreSQL text, the same as `_column_text`. NULL is COPY's unquoted
    empty field; an empty text becomes NULL too, since COPY quotes an empty string and csv.writer
    does not."""
    if kind == "date":
        return func.to_char(cast(column, TIMESTAMP), "YYYY-MM-DD")
    if kind == "bool":
        return case((column, "true"), (not_(column), "false"))
    if kind == "int":
        return column
    if kind == "text":
        return func.nullif(cast(column, Text), "")
    raise ValueError(f"no COPY text for {kind} columns")  # PostgreSQL writes floats unlike Python's str


def copy_csv(session: Session, query: Any, columns: list[tuple[str, str]], language: str) -> bytes:
    """On PostgreSQL, `to_csv` of the query's rows (selected as COLUMNS, in their order) with
    PostgreSQL writing the cells: COPY (the same SELECT) TO STDOUT in CSV, in the session's
    transaction. The same bytes: QUOTE_MINIMAL quotes the same characters (",", '"', CR, LF), and
    the row ends, which COPY writes as LF, become CRLF outside quoted fields."""
    if len(columns) < 2:  # csv.writer quotes a lone empty cell, COPY writes NULL as an empty line
        raise ValueError("COPY writes csv.writer's bytes for two columns or more")
    for_reporting(session)
    as_text = query.with_only_columns(
        *(
            _column_text_sql(kind, column)
            for (_, kind), column in zip(columns, query.selected_columns, strict=True)
        )
    )
    # An IN list's values as one parameter each; psycopg binds the parameters into COPY client-side.
    compiled = as_text.compile(
        dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True}
    )
    statement = f"COPY ({compiled}) TO STDOUT (FORMAT csv, ENCODING 'UTF8')"
    driver_connection: Any = session.connection().connection.driver_connection
    with driver_connection.cursor() as cursor, cursor.copy(statement, compiled.params) as copy:
        rows = b"".join(copy)
    # Quotes pair up, so the pieces between them alternate outside and inside quoted fields.
    pieces = rows.split(b'"')
    pieces[::2] = [piece.replace(b"\n", b"\r\n") for piece in pieces[::2]]
    header = ",".join(_csv_fields([label(key, language) for key, _ in columns])) + "\r\n"
    return ("\ufeff" + header).encode("utf-8") + b'"'.join(pieces)


def to_xlsx(tables: list[Table], language: str) -> bytes:
    """Every table a sheet with its headers in the caller's language. Typed cells: numbers as
    numbers, dates as dates, true/false as booleans; empty values stay blank; text is text, never a
    formula, a link or markup."""
    return workbook(
        [
            Sheet(
                label(table.name, language)[:31],
                [label(key, language) for key, _ in table.columns],
                [kind for _, kind in table.columns],
                table.rows,
            )
            for table in tables
        ]
    )


def file_response(tables: list[Table], report_format: ReportFormat, language: str, filename: str) -> Response:
    if report_format == ReportFormat.CSV:
        return csv_response(to_csv(tables[0], language), language, filename)
    return _attachment(to_xlsx(tables, language), XLSX_MEDIA_TYPE, language, f"{filename}.xlsx")


def csv_response(body: bytes, language: str, filename: str) -> Response:
    return _attachment(body, f"{CSV_MEDIA_TYPE}; charset=utf-8", language, f"{filename}.csv")


def _attachment(body: bytes, media_type: str, language: str, filename: str) -> Response:
    return Response(
        body,
        media_type=media_type,
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Content-Language": language,
        },
    )
