"""Setting a station up: `mpp setup` (the station config, by a few questions on the terminal),
the first catalog of a new installation (the set-up wizard's services, ui/setup_wizard.py),
and `mpp start` (this PC's station, started again when it stops).

The questions take their defaults from the file already there, check each answer with
app.config's own rules (a bad answer is said and asked again) and write the whole file, with
every key documented, only after the last one. End of input before that writes nothing, so
answers can be piped in: `printf 'kiosk\\nKiosk lobi 1\\n...' | mpp setup`.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.config import LANGUAGES, ROLES, StationConfig, parse_config
from app.errors import InvalidInput, Refused

# the three zones of Indonesia, as the wizard offers them
TIMEZONES = (("Asia/Jakarta", "WIB"), ("Asia/Makassar", "WITA"), ("Asia/Jayapura", "WIT"))
# the stations nobody sits at: fullscreen, and started again whenever they end
UNATTENDED = ("kiosk", "survey", "display")


class SetupCancelled(Exception):
    pass


@dataclass(frozen=True)
class Question:
    key: str
    prompt: str
    asked_for: tuple[str, ...] = ROLES  # the roles that need this setting
    secret: bool = False


QUESTIONS = (
    Question("role", f"What is this PC? ({', '.join(ROLES)})"),
    Question("station_name", "Station name, as staff and the supervisor see it"),
    Question("database", "Database file (full path)"),
    Question("printer", 'Ticket printer: usb:VID:PID, tcp:HOST[:PORT], file:PATH, or "-" for none',
             asked_for=("kiosk", "counter")),
    Question("language", f"Language ({' or '.join(LANGUAGES)})", asked_for=("kiosk", "survey", "counter")),
    Question("hub_url", 'Sync hub URL, e.g. http://10.0.0.2:8765, or "-" to work alone'),
    Question("hub_token", "This station's token at the hub (`mpp hub add-station` prints it)", secret=True),
)
NONE_ANSWER = "-"  # clears a setting that has a value (an empty answer keeps the default)


def _default(question: Question, config: StationConfig, default_db: Path) -> str:
    value = getattr(config, question.key)
    if question.key == "role":
        return value or "kiosk"
    if question.key == "station_name":
        return value or f"{config.role.capitalize()} {socket.gethostname()}".strip()
    if question.key == "database":
        return value or str(default_db)
    return value


def _check_database_answer(text: str) -> str | None:
    path = Path(text).expanduser()
    if path.is_dir():
        return f"{path} is a folder: give the file's name, e.g. {path / 'mpp.sqlite'}"
    if path.exists():
        with path.open("rb") as f:
            if f.read(16) not in (b"SQLite format 3\x00", b""):
                return f"{path} exists and is not an SQLite database"
        return None
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        return f"{path.parent} cannot be made"
    if not os.access(folder, os.W_OK):
        return f"this user may not create files in {folder}"
    return None


def answer_value(question: Question, text: str, config: StationConfig):
    """The setting for an answer, or InvalidInput saying what is wrong with it."""
    text = text.strip()
    if text == NONE_ANSWER:
        text = ""
    if question.key == "database" and text:
        text = str(Path(text).expanduser())
        problem = _check_database_answer(text)
        if problem:
            raise InvalidInput(problem, code="bad_config")
    if question.key == "hub_token" and config.hub_url and not text:
        raise InvalidInput("a station needs its token to sync with the hub", code="bad_config")
    if question.key == "role":
        text = text.lower()
    return getattr(parse_config({question.key: text}, "answer"), question.key)


def ask_questions(
    config: StationConfig,
    ask: Callable[[str, bool], str],
    say: Callable[[str], None],
    *,
    default_db: Path,
    check_printer: Callable[[str], tuple[bool | None, str]] | None = None,
) -> StationConfig:
    """Ask each question this role needs; returns the new settings. ask(prompt, secret) returns
    the answer and raises EOFError at the end of input (SetupCancelled then)."""
    for question in QUESTIONS:
        if config.role and config.role not in question.asked_for:
            continue
        if question.key == "hub_token" and not config.hub_url:
            config = config.replace(hub_token="")
            continue
        default = _default(question, config, default_db)
        shown = ("(kept)" if default else "") if question.secret else default
        prompt = f"{question.prompt} [{shown}]: " if shown else f"{question.prompt}: "
        while True:
            try:
                text = ask(prompt, question.secret)
            except EOFError:
                raise SetupCancelled("setup cancelled: the input ended before the last question; nothing was written") from None
            if not text.strip():
                text = default
            try:
                value = answer_value(question, text, config)
            except InvalidInput as error:
                say(f"  {error.message.removeprefix('answer: ')}")
                continue
            break
        config = config.replace(**{question.key: value})
        if question.key == "printer" and value and check_printer is not None:
            found, words = check_printer(value)
            say(f"  {words}" + ("" if found else "; kept all the same: check its power, cable and address"))
    return config


# --- the first catalog (the set-up wizard) -----------------------------------------------------------


def has_catalog(station) -> bool:
    try:
        with station.uow(read_only=True) as uow:
            uow.settings()
    except Refused as refusal:
        if refusal.code == "no_catalog":
            return False
        raise
    return True


def check_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(f"unknown time zone {name!r} (e.g. Asia/Jakarta)", code="bad_timezone") from None
    return name


def with_mpp(data: dict, name: str, timezone: str) -> dict:
    """A catalog (read from a file) under the MPP name and time zone given in the wizard."""
    name = name.strip()
    if not name:
        raise InvalidInput("the MPP needs a name", code="no_name")
    return data | {"mpp": dict(data.get("mpp") or {}) | {"name": name, "timezone": check_timezone(timezone)}}


MIN_PASSWORD = 8
DEFAULT_HOURS = {day: "08.00-15.00" for day in ("senin", "selasa", "rabu", "kamis")} | {"jumat": "08.00-11.30"}


def starter_catalog(
    *, mpp_name: str, timezone: str, agency_code: str, agency_name: str, service_code: str,
    service_prefix: str, service_name: str, counter_number: int, admin_username: str, admin_name: str,
    admin_password: str,
) -> dict:
    """The smallest working catalog: one agency with one service at one counter, and the first
    admin account, who adds the rest (`mpp init --catalog FILE` with a full catalog)."""
    if len(admin_password) < MIN_PASSWORD:
        raise InvalidInput(f"the admin password needs at least {MIN_PASSWORD} characters", code="weak_password")
    from app.catalog import validate_catalog

    data = {
        "mpp": {"name": mpp_name, "timezone": timezone, "hours": DEFAULT_HOURS},
        "agencies": [{
            "code": agency_code.strip().upper(), "name": agency_name.strip(),
            "services": [{
                "code": service_code.strip().upper(), "prefix": service_prefix.strip().upper(),
                "name": service_name.strip(),
            }],
        }],
        "counters": [{"number": counter_number, "name": f"Loket {counter_number}",
                      "services": [service_code.strip().upper()]}],
        "staff": [{"username": admin_username.strip(), "name": admin_name.strip(), "role": "admin",
                   "password": admin_password}],  # hashed (argon2) by load_catalog; never stored plain
    }
    return validate_catalog(with_mpp(data, mpp_name, timezone))


def install_catalog(station, data: dict):
    """Load a catalog in one transaction; every problem of it at once (InvalidInput)."""
    from app.catalog import load_catalog

    with station.uow() as uow:
        summary = load_catalog(uow, data)
        uow.commit()
    return summary


# --- keeping the station running -----------------------------------------------------------------

QUICK_CRASH_S = 60  # a station that ends sooner than this waits longer each time
FIRST_DELAY_S = 2
MAX_DELAY_S = 60


def keep_running(
    start: Callable[[], int], *, always: bool, log: Callable[[str], None],
    sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
) -> int:
    """Run the station and start it again when it ends: after any end for a station nobody sits
    at (always), after a crash only for a desk (its user closing it ends the day). A station that
    keeps failing at once is started again every minute at most, not in a tight loop."""
    delay = FIRST_DELAY_S
    while True:
        began = clock()
        code = start()
        if code == 0 and not always:
            return 0
        if clock() - began >= QUICK_CRASH_S:
            delay = FIRST_DELAY_S
        log(f"the station ended (exit code {code}); starting it again in {delay} s")
        sleep(delay)
        delay = min(delay * 2, MAX_DELAY_S)


def mpp_command(*args: str) -> tuple[str, list[str]]:
    """How to start `mpp ARGS` from here: the bundle's own executable, or this Python."""
    import sys

    if getattr(sys, "frozen", False):
        return sys.executable, list(args)
    return sys.executable, ["-m", "app.cli", *args]
