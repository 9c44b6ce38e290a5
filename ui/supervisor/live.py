""""Hari ini": the day so far at a glance (app.supervisor.live_figures).

Eight cards on top (waiting, served, the longest wait now, the absent rate,
counters, complaints, the survey and the stations' sync), and below them every
agency with its services: issued, waiting, at a counter, held, served, absent,
counters open and the longest wait, red when it passed the service's target.
The window refreshes it when another process commits and on a slow timer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import fmt
from app.supervisor import Counts, LiveFigures, ServiceLive, SyncOverview, Waiting
from ui.kiosk.style import RED
from ui.supervisor.common import Card, minutes_text, percent, whole
from ui.widgets import label

translate = QCoreApplication.translate

CARDS = ("waiting", "served", "longest", "absent", "counters", "complaints", "survey", "sync")
COLUMNS = 9


class LivePage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.heading = label(kind="section", wrap=False)
        self.updated = label(kind="note", wrap=False)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.updated)
        layout.addLayout(top)

        grid = QGridLayout()
        grid.setSpacing(10)
        self.cards: dict[str, Card] = {}
        for index, name in enumerate(CARDS):
            card = Card(name)
            self.cards[name] = card
            grid.addWidget(card, index // 4, index % 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self.sync_card = self.cards["sync"]  # every station's sync (app.sync): show_sync() fills it
        layout.addLayout(grid)

        self.table = QTreeWidget()
        self.table.setColumnCount(COLUMNS)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.table, 1)
        self.figures: LiveFigures | None = None

    def retranslate(self) -> None:
        titles = {
            "waiting": translate("Supervisor", "Waiting now"),
            "served": translate("Supervisor", "Served today"),
            "longest": translate("Supervisor", "Longest wait now"),
            "absent": translate("Supervisor", "Absent rate"),
            "counters": translate("Supervisor", "Counters open"),
            "complaints": translate("Supervisor", "Complaints open"),
            "survey": translate("Supervisor", "Survey today (IKM)"),
            "sync": translate("Supervisor", "Stations and sync"),
        }
        for name, card in self.cards.items():
            card.title.setText(titles[name])
        self.table.setHeaderLabels([
            translate("Supervisor", "Agency / service"), translate("Supervisor", "Issued"),
            translate("Supervisor", "Waiting"), translate("Supervisor", "At a counter"),
            translate("Supervisor", "Held"), translate("Supervisor", "Served"), translate("Supervisor", "Absent"),
            translate("Supervisor", "Counters open"), translate("Supervisor", "Longest wait"),
        ])  # fmt: skip
        self.show_sync(None)

    def show_figures(self, figures: LiveFigures) -> None:
        self.figures = figures
        self.heading.setText(translate("Supervisor", "Today, %1").replace("%1", fmt.long_date(figures.day)))
        self.updated.setText(
            translate("Supervisor", "As of %1").replace("%1", fmt.clock_time(figures.now, figures.zone))
        )
        t = figures.totals
        self.cards["waiting"].set(whole(t.waiting), translate("Supervisor", "%n at a counter now", "", t.called))
        self.cards["served"].set(whole(t.served), translate("Supervisor", "of %1 tickets issued")
                                 .replace("%1", whole(t.issued)))
        wait = figures.longest_wait
        if wait is None:
            self.cards["longest"].set("—", translate("Supervisor", "Nobody is waiting"))
        else:
            service = next(s for s in figures.per_service if s.code == wait.service_code)
            self.cards["longest"].set(minutes_text(wait.minutes), f"{wait.code} · {wait.service_name}",
                                      alert=service.over_target)
        ended = t.served + t.absent
        self.cards["absent"].set(percent(figures.absent_rate_pct),
                                 translate("Supervisor", "%1 of %2 called did not come")
                                 .replace("%1", whole(t.absent)).replace("%2", whole(ended)))
        breaks = figures.counters_on_break
        if breaks:
            names = ", ".join(c.name for c in breaks)
            detail = translate("Supervisor", "%n on a break: %1", "", len(breaks)).replace("%1", names)
        else:
            detail = translate("Supervisor", "none on a break")
        self.cards["counters"].set(whole(figures.counters_open), detail)
        overdue = figures.complaints_overdue
        self.cards["complaints"].set(
            whole(figures.complaints_open),
            translate("Supervisor", "%n overdue", "", overdue) if overdue else translate("Supervisor", "none overdue"),
            alert=overdue > 0,
        )
        if figures.ikm is None:
            self.cards["survey"].set("—", translate("Supervisor", "No answers yet today"))
        else:
            self.cards["survey"].set(
                fmt.decimal(figures.ikm, 2),
                translate("Supervisor", "Mutu %1 · %n respondent(s)", "", figures.survey_respondents)
                .replace("%1", figures.mutu or "—"),
            )
        self._fill_table(figures)

    def show_sync(self, overview: SyncOverview | None, zone=None) -> None:
        """The stations' sync: how many of the hub's stations are connected, who is not and what
        waits; red when a station is cut off or the hub does not answer. The tooltip lists all."""
        card = self.sync_card
        if overview is None:
            card.set("—", translate("Supervisor", "This station works alone (no hub)"))
            card.setToolTip("")
            return
        if overview.hub is None:
            card.set("?", translate("Supervisor", "The hub does not answer: %1").replace("%1", overview.error or ""),
                     alert=True)
            card.setToolTip(overview.local.hub_url)
            return
        stations = [s for s in overview.hub.stations if not s.revoked]
        cut_off = [s for s in stations if not s.connected]
        waiting = sum(s.waiting for s in stations)
        if cut_off:
            detail = translate("Supervisor", "Not connected: %1").replace("%1", ", ".join(s.name for s in cut_off))
        else:
            detail = translate("Supervisor", "All connected; %1 change(s) waiting").replace("%1", whole(waiting))
        card.set(f"{len(stations) - len(cut_off)}/{len(stations)}", detail, alert=bool(cut_off))
        never = translate("Supervisor", "never")
        card.setToolTip("\n".join(
            translate("Supervisor", "%1: last seen %2, %3 waiting, %4 behind")
            .replace("%1", s.name)
            .replace("%2", fmt.clock_time(s.last_seen_at, zone) if s.last_seen_at and zone else never)
            .replace("%3", whole(s.waiting)).replace("%4", whole(s.behind))
            for s in stations
        ))

    def _fill_table(self, figures: LiveFigures) -> None:
        table = self.table
        scroll = table.verticalScrollBar().value()
        table.clear()
        for agency in figures.per_agency:
            head = self._row(agency.name, agency.counts, agency.counters_open, agency.longest_wait, False)
            font = head.font(0)
            font.setBold(True)
            for column in range(COLUMNS):
                head.setFont(column, font)
            table.addTopLevelItem(head)
            for service in agency.services:
                table.addTopLevelItem(self._service_row(service))
        table.verticalScrollBar().setValue(scroll)

    def _service_row(self, service: ServiceLive) -> QTreeWidgetItem:
        item = self._row(f"    {service.prefix} · {service.name}", service.counts, service.counters_open,
                         service.longest_wait, service.over_target)
        item.setData(0, Qt.ItemDataRole.UserRole, service.code)
        if service.over_target:
            item.setToolTip(COLUMNS - 1, translate("Supervisor", "Longer than the target of %1")
                            .replace("%1", minutes_text(service.wait_target_minutes)))
        return item

    @staticmethod
    def _row(name: str, counts: Counts, counters_open: int, wait: Waiting | None, over: bool) -> QTreeWidgetItem:
        wait_text = f"{minutes_text(wait.minutes)} ({wait.code})" if wait else "—"
        item = QTreeWidgetItem([name, whole(counts.issued), whole(counts.waiting), whole(counts.called),
                                whole(counts.held), whole(counts.served), whole(counts.absent),
                                whole(counters_open), wait_text])
        for column in range(1, COLUMNS):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if over:
            item.setForeground(COLUMNS - 1, QBrush(QColor(RED)))
            font = item.font(COLUMNS - 1)
            font.setBold(True)
            item.setFont(COLUMNS - 1, font)
        return item

    def service_row(self, code: str) -> list[str] | None:
        """The texts of a service's row (tests read the table as a person would)."""
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == code:
                return [item.text(c) for c in range(COLUMNS)]
        return None
