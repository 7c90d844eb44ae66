"""message.amends: a correction that leaves the rest of the earlier reply standing (adds someone, fixes a name)

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:  # a plain ADD COLUMN: rebuilding the table would trip the delegates' foreign key on SQLite
    op.add_column("message", sa.Column("amends", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("message", schema=None) as batch_op:
        batch_op.drop_column("amends")
