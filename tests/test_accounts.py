"""Accounts that can be locked (issue 14): disable, enable, passwd, remove, the password
policy, the sign-in rate limit, tokens that expire when idle, one device per computer,
the audit log, and a quiet sync that writes nothing. All against a real server."""
from __future__ import annotations

import gzip
import json
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, update

from app.services import account as account_service
from app.services import course as course_service
from app.services import forums, syncing
from app.store.db import Store
from app.store.models import Person
from sync import protocol as p
from sync.client import Backoff, SyncError
from sync.server import accounts, cli, db
from sync.server.models import (Assignment, AuditEntry, AuthEpoch, Device, Post,
                                SigninFailures,
                                Submission, User)
from tests.helpers import FORUM_ID, PASSWORD, ServerProcess, seed, signed_in_profile
from tests.wire import account, database_url, post_raw, sync_body

SIGNIN_PATH = p.API_PREFIX + "/auth/signin"
NEW_PASSWORD = "una frase que recuerdo"


class Look:
    """The server's database, read and changed as an operator (or a calendar) would."""

    def __init__(self, url: str):
        self.engine = db.make_engine(url)
        self.sessions = db.session_factory(self.engine)

    def scalar(self, query):
        with self.sessions() as s:
            return s.scalar(query)

    def execute(self, statement):
        with self.sessions() as s, s.begin():
            s.execute(statement)

    def close(self):
        self.engine.dispose()


@pytest.fixture
def look(server):
    found = Look(server.db_url)
    yield found
    found.close()


def rewind_seen(look, when: datetime) -> None:
    """Every device last seen at `when`, as if the time between had passed: a server
    worker's cached check of a token (sync/server/tokencache.py) lasts a minute, far
    less than the days or the hour these tests skip, so it is voided as well."""
    look.execute(update(Device).values(last_seen_at=when))
    look.execute(update(AuthEpoch).values(value=AuthEpoch.value + 1))


def signin_raw(url: str, username: str, password: str, **extra):
    body = gzip.compress(json.dumps({"username": username, "password": password,
                                     **extra}).encode())
    return post_raw(url, body, path=SIGNIN_PATH)


def error_code(resp) -> str:
    return resp.json()["error"]["code"]


def no_retries():
    return {"backoff": Backoff(base=0.01, max_attempts=1)}


# ---- disable, enable ------------------------------------------------------------------

def test_disabled_account_is_refused_at_once_and_enabled_syncs_its_pending_work(
        server, profile_factory, look, tmp_path):
    from app.ui.application import create_application
    from app.ui.messages import problem
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    thread = forums.create_thread(ana, FORUM_ID, "Escrito antes del bloqueo", "Que no se pierda.")

    assert cli.main(["--db", server.db_url, "user", "disable", "ana"]) == 0

    # The token that worked a moment ago: refused at its next request, with its own code.
    resp = post_raw(server.url, sync_body(account(ana)), token=account(ana).token)
    assert (resp.status_code, error_code(resp)) == (403, "account_disabled")
    with pytest.raises(SyncError) as caught:
        syncing.sync_now(ana, **no_retries())
    assert caught.value.code == "account_disabled" and not caught.value.retryable
    assert syncing.status(ana).pending == 1
    # Files too: every endpoint that takes a token goes through the same check.
    import requests
    digest = "0" * 64
    for resp in (requests.get(f"{server.url}/api/v1/blobs/{digest}", timeout=10,
                              headers={"Authorization": f"Bearer {account(ana).token}"}),
                 requests.get(f"{server.url}/api/v1/uploads/{digest}", params={"size": 1},
                              headers={"Authorization": f"Bearer {account(ana).token}"},
                              timeout=10)):
        assert (resp.status_code, error_code(resp)) == (403, "account_disabled")
    create_application([], "es")
    assert problem("account_disabled").startswith("Su cuenta está desactivada")
    # Signing in: the right password learns the account is disabled; a wrong one learns
    # nothing more than "wrong".
    other = Store(tmp_path / "otra-pc")
    try:
        with pytest.raises(SyncError) as caught:
            account_service.sign_in(other, server.url, "ana", PASSWORD)
        assert caught.value.code == "account_disabled"
        assert account_service.current_account(other) is None
        resp = signin_raw(server.url, "ana", "no-es-la-clave")
        assert (resp.status_code, error_code(resp)) == (401, "bad_credentials")
    finally:
        other.close()

    assert cli.main(["--db", server.db_url, "user", "enable", "ana"]) == 0
    summary = syncing.sync_now(ana)   # the same token: nothing to sign in again
    assert summary.pushed == 1 and syncing.status(ana).pending == 0
    assert forums.get_thread(ana, thread).state == "synced"
    assert look.scalar(select(func.count()).select_from(Device)) == 1


# ---- passwords ------------------------------------------------------------------------

@pytest.mark.parametrize("password", ["contraseña", "123456789", "peru2024", "Lima1234",
                                      "PASSWORD1", "corta", "aaaaaaaaaa", "marta.condori",
                                      "marta.condori2025"])
def test_password_policy_refuses_short_common_and_own_name(password):
    with pytest.raises(accounts.AccountError):
        accounts.check_password(password, "marta.condori")


@pytest.mark.parametrize("password", [PASSWORD, NEW_PASSWORD, "Ayllu-de-Ocongate",
                                      "minka2026"])
def test_password_policy_accepts_ordinary_good_passwords(password):
    accounts.check_password(password, "marta.condori")


def test_passwd_applies_the_policy_and_signs_every_device_out(server, profile_factory, look,
                                                              capsys):
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    for weak in ("contraseña", "peru2024", "123456789"):
        assert cli.main(["--db", server.db_url, "user", "passwd", "ana",
                         "--password", weak]) == 2
        assert "too common" in capsys.readouterr().err
    assert cli.main(["--db", server.db_url, "user", "add", "nuevo",
                     "--password", "peru2024"]) == 2
    assert "too common" in capsys.readouterr().err
    syncing.sync_now(ana)   # refused passwords changed nothing

    assert cli.main(["--db", server.db_url, "user", "passwd", "ana",
                     "--password", NEW_PASSWORD]) == 0
    assert "1 device(s) signed out" in capsys.readouterr().out
    with pytest.raises(SyncError) as caught:
        syncing.sync_now(ana, **no_retries())
    assert caught.value.code == "auth_revoked"
    with pytest.raises(SyncError):
        account_service.sign_in(ana, server.url, "ana", PASSWORD)
    account_service.sign_in(ana, server.url, "ana", NEW_PASSWORD)
    assert syncing.sync_now(ana).requests >= 1
    # --keep-devices: a forgotten password, the computer stays signed in.
    assert cli.main(["--db", server.db_url, "user", "passwd", "ana", "--keep-devices",
                     "--password", "otra frase distinta"]) == 0
    assert syncing.sync_now(ana).requests >= 1


# ---- one device per computer ----------------------------------------------------------

def test_signing_in_again_on_the_same_computer_reuses_its_device(server, profile_factory,
                                                                 look, tmp_path):
    ana = profile_factory("ana")
    first = account(ana)
    for _ in range(3):
        account_service.sign_in(ana, server.url, "ana", PASSWORD)
    again = account(ana)
    assert again.device_id == first.device_id and again.token != first.token
    assert look.scalar(select(func.count()).select_from(Device)) == 1
    # The old token went with the new one; the new one works.
    resp = post_raw(server.url, sync_body(first), token=first.token)
    assert (resp.status_code, error_code(resp)) == (401, "invalid_token")
    assert syncing.sync_now(ana).requests == 1

    # Another computer is another device; naming someone else's device gets a new one.
    beto = signed_in_profile(tmp_path / "beto", server.url, "beto")
    try:
        resp = signin_raw(server.url, "beto", PASSWORD, device_id=first.device_id)
        assert resp.status_code == 200
        assert resp.json()["device_id"] != first.device_id
        assert syncing.sync_now(ana).requests == 1   # ana's device untouched
    finally:
        beto.close()
    # A revoked device stays revoked: signing in again makes a new one.
    assert cli.main(["--db", server.db_url, "device", "revoke", "ana"]) == 0
    account_service.sign_in(ana, server.url, "ana", PASSWORD)
    assert account(ana).device_id != first.device_id
    assert syncing.sync_now(ana).requests == 1


# ---- tokens that expire ---------------------------------------------------------------

def test_an_idle_token_expires_and_signing_in_again_sends_the_pending_work(
        qtbot, server, profile_factory, look):
    """Expired token → the sign-in dialog → the pending writing syncs under the same
    account and device."""
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    device_id = account(ana).device_id
    thread = forums.create_thread(ana, FORUM_ID, "Tres meses sin señal",
                                  "Lo escribí en junio, en la comunidad.")
    reply = forums.reply(ana, thread, "Y esta respuesta también espera.")
    # 91 days without a request (the default limit is 90).
    rewind_seen(look, datetime.now(timezone.utc) - timedelta(days=91))
    resp = post_raw(server.url, sync_body(account(ana)), token=account(ana).token)
    assert (resp.status_code, error_code(resp)) == (401, "token_expired")

    create_application([], "es")
    window = MainWindow(ana, account_service.current_account(ana), auto_sync=False)
    qtbot.addWidget(window)
    window.sync.engine_options = no_retries()
    try:
        with qtbot.waitSignal(window.sync.failed, timeout=10000) as failed:
            window.sync_now()
        assert failed.args == ["auth_expired"]
        assert syncing.status(ana).pending == 2
        qtbot.waitUntil(lambda: getattr(window, "_signin", None) is not None
                        and window._signin.isVisible(), timeout=5000)
        dialog = window._signin
        assert dialog.username.text() == "ana"
        assert "ingresar de nuevo" in window.statusBar().currentMessage()
        dialog.password.setText(PASSWORD)
        with qtbot.waitSignal(window.sync.finished, timeout=15000):
            dialog.ok.click()
        assert syncing.status(ana).pending == 0
        assert forums.get_thread(ana, thread).state == "synced"
        assert account(ana).device_id == device_id
        assert look.scalar(select(func.count()).select_from(Device)) == 1
        author = look.scalar(select(func.count()).select_from(Post).where(
            Post.id == reply, Post.author_id == account(ana).user_id))
        assert author == 1
    finally:
        window.close()


def test_token_idle_limit_is_configurable(tmp_path, monkeypatch):
    url = db.sqlite_url(tmp_path / "server.db")
    seed(url)
    monkeypatch.setenv("MINKA_TOKEN_IDLE_DAYS", "7")
    server = ServerProcess(url, tmp_path / "server.log").start()
    look = Look(url)
    store = signed_in_profile(tmp_path / "ana", server.url, "ana")
    try:
        rewind_seen(look, datetime.now(timezone.utc) - timedelta(days=6))
        assert syncing.sync_now(store).requests == 1
        rewind_seen(look, datetime.now(timezone.utc) - timedelta(days=8))
        with pytest.raises(SyncError) as caught:
            syncing.sync_now(store, **no_retries())
        assert caught.value.code == "auth_expired"
    finally:
        store.close()
        look.close()
        server.stop()


# ---- the sign-in rate limit -----------------------------------------------------------

@pytest.fixture(params=["sqlite", "postgresql"])
def limited_server(request, tmp_path, monkeypatch):
    """Limits of 3 failures per account and 6 per address; on both databases, since the
    count lives in the database to be shared by several workers."""
    url = database_url(request, tmp_path / "db")
    seed(url, users=("ana", "beto", "carla"))
    monkeypatch.setenv("MINKA_SIGNIN_ACCOUNT_LIMIT", "3")
    monkeypatch.setenv("MINKA_SIGNIN_ADDRESS_LIMIT", "6")
    server = ServerProcess(url, tmp_path / "server.log").start()
    yield server
    server.stop()


def test_signin_is_rate_limited_per_account_and_per_address(limited_server, tmp_path):
    url = limited_server.url
    for _ in range(3):
        resp = signin_raw(url, "ana", "adivinando-1")
        assert (resp.status_code, error_code(resp)) == (401, "bad_credentials")
    # The limit reached: refused, even with the right password, and told how long to wait.
    for password in ("adivinando-2", PASSWORD):
        resp = signin_raw(url, "ANA ", password)
        assert (resp.status_code, error_code(resp)) == (429, "too_many_attempts")
        assert 14 * 60 < int(resp.headers["retry-after"]) <= 15 * 60
    store = Store(tmp_path / "ana")
    try:
        with pytest.raises(SyncError) as caught:
            account_service.sign_in(store, url, "ana", PASSWORD)
        assert caught.value.code == "too_many_attempts" and not caught.value.retryable
        assert 14 * 60 < caught.value.retry_after <= 15 * 60   # not capped at 10 minutes
    finally:
        store.close()
    # Another account from the same address still signs in (3 failures < 6)…
    assert signin_raw(url, "beto", PASSWORD).status_code == 200
    # …until this address has failed 6 times, whatever the account.
    for _ in range(3):
        assert signin_raw(url, "beto", "adivinando-3").status_code == 401
    resp = signin_raw(url, "carla", PASSWORD)
    assert (resp.status_code, error_code(resp)) == (429, "too_many_attempts")

    # The window ends (moved back here instead of waiting): sign-in works, and success
    # clears the account's count.
    look = Look(limited_server.db_url)
    try:
        look.execute(update(SigninFailures).values(
            window_start=datetime.now(timezone.utc) - timedelta(minutes=16)))
        assert signin_raw(url, "ana", PASSWORD).status_code == 200
        assert look.scalar(select(SigninFailures).where(
            SigninFailures.key == "account:ana")) is None
    finally:
        look.close()


def test_signin_dialog_says_how_many_minutes_to_wait(qtbot, limited_server, tmp_path):
    from app.ui.application import create_application
    from app.ui.signin import SignInDialog
    for _ in range(3):
        signin_raw(limited_server.url, "ana", "adivinando")
    create_application([], "es")
    store = Store(tmp_path / "ana")
    dialog = SignInDialog(store, limited_server.url, "ana")
    qtbot.addWidget(dialog)
    try:
        dialog.show()
        dialog.password.setText(PASSWORD)
        dialog.ok.click()
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
        assert dialog.error.text() == \
            "Demasiados intentos. Vuelva a intentarlo en 15 minutos."
        assert dialog.isVisible() and account_service.current_account(store) is None
    finally:
        dialog.close()
        store.close()


# ---- removing a person ----------------------------------------------------------------

def test_remove_keeps_public_posts_as_persona_retirada_and_deletes_private_records(
        course_server, profile_factory, capsys, tmp_path):
    server = course_server
    look = Look(server.db_url)
    ana = profile_factory("ana")
    beto = profile_factory("beto")
    try:
        syncing.sync_now(ana)
        thread = forums.create_thread(ana, FORUM_ID, "Tertulia en Sicuani",
                                      "Leímos a Freire.")
        assignment_id = look.scalar(select(Assignment.id))
        course_service.submit(ana, assignment_id, "Mi trabajo, solo para la formadora.")
        syncing.sync_now(ana)
        ana_id = account(ana).user_id
        assert look.scalar(select(func.count()).select_from(Submission)) == 1

        # Not confirmed (no terminal here): nothing changes.
        assert cli.main(["--db", server.db_url, "user", "remove", "ana"]) == 2
        assert "not confirmed" in capsys.readouterr().err
        assert look.scalar(select(User.display_name).where(User.id == ana_id)) == \
            "Ana Prueba"

        assert cli.main(["--db", server.db_url, "user", "remove", "ana", "--yes"]) == 0
        out = capsys.readouterr().out
        assert "1 threads" in out and "1 submissions" in out

        user = look.scalar(select(User).where(User.id == ana_id))
        assert (user.display_name, user.region, user.institution) == \
            (accounts.REMOVED_NAME, "", "")
        assert user.removed_at is not None and user.username != "ana"
        assert look.scalar(select(func.count()).select_from(Post).where(
            Post.author_id == ana_id, Post.deleted.is_(False))) == 1
        assert look.scalar(select(Submission.deleted)) is True
        # Her computer is signed out; her name is free; the password opens nothing.
        with pytest.raises(SyncError) as caught:
            syncing.sync_now(ana, **no_retries())
        assert caught.value.code == "auth_revoked"
        resp = signin_raw(server.url, "ana", PASSWORD)
        assert (resp.status_code, error_code(resp)) == (401, "bad_credentials")
        # Everyone else's copy shows the thread, by "Persona retirada".
        syncing.sync_now(beto)
        with beto.session() as s:
            assert s.get(Person, ana_id).display_name == "Persona retirada"
        assert forums.get_thread(beto, thread) is not None
        # The name can be given to someone new.
        assert cli.main(["--db", server.db_url, "user", "add", "ana",
                         "--password", NEW_PASSWORD]) == 0
    finally:
        look.close()


# ---- the audit log --------------------------------------------------------------------

def test_audit_lists_who_did_what_and_when_in_peru_time(server, profile_factory, capsys):
    url = server.db_url
    profile_factory("ana")
    steps = [["user", "add", "marta", "--password", NEW_PASSWORD],
             ["user", "role", "marta", "facilitator"],
             ["user", "passwd", "ana", "--password", "otra frase distinta"],
             ["user", "disable", "beto"], ["user", "enable", "beto"],
             ["device", "revoke", "beto"],   # nothing to revoke: not an action, not logged
             ["user", "remove", "marta", "--yes"]]
    for step in steps:
        cli.main(["--db", url, *step])
    capsys.readouterr()
    assert cli.main(["--db", url, "audit"]) == 0
    lines = capsys.readouterr().out.splitlines()
    actions = [line.split("  ")[2] for line in lines]
    assert actions == ["user.add", "user.role", "user.passwd", "user.disable",
                       "user.enable", "user.remove"]
    assert "(cli)" in lines[0] and "marta" in lines[0]
    assert "participant -> facilitator" in lines[1]
    look = Look(url)
    try:
        first = accounts.aware(look.scalar(select(AuditEntry.at).order_by(AuditEntry.id)))
    finally:
        look.close()
    assert lines[0].startswith((first - timedelta(hours=5)).strftime("%Y-%m-%d %H:%M:%S"))


# ---- a quiet sync writes nothing ------------------------------------------------------

def test_a_quiet_sync_writes_nothing_and_takes_no_write_lock(server, profile_factory, look):
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    path = server.db_url.removeprefix("sqlite:///")
    watcher = sqlite3.connect(path, isolation_level=None)
    writer = sqlite3.connect(path, isolation_level=None, timeout=1)
    try:
        before = watcher.execute("PRAGMA data_version").fetchone()[0]
        # Someone else holds SQLite's write lock for the whole sync: a quiet sync must not
        # need it (before, it took it twice: to authenticate and to pull).
        writer.execute("BEGIN IMMEDIATE")
        for _ in range(3):
            summary = syncing.sync_now(ana, **no_retries())
            assert (summary.pushed, summary.requests, summary.retries) == (0, 1, 0)
        writer.execute("ROLLBACK")
        assert watcher.execute("PRAGMA data_version").fetchone()[0] == before

        # Last seen is kept to the hour: an hour later, one write, then quiet again.
        an_hour_ago = datetime.now(timezone.utc) - timedelta(hours=1, minutes=1)
        rewind_seen(look, an_hour_ago)
        before = watcher.execute("PRAGMA data_version").fetchone()[0]
        syncing.sync_now(ana)
        moved = watcher.execute("PRAGMA data_version").fetchone()[0]
        assert moved != before
        assert accounts.aware(look.scalar(select(Device.last_seen_at))) > an_hour_ago
        syncing.sync_now(ana)
        assert watcher.execute("PRAGMA data_version").fetchone()[0] == moved
    finally:
        watcher.close()
        writer.close()
