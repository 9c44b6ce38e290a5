"""The interface's languages, through Qt Linguist.

Source strings in the code are English; resources/i18n/mpp_id.ts holds the
Indonesian and mpp_en.ts the English plural forms ("1 service", "2 services").
`make translations` refreshes both from the code. A bundle ships the compiled
.qm; a source checkout compiles each .ts once
into the cache directory with the lrelease that ships with PySide6.
"""

from __future__ import annotations

import hashlib
import logging
import os
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
    """The compiled translation: the shipped .qm (a bundle), else one built from the .ts
    into the cache directory, named by the .ts's content so that no other checkout's
    or older build is ever taken for it."""
    shipped = resource_path("i18n", f"mpp_{language}.qm")
    source = ts_path(language)
    if not source.exists():
        return shipped if shipped.exists() else None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    built = cache_dir() / "i18n" / f"mpp_{language}-{digest}.qm"
    if built.exists():
        return built
    tool = lrelease()
    if tool is None:
        log.warning("no lrelease to build %s; the interface shows its English source texts", source.name)
        return shipped if shipped.exists() else None
    built.parent.mkdir(parents=True, exist_ok=True)
    partial = built.with_suffix(f".{os.getpid()}.tmp")
    result = subprocess.run([tool, "-silent", str(source), "-qm", str(partial)], capture_output=True, text=True)
    if result.returncode != 0 or not partial.exists():
        log.warning("lrelease failed on %s: %s", source, result.stderr.strip())
        return shipped if shipped.exists() else None
    partial.replace(built)  # atomic: a station starting beside us never reads half a file
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
