"""attachment.ocr_pages: the pages read by OCR as data, no longer parsed back out of the note

Revision ID: 0008
Revises: 0006

Numbered 0008 because another change may add 0007; if it lands first, `down_revision` becomes "0007".
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None

# How the OCR stage worded the note until now: "page 2 of x.pdf, OCR (fra)", "pages 1-3, 5 of x.pdf, OCR (…)".
_NOTE = re.compile(r"pages? ([\d, -]+) of .*?, OCR \(")


def pages_in(note: str) -> list[int]:
    """The page numbers an old note names (read once here, for the rows stored before the column existed)."""
    match = _NOTE.match(note or "")
    pages: list[int] = []
    for item in match.group(1).split(", ") if match else []:
        first, _, last = item.partition("-")
        pages.extend(range(int(first), int(last or first) + 1))
    return pages


def upgrade() -> None:
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ocr_pages", sa.JSON(), nullable=True))
    attachment = sa.table("attachment", sa.column("id", sa.Integer), sa.column("text_source", sa.String),
                          sa.column("note", sa.String), sa.column("ocr_pages", sa.JSON))
    bind = op.get_bind()
    bind.execute(attachment.update().values(ocr_pages=[]))
    rows = bind.execute(sa.select(attachment.c.id, attachment.c.note).where(attachment.c.text_source == "ocr")).all()
    for pk, note in rows:
        bind.execute(attachment.update().where(attachment.c.id == pk).values(ocr_pages=pages_in(note)))


def downgrade() -> None:
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_column("ocr_pages")
