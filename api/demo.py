"""Demo data for `make run`: reference municipalities, organisations and one user per role."""

from sqlmodel import Session, select

from api.core.authorization import Role
from api.identity import service as identity
from api.identity.models import Organisation, OrganisationCreate, OrganisationKind, User, UserCreate
from api.reference import service as reference

DEMO_PASSWORD = "onderdak-demo"  # noqa: S105 - printed for the demo, never used outside it

DEMO_ORGANISATIONS = [
    ("Onderdak platform", OrganisationKind.OPERATOR, None),
    ("Gemeente Utrecht", OrganisationKind.MUNICIPALITY, "GM0344"),
    ("Gemeente Amsterdam", OrganisationKind.MUNICIPALITY, "GM0363"),
    ("Relocatiedesk Rotterdam", OrganisationKind.RELOCATION_DESK, "GM0599"),
    ("Stichting Gastvrij Thuis", OrganisationKind.PARTNER, "GM0344"),
]

DEMO_USERS = [
    ("admin@demo.onderdak.nl", "Anna Admin", Role.ADMIN, "Onderdak platform", True),
    ("desk@demo.onderdak.nl", "Dirk Desk", Role.DESK, "Relocatiedesk Rotterdam", True),
    ("gemeente@demo.onderdak.nl", "Greet Gemeente", Role.MUNICIPALITY, "Gemeente Utrecht", True),
    ("partner@demo.onderdak.nl", "Pieter Partner", Role.PARTNER, "Stichting Gastvrij Thuis", True),
    ("host@demo.onderdak.nl", "Hanna Host", Role.HOST, "Stichting Gastvrij Thuis", False),
]


def load_demo_data(session: Session) -> list[tuple[str, str]]:
    """Idempotent: returns (e-mail, role) of the demo users."""
    reference.upsert_municipalities(session, reference.read_csv(reference.DEMO_CSV))
    session.flush()
    organisations: dict[str, Organisation] = {}
    for name, kind, code in DEMO_ORGANISATIONS:
        existing = session.exec(select(Organisation).where(Organisation.name == name)).first()
        organisations[name] = existing or identity.create_organisation(
            session, None, OrganisationCreate(name=name, kind=kind, municipalityCode=code)
        )
    for email, full_name, role, organisation, org_admin in DEMO_USERS:
        if session.exec(select(User).where(User.email == email)).first() is None:
            identity.create_user(
                session,
                None,
                UserCreate(
                    email=email,
                    fullName=full_name,
                    role=role,
                    organisationId=organisations[organisation].id,
                    isOrganisationAdmin=org_admin,
                    password=DEMO_PASSWORD,
                ),
            )
    return [(email, role.value) for email, _, role, _, _ in DEMO_USERS]
