"""``onderdak matching solve``: run the assignment core on an INSTANCE.json (FORMAT.md);
``onderdak matching run-due``: execute queued matching runs (as the worker does)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from api.matching.assignment import InstanceError, solve_json

app = typer.Typer(help="Matching engine: assign households to places.", no_args_is_help=True)


@app.callback()
def matching() -> None:
    """Matching engine: assign households to places."""


@app.command()
def solve(
    input_path: Annotated[
        Path, typer.Option("--input", help="INSTANCE.json: households, places, candidates.")
    ],
    output_path: Annotated[
        Path, typer.Option("--output", help="RESULT.json to write (replaced atomically).")
    ],
) -> None:
    """Assign households to places maximising the total score; writes RESULT.json."""
    try:
        data = json.loads(input_path.read_bytes(), parse_constant=_reject_constant)
    except OSError as error:
        _fail(f"cannot read {input_path}: {error.strerror or error}")
    except (ValueError, RecursionError) as error:  # JSONDecodeError and bad encodings
        _fail(f"{input_path} is not valid JSON: {error}")
    try:
        result = solve_json(data)
    except InstanceError as error:
        _fail(f"{input_path}: {error}")
    try:
        _write_atomically(output_path, json.dumps(result, indent=1) + "\n")
    except OSError as error:
        _fail(f"cannot write {output_path}: {error.strerror or error}")
    typer.echo(
        f"assigned {len(result['assignments'])} households, objective {result['objective']:.4f}, "
        f"upper bound {result['upperBound']:.4f}, gap {100 * result['gap']:.3f} %, "
        f"{result['seconds']:.2f} s"
    )


@app.command("run-due")
def run_due(
    limit: Annotated[int, typer.Option("--limit", min=1, help="Runs to execute at most.")] = 1,
    wait: Annotated[
        float,
        typer.Option(
            "--wait", min=0, help="Seconds to wait for a due run when none is (as a standing worker)."
        ),
    ] = 0,
) -> None:
    """Execute up to LIMIT queued matching runs (or runs whose worker's lease ran out)."""
    import time

    from api.core.config import get_settings
    from api.core.db import get_engine
    from api.matching.runs import execute_due_runs

    engine, settings = get_engine(), get_settings()
    typer.echo("ready", err=True)
    deadline = time.monotonic() + wait
    report = execute_due_runs(engine, settings, limit=limit)
    while not report.executed and time.monotonic() < deadline:
        time.sleep(0.2)
        report = execute_due_runs(engine, settings, limit=limit)
    typer.echo(f"done {len(report.done)}, failed {len(report.failed)}, stopped {len(report.stopped)}")
    for run_id, phases in report.phases.items():
        typer.echo(
            f"run {run_id} phases: "
            + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in phases.items())
        )
    if report.failed:
        raise typer.Exit(code=1)


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not allowed in JSON")


def _fail(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code=1)


def _write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file next to ``path``, then rename it over ``path``: readers see the
    old file or the whole new one, never a part."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            umask = os.umask(0)
            os.umask(umask)
            os.fchmod(file.fileno(), 0o666 & ~umask)  # as a plain open() would, not mkstemp's 0600
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


if __name__ == "__main__":
    app()
