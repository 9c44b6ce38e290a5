"""service.wait_target_minutes: the waiting-time target of the daily summary

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL: the MPP's default target (app.daily.DEFAULT_WAIT_TARGET_MINUTES)
    with op.batch_alter_table('service') as batch_op:
        batch_op.add_column(sa.Column('wait_target_minutes', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('service') as batch_op:
        batch_op.drop_column('wait_target_minutes')
