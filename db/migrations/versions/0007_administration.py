"""administration: settings the supervisor changes for every station (issue 8)

station_settings: StationConfig values set centrally per station name ("*": every
station). closure.closed_from/closed_until: a closure for part of a day.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 11:00:00
"""
from alembic import op
import sqlalchemy as sa
import db.types


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('station_settings',
    sa.Column('station_name', sa.String(length=64), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('received_at', db.types.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_station_settings')),
    sa.UniqueConstraint('station_name', name=op.f('uq_station_settings_station_name'))
    )
    with op.batch_alter_table('closure') as batch_op:
        batch_op.add_column(sa.Column('closed_from', sa.String(length=5), nullable=True))
        batch_op.add_column(sa.Column('closed_until', sa.String(length=5), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('closure') as batch_op:
        batch_op.drop_column('closed_until')
        batch_op.drop_column('closed_from')
    op.drop_table('station_settings')
