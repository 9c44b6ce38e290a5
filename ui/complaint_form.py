"""The complaint intake both stations share: the texts (fields, problems, stages,
channels, identity choices, the 30-day warning), the draft a citizen or a staff
member fills in, and the desktop form the counter (and later the supervisor's
desk, for letters) types it into.

The checks are app.complaints': Draft.problems() runs check_intake over what is
entered so far, so a field shows its problem next to it before anything is sent;
add_complaint checks again (with the catalog, the ticket and the clock) and its
problems come back to the same fields. Problems are shown by their code in the
user's language; the English message of app.complaints is the fallback.

Text is kept exactly as typed (emoji, right-to-left scripts, apostrophes): every
label that shows the citizen's text is plain text, never rich text.
Texts are translated in the context "Complaint"; source strings are English.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.catalog import AgencyView
from app.complaints import DEFAULT_RULES, IDENTITAS, LIMITS, MULTILINE, IntakeWarning, Problem, check_intake
from ui.widgets import label, restyle

translate = QCoreApplication.translate

PERSONAL = ("nama", "alamat", "telepon", "email", "nik")
TEXT_FIELDS = (*PERSONAL, "tempat", "uraian", "kerugian", "tuntutan")
STAFF_CHANNELS = ("loket", "surat", "telepon", "lainnya")  # the kiosk files its own as "kiosk"


# --- texts ---------------------------------------------------------------------------------------


def field_label(field: str) -> str:
    return {
        "identitas": translate("Complaint", "Identity"),
        "nama": translate("Complaint", "Name"),
        "alamat": translate("Complaint", "Address"),
        "telepon": translate("Complaint", "Phone"),
        "email": translate("Complaint", "E-mail"),
        "nik": translate("Complaint", "NIK (16 digits)"),
        "instansi": translate("Complaint", "Agency"),
        "layanan": translate("Complaint", "Service"),
        "tiket": translate("Complaint", "Queue ticket"),
        "waktu_kejadian": translate("Complaint", "When it happened"),
        "tempat": translate("Complaint", "Where it happened"),
        "uraian": translate("Complaint", "What fell short"),
        "kerugian": translate("Complaint", "The loss it caused"),
        "tuntutan": translate("Complaint", "The settlement asked"),
        "kanal": translate("Complaint", "Channel"),
    }.get(field, field)


def identitas_text(code: str) -> tuple[str, str]:
    """(the choice, what it means) for identitas terbuka, anonim or rahasia."""
    return {
        "terbuka": (translate("Complaint", "With my name"),
                    translate("Complaint", "Staff handling the complaint see your name and contacts.")),
        "anonim": (translate("Complaint", "Anonymous"),
                   translate("Complaint", "The complaint is handled, but nobody outside the complaint unit "
                                          "learns who filed it. No name is asked.")),
        "rahasia": (translate("Complaint", "Confidential"),
                    translate("Complaint", "The whole complaint is kept secret: only the complaint unit sees it. "
                                           "No name is asked.")),
    }[code]  # fmt: skip


def kanal_text(code: str) -> str:
    return {
        "loket": translate("Complaint", "At the counter"),
        "kiosk": translate("Complaint", "At the kiosk"),
        "surat": translate("Complaint", "Letter"),
        "telepon": translate("Complaint", "Telephone"),
        "lainnya": translate("Complaint", "Other"),
    }[code]


def stage_text(code: str) -> str:
    """A stage in the reader's language (the Indonesian is app.complaints.STAGE_LABELS')."""
    return {
        "diterima": translate("Complaint", "Received"),
        "diverifikasi": translate("Complaint", "Verified"),
        "didisposisikan": translate("Complaint", "Passed to the agency"),
        "ditindaklanjuti": translate("Complaint", "Being followed up"),
        "selesai": translate("Complaint", "Settled"),
        "ditunda": translate("Complaint", "On hold"),
        "bukan_wewenang": translate("Complaint", "Not our authority, forwarded"),
        "ditolak": translate("Complaint", "Rejected"),
    }.get(code, code)


def problem_text(problem: Problem) -> str:
    """One problem of an intake, in the user's language, naming no personal data."""
    field = field_label(problem.field)
    code = problem.code
    if code == "required":
        if problem.field in ("nama", "alamat"):
            return translate(
                "Complaint", "{field}: please fill this in, or choose anonymous or confidential (UU 25/2009 Pasal 42)."
            ).format(field=field)
        if problem.field == "instansi":
            return translate("Complaint", "Please choose the agency the complaint is about.")
        if problem.field == "waktu_kejadian":
            return translate("Complaint", "Please give the day it happened.")
        return translate("Complaint", "{field}: please fill this in.").format(field=field)
    texts = {
        "too_long": translate("Complaint", "{field}: too long, at most {limit} characters.").format(
            field=field, limit=f"{LIMITS.get(problem.field, 0):,}".replace(",", ".")
        ),
        "control_character": translate(
            "Complaint", "{field}: holds an invisible control or text-direction character that cannot be "
            "stored. Please remove it."
        ).format(field=field),
        "bad_phone": translate("Complaint", "A phone number has 7 to 15 digits."),
        "bad_email": translate("Complaint", "This is not an e-mail address (like nama@contoh.id)."),
        "bad_nik": translate(
            "Complaint", "A NIK is 16 digits with a region code and a date of birth. Check it, or leave it empty."
        ),
        "bad_date": translate("Complaint", "This is not a real date."),
        "future_date": translate("Complaint", "The day it happened cannot be in the future."),
        "unknown_agency": translate("Complaint", "This agency is not in the MPP's list."),
        "unknown_service": translate("Complaint", "This service is not in the MPP's list."),
        "service_of_other_agency": translate("Complaint", "This service belongs to another agency."),
        "unknown_ticket": translate(
            "Complaint", "No such ticket was found for the day it happened. Check the number, or leave it empty."
        ),
        "ticket_of_other_agency": translate("Complaint", "This ticket was for another agency."),
    }
    if code in texts:
        return texts[code]
    if code in ("bad_choice", "not_text", "unknown_key"):
        return translate("Complaint", "{field}: this value cannot be used.").format(field=field)
    return problem.message


def problems_by_field(problems: Iterable[Problem]) -> dict[str, list[str]]:
    """field -> its problems' texts, each once (a bad NIK may break several rules), in order."""
    shown: dict[str, list[str]] = {}
    for problem in problems:
        text = problem_text(problem)
        texts = shown.setdefault(problem.field, [])
        if text not in texts:
            texts.append(text)
    return shown


def late_days(event_day: date | None, today: date, rules=DEFAULT_RULES) -> int | None:
    """Days since the event when they are past UU 25/2009 Pasal 41's limit, else None."""
    if event_day is None:
        return None
    days = (today - event_day).days
    return days if days > rules.late_after_days else None


def late_text(days: int, rules=DEFAULT_RULES) -> str:
    return translate(
        "Complaint",
        "It happened {days} days ago. UU 25/2009 Pasal 41 gives {limit} days after the service to complain; "
        "the complaint is taken all the same.",
    ).format(days=days, limit=rules.late_after_days)


def warning_text(warning: IntakeWarning) -> str:
    if warning.code == "late_complaint" and warning.days is not None:
        return late_text(warning.days)
    if warning.code == "child_data" and warning.days is not None:
        return translate(
            "Complaint", "The NIK is of a child ({age} years old): a child's data is specific personal data. "
            "Record only what the complaint needs."
        ).format(age=warning.days)
    return warning.message


def privacy_text(rules=DEFAULT_RULES) -> str:
    """What the citizen is told before giving personal data (UU 27/2022): purpose and retention."""
    return translate(
        "Complaint",
        "Personal data is used only to handle the complaint, kept encrypted, and erased {days} days after "
        "the complaint is closed.",
    ).format(days=rules.retention_days)


def event_text(day: date | None, moment: time | None) -> str:
    from app import fmt

    if day is None:
        return ""
    text = fmt.long_date(day)
    if moment is not None:
        text += " · " + f"{moment:%H.%M}"
    return text


# --- the draft ------------------------------------------------------------------------------------


class Draft:
    """What has been entered so far, as plain values; intake() is what add_complaint takes.

    The identity fields are left out of the intake unless identitas is terbuka: a name
    typed before the complainant chose to stay anonymous is never stored."""

    def __init__(self, kanal: str = "loket"):
        self.default_kanal = kanal
        self.clear()

    def clear(self) -> None:
        self.identitas = "terbuka"
        self.kanal = self.default_kanal
        self.texts: dict[str, str] = dict.fromkeys(TEXT_FIELDS, "")
        self.instansi: str | None = None
        self.layanan: str | None = None
        self.tiket: str | None = None  # what is filed: a ticket's QR payload or its number
        self.ticket_code: str | None = None  # what is shown for it
        self.event_date: date | None = None
        self.event_time: time | None = None

    @property
    def open_identity(self) -> bool:
        return self.identitas == "terbuka"

    def waktu(self) -> str | None:
        if self.event_date is None:
            return None
        if self.event_time is None:
            return self.event_date.isoformat()
        return datetime.combine(self.event_date, self.event_time).isoformat(timespec="minutes")

    def intake(self) -> dict[str, str | None]:
        data: dict[str, str | None] = {"identitas": self.identitas, "kanal": self.kanal}
        for field, text in self.texts.items():
            if field in PERSONAL and not self.open_identity:
                continue
            data[field] = text if text.strip() else None
        data.update(instansi=self.instansi, layanan=self.layanan, tiket=self.tiket, waktu_kejadian=self.waktu())
        return data

    def problems(self, fields: Sequence[str] | None = None) -> list[Problem]:
        """check_intake's problems (of `fields` only, when given): no database needed."""
        return [p for p in check_intake(self.intake()) if fields is None or p.field in fields]


# --- the desktop form -------------------------------------------------------------------------------


def _grow(widget: QPlainTextEdit, lines: int) -> QPlainTextEdit:
    widget.setTabChangesFocus(True)  # Tab moves on, as in the one-line fields
    height = widget.fontMetrics().lineSpacing() * lines + 22
    widget.setMinimumHeight(height)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return widget


class ComplaintForm(QWidget):
    """Every intake field on one desktop page, in three columns: who (channel, identity,
    the complainant), what it concerns (agency, service, ticket, when, where) and what
    happened (what fell short, the loss, the settlement asked). Each field has its
    problem under it; the 30-day warning shows under the date."""

    changed = Signal()

    def __init__(self, channels: Sequence[str] = STAFF_CHANNELS, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("complaint-form")
        self.today = date.today()
        self.catalog: list[AgencyView] = []
        self._ticket_prefill: tuple[str, str] | None = None  # (code shown, payload filed)
        self.captions: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.counters: dict[str, QLabel] = {}
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}

        self.kanal = QComboBox()
        for code in channels:
            self.kanal.addItem(code, code)
        self.identity_group = QButtonGroup(self)
        self.identity_buttons: dict[str, QRadioButton] = {}
        for code in IDENTITAS:
            choice = QRadioButton()
            self.identity_group.addButton(choice)
            self.identity_buttons[code] = choice
            choice.toggled.connect(self._identity_toggled)
        for field in TEXT_FIELDS:
            if field in MULTILINE:
                widget = _grow(QPlainTextEdit(), 2 if field == "alamat" else 3)
                widget.textChanged.connect(lambda f=field: self._edited(f))
            else:
                widget = QLineEdit()
                widget.setMaxLength(LIMITS[field])
                widget.textChanged.connect(lambda _text, f=field: self._edited(f))
            widget.setObjectName(field)
            self.inputs[field] = widget
        self.agency = QComboBox()
        self.agency.currentIndexChanged.connect(self._agency_changed)
        self.service = QComboBox()
        self.service.currentIndexChanged.connect(lambda _i: self._edited("layanan"))
        self.ticket = QLineEdit()
        self.ticket.setMaxLength(LIMITS["tiket"])
        self.ticket.textChanged.connect(lambda _t: self._edited("tiket"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setMinimumDate(QDate(1900, 1, 1))
        self.date.dateChanged.connect(lambda _d: self._edited("waktu_kejadian"))
        self.time_known = QCheckBox()
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH.mm")
        self.time.setEnabled(False)
        self.time_known.toggled.connect(self.time.setEnabled)
        self.time_known.toggled.connect(lambda _on: self._edited("waktu_kejadian"))
        self.time.timeChanged.connect(lambda _t: self._edited("waktu_kejadian"))
        self.warning = label(kind="warning")
        self.warning.hide()
        self.anonymous_note = label(kind="field")
        self.privacy = label(kind="field")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        # how it came in and who may know the complainant, over the three columns
        top = QHBoxLayout()
        top.setSpacing(10)
        for field in ("kanal", "identitas"):
            self.captions[field] = label(kind="field", wrap=False)
        self.captions["kanal"].setBuddy(self.kanal)
        top.addWidget(self.captions["kanal"])
        top.addWidget(self.kanal)
        top.addSpacing(28)
        top.addWidget(self.captions["identitas"])
        for choice in self.identity_buttons.values():
            top.addWidget(choice)
        top.addStretch(1)
        outer.addLayout(top)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        outer.addLayout(columns, 1)

        who = QVBoxLayout()
        who.setSpacing(4)
        self.identity_box = QWidget()
        person = QVBoxLayout(self.identity_box)
        person.setContentsMargins(0, 0, 0, 0)
        person.setSpacing(4)
        person.addLayout(self._field("nama", self.inputs["nama"]))
        person.addLayout(self._field("alamat", self.inputs["alamat"]), 1)
        for field in ("telepon", "email", "nik"):
            person.addLayout(self._field(field, self.inputs[field]))
        who.addWidget(self.identity_box, 1)
        who.addWidget(self.anonymous_note)
        who.addStretch(0)

        about = QVBoxLayout()
        about.setSpacing(4)
        about.addLayout(self._field("instansi", self.agency))
        about.addLayout(self._field("layanan", self.service))
        about.addLayout(self._field("tiket", self.ticket))
        when = QHBoxLayout()
        when.addWidget(self.date, 1)
        when.addSpacing(12)
        when.addWidget(self.time_known)
        when.addWidget(self.time)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addLayout(when)
        about.addLayout(self._field("waktu_kejadian", holder))
        about.addWidget(self.warning)
        about.addLayout(self._field("tempat", self.inputs["tempat"]))
        about.addStretch(1)
        about.addWidget(self.privacy)

        what = QVBoxLayout()
        what.setSpacing(4)
        what.addLayout(self._field("uraian", self.inputs["uraian"]), 3)
        what.addLayout(self._field("kerugian", self.inputs["kerugian"]), 2)
        what.addLayout(self._field("tuntutan", self.inputs["tuntutan"]), 2)

        columns.addLayout(who, 1)
        columns.addLayout(about, 1)
        columns.addLayout(what, 1)
        self.reset()
        self.retranslate()

    def _field(self, field: str, widget: QWidget) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        top = QHBoxLayout()
        caption = label(kind="field", wrap=False)
        caption.setBuddy(widget)
        self.captions[field] = caption
        top.addWidget(caption, 1)
        if field in MULTILINE and field != "alamat":
            counter = label(kind="count", wrap=False, align=Qt.AlignmentFlag.AlignRight)
            self.counters[field] = counter
            top.addWidget(counter)
        box.addLayout(top)
        box.addWidget(widget, 1 if isinstance(widget, QPlainTextEdit) else 0)
        error = label(kind="error")
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.hide()
        self.errors[field] = error
        box.addWidget(error)
        box.addSpacing(2)
        return box

    def retranslate(self) -> None:
        required = {"nama", "alamat", "instansi", "waktu_kejadian", "tempat", "uraian", "kerugian", "tuntutan"}
        for field, caption in self.captions.items():
            text = field_label(field)
            caption.setText(text + (" *" if field in required else ":" if field in ("kanal", "identitas") else ""))
        for index in range(self.kanal.count()):
            self.kanal.setItemText(index, kanal_text(self.kanal.itemData(index)))
        for code, choice in self.identity_buttons.items():
            title, detail = identitas_text(code)
            choice.setText(title)
            choice.setToolTip(detail)
        self.time_known.setText(translate("Complaint", "at"))
        self.time_known.setToolTip(translate("Complaint", "The time of day, when it is known"))
        self.ticket.setPlaceholderText(translate("Complaint", "A023, or scan its QR code (optional)"))
        self.inputs["nik"].setPlaceholderText(translate("Complaint", "optional"))
        self.inputs["telepon"].setPlaceholderText(translate("Complaint", "optional"))
        self.inputs["email"].setPlaceholderText(translate("Complaint", "optional"))
        self.privacy.setText(privacy_text())
        self._fill_services()
        if self.agency.count():
            self.agency.setItemText(0, translate("Complaint", "— choose the agency —"))
        self._identity_toggled()
        self._update_counters()
        self._update_warning()

    # --- filling in ----------------------------------------------------------------------

    def reset(self) -> None:
        """An empty form: the first channel, with a name, today, nothing typed."""
        self.kanal.setCurrentIndex(0)
        self.identity_buttons["terbuka"].setChecked(True)
        for widget in self.inputs.values():
            widget.clear()
        self.agency.setCurrentIndex(0)
        self.ticket.clear()
        self._ticket_prefill = None
        self.date.setMaximumDate(QDate(self.today.year, self.today.month, self.today.day))
        self.date.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.time_known.setChecked(False)
        self.time.setTime(QTime(9, 0))
        self.clear_problems()

    def set_today(self, today: date) -> None:
        """The MPP's date: the default day of the event and the latest it may be."""
        self.today = today
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date.setDate(QDate(today.year, today.month, today.day))
        self._update_warning()

    def set_catalog(self, agencies: list[AgencyView]) -> None:
        self.catalog = agencies
        self.agency.blockSignals(True)
        self.agency.clear()
        self.agency.addItem(translate("Complaint", "— choose the agency —"), None)
        for agency in agencies:
            self.agency.addItem(agency.name, agency.code)
        self.agency.blockSignals(False)
        self._fill_services()

    def _fill_services(self) -> None:
        chosen = self.service.currentData()
        code = self.agency.currentData()
        agency = next((a for a in self.catalog if a.code == code), None)
        self.service.blockSignals(True)
        self.service.clear()
        self.service.addItem(translate("Complaint", "— not known —"), None)
        for service in agency.services if agency else []:
            self.service.addItem(service.name, service.code)
        self.service.setCurrentIndex(max(0, self.service.findData(chosen)) if chosen else 0)
        self.service.setEnabled(agency is not None)
        self.service.blockSignals(False)

    def prefill(self, *, agency: str | None = None, service: str | None = None,
                ticket: tuple[str, str] | None = None) -> None:  # fmt: skip
        """The ticket at the counter: its agency and service, and the ticket itself
        (code shown, QR payload filed: the payload names it whatever day is chosen)."""
        if agency:
            self.agency.setCurrentIndex(max(0, self.agency.findData(agency)))
        if service:
            self.service.setCurrentIndex(max(0, self.service.findData(service)))
        if ticket:
            self._ticket_prefill = ticket
            self.ticket.setText(ticket[0])

    def identitas(self) -> str:
        return next(code for code, choice in self.identity_buttons.items() if choice.isChecked())

    def draft(self) -> Draft:
        draft = Draft(self.kanal.currentData())
        draft.identitas = self.identitas()
        for field, widget in self.inputs.items():
            draft.texts[field] = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        draft.instansi = self.agency.currentData()
        draft.layanan = self.service.currentData()
        typed = self.ticket.text()
        if self._ticket_prefill and typed.strip() == self._ticket_prefill[0]:
            draft.tiket = self._ticket_prefill[1]
        else:
            draft.tiket = typed if typed.strip() else None
        day = self.date.date()
        draft.event_date = date(day.year(), day.month(), day.day())
        if self.time_known.isChecked():
            moment = self.time.time()
            draft.event_time = time(moment.hour(), moment.minute())
        return draft

    def intake(self) -> dict:
        return self.draft().intake()

    # --- problems ------------------------------------------------------------------------------

    def show_problems(self, problems: Sequence[Problem]) -> list[str]:
        """Each problem under its field; the first field with one gets the focus. Returns
        the texts of problems that have no field here (the caller shows them)."""
        self.clear_problems()
        first = None
        elsewhere = []
        for field, texts in problems_by_field(problems).items():
            error = self.errors.get(field)
            if error is None:
                elsewhere += texts
                continue
            error.setText("\n".join(texts))
            error.show()
            first = first or field
        if first:
            self._widget_of(first).setFocus()
        return elsewhere

    def clear_problems(self) -> None:
        for error in self.errors.values():
            error.clear()
            error.hide()

    def _widget_of(self, field: str) -> QWidget:
        widgets: dict[str, QWidget] = {
            "kanal": self.kanal, "instansi": self.agency, "layanan": self.service, "tiket": self.ticket,
            "waktu_kejadian": self.date, **self.inputs,
        }  # fmt: skip
        return widgets[field] if field in widgets else self.identity_buttons[self.identitas()]

    def _edited(self, field: str) -> None:
        error = self.errors.get(field)
        if error is not None and error.isVisible():
            error.hide()
        if field in self.counters:
            self._update_counters()
        if field == "waktu_kejadian":
            self._update_warning()
        self.changed.emit()

    def _agency_changed(self) -> None:
        self._fill_services()
        self._edited("instansi")

    def _identity_toggled(self) -> None:
        if not hasattr(self, "identity_box"):
            return  # while building
        terbuka = self.identity_buttons["terbuka"].isChecked()
        self.identity_box.setVisible(terbuka)
        code = self.identitas()
        self.anonymous_note.setVisible(not terbuka)
        self.anonymous_note.setText(identitas_text(code)[1])
        self._edited("identitas")

    def _update_counters(self) -> None:
        for field, counter in self.counters.items():
            length = len(self.inputs[field].toPlainText().strip())
            counter.setText(f"{length} / {LIMITS[field]}")
            over = "true" if length > LIMITS[field] else "false"
            if counter.property("over") != over:
                counter.setProperty("over", over)
                restyle(counter)

    def _update_warning(self) -> None:
        day = self.date.date()
        days = late_days(date(day.year(), day.month(), day.day()), self.today)
        self.warning.setVisible(days is not None)
        self.warning.setText(late_text(days) if days is not None else "")
