"""The complaint receipt (tanda terima pengaduan): thermal ESC/POS bytes or an A4 PDF.

Both print the number large with a QR code of "MPP-C:<nomor>" (the kiosk's status
check reads it back), the date in Indonesian, the deadlines, what to do next, and the
purpose and retention of the personal data (UU 27/2022: the citizen is told both).
They print what app.complaints.ReceiptData holds and nothing else: never the address,
phone, e-mail or NIK; the name only for a terbuka complaint; for a rahasia complaint
nothing of its content (a receipt left in the kiosk's tray must not give it away).

What prints of the citizen's text: everything as typed, emoji, Arabic and Hebrew
included (app.paper_text: a font for each run, Arabic joined, right to left in order).
- Thermal: a text the printer's PC437 code page can print goes as text (typographic
  quotes and dashes made plain, accents PC437 lacks dropped); one holding a character
  it has no form for (emoji, Arabic, Hebrew, ...) prints as a picture of the same
  fonts, as the QR code does (app.printing). Only a summary of the complaint
  (SUMMARY_CHARS) goes on the roll.
- A4: the fonts embedded, the text drawn as typed (app.pdf.TypedText). Only a character
  none of the fonts has (Chinese, say) prints as U+FFFD "�", and a footnote says so.
The stored text is never changed: the database, the screens and the exports keep it exactly.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

from app.complaints import ReceiptData
from app.config import LANGUAGES, PAPER_WIDTHS, QR_MODES
from app.errors import InvalidInput
from app.fmt import clock_time, long_date
from app.paper_text import MISSING
from app.printing import (
    COLUMNS,
    ESC_T_PC437,
    MAX_CHAR_SIZE,
    QR_MODULE_DOTS,
    PrinterFault,
    PrinterSpec,
    _printable,
    _qr_image,
    _Roll,
    parse_printer_spec,
    send_to_printer,
)

SUMMARY_CHARS = 240  # of uraian on a thermal receipt; the A4 receipt prints it whole
REPLACEMENT = MISSING  # what a character no font has prints as

KANAL_LABELS = {
    "loket": ("Loket", "Counter"),
    "kiosk": ("Kios", "Kiosk"),
    "surat": ("Surat", "Letter"),
    "telepon": ("Telepon", "Telephone"),
    "lainnya": ("Lainnya", "Other"),
}
IDENTITAS_LABELS = {
    "terbuka": ("Terbuka", "Open"),
    "anonim": ("Anonim: identitas pelapor dirahasiakan", "Anonymous: the complainant's identity is kept secret"),
    "rahasia": ("Rahasia: seluruh pengaduan dirahasiakan", "Confidential: the whole complaint is kept secret"),
}

LABELS = {
    "id": {
        "title": "TANDA TERIMA PENGADUAN",
        "number": "Nomor pengaduan",
        "filed": "Diterima",
        "channel": "Saluran",
        "identity": "Identitas",
        "name": "Pelapor",
        "agency": "Instansi",
        "service": "Layanan",
        "when": "Waktu kejadian",
        "where": "Tempat kejadian",
        "what": "Uraian pengaduan",
        "summary": "Ringkasan",
        "loss": "Kerugian",
        "asked": "Penyelesaian yang diminta",
        "verify_by": "Diverifikasi paling lambat",
        "settle_by": "Diselesaikan paling lambat",
        "working_days": "Batas waktu dihitung dalam hari kerja.",
        "next": "Simpan tanda terima ini. Cek status pengaduan di kios: pindai kode QR ini atau ketik nomor "
        "pengaduan. Jawaban petugas juga tampil di sana.",
        "privacy": "Data pribadi Anda hanya digunakan untuk menangani pengaduan ini, disimpan terenkripsi, dan "
        "dihapus {days} hari setelah pengaduan ditutup.",
        "glyphs": "Karakter yang tidak tersedia pada huruf cetak (misalnya aksara Tionghoa) tercetak sebagai "
        "\ufffd; teks aslinya tersimpan utuh.",
        "at": "pukul",
        "printed": "Dicetak",
    },
    "en": {
        "title": "COMPLAINT RECEIPT",
        "number": "Complaint number",
        "filed": "Received",
        "channel": "Channel",
        "identity": "Identity",
        "name": "Complainant",
        "agency": "Agency",
        "service": "Service",
        "when": "When it happened",
        "where": "Where it happened",
        "what": "The complaint",
        "summary": "Summary",
        "loss": "Loss",
        "asked": "Settlement asked",
        "verify_by": "Verified by",
        "settle_by": "Settled by",
        "working_days": "Deadlines count working days.",
        "next": "Keep this receipt. Check the complaint's status at the kiosk: scan this QR code or type the "
        "complaint number. Replies from staff show there too.",
        "privacy": "Your personal data is used only to handle this complaint, kept encrypted, and erased {days} "
        "days after the complaint is closed.",
        "glyphs": "Characters the printing fonts lack (Chinese script, for instance) print as \ufffd; the text "
        "itself is stored unchanged.",
        "at": "at",
        "printed": "Printed",
    },
}

def _check_options(paper_mm: int, qr: str, language: str) -> None:
    if paper_mm not in PAPER_WIDTHS:
        raise InvalidInput(f"paper width is {' or '.join(map(str, PAPER_WIDTHS))} mm, not {paper_mm!r}")
    if qr not in QR_MODES:
        raise InvalidInput(f"the QR code is printed as {' or '.join(QR_MODES)}, not {qr!r}")
    if language not in LANGUAGES:
        raise InvalidInput(f"receipts are printed in {' or '.join(LANGUAGES)}, not {language!r}")


def _lang(pair: tuple[str, str], language: str) -> str:
    return pair[0 if language == "id" else 1]


def event_time_text(waktu: str, language: str = "id") -> str:
    """waktu_kejadian as paper shows it: "Kamis, 1 Oktober 2026" or "... pukul 10.30"."""
    if len(waktu) == 10:
        return long_date(date.fromisoformat(waktu))
    moment = datetime.fromisoformat(waktu)
    return f"{long_date(moment.date())} {LABELS[language]['at']} {clock_time(moment, moment.tzinfo)}"


def _summary(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SUMMARY_CHARS else flat[: SUMMARY_CHARS - 3].rstrip(" .,;:") + "..."


# --- thermal ---------------------------------------------------------------------------------


def render_thermal(receipt: ReceiptData, *, paper_mm: int = 80, qr: str = "image", language: str = "id") -> bytes:
    """The ESC/POS bytes of a complaint receipt (python-escpos), cut at the end."""
    _check_options(paper_mm, qr, language)
    from escpos.constants import QR_ECLEVEL_M

    labels = LABELS[language]
    columns = COLUMNS[paper_mm]
    roll = _Roll(paper_mm)
    p, lines = roll.p, roll.lines

    def pair(label: str, value: str | None) -> None:
        if value:
            lines(f"{label}: {value}")

    p.hw("INIT")
    p._raw(ESC_T_PC437)
    roll.set(align="center", font="a", bold=True)
    lines(receipt.mpp_name)
    roll.set(bold=False)
    p.textln("-" * columns)
    roll.set(bold=True)
    lines(labels["title"])
    roll.set(bold=False)
    lines(labels["number"])
    nomor = _printable(receipt.nomor)
    size = max(1, min(MAX_CHAR_SIZE, columns // max(1, len(nomor))))
    roll.set(custom_size=True, width=size, height=size, bold=True)
    p.textln(nomor)
    roll.set(custom_size=True, width=1, height=1, bold=False)
    local = receipt.filed_local
    when = f"{long_date(local.date())}  {clock_time(local, local.tzinfo)}"
    if len(when) <= columns:
        p.textln(when)
    else:
        for part in when.split("  "):
            lines(part)
    p.ln()

    roll.set(align="left")
    pair(labels["channel"], _lang(KANAL_LABELS[receipt.kanal], language))
    if receipt.identitas == "terbuka":
        pair(labels["name"], receipt.nama)
    else:
        pair(labels["identity"], _lang(IDENTITAS_LABELS[receipt.identitas], language))
    pair(labels["agency"], receipt.agency_name)
    pair(labels["service"], receipt.service_name)
    if receipt.waktu_kejadian:
        pair(labels["when"], event_time_text(receipt.waktu_kejadian, language))
    pair(labels["where"], receipt.tempat)
    if receipt.uraian:
        pair(labels["summary"], _summary(receipt.uraian))
    p.textln("-" * columns)
    if receipt.stage_due:
        lines(f"{labels['verify_by']}: {long_date(receipt.stage_due)}")
    lines(f"{labels['settle_by']}: {long_date(receipt.settle_due)}")
    lines(labels["working_days"])

    p.ln()
    roll.set(align="center")
    if qr == "native":
        p.qr(receipt.qr_payload, ec=QR_ECLEVEL_M, size=QR_MODULE_DOTS[paper_mm], native=True)
        p.ln()
    else:
        p.image(_qr_image(receipt.qr_payload, QR_MODULE_DOTS[paper_mm]), impl="bitImageRaster", center=True)
    lines(labels["next"])
    p.ln()
    lines(labels["privacy"].format(days=receipt.retention_days))
    p.cut(mode="PART")
    return p.output


def print_thermal(
    receipt: ReceiptData,
    printer: str | PrinterSpec | None,
    *,
    paper_mm: int = 80,
    qr: str = "image",
    language: str = "id",
) -> PrinterSpec:
    """Render and send a receipt; PrinterFault when it could not be printed (the complaint
    stays filed whatever the printer does: show the number and QR code on screen)."""
    data = render_thermal(receipt, paper_mm=paper_mm, qr=qr, language=language)
    if printer is None or (isinstance(printer, str) and not printer.strip()):
        raise PrinterFault("no receipt printer is set up for this station", code="no_printer")
    spec = parse_printer_spec(printer) if isinstance(printer, str) else printer
    send_to_printer(spec, data)
    return spec


# --- A4 ----------------------------------------------------------------------------------------


def render_a4(receipt: ReceiptData, path: str | Path | None = None, *, language: str = "id",
              printed_at: datetime | None = None) -> bytes:  # fmt: skip
    """The A4 receipt as PDF bytes (written to `path` too when given)."""
    if language not in LANGUAGES:
        raise InvalidInput(f"receipts are printed in {' or '.join(LANGUAGES)}, not {language!r}")
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from app.paper_text import unprintable
    from app.pdf import FONT, FONT_BOLD, TypedText

    labels = LABELS[language]
    missing = False

    def typed(text: str, style: ParagraphStyle) -> TypedText:
        """Text from outside this module (typed at intake, or set up by staff) as typed."""
        nonlocal missing
        missing = missing or unprintable(text)
        return TypedText(text, style)

    ink = colors.HexColor("#1f2933")
    accent = colors.HexColor("#1d4e89")
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, textColor=ink)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11.5, textColor=colors.HexColor("#52606d"))
    label = ParagraphStyle("label", parent=body, fontName=FONT_BOLD)
    head = ParagraphStyle(
        "head", parent=body, fontName=FONT_BOLD, fontSize=11, leading=15, spaceBefore=10, spaceAfter=3, textColor=accent
    )
    title = ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=16, leading=20, alignment=TA_CENTER)
    center = ParagraphStyle("center", parent=body, alignment=TA_CENTER)
    big = ParagraphStyle("big", parent=body, fontName=FONT_BOLD, fontSize=24, leading=30, textColor=accent)

    local = receipt.filed_local
    story = [
        typed(receipt.mpp_name, ParagraphStyle("mpp", parent=title, fontSize=13, leading=17)),
    ]
    if receipt.mpp_address:
        story.append(typed(receipt.mpp_address, center))
    story += [Spacer(1, 0.4 * cm), Paragraph(labels["title"], title), Spacer(1, 0.4 * cm)]

    qr_image = _qr_image(receipt.qr_payload, 8)
    buffer = io.BytesIO()
    qr_image.save(buffer, format="PNG")
    buffer.seek(0)
    qr_flow = Image(buffer, width=4.2 * cm, height=4.2 * cm)
    number_block = [
        Paragraph(labels["number"], label),
        typed(receipt.nomor, big),
        Paragraph(f"{labels['filed']}: {long_date(local.date())}, {labels['at']} {clock_time(local, local.tzinfo)}",
                  body),  # fmt: skip
    ]
    top = Table([[number_block, qr_flow]], colWidths=[12 * cm, 4.6 * cm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    story += [top, Spacer(1, 0.3 * cm)]

    rows = [(labels["channel"], _lang(KANAL_LABELS[receipt.kanal], language))]
    if receipt.identitas == "terbuka":
        if receipt.nama:
            rows.append((labels["name"], receipt.nama))
    else:
        rows.append((labels["identity"], _lang(IDENTITAS_LABELS[receipt.identitas], language)))
    for key, value in (("agency", receipt.agency_name), ("service", receipt.service_name)):
        if value:
            rows.append((labels[key], value))
    if receipt.waktu_kejadian:
        rows.append((labels["when"], event_time_text(receipt.waktu_kejadian, language)))
    if receipt.tempat:
        rows.append((labels["where"], receipt.tempat))
    details = Table(
        [[Paragraph(k, label), typed(v, body)] for k, v in rows], colWidths=[4.6 * cm, 12 * cm]
    )
    details.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cbd2d9")),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))  # fmt: skip
    story.append(details)

    for key, value in (("what", receipt.uraian), ("loss", receipt.kerugian), ("asked", receipt.tuntutan)):
        if value:
            story += [Paragraph(labels[key], head), typed(value, body)]

    deadlines = []
    if receipt.stage_due:
        deadlines.append(f"{labels['verify_by']}: <b>{long_date(receipt.stage_due)}</b>")
    deadlines.append(f"{labels['settle_by']}: <b>{long_date(receipt.settle_due)}</b>")
    closing = [Spacer(1, 0.5 * cm)] + [Paragraph(d, body) for d in deadlines]
    closing += [
        Paragraph(labels["working_days"], small),
        Spacer(1, 0.3 * cm),
        Paragraph(labels["next"], body),
        Spacer(1, 0.2 * cm),
        Paragraph(labels["privacy"].format(days=receipt.retention_days), small),
    ]
    story.append(KeepTogether(closing))
    if missing:
        story += [Spacer(1, 0.2 * cm), Paragraph(labels["glyphs"], small)]

    printed = printed_at or datetime.now(local.tzinfo)

    def footer(canv, doc):
        canv.saveState()
        canv.setFont(FONT, 8)
        canv.setFillColor(colors.HexColor("#52606d"))
        when = printed.astimezone(local.tzinfo)
        stamp = f"{labels['printed']}: {long_date(when.date())} {clock_time(when, local.tzinfo)}"
        canv.drawString(2 * cm, 1.2 * cm, stamp)
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"{receipt.nomor} · {doc.page}")
        canv.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=2 * cm,
        title=f"{LABELS['id']['title'].title()} {receipt.nomor}", author=receipt.mpp_name,
    )  # fmt: skip
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    data = out.getvalue()
    if path is not None:
        Path(path).write_bytes(data)
    return data
