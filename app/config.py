"""Station settings, declared once: each key with its type, default and meaning.

A station reads them from a TOML file: the one named by --config or MPP_CONFIG,
else station.toml in the user's config directory. A missing file means every
default; a file with a wrong key or value is refused whole, every problem listed,
so a technician's typo never runs silently on defaults.

Each key's comment is its `doc`: `mpp setup` writes the file with every key and
its comment (render_config), and resources/station.example.toml is that file for
the defaults (a test keeps the two the same).
"""

from __future__ import annotations

import dataclasses
import json
import os
import textwrap
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from app.errors import InvalidInput
from app.paths import APP
from app.voice import STYLES as VOICE_STYLES

LANGUAGES = ("id", "en")
PAPER_WIDTHS = (58, 80)
QR_MODES = ("image", "native")
# what this PC is: the window `mpp start` opens (each is also an `mpp` command)
ROLES = ("kiosk", "survey", "counter", "display", "supervisor")


def key(default: Any, doc: str) -> Any:
    """A setting: its default and the comment written above it in the file."""
    return dataclasses.field(default=default, metadata={"doc": doc})


@dataclass(frozen=True)
class StationConfig:
    role: str = key("", "what this PC is, the window `mpp start` opens: kiosk, survey (a tablet at a "
                        "counter), counter, display or supervisor; empty until `mpp setup` asks")
    station_name: str = key("", "the station's name, as staff and the supervisor see it, e.g. \"Kiosk lobi 1\"")
    database: str = key("", "the station's SQLite file (a full path); empty: $MPP_DB, else mpp.sqlite in the "
                            "user data directory. Stations on one PC may share a file")
    printer: str = key("", "the ticket printer: usb:VID:PID, tcp:HOST[:PORT] (9100 by default) or file:PATH "
                           "(a file, or a device such as /dev/usb/lp0); empty for none")
    paper_mm: int = key(80, "the printer's paper roll in millimetres: 58 or 80")
    printer_qr: str = key("image", "QR codes on paper as a raster image (every ESC/POS printer) or the "
                                   "printer's own QR command: image or native")
    language: str = key("id", "the language a citizen first sees and the kiosk returns to, and the counter's "
                              "language: id or en")
    idle_seconds: int = key(30, "seconds without a touch after which the kiosk clears what was entered and goes "
                                "home (5 to 3600)")
    large_type: bool = key(False, "start in the large-type mode (citizens can switch it on every screen)")
    survey_min_interval_seconds: int = key(
        60, "the survey's misuse guard: seconds that must pass between two responses sent from this kiosk or "
            "tablet (app.survey.record_response's min_interval_seconds); 0 for none")
    voice_style: str = key("words", "how the display says a number: words (A023: \"A dua puluh tiga\") or "
                                    "digits (\"A nol dua tiga\")")
    display_agencies: tuple[str, ...] = key((), "the display board: the agencies (codes) whose calls it shows; "
                                                "empty for the whole MPP")
    counter: int = key(0, "the counter (loket) number this desk usually is, offered first at sign-in; 0 for none")
    hub_url: str = key("", "the sync hub this station pushes to and pulls from (`mpp hub serve`), e.g. "
                           "http://10.0.0.2:8765; empty: works alone")
    hub_token: str = key("", "this station's token at the hub (`mpp hub add-station`); secret, like a password")

    def replace(self, **changes: Any) -> StationConfig:
        return dataclasses.replace(self, **changes)


FIELDS = {f.name: f for f in dataclasses.fields(StationConfig)}

_CHOICES: dict[str, tuple] = {
    "role": ("", *ROLES),
    "language": LANGUAGES,
    "paper_mm": PAPER_WIDTHS,
    "printer_qr": QR_MODES,
    "voice_style": VOICE_STYLES,
}
_RANGES: dict[str, tuple[int, int, str]] = {
    "idle_seconds": (5, 3600, "between 5 and 3600"),
    "counter": (0, 999, "a loket number from 1 to 999, or 0 for none"),
    "survey_min_interval_seconds": (0, 3600, "between 0 and 3600"),
}


def default_config_path() -> Path:
    env = os.environ.get("MPP_CONFIG")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "station.toml"


def _problem(key: str, value: Any) -> str | None:
    """What is wrong with one value of a known key, or None. Types are checked by the caller."""
    if key in _CHOICES and value not in _CHOICES[key]:
        shown = ", ".join(repr(c) if c == "" else str(c) for c in _CHOICES[key])
        return f"{key} must be one of {shown}, not {value!r}"
    if key in _RANGES:
        low, high, words = _RANGES[key]
        if not low <= value <= high:
            return f"{key} must be {words}, not {value}"
    if key in ("station_name", "hub_token") and any(unicodedata.category(ch).startswith("C") for ch in value):
        return f"{key} must not hold control characters"
    if key == "station_name" and len(value) > 100:
        return "station_name must be at most 100 characters"
    if key == "database" and value and not Path(value).expanduser().is_absolute():
        return f"database must be a full path (like C:\\MPP\\mpp.sqlite or /var/lib/mpp/mpp.sqlite), not {value!r}"
    if key == "hub_url" and value:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
            return f"hub_url must look like http://10.0.0.2:8765 (http or https, a host, a port), not {value!r}"
        try:
            _ = parts.port  # raises on a port out of range
        except ValueError:
            return f"hub_url has a bad port: {value!r}"
    if key == "printer" and value:
        from app.printing import parse_printer_spec

        try:
            parse_printer_spec(value)
        except InvalidInput as error:
            return str(error)
    return None


def parse_config(data: dict[str, Any], source: str = "station config") -> StationConfig:
    problems: list[str] = []
    values: dict[str, Any] = {}
    for key, value in data.items():
        field = FIELDS.get(key)
        if field is None:
            problems.append(f"unknown key {key!r} (known: {', '.join(FIELDS)})")
            continue
        expected = type(field.default)
        if expected is tuple:  # a TOML array of strings
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                problems.append(f"{key} must be a list of strings, not {value!r}")
                continue
            value = tuple(value)
        # TOML has no bool/int confusion, but Python does: True is an int
        if type(value) is not expected:
            problems.append(f"{key} must be {expected.__name__}, not {value!r}")
            continue
        problem = _problem(key, value)
        if problem:
            problems.append(problem)
            continue
        values[key] = value
    if problems:
        raise InvalidInput(f"{source}: " + "; ".join(problems), code="bad_config")
    return StationConfig(**values)


def load_config(path: str | Path | None = None) -> StationConfig:
    """The station's settings; defaults when no file is named and none exists."""
    explicit = path is not None or "MPP_CONFIG" in os.environ
    path = Path(path).expanduser() if path is not None else default_config_path()
    if not path.exists():
        if explicit:
            raise InvalidInput(f"no station config at {path}", code="bad_config")
        return StationConfig()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InvalidInput(f"{path} is not valid TOML: {error}", code="bad_config") from None
    return parse_config(data, str(path))


# --- writing the file -------------------------------------------------------------------------

HEADER = """\
# mpp-desk station config (TOML). Every key is optional: a key left out takes the default shown.
# Read from --config FILE, else $MPP_CONFIG, else station.toml in the user config directory.
# `mpp setup` writes this file by asking a few questions; `mpp self-check` reads it back.
#
# The MPP's name and time zone are not here: every station of the MPP must agree on them, so
# they live in the catalog ([mpp] name and timezone), set by the first-run set-up wizard or by
# `mpp init --catalog FILE`.
"""


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    # a JSON string is a TOML basic string: the same escapes (\\ \" \n \uXXXX)
    return json.dumps(value, ensure_ascii=False)


def render_config(config: StationConfig) -> str:
    """The whole file: every key with its comment and its value."""
    parts = [HEADER]
    for name, field in FIELDS.items():
        comment = textwrap.wrap(field.metadata["doc"], 98)
        parts.append("\n" + "".join(f"# {line}\n" for line in comment) + f"{name} = {_toml_value(getattr(config, name))}\n")
    return "".join(parts)


def write_config(path: str | Path, config: StationConfig) -> Path:
    """Write the file whole or not at all (a temporary file renamed over it)."""
    path = Path(path).expanduser()
    text = render_config(config)
    parse_config(tomllib.loads(text), str(path))  # what we write must read back
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
    return path
