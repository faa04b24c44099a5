"""The local register: catalogues, sites, activities, sessions, participants, attendance, study circles.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""
import datetime

from alembic import op
import sqlalchemy as sa
import sqlmodel

from healthcentre import catalogues

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

def _seed() -> None:
    """The county catalogues every register starts with."""
    now = datetime.datetime.now(datetime.timezone.utc)
    stamp = dict(created_at=now, changed_at=now, created_by="migration", changed_by="migration")

    def table(name, *columns):
        return sa.table(name, *(sa.column(c) for c in (*columns, *stamp)))

    op.bulk_insert(table("municipality", "code", "name"),
                   [dict(code=c, name=n, **stamp) for c, n in catalogues.MUNICIPALITIES])
    op.bulk_insert(table("activity_kind", "code", "name_sv", "name_en", "is_course", "sort_order"),
                   [dict(code=c, name_sv=sv, name_en=en, is_course=course, sort_order=i, **stamp)
                    for i, (c, sv, en, course) in enumerate(catalogues.ACTIVITY_KINDS)])
    op.bulk_insert(table("target_group", "code", "county_code", "name_sv", "name_en", "is_county", "sort_order"),
                   [dict(code=c, county_code=c, name_sv=sv, name_en=en, is_county=True, sort_order=i, **stamp)
                    for i, (c, sv, en) in enumerate(catalogues.TARGET_GROUPS)])
    op.bulk_insert(table("study_association", "code", "name"),
                   [dict(code=c, name=n, **stamp) for c, n in catalogues.STUDY_ASSOCIATIONS])


def upgrade() -> None:
    op.create_table('activity_kind',
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('name_sv', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('name_en', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('is_course', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('municipality',
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('study_association',
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=96), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('site',
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('kind', sa.Enum('HALSOCENTER', 'RECOVERY_COLLEGE', 'MEETING_PLACE', 'OTHER', name='sitekind'), nullable=False),
    sa.Column('municipality_code', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('county_site_code', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.ForeignKeyConstraint(['municipality_code'], ['municipality.code'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_site_municipality_code'), ['municipality_code'], unique=False)

    op.create_table('activity',
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('kind_code', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('with_halsocenter', sa.Boolean(), nullable=False),
    sa.Column('within_halsocenter', sa.Boolean(), nullable=False),
    sa.Column('with_recovery_college', sa.Boolean(), nullable=False),
    sa.Column('with_study_association', sa.Boolean(), nullable=False),
    sa.Column('with_civil_society', sa.Boolean(), nullable=False),
    sa.Column('peer_coproduced', sa.Boolean(), nullable=False),
    sa.Column('digital', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['kind_code'], ['activity_kind.code'], ),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_kind_code'), ['kind_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_start_date'), ['start_date'], unique=False)

    op.create_table('participant',
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('display_name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('gender', sa.Enum('WOMAN', 'MAN', 'OTHER', 'UNKNOWN', name='gender'), nullable=True),
    sa.Column('municipality_code', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=True),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('first_organised_activity', sa.Boolean(), nullable=True),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.Column('erased_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['municipality_code'], ['municipality.code'], ),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_display_name'), ['display_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_registered_on'), ['registered_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_site_id'), ['site_id'], unique=False)

    op.create_table('target_group',
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('county_code', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('name_sv', sqlmodel.sql.sqltypes.AutoString(length=96), nullable=False),
    sa.Column('name_en', sqlmodel.sql.sqltypes.AutoString(length=96), nullable=False),
    sa.Column('is_county', sa.Boolean(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    with op.batch_alter_table('target_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_target_group_county_code'), ['county_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_target_group_site_id'), ['site_id'], unique=False)

    op.create_table('activity_target_group',
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('target_group_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_group_id'], ['target_group.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('activity_id', 'target_group_id')
    )
    with op.batch_alter_table('activity_target_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_target_group_target_group_id'), ['target_group_id'], unique=False)

    op.create_table('enrolment',
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('activity_id', 'participant_id')
    )
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolment_participant_id'), ['participant_id'], unique=False)

    op.create_table('participant_target_group',
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('target_group_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_group_id'], ['target_group.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('participant_id', 'target_group_id')
    )
    with op.batch_alter_table('participant_target_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_target_group_target_group_id'), ['target_group_id'], unique=False)

    op.create_table('session',
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('unregistered_count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.create_index('ix_session_activity_date', ['activity_id', 'date'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_date'), ['date'], unique=False)

    op.create_table('study_circle',
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('leader_name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
    sa.Column('leader_participant_id', sa.Integer(), nullable=True),
    sa.Column('study_association_code', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
    sa.Column('theme', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['leader_participant_id'], ['participant.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['study_association_code'], ['study_association.code'], ),
    sa.PrimaryKeyConstraint('activity_id')
    )
    with op.batch_alter_table('study_circle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_study_circle_leader_participant_id'), ['leader_participant_id'], unique=False)

    op.create_table('attendance',
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('session_id', 'participant_id')
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_participant_id'), ['participant_id'], unique=False)

    _seed()


def downgrade() -> None:
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_participant_id')

    op.drop_table('attendance')
    with op.batch_alter_table('study_circle', schema=None) as batch_op:
        batch_op.drop_index('ix_study_circle_leader_participant_id')

    op.drop_table('study_circle')
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.drop_index('ix_session_activity_date')
        batch_op.drop_index('ix_session_date')

    op.drop_table('session')
    with op.batch_alter_table('participant_target_group', schema=None) as batch_op:
        batch_op.drop_index('ix_participant_target_group_target_group_id')

    op.drop_table('participant_target_group')
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.drop_index('ix_enrolment_participant_id')

    op.drop_table('enrolment')
    with op.batch_alter_table('activity_target_group', schema=None) as batch_op:
        batch_op.drop_index('ix_activity_target_group_target_group_id')

    op.drop_table('activity_target_group')
    with op.batch_alter_table('target_group', schema=None) as batch_op:
        batch_op.drop_index('ix_target_group_county_code')
        batch_op.drop_index('ix_target_group_site_id')

    op.drop_table('target_group')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index('ix_participant_display_name')
        batch_op.drop_index('ix_participant_registered_on')
        batch_op.drop_index('ix_participant_site_id')

    op.drop_table('participant')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index('ix_activity_kind_code')
        batch_op.drop_index('ix_activity_site_id')
        batch_op.drop_index('ix_activity_start_date')

    op.drop_table('activity')
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.drop_index('ix_site_municipality_code')

    op.drop_table('site')
    op.drop_table('study_association')
    op.drop_table('municipality')
    op.drop_table('activity_kind')
