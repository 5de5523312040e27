"""`minka-server`: create the database, run the server, manage accounts and devices, read
the audit log of what administrators did."""
from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import platformdirs

from sync.server import accounts, db

log = logging.getLogger("minka.server")


def default_db_url() -> str:
    if os.environ.get("MINKA_DB_URL"):
        return os.environ["MINKA_DB_URL"]
    data = Path(platformdirs.user_data_dir("minka-server", appauthor=False))
    data.mkdir(parents=True, exist_ok=True)
    return db.sqlite_url(data / "minka-server.db")


def _sessions(url: str):
    db.upgrade(url)
    return db.session_factory(db.make_engine(url))


def cmd_init(args) -> int:
    from sync.server import network
    db.upgrade(args.db)
    print(f"Database ready: {db._safe(args.db)}")
    try:
        path = network.resolve_key_path(args.db, args.network_key)
        sessions = db.session_factory(db.make_engine(args.db))
        with sessions() as session, session.begin():
            row, created = network.ensure(session, path)
    except network.NetworkKeyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    state = "created" if created else "kept"
    print(f"Network {row.id}: signing key {state} in {path} (owner-only; keep a backup "
          f"of it somewhere safe)")
    return 0


def cmd_network_show(args) -> int:
    """The network's id and public key as JSON: what a bundle carries (bundle.py --network)."""
    import json

    from sync.server import network
    sessions = _sessions(args.db)
    with sessions() as session:
        row = network.identity(session)
    if row is None:
        print("error: the network has no key yet: run `minka-server init`", file=sys.stderr)
        return 2
    print(json.dumps({"id": row.id, "public_key": row.public_key}))
    return 0


def cmd_outbox_import(args) -> int:
    from sync.outbox_file import OutboxFileError
    from sync.server.storage import open_blob_store
    from sync.server.outbox_import import deliver
    sessions = _sessions(args.db)
    try:
        store = open_blob_store(args.db, args.blobs)
        report = deliver(sessions, store, Path(args.file))
    except OutboxFileError as exc:
        print(f"error: {args.file} refused ({exc.code}): {exc.detail} (nothing was "
              f"applied)", file=sys.stderr)
        return 2
    except (ValueError, OSError) as exc:
        print(f"error: {exc} (nothing was applied)", file=sys.stderr)
        return 2
    print(f"Delivered: {report.summary()}")
    for result in report.rejected:
        print(f"  op {result.op_id} rejected: {result.code} {result.message}")
    return 0


def cmd_outbox_return(args) -> int:
    """The return pack for the device whose outbox file this is (delivered before)."""
    from sync import outbox_file, protocol as p
    from sync.server import network, return_packs
    from sync.server.ops import read_server_id
    sessions = _sessions(args.db)
    try:
        outbox, _body, _sig = outbox_file.read_unverified(Path(args.file))
        with sessions() as session:
            key = network.load(session, network.resolve_key_path(args.db, args.network_key))
        request = p.ReturnPackRequest(device_id=outbox.device_id,
                                      op_ids=[op.op_id for op in outbox.ops],
                                      cursor=outbox.cursor or 0, have=outbox.have)
        written = return_packs.write(sessions, key, request, Path(args.out),
                                     read_server_id(sessions))
    except outbox_file.OutboxFileError as exc:
        print(f"error: {args.file} is not an outbox file ({exc.code}): {exc.detail}",
              file=sys.stderr)
        return 2
    except (network.NetworkKeyError, return_packs.ReturnRefused, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"Return pack for {written.username}: {written.path} ({written.results} "
          f"result(s), {written.changes} change(s), up to seq {written.cursor})")
    return 0


def cmd_pack_export(args) -> int:
    from sync.server import network
    from sync.server.storage import open_blob_store
    from sync.server.packs import PackError, export
    sessions = _sessions(args.db)
    try:
        store = open_blob_store(args.db, args.blobs)
        with sessions() as session:
            key = network.load(session, network.resolve_key_path(args.db, args.network_key))
        report = export(sessions, key, store, Path(args.out), course_slugs=args.course,
                        catalogue=args.catalogue, files=args.files)
    except (ValueError, OSError) as exc:  # PackError, NetworkKeyError, a full drive
        print(f"error: {exc} (no pack was written)", file=sys.stderr)
        return 2
    print(f"Pack written: {report.summary()}")
    return 0


def _exit_with_parent(parent_pid: int) -> None:
    """Stop this server when the process that started it is gone (the `make run` client),
    even if that process was killed and could not say goodbye."""
    import threading
    import time

    def watch():
        while os.getppid() == parent_pid:
            time.sleep(1)
        log.info("parent process %d is gone; stopping", parent_pid)
        os._exit(0)
    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def cmd_serve(args) -> int:
    import uvicorn

    from sync.server.app import create_app, threads_from_env
    if args.parent_pid:
        _exit_with_parent(args.parent_pid)
    if bool(args.tls_cert) != bool(args.tls_key):
        print("error: --tls-cert and --tls-key go together", file=sys.stderr)
        return 2
    if args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    from sync.server.http import HEADER_TIMEOUT_SECONDS, seconds_from_env
    try:
        header_timeout = seconds_from_env("MINKA_HEADER_TIMEOUT", HEADER_TIMEOUT_SECONDS)
        threads_from_env()
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    # Every worker speaks h11 with the header timeout (uvicorn would pick httptools), by
    # import path: the workers are spawned processes, which import it afresh and read
    # the timeout from the environment set here.
    os.environ["MINKA_HEADER_TIMEOUT"] = str(header_timeout)
    options = dict(host=args.host, port=args.port, log_level=args.log_level,
                   access_log=args.access_log, ssl_certfile=args.tls_cert,
                   ssl_keyfile=args.tls_key, http="sync.server.http:EnvGuardedH11Protocol")
    if args.workers == 1:
        try:
            app = create_app(args.db, blob_dir=args.blobs)
        except ValueError as exc:  # configuration: no blob directory, a bad size limit
            print(f"error: {exc}", file=sys.stderr)
            return 2
        uvicorn.run(app, **options)
        return 0
    # Several workers: the migrations run once, here; each worker builds its app from the
    # environment (sync.server.app.worker_app). Building one here first checks the
    # configuration and gives the clear error a worker could only log.
    try:
        create_app(args.db, blob_dir=args.blobs).state.engine.dispose()
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    os.environ["MINKA_DB_URL"] = args.db
    if args.blobs:
        os.environ["MINKA_BLOB_DIR"] = str(Path(args.blobs).resolve())
    metrics_dir = _metrics_dir()
    log.info("serving with %d worker processes; metrics in %s", args.workers, metrics_dir)
    uvicorn.run("sync.server.app:worker_app", factory=True, workers=args.workers, **options)
    return 0


def _metrics_dir() -> str:
    """prometheus_client's multiprocess mode: each worker counts in files of this folder
    and /metrics sums them. $PROMETHEUS_MULTIPROC_DIR if set (emptied: counts of an
    earlier run would be added to this one's), else a fresh temporary folder."""
    import shutil
    import tempfile
    folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        for stale in Path(folder).glob("*.db"):
            stale.unlink()
    else:
        folder = tempfile.mkdtemp(prefix="minka-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = folder
        import atexit
        atexit.register(shutil.rmtree, folder, True)
    return folder


def actor() -> str:
    """Who runs this command, for the audit log: the system account on this machine."""
    import socket
    try:
        who = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        who = f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"
    return f"{who}@{socket.gethostname()} (cli)"


def _password(args) -> str:
    password = args.password or os.environ.get("MINKA_PASSWORD")
    if password:
        return password
    password = getpass.getpass(f"Password for {args.username}: ")
    if sys.stdin.isatty() and getpass.getpass("Again, to be sure: ") != password:
        raise accounts.AccountError("the two passwords differ")
    return password


def cmd_user_add(args) -> int:
    try:
        password = _password(args)
    except accounts.AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    sessions = _sessions(args.db)
    try:
        with sessions() as session, session.begin():
            user_id = None
            if args.enrolment_code:
                from sync.server import enrolment
                # the id the person's offline computer computes (sync/enrolment.py)
                user_id = enrolment.enrolment_user_id(session, args.username.strip().lower())
            user = accounts.add_user(
                session, username=args.username, display_name=args.name or args.username,
                password=password, role=args.role, region=args.region,
                institution=args.institution, position=args.position, gender=args.gender,
                user_id=user_id)
            accounts.audit(session, actor=actor(), action="user.add", target=user.username,
                           detail=f"role {user.role}")
            issued = None
            if args.enrolment_code:
                session.flush()
                issued = enrolment.issue(session, username=user.username, actor=actor(),
                                         days=args.code_days)
            print(f"Created {user.role} {user.username} ({user.id})")
        if issued is not None:
            print(enrolment_slip(issued, password))
    except accounts.AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def enrolment_slip(issued, password: str | None = None) -> str:
    """What the facilitator prints and hands over: Spanish, for the participant, with the
    code in groups a person copies by hand."""
    lima = issued.expires_at.astimezone(_lima())
    lines = ["", "-" * 60,
             "MINKA: INSCRIPCIÓN SIN INTERNET",
             f"Para: {issued.display_name}",
             "",
             f"  Usuario:   {issued.username}"]
    if password:
        lines.append(f"  Contraseña: {password}")
    lines += [f"  Código:    {issued.code}",
              f"  Vence el:  {lima:%d/%m/%Y}",
              "",
              "En Minka, en la primera pantalla: «Importar desde USB…» (el paquete del curso),",
              "luego «Empezar sin internet…» y escriba su usuario, el código y su contraseña.",
              "El código sirve una sola vez y solo en una computadora. No lo comparta.",
              "-" * 60]
    return "\n".join(lines)


def _lima():
    from zoneinfo import ZoneInfo
    return ZoneInfo("America/Lima")


def cmd_user_enrolment_code(args) -> int:
    """A new code for an account made with --enrolment-code (the old one stops working)."""
    from sync.server import enrolment
    sessions = _sessions(args.db)
    try:
        with sessions() as session, session.begin():
            issued = enrolment.issue(session, username=args.username, actor=actor(),
                                     days=args.code_days)
    except accounts.AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(enrolment_slip(issued))
    return 0


def cmd_user_role(args) -> int:
    sessions = _sessions(args.db)
    try:
        with sessions() as session, session.begin():
            user = accounts.set_role(session, username=args.username, role=args.role,
                                     actor=actor())
            print(f"{user.username} is now {user.role}")
    except accounts.AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_user_passwd(args) -> int:
    try:
        password = _password(args)
    except accounts.AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    sessions = _sessions(args.db)
    try:
        with sessions() as session, session.begin():
            user, revoked = accounts.set_password(session, username=args.username,
                                                  password=password, actor=actor(),
                                                  sign_out=not args.keep_devices)
    except accounts.AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"New password for {user.username}; {revoked} device(s) signed out"
          + (" (they sign in again with the new password; their pending work is kept)"
             if revoked else ""))
    return 0


def cmd_user_disable(args) -> int:
    disabled = args.action == "disable"
    sessions = _sessions(args.db)
    try:
        with sessions() as session, session.begin():
            user = accounts.set_disabled(session, username=args.username, disabled=disabled,
                                         actor=actor())
    except accounts.AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{user.username} is now {'disabled' if disabled else 'enabled'}"
          + (": its devices are refused from their next request and it cannot sign in"
             if disabled else ""))
    return 0


def cmd_user_remove(args) -> int:
    sessions = _sessions(args.db)
    try:
        with sessions() as session:
            # What would happen, shown before anything is written (rolled back).
            preview = accounts.remove_user(session, username=args.username, actor=actor())
            session.rollback()
            print(f"Removing {preview.summary()}")
            if not args.yes:
                if not sys.stdin.isatty():
                    print("error: not confirmed (run it in a terminal, or add --yes)",
                          file=sys.stderr)
                    return 2
                typed = input(f"Type the username ({preview.username}) to confirm: ")
                if typed.strip().lower() != preview.username:
                    print("Not confirmed: nothing was changed.", file=sys.stderr)
                    return 1
            with session.begin():
                done = accounts.remove_user(session, username=args.username, actor=actor())
    except accounts.AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"Removed {done.summary()}")
    return 0


def peru_time(when) -> str:
    """A time as read in Peru (UTC-5 all year: no daylight saving since 1994)."""
    from datetime import timedelta, timezone
    lima = timezone(timedelta(hours=-5), "PET")
    return accounts.aware(when).astimezone(lima).strftime("%Y-%m-%d %H:%M:%S")


def cmd_audit(args) -> int:
    sessions = _sessions(args.db)
    with sessions() as session:
        entries = accounts.audit_entries(session, limit=args.limit)
    for entry in entries:
        print(f"{peru_time(entry.at)}  {entry.actor}  {entry.action}  {entry.target}"
              + (f"  ({entry.detail})" if entry.detail else ""))
    print(f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'} (times in Peru, UTC-5)",
          file=sys.stderr)
    return 0


def cmd_device_revoke(args) -> int:
    sessions = _sessions(args.db)
    try:
        with sessions() as session, session.begin():
            count = accounts.revoke_devices(session, username=args.username,
                                            device_id=args.device, actor=actor())
    except accounts.AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"Revoked {count} device(s) of {args.username}")
    return 0 if count else 1


def cmd_device_list(args) -> int:
    from sqlalchemy import select

    from sync.server.models import Device, User
    sessions = _sessions(args.db)
    with sessions() as session:
        rows = session.execute(select(Device, User.username).join(User)
                               .where(User.username == args.username.lower())
                               .order_by(Device.created_at)).all()
        for device, _ in rows:
            state = "revoked" if device.revoked_at else "active"
            seen = device.last_seen_at.isoformat() if device.last_seen_at else "never"
            print(f"{device.id}  {state:8}  last seen {seen}  {device.name}")
    return 0


def cmd_thread_lock(args) -> int:
    from sync.server.moderation import ModerationError, set_thread_locked
    sessions = _sessions(args.db)
    try:
        with sessions() as session, session.begin():
            thread = set_thread_locked(session, thread_id=args.thread_id,
                                       locked=args.action == "lock")
            print(f"Thread {thread.id} is now {'closed' if thread.locked else 'open'}")
    except ModerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_course_import(args) -> int:
    from sync.server.blobs import attach
    from sync.server.storage import open_blob_store
    from sync.server.course import CourseFolderError, import_course
    sessions = _sessions(args.db)
    try:
        store = open_blob_store(args.db, args.blobs)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        with sessions() as session, session.begin():
            report = import_course(session, Path(args.folder),
                                   lambda path: store.add_file(session, path), attach)
    except CourseFolderError as exc:
        print(f"error: {exc} (nothing was imported)", file=sys.stderr)
        return 2
    print(f"Course imported: {report.summary()}")
    return 0


def cmd_course_enroll(args) -> int:
    from sqlalchemy import select

    from sync.server.course import CourseFolderError, enroll
    from sync.server.models import User
    sessions = _sessions(args.db)
    try:
        with sessions() as session, session.begin():
            names = list(args.usernames)
            if args.all_participants:
                names += session.scalars(select(User.username)
                                         .where(User.role == "participant",
                                                User.deleted.is_(False))).all()
            added = enroll(session, course_slug=args.slug, usernames=names, role=args.role)
    except CourseFolderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{added} new {args.role}(s) in {args.slug}")
    return 0


def cmd_group(args) -> int:
    """Closed groups: create, add or remove members, list (facilitators' and admins' job)."""
    from sync.server.entities.groups import (GroupError, add_members, create_group,
                                             list_groups, list_members, remove_members)
    sessions = _sessions(args.db)
    try:
        with sessions() as session, session.begin():
            if args.action == "create":
                group = create_group(session, slug=args.slug, title=args.title,
                                     description=args.description)
                print(f"Group {group.slug} ready: {group.title}")
            elif args.action == "add":
                count = add_members(session, slug=args.slug, usernames=args.usernames,
                                    role=args.role)
                print(f"{count} new member(s) in {args.slug}")
            elif args.action == "remove":
                count = remove_members(session, slug=args.slug, usernames=args.usernames)
                print(f"{count} member(s) left {args.slug}")
            elif args.slug:
                for user, role in list_members(session, args.slug):
                    print(f"{user.username}  {role}  {user.display_name}")
            else:
                for group in list_groups(session):
                    print(f"{group.slug}  {group.title}")
    except GroupError as exc:
        print(f"error: {exc} (nothing was changed)", file=sys.stderr)
        return 2
    return 0


PERU = timezone(timedelta(hours=-5), "PET")  # no DST since 1994


def _peru_time(text: str, *, end_of_day: bool = False) -> datetime:
    """A date or date and time as a moderator writes it ("2026-12-15", "2026-12-15 18:00"),
    in Peru's time unless it says its zone."""
    text = text.strip()
    moment = datetime.fromisoformat(text)
    if len(text) == 10 and end_of_day:
        moment = moment.replace(hour=23, minute=59)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=PERU)
    return moment.astimezone(timezone.utc)


def _text_arg(value: str | None, path: str | None) -> str:
    if path:
        return Path(path).read_text(encoding="utf-8")
    return value or ""


def cmd_debate(args) -> int:
    """Debates: create, list, close, publish the synthesis (facilitators' and admins')."""
    from sync.server.entities.debates import (DebateError, close_debate, create_debate,
                                              endorsement_count, get_debate, list_debates,
                                              list_proposals, publish_result)
    sessions = _sessions(args.db)
    try:
        with sessions() as session, session.begin():
            if args.action == "create":
                opens = _peru_time(args.opens) if args.opens else datetime.now(timezone.utc)
                debate = create_debate(session, slug=args.slug, question=args.question,
                                       description=_text_arg(args.description,
                                                             args.description_file),
                                       opens_at=opens,
                                       closes_at=_peru_time(args.closes, end_of_day=True))
                print(f"Debate {debate.slug} ready: open from {debate.opens_at:%Y-%m-%d %H:%M}"
                      f" to {debate.closes_at:%Y-%m-%d %H:%M} UTC")
            elif args.action == "close":
                debate = close_debate(session, slug=args.slug)
                print(f"Debate {debate.slug} closed at {debate.closes_at:%Y-%m-%d %H:%M} UTC")
            elif args.action == "publish":
                debate = publish_result(
                    session, slug=args.slug, moderator=args.by,
                    synthesis=_text_arg(args.synthesis, args.synthesis_file),
                    title=args.title, body=_text_arg(args.body, args.body_file))
                print(f"Published the proposal of {debate.slug}: {debate.result_title}")
            elif args.slug:
                debate = get_debate(session, args.slug)
                print(f"{debate.slug}  {debate.question}")
                for proposal in list_proposals(session, debate.id):
                    print(f"  {endorsement_count(session, proposal.id):4d}  {proposal.title}")
            else:
                from sync.server.entities.debates import is_open
                for debate in list_debates(session):
                    state = ("published" if debate.published_at else
                             "open" if is_open(debate) else "closed")
                    print(f"{debate.slug}  {state}  {debate.closes_at:%Y-%m-%d %H:%M}  "
                          f"{debate.question}")
    except (DebateError, ValueError, OSError) as exc:
        print(f"error: {exc} (nothing was changed)", file=sys.stderr)
        return 2
    return 0


def cmd_survey(args) -> int:
    """Surveys: create, close, list, results (administrators' and facilitators')."""
    from sync.server.entities.surveys import (SurveyError, close_survey, create_survey,
                                              get_survey, is_open, list_surveys, results)
    sessions = _sessions(args.db)
    try:
        with sessions() as session, session.begin():
            if args.action == "create":
                survey = create_survey(
                    session, slug=args.slug, question=args.question, options=args.option,
                    multiple=args.multiple, description=args.description,
                    closes_at=_peru_time(args.closes, end_of_day=True), author=args.by)
                print(f"Survey {survey.slug} ready: {len(args.option)} options, open until "
                      f"{survey.closes_at:%Y-%m-%d %H:%M} UTC")
            elif args.action == "close":
                survey = close_survey(session, slug=args.slug)
                print(f"Survey {survey.slug} closed at {survey.closes_at:%Y-%m-%d %H:%M} UTC")
            elif args.action == "results":
                survey = get_survey(session, args.slug)
                print(f"{survey.slug}  {survey.question}  ({survey.respondents} answered)")
                for text, count in results(survey):
                    share = 100 * count / survey.respondents if survey.respondents else 0
                    print(f"  {count:5d}  {share:5.1f}%  {text}")
            else:
                for survey in list_surveys(session):
                    state = "open" if is_open(survey) else "closed"
                    print(f"{survey.slug}  {state}  {survey.closes_at:%Y-%m-%d %H:%M}  "
                          f"{survey.respondents:4d}  {survey.question}")
    except (SurveyError, ValueError) as exc:
        print(f"error: {exc} (nothing was changed)", file=sys.stderr)
        return 2
    return 0


def cmd_stats(args) -> int:
    """The network's statistics: the goal, a recomputation now, the numbers."""
    from sync.server.entities.stats import refresh, set_goal, snapshot
    sessions = _sessions(args.db)
    try:
        with sessions() as session, session.begin():
            if args.action == "goal":
                set_goal(session, args.members or None)
                print(f"Goal of active members: {args.members or 'none'}")
            else:
                refresh(session, force=args.action == "refresh")
            data = snapshot(session)
    except ValueError as exc:
        print(f"error: {exc} (nothing was changed)", file=sys.stderr)
        return 2
    print(f"{data.get('members', 0)} members, {data.get('active', 0)} active in the last "
          f"{data.get('active_days', 90)} days (goal: {data.get('goal') or 'none'}), "
          f"computed at {data.get('computed_at', 'never')}")
    if args.action == "show":
        for key in ("by_region", "by_position", "by_gender"):
            print(key.replace("_", " ") + ":")
            for name, count in data.get(key, []):
                print(f"  {count:5d}  {name or '(not given)'}")
        for key in ("active_by_month", "posts_by_month", "downloads_by_month",
                    "documents_by_month"):
            values = "  ".join(f"{m}:{n}" for m, n in zip(data.get("months", []),
                                                           data.get(key, [])))
            print(f"{key.replace('_', ' ')}: {values}")
    return 0


def cmd_news(args) -> int:
    """News and featured members (administrators' and facilitators' job)."""
    from sync.server.storage import open_blob_store
    from sync.server.entities.wall import NewsError, feature_member, list_news, publish_news
    sessions = _sessions(args.db)
    try:
        with sessions() as session, session.begin():
            if args.action == "publish":
                store = open_blob_store(args.db, args.blobs) if args.photo else None
                body = Path(args.body_file).read_text(encoding="utf-8") if args.body_file \
                    else args.body
                news = publish_news(session, author=args.author, title=args.title,
                                    body=body or "", photo=Path(args.photo) if args.photo
                                    else None,
                                    store_file=lambda path: store.add_file(session, path))
                print(f"News published: {news.id} {news.title}")
            elif args.action == "feature":
                feature_member(session, author=args.author, username=args.username,
                               reason=args.reason)
                print(f"{args.username} featured")
            else:
                for news in list_news(session):
                    print(f"{news.id}  {news.created_at:%Y-%m-%d}  {news.title}")
    except (NewsError, ValueError, OSError) as exc:
        print(f"error: {exc} (nothing was published)", file=sys.stderr)
        return 2
    return 0


def cmd_repo_import(args) -> int:
    from sync.server.blobs import attach
    from sync.server.storage import open_blob_store
    from sync.server.repository import CatalogueError, import_catalogue
    sessions = _sessions(args.db)
    store = None
    if not args.dry_run:
        try:
            store = open_blob_store(args.db, args.blobs)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    try:
        with sessions() as session:  # one transaction: committed whole, or not at all
            if store is None:
                report = import_catalogue(session, Path(args.catalogue), Path(args.files))
                session.rollback()
            else:
                report = import_catalogue(session, Path(args.catalogue), Path(args.files),
                                          store_file=lambda path: store.add_file(session, path),
                                          attach=attach)
                session.commit()
    except CatalogueError as exc:
        print(f"error: {exc} (nothing was imported)", file=sys.stderr)
        return 2
    for line, reason in report.rejected:
        print(f"line {line}: {reason}", file=sys.stderr)
    prefix = "dry run, nothing written: " if args.dry_run else ""
    print(prefix + report.summary())
    return 1 if report.rejected else 0


def cmd_repo_list(args) -> int:
    from sync.server.repository import list_documents
    sessions = _sessions(args.db)
    with sessions() as session:
        docs = list_documents(session, withdrawn=args.withdrawn)
        for doc in docs:
            print(f"{doc.id}  {doc.key or '-':12}  {doc.year or '':4}  {doc.type:15}  "
                  f"{doc.title}")
    print(f"{len(docs)} document(s){' withdrawn' if args.withdrawn else ''}",
          file=sys.stderr)
    return 0


def cmd_repo_withdraw(args) -> int:
    from sync.server.repository import UnknownDocument, withdraw_documents
    sessions = _sessions(args.db)
    try:
        with sessions() as session, session.begin():
            for doc, now_withdrawn in withdraw_documents(session, args.documents):
                state = "withdrawn" if now_withdrawn else "was already withdrawn"
                print(f"{doc.key or doc.id}: {state} ({doc.title})")
    except UnknownDocument as exc:
        print(f"error: no document has the key or id {str(exc)!r} (nothing was withdrawn; "
              "`minka-server repo list` shows them)", file=sys.stderr)
        return 2
    return 0


def cmd_demo(args) -> int:
    from sync.server.blobs import resolve_blob_dir
    from sync.server.demo import describe, load_demo
    sessions = _sessions(args.db)
    try:
        blob_dir = resolve_blob_dir(args.db, args.blobs)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    with sessions() as session, session.begin():
        created = load_demo(session, blob_dir)
    print(describe(created))
    return 0


def _store(args):
    from sync.server.storage import open_blob_store
    return open_blob_store(args.db, getattr(args, "blobs", None))


def cmd_backup(args) -> int:
    from sync.server import ops
    try:
        report = ops.backup(args.db, _store(args), Path(args.out))
    except (ValueError, ops.OpsError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"Backup in {report.folder}: {report.database} database, {report.files} file(s) "
          f"({report.file_bytes:,} bytes)")
    for note in report.notes:
        print(f"note: {note}")
    return 0


def cmd_restore(args) -> int:
    from sync.server import ops
    try:
        server_id, files = ops.restore(args.db, _store(args), Path(args.backup))
    except (ValueError, ops.OpsError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"Restored from {args.backup} ({files} file(s) put back). New server identity "
          f"{server_id}: clients pull again and re-send what they had sent.")
    return 0


def cmd_blobs_gc(args) -> int:
    from sync.server import ops
    try:
        store = _store(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    found = ops.collect_files(_sessions(args.db), store, args.grace_days,
                              dry_run=args.dry_run)
    verb = "Would delete" if args.dry_run else "Deleted"
    print(f"{verb} {len(found.unused)} file(s) no record names ({found.bytes:,} bytes) and "
          f"{len(found.orphans)} stored without a row (older than {args.grace_days:g} days)")
    if args.dry_run:
        for sha256, size in found.unused:
            print(f"  {sha256}  {size:,} bytes")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="minka-server", description=__doc__)
    parser.add_argument("--db", default=None,
                        help="SQLAlchemy database URL (default: SQLite file in the user data "
                             "folder, or $MINKA_DB_URL)")
    parser.add_argument("--s3-bucket", default=None,
                        help="keep files in this S3 bucket (default: $MINKA_S3_BUCKET; unset: "
                             "a folder)")
    parser.add_argument("--s3-endpoint-url", default=None,
                        help="an S3-compatible server (MinIO...); default $MINKA_S3_ENDPOINT_URL"
                             ", else AWS")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    init = sub.add_parser("init", help="create or upgrade the database, and create the "
                                       "network's signing key the first time")
    key_help = ("the network's private signing key (default: $MINKA_NETWORK_KEY, else "
                "network-key.pem beside a SQLite database)")
    init.add_argument("--network-key", metavar="FILE", default=None, help=key_help)
    init.set_defaults(func=cmd_init)

    serve = sub.add_parser("serve", help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8470)
    serve.add_argument("--log-level", default="info")
    serve.add_argument("--access-log", action=argparse.BooleanOptionalAction, default=True)
    serve.add_argument("--blobs", metavar="DIR", default=None,
                       help="folder for files (default: $MINKA_BLOB_DIR, else blobs/ beside "
                            "a SQLite database)")
    serve.add_argument("--tls-cert", metavar="PEM", default=None,
                       help="serve HTTPS with this certificate (chain) file")
    serve.add_argument("--tls-key", metavar="PEM", default=None,
                       help="the certificate's private key")
    serve.add_argument("--workers", type=int, default=1,
                       help="worker processes (each with $MINKA_THREADS threads and as "
                            "many database connections, default 40); use PostgreSQL")
    serve.add_argument("--parent-pid", type=int, default=0, help=argparse.SUPPRESS)
    serve.set_defaults(func=cmd_serve)

    user = sub.add_parser("user", help="manage accounts").add_subparsers(dest="action",
                                                                         required=True)
    add = user.add_parser("add", help="create an account")
    add.add_argument("username")
    add.add_argument("--name", help="full name shown to others")
    add.add_argument("--password", help="(default: $MINKA_PASSWORD, or asked)")
    add.add_argument("--role", choices=accounts.ROLES, default="participant")
    add.add_argument("--region", default="")
    add.add_argument("--institution", default="", help="UGEL, DRE or school")
    add.add_argument("--position", default="")
    add.add_argument("--gender", default="", help="F, M, or as the person says")
    add.add_argument("--enrolment-code", action="store_true",
                     help="also print a one-time code for a person who will start without "
                          "a network (needs `init` first: the code is tied to the network)")
    add.add_argument("--code-days", type=float, default=60,
                     help="days the enrolment code stays valid (default 60)")
    add.set_defaults(func=cmd_user_add)
    ecode = user.add_parser("enrolment-code", help="a new one-time enrolment code for an "
                                                  "account made with --enrolment-code (the "
                                                  "earlier one stops working)")
    ecode.add_argument("username")
    ecode.add_argument("--code-days", type=float, default=60)
    ecode.set_defaults(func=cmd_user_enrolment_code)
    role = user.add_parser("role", help="change what a person may do")
    role.add_argument("username")
    role.add_argument("role", choices=accounts.ROLES)
    role.set_defaults(func=cmd_user_role)
    passwd = user.add_parser("passwd", help="set a new password (and sign out every device)")
    passwd.add_argument("username")
    passwd.add_argument("--password", help="(default: $MINKA_PASSWORD, or asked)")
    passwd.add_argument("--keep-devices", action="store_true",
                        help="leave the devices signed in (a forgotten password, not a "
                             "stolen one)")
    passwd.set_defaults(func=cmd_user_passwd)
    for action, text in (("disable", "lock an account: its devices stop syncing at once "
                                     "and it cannot sign in; nothing is deleted"),
                         ("enable", "unlock it: its devices sync again")):
        cmd = user.add_parser(action, help=text)
        cmd.add_argument("username")
        cmd.set_defaults(func=cmd_user_disable)
    remove = user.add_parser("remove", help="remove a person: their public posts stay, "
                                            "shown as 'Persona retirada'; their private "
                                            "records are deleted (asks to confirm)")
    remove.add_argument("username")
    remove.add_argument("--yes", action="store_true", help="do not ask to confirm")
    remove.set_defaults(func=cmd_user_remove)

    audit = sub.add_parser("audit", help="list administrative actions (who, what, when)")
    audit.add_argument("--limit", type=int, default=100, help="the newest N (default 100)")
    audit.set_defaults(func=cmd_audit)

    device = sub.add_parser("device", help="manage signed-in devices").add_subparsers(
        dest="action", required=True)
    revoke = device.add_parser("revoke", help="sign a user out of one or all devices")
    revoke.add_argument("username")
    revoke.add_argument("--device", help="device id (default: all devices of the user)")
    revoke.set_defaults(func=cmd_device_revoke)
    listing = device.add_parser("list", help="list a user's devices")
    listing.add_argument("username")
    listing.set_defaults(func=cmd_device_list)

    thread = sub.add_parser("thread", help="moderate threads").add_subparsers(
        dest="action", required=True)
    for action, text in (("lock", "close a thread to replies"), ("unlock", "reopen it")):
        cmd = thread.add_parser(action, help=text)
        cmd.add_argument("thread_id")
        cmd.set_defaults(func=cmd_thread_lock)

    course = sub.add_parser("course", help="courses").add_subparsers(dest="action",
                                                                     required=True)
    imp = course.add_parser("import", help="create or update a course from its folder")
    imp.add_argument("folder")
    imp.add_argument("--blobs", metavar="DIR", default=None,
                     help="the server's folder for files (as for serve)")
    imp.set_defaults(func=cmd_course_import)
    enr = course.add_parser("enroll", help="add participants or facilitators to a course")
    enr.add_argument("slug")
    enr.add_argument("usernames", nargs="*")
    enr.add_argument("--role", choices=("participant", "facilitator"), default="participant")
    enr.add_argument("--all-participants", action="store_true")
    enr.set_defaults(func=cmd_course_enroll)

    group = sub.add_parser("group", help="closed groups and their members").add_subparsers(
        dest="action", required=True)
    gcreate = group.add_parser("create", help="create a group (or change its title)")
    gcreate.add_argument("slug")
    gcreate.add_argument("title")
    gcreate.add_argument("--description", default="")
    gadd = group.add_parser("add", help="add members (they receive the group's history at "
                                        "their next sync)")
    gadd.add_argument("slug")
    gadd.add_argument("usernames", nargs="+")
    gadd.add_argument("--role", choices=("member", "facilitator"), default="member")
    gremove = group.add_parser("remove", help="remove members (their devices drop the "
                                              "group at their next sync)")
    gremove.add_argument("slug")
    gremove.add_argument("usernames", nargs="+")
    glist = group.add_parser("list", help="list the groups, or one group's members")
    glist.add_argument("slug", nargs="?")
    for parser_ in (gcreate, gadd, gremove, glist):
        parser_.set_defaults(func=cmd_group)

    debate = sub.add_parser("debate", help="debates that end in published proposals"
                            ).add_subparsers(dest="action", required=True)
    dcreate = debate.add_parser("create", help="create a debate (or change it), open from "
                                               "--opens (default now) to --closes")
    dcreate.add_argument("slug")
    dcreate.add_argument("question")
    dcreate.add_argument("--description", default="")
    dcreate.add_argument("--description-file", metavar="FILE.md")
    dcreate.add_argument("--opens", metavar="DATE", help="YYYY-MM-DD [HH:MM], Peru's time")
    dcreate.add_argument("--closes", metavar="DATE", required=True,
                         help="YYYY-MM-DD [HH:MM], Peru's time (a date alone: 23:59)")
    dclose = debate.add_parser("close", help="close a debate now: it refuses new entries")
    dclose.add_argument("slug")
    dpub = debate.add_parser("publish", help="publish the synthesis and the resulting "
                                             "proposal of a closed debate")
    dpub.add_argument("slug")
    dpub.add_argument("--by", required=True, metavar="USERNAME",
                      help="the facilitator or administrator who signs it")
    dpub.add_argument("--title", required=True)
    dpub.add_argument("--synthesis")
    dpub.add_argument("--synthesis-file", metavar="FILE.md")
    dpub.add_argument("--body")
    dpub.add_argument("--body-file", metavar="FILE.md")
    dlist = debate.add_parser("list", help="list the debates, or one debate's proposals")
    dlist.add_argument("slug", nargs="?")
    for parser_ in (dcreate, dclose, dpub, dlist):
        parser_.set_defaults(func=cmd_debate)

    survey = sub.add_parser("survey", help="surveys to the whole network (Encuestas)"
                            ).add_subparsers(dest="action", required=True)
    screate = survey.add_parser("create", help="create a survey (or change its question "
                                               "and closing), open until --closes")
    screate.add_argument("slug")
    screate.add_argument("question")
    screate.add_argument("--option", action="append", required=True, metavar="TEXT",
                         help="an option (repeat: 2 to 12 of them, in order)")
    screate.add_argument("--multiple", action="store_true",
                         help="members may choose several options")
    screate.add_argument("--description", default="")
    screate.add_argument("--closes", metavar="DATE", required=True,
                         help="YYYY-MM-DD [HH:MM], Peru's time (a date alone: 23:59)")
    screate.add_argument("--by", metavar="USERNAME",
                         help="the facilitator or administrator who asks it")
    sclose = survey.add_parser("close", help="close a survey now: it refuses answers")
    sclose.add_argument("slug")
    sresults = survey.add_parser("results", help="a survey's results (counts only)")
    sresults.add_argument("slug")
    slist = survey.add_parser("list", help="list the surveys")
    for parser_ in (screate, sclose, sresults, slist):
        parser_.set_defaults(func=cmd_survey)

    stats = sub.add_parser("stats", help="the network's statistics (synced to members)"
                           ).add_subparsers(dest="action", required=True)
    sgoal = stats.add_parser("goal", help="the goal of active members (0: none)")
    sgoal.add_argument("members", type=int)
    srefresh = stats.add_parser("refresh", help="recompute the statistics now")
    sshow = stats.add_parser("show", help="print the statistics members receive")
    for parser_ in (sgoal, srefresh, sshow):
        parser_.set_defaults(func=cmd_stats)

    news = sub.add_parser("news", help="news (Edugestores reporta) and featured members")\
        .add_subparsers(dest="action", required=True)
    npub = news.add_parser("publish", help="publish news, with an optional photo")
    npub.add_argument("--author", required=True, help="username of an administrator or "
                                                     "facilitator")
    npub.add_argument("--title", required=True)
    text = npub.add_mutually_exclusive_group(required=True)
    text.add_argument("--body", help="the text (Markdown)")
    text.add_argument("--body-file", metavar="FILE", help="read the text from a UTF-8 file")
    npub.add_argument("--photo", metavar="IMAGE", help="a JPEG, PNG, GIF or WebP photo")
    npub.add_argument("--blobs", metavar="DIR", default=None,
                      help="folder for files (default: as for serve)")
    nfeat = news.add_parser("feature", help="feature a member (Edugestores destacados)")
    nfeat.add_argument("--author", required=True)
    nfeat.add_argument("username")
    nfeat.add_argument("reason")
    nlist = news.add_parser("list", help="list the published news")
    for parser_ in (npub, nfeat, nlist):
        parser_.set_defaults(func=cmd_news)

    repo = sub.add_parser("repo", help="the document repository").add_subparsers(
        dest="action", required=True)
    rimp = repo.add_parser("import", help="create or update documents from a catalogue CSV")
    rimp.add_argument("catalogue", metavar="CATALOGUE.csv")
    rimp.add_argument("--files", metavar="DIR", required=True,
                      help="folder the CSV's file column is relative to")
    rimp.add_argument("--blobs", metavar="DIR", default=None,
                      help="the server's folder for files (as for serve)")
    rimp.add_argument("--dry-run", action="store_true",
                      help="check every row and report, but write nothing")
    rimp.set_defaults(func=cmd_repo_import)
    rlist = repo.add_parser("list", help="list the published documents (id, key, year, type, "
                                         "title)")
    rlist.add_argument("--withdrawn", action="store_true",
                       help="list the withdrawn ones instead")
    rlist.set_defaults(func=cmd_repo_list)
    rwd = repo.add_parser("withdraw", help="withdraw documents from the catalogue (members' "
                                           "copies drop them at their next sync; importing "
                                           "the key again brings one back)")
    rwd.add_argument("documents", nargs="+", metavar="KEY_OR_ID")
    rwd.set_defaults(func=cmd_repo_withdraw)

    net = sub.add_parser("network", help="the network's identity").add_subparsers(
        dest="action", required=True)
    net.add_parser("show", help="print the network's id and public key (JSON) for "
                                "build_scripts/bundle.py --network").set_defaults(
        func=cmd_network_show)

    pack = sub.add_parser("pack", help="content packs for USB drives").add_subparsers(
        dest="action", required=True)
    pexp = pack.add_parser("export", help="write a signed pack of courses and/or the "
                                          "catalogue into a new folder under --out")
    pexp.add_argument("--course", metavar="SLUG", nargs="+", default=[])
    pexp.add_argument("--catalogue", action="store_true",
                      help="include the repository's catalogue")
    pexp.add_argument("--files", choices=("course", "all", "none"), default="course",
                      help="which files travel: the courses' (default), also the "
                           "documents' (all), or none")
    pexp.add_argument("--out", metavar="DIR", required=True,
                      help="where to write the pack's folder (the drive)")
    pexp.add_argument("--blobs", metavar="DIR", default=None,
                      help="the server's folder for files (as for serve)")
    pexp.add_argument("--network-key", metavar="FILE", default=None, help=key_help)
    pexp.set_defaults(func=cmd_pack_export)

    outbox = sub.add_parser("outbox", help="outboxes carried on drives").add_subparsers(
        dest="action", required=True)
    oimp = outbox.add_parser("import", help="apply a participant's outbox file (checked "
                                            "against the device's key; idempotent)")
    oimp.add_argument("file", metavar="FILE.zip")
    oimp.add_argument("--blobs", metavar="DIR", default=None,
                      help="the server's folder for files (as for serve)")
    oimp.set_defaults(func=cmd_outbox_import)
    oret = outbox.add_parser("return", help="write the return pack for the device whose "
                                            "outbox FILE is: its results and what is new, "
                                            "sealed to that device, signed by the network")
    oret.add_argument("file", metavar="FILE.zip")
    oret.add_argument("--out", metavar="DIR", required=True)
    oret.add_argument("--network-key", metavar="PEM", default=None,
                      help="the network's key (default: $MINKA_NETWORK_KEY, or beside a "
                           "SQLite database)")
    oret.set_defaults(func=cmd_outbox_return)

    demo = sub.add_parser("demo", help="load demo users, forums, course and repository")
    demo.add_argument("--blobs", metavar="DIR", default=None,
                      help="the server's folder for files (as for serve)")
    demo.set_defaults(func=cmd_demo)

    blobs_help = "the server's folder for files (as for serve)"
    bkp = sub.add_parser("backup", help="copy the database and the files into a new folder "
                                        "(while the server runs)")
    bkp.add_argument("out", help="a new, empty folder")
    bkp.add_argument("--blobs", metavar="DIR", default=None, help=blobs_help)
    bkp.set_defaults(func=cmd_backup)
    rst = sub.add_parser("restore", help="put a backup back (stop the server first); "
                                         "clients notice and send again what it lacks")
    rst.add_argument("backup", help="a folder written by `backup`")
    rst.add_argument("--blobs", metavar="DIR", default=None, help=blobs_help)
    rst.set_defaults(func=cmd_restore)
    blobs = sub.add_parser("blobs", help="the stored files").add_subparsers(dest="action",
                                                                           required=True)
    gc = blobs.add_parser("gc", help="delete the files that no record names")
    gc.add_argument("--dry-run", action="store_true", help="list them, delete nothing")
    gc.add_argument("--grace-days", type=float, default=14.0,
                    help="keep files younger than this, whose op may still be on its way "
                         "(default 14)")
    gc.add_argument("--blobs", metavar="DIR", default=None, help=blobs_help)
    gc.set_defaults(func=cmd_blobs_gc)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    args.db = args.db or default_db_url()
    # The storage is read from the environment wherever it is opened (serve, imports,
    # backups): the options are a way to set it.
    if args.s3_bucket:
        os.environ["MINKA_S3_BUCKET"] = args.s3_bucket
    if args.s3_endpoint_url:
        os.environ["MINKA_S3_ENDPOINT_URL"] = args.s3_endpoint_url
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
