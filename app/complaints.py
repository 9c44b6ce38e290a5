"""Complaints (pengaduan): intake, tracking numbers, the workflow, deadlines and privacy.

The law as ../shared/domain/pengaduan.md states it, and how it shows here:
- UU 25/2009 Pasal 42: a written complaint holds the complainant's name and full address,
  what fell short and the loss it caused, the settlement asked, the place and the time.
  So nama and alamat are required when identitas is "terbuka"; uraian, kerugian,
  tuntutan, tempat and waktu_kejadian always. "In given circumstances the name and
  identity may be kept secret": identitas "anonim" or "rahasia" makes every identity
  field optional. Telepon, email and NIK are never required (UU 27/2022: collect
  only what the complaint needs).
- Pasal 41: 30 days after the service. A later complaint is taken all the same, with a
  warning (code "late_complaint") returned beside the result, never a refusal.
- SP4N-LAPOR! verifies within 3 working days; Perpres 76/2013 settles within 60 days:
  deadlines per stage in working days (ComplaintRules), weekends, Indonesian public
  holidays, cuti bersama and MPP closures skipped (app.workdays).
- Personal data (UU 27/2022): name, address, phone, email and NIK are encrypted at
  rest (app.keys) in ComplaintIdentity, shown per role by PRIVACY below, every view of
  them logged (ComplaintAccess), erased after the retention period while the complaint
  stays, and exportable to the citizen who asks for their own.

Text is stored exactly as typed: no Unicode normalisation (NFC or other), emoji,
right-to-left text and apostrophes (Ma'ruf, Nur’aini) kept as they are. All that changes:
leading and trailing whitespace is dropped, CRLF and CR line breaks become LF, a NIK loses
the spaces between its digit groups and agency and service codes are upper-cased. A
text holding a control character (other than a line break or tab in the long texts), a
lone surrogate or a bidirectional override (U+202A-U+202E, U+2066-U+2069: they can make
text read differently from how it is stored) is refused, as is a text over its maximum
(LIMITS). Every problem of an intake is reported at once and nothing is stored.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import joinedload

from app import keys
from app.errors import InvalidInput, MppError, NotFound, Refused
from app.nik import nik_problems, normalize_nik, parse_nik
from app.uow import UnitOfWork
from app.workdays import add_working_days, business_date, local_zone
from db.models import (
    COMPLAINT_CHANNELS,
    COMPLAINT_IDENTITAS,
    COMPLAINT_STAGES,
    Agency,
    Complaint,
    ComplaintAccess,
    ComplaintEvent,
    ComplaintIdentity,
    ComplaintSequence,
    LocalState,
    Service,
    Staff,
)

# --- the contract's names -------------------------------------------------------------------

CHANNELS = COMPLAINT_CHANNELS  # loket, kiosk, surat, telepon, lainnya
IDENTITAS = COMPLAINT_IDENTITAS  # terbuka, anonim, rahasia
STAGES = COMPLAINT_STAGES
INTAKE_KEYS = (
    "identitas", "nama", "alamat", "telepon", "email", "nik", "instansi", "layanan", "tiket",
    "waktu_kejadian", "tempat", "uraian", "kerugian", "tuntutan", "kanal",
)  # fmt: skip
PERSONAL_FIELDS = ("nama", "alamat", "telepon", "email", "nik")

# Maximum lengths, in characters (code points) after trimming. uraian's 5,000 is the
# issue's; the others hold any real name, address, place or request with room to spare.
LIMITS = {
    "nama": 200,
    "alamat": 500,
    "telepon": 20,
    "email": 254,  # RFC 5321's longest address
    "nik": 40,  # 16 digits, with spaces between groups allowed
    "instansi": 32,
    "layanan": 32,
    "tiket": 64,  # a QR payload "MPP-T:<uuid>" is 42
    "waktu_kejadian": 40,
    "tempat": 300,
    "uraian": 5000,
    "kerugian": 2000,
    "tuntutan": 2000,
}
NOTE_MAX = 2000  # a note or reply on a stage change
FORWARDED_TO_MAX = 200
# texts that may hold line breaks and tabs; the others are one line
MULTILINE = frozenset({"alamat", "uraian", "kerugian", "tuntutan"})

STAGE_LABELS = {  # (Indonesian, English): for paper and the command line; the UI translates by code
    "diterima": ("Diterima", "Received"),
    "diverifikasi": ("Diverifikasi", "Verified"),
    "didisposisikan": ("Didisposisikan ke instansi", "Passed to the agency"),
    "ditindaklanjuti": ("Ditindaklanjuti", "Being followed up"),
    "selesai": ("Selesai", "Settled"),
    "ditunda": ("Ditunda", "On hold"),
    "bukan_wewenang": ("Bukan wewenang, diteruskan", "Not our authority, forwarded"),
    "ditolak": ("Ditolak", "Rejected"),
}
FINAL_STAGES = frozenset({"selesai", "ditolak", "bukan_wewenang"})
OPEN_STAGES = frozenset(STAGES) - FINAL_STAGES

# stage -> the stages it may move to. ditunda (on hold) resumes to the stage it was put on
# hold from (Complaint.paused_from), or ends as ditolak or bukan_wewenang: see next_stages().
# didisposisikan -> didisposisikan passes the complaint on to another agency.
TRANSITIONS: dict[str, frozenset[str]] = {
    "diterima": frozenset({"diverifikasi", "ditunda", "bukan_wewenang", "ditolak"}),
    "diverifikasi": frozenset({"didisposisikan", "ditunda", "bukan_wewenang", "ditolak"}),
    "didisposisikan": frozenset({"didisposisikan", "ditindaklanjuti", "ditunda", "bukan_wewenang"}),
    "ditindaklanjuti": frozenset({"selesai", "ditunda"}),
    "ditunda": frozenset({"ditolak", "bukan_wewenang"}),  # and back to paused_from
    "selesai": frozenset(),
    "ditolak": frozenset(),
    "bukan_wewenang": frozenset(),
}
# What the citizen is owed is public whatever the handler ticks: the outcome (Perpres
# 76/2013: outcomes are open to the public), the reason for a rejection, and where a
# complaint outside our authority was forwarded.
ALWAYS_PUBLIC = frozenset({"selesai", "ditolak", "bukan_wewenang"})
NOTE_REQUIRED = {
    "selesai": "the outcome (what was done) is required to close a complaint",
    "ditolak": "the reason for rejecting a complaint is required",
}

NOMOR_PREFIX = "ADU"
NOMOR_MAX = 999_999
QR_PREFIX = "MPP-C:"  # tickets carry "MPP-T:<uuid>" (app.printing)
_NOMOR = re.compile(r"^ADU-(\d{4})-(\d{1,6})$", re.IGNORECASE)
KEY_STATE = "personal_data_key_id"  # LocalState: the key this file's personal data is under
CODE = "bad_complaint"


def format_nomor(year: int, number: int) -> str:
    return f"{NOMOR_PREFIX}-{year:04d}-{number:06d}"


def complaint_qr_payload(nomor: str) -> str:
    """What the receipt's QR code holds; the kiosk's status check reads it back."""
    return QR_PREFIX + nomor


def parse_complaint_ref(text: object) -> str | None:
    """The nomor of a typed number ("ADU-2026-000123", "adu-2026-123") or a scanned
    receipt QR code ("MPP-C:ADU-2026-000123", any case, with a scanner's trailing
    newline); None for anything else."""
    if not isinstance(text, str):
        return None
    ref = text.strip()
    if ref[: len(QR_PREFIX)].upper() == QR_PREFIX:
        ref = ref[len(QR_PREFIX) :].strip()
    match = _NOMOR.match(ref)
    if not match:
        return None
    number = int(match.group(2))
    if number == 0:
        return None
    return format_nomor(int(match.group(1)), number)


# --- rules that an MPP may set --------------------------------------------------------------


def _default_stage_days() -> dict[str, int]:
    return {"diterima": 3}


@dataclass(frozen=True)
class ComplaintRules:
    """The numbers an MPP may change. Pass one to the services; DEFAULT_RULES otherwise.

    stage_days: working days a complaint may stay in a stage (from entering it); the
      default is SP4N-LAPOR!'s verification within 3 working days. Any open stage may be
      given one (e.g. {"diterima": 3, "didisposisikan": 5}).
    settle_days: working days from intake to settlement (Perpres 76/2013: 60).
    late_after_days: calendar days after the event past which a complaint is taken with
      a warning (UU 25/2009 Pasal 41: 30).
    retention_days: calendar days after a complaint is closed (selesai, ditolak, bukan
      wewenang) before its personal data is erased. A policy of the MPP that the citizen
      must be told (UU 27/2022): the receipt prints it.
    Deadlines are set when a complaint enters a stage; changing the rules moves the
    deadlines of later stages, never those already given.
    """

    stage_days: Mapping[str, int] = field(default_factory=_default_stage_days)
    settle_days: int = 60
    late_after_days: int = 30
    retention_days: int = 730

    def __post_init__(self):
        problems = [f"stage_days names an unknown or final stage {s!r}" for s in self.stage_days
                    if s not in OPEN_STAGES]  # fmt: skip
        values = {
            "settle_days": self.settle_days,
            "late_after_days": self.late_after_days,
            "retention_days": self.retention_days,
            **{f"stage_days[{s}]": d for s, d in self.stage_days.items()},
        }
        for name, value in values.items():
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                problems.append(f"{name} must be a whole number of days, 0 or more")
        if problems:
            raise InvalidInput("complaint rules: " + "; ".join(problems), code="bad_rules")


DEFAULT_RULES = ComplaintRules()


# --- who is acting, and what each role may see ----------------------------------------------------


@dataclass(frozen=True)
class Actor:
    """Who does something: a staff member (their username and role), the kiosk (a citizen)
    or the command-line operator. Recorded on every history and access-log row."""

    name: str
    role: str  # counter, pengaduan, supervisor, admin (app.auth.ROLES) or "kiosk"
    staff_id: uuid.UUID | None = None


KIOSK = Actor("kiosk", "kiosk")
CLI = Actor("cli", "admin")  # the `mpp` operator without --staff


def staff_actor(uow: UnitOfWork, username: str) -> Actor:
    staff = uow.session.scalars(select(Staff).where(Staff.username == username)).first()
    if staff is None or not staff.active:
        raise NotFound(f"no active staff member {username!r}", code="unknown_staff")
    return Actor(staff.username, staff.role, staff.id)


@dataclass(frozen=True)
class Access:
    listed: bool  # appears in lists and can be opened (as a stub when not `content`)
    content: bool  # what happened: place, time, text, loss, settlement, agency, notes
    personal: tuple[str, ...]  # personal fields shown (each showing logged)


_EVERYTHING = Access(True, True, PERSONAL_FIELDS)
_CONTENT_AND_NAME = Access(True, True, ("nama",))
_CONTENT = Access(True, True, ())
_STUB = Access(True, False, ())  # nomor, stage, dates and deadlines only
_NOTHING = Access(False, False, ())

# THE privacy rule, in one place: role -> identitas -> what that role sees.
# - pengaduan (the complaint handlers) handle every complaint and reply to the citizen:
#   everything, rahasia included (app.auth: "who may see rahasia complaints and identities").
# - anonim hides the identity from everyone else: agency staff (counter), and the MPP's
#   supervisor and admin too, who do not need it.
# - rahasia hides the whole complaint from all but the handlers. The supervisor and admin
#   still see that it exists, its stage and its deadlines (a stub), so an overdue rahasia
#   complaint still stands out; agency staff do not see it at all.
# - Contacts (alamat, telepon, email, nik) are for the handlers only; the name of a
#   terbuka complaint is shown to staff who see the complaint (that is what terbuka means).
# - The kiosk sees only public_view: stage, dates and public replies.
PRIVACY: dict[str, dict[str, Access]] = {
    "pengaduan": {"terbuka": _EVERYTHING, "anonim": _EVERYTHING, "rahasia": _EVERYTHING},
    "supervisor": {"terbuka": _CONTENT_AND_NAME, "anonim": _CONTENT, "rahasia": _STUB},
    "admin": {"terbuka": _CONTENT_AND_NAME, "anonim": _CONTENT, "rahasia": _STUB},
    "counter": {"terbuka": _CONTENT_AND_NAME, "anonim": _CONTENT, "rahasia": _NOTHING},
    "kiosk": {"terbuka": _NOTHING, "anonim": _NOTHING, "rahasia": _NOTHING},
}
MAY_FILE = frozenset({"counter", "pengaduan", "supervisor", "admin", "kiosk"})
MAY_ADVANCE = frozenset({"pengaduan", "supervisor", "admin"})  # and only complaints whose content they see
MAY_EXPORT = frozenset({"pengaduan", "supervisor", "admin"})  # the SP4N-LAPOR! sheet, per PRIVACY
MAY_SERVE_CITIZEN = frozenset({"pengaduan", "admin"})  # a citizen's own-data export
MAY_ERASE = frozenset({"pengaduan", "admin"})


def access_for(role: str, identitas: str) -> Access:
    return PRIVACY.get(role, PRIVACY["kiosk"])[identitas]


def _forbidden(actor: Actor, what: str) -> Refused:
    return Refused(f"{actor.name} ({actor.role}) may not {what}", code="forbidden")


# --- what the services return ----------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    field: str  # an intake key, or "" for the whole intake
    code: str  # required, not_text, too_long, control_character, bad_choice, bad_nik, ...
    message: str  # English; never quotes personal data


@dataclass(frozen=True)
class IntakeWarning:
    code: str  # late_complaint, child_data
    message: str
    days: int | None = None  # late_complaint: days since the event; child_data: the age


@dataclass(frozen=True)
class ReceiptData:
    """Everything a receipt prints, resolved: never the address, phone, email or NIK;
    the name only for a terbuka complaint; for a rahasia complaint nothing of its content."""

    mpp_name: str
    mpp_address: str
    nomor: str
    qr_payload: str
    filed_local: datetime  # aware, in the MPP's zone
    kanal: str
    identitas: str
    nama: str | None
    agency_name: str | None
    service_name: str | None
    waktu_kejadian: str | None
    tempat: str | None
    uraian: str | None
    kerugian: str | None
    tuntutan: str | None
    stage_due: date | None  # verified by
    settle_due: date
    retention_days: int


@dataclass(frozen=True)
class FiledComplaint:
    """What intake returns: the number and what to tell the citizen; no personal data
    except on `receipt`, which holds what the citizen has just typed, for the receipt."""

    id: str
    nomor: str
    stage: str
    identitas: str
    kanal: str
    filed_at: datetime
    filed_date: date
    stage_due: date | None
    settle_due: date
    qr_payload: str
    warnings: list[IntakeWarning]
    receipt: ReceiptData = field(repr=False)


@dataclass(frozen=True)
class EventView:
    at: datetime
    kind: str  # filed, stage, note, erased
    from_stage: str | None
    to_stage: str
    actor: str
    note: str | None  # None when withheld from this role
    public: bool
    agency_code: str | None
    forwarded_to: str | None


@dataclass(frozen=True)
class Identity:
    """The complainant as a role may see them: a field is None when not given, erased or
    not shown (ComplaintView.held, .shown and .withheld say which)."""

    nama: str | None = None
    alamat: str | None = None
    telepon: str | None = None
    email: str | None = None
    nik: str | None = None


@dataclass(frozen=True)
class ComplaintSummary:
    """A row of a list: no personal data."""

    nomor: str
    identitas: str
    kanal: str
    stage: str
    filed_at: datetime
    filed_date: date
    stage_since: datetime
    agency_code: str | None  # None for a stub
    agency_name: str | None
    service_code: str | None
    service_name: str | None
    disposed_agency_code: str | None
    stage_due: date | None
    settle_due: date | None  # None once closed
    due: date | None  # the earlier of the two, for an open complaint
    overdue: bool
    overdue_days: int  # calendar days past `due`
    late: bool  # filed more than late_after_days after the event
    restricted: bool  # a rahasia stub: content withheld from this role


@dataclass(frozen=True)
class ComplaintView:
    """The staff view, with what `actor`'s role may see (PRIVACY)."""

    id: str
    nomor: str
    identitas: str
    kanal: str
    stage: str
    stage_label: str
    filed_at: datetime
    filed_date: date
    stage_since: datetime
    stage_due: date | None
    settle_due: date | None
    due: date | None
    overdue: bool
    restricted: bool  # True: a rahasia stub, content withheld from this role
    agency_code: str | None
    agency_name: str | None
    service_code: str | None
    service_name: str | None
    ticket: str | None  # "A023 2026-11-23"
    waktu_kejadian: str | None
    tanggal_kejadian: date | None
    tempat: str | None
    uraian: str | None
    kerugian: str | None
    tuntutan: str | None
    late: bool
    disposed_agency_code: str | None
    forwarded_to: str | None
    closed_at: datetime | None
    personal_data_erased_at: datetime | None
    identity: Identity
    held: tuple[str, ...]  # personal fields that hold a value (names only)
    shown: tuple[str, ...]  # personal fields shown (and logged)
    withheld: tuple[str, ...]  # personal fields that hold a value this role may not see
    history: list[EventView]
    next_stages: tuple[str, ...]  # where advance() may take it now


@dataclass(frozen=True)
class PublicReply:
    at: datetime
    stage: str
    text: str


@dataclass(frozen=True)
class PublicView:
    """What the kiosk shows to whoever holds the number or the QR code: stage, dates,
    public replies. Never personal data, never a private note; for a rahasia complaint
    not even the agency."""

    nomor: str
    stage: str
    stage_label: str
    stage_label_en: str
    filed_date: date
    last_change: datetime
    settle_due: date | None  # None once closed
    closed: bool
    agency_name: str | None
    service_name: str | None
    forwarded_to: str | None
    stages: list[tuple[datetime, str]]  # (when, stage) from intake on
    replies: list[PublicReply]


@dataclass(frozen=True)
class StageChange:
    nomor: str
    from_stage: str
    stage: str
    at: datetime
    stage_due: date | None
    settle_due: date | None
    public: bool
    disposed_agency_code: str | None
    forwarded_to: str | None


# --- checking text ---------------------------------------------------------------------------

_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS = frozenset("\n\u2028\u2029")


def bad_character(text: str, multiline: bool) -> str | None:
    """Why `text` cannot be stored, naming the first offending character, or None."""
    for ch in text:
        if multiline and ch in "\n\t":
            continue
        category = unicodedata.category(ch)
        if category == "Cc":
            what = "a line break" if ch in "\n\r\x85" else "a tab" if ch == "\t" else "a control character"
            return f"{what} (U+{ord(ch):04X})"
        if category == "Cs":
            return f"a lone surrogate (U+{ord(ch):04X}), which is no character"
        if ch in _BIDI_CONTROLS:
            return f"a text-direction override (U+{ord(ch):04X})"
        if not multiline and ch in _LINE_BREAKS:
            return f"a line break (U+{ord(ch):04X})"
    return None


def _clean_text(value: str, multiline: bool) -> str:
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.strip()


def check_text(
    name: str, value: object, *, limit: int, multiline: bool, required: bool, problems: list[Problem]
) -> str | None:
    """One text field checked by the rules above; the stored form, or None when absent or bad."""
    if value is None:
        if required:
            problems.append(Problem(name, "required", f"{name} is required"))
        return None
    if not isinstance(value, str):
        problems.append(Problem(name, "not_text", f"{name} must be text, not {type(value).__name__}"))
        return None
    text = _clean_text(value, multiline)
    if not text:
        if required:
            problems.append(Problem(name, "required", f"{name} is required (it is empty)"))
        return None
    ok = True
    if len(text) > limit:
        problems.append(Problem(name, "too_long", f"{name} is {len(text):,} characters long; at most {limit:,}"))
        ok = False
    bad = bad_character(text, multiline)
    if bad:
        kept = "text, emoji, line breaks and tabs" if multiline else "text and emoji"
        problems.append(Problem(name, "control_character", f"{name} holds {bad}; only {kept} are kept"))
        ok = False
    return text if ok else None


# --- intake ----------------------------------------------------------------------------------

_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./-]+$", re.ASCII)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_WHEN = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$", re.ASCII
)
CLOCK_SKEW = timedelta(minutes=10)  # a station clock a little behind the event's stated time
ADULT_AGE = 18  # below it a complainant's data is a child's: specific personal data (UU 27/2022)


@dataclass(frozen=True)
class _Intake:
    """A checked intake: typed values, stored forms."""

    identitas: str
    kanal: str
    nama: str | None
    alamat: str | None
    telepon: str | None
    email: str | None
    nik: str | None
    instansi: str | None
    layanan: str | None
    tiket: str | None
    when: date | datetime | None  # a date, or a datetime (naive: the MPP's local time)
    tempat: str | None
    uraian: str | None
    kerugian: str | None
    tuntutan: str | None


def _parse_when(value: str | None, problems: list[Problem]) -> date | datetime | None:
    if value is None:
        return None
    if not _WHEN.match(value):
        message = "waktu_kejadian must be an ISO date (2026-11-20) or date-time (2026-11-20T10:30)"
        problems.append(Problem("waktu_kejadian", "bad_date", message))
        return None
    try:
        if len(value) == 10:
            moment: date | datetime = date.fromisoformat(value)
        else:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        problems.append(Problem("waktu_kejadian", "bad_date", "waktu_kejadian is not a real date or time"))
        return None
    if moment.year < 1900:
        problems.append(Problem("waktu_kejadian", "bad_date", "waktu_kejadian is before 1900"))
        return None
    return moment


_NOTHING_GIVEN = _Intake(*([None] * 15))


def _check_intake(data: object) -> tuple[_Intake, list[Problem]]:
    """The intake's values (None where absent or bad) and every problem found."""
    problems: list[Problem] = []
    if not isinstance(data, Mapping):
        return _NOTHING_GIVEN, [
            Problem("", "not_an_object", "the intake must be an object with the keys " + ", ".join(INTAKE_KEYS))
        ]
    unknown = sorted(str(k) for k in data if k not in INTAKE_KEYS)
    for key in unknown:
        shown = key if len(key) <= 40 else key[:40] + "..."
        problems.append(Problem(key, "unknown_key", f"unknown key {shown!r}; the keys are {', '.join(INTAKE_KEYS)}"))

    def choice(name: str, allowed: tuple[str, ...], default: str | None) -> str | None:
        value = data.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            if default is None:
                problems.append(Problem(name, "required", f"{name} is required: one of {', '.join(allowed)}"))
            return default
        if isinstance(value, str) and value.strip().lower() in allowed:
            return value.strip().lower()
        problems.append(Problem(name, "bad_choice", f"{name} must be one of {', '.join(allowed)}"))
        return None

    identitas = choice("identitas", IDENTITAS, "terbuka")
    kanal = choice("kanal", CHANNELS, None)
    open_identity = identitas == "terbuka"

    def text(name: str, required: bool = False) -> str | None:
        return check_text(name, data.get(name), limit=LIMITS[name], multiline=name in MULTILINE,
                          required=required, problems=problems)  # fmt: skip

    # Pasal 42: a written complaint names the complainant and their full address,
    # unless the identity is kept secret (anonim, rahasia)
    before = len(problems)
    nama = text("nama", required=open_identity)
    alamat = text("alamat", required=open_identity)
    for i, problem in enumerate(problems[before:], before):
        if problem.code == "required":
            message = (f"{problem.field} is required for a complaint with identitas terbuka (UU 25/2009 Pasal 42); "
                       "choose anonim or rahasia to keep the identity secret")  # fmt: skip
            problems[i] = Problem(problem.field, "required", message)
    telepon = text("telepon")
    if telepon is not None:
        digits = sum(ch.isdigit() for ch in telepon)
        if not _PHONE_CHARS.match(telepon) or not 7 <= digits <= 15:
            message = "telepon must be a phone number of 7 to 15 digits (+, spaces, dashes and brackets allowed)"
            problems.append(Problem("telepon", "bad_phone", message))
            telepon = None
    email = text("email")
    if email is not None and not _EMAIL.match(email):
        problems.append(Problem("email", "bad_email", "email is not an e-mail address (name@example.id)"))
        email = None
    nik = text("nik")
    if nik is not None:
        bad = nik_problems(nik)
        if bad:
            problems.extend(Problem("nik", "bad_nik", message) for message in bad)
            nik = None
        else:
            nik = normalize_nik(nik)
    instansi = text("instansi", required=True)
    layanan = text("layanan")
    tiket = text("tiket")
    when = _parse_when(text("waktu_kejadian", required=True), problems)
    tempat = text("tempat", required=True)
    uraian = text("uraian", required=True)
    kerugian = text("kerugian", required=True)
    tuntutan = text("tuntutan", required=True)
    return _Intake(
        identitas=identitas, kanal=kanal, nama=nama, alamat=alamat, telepon=telepon, email=email, nik=nik,
        instansi=instansi.upper() if instansi else None, layanan=layanan.upper() if layanan else None,
        tiket=tiket, when=when, tempat=tempat, uraian=uraian, kerugian=kerugian, tuntutan=tuntutan,
    ), problems  # fmt: skip


def check_intake(data: object) -> list[Problem]:
    """Every problem of an intake that needs no database (empty when none): the keys,
    the choices, the text rules, the NIK, phone, e-mail and date forms. add_complaint
    also checks the agency, service and ticket against the catalog and the date
    against the clock, and reports all of them together."""
    return _check_intake(data)[1]


def _refuse(problems: list[Problem]) -> InvalidInput:
    return InvalidInput(
        "the complaint was not stored: " + "; ".join(p.message for p in problems),
        code=CODE,
        problems=problems,
    )


def _resolve_catalog(uow: UnitOfWork, intake: _Intake, event_day: date | None, problems: list[Problem]):
    """The agency, service and ticket an intake names, each problem recorded."""
    from app.printing import parse_ticket_qr
    from app.queue import find_ticket

    agency = None
    if intake.instansi is not None:
        agency = uow.session.scalars(select(Agency).where(Agency.code == intake.instansi)).first()
        if agency is None:
            message = f"instansi {intake.instansi!r} is not an agency of this MPP; `mpp catalog show` lists them"
            problems.append(Problem("instansi", "unknown_agency", message))
    service = None
    if intake.layanan is not None:
        service = uow.session.scalars(
            select(Service).options(joinedload(Service.agency)).where(Service.code == intake.layanan)
        ).first()
        if service is None:
            message = f"layanan {intake.layanan!r} is not a service of this MPP"
            problems.append(Problem("layanan", "unknown_service", message))
        elif agency is not None and service.agency_id != agency.id:
            message = f"layanan {service.code} belongs to {service.agency.code}, not to {agency.code}"
            problems.append(Problem("layanan", "service_of_other_agency", message))
    ticket = None
    if intake.tiket is not None:
        scanned = parse_ticket_qr(intake.tiket)
        try:
            # a number of the day (A023) is looked up on the day of the event: the ticket the citizen held then
            ticket = find_ticket(uow, str(scanned) if scanned else intake.tiket, event_day)
        except MppError as error:
            problems.append(Problem("tiket", "unknown_ticket", f"tiket: {error.message}"))
        if ticket is not None and agency is not None:
            services = {ticket.service_id, ticket.issued_service_id}
            agencies = set(uow.session.scalars(select(Service.agency_id).where(Service.id.in_(services))))
            if agency.id not in agencies:
                message = f"ticket {ticket.code} of {ticket.business_date.isoformat()} was not for {agency.code}"
                problems.append(Problem("tiket", "ticket_of_other_agency", message))
            elif service is None:  # the service the ticket was for: where it ended, else where it began
                service = uow.session.get(Service, ticket.service_id)
                if service.agency_id != agency.id:
                    service = uow.session.get(Service, ticket.issued_service_id)
    return agency, service, ticket


def _event_time(settings, when: date | datetime) -> tuple[str, date, datetime | None]:
    """(stored waktu_kejadian, its local date, the aware moment or None for a date)."""
    if isinstance(when, datetime):
        zone = local_zone(settings)
        local = when.replace(tzinfo=zone) if when.tzinfo is None else when.astimezone(zone)
        spec = "seconds" if local.second or local.microsecond else "minutes"
        return local.replace(microsecond=0).isoformat(timespec=spec), local.date(), local
    return when.isoformat(), when, None


def allocate_nomor(uow: UnitOfWork, year: int) -> str:
    """The next tracking number of a year: ADU-2026-000123.

    The only way numbers are made. The unit of work began with BEGIN IMMEDIATE, so this
    transaction holds SQLite's write lock: processes sharing the file never get the
    same number, and a rollback gives the number back.

    Unique across stations: a station that syncs takes its numbers from blocks the hub
    leased to it alone (app.sync.numbers). A station without a hub counts in its own
    file; Complaint.nomor is a unique column, so a clash is never stored silently.
    """
    if uow.station.joined_hub:
        from app.sync.numbers import take_complaint_number

        number = take_complaint_number(uow, year)
    else:
        number = uow.session.execute(_NEXT_NUMBER, {"year": year}).scalar_one()
    if number > NOMOR_MAX:
        raise Refused(f"complaint numbers of {year} are used up ({NOMOR_MAX:,})", code="numbers_exhausted")
    return format_nomor(year, number)


_NEXT_NUMBER = (
    sqlite_insert(ComplaintSequence)
    .values(year=bindparam("year"), last_number=1)
    .on_conflict_do_update(index_elements=["year"], set_={"last_number": ComplaintSequence.last_number + 1})
    .returning(ComplaintSequence.last_number)
)


def _stage_due(uow: UnitOfWork, stage: str, start: date, rules: ComplaintRules) -> date | None:
    days = rules.stage_days.get(stage)
    if days is None or stage in FINAL_STAGES:
        return None
    return add_working_days(uow.session, uow.settings(), start, days)


def _key_for_writing(uow: UnitOfWork) -> keys.PersonalDataKey:
    """The installation key, checked against the key this file's personal data is under."""
    state = uow.session.get(LocalState, KEY_STATE)
    key = keys.load_key(create=state is None)
    if state is None:
        uow.session.add(LocalState(key=KEY_STATE, value=key.key_id))
    elif state.value != key.key_id:
        raise _wrong_key(key, state.value)
    return key


def _wrong_key(key: keys.PersonalDataKey, expected: str) -> Refused:
    return Refused(
        f"the personal data here was encrypted with key {expected}, but the key file {key.path} holds key "
        f"{key.key_id}: restore this station's own key file (or point {keys.KEY_ENV} at it)",
        code="wrong_key",
    )


def add_complaint(
    uow: UnitOfWork, intake: Mapping[str, Any], actor: Actor, *, rules: ComplaintRules = DEFAULT_RULES
) -> FiledComplaint:
    """File a complaint (the kiosk, a counter, a letter typed in, the command line).

    InvalidInput(code="bad_complaint", problems=[Problem, ...]) lists every problem at
    once and nothing is stored. Warnings come back on the result and refuse nothing:
    "late_complaint" (filed more than rules.late_after_days after the event, UU 25/2009
    Pasal 41) and "child_data" (the NIK is of a child: specific personal data).
    """
    if actor.role not in MAY_FILE:
        raise _forbidden(actor, "file complaints")
    checked, problems = _check_intake(intake)
    settings = uow.settings()
    now = uow.now()
    today = business_date(settings, now)
    event_day = waktu = None
    if checked.when is not None:
        waktu, event_day, moment = _event_time(settings, checked.when)
        if (moment is not None and moment > now + CLOCK_SKEW) or event_day > today:
            problems.append(Problem("waktu_kejadian", "future_date", "waktu_kejadian is in the future"))
    # the catalog is checked even when other fields have problems: every problem at once
    agency, service, ticket = _resolve_catalog(uow, checked, event_day, problems)
    if problems:
        problems.sort(key=lambda p: INTAKE_KEYS.index(p.field) if p.field in INTAKE_KEYS else -1)
        raise _refuse(problems)

    warnings = []
    days_since = (today - event_day).days
    if days_since > rules.late_after_days:
        warnings.append(IntakeWarning(
            "late_complaint",
            f"the event was {days_since} days ago; UU 25/2009 Pasal 41 gives {rules.late_after_days} days after "
            "the service to complain. The complaint is taken all the same.",
            days_since,
        ))  # fmt: skip

    if checked.nik is not None:
        born = parse_nik(checked.nik).birth_date(today)
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        if age < ADULT_AGE:
            warnings.append(IntakeWarning(
                "child_data",
                f"the NIK is of a child ({age} years old): a child's personal data is specific personal data "
                "(UU 27/2022); record only what the complaint needs",
                age,
            ))  # fmt: skip

    personal = {name: getattr(checked, name) for name in PERSONAL_FIELDS}
    nomor = allocate_nomor(uow, today.year)
    complaint = uow.new(
        Complaint,
        nomor=nomor, filed_date=today, kanal=checked.kanal, identitas=checked.identitas,
        agency_id=agency.id, agency=agency, service_id=service.id if service else None, service=service,
        ticket_id=ticket.id if ticket else None, waktu_kejadian=waktu, tanggal_kejadian=event_day,
        tempat=checked.tempat, uraian=checked.uraian, kerugian=checked.kerugian, tuntutan=checked.tuntutan,
        stage="diterima", stage_since=now, stage_due=_stage_due(uow, "diterima", today, rules),
        settle_due=add_working_days(uow.session, settings, today, rules.settle_days),
    )  # fmt: skip
    if any(v is not None for v in personal.values()):
        key = _key_for_writing(uow)
        uow.new(
            ComplaintIdentity,
            complaint_id=complaint.id, complaint=complaint, key_id=key.key_id,
            nik_index=key.blind_index(checked.nik) if checked.nik else None,
            **{f"{name}_enc": key.encrypt(value) if value is not None else None for name, value in personal.items()},
        )  # fmt: skip
    uow.new(
        ComplaintEvent, complaint=complaint, complaint_id=complaint.id, kind="filed", from_stage=None,
        to_stage="diterima", actor=actor.name, staff_id=actor.staff_id, public=False,
    )  # fmt: skip
    uow.session.flush()
    receipt = _receipt(uow, complaint, checked.nama, rules)
    filed = FiledComplaint(
        id=str(complaint.id), nomor=nomor, stage="diterima", identitas=complaint.identitas, kanal=complaint.kanal,
        filed_at=now, filed_date=today, stage_due=complaint.stage_due, settle_due=complaint.settle_due,
        qr_payload=complaint_qr_payload(nomor), warnings=warnings, receipt=receipt,
    )  # fmt: skip
    uow.commit()
    return filed


# --- finding and reading -----------------------------------------------------------------------

_BY_NOMOR = (
    select(Complaint)
    .options(joinedload(Complaint.agency), joinedload(Complaint.service), joinedload(Complaint.disposed_agency))
    .where(Complaint.nomor == bindparam("nomor"))
)


def find_complaint(uow: UnitOfWork, ref: str) -> Complaint:
    """A complaint by its number (ADU-2026-000123, adu-2026-123) or its receipt's QR code."""
    nomor = parse_complaint_ref(ref)
    if nomor is None:
        shown = ref if isinstance(ref, str) and len(ref) <= 40 else "that"
        raise InvalidInput(
            f"{shown!r} is not a complaint number (like ADU-2026-000123) or a receipt's QR code", code="bad_nomor"
        )
    complaint = uow.session.scalars(_BY_NOMOR, {"nomor": nomor}).first()
    if complaint is None:
        raise NotFound(f"no complaint {nomor}", code="unknown_complaint")
    return complaint


def _today(uow: UnitOfWork) -> date:
    return business_date(uow.settings(), uow.now())


def _due(complaint: Complaint) -> date | None:
    if complaint.stage in FINAL_STAGES:
        return None
    return min(d for d in (complaint.stage_due, complaint.settle_due) if d is not None)


def _late(complaint: Complaint, rules: ComplaintRules) -> bool:
    return (complaint.filed_date - complaint.tanggal_kejadian).days > rules.late_after_days


def next_stages(complaint: Complaint) -> tuple[str, ...]:
    allowed = set(TRANSITIONS[complaint.stage])
    if complaint.stage == "ditunda" and complaint.paused_from:
        allowed.add(complaint.paused_from)
    return tuple(s for s in STAGES if s in allowed)


def _summary(complaint: Complaint, access: Access, today: date, rules: ComplaintRules) -> ComplaintSummary:
    due = _due(complaint)
    overdue = due is not None and today > due
    content = access.content
    return ComplaintSummary(
        nomor=complaint.nomor, identitas=complaint.identitas, kanal=complaint.kanal, stage=complaint.stage,
        filed_at=complaint.created_at, filed_date=complaint.filed_date, stage_since=complaint.stage_since,
        agency_code=complaint.agency.code if content else None,
        agency_name=complaint.agency.name if content else None,
        service_code=complaint.service.code if content and complaint.service else None,
        service_name=complaint.service.name if content and complaint.service else None,
        disposed_agency_code=complaint.disposed_agency.code if content and complaint.disposed_agency else None,
        stage_due=complaint.stage_due if complaint.stage in OPEN_STAGES else None,
        settle_due=complaint.settle_due if complaint.stage in OPEN_STAGES else None,
        due=due, overdue=overdue, overdue_days=(today - due).days if overdue else 0,
        late=_late(complaint, rules), restricted=not content,
    )  # fmt: skip


def _history(uow: UnitOfWork, complaint: Complaint, content: bool) -> list[EventView]:
    agencies = dict(uow.session.execute(select(Agency.id, Agency.code)).all())
    events = uow.session.scalars(
        select(ComplaintEvent)
        .where(ComplaintEvent.complaint_id == complaint.id)
        .order_by(ComplaintEvent.created_at, ComplaintEvent.id)
    ).all()
    return [
        EventView(
            at=e.created_at, kind=e.kind, from_stage=e.from_stage, to_stage=e.to_stage, actor=e.actor,
            note=e.note if content else None, public=e.public,
            agency_code=agencies.get(e.agency_id) if content else None,
            forwarded_to=e.forwarded_to if content else None,
        )  # fmt: skip
        for e in events
    ]


def _identity_row(uow: UnitOfWork, complaint: Complaint) -> ComplaintIdentity | None:
    return uow.session.scalars(select(ComplaintIdentity).where(ComplaintIdentity.complaint_id == complaint.id)).first()


def _decrypt(row: ComplaintIdentity, names: tuple[str, ...]) -> dict[str, str]:
    """The named personal fields that hold a value, decrypted. Refused when this station's
    key is missing or is not the one the row was written with."""
    wanted = [n for n in names if getattr(row, f"{n}_enc") is not None]
    if not wanted:
        return {}
    key = keys.load_key(create=False)
    if key.key_id != row.key_id:
        raise _wrong_key(key, row.key_id)
    return {n: key.decrypt(getattr(row, f"{n}_enc")) for n in wanted}


def _log_access(uow: UnitOfWork, complaint: Complaint, actor: Actor, fields: list[str], purpose: str) -> None:
    uow.new(
        ComplaintAccess, complaint_id=complaint.id, actor=actor.name, staff_id=actor.staff_id, role=actor.role,
        fields=",".join(fields), purpose=purpose,
    )  # fmt: skip


def _staff_view(
    uow: UnitOfWork, complaint: Complaint, actor: Actor, *, personal: bool, purpose: str, rules: ComplaintRules
) -> ComplaintView:
    access = access_for(actor.role, complaint.identitas)
    if not access.listed:
        raise _forbidden(actor, f"see complaint {complaint.nomor}")
    content = access.content
    row = _identity_row(uow, complaint)
    present = tuple(n for n in PERSONAL_FIELDS if row is not None and getattr(row, f"{n}_enc") is not None)
    shown_names = tuple(n for n in access.personal if n in present) if personal else ()
    values = _decrypt(row, shown_names) if shown_names else {}
    if values:
        _log_access(uow, complaint, actor, list(values), purpose)
    today = _today(uow)
    due = _due(complaint)
    ticket = complaint.ticket
    open_stage = complaint.stage in OPEN_STAGES

    def c(value):
        return value if content else None

    return ComplaintView(
        id=str(complaint.id), nomor=complaint.nomor, identitas=complaint.identitas, kanal=complaint.kanal,
        stage=complaint.stage, stage_label=STAGE_LABELS[complaint.stage][0], filed_at=complaint.created_at,
        filed_date=complaint.filed_date, stage_since=complaint.stage_since,
        stage_due=complaint.stage_due if open_stage else None, settle_due=complaint.settle_due if open_stage else None,
        due=due, overdue=due is not None and today > due, restricted=not content,
        agency_code=c(complaint.agency.code), agency_name=c(complaint.agency.name),
        service_code=c(complaint.service.code if complaint.service else None),
        service_name=c(complaint.service.name if complaint.service else None),
        ticket=c(f"{ticket.code} {ticket.business_date.isoformat()}" if ticket else None),
        waktu_kejadian=c(complaint.waktu_kejadian), tanggal_kejadian=c(complaint.tanggal_kejadian),
        tempat=c(complaint.tempat), uraian=c(complaint.uraian), kerugian=c(complaint.kerugian),
        tuntutan=c(complaint.tuntutan), late=_late(complaint, rules),
        disposed_agency_code=c(complaint.disposed_agency.code if complaint.disposed_agency else None),
        forwarded_to=c(complaint.forwarded_to), closed_at=complaint.closed_at,
        personal_data_erased_at=complaint.personal_data_erased_at,
        identity=Identity(**values), held=present if content else (), shown=tuple(values),
        withheld=tuple(n for n in present if n not in access.personal) if content else (),
        history=_history(uow, complaint, content),
        next_stages=next_stages(complaint) if content and actor.role in MAY_ADVANCE else (),
    )  # fmt: skip


def staff_view(
    uow: UnitOfWork, ref: str, actor: Actor, *, personal: bool = True, rules: ComplaintRules = DEFAULT_RULES
) -> ComplaintView:
    """A complaint as `actor`'s role may see it (PRIVACY). With personal=True the personal
    fields the role may see are decrypted and shown, and the showing is logged (who, when,
    which complaint, which fields) and committed; personal=False shows none and logs
    nothing (a list's detail pane, before a handler asks for the contact).
    Needs a writable unit of work."""
    complaint = find_complaint(uow, ref)
    view = _staff_view(uow, complaint, actor, personal=personal, purpose="view", rules=rules)
    uow.commit()
    return view


def public_view(uow: UnitOfWork, ref: str) -> PublicView:
    """The kiosk's status check, by number or QR code: stage, dates and public replies.
    Read-only; logs nothing, since it shows no personal data."""
    complaint = find_complaint(uow, ref)
    secret = complaint.identitas == "rahasia"
    events = uow.session.scalars(
        select(ComplaintEvent)
        .where(ComplaintEvent.complaint_id == complaint.id)
        .order_by(ComplaintEvent.created_at, ComplaintEvent.id)
    ).all()
    stages = [(e.created_at, e.to_stage) for e in events if e.kind in ("filed", "stage")]
    replies = [PublicReply(e.created_at, e.to_stage, e.note) for e in events if e.public and e.note]
    closed = complaint.stage in FINAL_STAGES
    labels = STAGE_LABELS[complaint.stage]
    return PublicView(
        nomor=complaint.nomor, stage=complaint.stage, stage_label=labels[0], stage_label_en=labels[1],
        filed_date=complaint.filed_date, last_change=complaint.stage_since,
        settle_due=None if closed else complaint.settle_due, closed=closed,
        agency_name=None if secret else complaint.agency.name,
        service_name=None if secret or complaint.service is None else complaint.service.name,
        forwarded_to=complaint.forwarded_to, stages=stages, replies=replies,
    )  # fmt: skip


def list_complaints(
    uow: UnitOfWork,
    actor: Actor,
    *,
    overdue_only: bool = False,
    stage: str | None = None,
    rules: ComplaintRules = DEFAULT_RULES,
) -> list[ComplaintSummary]:
    """Complaints `actor` may see, without personal data. overdue_only: open complaints
    past a deadline, most overdue first (the supervisor's list); otherwise newest first."""
    if stage is not None:
        stage = normalize_stage(stage)
    today = _today(uow)
    query = select(Complaint).options(
        joinedload(Complaint.agency), joinedload(Complaint.service), joinedload(Complaint.disposed_agency)
    )
    if stage is not None:
        query = query.where(Complaint.stage == stage)
    if overdue_only:
        query = query.where(
            Complaint.stage.in_(OPEN_STAGES), (Complaint.settle_due < today) | (Complaint.stage_due < today)
        )
    complaints = uow.session.scalars(query.order_by(Complaint.created_at.desc(), Complaint.id.desc())).all()
    rows = []
    for complaint in complaints:
        access = access_for(actor.role, complaint.identitas)
        if access.listed:
            rows.append(_summary(complaint, access, today, rules))
    if overdue_only:
        rows.sort(key=lambda r: (r.due, r.filed_at))
    return rows


# --- the workflow -------------------------------------------------------------------------------


def normalize_stage(text: object) -> str:
    """A stage name as typed ("bukan wewenang", "Bukan-Wewenang", "bukan_wewenang") as stored."""
    stage = re.sub(r"[\s-]+", "_", text.strip().lower()) if isinstance(text, str) else ""
    if stage not in STAGES:
        raise InvalidInput(f"unknown stage; the stages are {', '.join(STAGES)}", code="unknown_stage")
    return stage


def _check_note(name: str, value: object, limit: int) -> str | None:
    problems: list[Problem] = []
    text = check_text(name, value, limit=limit, multiline=True, required=False, problems=problems)
    if problems:
        raise InvalidInput("; ".join(p.message for p in problems), code=CODE, problems=problems)
    return text


def _may_handle(actor: Actor, complaint: Complaint, what: str) -> None:
    if actor.role not in MAY_ADVANCE or not access_for(actor.role, complaint.identitas).content:
        raise _forbidden(actor, f"{what} complaint {complaint.nomor}")


def advance(
    uow: UnitOfWork,
    ref: str,
    to: str,
    *,
    actor: Actor,
    note: str | None = None,
    public: bool = False,
    agency: str | None = None,
    forwarded_to: str | None = None,
    rules: ComplaintRules = DEFAULT_RULES,
) -> StageChange:
    """Move a complaint to another stage, checked against TRANSITIONS, with a history row.

    didisposisikan takes `agency` (a code; default: the agency the complaint concerns);
    ditolak needs `note` (the reason) and selesai `note` (the outcome), both public;
    bukan_wewenang needs `forwarded_to` (e.g. "SP4N-LAPOR!", "Ombudsman RI Perwakilan
    Jawa Barat"), which the citizen sees. `public` makes the note a reply the citizen
    sees at the kiosk. Refused "bad_transition" for a step the workflow does not allow.
    """
    to = normalize_stage(to)
    complaint = find_complaint(uow, ref)
    _may_handle(actor, complaint, "handle")
    allowed = next_stages(complaint)
    if to not in allowed:
        where = ", ".join(allowed) if allowed else "nowhere: it is closed"
        raise Refused(
            f"complaint {complaint.nomor} is {complaint.stage}; it cannot go to {to} (it may go to {where})",
            code="bad_transition",
        )
    note = _check_note("note", note, NOTE_MAX)
    forwarded_to = _check_note("forwarded_to", forwarded_to, FORWARDED_TO_MAX)
    if to in NOTE_REQUIRED and note is None:
        raise InvalidInput(NOTE_REQUIRED[to], code="note_required")
    if to == "bukan_wewenang" and forwarded_to is None:
        raise InvalidInput(
            "bukan wewenang needs where the complaint was forwarded (e.g. SP4N-LAPOR! or the Ombudsman)",
            code="forwarded_to_required",
        )
    if to != "bukan_wewenang" and forwarded_to is not None:
        raise InvalidInput("forwarded_to is only for bukan_wewenang", code="forwarded_to_not_allowed")
    target_agency = None
    if to == "didisposisikan":
        if agency is None:
            if complaint.stage == "didisposisikan":
                raise InvalidInput("passing a complaint on again needs the agency it goes to", code="agency_required")
            # resuming from ditunda keeps the agency it was passed to; a first disposition
            # goes to the agency the complaint concerns
            target_agency = complaint.disposed_agency or complaint.agency
        else:
            code = str(agency).strip().upper()
            target_agency = uow.session.scalars(select(Agency).where(Agency.code == code)).first()
            if target_agency is None:
                raise NotFound("no agency with that code; `mpp catalog show` lists them", code="unknown_agency")
            if complaint.stage == "didisposisikan" and target_agency.id == complaint.disposed_agency_id:
                raise Refused(f"complaint {complaint.nomor} is already with {target_agency.code}", code="same_agency")
    elif agency is not None:
        raise InvalidInput("an agency is given only when a complaint is didisposisikan", code="agency_not_allowed")

    now = uow.now()
    today = _today(uow)
    from_stage = complaint.stage
    public = bool(public) or to in ALWAYS_PUBLIC
    uow.new(
        ComplaintEvent, complaint=complaint, complaint_id=complaint.id, kind="stage", from_stage=from_stage,
        to_stage=to, actor=actor.name, staff_id=actor.staff_id, note=note, public=public and note is not None,
        agency_id=target_agency.id if target_agency else None, forwarded_to=forwarded_to,
    )  # fmt: skip
    complaint.paused_from = from_stage if to == "ditunda" else None
    complaint.stage = to
    complaint.stage_since = now
    complaint.stage_due = _stage_due(uow, to, today, rules)
    if target_agency is not None:
        complaint.disposed_agency_id = target_agency.id
        complaint.disposed_agency = target_agency
    if forwarded_to is not None:
        complaint.forwarded_to = forwarded_to
    if to in FINAL_STAGES:
        complaint.closed_at = now
    uow.touch(complaint)
    change = StageChange(
        nomor=complaint.nomor, from_stage=from_stage, stage=to, at=now, stage_due=complaint.stage_due,
        settle_due=None if to in FINAL_STAGES else complaint.settle_due, public=public and note is not None,
        disposed_agency_code=complaint.disposed_agency.code if complaint.disposed_agency else None,
        forwarded_to=complaint.forwarded_to,
    )  # fmt: skip
    uow.commit()
    return change


def add_note(uow: UnitOfWork, ref: str, note: str, *, actor: Actor, public: bool = False) -> EventView:
    """A note on a complaint without a stage change; public=True makes it a reply the
    citizen sees at the kiosk."""
    complaint = find_complaint(uow, ref)
    _may_handle(actor, complaint, "write on")
    text = _check_note("note", note, NOTE_MAX)
    if text is None:
        raise InvalidInput("the note is empty", code="note_required")
    event = uow.new(
        ComplaintEvent, complaint=complaint, complaint_id=complaint.id, kind="note", from_stage=complaint.stage,
        to_stage=complaint.stage, actor=actor.name, staff_id=actor.staff_id, note=text, public=bool(public),
    )  # fmt: skip
    view = EventView(
        event.created_at, "note", complaint.stage, complaint.stage, actor.name, text, bool(public), None, None
    )
    uow.commit()
    return view


# --- receipts ----------------------------------------------------------------------------------


def _receipt(uow: UnitOfWork, complaint: Complaint, nama: str | None, rules: ComplaintRules) -> ReceiptData:
    settings = uow.settings()
    secret = complaint.identitas == "rahasia"

    def c(value):
        return None if secret else value

    return ReceiptData(
        mpp_name=settings.name, mpp_address=settings.address or "", nomor=complaint.nomor,
        qr_payload=complaint_qr_payload(complaint.nomor),
        filed_local=complaint.created_at.astimezone(local_zone(settings)), kanal=complaint.kanal,
        identitas=complaint.identitas, nama=nama if complaint.identitas == "terbuka" else None,
        agency_name=c(complaint.agency.name), service_name=c(complaint.service.name if complaint.service else None),
        waktu_kejadian=c(complaint.waktu_kejadian), tempat=c(complaint.tempat), uraian=c(complaint.uraian),
        kerugian=c(complaint.kerugian), tuntutan=c(complaint.tuntutan),
        stage_due=complaint.stage_due if complaint.stage == "diterima" else None,
        settle_due=complaint.settle_due, retention_days=rules.retention_days,
    )  # fmt: skip


def receipt_data(uow: UnitOfWork, ref: str, actor: Actor, *, rules: ComplaintRules = DEFAULT_RULES) -> ReceiptData:
    """A receipt to print again (staff). The name of a terbuka complaint is printed when
    the role may see it, and that printing is logged; the kiosk uses add_complaint's
    receipt and may not reprint."""
    complaint = find_complaint(uow, ref)
    access = access_for(actor.role, complaint.identitas)
    if not access.listed:
        raise _forbidden(actor, f"print complaint {complaint.nomor}")
    nama = None
    if complaint.identitas == "terbuka" and "nama" in access.personal:
        row = _identity_row(uow, complaint)
        if row is not None and row.nama_enc is not None:
            nama = _decrypt(row, ("nama",))["nama"]
            _log_access(uow, complaint, actor, ["nama"], "receipt")
    receipt = _receipt(uow, complaint, nama, rules)
    if not access.content:
        receipt = _strip_content(receipt)
    uow.commit()
    return receipt


def _strip_content(receipt: ReceiptData) -> ReceiptData:
    from dataclasses import replace

    return replace(receipt, agency_name=None, service_name=None, waktu_kejadian=None, tempat=None, uraian=None,
                   kerugian=None, tuntutan=None, nama=None)  # fmt: skip


# --- exports, erasure --------------------------------------------------------------------------


def complaints_for_export(
    uow: UnitOfWork,
    actor: Actor,
    *,
    start: date | None = None,
    end: date | None = None,
    rules: ComplaintRules = DEFAULT_RULES,
) -> list[ComplaintView]:
    """Complaints filed from `start` to `end` (local dates, both included) as `actor` may
    see them, oldest first, for the SP4N-LAPOR! sheet. Personal data the role may see is
    included and each complaint's export is logged; the caller commits (after the file is written)."""
    if actor.role not in MAY_EXPORT:
        raise _forbidden(actor, "export complaints")
    query = select(Complaint).options(
        joinedload(Complaint.agency), joinedload(Complaint.service), joinedload(Complaint.disposed_agency)
    )
    if start is not None:
        query = query.where(Complaint.filed_date >= start)
    if end is not None:
        query = query.where(Complaint.filed_date <= end)
    views = []
    for complaint in uow.session.scalars(query.order_by(Complaint.created_at, Complaint.id)).all():
        if access_for(actor.role, complaint.identitas).listed:
            views.append(_staff_view(uow, complaint, actor, personal=True, purpose="export", rules=rules))
    return views


@dataclass(frozen=True)
class CitizenComplaint:
    nomor: str
    filed_at: datetime
    kanal: str
    identitas: str
    stage: str
    agency: str
    service: str | None
    waktu_kejadian: str
    tempat: str
    uraian: str
    kerugian: str
    tuntutan: str
    identity: Identity
    personal_data_erased_at: datetime | None
    stages: list[tuple[datetime, str]]
    replies: list[PublicReply]
    access_log: list[tuple[datetime, str, str, str]]  # (when, role, fields, purpose): who looked, by role


@dataclass(frozen=True)
class CitizenExport:
    """A citizen's own data (UU 27/2022), to hand to them after checking who they are."""

    generated_at: datetime
    mpp_name: str
    purpose: str
    retention: str
    complaints: list[CitizenComplaint]


PURPOSE_TEXT = (
    "Data pribadi dalam pengaduan digunakan hanya untuk menangani pengaduan dan menghubungi pelapor "
    "(UU 25/2009; UU 27/2022 Pasal 20)."
)


def retention_text(rules: ComplaintRules = DEFAULT_RULES) -> str:
    return (
        f"Data pribadi disimpan terenkripsi dan dihapus {rules.retention_days} hari setelah pengaduan ditutup; "
        "isi pengaduan tetap disimpan tanpa data pribadi."
    )


def citizen_export(
    uow: UnitOfWork,
    actor: Actor,
    *,
    nomor: str | None = None,
    nik: str | None = None,
    rules: ComplaintRules = DEFAULT_RULES,
) -> CitizenExport:
    """Everything held about a citizen's complaints: by one complaint's number, or every
    complaint filed with a NIK. Staff check the requester's identity first; the export
    is logged as an access (purpose citizen_export) to every personal field it holds."""
    if actor.role not in MAY_SERVE_CITIZEN:
        raise _forbidden(actor, "export a citizen's data")
    if (nomor is None) == (nik is None):
        raise InvalidInput("give either a complaint number or a NIK", code="nomor_or_nik")
    if nomor is not None:
        complaints = [find_complaint(uow, nomor)]
    else:
        bad = nik_problems(nik)
        if bad:
            raise InvalidInput("invalid NIK: " + "; ".join(bad), code="bad_nik")
        key = keys.load_key(create=False)
        index = key.blind_index(normalize_nik(nik))
        complaints = list(
            uow.session.scalars(
                select(Complaint)
                .join(ComplaintIdentity, ComplaintIdentity.complaint_id == Complaint.id)
                .where(ComplaintIdentity.nik_index == index)
                .order_by(Complaint.created_at)
            )
        )
        if not complaints:
            raise NotFound("no complaint holds that NIK", code="unknown_citizen")
    result = []
    for complaint in complaints:
        row = _identity_row(uow, complaint)
        values = _decrypt(row, PERSONAL_FIELDS) if row is not None else {}
        events = uow.session.scalars(
            select(ComplaintEvent)
            .where(ComplaintEvent.complaint_id == complaint.id)
            .order_by(ComplaintEvent.created_at, ComplaintEvent.id)
        ).all()
        log = uow.session.scalars(
            select(ComplaintAccess)
            .where(ComplaintAccess.complaint_id == complaint.id)
            .order_by(ComplaintAccess.created_at, ComplaintAccess.id)
        ).all()
        result.append(CitizenComplaint(
            nomor=complaint.nomor, filed_at=complaint.created_at, kanal=complaint.kanal,
            identitas=complaint.identitas, stage=complaint.stage, agency=complaint.agency.name,
            service=complaint.service.name if complaint.service else None, waktu_kejadian=complaint.waktu_kejadian,
            tempat=complaint.tempat, uraian=complaint.uraian, kerugian=complaint.kerugian,
            tuntutan=complaint.tuntutan, identity=Identity(**values),
            personal_data_erased_at=complaint.personal_data_erased_at,
            stages=[(e.created_at, e.to_stage) for e in events if e.kind in ("filed", "stage")],
            replies=[PublicReply(e.created_at, e.to_stage, e.note) for e in events if e.public and e.note],
            access_log=[(a.created_at, a.role, a.fields, a.purpose) for a in log],
        ))  # fmt: skip
        if values:
            _log_access(uow, complaint, actor, list(values), "citizen_export")
    export = CitizenExport(
        generated_at=uow.now(), mpp_name=uow.settings().name, purpose=PURPOSE_TEXT,
        retention=retention_text(rules), complaints=result,
    )  # fmt: skip
    uow.commit()
    return export


def erase_personal_data(
    uow: UnitOfWork,
    actor: Actor,
    *,
    older_than: date | None = None,
    nomor: str | None = None,
    note: str | None = None,
    rules: ComplaintRules = DEFAULT_RULES,
) -> list[str]:
    """Erase complainants' personal data; the complaints stay. Returns the numbers erased.

    Without `nomor`: every complaint closed (selesai, ditolak, bukan wewenang) before
    `older_than` (a local date; default: today less rules.retention_days), the
    retention period of UU 27/2022 Pasal 42-45. With `nomor`: that complaint now, open
    or closed (a citizen's request to stop processing, Pasal 40-41). The identity row is
    deleted (the deletion reaches the hub through the outbox) and an "erased" event is
    added to the history.
    """
    if actor.role not in MAY_ERASE:
        raise _forbidden(actor, "erase personal data")
    text = _check_note("note", note, NOTE_MAX)
    now = uow.now()
    settings = uow.settings()
    if nomor is not None:
        if older_than is not None:
            raise InvalidInput("give a complaint number or a date, not both", code="nomor_or_date")
        targets = [find_complaint(uow, nomor)]
        reason = text or "data pribadi dihapus atas permintaan"
    else:
        cutoff = older_than or (business_date(settings, now) - timedelta(days=rules.retention_days))
        start = datetime.combine(cutoff, time.min, tzinfo=local_zone(settings)).astimezone(timezone.utc)
        targets = list(
            uow.session.scalars(
                select(Complaint)
                .join(ComplaintIdentity, ComplaintIdentity.complaint_id == Complaint.id)
                .where(Complaint.stage.in_(FINAL_STAGES), Complaint.closed_at < start)
                .order_by(Complaint.created_at)
            )
        )
        reason = text or f"masa retensi {rules.retention_days} hari berakhir: data pribadi dihapus"
    erased = []
    for complaint in targets:
        row = _identity_row(uow, complaint)
        if row is None:
            continue
        uow.session.delete(row)
        complaint.personal_data_erased_at = now
        uow.touch(complaint)
        uow.new(
            ComplaintEvent, complaint=complaint, complaint_id=complaint.id, kind="erased",
            from_stage=complaint.stage, to_stage=complaint.stage, actor=actor.name, staff_id=actor.staff_id,
            note=reason, public=False,
        )  # fmt: skip
        erased.append(complaint.nomor)
    uow.commit()
    return erased


def privacy_notice(rules: ComplaintRules = DEFAULT_RULES) -> str:
    """What the citizen is told before giving personal data (UU 27/2022): purpose and retention."""
    return f"{PURPOSE_TEXT} {retention_text(rules)}"

