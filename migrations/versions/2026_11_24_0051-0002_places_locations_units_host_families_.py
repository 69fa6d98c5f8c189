"""places: locations, units, host families, initiatives, incidents, placements

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 00:51:25.374737
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import api.core.models

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "incident",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("subject_type", sa.String(length=24), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reporter_user_id", sa.Uuid(), nullable=True),
        sa.Column("reporter_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("reported_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.String(length=24), nullable=True),
        sa.Column("outcome_note", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=True),
        sa.Column("closed_by_user_id", sa.Uuid(), nullable=True),
        sa.Column("closed_at", api.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident")),
    )
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.create_index(
            "ix_incident_subject_status", ["subject_type", "subject_id", "status"], unique=False
        )

    op.create_table(
        "shelter_location",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("municipality_code", sqlmodel.sql.sqltypes.AutoString(length=6), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("operator_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("opens_on", sa.Date(), nullable=True),
        sa.Column("closes_on", sa.Date(), nullable=True),
        sa.Column("self_catering", sa.Boolean(), nullable=False),
        sa.Column("has_staff", sa.Boolean(), nullable=False),
        sa.Column("visiting_rules", sa.String(length=16), nullable=False),
        sa.Column("languages_spoken", sa.JSON(), nullable=False),
        sa.Column("contact_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("contact_phone", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("contact_email", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True),
        sa.Column("capacity_beds", sa.Integer(), nullable=False),
        sa.Column("occupied_beds", sa.Integer(), nullable=False),
        sa.Column("free_beds", sa.Integer(), nullable=False),
        sa.Column("has_free_wheelchair_unit", sa.Boolean(), nullable=False),
        sa.Column("has_free_pets_unit", sa.Boolean(), nullable=False),
        sa.Column("created_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("free_beds >= 0", name=op.f("ck_shelter_location_free_beds_not_negative")),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipality.code"],
            name=op.f("fk_shelter_location_municipality_code_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["operator_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_shelter_location_operator_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shelter_location")),
    )
    with op.batch_alter_table("shelter_location", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_shelter_location_capacity_beds"), ["capacity_beds"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_shelter_location_closes_on"), ["closes_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_shelter_location_free_beds"), ["free_beds"], unique=False)
        batch_op.create_index(batch_op.f("ix_shelter_location_kind"), ["kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_shelter_location_municipality_code"), ["municipality_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_shelter_location_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_shelter_location_operator_organisation_id"),
            ["operator_organisation_id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_shelter_location_status"), ["status"], unique=False)
        batch_op.create_index("ix_shelter_location_status_free_beds", ["status", "free_beds"], unique=False)
        batch_op.create_index("ix_shelter_location_lat_lon", ["lat", "lon"], unique=False)

    op.create_table(
        "citizen_initiative",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("municipality_code", sqlmodel.sql.sqltypes.AutoString(length=6), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
        sa.Column("planned_places", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("permits", sa.JSON(), nullable=False),
        sa.Column("stakeholders", sa.JSON(), nullable=False),
        sa.Column("risks", sa.JSON(), nullable=False),
        sa.Column("support_needs", sa.JSON(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("initiator_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("initiator_phone", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("initiator_email", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True),
        sa.Column("shelter_location_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipality.code"],
            name=op.f("fk_citizen_initiative_municipality_code_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["shelter_location_id"],
            ["shelter_location.id"],
            name=op.f("fk_citizen_initiative_shelter_location_id_shelter_location"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_citizen_initiative")),
    )
    with op.batch_alter_table("citizen_initiative", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_citizen_initiative_municipality_code"), ["municipality_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_citizen_initiative_stage"), ["stage"], unique=False)

    op.create_table(
        "host_family",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("display_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("host_user_id", sa.Uuid(), nullable=True),
        sa.Column("municipality_code", sqlmodel.sql.sqltypes.AutoString(length=6), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("beds", sa.Integer(), nullable=False),
        sa.Column("rooms", sa.Integer(), nullable=False),
        sa.Column("max_households", sa.Integer(), nullable=False),
        sa.Column("pets_allowed", sa.Boolean(), nullable=False),
        sa.Column("pets_present", sa.Boolean(), nullable=False),
        sa.Column("wheelchair_accessible", sa.Boolean(), nullable=False),
        sa.Column("accepts_children", sa.Boolean(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("available_from", sa.Date(), nullable=False),
        sa.Column("available_until", sa.Date(), nullable=False),
        sa.Column("vetting_status", sa.String(length=16), nullable=False),
        sa.Column("vog_checked_on", sa.Date(), nullable=True),
        sa.Column("home_visit_on", sa.Date(), nullable=True),
        sa.Column("references_checked_on", sa.Date(), nullable=True),
        sa.Column("vetting_expires_on", sa.Date(), nullable=True),
        sa.Column("contact_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("contact_phone", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("contact_email", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True),
        sa.Column("occupied_beds", sa.Integer(), nullable=False),
        sa.Column("occupied_households", sa.Integer(), nullable=False),
        sa.Column("created_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("available_until >= available_from", name=op.f("ck_host_family_window_ordered")),
        sa.CheckConstraint("beds >= 1", name=op.f("ck_host_family_beds_positive")),
        sa.ForeignKeyConstraint(
            ["host_user_id"], ["app_user.id"], name=op.f("fk_host_family_host_user_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipality.code"],
            name=op.f("fk_host_family_municipality_code_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_host_family_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_host_family")),
    )
    with op.batch_alter_table("host_family", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_host_family_available_from"), ["available_from"], unique=False)
        batch_op.create_index(batch_op.f("ix_host_family_available_until"), ["available_until"], unique=False)
        batch_op.create_index("ix_host_family_lat_lon", ["lat", "lon"], unique=False)
        batch_op.create_index(batch_op.f("ix_host_family_host_user_id"), ["host_user_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_host_family_municipality_code"), ["municipality_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_host_family_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_host_family_vetting_status"), ["vetting_status"], unique=False)

    op.create_table(
        "shelter_unit",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("beds", sa.Integer(), nullable=False),
        sa.Column("max_households", sa.Integer(), nullable=False),
        sa.Column("wheelchair_accessible", sa.Boolean(), nullable=False),
        sa.Column("pets_allowed", sa.Boolean(), nullable=False),
        sa.Column("families_only", sa.Boolean(), nullable=False),
        sa.Column("women_only", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("occupied_beds", sa.Integer(), nullable=False),
        sa.Column("occupied_households", sa.Integer(), nullable=False),
        sa.Column("created_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("beds >= 1", name=op.f("ck_shelter_unit_beds_positive")),
        sa.CheckConstraint("max_households >= 1", name=op.f("ck_shelter_unit_max_households_positive")),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["shelter_location.id"],
            name=op.f("fk_shelter_unit_location_id_shelter_location"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shelter_unit")),
    )
    with op.batch_alter_table("shelter_unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shelter_unit_location_id"), ["location_id"], unique=False)

    op.create_table(
        "initiative_stage_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("from_stage", sa.String(length=16), nullable=True),
        sa.Column("to_stage", sa.String(length=16), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
        sa.Column("actor_user_id", sa.Uuid(), nullable=True),
        sa.Column("occurred_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["citizen_initiative.id"],
            name=op.f("fk_initiative_stage_event_initiative_id_citizen_initiative"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_initiative_stage_event")),
    )
    with op.batch_alter_table("initiative_stage_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_initiative_stage_event_initiative_id"), ["initiative_id"], unique=False
        )

    op.create_table(
        "placement",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("household_id", sa.Uuid(), nullable=False),
        sa.Column("relocation_request_id", sa.Uuid(), nullable=True),
        sa.Column("place_type", sa.String(length=16), nullable=False),
        sa.Column("shelter_unit_id", sa.Uuid(), nullable=True),
        sa.Column("host_family_id", sa.Uuid(), nullable=True),
        sa.Column("beds", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("planned_end_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(place_type = 'shelter_unit' AND shelter_unit_id IS NOT NULL AND host_family_id IS NULL) OR (place_type = 'host_family' AND host_family_id IS NOT NULL AND shelter_unit_id IS NULL)",
            name=op.f("ck_placement_one_place"),
        ),
        sa.CheckConstraint("beds >= 1", name=op.f("ck_placement_beds_positive")),
        sa.ForeignKeyConstraint(
            ["host_family_id"], ["host_family.id"], name=op.f("fk_placement_host_family_id_host_family")
        ),
        sa.ForeignKeyConstraint(
            ["shelter_unit_id"], ["shelter_unit.id"], name=op.f("fk_placement_shelter_unit_id_shelter_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index("ix_placement_host_status", ["host_family_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_household_id"), ["household_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_placement_relocation_request_id"), ["relocation_request_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_placement_status"), ["status"], unique=False)
        batch_op.create_index("ix_placement_unit_status", ["shelter_unit_id", "status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index("ix_placement_unit_status")
        batch_op.drop_index(batch_op.f("ix_placement_status"))
        batch_op.drop_index(batch_op.f("ix_placement_relocation_request_id"))
        batch_op.drop_index(batch_op.f("ix_placement_household_id"))
        batch_op.drop_index("ix_placement_host_status")

    op.drop_table("placement")
    with op.batch_alter_table("initiative_stage_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_initiative_stage_event_initiative_id"))

    op.drop_table("initiative_stage_event")
    with op.batch_alter_table("shelter_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shelter_unit_location_id"))

    op.drop_table("shelter_unit")
    with op.batch_alter_table("host_family", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_host_family_vetting_status"))
        batch_op.drop_index(batch_op.f("ix_host_family_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_host_family_municipality_code"))
        batch_op.drop_index(batch_op.f("ix_host_family_host_user_id"))
        batch_op.drop_index("ix_host_family_lat_lon")
        batch_op.drop_index(batch_op.f("ix_host_family_available_until"))
        batch_op.drop_index(batch_op.f("ix_host_family_available_from"))

    op.drop_table("host_family")
    with op.batch_alter_table("citizen_initiative", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_citizen_initiative_stage"))
        batch_op.drop_index(batch_op.f("ix_citizen_initiative_municipality_code"))

    op.drop_table("citizen_initiative")
    with op.batch_alter_table("shelter_location", schema=None) as batch_op:
        batch_op.drop_index("ix_shelter_location_lat_lon")
        batch_op.drop_index("ix_shelter_location_status_free_beds")
        batch_op.drop_index(batch_op.f("ix_shelter_location_status"))
        batch_op.drop_index(batch_op.f("ix_shelter_location_operator_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_shelter_location_name"))
        batch_op.drop_index(batch_op.f("ix_shelter_location_municipality_code"))
        batch_op.drop_index(batch_op.f("ix_shelter_location_kind"))
        batch_op.drop_index(batch_op.f("ix_shelter_location_free_beds"))
        batch_op.drop_index(batch_op.f("ix_shelter_location_closes_on"))
        batch_op.drop_index(batch_op.f("ix_shelter_location_capacity_beds"))

    op.drop_table("shelter_location")
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_subject_status")

    op.drop_table("incident")
