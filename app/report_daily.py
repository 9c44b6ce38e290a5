"""The daily summary (Ringkasan Harian) as an A4 PDF (reportlab).

`app.daily.daily_summary` computes the figures; `render_daily_report` prints
them, formatted the Indonesian way (1.234; 12,5; "Senin, 23 November 2026";
"16.00"). Every number printed is a figure of `DailySummary.to_json()`,
rounded there, so a reader of the PDF and a reader of the JSON see the same.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.daily import DailySummary, Figures, TimeStats
from app.fmt import long_date
from app.pdf import (
    FONT,
    FONT_BOLD,
    HIGHLIGHT,
    INK,
    LIGHT,
    MARGIN,
    PORTRAIT,
    WEAK,
    bar_chart,
    build_pdf,
    esc,
    grid_style,
    integer,
    num,
    register_fonts,
    styles,
    zone_name,
)

TITLE = "Ringkasan Harian"
TABLE_FONT = 7.5
HEAD_FONT = 7
PAD = 3  # left and right padding of the figure columns


def _word_width(text: str, size: float) -> float:
    words = str(text).replace("<br/>", " ").split() or [""]
    return max(stringWidth(word, FONT_BOLD, size) for word in words)


def fitted_widths(total: float, heads: list[str], rows: list[list], figures: range, text: dict[int, float]) -> list[float]:
    """Column widths: each figure column as wide as its widest value or header word
    (headers wrap between words, never inside one), the text columns sharing the
    rest in the given proportions (their Paragraphs wrap)."""
    widths = [0.0] * len(heads)
    for i in figures:
        need = _word_width(heads[i], HEAD_FONT)
        for row in rows:
            if isinstance(row[i], str):
                need = max(need, stringWidth(row[i], FONT_BOLD, TABLE_FONT))
        widths[i] = need + 2 * PAD + 1
    fixed = sum(widths) + sum(w for i, w in text.items() if w >= 1)  # a weight >= 1 is a width in points
    weights = {i: w for i, w in text.items() if w < 1}
    rest = total - fixed
    for i, w in text.items():
        widths[i] = w if w >= 1 else rest * w / sum(weights.values())
    return widths


def minutes(value: float | None) -> str:
    """A figure in minutes as printed: one decimal, Indonesian comma; "-" when none."""
    return num(value, 1)


def percent(value: float | None) -> str:
    return "-" if value is None else f"{num(value, 1)}%"


class SummaryBuilder:
    """The daily summary's sections; app.report_period builds the period summary with them."""

    def __init__(self, summary: DailySummary):
        self.d = summary
        self.s = styles()
        self.s["title"].fontSize, self.s["title"].leading = 20, 25
        self.s["subtitle"].fontSize, self.s["subtitle"].leading = 13, 17
        self.s["tcell"] = self.s["cell"].clone("tcell", fontSize=TABLE_FONT, leading=TABLE_FONT + 2)
        self.s["tcellb"] = self.s["cellb"].clone("tcellb", fontSize=TABLE_FONT, leading=TABLE_FONT + 2)
        self.s["lead"] = self.s["note"].clone("lead", keepWithNext=1, spaceAfter=4)
        self.s["thead"] = self.s["head"].clone("thead", fontSize=HEAD_FONT, leading=HEAD_FONT + 1.5)
        self.story: list = []
        self.width = PORTRAIT[0] - 2 * MARGIN
        self.zone = zone_name(summary.generated_at)
        self.sections = 0

    # what the figures cover, as the sentences say it (a period report says "pada periode ini")
    WHEN = "pada hari ini"
    END_OF = "akhir hari"
    SURVEY_NOTE = "IKM satu hari hanya bersifat indikatif; laporan SKM periode memuat rinciannya."

    @property
    def running(self) -> bool:
        """The figures are of a day still running (as of generated_at)."""
        return self.d.is_today

    # small helpers
    def p(self, text: str, style: str = "body") -> None:
        self.story.append(Paragraph(text, self.s[style]))

    def heading(self, text: str) -> Paragraph:
        """A numbered section heading: the sections of a report number themselves."""
        self.sections += 1
        return Paragraph(f"{self.sections}. {text}", self.s["h2"])

    def h2(self, text: str) -> None:
        self.story.append(self.heading(text))

    def lead(self, text: str) -> None:
        """A note that explains the table after it, kept on the table's page."""
        self.story.append(Paragraph(text, self.s["lead"]))

    def gap(self, height: float = 6) -> None:
        self.story.append(Spacer(1, height))

    def head(self, text: str) -> Paragraph:
        return Paragraph(text, self.s["thead"])

    def cell(self, text: str, bold: bool = False) -> Paragraph:
        return Paragraph(esc(text), self.s["tcellb" if bold else "tcell"])

    # ------------------------------------------------------------------------------------
    def title(self) -> None:
        d = self.d
        self.p(TITLE, "title")
        self.gap(2)
        self.p(esc(d.mpp_name), "subtitle")
        if d.address:
            self.p(esc(d.address), "center")
        self.gap(2)
        self.p(f"<b>{long_date(d.day)}</b>", "center")
        if d.is_today:
            when = f"pukul {d.generated_at:%H.%M} {self.zone}".rstrip()
            self.p(f"Hari layanan masih berjalan: keadaan sampai {when}" if d.totals.open else f"Keadaan {when}",
                   "center")
        if d.closed_reason:
            self.gap(4)
            self.p(
                f"<b>Catatan:</b> MPP tercatat tutup pada hari ini ({esc(d.closed_reason)}), tetapi ada tiket yang "
                "tercatat; angka di bawah adalah angka tiket tersebut.",
                "note",
            )
        self.gap(8)

    # ------------------------------------------------------------------------------------
    def headline(self) -> None:
        t = self.d.totals
        self.h2("Ringkasan Antrean")
        pairs = [
            ("Tiket terbit", integer(t.issued)),
            ("Dilayani", integer(t.served)),
            ("Tidak hadir", integer(t.absent)),
            ("Dialihkan", integer(t.transferred)),
            ("Batal", integer(t.cancelled)),
            ("Kedaluwarsa", integer(t.expired)),
            ("Kembali setelah tidak hadir", integer(t.returned)),
            ("Masih dalam antrean/dilayani", integer(t.open)),
        ]
        rows = [[a, b, c, e] for (a, b), (c, e) in zip(pairs[0::2], pairs[1::2])]
        col = self.width / 2
        table = Table(rows, colWidths=[col - 2.6 * cm, 2.6 * cm, col - 2.6 * cm, 2.6 * cm], hAlign="LEFT")
        style = grid_style(header_rows=0, stripes=False, font_size=9)
        style = [x for x in style if x[0] not in ("BACKGROUND", "TEXTCOLOR", "FONTNAME", "ALIGN")]
        style += [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("BACKGROUND", (0, 0), (0, -1), LIGHT),
            ("BACKGROUND", (2, 0), (2, -1), LIGHT),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("ALIGN", (3, 0), (3, -1), "RIGHT"),
            ("FONTNAME", (1, 0), (1, -1), FONT_BOLD),
            ("FONTNAME", (3, 0), (3, -1), FONT_BOLD),
        ]
        table.setStyle(TableStyle(style))
        self.story.append(table)
        self.gap(6)

        times = [
            [self.head(""), self.head("Rerata"), self.head("Median"), self.head("Persentil ke-90"),
             self.head("Maksimum"), self.head("Jumlah tiket")],
            ["Waktu tunggu (menit)", *self._stats(t.wait_minutes), integer(t.wait_minutes.count)],
            ["Waktu layanan (menit)", *self._stats(t.service_minutes), integer(t.service_minutes.count)],
        ]
        table = Table(times, colWidths=[4.6 * cm] + [(self.width - 4.6 * cm) / 5] * 5, hAlign="LEFT")
        style = grid_style(font_size=9)
        style += [("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("BACKGROUND", (0, 1), (0, -1), LIGHT)]
        table.setStyle(TableStyle(style))
        self.story.append(table)
        self.gap(4)
        if t.waited:
            self.p(
                f"Menunggu lebih lama dari target layanan: <b>{integer(t.over_target)}</b> dari "
                f"{integer(t.waited)} tiket yang dipanggil (<b>{percent(t.over_target_pct)}</b>). Target bawaan "
                f"{integer(self.d.default_wait_target_minutes)} menit bila layanan tidak menetapkan targetnya "
                "sendiri.",
                "small",
            )
        else:
            self.p("Belum ada tiket yang dipanggil, sehingga waktu tunggu belum dapat diukur.", "small")

    def _stats(self, stats: TimeStats) -> list[str]:
        return [minutes(stats.mean), minutes(stats.median), minutes(stats.p90), minutes(stats.max)]

    # ------------------------------------------------------------------------------------
    def arrivals(self) -> None:
        hours = self.d.arrivals_per_hour
        heading = self.heading("Kedatangan per Jam")
        if not hours:
            self.story.append(heading)
            self.p(f"Tidak ada kedatangan {self.WHEN}.")
            return
        values = [h.arrivals for h in hours]
        top = max(values)
        peak = values.index(top)
        drawing = bar_chart(
            self.width, 165, [f"{x.hour:02d}.00" for x in hours], [values],
            caption=f"Jam kedatangan (waktu setempat, {self.zone})".replace(", )", ")"), highlight=peak,
        )
        note = Paragraph(
            f"Jumlah tiket menurut jam kedatangan (jam tersibuk berwarna jingga: pukul {hours[peak].hour:02d}.00–"
            f"{hours[peak].hour:02d}.59). Tiket yang dialihkan dihitung sekali, pada jam kedatangan pertamanya.",
            self.s["note"],
        ) if top else Paragraph("Belum ada kedatangan.", self.s["note"])
        self.story.append(KeepTogether([heading, drawing, note]))

    # ------------------------------------------------------------------------------------
    def complaints_and_survey(self) -> None:
        c = self.d.complaints
        heading = self.heading("Pengaduan")
        if not c.available:
            self.story.append(KeepTogether([
                heading, Paragraph("Data pengaduan belum tersedia pada stasiun ini.", self.s["body"])
            ]))
        else:
            rows = [[self.head("Diterima"), self.head("Diselesaikan"), self.head("Masih terbuka"),
                     self.head("Lewat batas waktu")],
                    [integer(c.received), integer(c.settled), integer(c.open), integer(c.overdue)]]
            table = Table(rows, colWidths=[3.5 * cm] * 4, hAlign="LEFT")
            style = grid_style(stripes=False, font_size=9) + [("ALIGN", (0, 1), (-1, -1), "CENTER")]
            if c.overdue:
                style += [("TEXTCOLOR", (3, 1), (3, 1), WEAK), ("FONTNAME", (3, 1), (3, 1), FONT_BOLD)]
            table.setStyle(TableStyle(style))
            note = Paragraph(
                f"Diterima: pengaduan yang dicatat {self.WHEN}. Diselesaikan: yang mencapai tahap selesai {self.WHEN}. "
                f"Masih terbuka: yang belum ditutup pada {self.END_OF}" + (" (saat ini)" if self.running else "")
                + ". Lewat batas waktu: yang masih terbuka padahal batas waktu penyelesaiannya sudah lewat.",
                self.s["note"],
            )
            self.story.append(KeepTogether([heading, table, Spacer(1, 3), note]))

        v = self.d.survey
        heading = self.heading("Survei Kepuasan Masyarakat")
        if not v.respondents:
            self.story.append(KeepTogether([
                heading, Paragraph(f"Belum ada responden survei {self.WHEN}; IKM tidak dapat dihitung.", self.s["body"])
            ]))
            return
        big = self.s["boxbig"].clone("daybig", fontSize=16, leading=20)
        box = Table(
            [
                [Paragraph(integer(v.respondents), big), Paragraph(num(v.ikm, 2), big),
                 Paragraph(esc(f"{v.mutu} ({v.kinerja})" if v.mutu else "-"), big)],
                [Paragraph("Responden", self.s["boxlabel"]), Paragraph("IKM unit pelayanan", self.s["boxlabel"]),
                 Paragraph("Mutu pelayanan (kinerja)", self.s["boxlabel"])],
            ],
            colWidths=[3.5 * cm, 4.5 * cm, 6 * cm],
            hAlign="LEFT",
        )
        box.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), HIGHLIGHT),
            ("BOX", (0, 0), (-1, -1), 1, WEAK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        ]))
        note = Paragraph(
            f"IKM menurut PermenPAN-RB Nomor 14 Tahun 2017 (skala 25–100) dari {integer(v.respondents)} responden "
            f"yang mengisi survei {self.WHEN}; {integer(v.population)} tiket dilayani. {self.SURVEY_NOTE}",
            self.s["note"],
        )
        self.story.append(KeepTogether([heading, box, Spacer(1, 3), note]))

    # ------------------------------------------------------------------------------------
    def _scope_rows(self, row_of) -> tuple[list, list]:
        """Table rows of each agency (bold, shaded) followed by its services, then the MPP;
        returns (rows, extra style)."""
        d = self.d
        services = {s.code: s for s in d.per_service}
        rows, style = [], []
        for agency in d.per_agency:
            r = len(rows)
            rows.append([self.cell(agency.name, bold=True), "", *row_of(agency.figures, None)])
            style += [("SPAN", (0, r), (1, r)), ("BACKGROUND", (0, r), (-1, r), LIGHT),
                      ("FONTNAME", (2, r), (-1, r), FONT_BOLD)]
            for code in agency.services:
                s = services[code]
                rows.append([s.prefix, self.cell(s.name), *row_of(s.figures, s)])
        r = len(rows)
        rows.append([self.cell(f"Jumlah {d.mpp_name}" if d.per_agency else "Jumlah", bold=True), "",
                     *row_of(d.totals, None)])
        style += [("SPAN", (0, r), (1, r)), ("BACKGROUND", (0, r), (-1, r), HIGHLIGHT),
                  ("FONTNAME", (2, r), (-1, r), FONT_BOLD)]
        return rows, style

    def counts_table(self) -> None:
        self.h2("Tiket per Instansi dan Layanan")
        if not self.d.per_service:
            self.p(f"Tidak ada tiket {self.WHEN}.")
            return
        show_open = self.d.totals.open > 0
        heads = ["Kode", "Instansi / layanan", "Tiket terbit", "Pindah masuk", "Dilayani", "Tidak hadir",
                 "Dialihkan", "Batal", "Kedalu-<br/>warsa"] + (["Masih antre"] if show_open else [])

        def row_of(f: Figures, _service):
            values = [f.issued, f.transferred_in, f.served, f.absent, f.transferred, f.cancelled, f.expired]
            return [integer(v) for v in values + ([f.open] if show_open else [])]

        self.lead(
            "Tiket terbit dihitung pada layanan nomor antreannya; dilayani, tidak hadir, batal dan kedaluwarsa pada "
            "layanan tempat tiket berakhir; dialihkan pada layanan yang ditinggalkan dan pindah masuk pada layanan "
            "tujuan. Untuk tiap layanan: terbit + pindah masuk – dialihkan = dilayani + tidak hadir + batal + "
            "kedaluwarsa" + (" + masih antre." if show_open else ".")
        )
        rows, extra = self._scope_rows(row_of)
        widths = fitted_widths(self.width, heads, rows, range(2, len(heads)), {0: 1.0 * cm, 1: 0.99})
        table = Table([[self.head(h) for h in heads], *rows], colWidths=widths, repeatRows=1)
        style = grid_style(font_size=TABLE_FONT) + [("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                                                     ("ALIGN", (0, 1), (0, -1), "CENTER"),
                                                     ("LEFTPADDING", (2, 0), (-1, -1), PAD),
                                                     ("RIGHTPADDING", (2, 0), (-1, -1), PAD)]
        style += [(cmd, (a[0], a[1] + 1), (b[0], b[1] + 1), *rest) for cmd, a, b, *rest in extra]
        table.setStyle(TableStyle(style))
        self.story.append(table)

    def times_table(self) -> None:
        self.h2("Waktu Tunggu dan Waktu Layanan per Layanan")
        if not self.d.per_service:
            self.p(f"Tidak ada tiket {self.WHEN}.")
            return
        h = self.head
        header = [
            [h("Kode"), h("Instansi / layanan"), h("Waktu tunggu (menit)"), "", "", "", h("Target (menit)"),
             h("Lewat target"), h("Waktu layanan (menit)"), "", "", ""],
            ["", "", h("Rerata"), h("Median"), h("P90"), h("Maks."), "", "", h("Rerata"), h("Median"), h("P90"),
             h("Maks.")],
        ]

        def row_of(f: Figures, service):
            target = integer(service.wait_target_minutes) if service is not None else ""
            return [*self._stats(f.wait_minutes), target, percent(f.over_target_pct), *self._stats(f.service_minutes)]

        self.lead(
            "Waktu tunggu: dari kedatangan (pengambilan tiket) sampai panggilan pertama, dihitung pada layanan yang "
            "memanggil; tiket yang dialihkan tetap memakai waktu kedatangannya. Waktu layanan: dari mulai dilayani "
            "sampai selesai. Median dan P90 (persentil ke-90) dengan interpolasi linear antar-peringkat. Lewat "
            "target: persentase tiket yang dipanggil dengan waktu tunggu lebih lama dari target layanannya."
        )
        rows, extra = self._scope_rows(row_of)
        words = ["", "", "Rerata", "Median", "P90", "Maks.", "Target (menit)", "Lewat target", "Rerata", "Median",
                 "P90", "Maks."]
        widths = fitted_widths(self.width, words, rows, range(2, 12), {0: 1.0 * cm, 1: 0.99})
        table = Table([*header, *rows], colWidths=widths, repeatRows=2)
        style = grid_style(header_rows=2, font_size=TABLE_FONT) + [
            ("ALIGN", (2, 2), (-1, -1), "RIGHT"),
            ("ALIGN", (0, 2), (0, -1), "CENTER"),
            ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (5, 0)),
            ("SPAN", (6, 0), (6, 1)), ("SPAN", (7, 0), (7, 1)), ("SPAN", (8, 0), (11, 0)),
            ("LEFTPADDING", (2, 0), (-1, -1), PAD), ("RIGHTPADDING", (2, 0), (-1, -1), PAD),
        ]
        style += [(cmd, (a[0], a[1] + 2), (b[0], b[1] + 2), *rest) for cmd, a, b, *rest in extra]
        table.setStyle(TableStyle(style))
        self.story.append(table)

    # ------------------------------------------------------------------------------------
    def counters_table(self) -> None:
        self.h2("Per Loket")
        if not self.d.per_counter:
            self.p(f"Tidak ada kegiatan loket {self.WHEN}.")
            return
        heads = ["Loket", "Nama loket", "Petugas", "Dipanggil", "Dilayani", "Tidak hadir", "Dialihkan",
                 "Rerata layanan", "Median", "P90", "Maks."]
        rows = []
        for c in self.d.per_counter:
            rows.append([
                integer(c.number), self.cell(c.name), self.cell(", ".join(c.staff) or "-"),
                integer(c.called), integer(c.served), integer(c.absent), integer(c.transferred),
                *self._stats(c.service_minutes),
            ])
        self.lead("Dipanggil: panggilan pertama di loket itu (panggilan ulang tidak dihitung). Tidak hadir: tiket yang "
                  "ditandai tidak hadir di loket itu. Waktu layanan (menit) tiket yang diselesaikan di loket itu.")
        widths = fitted_widths(self.width, heads, rows, range(3, len(heads)), {0: 1.0 * cm, 1: 0.6, 2: 0.4})
        table = Table([[self.head(x) for x in heads], *rows], colWidths=widths, repeatRows=1)
        style = grid_style(font_size=TABLE_FONT) + [("ALIGN", (3, 1), (-1, -1), "RIGHT"),
                                                     ("ALIGN", (0, 1), (0, -1), "CENTER"),
                                                     ("LEFTPADDING", (3, 0), (-1, -1), PAD),
                                                     ("RIGHTPADDING", (3, 0), (-1, -1), PAD)]
        table.setStyle(TableStyle(style))
        self.story.append(table)

    def staff_table(self) -> None:
        self.h2("Per Petugas")
        if not self.d.per_staff:
            self.p(f"Tidak ada kegiatan petugas {self.WHEN}.")
            return
        heads = ["Petugas", "Loket", "Dipanggil", "Dilayani", "Tidak hadir", "Dialihkan", "Rerata layanan",
                 "Median", "P90", "Maks."]
        rows = []
        for p in self.d.per_staff:
            rows.append([
                self.cell(p.name if p.username is None else f"{p.name} ({p.username})"),
                self.cell(", ".join(integer(n) for n in p.counters) or "-"),
                integer(p.called), integer(p.served), integer(p.absent), integer(p.transferred),
                *self._stats(p.service_minutes),
            ])
        unrecorded = any(p.username is None for p in self.d.per_staff)
        self.lead("Tindakan yang dicatat atas nama petugas yang masuk (sign in) di loket; waktu layanan (menit) tiket "
                  "yang ia selesaikan."
                  + (" (tidak tercatat): tindakan di loket tanpa petugas yang masuk." if unrecorded else ""))
        widths = fitted_widths(self.width, heads, rows, range(2, len(heads)), {0: 0.7, 1: 0.3})
        table = Table([[self.head(x) for x in heads], *rows], colWidths=widths, repeatRows=1)
        style = grid_style(font_size=TABLE_FONT) + [("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                                                     ("LEFTPADDING", (2, 0), (-1, -1), PAD),
                                                     ("RIGHTPADDING", (2, 0), (-1, -1), PAD)]
        table.setStyle(TableStyle(style))
        self.story.append(table)

    def survey_services(self) -> None:
        v = self.d.survey
        if not v.per_service:
            return
        self.h2("IKM per Layanan")
        rows = [[self.head(x) for x in ("Kode", "Layanan", "Responden", "IKM", "Mutu")]]
        prefixes = {s.code: s.prefix for s in self.d.per_service}
        for s in v.per_service:
            rows.append([prefixes.get(s.code, s.code), self.cell(s.name), integer(s.respondents), num(s.ikm, 2),
                         s.mutu or "-"])
        table = Table(rows, colWidths=[1.6 * cm, self.width - 7.6 * cm, 2.2 * cm, 2.2 * cm, 1.6 * cm], repeatRows=1)
        style = grid_style(font_size=TABLE_FONT) + [("ALIGN", (2, 1), (3, -1), "RIGHT"),
                                                     ("ALIGN", (0, 1), (0, -1), "CENTER"),
                                                     ("ALIGN", (4, 1), (4, -1), "CENTER")]
        table.setStyle(TableStyle(style))
        self.story.append(table)


def render_daily_report(summary: DailySummary, path) -> Path:
    """Write the daily summary of `summary` as an A4 PDF at `path` and return the path."""
    register_fonts()
    b = SummaryBuilder(summary)
    b.title()
    b.headline()
    b.arrivals()
    b.complaints_and_survey()
    b.counts_table()
    b.times_table()
    b.counters_table()
    b.staff_table()
    b.survey_services()

    day = long_date(summary.day)
    return build_pdf(
        path, b.story, mpp_name=summary.mpp_name, title=f"{TITLE} {summary.mpp_name} {day}",
        subject=f"{TITLE} {summary.day.isoformat()}", running_title=f"{TITLE} · {day}",
        generated_at=summary.generated_at,
    )
