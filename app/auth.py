"""Staff passwords and signing in.

Passwords (or PINs: a short password of digits) are argon2id hashes with
argon2-cffi's defaults. Repeated failures lock a username for a while on this
station; the count lives in the station's own file (LocalState), so a restart
does not reset it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from app.errors import InvalidInput, Refused
from db.models import LocalState, Staff

# pengaduan: complaint handlers, who may see rahasia complaints and identities
ROLES = ("counter", "pengaduan", "supervisor", "admin")
MAX_FAILURES = 5  # wrong passwords in a row before the username is locked
LOCKOUT = timedelta(minutes=5)

_hasher = PasswordHasher()
# verified against when the username is unknown, so that a wrong name takes as long as a wrong password
_NO_SUCH_USER = _hasher.hash("no such user")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class SignedIn:
    staff_id: uuid.UUID
    username: str
    full_name: str
    role: str


def sign_in(uow, username: str, secret: str, roles: tuple[str, ...] = ROLES) -> SignedIn:
    """The staff member, when the username and password (or PIN) match an active account
    with one of `roles`. Refused with code bad_credentials, locked or wrong_role otherwise;
    every failure is counted (and committed) before the refusal."""
    username = username.strip()
    if not username or not secret:
        raise InvalidInput("give a username and a password or PIN", code="missing_credentials")
    key = f"sign_in:{username.casefold()}"[:64]
    now = uow.now()
    row = uow.session.get(LocalState, key)
    record = json.loads(row.value) if row else {"failures": 0, "locked_until": None}
    if record["locked_until"] and now < datetime.fromisoformat(record["locked_until"]):
        raise _locked(datetime.fromisoformat(record["locked_until"]))
    staff = uow.session.scalars(select(Staff).where(Staff.username == username, Staff.active)).first()
    matched = verify_password(staff.password_hash if staff else _NO_SUCH_USER, secret) and staff is not None
    if not matched:
        record["failures"] += 1
        locked_until = None
        if record["failures"] >= MAX_FAILURES:
            locked_until = now + LOCKOUT
            record = {"failures": 0, "locked_until": locked_until.isoformat()}
        if row is None:
            uow.session.add(LocalState(key=key, value=json.dumps(record)))
        else:
            row.value = json.dumps(record)
        uow.commit()
        if locked_until:
            raise _locked(locked_until)
        left = MAX_FAILURES - record["failures"]
        raise Refused(
            f"wrong username or password ({left} more tries before a {int(LOCKOUT.total_seconds() // 60)}-minute lock)",
            code="bad_credentials",
            tries_left=left,
        )
    if row is not None:
        uow.session.delete(row)
        uow.commit()
    if staff.role not in roles:
        raise Refused(f"{username} is {staff.role}; this station needs {' or '.join(roles)}", code="wrong_role")
    return SignedIn(staff.id, staff.username, staff.full_name, staff.role)


def _locked(until: datetime) -> Refused:
    return Refused(f"too many wrong passwords: signing in is locked until {until:%H:%M} UTC", code="locked", until=until)
