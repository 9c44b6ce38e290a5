"""The period summary (Ringkasan Periode) as an A4 PDF: the daily summary's sections
(app.report_daily.SummaryBuilder) over a week, a month or any range, with a trend
per day: tickets, the mean wait and the IKM, as charts and as a table.

Every number printed is a figure of `PeriodSummary.to_json()`, formatted the
Indonesian way (app.pdf), so a reader of the PDF and a reader of the JSON see the same.
"""

from __future__ import annotations

from pathlib import Path

from babel.dates import format_date
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.fmt import LOCALE, long_date
from app.pdf import (
    FONT_BOLD,
    HIGHLIGHT,
    MUTED,
    bar_chart,
    build_pdf,
    esc,
    grid_style,
    integer,
    line_chart,
    num,
    register_fonts,
)
from app.period import PeriodSummary, span_text
from app.report_daily import TABLE_FONT, SummaryBuilder, minutes

TITLE = "Ringkasan Periode"
CHART_HEIGHT = 150


class PeriodBuilder(SummaryBuilder):
    WHEN = "pada periode ini"
    END_OF = "akhir periode"
    SURVEY_NOTE = ("IKM periode dihitung dari seluruh jawaban periode ini menurut PermenPAN-RB 14/2017, bukan "
                   "rerata IKM harian; laporan SKM memuat rincian per unsur.")

    d: PeriodSummary

    @property
    def running(self) -> bool:
        return self.d.is_running

    def title(self) -> None:
        d = self.d
        self.p(TITLE, "title")
        self.gap(2)
        self.p(esc(d.mpp_name), "subtitle")
        if d.address:
            self.p(esc(d.address), "center")
        self.gap(2)
        self.p(f"<b>{esc(d.label)}</b>", "center")
        span = span_text(d.start, d.end)
        if span not in d.label:
            self.p(span, "center")
        self.p(f"{integer(d.working_days)} hari kerja", "center")
        if d.is_running:
            when = f"pukul {d.generated_at:%H.%M} {self.zone}".rstrip()
            self.p(f"Periode masih berjalan: keadaan sampai {long_date(d.through)} {when}", "center")
        self.gap(8)

    # ------------------------------------------------------------------------------------
    def trends(self) -> None:
        days = self.d.days
        heading = self.heading("Tren Harian")
        if not days:
            self.story.append(heading)
            self.p(f"Tidak ada hari kerja {self.WHEN}.")
            return
        labels = [format_date(x.day, "dd/MM", locale=LOCALE) for x in days]
        title = self._chart_title("Tiket per hari")
        if any(x.issued for x in days):
            tickets = bar_chart(
                self.width, CHART_HEIGHT + 14, labels, [[x.issued for x in days], [x.served for x in days]],
                caption="Tanggal", names=["Tiket terbit", "Dilayani"],
            )
            self.story.append(KeepTogether([heading, title, tickets]))
        else:
            self.story.append(KeepTogether([heading, title, self._nothing(f"Tidak ada tiket {self.WHEN}.")]))

        waits = [x.wait_minutes.mean for x in days]
        title = self._chart_title("Rerata waktu tunggu per hari (menit)")
        if any(v is not None for v in waits):
            wait_chart = line_chart(self.width, CHART_HEIGHT, labels, waits, caption="Tanggal",
                                    value_text=lambda v: num(v, 1))
            self.story.append(KeepTogether([title, wait_chart]))
        else:
            self.story.append(KeepTogether([title, self._nothing(
                f"Belum ada tiket yang dipanggil {self.WHEN}; waktu tunggu belum dapat diukur.")]))

        ikms = [None if x.ikm is None else float(x.ikm) for x in days]
        present = [v for v in ikms if v is not None]
        title = self._chart_title("IKM per hari (skala 25–100)")
        if present:
            low = max(25, (int(min(present)) // 10) * 10 - 10)
            ikm_chart = line_chart(self.width, CHART_HEIGHT, labels, ikms, caption="Tanggal", low=low, high=100,
                                   step=10 if 100 - low > 30 else 5, value_text=lambda v: num(v, 2))
            note = Paragraph(
                "Titik hanya pada hari yang memiliki responden; garis tidak menyambung hari tanpa responden. IKM "
                "harian hanya bersifat indikatif.", self.s["note"])
            self.story.append(KeepTogether([title, ikm_chart, note]))
        else:
            self.story.append(KeepTogether([title, self._nothing(
                f"Belum ada responden survei {self.WHEN}; IKM per hari tidak dapat digambarkan.")]))
        self.gap(6)
        self._days_table()

    def _chart_title(self, text: str) -> Paragraph:
        return Paragraph(f"<b>{text}</b>", self.s["small"])

    def _nothing(self, text: str) -> Paragraph:
        """In place of a chart with nothing to draw."""
        return Paragraph(text, self.s["lead"])

    def _days_table(self) -> None:
        d = self.d
        heads = ["Tanggal", "Tiket terbit", "Dilayani", "Rerata tunggu (menit)", "Responden survei", "IKM"]
        rows = []
        closed = []
        for x in d.days:
            name = format_date(x.day, "EEEE, dd/MM/yyyy", locale=LOCALE)
            if not x.working:
                name += " *"
                closed.append(len(rows) + 1)
            rows.append([name, integer(x.issued), integer(x.served), minutes(x.wait_minutes.mean),
                         integer(x.respondents), num(x.ikm, 2)])
        rows.append([f"Periode ({integer(len(d.days))} hari)", integer(d.totals.issued), integer(d.totals.served),
                     minutes(d.totals.wait_minutes.mean), integer(d.survey.respondents), num(d.survey.ikm, 2)])
        first = 5.2 * cm
        table = Table([[self.head(h) for h in heads], *rows],
                      colWidths=[first] + [(self.width - first) / 5] * 5, repeatRows=1)
        style = grid_style(font_size=TABLE_FONT) + [
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("BACKGROUND", (0, -1), (-1, -1), HIGHLIGHT),
            ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
        ]
        style += [("TEXTCOLOR", (0, r), (-1, r), MUTED) for r in closed]
        table.setStyle(TableStyle(style))
        note = ("Baris terakhir: angka seluruh periode (rerata waktu tunggu atas semua tiket periode ini; IKM dari "
                "seluruh jawaban periode ini).")
        if closed:
            note += " * Hari MPP tutup yang memiliki tiket atau jawaban survei."
        self.lead("Angka per hari kerja.")
        self.story.append(table)
        self.story.append(Spacer(1, 3))
        self.p(note, "note")


def render_period_report(summary: PeriodSummary, path) -> Path:
    """Write the period summary `summary` as an A4 PDF at `path` and return the path."""
    register_fonts()
    b = PeriodBuilder(summary)
    b.title()
    b.headline()
    b.trends()
    b.arrivals()
    b.complaints_and_survey()
    b.counts_table()
    b.times_table()
    b.counters_table()
    b.staff_table()
    b.survey_services()
    return build_pdf(
        path, b.story, mpp_name=summary.mpp_name, title=f"{TITLE} {summary.mpp_name} {summary.label}",
        subject=f"{TITLE} {summary.start.isoformat()}..{summary.end.isoformat()}",
        running_title=f"{TITLE} · {span_text(summary.start, summary.end)}", generated_at=summary.generated_at,
    )
