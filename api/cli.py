"""The `onderdak` command: database, demo data, users, reference data, spec, server, worker."""

import json
from pathlib import Path
from typing import Annotated

import typer
from alembic import command
from alembic.config import Config
from sqlmodel import Session, select

from api.core.config import REPO_ROOT, get_settings
from api.core.db import get_engine
from api.matching.cli import app as matching_app
from api.operations.cli import app as operations_app
from api.operations.cli import worker

app = typer.Typer(help="Onderdak: shelter and relocation.", no_args_is_help=True)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
demo_app = typer.Typer(help="Demo data.", no_args_is_help=True)
users_app = typer.Typer(help="Users.", no_args_is_help=True)
municipalities_app = typer.Typer(help="Reference data: municipalities.", no_args_is_help=True)
openapi_app = typer.Typer(help="The OpenAPI document.", no_args_is_help=True)
webhooks_app = typer.Typer(help="Webhook deliveries.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(demo_app, name="demo")
app.add_typer(users_app, name="users")
app.add_typer(municipalities_app, name="municipalities")
app.add_typer(openapi_app, name="openapi")
app.add_typer(webhooks_app, name="webhooks")
app.add_typer(operations_app, name="people")
app.add_typer(matching_app, name="matching")
app.command("worker")(worker)

OPENAPI_PATH = REPO_ROOT / "openapi" / "openapi.json"
PLATFORM_ORGANISATION = "Onderdak platform"


def alembic_config(url: str | None = None) -> Config:
    config = Config(str(REPO_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(REPO_ROOT / "migrations"))
    config.set_main_option("sqlalchemy.url", (url or get_settings().database_url).replace("%", "%%"))
    return config


@db_app.command("upgrade")
def db_upgrade(revision: str = "head") -> None:
    """Apply migrations (default: all)."""
    command.upgrade(alembic_config(), revision)


@db_app.command("downgrade")
def db_downgrade(revision: str) -> None:
    """Roll migrations back to REVISION (`base` removes everything)."""
    command.downgrade(alembic_config(), revision)


@demo_app.command("load")
def demo_load() -> None:
    """Load demo municipalities, organisations and one user per role (idempotent)."""
    from api.demo import DEMO_PASSWORD, load_demo_data

    if get_settings().env == "production":
        typer.echo("Refused: demo data creates an administrator with a published password.", err=True)
        raise typer.Exit(2)

    with Session(get_engine()) as session:
        users = load_demo_data(session)
        session.commit()
    typer.echo(f"Demo users (password: {DEMO_PASSWORD}):")
    for email, role in users:
        typer.echo(f"  {role:<13} {email}")


@users_app.command("create-admin")
def create_admin(
    email: Annotated[str, typer.Option(help="E-mail address of the administrator.")],
    password: Annotated[str, typer.Option(help="At least 12 characters.")],
    full_name: Annotated[str, typer.Option(help="Display name.")] = "Administrator",
) -> None:
    """Create a platform administrator (and the platform organisation if needed)."""
    from pydantic import ValidationError

    from api.core.authorization import Role
    from api.core.errors import ProblemError
    from api.identity import service
    from api.identity.models import Organisation, OrganisationCreate, OrganisationKind, UserCreate

    with Session(get_engine()) as session:
        organisation = session.exec(
            select(Organisation).where(Organisation.name == PLATFORM_ORGANISATION)
        ).first() or service.create_organisation(
            session, None, OrganisationCreate(name=PLATFORM_ORGANISATION, kind=OrganisationKind.OPERATOR)
        )
        try:
            user = service.create_user(
                session,
                None,
                UserCreate(
                    email=email,
                    fullName=full_name,
                    role=Role.ADMIN,
                    organisationId=organisation.id,
                    isOrganisationAdmin=True,
                    password=password,
                ),
            )
        except ValidationError as exc:
            raise typer.BadParameter("; ".join(e["msg"] for e in exc.errors())) from exc
        except ProblemError as exc:
            typer.echo(f"error: {exc.detail}", err=True)
            raise typer.Exit(1) from exc
        session.commit()
        typer.echo(f"Created administrator {user.email} ({user.id}).")


@municipalities_app.command("import")
def import_municipalities(
    csv_path: Annotated[Path, typer.Option("--csv", exists=True, dir_okay=False, readable=True)],
) -> None:
    """Import or update municipalities from a CBS CSV (code,name,province,lat,lon[,safety_region_code]).

    A fresh database already holds the CBS 2025 list (migration 0301); this is for later updates.
    """
    from api.reference import service

    try:
        rows = service.read_csv(csv_path)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    with Session(get_engine()) as session:
        try:
            count = service.upsert_municipalities(session, rows)
        except ValueError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from exc
        session.commit()
    typer.echo(f"Imported {count} municipalities.")


def render_openapi() -> str:
    from api.main import create_app

    return json.dumps(create_app().state.api.openapi(), indent=2, ensure_ascii=False) + "\n"


@openapi_app.command("export")
def export_openapi(output: Path = OPENAPI_PATH) -> None:
    """Write the OpenAPI document (committed as openapi/openapi.json)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_openapi(), encoding="utf-8")
    typer.echo(f"Wrote {output}")


@webhooks_app.command("deliver")
def webhooks_deliver(
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="At most this many deliveries.")] = 100,
) -> None:
    """Send the webhook deliveries that are due (once; the worker runs this in its loop)."""
    from api.webhooks.delivery import deliver_due

    report = deliver_due(get_engine(), get_settings(), limit=limit)
    typer.echo(
        f"{report.claimed} due: {report.succeeded} delivered, {report.retrying} to retry, "
        f"{report.failed} given up"
    )


@app.command()
def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    workers: Annotated[int, typer.Option(help="Processes; state lives in the database.")] = 1,
    reload: bool = False,
) -> None:
    """Run the API and the web app."""
    from api.server import check_secret_for
    from api.server import serve as run_server

    check_secret_for(get_settings(), host)
    run_server(host=host, port=port, workers=workers, reload=reload)


def main() -> None:
    """The console entry point: a refused configuration is a message, not a traceback."""
    from api.core.config import ConfigurationError

    try:
        app(prog_name="onderdak")
    except ConfigurationError as exc:
        raise SystemExit(str(exc)) from None
