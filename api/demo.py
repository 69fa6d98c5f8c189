"""Demo data for `make run`: reference municipalities, organisations and one user per role."""

import uuid
from datetime import date, timedelta

from sqlmodel import Session, select

from api.core.authorization import Principal, Role
from api.core.config import get_settings
from api.hosts import service as hosts
from api.hosts.models import HostFamily, HostFamilyCreate, VettingUpdate
from api.households import service as households
from api.households.models import HouseholdCreate
from api.identity import service as identity
from api.identity.models import Organisation, OrganisationCreate, OrganisationKind, User, UserCreate
from api.incidents import service as incidents
from api.incidents.models import IncidentCreate
from api.initiatives import service as initiatives
from api.initiatives.models import CitizenInitiativeCreate
from api.placements.models import PlaceType
from api.placements.service import hold_beds
from api.places import service as places
from api.places.models import ShelterLocation, ShelterLocationCreate, ShelterUnitCreate
from api.reference import service as reference
from api.relocation import service as relocation
from api.relocation.models import RelocationRequestCreate, TransitionCreate

DEMO_PASSWORD = "onderdak-demo"  # noqa: S105 - printed for the demo, never used outside it

DEMO_ORGANISATIONS = [
    ("Onderdak platform", OrganisationKind.OPERATOR, None, None),
    ("Gemeente Utrecht", OrganisationKind.MUNICIPALITY, "GM0344", None),
    ("Gemeente Amsterdam", OrganisationKind.MUNICIPALITY, "GM0363", None),
    ("Relocatiedesk Rotterdam", OrganisationKind.RELOCATION_DESK, "GM0599", None),
    (
        "Stichting Gastvrij Thuis",
        OrganisationKind.PARTNER,
        "GM0344",
        {"name": "Loket Gastvrij Thuis", "phone": "+31 30 765 4321", "email": "loket@gastvrijthuis.example"},
    ),
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
    for name, kind, code, contact in DEMO_ORGANISATIONS:
        existing = session.exec(select(Organisation).where(Organisation.name == name)).first()
        organisations[name] = existing or identity.create_organisation(
            session,
            None,
            OrganisationCreate.model_validate(
                {"name": name, "kind": kind, "municipalityCode": code, "contact": contact}
            ),
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
    session.flush()
    load_demo_places_and_people(session, date.today())
    return [(email, role.value) for email, _, role, _, _ in DEMO_USERS]


# --- places, people and a safeguarding report, so that every screen has something to show ---------


def _principal(session: Session, email: str) -> Principal:
    user = session.exec(select(User).where(User.email == email)).one()
    organisation = session.get(Organisation, user.organisation_id)
    assert organisation is not None
    return identity.user_principal(user, organisation)


def _location(session: Session, who: Principal, body: dict, units: list[dict]) -> None:
    location = places.create_location(session, who, ShelterLocationCreate.model_validate(body))
    for unit in units:
        places.create_unit(session, who, location.id, ShelterUnitCreate.model_validate(unit))


def _host(session: Session, who: Principal, body: dict, vetting: dict | None) -> uuid.UUID:
    host = hosts.create_host_family(session, who, HostFamilyCreate.model_validate(body))
    if vetting:
        hosts.set_vetting(session, who, host.id, VettingUpdate.model_validate(vetting), get_settings())
    return host.id


def load_demo_places_and_people(session: Session, today: date) -> None:
    """Idempotent: does nothing once the demo locations exist."""
    if session.exec(select(ShelterLocation).where(ShelterLocation.name == "Buurthuis De Linde")).first():
        return
    utrecht = _principal(session, "gemeente@demo.onderdak.nl")
    admin = _principal(session, "admin@demo.onderdak.nl")
    partner = _principal(session, "partner@demo.onderdak.nl")
    desk = _principal(session, "desk@demo.onderdak.nl")
    partner_org = str(partner.organisation_id)
    settings = get_settings()

    _location(
        session,
        utrecht,
        {
            "name": "Buurthuis De Linde",
            "kind": "small_scale",
            "municipalityCode": "GM0344",
            "address": "Lindelaan 12, Utrecht",
            "lat": 52.0987,
            "lon": 5.1047,
            "status": "open",
            "selfCatering": True,
            "visitingRules": "open",
            "languagesSpoken": ["nl", "uk", "en"],
            "operatorOrganisationId": partner_org,
            "contact": {"name": "Els de Vries", "phone": "+31 30 123 4567"},
            "arrivalInstructions": "Tram 22 tot halte Lindelaan. De ingang is aan de zijkant; "
            "meld u bij het kantoortje naast de keuken.",
        },
        [
            {"name": "Kamer 1", "beds": 4, "wheelchairAccessible": True},
            {"name": "Kamer 2", "beds": 3, "petsAllowed": True},
            {"name": "Vrouwenunit", "beds": 4, "maxHouseholds": 2, "womenOnly": True},
        ],
    )
    _location(
        session,
        utrecht,
        {
            "name": "Paviljoen Oost",
            "kind": "container_homes",
            "municipalityCode": "GM0344",
            "address": "Koningsweg 80, Utrecht",
            "lat": 52.0829,
            "lon": 5.1480,
            "status": "planned",
            "opensOn": (today + timedelta(days=21)).isoformat(),
            "visitingRules": "daytime",
            "languagesSpoken": ["nl"],
        },
        [{"name": f"Woning {n}", "beds": 4, "familiesOnly": True} for n in range(1, 5)],
    )
    _location(
        session,
        admin,
        {
            "name": "Hotel Centraal",
            "kind": "hotel",
            "municipalityCode": "GM0363",
            "address": "Damrak 1, Amsterdam",
            "lat": 52.3756,
            "lon": 4.8958,
            "status": "open",
            "closesOn": (today + timedelta(days=120)).isoformat(),
            "visitingRules": "restricted",
            "languagesSpoken": ["nl", "en"],
        },
        [{"name": f"Kamer {n}", "beds": beds} for n, beds in enumerate((2, 2, 4, 6), start=101)],
    )
    window = {"availableFrom": (today - timedelta(days=30)).isoformat()}
    vetted = {
        "status": "vetted",
        "vogCheckedOn": (today - timedelta(days=60)).isoformat(),
        "homeVisitOn": (today - timedelta(days=50)).isoformat(),
    }
    _host(
        session,
        partner,
        {
            "displayName": "Familie De Boer",
            "municipalityCode": "GM0344",
            "lat": 52.0705,
            "lon": 5.1230,
            "beds": 3,
            "rooms": 2,
            "languages": ["nl", "en"],
            "acceptsChildren": True,
            **window,
            "availableUntil": (today + timedelta(days=140)).isoformat(),
            "contact": {"name": "Marieke de Boer", "phone": "+31 6 1111 2222"},
            "address": "Kanaalweg 40, Utrecht",
            "arrivalInstructions": "Bel aan bij de groene deur; Marieke is er vanaf 17.00 uur.",
        },
        vetted,
    )
    visser = _host(
        session,
        partner,
        {
            "displayName": "Familie Visser",
            "municipalityCode": "GM0344",
            "lat": 52.1102,
            "lon": 5.0720,
            "beds": 2,
            "languages": ["nl"],
            "petsAllowed": True,
            **window,
            "availableUntil": (today + timedelta(days=90)).isoformat(),
        },
        None,
    )
    smit = _host(
        session,
        partner,
        {
            "displayName": "Familie Smit",
            "municipalityCode": "GM0344",
            "lat": 52.0901,
            "lon": 5.0950,
            "beds": 4,
            "languages": ["nl", "uk"],
            **window,
            "availableUntil": (today + timedelta(days=20)).isoformat(),
        },
        vetted,
    )
    bakker = _host(
        session,
        partner,
        {
            "displayName": "Familie Bakker",
            "municipalityCode": "GM0344",
            "lat": 52.1010,
            "lon": 5.1390,
            "beds": 2,
            "languages": ["nl", "en"],
            **window,
            "availableUntil": (today + timedelta(days=120)).isoformat(),
        },
        None,
    )
    # The demo host manages this offer (its vetting is still pending).
    session.exec(select(HostFamily).where(HostFamily.id == bakker)).one().host_user_id = _principal(
        session, "host@demo.onderdak.nl"
    ).user_id
    initiatives.create_initiative(
        session,
        utrecht,
        CitizenInitiativeCreate.model_validate(
            {
                "name": "Vier zorgwoningen aan de Dorpsweg",
                "municipalityCode": "GM0344",
                "kind": "care_homes",
                "plannedPlaces": 16,
                "permits": [
                    {
                        "kind": "kruimelregeling",
                        "status": "requested",
                        "requestedOn": (today - timedelta(days=20)).isoformat(),
                    }
                ],
                "stakeholders": [{"role": "eigenaar grond", "organisation": "Familie Hendriks"}],
                "risks": [
                    {"description": "Huurrecht tegenover een horizon van drie jaar", "owner": "municipality"}
                ],
                "supportNeeds": ["juridisch advies"],
                "endsOn": (today + timedelta(days=3 * 365)).isoformat(),
            }
        ),
    )
    incidents.report(
        session,
        desk,
        IncidentCreate(
            subjectType="host_family",
            subjectId=visser,
            severity="medium",
            description="Melding van een buurvrouw over de kamer; huisbezoek nodig.",
        ),
    )

    demo_households = [
        (
            {
                "adults": 1,
                "children": 2,
                "members": [{"ageBand": "age_30_49"}, {"ageBand": "age_4_11"}, {"ageBand": "age_12_17"}],
                "languages": ["uk", "en"],
                "preferredLanguage": "uk",
                "legalStatus": "ukrainian_tpd",
                "needs": {"womenAndChildrenOnly": True},
            },
            {
                "reason": "host_stay_ending",
                "mustMoveBy": (today + timedelta(days=28)).isoformat(),
                "anchors": [
                    {"kind": "work", "label": "Bakkerij in Lombok", "lat": 52.0920, "lon": 5.1040},
                    {"kind": "school", "label": "Basisschool Wittevrouwen", "lat": 52.0950, "lon": 5.1330},
                    {
                        "kind": "current_home",
                        "label": "Gastgezin",
                        "lat": 52.0800,
                        "lon": 5.1200,
                        "municipalityCode": "GM0344",
                    },
                ],
                "preferredMunicipalities": ["GM0344"],
                "maxDistanceKm": 30,
            },
            ("triaged", "matching"),
        ),
        (
            {
                "adults": 2,
                "children": 0,
                "languages": ["uk"],
                "preferredLanguage": "uk",
                "legalStatus": "ukrainian_tpd",
                "needs": {"wheelchair": True, "medicalCare": True},
            },
            {
                "reason": "location_closing",
                "urgency": "high",
                "mustMoveBy": (today + timedelta(days=14)).isoformat(),
                "anchors": [{"kind": "carer", "label": "Zus in Zuilen", "lat": 52.1090, "lon": 5.1050}],
            },
            ("triaged",),
        ),
        (
            {
                "adults": 3,
                "children": 0,
                "languages": ["en"],
                "preferredLanguage": "en",
                "legalStatus": "third_country_no_tpd",
            },
            {
                "reason": "safety",
                "urgency": "emergency",
                "mustMoveBy": (today + timedelta(days=3)).isoformat(),
            },
            (),
        ),
    ]
    # A mother and son have lived with the Smits for a month; their offer ends in 20 days. The
    # worker's stay-expiry job opens their relocation request (six weeks ahead) on its first pass.
    guests = households.create_household(
        session,
        partner,
        HouseholdCreate.model_validate(
            {
                "adults": 1,
                "children": 1,
                "members": [{"ageBand": "age_30_49"}, {"ageBand": "age_12_17"}],
                "languages": ["uk", "nl"],
                "preferredLanguage": "uk",
                "legalStatus": "ukrainian_tpd",
            }
        ),
    )
    hold_beds(
        session,
        household_id=guests.id,
        place_type=PlaceType.HOST_FAMILY,
        place_id=smit,
        beds=guests.size,
        starts_on=today - timedelta(days=30),
        arrived_on=today - timedelta(days=30),
    )
    for household_body, request_body, steps in demo_households:
        household = households.create_household(
            session, partner, HouseholdCreate.model_validate(household_body)
        )
        request, _, _ = relocation.create_request(
            session,
            partner,
            RelocationRequestCreate.model_validate({"householdId": str(household.id), **request_body}),
            settings,
            today,
        )
        for status in steps:
            relocation.transition(session, desk, request.id, TransitionCreate(status=status), settings, today)
