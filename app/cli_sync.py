"""`mpp hub ...` and `mpp sync` (issue 9).

    mpp hub init --db URL [--catalog FILE]     create the hub's tables; load or change its catalog
    mpp hub serve --db URL [--host H] [--port P]
    mpp hub add-station NAME --db URL          a new station's token, alone on the last line
    mpp hub revoke NAME --db URL
    mpp hub new-epoch --db URL                 after restoring the hub's database from a backup
    mpp hub status --db URL [--json]           every station as the hub sees it
    mpp sync [--once] [--hub URL --token TOKEN] [--lease-ahead] [--status]

URL is postgresql+psycopg://USER:PASSWORD@HOST/DB or a SQLite file path. A station
joins with `mpp init --hub URL --token TOKEN` (app.cli). app.cli is imported inside
the functions: app.cli imports this module while it builds its parser.
"""

from __future__ import annotations

import argparse


def add_sync_commands(sub, add) -> None:
    hub_common = argparse.ArgumentParser(add_help=False)
    hub_common.add_argument("--db", required=True, metavar="URL",
                            help="the hub's database: postgresql+psycopg://USER:PASSWORD@HOST/DB or a SQLite file")  # fmt: skip
    hub_common.add_argument("--json", action="store_true", help="machine-readable output")
    hub = sub.add_parser("hub", help="the sync hub: its database, its stations, its HTTP service")
    commands = hub.add_subparsers(dest="action", required=True, metavar="ACTION")

    def hub_command(name, func, help):
        p = commands.add_parser(name, help=help, description=help, parents=[hub_common])
        p.set_defaults(func=func)
        return p

    p = hub_command("init", cmd_hub_init, "create the hub's tables (once); load or change its catalog")
    p.add_argument("--catalog", metavar="FILE", help="catalog TOML: stations take it, and later changes, from the hub")
    p = hub_command("serve", cmd_hub_serve, "serve the hub over HTTP until interrupted")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1; 0.0.0.0 for the LAN)")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    p = hub_command("add-station", cmd_hub_add_station, "add a station; prints its token (shown once) on the last line")
    p.add_argument("name", metavar="NAME", help="the station's name: kiosk-1, loket-3, display-hall, ...")
    p = hub_command("revoke", cmd_hub_revoke, "revoke a station's token: the hub refuses it from now on")
    p.add_argument("name", metavar="NAME")
    hub_command("new-epoch", cmd_hub_new_epoch,
                "after restoring the hub's database from a backup: stations push again what it lacks")  # fmt: skip
    hub_command("status", cmd_hub_status, "every station as the hub sees it")

    p = add("sync", cmd_sync, "sync this station with its hub: push, pull, long-poll, retry for ever")
    p.add_argument("--once", action="store_true", help="push what waits, pull what is new, and stop")
    p.add_argument("--hub", metavar="URL", help="the hub's address (default: the one this station joined)")
    p.add_argument("--token", metavar="TOKEN", help="this station's token (default: the one it joined with)")
    p.add_argument("--lease-ahead", action="store_true",
                   help="hold ticket numbers for every service ahead, as a kiosk does")  # fmt: skip
    p.add_argument("--status", action="store_true", help="print this station's sync state and stop (no network)")


def _hub(args):
    from app.cli import station_clock
    from app.sync.hub import Hub

    return Hub(args.db, station_clock())


def cmd_hub_init(args) -> None:
    from app.catalog import read_catalog_file
    from app.cli import emit

    data = read_catalog_file(args.catalog) if args.catalog else None
    hub = _hub(args)
    try:
        meta = hub.init()
        summary = hub.load_catalog(data) if data is not None else None
    finally:
        hub.close()
    text = f"hub ready ({hub.backend}): id {meta['hub_id']}, epoch {meta['epoch']}"
    if summary:
        text += (f"\ncatalog loaded: {summary.agencies} agencies, {summary.services} services, "
                 f"{summary.counters} counters, {summary.staff} staff")  # fmt: skip
        if summary.deactivated:
            text += "\nno longer in the catalog (deactivated): " + ", ".join(summary.deactivated)
    emit(args, {"hub_id": meta["hub_id"], "epoch": meta["epoch"], "backend": hub.backend, "catalog": summary}, text)


def cmd_hub_serve(args) -> None:
    from app.cli import station_clock
    from app.sync.server import serve

    print(f"mpp hub serving on http://{args.host}:{args.port} (Ctrl-C stops it)", flush=True)
    try:
        serve(args.db, args.host, args.port, clock=station_clock())
    except KeyboardInterrupt:  # uvicorn raises the signal again once it has shut down
        pass
    print("mpp hub stopped", flush=True)


def cmd_hub_add_station(args) -> None:
    from app.cli import emit

    hub = _hub(args)
    try:
        hub.check()
        token = hub.add_station(args.name)
    finally:
        hub.close()
    emit(args, {"name": args.name, "token": token},
         f"station {args.name} added; its token, shown only now (join with `mpp init --hub URL --token TOKEN`):\n{token}")


def cmd_hub_revoke(args) -> None:
    from app.cli import emit

    hub = _hub(args)
    try:
        hub.check()
        hub.revoke(args.name)
    finally:
        hub.close()
    emit(args, {"name": args.name, "revoked": True}, f"station {args.name} revoked")


def cmd_hub_new_epoch(args) -> None:
    from app.cli import emit

    hub = _hub(args)
    try:
        hub.check()
        epoch = hub.new_epoch()
    finally:
        hub.close()
    emit(args, epoch, f"new epoch {epoch['epoch']}: stations push again what they pushed after "
                      f"sequence {epoch['epoch_base']}")  # fmt: skip


def cmd_hub_status(args) -> None:
    from app.cli import emit

    hub = _hub(args)
    try:
        hub.check()
        status = hub.status()
    finally:
        hub.close()
    lines = [f"hub {status.hub_id}, epoch {status.epoch}, last sequence {status.high}"]
    for s in status.stations:
        state = "revoked" if s.revoked else ("connected" if s.connected else "not connected")
        seen = s.last_seen_at.isoformat(timespec="seconds") if s.last_seen_at else "never"
        lines.append(f"  {s.name:<16} {state:<13} last seen {seen}, {s.behind} behind, {s.waiting} waiting to push")
    emit(args, status, "\n".join(lines))


def cmd_sync(args) -> int | None:
    from app.cli import emit, open_station

    station = open_station(args)
    if args.status:
        from app.sync.status import local_sync_status

        status = local_sync_status(station)
        text = "this station works alone (no hub)" if not status.joined else (
            f"hub {status.hub_url} as {status.station_name}: {'connected' if status.connected else 'not connected'}, "
            f"last sync {status.last_sync_at.isoformat(timespec='seconds') if status.last_sync_at else 'never'}, "
            f"{status.waiting} change(s) waiting"
            + (f"\nlast error: {status.last_error}" if status.last_error else "")
            + "".join(f"\nrefused: {n.subject}: {n.message}" for n in status.notices)
        )  # fmt: skip
        emit(args, status, text)
        return None
    from app.sync.station import open_client, set_lease_ahead, sync_once

    if args.lease_ahead:
        set_lease_ahead(station, True)
    if args.once:
        with open_client(station, args.hub, args.token) as client:
            report = sync_once(station, client)
        emit(args, report, f"pushed {report.pushed.sent} change(s) ({report.pushed.ok} new, {report.pushed.dup} known, "
                           f"{report.pushed.refused} refused, {report.pushed.later} later), pulled {report.pulled}, "
                           f"leased {report.leased} block(s) of numbers")  # fmt: skip
        return None
    import logging
    import signal
    import threading

    from app.sync.worker import SyncWorker

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    open_client(station, args.hub, args.token).close()  # a station that never joined is told now
    worker = SyncWorker(station, url=args.hub, token=args.token).start()
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    print(f"syncing {station.db.path} (Ctrl-C stops)", flush=True)
    try:
        while not done.wait(1.0):
            pass
    except KeyboardInterrupt:
        pass
    worker.stop()
    return 0
