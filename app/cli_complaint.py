"""`mpp complaint ...`: the complaints desk on the command line.

    mpp complaint add --json-file F              intake from JSON (app.complaints.INTAKE_KEYS); "-" reads stdin
    mpp complaint show NUMBER [--public]         the staff view, or what the kiosk shows
    mpp complaint advance NUMBER --to STAGE [--note TEXT] [--public-note] [--agency CODE] [--forwarded-to TEXT]
    mpp complaint note NUMBER --note TEXT [--public]
    mpp complaint list [--overdue] [--stage STAGE]
    mpp complaint export --out FILE.csv|FILE.xlsx [--from D] [--to D]
    mpp complaint receipt NUMBER [--out FILE.pdf | --printer SPEC] [--language id|en]
    mpp complaint erase-expired [--before D]     erase personal data past the retention period
    mpp complaint erase NUMBER --note TEXT       erase one complainant's personal data (their request)
    mpp complaint citizen-export (--nomor N | --nik NIK|-) --out FILE.json

Every command takes --staff USERNAME: it acts as that staff member, with their role
(app.complaints.PRIVACY). Without it, it acts as the command-line operator with the
admin role, recorded in the history as "cli".

app.cli is imported inside the functions: app.cli imports this module while it builds
its parser.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

NUMBER_HELP = "complaint number (ADU-2026-000123) or the receipt's QR text"


def add_complaint_commands(sub, add) -> None:
    staff = argparse.ArgumentParser(add_help=False)
    staff.add_argument(
        "--staff", metavar="USERNAME", help="act as this staff member, with their role (default: the admin operator)"
    )
    complaint = sub.add_parser("complaint", help="complaints (pengaduan): intake, workflow, receipts, exports")
    commands = complaint.add_subparsers(dest="action", required=True, metavar="ACTION")

    p = add("add", cmd_complaint_add, "file a complaint from a JSON intake", commands, parents=[staff])
    p.add_argument("--json-file", required=True, metavar="F", help="the intake, a JSON object; - reads standard input")

    p = add("show", cmd_complaint_show, "a complaint: the staff view, or --public for what the kiosk shows", commands,
            parents=[staff])  # fmt: skip
    p.add_argument("number", metavar="NUMBER", help=NUMBER_HELP)
    p.add_argument("--public", action="store_true", help="only what the kiosk shows: stage, dates and public replies")
    p.add_argument("--no-personal", action="store_true", help="show no personal data (and log no access)")

    p = add("advance", cmd_complaint_advance, "move a complaint to another stage", commands, parents=[staff])
    p.add_argument("number", metavar="NUMBER", help=NUMBER_HELP)
    p.add_argument("--to", required=True, metavar="STAGE", help="diverifikasi, didisposisikan, ditindaklanjuti, "
                   "selesai, ditunda, bukan_wewenang or ditolak")  # fmt: skip
    p.add_argument("--note", metavar="TEXT", help="a note; the reason for ditolak, the outcome for selesai")
    p.add_argument("--public-note", action="store_true", help="the note is a reply the citizen sees at the kiosk")
    p.add_argument("--agency", metavar="CODE", help="didisposisikan: the agency (default: the one complained about)")
    p.add_argument("--forwarded-to", metavar="TEXT", help="bukan_wewenang: where it went (SP4N-LAPOR!, Ombudsman)")

    p = add("note", cmd_complaint_note, "a note on a complaint, or a reply to the citizen", commands, parents=[staff])
    p.add_argument("number", metavar="NUMBER", help=NUMBER_HELP)
    p.add_argument("--note", required=True, metavar="TEXT")
    p.add_argument("--public", action="store_true", help="a reply the citizen sees at the kiosk")

    p = add("list", cmd_complaint_list, "complaints, newest first; --overdue: past a deadline, most overdue first",
            commands, parents=[staff])  # fmt: skip
    p.add_argument("--overdue", action="store_true", help="only open complaints past a deadline")
    p.add_argument("--stage", metavar="STAGE", help="only complaints at this stage")

    p = add("export", cmd_complaint_export, "complaints as CSV or XLSX for SP4N-LAPOR! re-keying", commands,
            parents=[staff])  # fmt: skip
    p.add_argument("--out", required=True, metavar="FILE", type=Path, help="FILE.csv or FILE.xlsx")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day filed (default: the first)")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day filed, included (default: the last)")

    p = add("receipt", cmd_complaint_receipt, "print a complaint's receipt (thermal) or write it as an A4 PDF",
            commands, parents=[staff])  # fmt: skip
    p.add_argument("number", metavar="NUMBER", help=NUMBER_HELP)
    where = p.add_mutually_exclusive_group()
    where.add_argument("--out", metavar="FILE.pdf", type=Path, help="write the A4 receipt as a PDF")
    where.add_argument("--printer", metavar="SPEC", help="usb:VID:PID, tcp:HOST[:PORT] or file:PATH "
                       "(default: the station config's)")  # fmt: skip
    p.add_argument("--language", choices=("id", "en"), help="default: the station config's")

    p = add("erase-expired", cmd_complaint_erase_expired, "erase personal data of complaints closed longer than "
            "the retention period", commands, parents=[staff])  # fmt: skip
    p.add_argument("--before", metavar="YYYY-MM-DD", help="closed before this day (default: the retention period ago)")

    p = add("erase", cmd_complaint_erase, "erase one complainant's personal data now (their request)", commands,
            parents=[staff])  # fmt: skip
    p.add_argument("number", metavar="NUMBER", help=NUMBER_HELP)
    p.add_argument("--note", required=True, metavar="TEXT", help="the request (who asked, when, how checked)")

    p = add("citizen-export", cmd_complaint_citizen_export, "a citizen's own data as JSON (their request)", commands,
            parents=[staff])  # fmt: skip
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--nomor", metavar="NUMBER", help="one complaint")
    who.add_argument("--nik", metavar="NIK", help="every complaint with this NIK; - reads it from standard input "
                     "(keeps it out of the shell history)")  # fmt: skip
    p.add_argument("--out", required=True, metavar="FILE.json", type=Path)


# --- helpers -----------------------------------------------------------------------------------


def _actor(uow, args):
    from app import complaints

    return complaints.staff_actor(uow, args.staff) if args.staff else complaints.CLI


def _date(text):
    from app.cli import _parse_date

    return _parse_date(text)


def _long(day) -> str:
    from app.fmt import long_date

    return long_date(day) if day else "-"


def _read_intake(spec: str):
    from app.errors import InvalidInput

    try:
        raw = sys.stdin.buffer.read() if spec == "-" else Path(spec).expanduser().read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"no file {spec}", code="bad_json_file") from None
    except IsADirectoryError:
        raise InvalidInput(f"{spec} is a folder, not a JSON file", code="bad_json_file") from None
    except OSError as error:
        raise InvalidInput(f"cannot read {spec}: {error.strerror or error}", code="bad_json_file") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInput(f"{spec} is not UTF-8 text (byte {error.start + 1})", code="bad_json_file") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInput(
            f"{spec} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})", code="bad_json_file"
        ) from None


def _warn(args, message: str) -> None:
    print(f"mpp: warning: {message}", file=sys.stderr)


# --- commands ----------------------------------------------------------------------------------


def cmd_complaint_add(args) -> None:
    from app import complaints
    from app.cli import emit, open_station
    from app.errors import InvalidInput

    intake = _read_intake(args.json_file)
    try:
        with open_station(args).uow() as uow:
            filed = complaints.add_complaint(uow, intake, _actor(uow, args))
    except InvalidInput as error:
        problems = error.details.get("problems")
        if problems:
            lines = "\n  - ".join(p.message for p in problems)
            message = f"the complaint was not stored:\n  - {lines}"
            raise InvalidInput(message, code=error.code, problems=problems) from None
        raise
    data = {
        "nomor": filed.nomor,
        "id": filed.id,
        "stage": filed.stage,
        "identitas": filed.identitas,
        "kanal": filed.kanal,
        "filed_at": filed.filed_at,
        "filed_date": filed.filed_date,
        "stage_due": filed.stage_due,
        "settle_due": filed.settle_due,
        "qr": filed.qr_payload,
        "warnings": filed.warnings,
    }
    for warning in filed.warnings:
        _warn(args, warning.message)
    text = f"complaint {filed.nomor} filed ({filed.stage})"
    if filed.stage_due:
        text += f"\n  verified by {_long(filed.stage_due)}"
    text += f"\n  settled by {_long(filed.settle_due)}"
    emit(args, data, text)


def _staff_text(view, zone) -> str:
    from app.fmt import clock_time

    lines = [f"{view.nomor}  {view.stage_label} ({view.stage})  identitas {view.identitas}, kanal {view.kanal}"]
    lines.append(f"  filed {_long(view.filed_date)}" + (f"; due {_long(view.due)}" if view.due else ""))
    if view.overdue:
        lines.append("  OVERDUE")
    if view.restricted:
        lines.append("  rahasia: the content is for complaint handlers only")
    else:
        service = f", layanan {view.service_code} ({view.service_name})" if view.service_code else ""
        lines.append(f"  instansi {view.agency_code} ({view.agency_name}){service}")
        if view.ticket:
            lines.append(f"  tiket {view.ticket}")
        lines.append(f"  waktu kejadian {view.waktu_kejadian}, tempat: {view.tempat}")
        if view.late:
            lines.append("  filed more than 30 days after the event (UU 25/2009 Pasal 41)")
        for name in ("uraian", "kerugian", "tuntutan"):
            lines.append(f"  {name}:")
            lines.extend(f"    {line}" for line in getattr(view, name).splitlines())
        if view.disposed_agency_code:
            lines.append(f"  didisposisikan ke {view.disposed_agency_code}")
        if view.forwarded_to:
            lines.append(f"  diteruskan ke {view.forwarded_to}")
    for name in ("nama", "alamat", "telepon", "email", "nik"):
        value = getattr(view.identity, name)
        if value is not None:
            lines.append(f"  {name}: {value}")
    if view.withheld:
        lines.append(f"  withheld for your role: {', '.join(view.withheld)}")
    if view.personal_data_erased_at:
        lines.append(f"  personal data erased {_long(view.personal_data_erased_at.astimezone(zone).date())}")
    lines.append("  history:")
    for e in view.history:
        local = e.at.astimezone(zone)
        move = e.to_stage if e.from_stage in (None, e.to_stage) else f"{e.from_stage} -> {e.to_stage}"
        extra = f" [{e.agency_code}]" if e.agency_code else ""
        extra += f" [-> {e.forwarded_to}]" if e.forwarded_to else ""
        extra += f" ({'public' if e.public else 'internal'}: {e.note})" if e.note else ""
        when = f"{local.date().isoformat()} {clock_time(local, zone)}"
        lines.append(f"    {when}  {e.kind:<6} {move} by {e.actor}{extra}")
    if view.next_stages:
        lines.append(f"  next: {', '.join(view.next_stages)}")
    return "\n".join(lines)


def _public_text(view, zone) -> str:
    lines = [f"{view.nomor}  {view.stage_label}", f"  filed {_long(view.filed_date)}"]
    if view.agency_name:
        lines.append(f"  {view.agency_name}" + (f", {view.service_name}" if view.service_name else ""))
    if view.settle_due:
        lines.append(f"  settled by {_long(view.settle_due)}")
    if view.forwarded_to:
        lines.append(f"  diteruskan ke {view.forwarded_to}")
    for reply in view.replies:
        lines.append(f"  {_long(reply.at.astimezone(zone).date())}: {reply.text}")
    return "\n".join(lines)


def cmd_complaint_show(args) -> None:
    from app import complaints
    from app.cli import _zone, emit, open_station

    station = open_station(args)
    if args.public:
        with station.uow(read_only=True) as uow:
            zone = _zone(uow)
            view = complaints.public_view(uow, args.number)
        emit(args, view, _public_text(view, zone))
        return
    with station.uow() as uow:
        zone = _zone(uow)
        view = complaints.staff_view(uow, args.number, _actor(uow, args), personal=not args.no_personal)
    emit(args, view, _staff_text(view, zone))


def cmd_complaint_advance(args) -> None:
    from app import complaints
    from app.cli import emit, open_station

    with open_station(args).uow() as uow:
        change = complaints.advance(
            uow, args.number, args.to, actor=_actor(uow, args), note=args.note, public=args.public_note,
            agency=args.agency, forwarded_to=args.forwarded_to,
        )  # fmt: skip
    text = f"{change.nomor}: {change.from_stage} -> {change.stage}"
    if change.stage_due:
        text += f"; leave this stage by {_long(change.stage_due)}"
    emit(args, change, text)


def cmd_complaint_note(args) -> None:
    from app import complaints
    from app.cli import emit, open_station

    with open_station(args).uow() as uow:
        event = complaints.add_note(uow, args.number, args.note, actor=_actor(uow, args), public=args.public)
    emit(args, event, f"{'reply' if event.public else 'note'} added to {complaints.parse_complaint_ref(args.number)}")


def cmd_complaint_list(args) -> None:
    from app import complaints
    from app.cli import emit, open_station

    station = open_station(args)
    with station.uow(read_only=True) as uow:
        actor = _actor(uow, args)
        rows = complaints.list_complaints(uow, actor, overdue_only=args.overdue, stage=args.stage)
    lines = []
    for r in rows:
        where = "(rahasia)" if r.restricted else f"{r.agency_code}" + (f"/{r.service_code}" if r.service_code else "")
        due = f"due {r.due.isoformat()}" if r.due else "closed"
        late = f"  OVERDUE {r.overdue_days} day(s)" if r.overdue else ""
        lines.append(f"{r.nomor}  {r.stage:<15} {r.filed_date.isoformat()}  {where:<20} {due}{late}")
    emit(args, rows, "\n".join(lines) or ("no overdue complaints" if args.overdue else "no complaints"))


def cmd_complaint_export(args) -> None:
    from app.cli import emit, open_station
    from app.complaint_export import export_complaints, export_format

    export_format(args.out)  # refuse a wrong suffix before opening anything
    start, end = _date(args.start), _date(args.end)
    with open_station(args).uow() as uow:
        summary = export_complaints(uow, _actor(uow, args), args.out, start=start, end=end)
    data = {"path": str(summary.path), "format": summary.format, "rows": summary.rows,
            "with_personal_data": summary.with_personal_data}  # fmt: skip
    emit(args, data, f"{summary.rows} complaint(s) written to {summary.path} ({summary.format}); "
         f"personal data of {summary.with_personal_data} included (logged)")  # fmt: skip


def cmd_complaint_receipt(args) -> None:
    from app import complaints
    from app.cli import emit, open_station, station_config
    from app.complaint_receipt import print_thermal, render_a4

    config = station_config(args)
    language = args.language or config.language
    station = open_station(args)
    with station.uow() as uow:
        receipt = complaints.receipt_data(uow, args.number, _actor(uow, args))
        now = uow.now()
    if args.out is not None:
        render_a4(receipt, args.out, language=language, printed_at=now)
        emit(args, {"nomor": receipt.nomor, "pdf": str(args.out)}, f"receipt {receipt.nomor}: {args.out}")
        return
    spec = print_thermal(
        receipt, args.printer if args.printer is not None else config.printer, paper_mm=config.paper_mm,
        qr=config.printer_qr, language=language,
    )  # fmt: skip
    emit(args, {"nomor": receipt.nomor, "printer": str(spec)}, f"receipt {receipt.nomor} printed on {spec}")


def cmd_complaint_erase_expired(args) -> None:
    from app import complaints
    from app.cli import emit, open_station

    before = _date(args.before)
    with open_station(args).uow() as uow:
        erased = complaints.erase_personal_data(uow, _actor(uow, args), older_than=before)
    emit(args, {"erased": erased}, f"personal data erased from {len(erased)} complaint(s)"
         + (": " + ", ".join(erased) if erased else ""))  # fmt: skip


def cmd_complaint_erase(args) -> None:
    from app import complaints
    from app.cli import emit, open_station

    with open_station(args).uow() as uow:
        erased = complaints.erase_personal_data(uow, _actor(uow, args), nomor=args.number, note=args.note)
    emit(args, {"erased": erased}, f"personal data of {erased[0]} erased" if erased else "nothing to erase: "
         "no personal data is held for that complaint")  # fmt: skip


def cmd_complaint_citizen_export(args) -> None:
    from app.cli import emit, open_station
    from app.complaint_export import export_citizen_data

    nik = args.nik
    if nik == "-":
        nik = sys.stdin.readline().strip()
    with open_station(args).uow() as uow:
        export = export_citizen_data(uow, _actor(uow, args), args.out, nomor=args.nomor, nik=nik)
    numbers = [c.nomor for c in export.complaints]
    emit(args, {"out": str(args.out), "complaints": numbers},
         f"{len(numbers)} complaint(s) exported to {args.out}: {', '.join(numbers)}")  # fmt: skip
