"""rule proposals: changes to rules/ suggested from reviewers' corrections

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ruleproposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("change", sa.String(), nullable=False),
        sa.Column("target", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("diff", sa.Text(), nullable=True),
        sa.Column("evidence", sa.JSON(), nullable=True),
        sa.Column("effect", sa.JSON(), nullable=True),
        sa.Column("rules_version", sa.String(), nullable=False),
        sa.Column("decided_by", sa.String(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("applied_version", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ruleproposal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ruleproposal_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ruleproposal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ruleproposal_status"))
    op.drop_table("ruleproposal")
