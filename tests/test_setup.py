"""Setting a station up: the documented station config, `mpp setup` answered through a pipe,
`mpp start`'s restart rule, and the first-run set-up wizard driven by clicks (pytest-qt)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWizard

from app.auth import sign_in
from app.catalog import read_catalog_file, show_catalog
from app.config import FIELDS, StationConfig, load_config, parse_config, render_config, write_config
from app.errors import InvalidInput
from app.paths import DEMO_CATALOG, resource_path
from app.station_setup import FIRST_DELAY_S, MAX_DELAY_S, QUICK_CRASH_S, has_catalog, keep_running
from app.uow import Station
from tests.conftest import ROOT, TEST_CATALOG

EXAMPLE = resource_path("station.example.toml")


# --- the station config file -------------------------------------------------------------------------


def test_the_example_file_is_what_the_code_declares_every_key_with_its_comment():
    text = EXAMPLE.read_text(encoding="utf-8")
    assert text == render_config(StationConfig()), "run `make station-example`"
    assert parse_config(tomllib.loads(text)) == StationConfig()
    lines = text.splitlines()
    for name, field in FIELDS.items():
        assert field.metadata["doc"].strip(), f"{name} has no documentation"
        at = next(i for i, line in enumerate(lines) if line.startswith(f"{name} = "))
        assert lines[at - 1].startswith("# "), f"{name} has no comment above it"
    # the MPP's name and time zone: said where they live
    assert "[mpp] name and timezone" in text


def test_a_written_config_reads_back_exactly_even_with_awkward_text(tmp_path):
    config = StationConfig(
        role="counter", station_name='Loket "Dukcapil" \\ 2 · ünïcode', database=str(tmp_path / "a b" / "mpp.sqlite"),
        printer=f"file:{tmp_path / 'tickets.escpos'}", paper_mm=58, language="en", idle_seconds=45,
        large_type=True, display_agencies=("DUKCAPIL", "SAMSAT"), counter=12,
        hub_url="https://hub.mpp.example:8765", hub_token="t0k'en\"x",
    )
    path = write_config(tmp_path / "conf" / "station.toml", config)
    assert load_config(path) == config
    assert not list(path.parent.glob(".*.tmp"))  # written whole, through a temporary file


@pytest.mark.parametrize("data, words", [
    ({"role": "printer"}, "role must be one of"),
    ({"database": "relative/mpp.sqlite"}, "database must be a full path"),
    ({"hub_url": "ftp://hub"}, "hub_url must look like"),
    ({"hub_url": "http://hub:99999"}, "bad port"),
    ({"station_name": "Kiosk\x1b[2J"}, "control characters"),
])
def test_a_bad_value_of_a_new_key_is_refused_with_its_reason(data, words):
    with pytest.raises(InvalidInput) as refused:
        parse_config(data)
    assert words in refused.value.message


def test_the_database_of_the_station_config_is_the_one_commands_open(tmp_path, template_db):
    db = tmp_path / "configured.sqlite"
    db.write_bytes(template_db.read_bytes())
    config = write_config(tmp_path / "station.toml", StationConfig(database=str(db)))
    env = {k: v for k, v in os.environ.items() if k != "MPP_DB"} | {"MPP_CONFIG": str(config)}
    result = subprocess.run([sys.executable, "-m", "app.cli", "catalog", "show", "--json"], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert '"mpp_name"' in result.stdout


# --- mpp setup, answered through a pipe --------------------------------------------------------------


def mpp_setup(config: Path, answers: list[str], *extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("MPP_DB", "MPP_CONFIG")}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "setup", "--config", str(config), *extra],
        input="".join(a + "\n" for a in answers), capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )


def test_setup_asks_checks_each_answer_and_writes_the_file(tmp_path):
    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    listening.listen()
    printer = f"tcp:127.0.0.1:{listening.getsockname()[1]}"
    config = tmp_path / "station.toml"
    result = mpp_setup(config, [
        "cashier",  # not a role: asked again
        "kiosk",
        "Kiosk lobi 1",
        "mpp.sqlite",  # not a full path: asked again
        str(tmp_path / "data" / "mpp.sqlite"),
        "lpt1",  # not a printer: asked again
        printer,
        "fr",  # not a language: asked again
        "en",
        "http://10.0.0.2:8765",
        "",  # a hub needs the token: asked again
        "token-of-kiosk-1",
    ])
    listening.close()
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("What is this PC?") == 2
    assert "role must be one of" in result.stdout
    assert "database must be a full path" in result.stdout
    assert "is not understood" in result.stdout
    assert f"{printer} answers" in result.stdout  # the printer was looked at, nothing printed
    assert "a station needs its token" in result.stdout
    assert "token-of-kiosk-1" not in result.stdout  # a secret is not echoed
    assert load_config(config) == StationConfig(
        role="kiosk", station_name="Kiosk lobi 1", database=str(tmp_path / "data" / "mpp.sqlite"),
        printer=printer, language="en", hub_url="http://10.0.0.2:8765", hub_token="token-of-kiosk-1",
    )
    assert config.read_text(encoding="utf-8").count("\n# ") >= len(FIELDS)  # every key documented


def test_setup_keeps_what_is_there_asks_only_what_the_role_needs(tmp_path):
    config = write_config(tmp_path / "station.toml", StationConfig(
        role="kiosk", station_name="Old name", printer="file:/dev/null", idle_seconds=90, voice_style="digits"))
    # a display: no printer and no language question; Enter keeps the name; "-" clears nothing set
    result = mpp_setup(config, ["display", "", str(tmp_path / "mpp.sqlite"), "-"])
    assert result.returncode == 0, result.stderr
    assert "Ticket printer" not in result.stdout and "Language" not in result.stdout
    assert "token at the hub" not in result.stdout  # no hub, no token
    assert load_config(config) == StationConfig(
        role="display", station_name="Old name", database=str(tmp_path / "mpp.sqlite"), printer="file:/dev/null",
        idle_seconds=90, voice_style="digits")


def test_setup_cut_short_writes_nothing(tmp_path):
    config = write_config(tmp_path / "station.toml", StationConfig(role="counter", station_name="Loket 3"))
    before = config.read_bytes()
    result = mpp_setup(config, ["kiosk", "Kiosk baru"])
    assert result.returncode == 2
    assert "nothing was written" in result.stderr
    assert config.read_bytes() == before
    fresh = tmp_path / "new.toml"
    assert mpp_setup(fresh, []).returncode == 2 and not fresh.exists()


def test_start_without_a_role_says_to_run_setup(tmp_path):
    config = write_config(tmp_path / "station.toml", StationConfig())
    result = subprocess.run([sys.executable, "-m", "app.cli", "start", "--config", str(config)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 2 and "mpp setup" in result.stderr


class Runs:
    """A station's runs: each given (exit code, seconds it ran), on a clock that moves with them."""

    def __init__(self, runs):
        self.runs, self.now, self.slept, self.started = list(runs), 0.0, [], 0

    def start(self):
        if not self.runs:
            raise KeyboardInterrupt  # the end of the test, as Ctrl+C ends `mpp start`
        self.started += 1
        code, seconds = self.runs.pop(0)
        self.now += seconds
        return code

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds


def test_a_desk_closed_by_its_user_stays_closed_a_crashed_one_comes_back():
    runs = Runs([(70, 3600), (0, 1800)])
    assert keep_running(runs.start, always=False, log=lambda m: None, sleep=runs.sleep, clock=lambda: runs.now) == 0
    assert runs.started == 2 and runs.slept == [FIRST_DELAY_S]


def test_a_kiosk_always_comes_back_and_a_crash_loop_slows_down():
    quick = QUICK_CRASH_S / 10
    runs = Runs([(0, 7200)] + [(139, quick)] * 8 + [(70, QUICK_CRASH_S * 2), (139, quick)])
    told = []
    with pytest.raises(KeyboardInterrupt):
        keep_running(runs.start, always=True, log=told.append, sleep=runs.sleep, clock=lambda: runs.now)
    delays = runs.slept
    assert delays[0] == FIRST_DELAY_S  # a clean end of an unattended station: started again
    assert delays[1:9] == [min(FIRST_DELAY_S * 2 ** i, MAX_DELAY_S) for i in range(1, 9)]
    assert max(delays) == MAX_DELAY_S
    assert delays[9] == FIRST_DELAY_S  # a run that lasted: the wait starts small again
    assert "exit code 139" in told[1]


# --- the first-run wizard ----------------------------------------------------------------------------


@pytest.fixture
def empty_station(tmp_path):
    station = Station.open(tmp_path / "new.sqlite")
    yield station
    station.close()


def make_wizard(qtbot, station):
    from ui.setup_wizard import SetupWizard

    wizard = SetupWizard(station)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def click(qtbot, wizard, which=QWizard.WizardButton.NextButton):
    wizard.button(which).click()
    qtbot.wait(10)


def test_from_nothing_the_wizard_makes_a_working_mpp_and_its_admin(qtbot, empty_station):
    assert not has_catalog(empty_station)
    wizard = make_wizard(qtbot, empty_station)
    wizard.source_page.new.click()
    click(qtbot, wizard)
    qtbot.keyClicks(wizard.mpp_page.name, "MPP Kabupaten Contoh")
    wizard.mpp_page.zone.setCurrentIndex(wizard.mpp_page.zone.findData("Asia/Makassar"))
    click(qtbot, wizard)
    page = wizard.first_page
    qtbot.keyClicks(page.agency_code, "dukcapil")  # typed small: the field makes it capitals
    qtbot.keyClicks(page.agency_name, "Dinas Dukcapil")
    qtbot.keyClicks(page.service_code, "KTP")
    qtbot.keyClicks(page.prefix, "1")  # not a letter: refused on Next
    qtbot.keyClicks(page.service_name, "KTP-el")
    click(qtbot, wizard)
    assert wizard.currentPage() is page and page.error.isVisible()
    page.prefix.clear()
    qtbot.keyClicks(page.prefix, "a")
    page.counter.setValue(3)
    click(qtbot, wizard)
    admin = wizard.admin_page
    assert wizard.currentPage() is admin
    qtbot.keyClicks(admin.username, "admin")
    qtbot.keyClicks(admin.full_name, "Admin MPP")
    qtbot.keyClicks(admin.password, "kata-sandi-1")
    qtbot.keyClicks(admin.repeat, "kata-sandi-2")
    click(qtbot, wizard)
    # in whichever language an earlier test left the application
    differ = QCoreApplication.translate("SetupWizard", "The two passwords differ.")
    assert wizard.currentPage() is admin and admin.error.text() == differ
    admin.repeat.clear()
    qtbot.keyClicks(admin.repeat, "kata-sandi-1")
    click(qtbot, wizard)
    assert wizard.currentPage() is wizard.finish_page
    assert "MPP Kabupaten Contoh" in wizard.finish_page.summary.text()
    with qtbot.waitSignal(wizard.finished, timeout=15000):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.loaded and has_catalog(empty_station)
    with empty_station.uow(read_only=True) as uow:
        catalog = show_catalog(uow)
    assert (catalog.mpp_name, catalog.timezone) == ("MPP Kabupaten Contoh", "Asia/Makassar")
    assert [(a.code, [(s.code, s.prefix) for s in a.services]) for a in catalog.agencies] == [("DUKCAPIL", [("KTP", "A")])]
    assert [(c.number, c.services) for c in catalog.counters] == [(3, ["KTP"])]
    with empty_station.uow() as uow:
        assert sign_in(uow, "admin", "kata-sandi-1").role == "admin"


def test_the_demo_catalog_under_this_mpps_name(qtbot, empty_station):
    wizard = make_wizard(qtbot, empty_station)
    wizard.source_page.demo.click()
    click(qtbot, wizard)
    demo = read_catalog_file(DEMO_CATALOG)
    assert wizard.mpp_page.name.text() == demo["mpp"]["name"]  # offered, and changeable
    wizard.mpp_page.name.setText("MPP Kota Latihan")
    click(qtbot, wizard)
    assert wizard.currentPage() is wizard.finish_page  # nothing to create by hand
    with qtbot.waitSignal(wizard.finished, timeout=30000):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    with empty_station.uow(read_only=True) as uow:
        catalog = show_catalog(uow)
    assert catalog.mpp_name == "MPP Kota Latihan"
    assert len(catalog.agencies) == len(demo["agencies"])


def test_a_catalog_file_with_problems_is_refused_on_its_page_and_nothing_is_loaded(qtbot, empty_station, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(TEST_CATALOG.read_text(encoding="utf-8").replace('timezone = "Asia/Jakarta"',
                                                                    'timezone = "Asia/Atlantis"'))
    wizard = make_wizard(qtbot, empty_station)
    qtbot.keyClicks(wizard.source_page.path, str(bad))
    assert wizard.source_page.source() == "file"
    click(qtbot, wizard)
    assert wizard.currentPage() is wizard.source_page
    assert "Asia/Atlantis" in wizard.source_page.error.text()
    wizard.source_page.path.setText(str(TEST_CATALOG))
    click(qtbot, wizard)
    assert wizard.currentPage() is wizard.mpp_page
    assert not has_catalog(empty_station)


def test_a_station_on_a_new_file_opens_the_wizard_first(qtbot, tmp_path):
    """app.cli.open_window_station, as `mpp kiosk` calls it on a new installation."""
    from PySide6.QtCore import QTimer

    from app.cli import CliError, build_parser, open_window_station
    from ui.setup_wizard import SetupWizard

    db = tmp_path / "fresh" / "mpp.sqlite"
    args = build_parser().parse_args(["kiosk", "--db", str(db)])
    args.config = None
    seen = []

    def cancel_the_wizard():
        wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, SetupWizard) and w.isVisible()]
        if not wizards:
            QTimer.singleShot(20, cancel_the_wizard)
            return
        seen.append(wizards[0].currentPage() is wizards[0].source_page)
        wizards[0].button(QWizard.WizardButton.CancelButton).click()

    QTimer.singleShot(0, cancel_the_wizard)
    with pytest.raises(CliError, match="set-up was cancelled"):
        open_window_station(args, StationConfig())
    assert seen == [True] and db.exists()

    def finish_with_the_demo():
        wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, SetupWizard) and w.isVisible()]
        if not wizards:
            QTimer.singleShot(20, finish_with_the_demo)
            return
        wizard = wizards[0]
        wizard.source_page.demo.click()
        wizard.next()
        wizard.next()
        wizard.button(QWizard.WizardButton.FinishButton).click()

    QTimer.singleShot(0, finish_with_the_demo)
    station = open_window_station(args, StationConfig())
    try:
        assert has_catalog(station)
    finally:
        station.close()
    # with a catalog, no wizard: the window opens at once
    again = open_window_station(args, StationConfig())
    assert again.db.path == db.resolve()
    again.close()


def test_the_wizard_pages_fit(qtbot, empty_station):
    from tests.conftest import layout_problems

    wizard = make_wizard(qtbot, empty_station)
    wizard.source_page.new.click()
    pages = [wizard.source_page]
    click(qtbot, wizard)
    wizard.mpp_page.name.setText("MPP Kota Contoh")
    pages.append(wizard.mpp_page)
    click(qtbot, wizard)
    pages.append(wizard.first_page)
    for page in pages:
        assert layout_problems(page) == [], page.title()
