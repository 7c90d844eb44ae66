"""search text folded for case and accents, with delegate e-mails

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from processor.stages.searchtext import document

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    message = sa.table('message', sa.column('id', sa.Integer), sa.column('subject', sa.Text),
                       sa.column('from_name', sa.String), sa.column('from_address', sa.String),
                       sa.column('search_text', sa.Text))
    delegate = sa.table('delegate', sa.column('message_pk', sa.Integer), sa.column('position', sa.Integer),
                        sa.column('name', sa.String), sa.column('email', sa.String))
    people: dict[int, list[tuple[str, str | None]]] = {}
    for pk, name, email in bind.execute(sa.select(delegate.c.message_pk, delegate.c.name, delegate.c.email)
                                        .order_by(delegate.c.message_pk, delegate.c.position)):
        people.setdefault(pk, []).append((name, email))
    rows = bind.execute(sa.select(message.c.id, message.c.subject, message.c.from_name, message.c.from_address)).all()
    for pk, subject, from_name, from_address in rows:
        bind.execute(message.update().where(message.c.id == pk).values(
            search_text=document(subject or "", from_name or "", from_address or "", people.get(pk, []))))


def downgrade() -> None:
    pass  # the folded text still finds everything the old one did, but accents
