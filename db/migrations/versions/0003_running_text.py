"""mpp_settings.running_text: the display boards' running text

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('mpp_settings') as batch_op:
        batch_op.add_column(sa.Column('running_text', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('mpp_settings') as batch_op:
        batch_op.drop_column('running_text')
