"""message.in_reply_to: the Message-ID a mail answers, what a correction supersedes when no earlier reply is stored

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:  # a plain ADD COLUMN: rebuilding the table would trip the delegates' foreign key on SQLite
    op.add_column("message", sa.Column("in_reply_to", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("message", schema=None) as batch_op:
        batch_op.drop_column("in_reply_to")
