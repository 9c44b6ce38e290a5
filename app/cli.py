"""The `mpp` command line.

Entry points only parse, call one service and print; a domain error becomes a
message on stderr and a non-zero exit, and the service's unit of work has
already rolled back, so nothing changed. No Qt is imported here: station
windows are started through ui/ lazily, from the commands that open them.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app import __version__

EXIT_REFUSED = 1
EXIT_USAGE = 2


class CliError(Exception):
    pass


# --- output -------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def emit(args, data: Any, text: str | None = None) -> None:
    if args.json:
        print(json.dumps(_jsonable(data), ensure_ascii=False, indent=2))
    elif text is not None:
        print(text)


# --- opening the database -------------------------------------------------------------


def db_path(args) -> Path:
    from app.paths import default_db_path

    if args.db:  # --db, else $MPP_DB (main puts it here)
        return Path(args.db).expanduser()
    configured = station_config(args).database  # then the station config's `database`
    return Path(configured).expanduser() if configured else default_db_path()


def station_clock():
    """The system clock, or a moment frozen by MPP_NOW (an ISO time with its zone) for training and tests."""
    from app.clock import ManualClock, system_clock

    frozen = os.environ.get("MPP_NOW")
    if not frozen:
        return system_clock
    try:
        moment = datetime.fromisoformat(frozen)
    except ValueError:
        raise CliError(f"MPP_NOW must be an ISO date-time with its zone, like 2026-11-23T09:00+07:00, not {frozen!r}") from None
    if moment.tzinfo is None:
        raise CliError("MPP_NOW needs a zone, like 2026-11-23T09:00+07:00")
    return ManualClock(moment)


def open_station(args, *, create: bool = False):
    from app.uow import Station

    path = db_path(args)
    if not create and not path.exists():
        raise CliError(f"no database at {path}: run `mpp init --catalog FILE` first (or give --db / MPP_DB)")
    return Station.open(path, station_clock())


def open_window_station(args, config):
    """The station a window opens on. A new installation (no file, or no catalog in it) gets
    the set-up wizard first (ui/setup_wizard.py), not an empty window; a screenshot does not."""
    if getattr(args, "screenshot", None):
        return open_station(args)
    station = open_station(args, create=True)
    from app.station_setup import has_catalog

    if not has_catalog(station):
        import ui.setup_wizard

        if not ui.setup_wizard.run_first_setup(station, config.language):
            raise CliError("set-up was cancelled: this station needs a catalog (start it again, or `mpp init --catalog FILE`)")
    return station


def station_config(args):
    from app.config import load_config

    return load_config(args.config)


def _screen_size(args) -> tuple[int, int] | None:
    if not args.size:
        return None
    from ui.app import parse_size

    try:
        return parse_size(args.size)
    except ValueError as exc:
        raise CliError(str(exc)) from None


def _zone(uow):
    from app.workdays import local_zone

    return local_zone(uow.settings())


def _parse_date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"dates are written YYYY-MM-DD, not {text!r}") from None


# --- commands ----------------------------------------------------------------------------


def cmd_init(args) -> None:
    from app.catalog import load_catalog, read_catalog_file

    if args.hub or args.token:
        return _init_from_hub(args)
    data = read_catalog_file(args.catalog) if args.catalog else None  # read and parse before creating anything
    station = open_station(args, create=True)
    summary = None
    if data is not None:
        with station.uow() as uow:
            summary = load_catalog(uow, data)
            uow.commit()
    result = {"db": str(station.db.path), "station_id": str(station.station_id), "catalog": summary}
    text = f"database ready: {station.db.path}"
    if summary:
        text += (
            f"\ncatalog loaded: {summary.agencies} agencies, {summary.services} services, "
            f"{summary.counters} counters, {summary.staff} staff"
        )
        if summary.deactivated:
            text += "\nno longer in the catalog (deactivated): " + ", ".join(summary.deactivated)
    emit(args, result, text)


def _init_from_hub(args) -> None:
    """Join a sync hub: the catalog and the day so far come from it (app.sync.station.join)."""
    from app.sync.station import join

    if not (args.hub and args.token):
        raise CliError("joining a hub needs both --hub URL and --token TOKEN (`mpp hub add-station` prints one)")
    if args.catalog:
        raise CliError("a station that joins a hub takes the hub's catalog: give --catalog to `mpp hub init` instead")
    station = open_station(args, create=True)
    result = join(station, args.hub, args.token)
    text = f"database ready: {station.db.path}\njoined the hub at {args.hub} as {result.station_name}"
    if result.day:
        text += f": took the catalog and {result.day} so far ({result.rows} rows)"
    emit(args, {"db": str(station.db.path), "station_id": str(station.station_id), "hub": result}, text)


def cmd_catalog_show(args) -> None:
    from app.catalog import show_catalog

    with open_station(args).uow(read_only=True) as uow:
        catalog = show_catalog(uow)
    lines = [f"{catalog.mpp_name} ({catalog.timezone}), priority policy: {catalog.priority_policy}"]
    for agency in catalog.agencies:
        lines.append(f"\n{agency.code}  {agency.name}")
        for s in agency.services:
            quota = f", kuota {s.daily_quota}/hari" if s.daily_quota else ""
            prio = "" if s.accepts_priority else ", tanpa prioritas"
            lines.append(f"  {s.prefix:<2} {s.code:<12} {s.name}{quota}{prio}")
    lines.append("\nLoket:")
    for c in catalog.counters:
        lines.append(f"  {c.number:>3}  {c.name}: {', '.join(c.services)}")
    emit(args, catalog, "\n".join(lines))


def _ticket_line(t, zone) -> str:
    from app.fmt import clock_time

    where = f" loket {t.counter_number}" if t.counter_number else ""
    prio = f" [prioritas: {t.priority_group}]" if t.priority_group else ""
    return f"{t.code:<6} {t.status:<9} {t.service_code:<12} {clock_time(t.issued_at, zone)}{where}{prio}"


def _ticket_text(t, zone) -> str:
    text = _ticket_line(t, zone)
    if t.people_ahead is not None:
        wait = "unknown (no counter open)" if t.estimated_wait_minutes is None else f"~{t.estimated_wait_minutes} min"
        text += f"\n  {t.people_ahead} ahead, estimated wait {wait}"
    return text


def cmd_ticket(args) -> None:
    from app import queue

    actions = {
        "issue": lambda uow: queue.issue_ticket(uow, args.service, args.priority),
        "call": lambda uow: queue.call_next(uow, args.counter),
        "recall": lambda uow: queue.recall(uow, args.ticket, args.counter),
        "start": lambda uow: queue.start_service(uow, args.ticket, args.counter),
        "finish": lambda uow: queue.finish(uow, args.ticket, args.outcome, args.counter),
        "absent": lambda uow: queue.mark_absent(uow, args.ticket, args.counter),
        "return": lambda uow: queue.return_ticket(uow, args.ticket),
        "cancel": lambda uow: queue.cancel(uow, args.ticket, args.note),
        "hold": lambda uow: queue.hold(uow, args.ticket, args.counter, args.note),
        "resume": lambda uow: queue.resume(uow, args.ticket, args.counter),
        "transfer": lambda uow: queue.transfer(uow, args.ticket, args.to, args.counter, args.note),
    }
    with open_station(args).uow() as uow:
        zone = _zone(uow)
        t = actions[args.action](uow)
    emit(args, t, _ticket_text(t, zone))


def cmd_ticket_list(args) -> None:
    from app import queue

    with open_station(args).uow(read_only=True) as uow:
        zone = _zone(uow)
        tickets = queue.list_tickets(uow, _parse_date(args.date))
    emit(args, tickets, "\n".join(_ticket_line(t, zone) for t in tickets) or "no tickets that day")


def cmd_ticket_show(args) -> None:
    from app import queue
    from app.fmt import clock_time

    with open_station(args).uow(read_only=True) as uow:
        zone = _zone(uow)
        ticket = queue.ticket_details(uow, args.ticket)
        history = queue.ticket_history(uow, args.ticket)
    lines = [_ticket_text(ticket, zone)]
    for e in history:
        extra = f" -> {e.to_service_code}" if e.to_service_code else ""
        extra += f" loket {e.counter_number}" if e.counter_number else ""
        extra += f" ({e.note})" if e.note else ""
        lines.append(f"  {clock_time(e.at, zone)}  {e.kind:<11} {e.to_status}{extra}")
    emit(args, {"ticket": ticket, "history": history}, "\n".join(lines))


def cmd_ticket_print(args) -> None:
    from app.printing import print_ticket

    config = station_config(args)
    result = print_ticket(
        open_station(args),
        args.ticket,
        args.printer if args.printer is not None else config.printer,
        paper_mm=config.paper_mm,
        qr=config.printer_qr,
        language=config.language,
        reprint=True,
    )
    if not result.printed:
        from app.errors import Refused

        emit(args, result)
        raise Refused(f"ticket {result.ticket.code} was not printed: {result.fault_message}", code=result.fault_code)
    emit(args, result, f"ticket {result.ticket.code} printed")


def cmd_counter(args) -> None:
    from app import queue

    with open_station(args).uow() as uow:
        status = queue.set_counter_status(uow, args.counter, "paused" if args.action == "pause" else "open")
    emit(args, {"counter": args.counter, "status": status}, f"loket {args.counter}: {status}")


def cmd_staff_hash(args) -> None:
    """A password's argon2 hash for a catalog's password_hash, read without echo (or from a pipe)."""
    import getpass

    from app.auth import hash_password

    secret = getpass.getpass("Password or PIN: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    if len(secret) < 4:
        raise CliError("a password or PIN needs at least 4 characters")
    print(hash_password(secret))


def cmd_counter_window(args) -> int:
    import ui.counter

    size = _screen_size(args)
    config = station_config(args)
    if args.counter_number is not None:
        config = config.replace(counter=args.counter_number)
    return ui.counter.main(open_window_station(args, config), config, screenshot=args.screenshot, size=size)


def cmd_display(args) -> int:
    import ui.display

    size = _screen_size(args)
    config = station_config(args)
    agencies = tuple(args.agency or config.display_agencies)
    return ui.display.main(
        open_window_station(args, config), config, agencies=agencies, fullscreen=args.kiosk, screenshot=args.screenshot,
        size=size,
    )


def cmd_display_text(args) -> None:
    from app.display import set_running_text

    with open_station(args).uow() as uow:
        set_running_text(uow, args.text)
        uow.commit()
    emit(args, {"running_text": args.text}, "running text set" if args.text else "running text cleared")


def cmd_voice_phrase(args) -> None:
    from app.voice import build_phrase, write_wav

    style = args.style or station_config(args).voice_style
    phrase = build_phrase(args.number, args.counter, style)
    data = {"text": phrase.text, "clips": list(phrase.clips), "style": style}
    if args.out:
        data["out"] = str(write_wav(phrase, args.out))
    emit(args, data, phrase.text)


def cmd_day_close(args) -> None:
    from app import queue

    with open_station(args).uow() as uow:
        day = _parse_date(args.date) or queue.today(uow)
        expired = queue.close_day(uow, day)
    emit(args, {"date": day, "expired": expired}, f"{day.isoformat()} closed: {expired} open ticket(s) expired")


def cmd_demo_data(args) -> None:
    from app.demo import simulate_day

    day = _parse_date(args.date)
    summary = simulate_day(open_station(args).db, day, seed=args.seed)
    emit(args, summary, summary.describe())


def cmd_kiosk(args) -> int:
    import ui.kiosk

    size = _screen_size(args)
    config = station_config(args)
    station = open_window_station(args, config)
    return ui.kiosk.main(station, config, fullscreen=args.kiosk, screenshot=args.screenshot, size=size)


def cmd_survey(args) -> int:
    import ui.kiosk

    size = _screen_size(args)
    config = station_config(args)
    station = open_window_station(args, config)
    return ui.kiosk.survey_main(station, config, fullscreen=args.kiosk, screenshot=args.screenshot, size=size)


def cmd_demo(args) -> int:
    from app.demo import demo_config_path, open_demo, print_queue_state

    size = _screen_size(args)
    station, day = open_demo(db_path(args) if args.db else None, announce=print)
    print_queue_state(station, day)
    import ui.launcher

    return ui.launcher.main(station, demo_config_path(), screenshot=args.screenshot, size=size)


def cmd_bench(args) -> None:
    from app.bench import run_benchmarks

    results = run_benchmarks(only=args.only, n=args.n, progress=None if args.json else print)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for r in results:
            base = f"  baseline {r['baseline_median_ms']:.2f} ms, ratio {r['ratio']:.2f}" if "ratio" in r else ""
            base += f"  (hub on {r['hub']})" if "hub" in r else ""
            print(f"{r['name']:<14} n={r['n']:<5} median {r['median_ms']:.2f} ms  p95 {r['p95_ms']:.2f} ms{base}")


def cmd_survey_import(args) -> None:
    from app.survey import import_survey_file

    with open_station(args).uow() as uow:
        summary = import_survey_file(uow, args.file)
    per_service = ", ".join(f"{code} {n}" for code, n in summary.services.items())
    emit(
        args,
        summary,
        f"{summary.rows} survey response(s) imported, {summary.first_date.isoformat()} to "
        f"{summary.last_date.isoformat()}: {per_service}",
    )


_KONVERSI = "@@ikm_konversi@@"


def _ikm_json(figures) -> str:
    """Exactly the keys scripts rely on; ikm_konversi printed with its two decimals (91.50, not 91.5)."""
    data = {
        "respondents": figures.respondents,
        "nrr": dict(figures.nrr),
        "ikm": figures.ikm,
        "ikm_konversi": None if figures.ikm_konversi is None else _KONVERSI,
        "mutu": figures.mutu,
        "kinerja": figures.kinerja,
        "population": figures.population,
        "sample_min": figures.sample_min,
        "sample_ok": figures.sample_ok,
    }
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if figures.ikm_konversi is not None:
        text = text.replace(f'"{_KONVERSI}"', f"{figures.ikm_konversi:.2f}")
    return text


def _ikm_text(figures, scope: str) -> str:
    from app.ikm import ELEMENTS

    lines = [f"IKM {scope}", f"respondents: {figures.respondents}", "", f"{'unsur':<45} {'answered':>8}  NRR"]
    for element in ELEMENTS:
        nrr = figures.nrr[element.key]
        answered = figures.result.answered[element.key]
        lines.append(f"{element.unsur:<45} {answered:>8}  {'-' if nrr is None else repr(nrr)}")
    lines.append("")
    if figures.ikm is None:
        lines.append("IKM: no answers in this range")
    else:
        lines.append(f"IKM (1-4): {figures.ikm!r}")
        konversi = f"IKM unit pelayanan (x 25): {figures.ikm_konversi:.2f}, mutu {figures.mutu} ({figures.kinerja})"
        if figures.result.ikm_sheet_0111 is not None:
            konversi += f"; a sheet weighting each NRR by 0.111 prints {figures.result.ikm_sheet_0111:.2f}"
        lines.append(konversi)
        if figures.result.missing:
            lines.append("no answers for: " + ", ".join(figures.result.missing) + " (the IKM is the mean of the others)")
    if figures.population is None:
        lines.append("population: unknown (a file); no sample check")
    else:
        verdict = "enough" if figures.sample_ok else "too few"
        lines.append(
            f"population (tickets served): {figures.population}; Krejcie-Morgan minimum sample: "
            f"{figures.sample_min}; respondents {figures.respondents}: {verdict}"
        )
    return "\n".join(lines)


def cmd_ikm(args) -> None:
    from app.survey import ikm_of_file, ikm_over

    start, end = _parse_date(args.start), _parse_date(args.end)
    scope = [f"from {start.isoformat()}" if start else "", f"to {end.isoformat()}" if end else ""]
    scope += [f"service {args.service.upper()}" if args.service else "", f"agency {args.agency.upper()}" if args.agency else ""]
    if args.csv:
        if args.agency:
            raise CliError("--agency needs the catalog of a database; it cannot be used with --csv")
        figures = ikm_of_file(args.csv, start=start, end=end, service_code=args.service)
        scope.append(f"of {args.csv}")
    else:
        with open_station(args).uow(read_only=True) as uow:
            figures = ikm_over(uow, start, end, args.service, args.agency)
    if args.json:
        print(_ikm_json(figures))
    else:
        print(_ikm_text(figures, " ".join(part for part in scope if part) or "of every response"))


def cmd_report_ikm(args) -> None:
    from app.survey import ikm_report_data, parse_period

    period = parse_period(args.period)
    with open_station(args).uow(read_only=True) as uow:
        data = ikm_report_data(uow, period)
    from app.report_ikm import render_ikm_report

    path = render_ikm_report(data, args.out)
    emit(
        args,
        {"period": period.code, "label": period.label, "respondents": data.result.respondents, "pdf": str(path)},
        f"laporan SKM {period.label} ({data.result.respondents} responden): {path}",
    )


def cmd_report_daily(args) -> None:
    from app.daily import daily_summary
    from app.report_daily import render_daily_report

    with open_station(args).uow(read_only=True) as uow:
        summary = daily_summary(uow, _parse_date(args.date))
    path = render_daily_report(summary, args.out)
    data = summary.to_json() | {"pdf": str(path)}
    emit(args, data, f"ringkasan harian {summary.day.isoformat()} ({summary.issued} tiket): {path}")


# --- the parser ------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    # --db and --json are accepted before and after the subcommand.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help="SQLite file (default: $MPP_DB or the user data directory)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output")
    common.add_argument(
        "--config", metavar="FILE", default=argparse.SUPPRESS,
        help="station config TOML (default: $MPP_CONFIG or station.toml in the user config directory)",
    )
    # every station window can render its first screen into a PNG instead of opening
    screen = argparse.ArgumentParser(add_help=False)
    screen.add_argument("--screenshot", metavar="FILE.png", type=Path, help="render the first screen offscreen into FILE and exit")
    screen.add_argument("--size", metavar="WxH", help="window size, e.g. 1080x1920 (portrait) or 1920x1080")

    parser = argparse.ArgumentParser(prog="mpp", description="mpp-desk: queue, survey and complaints for an MPP", parents=[common])
    parser.add_argument("--version", action="version", version=f"mpp-desk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name, func, help, parent=sub, parents=()):
        p = parent.add_parser(name, help=help, parents=[common, *parents], description=help)
        p.set_defaults(func=func)
        return p

    p = add("init", cmd_init, "create or migrate the database; load a catalog")
    p.add_argument("--catalog", metavar="FILE", help="catalog TOML (resources/catalog/FORMAT.md)")
    p.add_argument("--hub", metavar="URL", help="join this sync hub (http://HOST:8765): take its catalog and the day so far")
    p.add_argument("--token", metavar="TOKEN", help="this station's token at the hub (`mpp hub add-station NAME`)")

    catalog = sub.add_parser("catalog", help="the MPP's agencies, services and counters").add_subparsers(dest="what", required=True)
    add("show", cmd_catalog_show, "print the catalog", catalog)

    ticket = sub.add_parser("ticket", help="issue, call and serve tickets").add_subparsers(dest="action", required=True)
    p = add("issue", cmd_ticket, "issue a ticket for a service", ticket)
    p.add_argument("service", metavar="SERVICE_CODE")
    p.add_argument("--priority", metavar="GROUP", help="disabilitas, lansia, hamil, anak or korban_bencana")
    p = add("call", cmd_ticket, "call the next ticket for a counter", ticket)
    p.add_argument("counter", metavar="COUNTER", help="counter (loket) number")
    for action, help in (
        ("recall", "call the same ticket again"),
        ("start", "start serving a called ticket"),
        ("finish", "finish serving a ticket"),
        ("absent", "mark a called ticket absent (no-show)"),
        ("return", "put an absent ticket back in the queue (same day)"),
        ("cancel", "cancel a ticket"),
        ("hold", "set a ticket aside at its counter"),
        ("resume", "serve a held ticket again"),
        ("transfer", "move a ticket to another service, keeping its arrival time"),
    ):
        p = add(action, cmd_ticket, help, ticket)
        p.add_argument("ticket", metavar="TICKET", help="number of the day (A023) or id")
        p.add_argument("--counter", metavar="N", help="the counter acting on it")
        if action == "finish":
            p.add_argument("--outcome", "--note", dest="outcome", help="outcome note")
        if action in ("cancel", "hold", "transfer"):
            p.add_argument("--note")
        if action == "transfer":
            p.add_argument("--to", required=True, metavar="SERVICE_CODE")
    p = add("list", cmd_ticket_list, "list a day's tickets", ticket)
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p = add("show", cmd_ticket_show, "a ticket and its full history", ticket)
    p.add_argument("ticket", metavar="TICKET")
    p = add("print", cmd_ticket_print, "print or reprint a ticket on the thermal printer", ticket)
    p.add_argument("ticket", metavar="TICKET", help="number of the day (A023) or id")
    p.add_argument(
        "--printer", metavar="SPEC",
        help="usb:VID:PID, tcp:HOST[:PORT] (port 9100 by default) or file:PATH (default: the station config's)",
    )

    # `mpp counter` alone opens the counter window; its subcommands act on a counter from the shell
    p = add("counter", cmd_counter_window, "the counter (loket) station: sign in, call and serve", parents=[screen])
    p.add_argument("--counter", dest="counter_number", type=int, metavar="N", help="offer this loket first at sign-in")
    counter = p.add_subparsers(dest="action", metavar="SUBCOMMAND")
    for action, help in (("pause", "put a counter on a break"), ("resume", "open a counter again")):
        p = add(action, cmd_counter, help, counter)
        p.add_argument("counter", metavar="COUNTER")

    staff = sub.add_parser("staff", help="staff accounts").add_subparsers(dest="what", required=True)
    add("hash", cmd_staff_hash, "hash a password or PIN for a catalog's password_hash (read from the terminal or stdin)", staff)

    p = add("display", cmd_display, "the display board: numbers called, spoken in Bahasa Indonesia", parents=[screen])
    p.add_argument("--agency", action="append", metavar="CODE", help="show only this agency's calls (repeatable)")
    p.add_argument("--kiosk", action="store_true", help="fullscreen and frameless, for the board itself")
    display = p.add_subparsers(dest="what", metavar="SUBCOMMAND")
    p = add("text", cmd_display_text, "set the running text every display board shows", display)
    p.add_argument("text", metavar="TEXT", help='the text; "" for none')

    voice = sub.add_parser("voice", help="the display's voice").add_subparsers(dest="what", required=True)
    p = add("phrase", cmd_voice_phrase, "the sentence the display says for a call, and its audio", voice)
    p.add_argument("number", metavar="NUMBER", help="ticket number, e.g. A023")
    p.add_argument("--counter", required=True, type=int, metavar="N", help="counter (loket) number")
    p.add_argument("--style", choices=("words", "digits"), help="words (A dua puluh tiga) or digits (A nol dua tiga); default: the station config's")
    p.add_argument("--out", metavar="FILE.wav", type=Path, help="write the audio the display would play")

    day = sub.add_parser("day", help="the business day").add_subparsers(dest="what", required=True)
    p = add("close", cmd_day_close, "close a day: open tickets expire", day)
    p.add_argument("--date", metavar="YYYY-MM-DD")

    p = add("demo-data", cmd_demo_data, "simulate a realistic day of tickets through the real services")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--seed", type=int, help="random seed (default: from the date)")

    p = add("kiosk", cmd_kiosk, "the touch kiosk: tickets and standar pelayanan", parents=[screen])
    p.add_argument("--kiosk", action="store_true", help="fullscreen and frameless, for the kiosk itself")

    add("demo", cmd_demo, "the demo MPP on its own SQLite file, and a launcher for its stations", parents=[screen])

    p = add("bench", cmd_bench, "measure the core operations on a year of history")
    p.add_argument("--only", metavar="NAME", help="run one benchmark (issue_ticket, call_next)")
    p.add_argument("-n", type=int, default=300, help="operations measured per benchmark")

    # `mpp survey` alone opens the touch survey (the kiosk's survey flow alone, for a tablet at a counter)
    p = add("survey", cmd_survey, "the satisfaction survey (SKM): by touch, or a subcommand", parents=[screen])
    p.add_argument("--kiosk", action="store_true", help="fullscreen and frameless")
    survey = p.add_subparsers(dest="what", metavar="SUBCOMMAND")
    p = add("import", cmd_survey_import, "store a paper survey file (CSV or XLSX), all rows or none", survey)
    p.add_argument("file", metavar="FILE", type=Path)

    p = add("ikm", cmd_ikm, "the IKM (Indeks Kepuasan Masyarakat) over a range of days")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day (default: the first response)")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day, included (default: the last response)")
    p.add_argument("--service", metavar="CODE", help="one service")
    p.add_argument("--agency", metavar="CODE", help="the services of one agency")
    p.add_argument("--csv", metavar="FILE", type=Path, help="compute over a survey file instead; stores nothing")

    report = sub.add_parser("report", help="reports as PDF").add_subparsers(dest="what", required=True)
    p = add("ikm", cmd_report_ikm, "the laporan SKM of a period as a PDF", report)
    p.add_argument("--period", required=True, metavar="P", help="2026, 2026-S1, 2026-T3 or 2026-11")
    p.add_argument("--out", required=True, metavar="FILE.pdf", type=Path)
    p = add("daily", cmd_report_daily, "the daily summary of a business day as a PDF", report)
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the business day (default: today)")
    p.add_argument("--out", required=True, metavar="FILE.pdf", type=Path)
    from app.cli_complaint import add_complaint_commands
    from app.cli_ops import add_ops_commands
    from app.cli_supervisor import add_supervisor_commands
    from app.cli_sync import add_sync_commands

    add_complaint_commands(sub, add)
    add_supervisor_commands(sub, add, report=report, screen=screen)
    add_sync_commands(sub, add)
    add_ops_commands(sub, add, screen=screen)
    return parser


def main(argv: list[str] | None = None) -> int:
    from sqlalchemy.exc import DatabaseError, OperationalError

    from app.errors import MppError

    parser = build_parser()
    args = parser.parse_args(argv)
    if argv is None:  # the program itself, not a call from Python (tests call main([...]))
        from app.logs import start_logging

        start_logging(args.command, sys.argv[1:])
    args.db = getattr(args, "db", None) or os.environ.get("MPP_DB")
    args.json = getattr(args, "json", False)
    args.config = getattr(args, "config", None)
    try:
        status = args.func(args)
    except MppError as exc:
        print(f"mpp: {exc.message}", file=sys.stderr)
        return EXIT_REFUSED
    except CliError as exc:
        print(f"mpp: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (OperationalError, DatabaseError) as exc:
        print(f"mpp: the database could not be used: {exc.orig}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        # the reader went away (`mpp ticket list | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return status or 0


if __name__ == "__main__":
    # `python -m app.cli` runs this file as __main__, a second copy of the module: run the
    # one imported as app.cli, whose CliError the command modules (app.cli_*) raise
    from app.cli import main as _main

    sys.exit(_main())
