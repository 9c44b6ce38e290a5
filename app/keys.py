"""The installation's key for personal data at rest (Fernet, from `cryptography`).

Complainants' personal data (name, address, phone, email, NIK) is stored as Fernet
tokens; the key that opens them lives in a file outside the database, so a copied
database file (a backup, a laptop left behind, a file sent for support) holds no
readable personal data.

- Where: $MPP_KEY_FILE, else `personal-data.key` in the user data directory
  (platformdirs, beside the default database). Created on first use with mode 0600
  (its folder 0700); never created just to read.
- What: the Fernet key, base64, one line. Its key id (an HMAC of the key, 16 hex
  digits) is stored beside what it encrypted, so a station opening data with another
  key says so plainly instead of showing garbage.
- Every station of one MPP that must read complaints needs the same key file: copy
  it as you would copy a password, never by e-mail, and back it up apart from the
  database. Lose it and the personal data is gone (the complaints stay readable).
- A NIK is also stored as a blind index (an HMAC under a key derived from this one)
  so a citizen's request for their own data can find their complaints without
  decrypting every row.

Nothing here logs or puts into a message a decrypted value.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from app.errors import Refused

KEY_ENV = "MPP_KEY_FILE"
KEY_FILE_NAME = "personal-data.key"


def key_path() -> Path:
    env = os.environ.get(KEY_ENV)
    if env:
        return Path(env).expanduser()
    from app.paths import data_dir

    return data_dir() / KEY_FILE_NAME


@dataclass(frozen=True)
class PersonalDataKey:
    """The loaded key: encrypts, decrypts and indexes text."""

    path: Path
    key_id: str
    _fernet: Fernet = field(repr=False)
    _index_key: bytes = field(repr=False)

    def encrypt(self, text: str) -> str:
        return self._fernet.encrypt(text.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except (InvalidToken, UnicodeError, ValueError):
            raise Refused(
                f"stored personal data cannot be opened with the key in {self.path} (key id {self.key_id}): "
                "the data was altered or written with another key",
                code="damaged_personal_data",
            ) from None

    def blind_index(self, text: str) -> str:
        """A keyed hash of `text` for equality lookups (a NIK); reveals nothing without the key."""
        return hmac.new(self._index_key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def _key_from_bytes(raw: bytes, path: Path) -> PersonalDataKey:
    text = raw.strip()
    try:
        if len(base64.urlsafe_b64decode(text)) != 32:
            raise ValueError
        fernet = Fernet(text)
    except (ValueError, binascii.Error):
        raise Refused(
            f"the personal-data key file {path} is damaged (it must hold one Fernet key); "
            "restore it from the backup of this station's key",
            code="bad_key_file",
        ) from None
    key_id = hmac.new(text, b"mpp-desk personal-data key id", hashlib.sha256).hexdigest()[:16]
    index_key = hmac.new(text, b"mpp-desk personal-data blind index", hashlib.sha256).digest()
    return PersonalDataKey(path, key_id, fernet, index_key)


def load_key(*, create: bool = False) -> PersonalDataKey:
    """The installation key. With create=True a missing key file is made (0600);
    otherwise a missing file is Refused(code="no_key")."""
    path = key_path()
    try:
        return _key_from_bytes(path.read_bytes(), path)
    except FileNotFoundError:
        if not create:
            raise Refused(
                f"the personal-data key file {path} is missing: restore this station's key file "
                f"(or point {KEY_ENV} at it); without it no personal data can be read",
                code="no_key",
            ) from None
    except IsADirectoryError:
        raise Refused(f"the personal-data key file {path} is a folder", code="bad_key_file") from None
    except PermissionError:
        raise Refused(
            f"the personal-data key file {path} cannot be read: permission denied", code="bad_key_file"
        ) from None
    return _key_from_bytes(_create_key_file(path), path)


def _create_key_file(path: Path) -> bytes:
    """Write a new key, readable by this user only. Two processes racing here agree:
    the file appears whole or not at all (a hard link of a finished temporary file),
    and the loser reads the winner's key."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = Fernet.generate_key()
    fd, temp = tempfile.mkstemp(prefix=".key-", dir=path.parent)  # mkstemp makes it 0600
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(key + b"\n")
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temp, 0o600)
        try:
            os.link(temp, path)
        except FileExistsError:
            return path.read_bytes()  # another process made it first: use that one
        except OSError:
            # a file system without hard links: exclusive create instead
            try:
                fd2 = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                return path.read_bytes()
            with os.fdopen(fd2, "wb") as f:
                f.write(key + b"\n")
                f.flush()
                os.fsync(f.fileno())
    finally:
        os.unlink(temp)
    return key
