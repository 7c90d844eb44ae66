"""message.gone: the names a correction says no longer come (replaced, withdrawn), taken out of the earlier list

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:  # a plain ADD COLUMN: rebuilding the table would trip the delegates' foreign key on SQLite
    op.add_column("message", sa.Column("gone", sa.JSON(), nullable=True, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("message", schema=None) as batch_op:
        batch_op.drop_column("gone")
