"""The tables, as SQLAlchemy 2.x typed models.

Synced rows (everything a station makes that another station or the hub needs)
carry a UUIDv7 id minted on the station, the station_id that made them,
created_at on the station clock and, once the hub has seen them, received_at.
Local bookkeeping (number sequences, the outbox itself, station identity) is not
synced.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.types import UTCDateTime

# Named constraints, so later migrations can drop or alter them on SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Synced:
    """Columns every synced row carries; rows of these classes reach the outbox."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    station_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


# --- station bookkeeping (not synced) -------------------------------------


class LocalState(Base):
    """Facts about this station's own file: its station id, for instance."""

    __tablename__ = "local_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Outbox(Base):
    """A change waiting to reach the hub; written in the transaction that made it.

    Kept after the hub has it (pushed_at, result): a hub restored from an older
    backup gets it again (app.sync)."""

    __tablename__ = "outbox"
    __table_args__ = (
        # the push's scan; the pull's "have we a later change of this row, or one still waiting"
        Index("ix_outbox_waiting", "seq", sqlite_where=text("pushed_at IS NULL")),
        Index("ix_outbox_entity", "entity_id"),
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    pushed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # (issue 9) the change's id at the hub, unique across stations; the local transaction
    # it belongs to (the hub accepts or refuses a transaction whole); for a ticket's update,
    # the change it was made on ({"version": change id}: the hub's referee checks it)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    tx_id: Mapped[str] = mapped_column(String(36))
    base: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), default=None)
    # what the hub answered: ok, dup (it had it), refused; its server sequence number
    result: Mapped[str | None] = mapped_column(String(16), default=None)
    hub_seq: Mapped[int | None] = mapped_column(BigInteger, default=None)


class NumberSequence(Base):
    """The last ticket number given per service and business day: the allocation lock's row."""

    __tablename__ = "number_sequence"
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service.id"), primary_key=True)
    business_date: Mapped[date] = mapped_column(Date, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


# --- catalog ------------------------------------------------------------------


class MppSettings(Synced, Base):
    """The MPP itself: one row."""

    __tablename__ = "mpp_settings"
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    timezone: Mapped[str] = mapped_column(String(64))
    priority_policy: Mapped[str] = mapped_column(String(16), default="first")
    priority_every: Mapped[int] = mapped_column(Integer, default=3)
    absent_after_calls: Mapped[int] = mapped_column(Integer, default=3)
    hours: Mapped[dict[str, list[str]]] = mapped_column(JSON, default=dict)
    cutoff_minutes: Mapped[int] = mapped_column(Integer, default=0)
    # the display boards' running text, set by the supervisor
    running_text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Closure(Synced, Base):
    """A day the MPP closes besides national holidays."""

    __tablename__ = "closure"
    day: Mapped[date] = mapped_column(Date, unique=True)
    reason: Mapped[str] = mapped_column(Text)
    # part of a day (local "HH:MM", migration 0007): closed from..until; both None: the whole day
    closed_from: Mapped[str | None] = mapped_column(String(5), default=None)
    closed_until: Mapped[str | None] = mapped_column(String(5), default=None)


class Agency(Synced, Base):
    __tablename__ = "agency"
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    hours: Mapped[dict[str, list[str]] | None] = mapped_column(JSON(none_as_null=True), default=None)
    cutoff_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    services: Mapped[list[Service]] = relationship(back_populates="agency", order_by="Service.code")


class Service(Synced, Base):
    """A layanan with its published standar pelayanan."""

    __tablename__ = "service"
    # a prefix is unique among the services offered; a retired service may leave its prefix to a new one
    __table_args__ = (
        Index(
            "uq_service_active_prefix",
            "prefix",
            unique=True,
            sqlite_where=text("active"),
            postgresql_where=text("active"),
        ),
    )
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency.id"))
    code: Mapped[str] = mapped_column(String(32), unique=True)
    prefix: Mapped[str] = mapped_column(String(2))
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    daily_quota: Mapped[int | None] = mapped_column(Integer, default=None)
    accepts_priority: Mapped[bool] = mapped_column(default=True)
    service_minutes: Mapped[int] = mapped_column(Integer, default=10)
    wait_target_minutes: Mapped[int | None] = mapped_column(Integer, default=None)  # None: the MPP default
    hours: Mapped[dict[str, list[str]] | None] = mapped_column(JSON(none_as_null=True), default=None)
    cutoff_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    persyaratan: Mapped[list[str]] = mapped_column(JSON, default=list)
    prosedur: Mapped[list[str]] = mapped_column(JSON, default=list)
    jangka_waktu: Mapped[str] = mapped_column(Text, default="")
    biaya: Mapped[str] = mapped_column(Text, default="")
    produk: Mapped[str] = mapped_column(Text, default="")
    pengaduan: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    agency: Mapped[Agency] = relationship(back_populates="services")


class Counter(Synced, Base):
    """A loket."""

    __tablename__ = "counter"
    number: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    links: Mapped[list[CounterService]] = relationship(
        back_populates="counter", cascade="all, delete-orphan"
    )


class CounterService(Synced, Base):
    """A service a counter serves."""

    __tablename__ = "counter_service"
    __table_args__ = (UniqueConstraint("counter_id", "service_id"),)
    counter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("counter.id"))
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service.id"))

    counter: Mapped[Counter] = relationship(back_populates="links")
    service: Mapped[Service] = relationship()


class CounterState(Synced, Base):
    """What a counter is doing today: open or on a break, and its priority rhythm."""

    __tablename__ = "counter_state"
    counter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("counter.id"), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    # calls since this counter last called a priority ticket ("interleave" policy),
    # counted within rhythm_day: each business day starts afresh
    calls_since_priority: Mapped[int] = mapped_column(Integer, default=0)
    rhythm_day: Mapped[date | None] = mapped_column(Date, default=None)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Staff(Synced, Base):
    __tablename__ = "staff"
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


# --- the queue -----------------------------------------------------------------


class Ticket(Synced, Base):
    """A ticket's current state; its life is the list of TicketEvent rows beside it."""

    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("issued_service_id", "business_date", "number"),
        # call_next and people_ahead: the waiting tickets of a day, in queue order
        Index("ix_ticket_queue", "business_date", "status", "service_id", "queue_at"),
    )
    business_date: Mapped[date] = mapped_column(Date)
    issued_service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service.id"))
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service.id"))
    number: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(8))
    priority_group: Mapped[str | None] = mapped_column(String(32), default=None)
    status: Mapped[str] = mapped_column(String(16))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)  # arrival; a transfer keeps it
    queue_at: Mapped[datetime] = mapped_column(UTCDateTime)  # place in the queue
    counter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("counter.id"), default=None)
    call_count: Mapped[int] = mapped_column(Integer, default=0)
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    outcome: Mapped[str | None] = mapped_column(Text, default=None)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    service: Mapped[Service] = relationship(foreign_keys=[service_id])
    counter: Mapped[Counter | None] = relationship()


class TicketEvent(Synced, Base):
    """One step in a ticket's life; never edited."""

    __tablename__ = "ticket_event"
    __table_args__ = (
        Index("ix_ticket_event_ticket", "ticket_id", "created_at"),
        Index("ix_ticket_event_counter", "counter_id", "created_at"),
    )
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ticket.id"))
    kind: Mapped[str] = mapped_column(String(16))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service.id"))
    to_service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service.id"), default=None)
    counter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("counter.id"), default=None)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)

    # lets the unit of work insert the ticket before its first event
    ticket: Mapped[Ticket] = relationship()


# --- the satisfaction survey (SKM) ----------------------------------------------

# The nine elements (unsur) of PermenPAN-RB 14/2017, one column each, named by
# their keys. db/ does not import app/: tests check these equal app.ikm.ELEMENT_KEYS.
SURVEY_ELEMENTS = (
    "persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku", "pengaduan", "sarana",
)  # fmt: skip
SURVEY_CHANNELS = ("kiosk", "tablet", "paper")


class SurveyResponse(Synced, Base):
    """One anonymous SKM response; never edited. No name or NIK exists here, by law.

    A blank element is NULL (left out of that element's NRR only). A response
    given with a ticket refers to it, once: the unique ticket_id allows many NULLs.
    """

    __tablename__ = "survey_response"
    __table_args__ = (
        # The IKM of a period, per service. The scores ride along so the index
        # covers the IKM's aggregate: a year of 100,000 responses is summed from
        # the index alone instead of 100,000 lookups into the table (~4x faster).
        Index("ix_survey_response_day_service", "business_date", "service_id", *SURVEY_ELEMENTS),
        CheckConstraint("channel IN ('kiosk', 'tablet', 'paper')", name="channel"),
        *(CheckConstraint(f"{key} BETWEEN 1 AND 4", name=f"{key}_score") for key in SURVEY_ELEMENTS),
    )
    business_date: Mapped[date] = mapped_column(Date)  # the MPP's local date of the answer
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service.id"))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ticket.id"), unique=True, default=None)
    channel: Mapped[str] = mapped_column(String(8))
    jenis_kelamin: Mapped[str | None] = mapped_column(String(1), default=None)
    usia: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    pendidikan: Mapped[str | None] = mapped_column(String(3), default=None)
    pekerjaan: Mapped[str | None] = mapped_column(String(10), default=None)
    persyaratan: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    prosedur: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    waktu: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    biaya: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    produk: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    kompetensi: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    perilaku: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    pengaduan: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    sarana: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    saran: Mapped[str | None] = mapped_column(Text, default=None)

    service: Mapped[Service] = relationship()


# --- complaints (pengaduan) -------------------------------------------------------

# Names are the intake contract's (app.complaints); db/ does not import app/, so tests
# check that these equal app.complaints.CHANNELS, IDENTITAS and STAGES.
COMPLAINT_CHANNELS = ("loket", "kiosk", "surat", "telepon", "lainnya")
COMPLAINT_IDENTITAS = ("terbuka", "anonim", "rahasia")
COMPLAINT_STAGES = (
    "diterima", "diverifikasi", "didisposisikan", "ditindaklanjuti", "selesai",
    "ditunda", "bukan_wewenang", "ditolak",
)  # fmt: skip


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class ComplaintSequence(Base):
    """The last complaint number given per year on this station: the allocation lock's row."""

    __tablename__ = "complaint_sequence"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer)


class Complaint(Synced, Base):
    """A complaint as filed, and its current stage; its life is the ComplaintEvent rows.

    The filed columns (kanal to tuntutan) are never edited. No personal data is
    here: the complainant is in ComplaintIdentity, encrypted, and is deleted from
    there when the retention period ends while this row stays.
    """

    __tablename__ = "complaint"
    __table_args__ = (
        # the supervisor's open and overdue complaints; the export's date range
        Index("ix_complaint_stage_due", "stage", "settle_due"),
        Index("ix_complaint_filed_date", "filed_date"),
        CheckConstraint(_one_of("kanal", COMPLAINT_CHANNELS), name="kanal"),
        CheckConstraint(_one_of("identitas", COMPLAINT_IDENTITAS), name="identitas"),
        CheckConstraint(_one_of("stage", COMPLAINT_STAGES), name="stage"),
    )
    nomor: Mapped[str] = mapped_column(String(20), unique=True)  # ADU-2026-000123, unique across stations
    filed_date: Mapped[date] = mapped_column(Date)  # the MPP's local date of intake
    kanal: Mapped[str] = mapped_column(String(8))
    identitas: Mapped[str] = mapped_column(String(8))
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency.id"))
    service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service.id"), default=None)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ticket.id"), default=None)
    waktu_kejadian: Mapped[str] = mapped_column(String(32))  # ISO date, or local date-time with its offset
    tanggal_kejadian: Mapped[date] = mapped_column(Date)  # its local date
    tempat: Mapped[str] = mapped_column(Text)
    uraian: Mapped[str] = mapped_column(Text)
    kerugian: Mapped[str] = mapped_column(Text)
    tuntutan: Mapped[str] = mapped_column(Text)
    # the current state
    stage: Mapped[str] = mapped_column(String(16))
    stage_since: Mapped[datetime] = mapped_column(UTCDateTime)
    stage_due: Mapped[date | None] = mapped_column(Date, default=None)  # leave this stage by then
    settle_due: Mapped[date] = mapped_column(Date)  # settled by then
    paused_from: Mapped[str | None] = mapped_column(String(16), default=None)  # the stage before ditunda
    disposed_agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agency.id"), default=None)
    forwarded_to: Mapped[str | None] = mapped_column(Text, default=None)  # bukan wewenang: where it went
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)  # selesai, ditolak, bukan wewenang
    personal_data_erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    agency: Mapped[Agency] = relationship(foreign_keys=[agency_id])
    service: Mapped[Service | None] = relationship()
    disposed_agency: Mapped[Agency | None] = relationship(foreign_keys=[disposed_agency_id])
    ticket: Mapped[Ticket | None] = relationship()


class ComplaintIdentity(Synced, Base):
    """Who complained: every value a Fernet token under the installation key (app.keys),
    never plain text. Deleted whole when the personal data is erased."""

    __tablename__ = "complaint_identity"
    complaint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaint.id"), unique=True)
    key_id: Mapped[str] = mapped_column(String(16))  # which key wrote the tokens
    nama_enc: Mapped[str | None] = mapped_column(Text, default=None)
    alamat_enc: Mapped[str | None] = mapped_column(Text, default=None)
    telepon_enc: Mapped[str | None] = mapped_column(Text, default=None)
    email_enc: Mapped[str | None] = mapped_column(Text, default=None)
    nik_enc: Mapped[str | None] = mapped_column(Text, default=None)
    # a keyed hash of the NIK, to find a citizen's complaints for their own-data request
    nik_index: Mapped[str | None] = mapped_column(String(64), index=True, default=None)

    complaint: Mapped[Complaint] = relationship()


class ComplaintEvent(Synced, Base):
    """One step in a complaint's life (filed, a stage change, a note, an erasure); never edited."""

    __tablename__ = "complaint_event"
    __table_args__ = (Index("ix_complaint_event_complaint", "complaint_id", "created_at"),)
    complaint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaint.id"))
    kind: Mapped[str] = mapped_column(String(16))  # filed, stage, note, erased
    from_stage: Mapped[str | None] = mapped_column(String(16), default=None)
    to_stage: Mapped[str] = mapped_column(String(16))
    actor: Mapped[str] = mapped_column(String(64))  # a staff username, "kiosk" or "cli"
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    public: Mapped[bool] = mapped_column(default=False)  # a reply the citizen sees at the kiosk
    agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agency.id"), default=None)  # didisposisikan
    forwarded_to: Mapped[str | None] = mapped_column(Text, default=None)  # bukan wewenang

    complaint: Mapped[Complaint] = relationship()


class ComplaintAccess(Synced, Base):
    """Personal data of a complaint was shown or exported: who, when, which fields, why. Never edited."""

    __tablename__ = "complaint_access"
    __table_args__ = (Index("ix_complaint_access_complaint", "complaint_id", "created_at"),)
    complaint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaint.id"))
    actor: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    role: Mapped[str] = mapped_column(String(16))
    fields: Mapped[str] = mapped_column(String(64))  # comma-separated: nama,alamat,telepon,email,nik
    purpose: Mapped[str] = mapped_column(String(16))  # view, export, citizen_export


# --- sync (issue 9: migration 0006) ---------------------------------------


class SyncState(Base):
    """This station's link to its hub (one row, id 1): who it is there, the hub's
    epoch, how far it has pulled, and how the last attempts went. Not synced."""

    __tablename__ = "sync_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hub_url: Mapped[str] = mapped_column(Text)
    hub_token: Mapped[str] = mapped_column(Text)  # this station's secret at the hub
    hub_id: Mapped[str] = mapped_column(String(36))
    station_name: Mapped[str] = mapped_column(String(64))
    epoch: Mapped[str] = mapped_column(String(36))
    cursor: Mapped[int] = mapped_column(BigInteger, default=0)  # the last server sequence pulled
    seen: Mapped[int] = mapped_column(BigInteger, default=0)  # the highest server sequence seen (pulled or acked)
    lease_ahead: Mapped[bool] = mapped_column(default=False)  # hold ticket numbers for every service (a kiosk)
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_ok_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_push_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_pull_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_error_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)


class NumberLease(Base):
    """A block of numbers the hub gave this station: the tickets of one service and
    day ("ticket:<service id>:<date>") or the complaints of a year ("complaint:<year>")."""

    __tablename__ = "number_lease"
    __table_args__ = (Index("ix_number_lease_scope", "scope", "first_number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    scope: Mapped[str] = mapped_column(String(64))
    first_number: Mapped[int] = mapped_column(Integer)
    last_number: Mapped[int] = mapped_column(Integer)
    next_number: Mapped[int] = mapped_column(Integer)  # last_number + 1 once used up
    leased_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RowVersion(Base):
    """Which change made a refereed row (a ticket) as this station has it: an update
    names it, and the hub takes the update only while that is still the hub's latest."""

    __tablename__ = "row_version"
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    change_id: Mapped[str] = mapped_column(String(36))


class SyncNotice(Base):
    """Something of this station's that the hub refused, to be told to its users. Not synced."""

    __tablename__ = "sync_notice"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    code: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(36))
    subject: Mapped[str] = mapped_column(String(64))  # what a user calls it: A005, ADU-2026-000012
    message: Mapped[str] = mapped_column(Text)
    seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


# --- administration (issue 8: migration 0007) -----------------------------


class StationSettings(Synced, Base):
    """Station settings set centrally by the supervisor, for one station name or "*" (every
    station): StationConfig keys and values, validated by app.config.parse_config. They
    override the station's own file (app.admin.effective_config)."""

    __tablename__ = "station_settings"
    station_name: Mapped[str] = mapped_column(String(64), unique=True)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


SYNCED_MODELS = tuple(m.class_ for m in Base.registry.mappers if issubclass(m.class_, Synced))
