"""`mpp supervisor`, `mpp report period`, exports and backups (issue 8).

    mpp supervisor [--screenshot FILE.png] [--size WxH]      the supervisor's window
    mpp report period (--period P | --from D --to D) --out FILE.pdf [--json]
    mpp export {tickets,survey,complaints} --from D --to D --out FILE.csv|FILE.xlsx [--as USERNAME]
    mpp backup [--dir D] [--keep N] [--if-due]
    mpp backup list [--dir D]
    mpp backup check FILE
    mpp restore FILE [--yes]

app.cli is imported inside the functions: app.cli imports this module while it builds
its parser.
"""

from __future__ import annotations

import sys
from pathlib import Path


def add_supervisor_commands(sub, add, *, report, screen) -> None:
    p = add("supervisor", cmd_supervisor, "the supervisor's station: the day at a glance, reports, administration",
            parents=[screen])  # fmt: skip

    p = add("period", cmd_report_period, "the summary of a week, a month or any range of days as a PDF", report)
    p.add_argument("--period", metavar="P", help="2026-W48, 2026-11, 2026-T4, 2026 or 2026-11-02..2026-11-20")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day (with --to, instead of --period)")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day, included")
    p.add_argument("--out", required=True, metavar="FILE.pdf", type=Path)

    from app.export import KINDS

    p = add("export", cmd_export, "tickets, survey responses or complaints of a range of days as CSV or XLSX")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD", help="first day")
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD", help="last day, included")
    p.add_argument("--out", required=True, metavar="FILE", type=Path, help="FILE.csv or FILE.xlsx")
    p.add_argument("--as", dest="staff", metavar="USERNAME",
                   help="export as this staff member, with what their role may see (default: the admin operator)")

    folder = "backup folder (default: backups in the user data directory)"
    p = add("backup", cmd_backup, "back up the database now (online, while stations run), keeping the newest N")
    p.add_argument("--dir", type=Path, metavar="D", help=folder)
    p.add_argument("--keep", type=int, default=None, metavar="N", help="backups to keep (default 14)")
    p.add_argument("--if-due", action="store_true", help="only when there is no backup of today yet (for a scheduler)")
    backup = p.add_subparsers(dest="what", metavar="SUBCOMMAND")
    p = add("list", cmd_backup_list, "the backups in the folder, newest first", backup)
    p.add_argument("--dir", type=Path, metavar="D", help=folder)
    p = add("check", cmd_backup_check, "whether a backup file can be restored, and what it holds", backup)
    p.add_argument("file", metavar="FILE", type=Path)

    p = add("restore", cmd_restore, "put a backup in place of the database, after checking it")
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def cmd_supervisor(args) -> int:
    import ui.supervisor
    from app.cli import _screen_size, open_window_station, station_config

    size = _screen_size(args)
    config = station_config(args)
    return ui.supervisor.main(open_window_station(args, config), config, screenshot=args.screenshot, size=size)


# --- the period summary ---------------------------------------------------------------------------


def _range(args) -> tuple:
    from app.cli import CliError, _parse_date
    from app.period import parse_period

    if args.period and (args.start or args.end):
        raise CliError("give --period or --from and --to, not both")
    if args.period:
        return parse_period(args.period)
    if not (args.start and args.end):
        raise CliError("give --period P, or --from D and --to D")
    return _parse_date(args.start), _parse_date(args.end)


def cmd_report_period(args) -> None:
    from app.cli import CliError, emit, open_station
    from app.period import period_summary
    from app.report_period import render_period_report

    if args.out.suffix.lower() != ".pdf":
        raise CliError(f"the report is written to a .pdf file, not {args.out.name!r}")
    start, end = _range(args)
    with open_station(args).uow(read_only=True) as uow:
        summary = period_summary(uow, start, end)
    path = render_period_report(summary, args.out)
    data = summary.to_json() | {"pdf": str(path)}
    emit(args, data, f"ringkasan periode {summary.label} ({summary.issued} tiket, {summary.working_days} hari "
         f"kerja): {path}")  # fmt: skip


# --- exports ------------------------------------------------------------------------------------


def cmd_export(args) -> None:
    from app import complaints
    from app.cli import _parse_date, emit, open_station
    from app.complaint_export import export_format
    from app.export import export_table

    export_format(args.out)  # refuse a wrong suffix before opening anything
    start, end = _parse_date(args.start), _parse_date(args.end)
    with open_station(args).uow() as uow:
        actor = complaints.staff_actor(uow, args.staff) if args.staff else complaints.CLI
        rows = export_table(uow, args.kind, start, end, args.out, actor=actor)
    data = {"kind": args.kind, "path": str(args.out), "rows": rows, "as": actor.name, "role": actor.role}
    emit(args, data, f"{rows} {args.kind} row(s) written to {args.out}")


# --- backups ------------------------------------------------------------------------------------


def _backup_dir(args) -> Path:
    from app.backup import default_backup_dir

    return args.dir.expanduser() if args.dir else default_backup_dir()


def _plain(item) -> dict:
    """A BackupInfo or BackupCheck as JSON's values (paths as text)."""
    import dataclasses

    return {k: str(v) if isinstance(v, Path) else v for k, v in dataclasses.asdict(item).items()}


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} kB"


def cmd_backup(args) -> None:
    from app import backup
    from app.cli import CliError, db_path, emit, station_clock

    database = db_path(args)
    now = station_clock()().astimezone()  # the machine's local time (MPP_NOW freezes it for training and tests)
    if not database.exists():
        raise CliError(f"no database at {database}: nothing to back up (give --db / MPP_DB)")
    keep = backup.DEFAULT_KEEP if args.keep is None else args.keep
    folder = _backup_dir(args)
    if args.if_due:
        path = backup.backup_if_due(database, folder, keep=keep, now=now)
    else:
        path = backup.backup_now(database, folder, keep=keep, now=now)
    if path is None:
        emit(args, {"backup": None, "dir": str(folder)}, f"a backup of today is already in {folder}")
        return
    check = backup.check_backup(path)
    data = {"backup": str(path), "dir": str(folder), "keep": keep, "check": _plain(check)}
    emit(args, data, f"backup written: {path} ({_size(path.stat().st_size)}; {check.tickets} tickets, "
         f"{check.complaints} complaints, {check.survey_responses} survey responses); the newest {keep} kept")


def cmd_backup_list(args) -> None:
    from app.backup import list_backups
    from app.cli import emit

    folder = _backup_dir(args)
    found = list_backups(folder)
    lines = []
    for b in found:
        days = f"  tickets {b.first_day.isoformat()} to {b.last_day.isoformat()}" if b.first_day else ""
        lines.append(f"{b.taken_at:%Y-%m-%d %H:%M:%S}  {_size(b.size):>9}  {b.path.name}{days}")
    emit(args, [_plain(b) for b in found], "\n".join(lines) or f"no backups in {folder}")


def _check_text(check) -> str:
    if not check.ok:
        return f"{check.path}: cannot be restored\n  " + "\n  ".join(check.problems)
    days = f", tickets {check.first_day.isoformat()} to {check.last_day.isoformat()}" if check.first_day else ""
    return (f"{check.path}: ok (schema {check.revision}; {check.tickets} tickets, {check.complaints} complaints, "
            f"{check.survey_responses} survey responses{days})")


def cmd_backup_check(args) -> int:
    from app.backup import check_backup
    from app.cli import emit

    check = check_backup(args.file)
    emit(args, _plain(check), _check_text(check))
    return 0 if check.ok else 1


def cmd_restore(args) -> None:
    from app.backup import check_backup, restore_backup
    from app.cli import CliError, db_path, emit

    database = db_path(args)
    check = check_backup(args.file)
    if check.ok and not args.yes:
        if not sys.stdin.isatty():
            raise CliError("restoring replaces the database: add --yes to confirm")
        print(_check_text(check))
        answer = input(f"Replace {database} with this backup? The current file is kept beside it. [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "ya"):
            raise CliError("not restored")
    aside = restore_backup(args.file, database)  # refuses a bad file, changing nothing
    data = {"restored": str(args.file), "db": str(database), "previous": str(aside) if aside else None}
    kept = f"; the database as it was is kept in {aside}" if aside else ""
    emit(args, data, f"{database} restored from {args.file}{kept}")
