"""The laporan Survei Kepuasan Masyarakat (SKM) as an A4 PDF (reportlab).

`app.survey` fills `IkmReportData` from the database; `render_ikm_report`
writes the report with the chapters of PermenPAN-RB 14/2017's practice.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.fmt import long_date
from app.ikm import (
    CATEGORIES,
    ELEMENT_KEYS,
    ELEMENTS,
    ELEMENTS_BY_KEY,
    IkmResult,
    krejcie_morgan,
    spreadsheet_konversi,
)

# fonts, formats, styles and page furniture are shared with the daily summary (app.pdf);
# kept under their old private names here
from app.pdf import (
    ACCENT,
    BOTTOM,
    FONT,
    FONT_BOLD,
    GRID,
    HIGHLIGHT,
    INK,
    LANDSCAPE,
    LIGHT,
    MARGIN,
    PORTRAIT,
    STRIPE,
    TOP,
    WEAK,
    page_furniture,
)
from app.pdf import NumberedCanvas as _NumberedCanvas
from app.pdf import cell_text as _cell_text
from app.pdf import esc as _esc
from app.pdf import grid_style as _grid_style
from app.pdf import integer as _int
from app.pdf import num as _num
from app.pdf import pct as _pct
from app.pdf import register_fonts as _register_fonts
from app.pdf import short_date as _short_date
from app.pdf import signed as _signed
from app.pdf import styles as _styles


@dataclass(frozen=True)
class ServiceIkm:
    code: str
    name: str
    agency_name: str
    result: IkmResult
    population: int


@dataclass(frozen=True)
class Respondent:
    number: int
    tanggal: date
    layanan: str
    jenis_kelamin: str | None
    usia: int | None
    pendidikan: str | None
    pekerjaan: str | None
    answers: dict[str, int | None]


@dataclass(frozen=True)
class IkmReportData:
    mpp_name: str
    address: str
    period_label: str
    start: date
    end: date
    result: IkmResult
    population: int
    sample_min: int
    sample_ok: bool
    previous_label: str
    previous: IkmResult | None
    # "jenis_kelamin" -> {"L": n, "P": n, "Tidak diisi": n}; "usia" -> bands "< 20",
    # "20-29", "30-39", "40-49", "50-59", ">= 60", "Tidak diisi"; "pendidikan"; "pekerjaan"
    profile: dict[str, dict[str, int]]
    services: list[ServiceIkm]
    suggestions: list[tuple[date, str, str]]  # (tanggal, service name, saran), oldest first
    respondents: list[Respondent]
    generated_at: datetime


# --- page furniture ------------------------------------------------------------------------


def _page_furniture(data: IkmReportData, *, header: bool):
    return page_furniture(data.mpp_name, f"Laporan SKM · {data.period_label}", data.generated_at, header=header)


# --- content helpers ----------------------------------------------------------------------

# Plain, generic follow-up plans per element, for the rencana tindak lanjut table.
FOLLOW_UP: dict[str, str] = {
    "persyaratan": "Meninjau dan menyederhanakan persyaratan tiap layanan, memublikasikannya di kios, papan "
    "informasi dan laman, serta memastikan petugas tidak meminta syarat di luar standar pelayanan.",
    "prosedur": "Menyederhanakan alur layanan, memasang bagan alur di setiap loket, dan menempatkan petugas "
    "informasi di area antrean.",
    "waktu": "Memantau waktu tunggu dan waktu layanan dari data antrean, menambah loket atau petugas pada jam "
    "sibuk, dan menepati jangka waktu penyelesaian yang diumumkan.",
    "biaya": "Mengumumkan biaya/tarif resmi (atau keterangan gratis) di setiap loket dan kios, serta membuka "
    "kanal pelaporan pungutan tidak resmi.",
    "produk": "Mencocokkan produk layanan dengan standar pelayanan, memeriksa hasil sebelum diserahkan, dan "
    "menjelaskan produk yang akan diterima pemohon.",
    "kompetensi": "Mengadakan pelatihan teknis dan bimbingan bagi petugas loket serta menyediakan panduan kerja "
    "(SOP) yang mudah dirujuk.",
    "perilaku": "Mengadakan pelatihan pelayanan prima (kesopanan dan keramahan), menerapkan budaya senyum, salam, "
    "sapa, sopan, santun, dan mengevaluasi perilaku petugas secara berkala.",
    "pengaduan": "Mempublikasikan kanal pengaduan, menindaklanjuti setiap pengaduan dalam batas waktu, dan "
    "menyampaikan hasil tindak lanjut kepada pelapor.",
    "sarana": "Memperbaiki dan merawat ruang tunggu, tempat duduk, toilet, fasilitas bagi penyandang disabilitas "
    "serta perangkat antrean, dan menambah sarana yang kurang.",
}

PROFILE_TITLES = {
    "jenis_kelamin": "Jenis kelamin",
    "usia": "Usia",
    "pendidikan": "Pendidikan terakhir",
    "pekerjaan": "Pekerjaan",
}
PROFILE_LABELS = {
    "jenis_kelamin": {"L": "Laki-laki (L)", "P": "Perempuan (P)"},
    "usia": {
        "< 20": "Di bawah 20 tahun",
        "20-29": "20–29 tahun",
        "30-39": "30–39 tahun",
        "40-49": "40–49 tahun",
        "50-59": "50–59 tahun",
        ">= 60": "60 tahun ke atas",
    },
}


def _unsur_label(index: int) -> str:
    return f"U{index + 1}"


def _present(result: IkmResult) -> list[str]:
    return [k for k in ELEMENT_KEYS if result.nrr_exact(k) is not None]


def _weakest(result: IkmResult, count: int = 3) -> list[str]:
    present = _present(result)
    order = {k: i for i, k in enumerate(ELEMENT_KEYS)}
    return sorted(present, key=lambda k: (result.nrr_exact(k), order[k]))[:count]


def _strongest(result: IkmResult) -> str | None:
    present = _present(result)
    order = {k: i for i, k in enumerate(ELEMENT_KEYS)}
    return min(present, key=lambda k: (-result.nrr_exact(k), order[k])) if present else None


def _unsur_list(keys: list[str]) -> str:
    names = [f"{ELEMENTS_BY_KEY[k].unsur} ({_unsur_label(ELEMENT_KEYS.index(k))})" for k in keys]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " dan " + names[-1]


def _period_text(data: IkmReportData) -> str:
    if data.start == data.end:
        return long_date(data.start)
    return f"{long_date(data.start)} sampai dengan {long_date(data.end)}"


def _trend(data: IkmReportData) -> tuple[str, Decimal | None]:
    """A sentence on the change since the previous period and the change in points."""
    previous = data.previous.ikm_konversi if data.previous is not None else None
    if previous is None:
        return "Tidak ada data periode sebelumnya untuk dibandingkan.", None
    label = _esc(data.previous_label or "periode sebelumnya")
    current = data.result.ikm_konversi
    if current is None:
        return (
            f"IKM periode sebelumnya ({label}) adalah {_num(previous)}; periode ini belum memiliki IKM untuk "
            "dibandingkan.",
            None,
        )
    change = current - previous
    if change > 0:
        how = f"naik {_num(change)} poin"
    elif change < 0:
        how = f"turun {_num(-change)} poin"
    else:
        how = "tidak berubah"
    mutu = f" (mutu {data.previous.mutu}, {data.previous.kinerja})" if data.previous.mutu else ""
    return (
        f"IKM periode sebelumnya ({label}) adalah <b>{_num(previous)}</b>{mutu}; pada periode ini IKM "
        f"<b>{how}</b> menjadi <b>{_num(current)}</b>.",
        change,
    )


@lru_cache(maxsize=4096)
def _cell_text_cached(text: str, width: float, size: float, max_lines: int) -> str:
    return _cell_text(text, width, size, max_lines)


class _Tabulation(Flowable):
    """The per-respondent tabulation: a plain grid of short strings, split page by page
    with the header row repeated. A reportlab Table re-measures all remaining rows at
    every page break and draws each cell with its own text object, which makes 5,000
    rows take many seconds; this draws a page of rows with one text object and splits
    by slicing precomputed row heights."""

    PAD_X = 3
    PAD_TOP = 1.5
    PAD_BOTTOM = 2

    def __init__(self, header, rows, footer, widths, aligns, size, *, _part=None):
        super().__init__()
        self.header, self.rows, self.footer = header, rows, footer
        self.widths, self.aligns, self.size = list(widths), aligns, size
        self.leading = size + 1.6
        if _part is None:
            body = [self._row_height(row) for row in rows] + [self._row_height(row) for row in footer]
            _part = (body, 0, len(body))
        self.heights, self.first, self.last = _part
        self.header_height = self._row_height(header)

    def _row_height(self, row) -> float:
        lines = max(cell.count("\n") + 1 for cell in row)
        return lines * self.leading + self.PAD_TOP + self.PAD_BOTTOM

    def _height(self) -> float:
        return self.header_height + sum(self.heights[self.first : self.last])

    def wrap(self, avail_width, avail_height):
        self.width = sum(self.widths)
        self.height = self._height()
        return self.width, self.height

    def split(self, avail_width, avail_height):
        room = avail_height - self.header_height
        fit, used = 0, 0.0
        for h in self.heights[self.first : self.last]:
            if used + h > room:
                break
            used += h
            fit += 1
        if fit == 0 or self.first + fit >= self.last:
            return [] if fit == 0 else [self]
        cut = self.first + fit
        make = lambda a, b: _Tabulation(  # noqa: E731
            self.header, self.rows, self.footer, self.widths, self.aligns, self.size, _part=(self.heights, a, b)
        )
        return [make(self.first, cut), make(cut, self.last)]

    def _cells(self, index: int):
        n = len(self.rows)
        return (self.rows[index], False) if index < n else (self.footer[index - n], True)

    def draw(self):
        canv = self.canv
        size, leading = self.size, self.leading
        xs = [0.0]
        for w in self.widths:
            xs.append(xs[-1] + w)
        top = self._height()
        # backgrounds: header, stripes, footer rows
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, top - self.header_height, xs[-1], self.header_height, stroke=0, fill=1)
        y = top - self.header_height
        bounds = [y]
        for i in range(self.first, self.last):
            h = self.heights[i]
            _cells, is_footer = self._cells(i)
            if is_footer or i % 2:
                canv.setFillColor(LIGHT if is_footer else STRIPE)
                canv.rect(0, y - h, xs[-1], h, stroke=0, fill=1)
            y -= h
            bounds.append(y)
        # text
        text = canv.beginText()
        widths_cache: dict[tuple[str, str], float] = {}

        def put(cells, y_top, font, color, aligns):
            text.setFont(font, size, leading)
            text.setFillColor(color)
            for col, cell in enumerate(cells):
                if not cell:
                    continue
                align = aligns[col]
                for line_no, line in enumerate(cell.split("\n")):
                    baseline = y_top - self.PAD_TOP - size - line_no * leading + 0.6
                    if align == "L":
                        x = xs[col] + self.PAD_X
                    else:
                        w = widths_cache.get((font, line))
                        if w is None:
                            w = widths_cache[(font, line)] = stringWidth(line, font, size)
                        if align == "R":
                            x = xs[col + 1] - self.PAD_X - w
                        else:
                            x = (xs[col] + xs[col + 1] - w) / 2
                    text.setTextOrigin(x, baseline)
                    text.textOut(line)

        put(self.header, top, FONT_BOLD, colors.white, "C" * len(self.widths))
        footer_aligns = self.aligns[:2] + "R" + self.aligns[3:]
        y = top - self.header_height
        for i in range(self.first, self.last):
            cells, is_footer = self._cells(i)
            put(cells, y, FONT_BOLD if is_footer else FONT, INK, footer_aligns if is_footer else self.aligns)
            y -= self.heights[i]
        canv.drawText(text)
        # grid
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.4)
        lines = [(0, top, xs[-1], top)] + [(0, b, xs[-1], b) for b in bounds]
        lines += [(x, top, x, bounds[-1]) for x in xs]
        canv.lines(lines)
        canv.restoreState()


# --- chapters -----------------------------------------------------------------------------


class _Builder:
    def __init__(self, data: IkmReportData):
        self.data = data
        self.s = _styles()
        self.story: list = []
        self.r = data.result
        self.n = data.result.respondents
        self.width = PORTRAIT[0] - 2 * MARGIN
        self.lwidth = LANDSCAPE[0] - 2 * MARGIN

    # small helpers
    def p(self, text: str, style: str = "body") -> None:
        self.story.append(Paragraph(text, self.s[style]))

    def h1(self, text: str) -> None:
        self.story.append(Paragraph(text, self.s["h1"]))

    def h2(self, text: str) -> None:
        self.story.append(Paragraph(text, self.s["h2"]))

    def bullets(self, items: list[str]) -> None:
        for item in items:
            self.story.append(Paragraph(item, self.s["bullet"], bulletText="•"))

    def gap(self, height: float = 6) -> None:
        self.story.append(Spacer(1, height))

    def head(self, text: str) -> Paragraph:
        return Paragraph(text, self.s["head"])

    def cell(self, text: str, style: str = "cell") -> Paragraph:
        return Paragraph(text, self.s[style])

    # ------------------------------------------------------------------------------------
    def cover(self) -> None:
        d = self.data
        self.gap(3.5 * cm)
        self.p("LAPORAN<br/>SURVEI KEPUASAN MASYARAKAT", "title")
        self.gap(10)
        self.p("Indeks Kepuasan Masyarakat (IKM) menurut PermenPAN-RB Nomor 14 Tahun 2017", "center")
        self.gap(1.5 * cm)
        self.p(_esc(d.mpp_name), "subtitle")
        if d.address:
            self.gap(4)
            self.p(_esc(d.address), "center")
        self.gap(1.2 * cm)
        self.p(f"<b>{_esc(d.period_label)}</b>", "subtitle")
        self.gap(4)
        self.p(_period_text(d), "center")
        self.gap(2 * cm)
        if self.r.ikm_konversi is not None:
            box = Table(
                [
                    [
                        Paragraph(_num(self.r.ikm_konversi), self.s["boxbig"]),
                        Paragraph(self.r.mutu or "-", self.s["boxbig"]),
                        Paragraph(_esc(self.r.kinerja or "-"), self.s["boxbig"]),
                    ],
                    [
                        Paragraph("IKM unit pelayanan", self.s["boxlabel"]),
                        Paragraph("Mutu pelayanan", self.s["boxlabel"]),
                        Paragraph("Kinerja unit pelayanan", self.s["boxlabel"]),
                    ],
                ],
                colWidths=[5 * cm, 3.5 * cm, 5.5 * cm],
            )
            box.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), HIGHLIGHT),
                        ("BOX", (0, 0), (-1, -1), 1, WEAK),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("TOPPADDING", (0, 0), (-1, 0), 10),
                        ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
                    ]
                )
            )
            self.story.append(box)
            self.gap(6)
            self.p(f"dari {_int(self.n)} responden", "center")
        else:
            self.p("Belum ada responden pada periode ini; IKM tidak dapat dihitung.", "center")
        self.story.append(NextPageTemplate("portrait"))
        self.story.append(PageBreak())

    # ------------------------------------------------------------------------------------
    def pendahuluan(self) -> None:
        d = self.data
        mpp = _esc(d.mpp_name)
        self.h1("BAB I PENDAHULUAN")
        self.h2("1.1 Latar Belakang")
        self.p(
            "Pelayanan publik yang prima adalah hak setiap warga negara dan kewajiban penyelenggara. "
            f"{mpp} menghimpun layanan berbagai instansi pusat, daerah, BUMN/BUMD dan swasta dalam satu gedung "
            "agar pelayanan menjadi cepat, mudah, terjangkau, aman dan nyaman. Untuk mengetahui sejauh mana "
            "janji itu terwujud, penyelenggara wajib mengukur kepuasan masyarakat secara berkala, sekurang-kurangnya "
            "sekali setahun, dan mempublikasikan hasilnya. Survei Kepuasan Masyarakat (SKM) menghasilkan Indeks "
            "Kepuasan Masyarakat (IKM) yang menjadi dasar perbaikan kualitas pelayanan."
        )
        self.h2("1.2 Dasar Hukum")
        self.bullets(
            [
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
                "Peraturan Presiden Nomor 89 Tahun 2021 tentang Penyelenggaraan Mal Pelayanan Publik;",
                "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 "
                "tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik.",
            ]
        )
        self.h2("1.3 Maksud dan Tujuan")
        self.p(
            "Survei ini dimaksudkan untuk memperoleh gambaran objektif tentang pendapat masyarakat atas pelayanan "
            f"yang mereka terima di {mpp} selama {_esc(d.period_label)}. Tujuannya:"
        )
        self.bullets(
            [
                "mengukur tingkat kepuasan masyarakat terhadap sembilan unsur pelayanan;",
                "menetapkan Indeks Kepuasan Masyarakat, mutu dan kinerja unit pelayanan;",
                "menemukan unsur yang masih lemah sebagai dasar rencana tindak lanjut perbaikan;",
                "membandingkan hasil dengan periode sebelumnya dan menyampaikannya kepada publik.",
            ]
        )

    # ------------------------------------------------------------------------------------
    def pengumpulan(self) -> None:
        d = self.data
        mpp = _esc(d.mpp_name)
        self.h1("BAB II PENGUMPULAN DATA")
        self.h2("2.1 Pelaksana")
        self.p(f"Survei dilaksanakan secara mandiri oleh pengelola {mpp}.")
        self.h2("2.2 Metode")
        self.p(
            "Data dikumpulkan dengan kuesioner sembilan unsur sesuai PermenPAN-RB Nomor 14 Tahun 2017 (Lampiran A), "
            "diisi sendiri oleh pengguna layanan setelah dilayani, melalui kios/tablet survei di area pelayanan dan "
            "melalui formulir kertas yang kemudian dimasukkan ke sistem. Survei bersifat anonim: tidak ada nama atau "
            "NIK yang diminta maupun dikaitkan dengan jawaban. Setiap unsur dinilai 1 sampai 4; unsur yang tidak "
            "diisi tidak dihitung sebagai 0, melainkan hanya dikeluarkan dari nilai rata-rata unsur tersebut."
        )
        self.h2("2.3 Lokasi")
        where = mpp + (f", {_esc(d.address)}" if d.address else "")
        self.p(f"{where}.")
        self.h2("2.4 Waktu")
        self.p(f"{_esc(d.period_label)}: {_period_text(d)}.")
        self.h2("2.5 Jumlah Responden")
        self.p(
            "Jumlah sampel minimum ditetapkan dengan tabel Krejcie dan Morgan sebagaimana dirujuk PermenPAN-RB "
            "Nomor 14 Tahun 2017, berdasarkan populasi, yaitu jumlah masyarakat yang dilayani pada periode survei: "
            "S = X² N P (1 – P) / (d² (N – 1) + X² P (1 – P)), dengan X² = 3,841, P = 0,5 dan d = 0,05."
        )
        rows = [
            ["Populasi (masyarakat yang dilayani)", _int(d.population)],
            ["Sampel minimum (Krejcie dan Morgan)", _int(d.sample_min)],
            ["Jumlah responden", _int(self.n)],
            ["Keterangan", "Belum ada responden" if self.n == 0 else "Memenuhi" if d.sample_ok else "Belum memenuhi"],
        ]
        t = Table(rows, colWidths=[8 * cm, 5 * cm], hAlign="LEFT")
        style = _grid_style(header_rows=0, stripes=False)
        style = [x for x in style if x[0] not in ("BACKGROUND", "TEXTCOLOR", "FONTNAME", "ALIGN")]
        style += [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("BACKGROUND", (0, 0), (0, -1), LIGHT),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("FONTNAME", (1, -1), (1, -1), FONT_BOLD),
        ]
        t.setStyle(TableStyle(style))
        self.gap(4)
        self.story.append(KeepTogether([t]))
        self.gap(6)
        if self.n == 0:
            self.p(
                "<b>Belum ada responden pada periode ini.</b> Indeks Kepuasan Masyarakat tidak dapat dihitung "
                "sampai ada jawaban yang masuk."
            )
        elif d.sample_ok:
            self.p(
                f"Jumlah responden ({_int(self.n)}) mencapai atau melampaui sampel minimum ({_int(d.sample_min)}), "
                "sehingga sampel dinilai cukup untuk mewakili populasi."
            )
        else:
            short = max(d.sample_min - self.n, 0)
            self.p(
                f"Jumlah responden ({_int(self.n)}) <b>belum mencapai</b> sampel minimum ({_int(d.sample_min)}); "
                f"kurang {_int(short)} responden. Hasil survei perlu dibaca dengan hati-hati karena belum tentu "
                "mewakili seluruh populasi."
            )

    # ------------------------------------------------------------------------------------
    def hasil(self) -> None:
        self.h1("BAB III HASIL PENGOLAHAN DATA")
        self.h2("3.1 Profil Responden")
        self.profile_tables()
        self.h2("3.2 Nilai Rata-rata per Unsur (NRR)")
        if self.n == 0:
            self.p("Belum ada responden pada periode ini, sehingga tidak ada nilai yang dapat diolah.")
        intro = Paragraph(
            "NRR suatu unsur = jumlah nilai unsur tersebut dibagi jumlah responden yang mengisinya. IKM (skala 1–4) "
            "= jumlah NRR × 1/9 (bobot tepat 1/9, tanpa pembulatan antara), dan IKM unit pelayanan = IKM × 25, "
            "dibulatkan dua desimal. Urutan unsur dalam laporan ini mengikuti urutan teks PermenPAN-RB Nomor 14 "
            "Tahun 2017: Penanganan Pengaduan, Saran dan Masukan sebagai unsur ke-8 (U8) dan Sarana dan Prasarana "
            "sebagai unsur ke-9 (U9); contoh formulir pada lampiran peraturan dan sebagian aplikasi menukar kedua "
            "unsur ini.",
            self.s["body"],
        )
        # the explanation stays with its table rather than ending a page alone
        self.story.append(KeepTogether([intro, Spacer(1, 4), *self.nrr_table()]))
        if self.r.missing and self.n:
            names = _unsur_list(list(self.r.missing))
            count = len(_present(self.r))
            self.gap(4)
            self.p(
                f"<b>Catatan:</b> tidak ada responden yang mengisi unsur {names}; NRR-nya ditulis “-”. "
                + (
                    f"IKM periode ini dihitung dari rata-rata {count} unsur yang terisi (bobot 1/{count}), "
                    "bukan sembilan unsur."
                    if count
                    else ""
                ),
                "note",
            )
        if _present(self.r):
            self.gap(8)
            self.story.append(KeepTogether([Paragraph("Grafik NRR per unsur", self.s["h2"]), self.chart()]))
        self.h2("3.3 Indeks Kepuasan Masyarakat")
        self.ikm_box()
        self.gap(6)
        self.category_table()
        if self.data.services:
            self.h2("3.4 IKM per Jenis Layanan")
            self.services_table()

    def profile_tables(self) -> None:
        d = self.data
        if not any(sum(v.values()) for v in d.profile.values()):
            self.p("Belum ada responden pada periode ini.")
            return
        tables = []
        keys = [k for k in PROFILE_TITLES if k in d.profile] + [k for k in d.profile if k not in PROFILE_TITLES]
        col = (self.width - 0.6 * cm) / 2
        for key in keys:
            counts = d.profile[key]
            whole = sum(counts.values())
            labels = PROFILE_LABELS.get(key, {})
            title = PROFILE_TITLES.get(key, key.replace("_", " ").capitalize())
            rows = [[self.head(_esc(title)), self.head("Jumlah"), self.head("%")]]
            for label, count in counts.items():
                rows.append([self.cell(_esc(labels.get(label, label))), _int(count), _pct(count, whole)])
            rows.append([self.cell("<b>Jumlah</b>"), _int(whole), _pct(whole, whole)])
            t = Table(rows, colWidths=[col - 3.2 * cm, 1.5 * cm, 1.7 * cm], repeatRows=1)
            style = _grid_style()
            style += [("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
                      ("BACKGROUND", (0, -1), (-1, -1), LIGHT)]
            t.setStyle(TableStyle(style))
            tables.append(t)
        for i in range(0, len(tables), 2):
            pair = tables[i : i + 2] + ([""] if len(tables[i : i + 2]) == 1 else [])
            outer = Table([pair], colWidths=[col + 0.3 * cm, col + 0.3 * cm], hAlign="LEFT")
            outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
            self.story.append(outer)

    def nrr_table(self) -> list:
        r = self.r
        present = _present(r)
        k = len(present) or 9
        weak = set(_weakest(r))
        rows = [[self.head("No"), self.head("Unsur pelayanan"), self.head("Jumlah nilai"),
                 self.head("Jumlah pengisi"), self.head("NRR"), self.head(f"NRR × 1/{k}")]]
        for i, e in enumerate(ELEMENTS):
            nrr = r.nrr_exact(e.key)
            rows.append([
                _unsur_label(i),
                self.cell(_esc(e.unsur)),
                _int(r.totals[e.key]),
                _int(r.answered[e.key]),
                _num(nrr, 4),
                _num(nrr / k if nrr is not None else None, 4),
            ])
        rows.append(["", self.cell("<b>IKM (skala 1–4) = jumlah NRR tertimbang</b>"), "", "", "",
                     _num(r.ikm_exact, 4)])
        rows.append(["", self.cell("<b>IKM unit pelayanan = IKM × 25</b>"), "", "", "", _num(r.ikm_konversi)])
        t = Table(rows, colWidths=[1 * cm, 6.9 * cm, 2.1 * cm, 2.1 * cm, 2 * cm, 2.9 * cm], repeatRows=1)
        style = _grid_style()
        style += [
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
            ("SPAN", (1, -2), (4, -2)),
            ("SPAN", (1, -1), (4, -1)),
            ("BACKGROUND", (0, -2), (-1, -1), LIGHT),
            ("FONTNAME", (0, -2), (-1, -1), FONT_BOLD),
        ]
        for i, e in enumerate(ELEMENTS):
            if e.key in weak:
                style.append(("TEXTCOLOR", (4, i + 1), (4, i + 1), WEAK))
                style.append(("FONTNAME", (4, i + 1), (4, i + 1), FONT_BOLD))
        t.setStyle(TableStyle(style))
        if not weak:
            return [t]
        return [t, Spacer(1, 2), Paragraph("NRR berwarna jingga: tiga unsur dengan nilai terendah.", self.s["note"])]

    def chart(self) -> Drawing:
        r = self.r
        weak = set(_weakest(r))
        label_w = 185
        w, h = self.width, 250
        drawing = Drawing(w, h)
        chart = HorizontalBarChart()
        chart.x, chart.y = label_w, 28
        chart.width, chart.height = w - label_w - 50, h - 40
        values = [r.nrr[e.key] for e in ELEMENTS]
        chart.data = [values]
        chart.categoryAxis.categoryNames = [f"{_unsur_label(i)} {e.unsur}" for i, e in enumerate(ELEMENTS)]
        chart.categoryAxis.reverseDirection = 1
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = 7.5
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -4
        chart.categoryAxis.strokeColor = GRID
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = 4
        chart.valueAxis.valueStep = 0.5
        chart.valueAxis.labels.fontName = FONT
        chart.valueAxis.labels.fontSize = 7.5
        chart.valueAxis.labelTextFormat = lambda v: _num(v, 1)
        chart.valueAxis.strokeColor = GRID
        chart.valueAxis.visibleGrid = 1
        chart.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
        chart.valueAxis.gridStrokeWidth = 0.5
        chart.barWidth = 10
        chart.groupSpacing = 6
        chart.bars.strokeColor = None
        chart.bars[0].fillColor = ACCENT
        for i, e in enumerate(ELEMENTS):
            if e.key in weak:
                chart.bars[(0, i)].fillColor = WEAK
        drawing.add(chart)
        # the NRR of each bar in a column of its own, right of the plot, clear of bars and the IKM line
        slot = chart.height / len(ELEMENTS)
        column_x = chart.x + chart.width + 8
        drawing.add(String(column_x, chart.y + chart.height + 4, "NRR", fontName=FONT_BOLD, fontSize=7, fillColor=INK))
        for i, e in enumerate(ELEMENTS):
            y = chart.y + chart.height - (i + 0.5) * slot - 2.5
            drawing.add(String(column_x, y, _num(r.nrr_exact(e.key), 4), fontName=FONT_BOLD if e.key in weak else FONT,
                               fontSize=7.5, fillColor=WEAK if e.key in weak else INK))
        # the IKM (mean of the NRRs) as a dashed line
        if r.ikm is not None:
            x = chart.x + chart.width * r.ikm / 4
            drawing.add(Line(x, chart.y, x, chart.y + chart.height, strokeColor=colors.HexColor("#c62828"),
                             strokeWidth=0.8, strokeDashArray=[3, 2]))
            drawing.add(String(x, chart.y + chart.height + 4, f"IKM {_num(r.ikm, 4)}", fontName=FONT, fontSize=7,
                               fillColor=colors.HexColor("#c62828"), textAnchor="middle"))
        drawing.add(String(chart.x + chart.width / 2, 4, "NRR (skala 1–4)", fontName=FONT, fontSize=7.5,
                           fillColor=INK, textAnchor="middle"))
        return drawing

    def ikm_box(self) -> None:
        r = self.r
        if r.ikm_konversi is None:
            self.p("Belum ada jawaban pada periode ini, sehingga IKM, mutu dan kinerja unit pelayanan belum dapat "
                   "ditetapkan.")
            return
        big = [
            [Paragraph(_num(r.ikm_exact, 4), self.s["boxbig"]), Paragraph(_num(r.ikm_konversi), self.s["boxbig"]),
             Paragraph(r.mutu or "-", self.s["boxbig"]), Paragraph(_esc(r.kinerja or "-"), self.s["boxbig"])],
            [Paragraph("IKM (skala 1–4)", self.s["boxlabel"]), Paragraph("IKM unit pelayanan (konversi)", self.s["boxlabel"]),
             Paragraph("Mutu pelayanan", self.s["boxlabel"]), Paragraph("Kinerja unit pelayanan", self.s["boxlabel"])],
        ]
        box = Table(big, colWidths=[3.9 * cm, 4.6 * cm, 3 * cm, 5.5 * cm])
        box.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), HIGHLIGHT),
            ("BOX", (0, 0), (-1, -1), 1.2, WEAK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, 0), 10),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
        ]))
        self.story.append(box)
        self.gap(6)
        self.p(
            f"Dengan demikian, IKM {_esc(self.data.mpp_name)} pada {_esc(self.data.period_label)} adalah "
            f"<b>{_num(r.ikm_konversi)}</b>, mutu pelayanan <b>{r.mutu}</b>, kinerja unit pelayanan "
            f"<b>{_esc(r.kinerja)}</b>."
        )
        sheet = r.ikm_sheet_0111
        if sheet is not None:
            sheet_011 = spreadsheet_konversi(r, "0.11")
            self.p(
                f"<b>Perbandingan dengan lembar kerja:</b> angka tepat di atas adalah {_num(r.ikm_konversi)}; lembar "
                f"kerja (spreadsheet) yang mengalikan setiap NRR dengan 0,111 akan mencetak <b>{_num(sheet)}</b> "
                f"(dengan 0,11: {_num(sheet_011)}). Selisihnya terjadi karena 9 × 0,111 = 0,999 (dan 9 × 0,11 = "
                "0,99), bukan 1, sehingga bobot yang dibulatkan selalu membuat IKM sedikit lebih rendah; laporan ini "
                "memakai bobot tepat 1/9 dan hanya membulatkan angka akhir.",
                "note",
            )
        elif r.missing:
            self.p(
                "Lembar kerja dengan bobot 0,111 tidak dapat dibandingkan karena ada unsur yang tidak terisi "
                "(lembar kerja akan menampilkan #DIV/0! untuk unsur tersebut).",
                "note",
            )

    def category_table(self) -> None:
        rows = [[self.head("Nilai persepsi"), self.head("Interval IKM (1–4)"), self.head("Interval konversi (25–100)"),
                 self.head("Mutu"), self.head("Kinerja unit pelayanan")]]
        intervals = [("1", "1,00 – 2,5996", "25,00 – 64,99"), ("2", "2,60 – 3,064", "65,00 – 76,60"),
                     ("3", "3,0644 – 3,532", "76,61 – 88,30"), ("4", "3,5324 – 4,00", "88,31 – 100,00")]
        cats = {m: kin for _low, m, kin in CATEGORIES}
        for (nilai, i14, konv), mutu in zip(intervals, "DCBA"):
            rows.append([nilai, i14, konv, mutu, cats[mutu]])
        t = Table(rows, colWidths=[2.4 * cm, 3.6 * cm, 4.3 * cm, 1.7 * cm, 5 * cm])
        style = _grid_style(stripes=False)
        style += [("ALIGN", (0, 1), (-1, -1), "CENTER")]
        if self.r.mutu:
            row = 1 + "DCBA".index(self.r.mutu)
            style += [("BACKGROUND", (0, row), (-1, row), HIGHLIGHT), ("FONTNAME", (0, row), (-1, row), FONT_BOLD)]
        t.setStyle(TableStyle(style))
        self.story.append(KeepTogether([Paragraph("Kategori mutu pelayanan (PermenPAN-RB Nomor 14 Tahun 2017)", self.s["small"]),
                                        Spacer(1, 3), t]))

    def services_table(self) -> None:
        rows = [[self.head("Kode"), self.head("Jenis layanan"), self.head("Instansi"), self.head("Responden"),
                 self.head("Dilayani"), self.head("Sampel min."), self.head("IKM"), self.head("Mutu")]]
        for svc in self.data.services:
            res = svc.result
            rows.append([
                self.cell(_esc(svc.code)),
                self.cell(_esc(svc.name)),
                self.cell(_esc(svc.agency_name)),
                _int(res.respondents),
                _int(svc.population),
                _int(krejcie_morgan(svc.population)),
                _num(res.ikm_konversi),
                self.cell(f"{res.mutu} ({_esc(res.kinerja)})" if res.mutu else "-"),
            ])
        t = Table(rows, colWidths=[1.1 * cm, 3.9 * cm, 3.0 * cm, 2.0 * cm, 1.6 * cm, 1.6 * cm, 1.3 * cm, 2.5 * cm],
                  repeatRows=1)
        style = _grid_style()
        style += [("ALIGN", (3, 1), (6, -1), "RIGHT")]
        t.setStyle(TableStyle(style))
        self.story.append(t)
        self.gap(3)
        self.p(
            "Sampel minimum per layanan dihitung dengan rumus Krejcie dan Morgan dari jumlah masyarakat yang dilayani "
            "pada layanan itu; IKM layanan dengan sedikit responden hanya bersifat indikatif.",
            "note",
        )

    # ------------------------------------------------------------------------------------
    def analisis(self) -> None:
        r = self.r
        self.h1("BAB IV ANALISIS")
        self.h2("4.1 Unsur dengan Nilai Terendah")
        trend_number = "4.2"
        weak = _weakest(r)
        if not weak:
            self.p("Belum ada jawaban pada periode ini, sehingga unsur terlemah belum dapat ditentukan.")
        else:
            self.p(
                f"Berdasarkan NRR, {len(weak)} unsur dengan nilai terendah pada periode ini adalah:"
            )
            self.bullets([
                f"{ELEMENTS_BY_KEY[k].unsur} ({_unsur_label(ELEMENT_KEYS.index(k))}): NRR {_num(r.nrr_exact(k), 4)}, "
                f"konversi {_num(r.nrr_exact(k) * 25)}"
                for k in weak
            ])
            self.p("Unsur-unsur ini menjadi prioritas perbaikan pada periode berikutnya.")
            self.h2("4.2 Rencana Tindak Lanjut")
            trend_number = "4.3"
            rows = [[self.head("No"), self.head("Unsur"), self.head("NRR"), self.head("Rencana tindak lanjut"),
                     self.head("Waktu"), self.head("Penanggung jawab")]]
            for i, k in enumerate(weak, start=1):
                rows.append([
                    str(i),
                    self.cell(_esc(ELEMENTS_BY_KEY[k].unsur)),
                    _num(r.nrr_exact(k), 4),
                    self.cell(FOLLOW_UP[k]),
                    self.cell("Periode berikutnya"),
                    self.cell(f"Pengelola {_esc(self.data.mpp_name)} dan instansi terkait"),
                ])
            t = Table(rows, colWidths=[0.8 * cm, 3 * cm, 1.6 * cm, 6.6 * cm, 2.2 * cm, 2.8 * cm], repeatRows=1)
            style = _grid_style()
            style += [("VALIGN", (0, 1), (-1, -1), "TOP"), ("ALIGN", (0, 1), (0, -1), "CENTER"),
                      ("ALIGN", (2, 1), (2, -1), "RIGHT")]
            t.setStyle(TableStyle(style))
            self.story.append(KeepTogether([t]))
        self.h2(f"{trend_number} Perbandingan dengan Periode Sebelumnya")
        sentence, _change = _trend(self.data)
        self.p(sentence)
        prev = self.data.previous
        if prev is not None and prev.ikm_konversi is not None and r.respondents:
            rows = [[self.head("No"), self.head("Unsur"), self.head(_esc(self.data.previous_label or "Sebelumnya")),
                     self.head(_esc(self.data.period_label)), self.head("Perubahan")]]
            for i, e in enumerate(ELEMENTS):
                a, b = prev.nrr_exact(e.key), r.nrr_exact(e.key)
                diff = "-" if a is None or b is None else _signed(b - a, 4)
                rows.append([_unsur_label(i), self.cell(_esc(e.unsur)), _num(a, 4), _num(b, 4), diff])
            ca, cb = prev.ikm_konversi, r.ikm_konversi
            diff = "-" if cb is None else _signed(cb - ca, 2)
            rows.append(["", self.cell("<b>IKM unit pelayanan</b>"), _num(ca), _num(cb), diff])
            t = Table(rows, colWidths=[1 * cm, 6.5 * cm, 3.2 * cm, 3.2 * cm, 3.1 * cm], repeatRows=1)
            style = _grid_style()
            style += [("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER"),
                      ("BACKGROUND", (0, -1), (-1, -1), LIGHT), ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD)]
            t.setStyle(TableStyle(style))
            self.gap(4)
            self.story.append(KeepTogether([t]))

    # ------------------------------------------------------------------------------------
    def kesimpulan(self) -> None:
        d, r = self.data, self.r
        self.h1("BAB V KESIMPULAN")
        if r.ikm_konversi is None:
            self.p(
                f"Pada {_esc(d.period_label)} belum ada responden yang mengisi survei di {_esc(d.mpp_name)}, sehingga "
                "Indeks Kepuasan Masyarakat belum dapat ditetapkan. Pengelola perlu mendorong pengguna layanan untuk "
                "mengisi survei melalui kios/tablet maupun formulir kertas."
            )
            return
        items = [
            f"Indeks Kepuasan Masyarakat {_esc(d.mpp_name)} pada {_esc(d.period_label)} adalah "
            f"<b>{_num(r.ikm_konversi)}</b> dengan mutu pelayanan <b>{r.mutu}</b> dan kinerja unit pelayanan "
            f"<b>{_esc(r.kinerja)}</b>, dari {_int(self.n)} responden.",
            (f"Jumlah responden memenuhi sampel minimum Krejcie dan Morgan ({_int(d.sample_min)})."
             if d.sample_ok else
             f"Jumlah responden belum memenuhi sampel minimum Krejcie dan Morgan ({_int(d.sample_min)}); "
             "jumlah responden perlu ditingkatkan pada periode berikutnya."),
        ]
        best = _strongest(r)
        weak = _weakest(r)
        if best:
            items.append(
                f"Unsur dengan nilai tertinggi adalah {ELEMENTS_BY_KEY[best].unsur} (NRR {_num(r.nrr_exact(best), 4)}); "
                f"unsur dengan nilai terendah adalah {_unsur_list(weak)}, yang menjadi prioritas rencana tindak lanjut."
            )
        if r.missing:
            items.append(f"Unsur {_unsur_list(list(r.missing))} tidak diisi oleh responden mana pun.")
        items.append(_trend(d)[0])
        items.append(
            "Hasil survei ini perlu dipublikasikan kepada masyarakat dan ditindaklanjuti, dan survei diulang pada "
            "periode berikutnya untuk mengukur hasil perbaikan."
        )
        for i, item in enumerate(items, start=1):
            self.story.append(Paragraph(item, self.s["bullet"], bulletText=f"{i}."))

    # ------------------------------------------------------------------------------------
    def lampiran_kuesioner(self) -> None:
        self.story.append(PageBreak())
        self.h1("LAMPIRAN A. KUESIONER")
        self.p(
            "Kuesioner Survei Kepuasan Masyarakat sesuai PermenPAN-RB Nomor 14 Tahun 2017, dalam urutan unsur "
            "teks peraturan (U8 pengaduan, U9 sarana dan prasarana). Profil responden: tanggal survei, jenis kelamin "
            "(L/P), usia, pendidikan terakhir (SD, SMP, SMA, D1–D3, D4/S1, S2, S3), pekerjaan (PNS, TNI, POLRI, "
            "Swasta, Wirausaha, Lainnya), jenis layanan yang diterima, dan saran (tidak wajib). Survei bersifat "
            "anonim."
        )
        self.gap(4)
        rows = [[self.head("No"), self.head("Pertanyaan"), self.head("a (1)"), self.head("b (2)"), self.head("c (3)"),
                 self.head("d (4)")]]
        for i, e in enumerate(ELEMENTS):
            rows.append([
                _unsur_label(i),
                self.cell(f"<b>{_esc(e.unsur)}</b><br/>{_esc(e.full_question)}"),
                *[self.cell(_esc(a)) for a in e.answers],
            ])
        t = Table(rows, colWidths=[1 * cm, 6.6 * cm, 2.35 * cm, 2.35 * cm, 2.35 * cm, 2.35 * cm], repeatRows=1)
        style = _grid_style()
        style += [("VALIGN", (0, 1), (-1, -1), "TOP"), ("ALIGN", (0, 1), (0, -1), "CENTER")]
        t.setStyle(TableStyle(style))
        self.story.append(t)

    TAB_FONT = 7

    def lampiran_tabulasi(self) -> None:
        d, r = self.data, self.r
        self.story.append(NextPageTemplate("landscape"))
        self.story.append(PageBreak())
        self.h1("LAMPIRAN B. TABULASI JAWABAN PER RESPONDEN")
        legend = "; ".join(f"{_unsur_label(i)} = {_esc(e.unsur)}" for i, e in enumerate(ELEMENTS))
        self.p(
            f"Nilai 1–4 per unsur, “-” = tidak diisi. JK = jenis kelamin (L/P). {legend}. Urutan unsur mengikuti "
            "teks PermenPAN-RB Nomor 14 Tahun 2017.",
            "small",
        )
        self.gap(4)
        if not d.respondents:
            self.p("Belum ada responden pada periode ini.")
        else:
            size = self.TAB_FONT
            widths = [1.1 * cm, 1.75 * cm, 6.4 * cm, 0.8 * cm, 1.0 * cm, 1.8 * cm, 3.4 * cm] + [1.05 * cm] * 9
            aligns = "RCLCCLL" + "C" * 9
            pad = 2 * _Tabulation.PAD_X
            wrap = lambda text, col: _cell_text_cached(text or "-", widths[col] - pad, size, 2)  # noqa: E731
            header = ["No", "Tanggal", "Layanan", "JK", "Usia", "Pendidikan", "Pekerjaan"] + [
                _unsur_label(i) for i in range(len(ELEMENTS))
            ]
            rows: list[list[str]] = []
            for resp in d.respondents:
                answers = resp.answers or {}
                rows.append([
                    _int(resp.number),
                    _short_date(resp.tanggal),
                    wrap(resp.layanan, 2),
                    _cell_text_cached(resp.jenis_kelamin or "-", widths[3] - pad, size, 1),
                    str(resp.usia) if resp.usia is not None else "-",
                    wrap(resp.pendidikan, 5),
                    wrap(resp.pekerjaan, 6),
                    *[str(answers.get(k)) if answers.get(k) is not None else "-" for k in ELEMENT_KEYS],
                ])
            footer = [
                ["", "", "Jumlah nilai", "", "", "", ""] + [_int(r.totals[k]) for k in ELEMENT_KEYS],
                ["", "", "Jumlah pengisi", "", "", "", ""] + [_int(r.answered[k]) for k in ELEMENT_KEYS],
                ["", "", "NRR", "", "", "", ""] + [_num(r.nrr_exact(k), 2) for k in ELEMENT_KEYS],
            ]
            self.story.append(_Tabulation(header, rows, footer, widths, aligns, size))
        self.story.append(NextPageTemplate("portrait"))

    def lampiran_saran(self) -> None:
        d = self.data
        self.story.append(PageBreak())
        self.h1("LAMPIRAN C. SARAN DAN MASUKAN RESPONDEN")
        if not d.suggestions:
            self.p("Tidak ada saran yang diterima pada periode ini.")
            return
        self.p(f"{_int(len(d.suggestions))} saran diterima, diurutkan dari yang terlama, ditulis apa adanya.")
        self.gap(4)
        for i, (day, service, text) in enumerate(d.suggestions, start=1):
            meta = f"<font color='#52606d'>{long_date(day)} · {_esc(service or '-')}</font>"
            self.story.append(Paragraph(f"{meta}<br/>{_esc(text)}", self.s["saran"], bulletText=f"{i}."))


def render_ikm_report(data: IkmReportData, path) -> Path:
    """Write the laporan SKM of `data` as an A4 PDF at `path` and return the path."""
    _register_fonts()
    path = Path(path)
    b = _Builder(data)
    b.cover()
    b.pendahuluan()
    b.pengumpulan()
    b.hasil()
    b.analisis()
    b.kesimpulan()
    b.lampiran_kuesioner()
    b.lampiran_tabulasi()
    b.lampiran_saran()

    tmp = path.with_name(path.name + ".tmp")
    doc = BaseDocTemplate(
        str(tmp),
        pagesize=PORTRAIT,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=f"Laporan Survei Kepuasan Masyarakat {data.mpp_name} {data.period_label}",
        author=data.mpp_name,
        subject="Laporan SKM (PermenPAN-RB 14/2017)",
        creator="mpp-desk",
        lang="id-ID",
    )

    def frame(size, ident):
        w, h = size
        return Frame(MARGIN, BOTTOM, w - 2 * MARGIN, h - TOP - BOTTOM, id=ident, leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)

    doc.addPageTemplates([
        PageTemplate("cover", [frame(PORTRAIT, "cover")], onPage=_page_furniture(data, header=False), pagesize=PORTRAIT),
        PageTemplate("portrait", [frame(PORTRAIT, "p")], onPage=_page_furniture(data, header=True), pagesize=PORTRAIT),
        PageTemplate("landscape", [frame(LANDSCAPE, "l")], onPage=_page_furniture(data, header=True),
                     pagesize=LANDSCAPE),
    ])
    try:
        doc.build(b.story, canvasmaker=_NumberedCanvas)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path
