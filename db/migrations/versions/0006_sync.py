"""sync: station-side sync state and leased number blocks (issue 9)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 11:00:00
"""
from alembic import op
import sqlalchemy as sa
import db.types


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# a random UUID in SQLite's SQL: outbox rows written before sync get a change id of their own
_RANDOM_UUID = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
)


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('change_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('tx_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('base', sa.JSON(none_as_null=True), nullable=True))
        batch_op.add_column(sa.Column('result', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('hub_seq', sa.BigInteger(), nullable=True))
    op.execute(f"UPDATE outbox SET change_id = {_RANDOM_UUID}")
    op.execute("UPDATE outbox SET tx_id = change_id")
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.alter_column('change_id', existing_type=sa.String(length=36), nullable=False)
        batch_op.alter_column('tx_id', existing_type=sa.String(length=36), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_outbox_change_id'), ['change_id'])
        batch_op.create_index('ix_outbox_waiting', ['seq'], unique=False, sqlite_where=sa.text('pushed_at IS NULL'))
        batch_op.create_index('ix_outbox_entity', ['entity_id'], unique=False)

    op.create_table('sync_state',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('hub_url', sa.Text(), nullable=False),
    sa.Column('hub_token', sa.Text(), nullable=False),
    sa.Column('hub_id', sa.String(length=36), nullable=False),
    sa.Column('station_name', sa.String(length=64), nullable=False),
    sa.Column('epoch', sa.String(length=36), nullable=False),
    sa.Column('cursor', sa.BigInteger(), nullable=False),
    sa.Column('seen', sa.BigInteger(), nullable=False),
    sa.Column('lease_ahead', sa.Boolean(), nullable=False),
    sa.Column('joined_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('last_ok_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('last_push_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('last_pull_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('last_error_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_state'))
    )
    op.create_table('number_lease',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('scope', sa.String(length=64), nullable=False),
    sa.Column('first_number', sa.Integer(), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.Column('next_number', sa.Integer(), nullable=False),
    sa.Column('leased_at', db.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_number_lease'))
    )
    with op.batch_alter_table('number_lease', schema=None) as batch_op:
        batch_op.create_index('ix_number_lease_scope', ['scope', 'first_number'], unique=False)
    op.create_table('row_version',
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('change_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('entity_id', name=op.f('pk_row_version'))
    )
    op.create_table('sync_notice',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('subject', sa.String(length=64), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('seen_at', db.types.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_notice'))
    )


def downgrade() -> None:
    op.drop_table('sync_notice')
    op.drop_table('row_version')
    with op.batch_alter_table('number_lease', schema=None) as batch_op:
        batch_op.drop_index('ix_number_lease_scope')
    op.drop_table('number_lease')
    op.drop_table('sync_state')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_entity')
        batch_op.drop_index('ix_outbox_waiting')
        batch_op.drop_constraint(batch_op.f('uq_outbox_change_id'), type_='unique')
        for column in ('hub_seq', 'result', 'base', 'tx_id', 'change_id'):
            batch_op.drop_column(column)
