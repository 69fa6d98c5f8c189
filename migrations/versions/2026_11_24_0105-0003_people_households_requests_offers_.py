"""people: households, requests, offers, status links, outbox

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 01:05:04.185894
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import api.core.models

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "job_run",
        sa.Column("job", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("run_on", sa.Date(), nullable=False),
        sa.Column("started_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", api.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("job", "run_on", name=op.f("pk_job_run")),
    )
    op.create_table(
        "status_lookup_throttle",
        sa.Column("client_key", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("window_start", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("lookups", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("client_key", "window_start", name=op.f("pk_status_lookup_throttle")),
    )
    op.create_table(
        "household",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("reference", sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
        sa.Column("adults", sa.Integer(), nullable=False),
        sa.Column("children", sa.Integer(), nullable=False),
        sa.Column("members", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("preferred_language", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("legal_status", sa.String(length=24), nullable=False),
        sa.Column("needs_wheelchair", sa.Boolean(), nullable=False),
        sa.Column("needs_medical_care", sa.Boolean(), nullable=False),
        sa.Column("has_pets", sa.Boolean(), nullable=False),
        sa.Column("pet_details", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("needs_special_needs_education", sa.Boolean(), nullable=False),
        sa.Column("needs_informal_care", sa.Boolean(), nullable=False),
        sa.Column("needs_informal_childcare", sa.Boolean(), nullable=False),
        sa.Column("needs_self_catering", sa.Boolean(), nullable=False),
        sa.Column("women_and_children_only", sa.Boolean(), nullable=False),
        sa.Column("needs_details", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
        sa.Column("vulnerable", sa.Boolean(), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=True),
        sa.Column("contact_email", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True),
        sa.Column("contact_phone", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("supporting_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("created_by_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("erased_at", api.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint("adults >= 1", name=op.f("ck_household_adults_positive")),
        sa.CheckConstraint("children >= 0", name=op.f("ck_household_children_not_negative")),
        sa.ForeignKeyConstraint(
            ["created_by_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_household_created_by_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["supporting_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_household_supporting_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household")),
        sa.UniqueConstraint("reference", name=op.f("uq_household_reference")),
    )
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_household_legal_status"), ["legal_status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_household_supporting_organisation_id"),
            ["supporting_organisation_id"],
            unique=False,
        )

    op.create_table(
        "relocation_request",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("household_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("urgency", sa.String(length=16), nullable=False),
        sa.Column("must_move_by", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("preferred_municipalities", sa.JSON(), nullable=False),
        sa.Column("max_distance_km", sa.Integer(), nullable=True),
        sa.Column("current_placement_id", sa.Uuid(), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=True),
        sa.Column("next_step", sa.String(length=24), nullable=True),
        sa.Column("next_step_due", sa.Date(), nullable=True),
        sa.Column("trigger_key", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
        sa.Column("created_by_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("status_changed_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("closed_at", api.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("anonymised_at", api.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_relocation_request_created_by_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["current_placement_id"],
            ["placement.id"],
            name=op.f("fk_relocation_request_current_placement_id_placement"),
        ),
        sa.ForeignKeyConstraint(
            ["household_id"], ["household.id"], name=op.f("fk_relocation_request_household_id_household")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relocation_request")),
        sa.UniqueConstraint("trigger_key", name=op.f("uq_relocation_request_trigger_key")),
    )
    with op.batch_alter_table("relocation_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_relocation_request_closed_at"), ["closed_at"], unique=False)
        batch_op.create_index(
            "ix_relocation_request_household_status", ["household_id", "status"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_relocation_request_reason"), ["reason"], unique=False)
        batch_op.create_index(
            "ix_relocation_request_status_must_move_by", ["status", "must_move_by"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_relocation_request_urgency"), ["urgency"], unique=False)

    op.create_table(
        "notification",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("recipient_type", sa.String(length=24), nullable=False),
        sa.Column("recipient", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
        sa.Column("recipient_user_id", sa.Uuid(), nullable=True),
        sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("subject", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("body", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
        sa.Column("household_id", sa.Uuid(), nullable=True),
        sa.Column("request_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("lease_until", api.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("sent_at", api.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("delivered_via", sa.String(length=16), nullable=True),
        sa.Column("last_error", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id"], ["household.id"], name=op.f("fk_notification_household_id_household")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["relocation_request.id"],
            name=op.f("fk_notification_request_id_relocation_request"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification")),
    )
    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notification_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notification_request_id"), ["request_id"], unique=False)
        batch_op.create_index(
            "ix_notification_status_next_attempt", ["status", "next_attempt_at"], unique=False
        )

    op.create_table(
        "relocation_anchor",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("request_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("municipality_code", sqlmodel.sql.sqltypes.AutoString(length=6), nullable=True),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipality.code"],
            name=op.f("fk_relocation_anchor_municipality_code_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["relocation_request.id"],
            name=op.f("fk_relocation_anchor_request_id_relocation_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relocation_anchor")),
    )
    with op.batch_alter_table("relocation_anchor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_relocation_anchor_request_id"), ["request_id"], unique=False)

    op.create_table(
        "status_link",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("request_id", sa.Uuid(), nullable=False),
        sa.Column("token_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", api.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["relocation_request.id"],
            name=op.f("fk_status_link_request_id_relocation_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_link")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_status_link_token_hash")),
    )
    with op.batch_alter_table("status_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_status_link_request_id"), ["request_id"], unique=False)

    op.create_table(
        "offer",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("request_id", sa.Uuid(), nullable=False),
        sa.Column("household_id", sa.Uuid(), nullable=False),
        sa.Column("place_type", sa.String(length=16), nullable=False),
        sa.Column("shelter_unit_id", sa.Uuid(), nullable=True),
        sa.Column("host_family_id", sa.Uuid(), nullable=True),
        sa.Column("move_on", sa.Date(), nullable=False),
        sa.Column("respond_by", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("notice_override_reason", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
        sa.Column("decline_reason", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
        sa.Column("withdraw_reason", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
        sa.Column("made_by_organisation_id", sa.Uuid(), nullable=False),
        sa.Column("made_by_user_id", sa.Uuid(), nullable=True),
        sa.Column("responded_at", api.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("responded_via", sa.String(length=16), nullable=True),
        sa.Column("placement_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(place_type = 'shelter_unit' AND shelter_unit_id IS NOT NULL AND host_family_id IS NULL) OR (place_type = 'host_family' AND host_family_id IS NOT NULL AND shelter_unit_id IS NULL)",
            name=op.f("ck_offer_one_place"),
        ),
        sa.CheckConstraint("respond_by <= move_on", name=op.f("ck_offer_respond_before_move")),
        sa.ForeignKeyConstraint(
            ["host_family_id"], ["host_family.id"], name=op.f("fk_offer_host_family_id_host_family")
        ),
        sa.ForeignKeyConstraint(
            ["household_id"], ["household.id"], name=op.f("fk_offer_household_id_household")
        ),
        sa.ForeignKeyConstraint(
            ["made_by_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_offer_made_by_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"], ["placement.id"], name=op.f("fk_offer_placement_id_placement")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["relocation_request.id"], name=op.f("fk_offer_request_id_relocation_request")
        ),
        sa.ForeignKeyConstraint(
            ["shelter_unit_id"], ["shelter_unit.id"], name=op.f("fk_offer_shelter_unit_id_shelter_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offer")),
    )
    with op.batch_alter_table("offer", schema=None) as batch_op:
        batch_op.create_index("ix_offer_host_status", ["host_family_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_offer_household_id"), ["household_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_offer_made_by_organisation_id"), ["made_by_organisation_id"], unique=False
        )
        batch_op.create_index("ix_offer_request_status", ["request_id", "status"], unique=False)
        batch_op.create_index("ix_offer_unit_status", ["shelter_unit_id", "status"], unique=False)

    op.create_table(
        "relocation_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("request_id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=True),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("actor_type", sa.String(length=16), nullable=False),
        sa.Column("actor_user_id", sa.Uuid(), nullable=True),
        sa.Column("actor_api_key_id", sa.Uuid(), nullable=True),
        sa.Column("actor_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("offer_id", sa.Uuid(), nullable=True),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
        sa.Column("next_step", sa.String(length=24), nullable=True),
        sa.Column("next_step_due", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["offer_id"], ["offer.id"], name=op.f("fk_relocation_event_offer_id_offer")),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["relocation_request.id"],
            name=op.f("fk_relocation_event_request_id_relocation_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relocation_event")),
    )
    with op.batch_alter_table("relocation_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_relocation_event_request_occurred", ["request_id", "occurred_at"], unique=False
        )

    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_foreign_key(
            batch_op.f("fk_placement_household_id_household"), "household", ["household_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_placement_relocation_request_id_relocation_request"),
            "relocation_request",
            ["relocation_request_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_placement_relocation_request_id_relocation_request"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("fk_placement_household_id_household"), type_="foreignkey")

    with op.batch_alter_table("relocation_event", schema=None) as batch_op:
        batch_op.drop_index("ix_relocation_event_request_occurred")

    op.drop_table("relocation_event")
    with op.batch_alter_table("offer", schema=None) as batch_op:
        batch_op.drop_index("ix_offer_unit_status")
        batch_op.drop_index("ix_offer_request_status")
        batch_op.drop_index(batch_op.f("ix_offer_made_by_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_offer_household_id"))
        batch_op.drop_index("ix_offer_host_status")

    op.drop_table("offer")
    with op.batch_alter_table("status_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_link_request_id"))

    op.drop_table("status_link")
    with op.batch_alter_table("relocation_anchor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_relocation_anchor_request_id"))

    op.drop_table("relocation_anchor")
    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.drop_index("ix_notification_status_next_attempt")
        batch_op.drop_index(batch_op.f("ix_notification_request_id"))
        batch_op.drop_index(batch_op.f("ix_notification_household_id"))

    op.drop_table("notification")
    with op.batch_alter_table("relocation_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_relocation_request_urgency"))
        batch_op.drop_index("ix_relocation_request_status_must_move_by")
        batch_op.drop_index(batch_op.f("ix_relocation_request_reason"))
        batch_op.drop_index("ix_relocation_request_household_status")
        batch_op.drop_index(batch_op.f("ix_relocation_request_closed_at"))

    op.drop_table("relocation_request")
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_supporting_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_household_legal_status"))

    op.drop_table("household")
    op.drop_table("status_lookup_throttle")
    op.drop_table("job_run")
