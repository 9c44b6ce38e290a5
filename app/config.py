"""Station settings, declared once: each key with its type, default and meaning.

A station reads them from a TOML file: the one named by --config or MPP_CONFIG,
else station.toml in the user's config directory. A missing file means every
default; a file with a wrong key or value is refused whole, every problem listed,
so a technician's typo never runs silently on defaults.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from app.errors import InvalidInput
from app.paths import APP
from app.voice import STYLES as VOICE_STYLES

LANGUAGES = ("id", "en")
PAPER_WIDTHS = (58, 80)
QR_MODES = ("image", "native")


@dataclass(frozen=True)
class StationConfig:
    # the station's name, as staff and the supervisor see it
    station_name: str = ""
    # the ticket printer: usb:VID:PID, tcp:HOST[:PORT] (9100 by default) or file:PATH; empty for none
    printer: str = ""
    # the printer's paper roll in millimetres: 58 or 80
    paper_mm: int = 80
    # QR codes on paper as a raster image (every ESC/POS printer) or the printer's own QR command
    printer_qr: str = "image"
    # the language a citizen first sees and the kiosk returns to: id or en
    language: str = "id"
    # seconds without a touch after which the kiosk clears what was entered and goes home
    idle_seconds: int = 30
    # start in the large-type mode (citizens can switch it on every screen)
    large_type: bool = False
    # the survey's misuse guard: seconds that must pass between two responses sent from this
    # kiosk or tablet (app.survey.record_response's min_interval_seconds); 0 for none
    survey_min_interval_seconds: int = 60
    # how the display says a number: "words" (A023: "A dua puluh tiga") or "digits" ("A nol dua tiga")
    voice_style: str = "words"
    # the display board: the agencies (codes) whose calls it shows; empty for the whole MPP
    display_agencies: tuple[str, ...] = ()
    # the counter (loket) number this desk usually is, offered first at sign-in; 0 for none
    counter: int = 0
    # the sync hub this station pushes to and pulls from (`mpp hub serve`), e.g. http://10.0.0.2:8765; empty: works alone
    hub_url: str = ""
    # this station's token at the hub (`mpp hub add-station`); secret, like a password
    hub_token: str = ""

    def replace(self, **changes: Any) -> StationConfig:
        return dataclasses.replace(self, **changes)


_CHOICES: dict[str, tuple] = {
    "language": LANGUAGES,
    "paper_mm": PAPER_WIDTHS,
    "printer_qr": QR_MODES,
    "voice_style": VOICE_STYLES,
}


def default_config_path() -> Path:
    env = os.environ.get("MPP_CONFIG")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "station.toml"


def parse_config(data: dict[str, Any], source: str = "station config") -> StationConfig:
    fields = {f.name: f for f in dataclasses.fields(StationConfig)}
    problems: list[str] = []
    values: dict[str, Any] = {}
    for key, value in data.items():
        field = fields.get(key)
        if field is None:
            problems.append(f"unknown key {key!r} (known: {', '.join(fields)})")
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
        if key in _CHOICES and value not in _CHOICES[key]:
            problems.append(f"{key} must be one of {', '.join(map(str, _CHOICES[key]))}, not {value!r}")
            continue
        if key == "idle_seconds" and not 5 <= value <= 3600:
            problems.append(f"idle_seconds must be between 5 and 3600, not {value}")
            continue
        if key == "counter" and not 0 <= value <= 999:
            problems.append(f"counter must be a loket number from 1 to 999, or 0 for none, not {value}")
            continue
        if key == "survey_min_interval_seconds" and not 0 <= value <= 3600:
            problems.append(f"survey_min_interval_seconds must be between 0 and 3600, not {value}")
            continue
        values[key] = value
    if "printer" in values and values["printer"]:
        from app.printing import parse_printer_spec

        try:
            parse_printer_spec(values["printer"])
        except InvalidInput as error:
            problems.append(str(error))
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
