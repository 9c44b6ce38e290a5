"""The interface's languages, through Qt Linguist.

Source strings in the code are English; resources/i18n/mpp_id.ts holds the
Indonesian and mpp_en.ts the English plural forms ("1 service", "2 services").
`make translations` refreshes both from the code. The compiled .qm is built from the .ts (`make translations`, the
bundle build); a source checkout without it compiles it once into the cache
directory with the lrelease that ships with PySide6.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QTranslator

from app.paths import cache_dir, resource_path

log = logging.getLogger(__name__)

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}


def ts_path(language: str) -> Path:
    return resource_path("i18n", f"mpp_{language}.ts")


def lrelease() -> str | None:
    """PySide6's own lrelease binary (the pyside6-lrelease wrapper may be off PATH)."""
    here = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/bin/lrelease", "Qt/bin/lrelease.exe"):
        if (here / name).exists():
            return str(here / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def qm_path(language: str) -> Path | None:
    """The compiled translation, building it from the .ts when it is missing or older."""
    shipped = resource_path("i18n", f"mpp_{language}.qm")
    source = ts_path(language)
    if shipped.exists() and (not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.exists():
        return None
    built = cache_dir() / "i18n" / f"mpp_{language}.qm"
    if built.exists() and built.stat().st_mtime >= source.stat().st_mtime:
        return built
    tool = lrelease()
    if tool is None:
        log.warning("no lrelease to build %s; the interface stays in English", source.name)
        return None
    built.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([tool, "-silent", str(source), "-qm", str(built)], capture_output=True, text=True)
    if result.returncode != 0 or not built.exists():
        log.warning("lrelease failed on %s: %s", source, result.stderr.strip())
        return None
    return built


class Translations:
    """Switches the running application between the languages; Qt then sends a
    LanguageChange event to every widget, which redraws its texts."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language: str | None = None
        self._translator: QTranslator | None = None

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        if language == self.language:
            return
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
            self._translator = None
        path = qm_path(language)
        translator = QTranslator(self.app)
        if path is not None and translator.load(str(path)):
            self.app.installTranslator(translator)
            self._translator = translator
        else:
            log.warning("no %s translation found; the interface shows its English source texts", language)
        self.language = language
