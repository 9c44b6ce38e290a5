"""`mpp self-check`, `mpp setup`, `mpp start` and `mpp logs`: installing, checking and
running a station (issue 10)."""

from __future__ import annotations

import json
import logging
import sys
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


def cmd_self_check(args) -> int:
    from app import __version__
    from app.cli import db_path
    from app.errors import MppError
    from app.paths import default_db_path
    from app.selfcheck import FAIL, format_check, run_self_check, summary

    try:
        database = db_path(args)
    except MppError:  # a broken station config: the config check below says what is wrong
        database = Path(args.db).expanduser() if args.db else default_db_path()
    where = f"the bundle in {Path(sys.executable).parent}" if getattr(sys, "frozen", False) else "a source checkout"
    if not args.json:
        print(f"mpp-desk {__version__} self-check, from {where}", flush=True)

    def run(workdir: Path):
        report = (lambda check: None) if args.json else (lambda check: print(format_check(check), flush=True))
        return run_self_check(database, args.config, workdir, report)

    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        checks = run(args.out)
    else:
        with tempfile.TemporaryDirectory(prefix="mpp-self-check-") as workdir:
            checks = run(Path(workdir))
    ok = not any(c.status == FAIL for c in checks)
    if args.json:
        data = {"version": __version__, "ok": ok, "checks": [c.__dict__ for c in checks]}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(summary(checks))
    log.info("self-check: %s", summary(checks))
    return 0 if ok else 1


def _terminal_ask(prompt: str, secret: bool) -> str:
    """One answer: typed (a secret without echo), or the next line of piped input."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt) if secret else input(prompt)
    print(prompt, end="", flush=True)
    line = sys.stdin.readline()
    if not line:
        print()
        raise EOFError
    answer = line.rstrip("\r\n")
    print("" if secret else answer)  # the transcript shows what was answered, except a secret
    return answer


def cmd_setup(args) -> None:
    from app.cli import CliError
    from app.config import StationConfig, default_config_path, load_config, write_config
    from app.errors import InvalidInput
    from app.paths import default_db_path
    from app.selfcheck import probe_printer
    from app.station_setup import SetupCancelled, ask_questions

    path = Path(args.config).expanduser() if args.config else default_config_path()
    config = StationConfig()
    if path.exists():
        try:
            config = load_config(path)
            print(f"Editing {path}: press Enter to keep the value in brackets.")
        except InvalidInput as error:
            print(f"{path} has problems ({error.message}); starting from the defaults.")
    else:
        print(f"Writing a new station config to {path}: press Enter to take the value in brackets.")
    if args.db:
        config = config.replace(database=str(Path(args.db).expanduser()))
    try:
        config = ask_questions(config, _terminal_ask, print, default_db=default_db_path(), check_printer=probe_printer)
    except SetupCancelled as cancelled:
        raise CliError(str(cancelled)) from None
    write_config(path, config)
    log.info("station config written: %s (role %s)", path, config.role)
    print(f"\nWrote {path}. Every other setting is in that file, with what it does.")
    print("Next: `mpp self-check`, then `mpp start` (README: starting a station at boot).")


def cmd_start(args) -> int:
    import signal
    import subprocess

    from app.cli import CliError, station_config
    from app.station_setup import UNATTENDED, keep_running, mpp_command

    config = station_config(args)
    if not config.role:
        raise CliError("this station has no role yet: run `mpp setup` first")
    argv = [config.role, *(["--kiosk"] if config.role in UNATTENDED else [])]
    argv += ["--config", str(args.config)] if args.config else []
    argv += ["--db", str(args.db)] if args.db else []
    program, child_args = mpp_command(*argv)
    log.info("starting the %s station: %s", config.role, " ".join([program, *child_args]))

    def start() -> int:
        child = subprocess.Popen([program, *child_args])
        try:
            return child.wait()
        except BaseException:  # stopped (Ctrl+C, SIGTERM from systemd): the station goes with us
            child.terminate()
            try:
                child.wait(10)
            except subprocess.TimeoutExpired:
                child.kill()
            raise

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    try:
        return keep_running(start, always=config.role in UNATTENDED, log=log.warning)
    except KeyboardInterrupt:
        log.info("stopped by the user")
        return 130


def cmd_logs(args) -> None:
    from app.cli import emit
    from app.logs import crash_reports, log_dir

    directory = log_dir()
    logs = sorted(directory.glob("*.log")) if directory.exists() else []
    reports = crash_reports(directory) if directory.exists() else []
    lines = [f"logs in {directory}"]
    lines += [f"  {p.name:<16} {p.stat().st_size:>10,} bytes" for p in logs]
    if reports:
        lines.append(f"{len(reports)} crash report(s), the newest last:")
        lines += [f"  {p}" for p in reports[-5:]]
    else:
        lines.append("no crash reports")
    emit(args, {"dir": str(directory), "logs": [str(p) for p in logs], "crash_reports": [str(p) for p in reports]},
         "\n".join(lines))


def cmd_bench_counter(args) -> None:
    """The counter process of `mpp bench`'s call_to_display (ui/display/bench.py)."""
    from ui.display.bench import counter_process

    counter_process(args.bench_db, args.counter, args.service, args.start)


def add_ops_commands(sub, add, *, screen) -> None:
    p = add("self-check", cmd_self_check, "check this installation: database, ticket, report, every station "
                                          "window, printer, audio, hub")
    p.add_argument("--out", metavar="DIR", type=Path, help="keep the ticket, report and screenshots in DIR "
                                                          "(default: a temporary folder, removed)")
    add("setup", cmd_setup, "write the station config by answering a few questions (answers may be piped in)")
    add("start", cmd_start, "open this PC's station (the role in the station config) and start it again when it stops")
    add("logs", cmd_logs, "where the logs and crash reports are")
    # not listed: the other process of `mpp bench`, started by the bench through this same program
    p = sub.add_parser("_bench-counter")
    p.set_defaults(func=cmd_bench_counter)
    p.add_argument("bench_db")
    p.add_argument("counter", type=int)
    p.add_argument("service")
    p.add_argument("start")
