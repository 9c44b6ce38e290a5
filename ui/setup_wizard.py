"""The set-up wizard: what a new installation shows first, instead of an empty window.

Every station command that opens a window (kiosk, survey, counter, display, supervisor)
asks app.station_setup.has_catalog first and, on a file with no catalog, runs this wizard
(app/cli.open_window_station). It asks the MPP's name and time zone and where its catalog
comes from: the demo catalog, a catalog TOML file, or, from nothing, the first agency,
service and counter and the first admin account, who completes the rest later. The
catalog is loaded by app.station_setup.install_catalog on a worker thread; a catalog with
problems is refused whole, every problem shown, and the wizard stays open.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.catalog import CODE, PREFIX, read_catalog_file, validate_catalog
from app.errors import MppError
from app.paths import DEMO_CATALOG
from app.station_setup import MIN_PASSWORD, TIMEZONES, install_catalog, starter_catalog, with_mpp
from ui.tasks import TaskRunner
from ui.widgets import label

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

DEMO, FILE, NEW = "demo", "file", "new"
PAGE_SOURCE, PAGE_MPP, PAGE_FIRST, PAGE_ADMIN, PAGE_FINISH = range(5)
WIZARD_SIZE = (720, 520)

STYLE = """
* { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 15px; color: #14181C; }
QLabel[kind="error"] { color: #B3261E; font-weight: bold; }
QLabel[kind="note"] { color: #3D454D; }
QLineEdit, QComboBox, QSpinBox { padding: 6px 8px; min-height: 24px; }
QRadioButton { padding: 6px 0; }
"""


def problems_text(error: MppError) -> str:
    """Every problem of a refused catalog, one a line."""
    problems = error.details.get("problems")
    return "\n".join(problems) if problems else error.message


class SourcePage(QWizardPage):
    """Where the catalog comes from."""

    def __init__(self, wizard: SetupWizard):
        super().__init__()
        self.setup = wizard
        self.setTitle(translate("SetupWizard", "Set up this MPP"))
        self.setSubTitle(translate("SetupWizard", "This station has no catalog yet: the MPP's agencies, services, "
                                   "counters and staff. Choose where it comes from."))
        self.choice = QButtonGroup(self)
        self.demo = QRadioButton(translate("SetupWizard", "The demo catalog: a made-up MPP, for training and trying out"))
        self.file = QRadioButton(translate("SetupWizard", "A catalog file (TOML) prepared for this MPP"))
        self.new = QRadioButton(translate("SetupWizard", "Start from nothing: the first agency, service and counter, "
                                          "and the admin account"))
        self.path = QLineEdit()
        self.path.setPlaceholderText(translate("SetupWizard", "catalog file"))
        self.browse = QPushButton(translate("SetupWizard", "Choose…"))
        self.browse.clicked.connect(self._browse)
        self.error = label(kind="error")
        self.error.hide()
        layout = QVBoxLayout(self)
        for value, radio in ((DEMO, self.demo), (FILE, self.file), (NEW, self.new)):
            radio.setProperty("value", value)
            self.choice.addButton(radio)
            layout.addWidget(radio)
            if value == FILE:
                row = QHBoxLayout()
                row.setContentsMargins(28, 0, 0, 0)
                row.addWidget(self.path, 1)
                row.addWidget(self.browse)
                layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.new.setChecked(True)
        self.choice.buttonToggled.connect(self._toggled)
        self.path.textChanged.connect(lambda: self.file.setChecked(True) if self.path.text() else None)

    def source(self) -> str:
        return self.choice.checkedButton().property("value")

    def _toggled(self, *_):
        self.error.hide()

    def _browse(self) -> None:
        dialog = QFileDialog(self, translate("SetupWizard", "Catalog file"))
        dialog.setNameFilter(translate("SetupWizard", "Catalog (*.toml)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()

    def validatePage(self) -> bool:
        """A file must read and hold a valid catalog before anything else is asked."""
        try:
            if self.source() == DEMO:
                self.setup.catalog = validate_catalog(read_catalog_file(DEMO_CATALOG))
            elif self.source() == FILE:
                if not self.path.text().strip():
                    raise MppError(translate("SetupWizard", "Choose the catalog file first."))
                self.setup.catalog = validate_catalog(read_catalog_file(Path(self.path.text().strip()).expanduser()))
            else:
                self.setup.catalog = None
        except MppError as error:
            self.error.setText(problems_text(error))
            self.error.show()
            return False
        self.error.hide()
        return True

    def nextId(self) -> int:
        return PAGE_MPP


class MppPage(QWizardPage):
    """The MPP's name and time zone (taken from a catalog file, and changeable)."""

    def __init__(self, wizard: SetupWizard):
        super().__init__()
        self.setup = wizard
        self.setTitle(translate("SetupWizard", "The MPP"))
        self.setSubTitle(translate("SetupWizard", "Its name is printed on every ticket and report; its time zone "
                                   "decides the business day."))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.zone = QComboBox()
        self.error = label(kind="error")
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(translate("SetupWizard", "Name of the MPP"), self.name)
        form.addRow(translate("SetupWizard", "Time zone"), self.zone)
        form.addRow(self.error)

    def initializePage(self) -> None:
        mpp = (self.setup.catalog or {}).get("mpp", {})
        zones = [zone for zone, _ in TIMEZONES]
        if mpp.get("timezone") and mpp["timezone"] not in zones:
            zones.append(mpp["timezone"])
        abbreviations = dict(TIMEZONES)
        self.zone.clear()
        for zone in zones:
            self.zone.addItem(f"{zone} ({abbreviations[zone]})" if zone in abbreviations else zone, zone)
        self.zone.setCurrentIndex(zones.index(mpp.get("timezone", "Asia/Jakarta")))
        if mpp.get("name"):
            self.name.setText(mpp["name"])

    def validatePage(self) -> bool:
        if not self.name.text().strip():
            self.error.setText(translate("SetupWizard", "The MPP needs a name."))
            self.error.show()
            return False
        self.error.hide()
        return True

    def nextId(self) -> int:
        return PAGE_FIRST if self.setup.source_page.source() == NEW else PAGE_FINISH


class FirstServicePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(translate("SetupWizard", "The first agency, service and counter"))
        self.setSubTitle(translate("SetupWizard", "Enough to issue and call the first tickets. The admin adds "
                                   "the rest with a full catalog file."))
        self.agency_code = QLineEdit()
        self.agency_code.setPlaceholderText("DUKCAPIL")
        self.agency_name = QLineEdit()
        self.service_code = QLineEdit()
        self.service_code.setPlaceholderText("KTP")
        self.prefix = QLineEdit()
        self.prefix.setMaxLength(2)
        self.prefix.setPlaceholderText("A")
        self.service_name = QLineEdit()
        self.counter = QSpinBox()
        self.counter.setRange(1, 999)
        form = QFormLayout(self)
        form.addRow(translate("SetupWizard", "Agency code (capital letters)"), self.agency_code)
        form.addRow(translate("SetupWizard", "Agency name"), self.agency_name)
        form.addRow(translate("SetupWizard", "Service code (capital letters)"), self.service_code)
        form.addRow(translate("SetupWizard", "Ticket letter (A, B, …)"), self.prefix)
        form.addRow(translate("SetupWizard", "Service name"), self.service_name)
        form.addRow(translate("SetupWizard", "Counter (loket) number"), self.counter)
        self.error = label(kind="error")
        self.error.hide()
        form.addRow(self.error)
        for code in (self.agency_code, self.service_code, self.prefix):
            code.textEdited.connect(lambda text, field=code: field.setText(text.upper()))

    def validatePage(self) -> bool:
        """Each field in the wizard's language; app.catalog checks the whole again on loading."""
        problems = []
        for field, what in ((self.agency_code, translate("SetupWizard", "The agency code")),
                            (self.service_code, translate("SetupWizard", "The service code"))):
            if not CODE.match(field.text().strip()):
                problems.append(translate("SetupWizard", "{what} is capital letters, digits or _ (up to 32).")
                                .format(what=what))
        if not PREFIX.match(self.prefix.text().strip()):
            problems.append(translate("SetupWizard", "The ticket letter is one or two capital letters."))
        if not self.agency_name.text().strip() or not self.service_name.text().strip():
            problems.append(translate("SetupWizard", "The agency and the service need their names."))
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))
        return not problems


class AdminPage(QWizardPage):
    def __init__(self, wizard: SetupWizard):
        super().__init__()
        self.setup = wizard
        self.setTitle(translate("SetupWizard", "The admin account"))
        self.setSubTitle(translate("SetupWizard", "The first account: it signs in at the supervisor's desk and "
                                   "sets up everything else."))
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = label(kind="error")
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(translate("SetupWizard", "Username"), self.username)
        form.addRow(translate("SetupWizard", "Full name"), self.full_name)
        form.addRow(translate("SetupWizard", "Password (8 characters or more)"), self.password)
        form.addRow(translate("SetupWizard", "Password again"), self.repeat)
        form.addRow(self.error)

    def validatePage(self) -> bool:
        """The whole starter catalog is checked here, so its problems show before the last page."""
        if not self.username.text().strip() or not self.full_name.text().strip():
            problem = translate("SetupWizard", "The account needs a username and a full name.")
        elif len(self.password.text()) < MIN_PASSWORD:
            problem = translate("SetupWizard", "The password needs 8 characters or more.")
        elif self.password.text() != self.repeat.text():
            problem = translate("SetupWizard", "The two passwords differ.")
        else:
            try:
                self.setup.catalog = self.setup.starter()
                problem = None
            except MppError as error:
                problem = problems_text(error)
        self.error.setText(problem or "")
        self.error.setVisible(bool(problem))
        return problem is None

    def nextId(self) -> int:
        return PAGE_FINISH


class FinishPage(QWizardPage):
    """What will be loaded; Finish loads it on a worker thread."""

    def __init__(self, wizard: SetupWizard):
        super().__init__()
        self.setup = wizard
        self.setTitle(translate("SetupWizard", "Ready"))
        self.summary = label()
        self.status = label(kind="note")
        self.error = label(kind="error")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        data = self.setup.final_catalog()
        services = sum(len(a.get("services", [])) for a in data.get("agencies", []))
        mpp = data["mpp"]
        rows = (
            (translate("SetupWizard", "MPP"), f"{mpp['name']} ({mpp['timezone']})"),
            (translate("SetupWizard", "Agencies"), str(len(data.get("agencies", [])))),
            (translate("SetupWizard", "Services"), str(services)),
            (translate("SetupWizard", "Counters"), str(len(data.get("counters", [])))),
            (translate("SetupWizard", "Staff accounts"), str(len(data.get("staff", [])))),
            (translate("SetupWizard", "Database"), str(self.setup.station.db.path)),
        )
        self.summary.setText("<table cellspacing='4'>" + "".join(
            f"<tr><td>{html.escape(name)}</td><td><b>{html.escape(value)}</b></td></tr>" for name, value in rows
        ) + "</table>")
        self.status.setText(translate("SetupWizard", "Press Finish to load it; the station then opens."))
        self.error.hide()

    def validatePage(self) -> bool:
        if self.setup.loaded:
            return True
        if not self.setup.loading:
            self.setup.load()
        return False

    def nextId(self) -> int:
        return -1


class SetupWizard(QWizard):
    def __init__(self, station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.catalog: dict | None = None
        self.loading = False
        self.loaded = False
        self.summary = None
        self.setWindowTitle("mpp-desk · " + translate("SetupWizard", "Set-up"))
        self.setStyleSheet(STYLE)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        # Qt's own button texts are not in our translations: named here, they are
        for which, text in ((QWizard.WizardButton.BackButton, translate("SetupWizard", "< Back")),
                            (QWizard.WizardButton.NextButton, translate("SetupWizard", "Next >")),
                            (QWizard.WizardButton.FinishButton, translate("SetupWizard", "Finish")),
                            (QWizard.WizardButton.CancelButton, translate("SetupWizard", "Cancel"))):
            self.setButtonText(which, text)
        self.source_page = SourcePage(self)
        self.mpp_page = MppPage(self)
        self.first_page = FirstServicePage()
        self.admin_page = AdminPage(self)
        self.finish_page = FinishPage(self)
        for page_id, page in ((PAGE_SOURCE, self.source_page), (PAGE_MPP, self.mpp_page),
                              (PAGE_FIRST, self.first_page), (PAGE_ADMIN, self.admin_page),
                              (PAGE_FINISH, self.finish_page)):
            self.setPage(page_id, page)
        self.setStartId(PAGE_SOURCE)
        self.runner = TaskRunner("setup", self)
        self.finished.connect(self.runner.stop)
        self.resize(*WIZARD_SIZE)

    def zone(self) -> str:
        return self.mpp_page.zone.currentData()

    def starter(self) -> dict:
        first, admin = self.first_page, self.admin_page
        return starter_catalog(
            mpp_name=self.mpp_page.name.text(), timezone=self.zone(),
            agency_code=first.agency_code.text(), agency_name=first.agency_name.text(),
            service_code=first.service_code.text(), service_prefix=first.prefix.text(),
            service_name=first.service_name.text(), counter_number=first.counter.value(),
            admin_username=admin.username.text(), admin_name=admin.full_name.text(),
            admin_password=admin.password.text(),
        )

    def final_catalog(self) -> dict:
        return with_mpp(self.catalog or {}, self.mpp_page.name.text(), self.zone())

    def load(self) -> None:
        data = self.final_catalog()
        self.loading = True
        self._buttons(False)
        self.finish_page.error.hide()
        self.finish_page.status.setText(translate("SetupWizard", "Loading the catalog…"))
        self.runner.run(lambda: install_catalog(self.station, data), self._loaded, self._failed)

    def _loaded(self, summary) -> None:
        self.loading, self.loaded, self.summary = False, True, summary
        log.info("set-up wizard: catalog loaded (%s agencies, %s services)", summary.agencies, summary.services)
        self._buttons(True)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.loading = False
        self._buttons(True)
        self.finish_page.status.setText("")
        text = problems_text(error) if isinstance(error, MppError) else f"{type(error).__name__}: {error}"
        if not isinstance(error, MppError):
            log.error("set-up wizard: loading failed", exc_info=error)
        self.finish_page.error.setText(text)
        self.finish_page.error.show()

    def _buttons(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(enabled)

    def done(self, result: int) -> None:
        if self.loading:
            return  # the catalog is being written: it finishes first
        super().done(result)  # Finish validates the last page first, which starts the loading


def run_first_setup(station, language: str = "id") -> bool:
    """Show the wizard until it is finished or cancelled; True when the station has a catalog."""
    from ui.app import application

    app = application()
    app.mpp_translations.set_language(language)
    wizard = SetupWizard(station)
    loop = QEventLoop()
    wizard.finished.connect(loop.quit)
    wizard.open()
    loop.exec()
    return wizard.loaded
