"""Text another member wrote is shown as text everywhere: nothing in it is read as HTML.

A hostile member (raw API calls) fills every field that reaches other members: name and
profile, a thread's title and body, a proposed document's metadata and file name, a
submission's file name. The facilitator's window opens every view; every label, tooltip and
model tooltip must show that text literally, and the local image the text names (watched
with inotify) must never be opened.
"""
from __future__ import annotations

import ctypes
import html
import os
import uuid
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtWidgets import QAbstractItemView, QLabel, QToolTip

from app.services import course, repository, syncing
from app.services.account import current_account
from app.ui.main_window import COURSE, FORUMS, HOME, REPOSITORY, MainWindow
from app.ui.plaintext import tip
from sync import blobs
from sync import protocol as p
from sync.server import accounts, cli, db
from sync.server.models import Forum
from tests.helpers import FORUM_ID, PASSWORD, signed_in_profile
from tests.wire import account, exchange, thread_op

IN_OPEN, IN_ACCESS, IN_NONBLOCK = 0x20, 0x01, 0o4000


class Watch:
    """Tells whether anything opened a file (Linux inotify, through libc)."""

    def __init__(self, path):
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self.libc.inotify_init1(IN_NONBLOCK)
        assert self.fd >= 0
        assert self.libc.inotify_add_watch(self.fd, os.fsencode(path), IN_OPEN | IN_ACCESS) >= 0

    def touched(self) -> bool:
        try:
            return bool(os.read(self.fd, 4096))
        except BlockingIOError:
            return False

    def close(self) -> None:
        os.close(self.fd)


def hostile(watched) -> str:
    return f'<b>x</b><img src="{watched}">'


def interpreted(text: str, fmt=Qt.AutoText) -> bool:
    """True if Qt would read the raw markup of a hostile string in `text` as HTML."""
    from PySide6.QtGui import Qt as QtGui  # mightBeRichText lives in QtGui
    rich = fmt == Qt.RichText or (fmt == Qt.AutoText and QtGui.mightBeRichText(text))
    return rich and ("<b>x</b>" in text or "<img" in text)


@pytest.fixture
def hostile_world(tmp_path, course_server):
    """A server where the member `mal` wrote markup into everything others see."""
    watched = tmp_path / "local.png"
    image = QImage(4, 4, QImage.Format_RGB32)
    image.fill(0xFF0000)
    assert image.save(str(watched))
    evil = hostile(watched)
    sessions = db.session_factory(db.make_engine(course_server.db_url))
    with sessions() as s, s.begin():
        accounts.add_user(s, username="mal", display_name=evil, password=PASSWORD,
                          role="participant", region=evil, institution=evil, position=evil)
        forum = s.get(Forum, FORUM_ID)
        forum.title, forum.description = evil, evil
    assert cli.main(["--db", course_server.db_url, "course", "enroll", "prueba", "mal"]) == 0
    mal = signed_in_profile(tmp_path / "mal", course_server.url, "mal")
    syncing.sync_now(mal)
    acct = account(mal)
    thread = thread_op(FORUM_ID, evil, evil)
    upload = tmp_path / "informe.pdf"
    upload.write_bytes(b"%PDF-1.4 informe")
    sha = blobs.upload(acct.server_url, acct.token, upload)
    ref = p.FileRef(sha256=sha, name=evil + ".pdf", size=upload.stat().st_size)
    proposal = p.DocumentPropose(id=uuid.uuid4(), title=evil, type="guia", authors=[evil],
                                 themes=[evil], region=evil, summary=evil, licence=evil,
                                 source=evil, file=ref)
    [module] = course.outline(mal, course.list_courses(mal)[0].id)
    task = module.assignments[0]
    submission = p.SubmissionSubmit(id=course.submission_id(task.id, acct.user_id),
                                    assignment_id=task.id, text=evil, attachments=[ref])
    now = datetime.now(timezone.utc)
    ops = [thread, p.make_op(uuid.uuid4(), "document.propose", proposal, now),
           p.make_op(uuid.uuid4(), "submission.submit", submission, now)]
    assert [r.status for r in exchange(course_server.url, acct, ops).results] == ["applied"] * 3
    mal.close()
    return course_server, watched, str(thread.parsed_payload().id), task.id, str(proposal.id)


def _texts(window):
    """(where, text, format) of every label and tooltip the window holds."""
    found = []
    for label in window.findChildren(QLabel):
        found.append((f"label {label.objectName()}", label.text(), label.textFormat()))
        found.append((f"tooltip of {label.objectName()}", label.toolTip(), Qt.AutoText))
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        stack = [model.index(r, 0) for r in range(model.rowCount())]
        while stack:
            index = stack.pop()
            stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
            value = index.data(Qt.ToolTipRole)
            if value:
                found.append((f"tooltip in {view.objectName() or type(view).__name__}",
                              value, Qt.AutoText))
    return found


def test_hostile_text_is_shown_as_text_in_every_view(qtbot, qapp, hostile_world,
                                                     profile_factory):
    server, watched, thread_id, task_id, proposal_id = hostile_world
    fabiola = profile_factory("fabiola")
    syncing.sync_now(fabiola)
    repository.decide(fabiola, proposal_id, True)
    syncing.sync_now(fabiola)
    syncing.sync_now(fabiola)                    # the published document comes back
    assert repository.count(fabiola) == 1
    watch = Watch(watched)
    window = MainWindow(fabiola, current_account(fabiola), auto_sync=False)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    seen = []
    try:
        for page in (HOME, FORUMS, REPOSITORY, COURSE):
            window.nav.setCurrentRow(page)
            if page == FORUMS:
                window.open_thread(FORUM_ID, thread_id)
            if page == REPOSITORY:
                window.repository.reload()
                window.repository.tabs.setCurrentIndex(window.repository.tabs.count() - 1)
                window.repository.show_proposal(proposal_id)
            if page == COURSE:
                window.course.open_item("assignment", task_id)
            window.grab()                        # lays out and paints every visible text
            seen += _texts(window)
            # real tooltips, as a hovering mouse asks for them
            for view in window.findChildren(QAbstractItemView):
                if not view.isVisible() or view.model() is None or not view.model().rowCount():
                    continue
                rect = view.visualRect(view.model().index(0, 0))
                pos = rect.center()
                qapp.sendEvent(view.viewport(), QHelpEvent(
                    QEvent.ToolTip, pos, view.viewport().mapToGlobal(pos)))
                if QToolTip.isVisible():
                    seen.append((f"shown tooltip of {view.objectName()}", QToolTip.text(),
                                 Qt.AutoText))
                    QToolTip.hideText()
            qapp.processEvents()
        assert not watch.touched(), "a hostile <img> made Minka open a local file"
    finally:
        watch.close()
    bad = [(where, text[:80]) for where, text, fmt in seen if interpreted(text, fmt)]
    assert bad == []
    evil = hostile(watched)
    # and the text is really there, literally
    shown = [t for _w, t, _f in seen]
    assert tip(evil) in shown                    # the thread's (and forum's) tooltip
    assert any(w.startswith("shown tooltip of threadList") for w, _t, _f in seen)
    assert html.escape(evil) in window.home.recent.text()      # a label rich on purpose
    guessing = [label.objectName() for label in window.findChildren(QLabel)
                if label.textFormat() == Qt.AutoText and type(label) is not QLabel]
    assert guessing == [], "a label of Minka guesses its text format"
    assert evil in window.forums.reader.toPlainText()
    assert evil in window.repository.review_detail.toPlainText()
    assert evil in window.course.review_reader.toPlainText()


def test_every_tooltip_and_label_helper_keeps_text_literal(qapp):
    from PySide6.QtGui import QTextDocument
    evil = '<b>x</b> & <img src="/dev/zero">\nsegunda línea'
    doc = QTextDocument()
    doc.setHtml(tip(evil))
    assert doc.toPlainText().strip() == evil
    assert tip("") == "" and tip(None) == ""
    from app.ui.plaintext import Label
    label = Label(evil)
    assert label.textFormat() == Qt.PlainText and label.text() == evil


def test_minka_makes_labels_and_message_boxes_only_through_the_plain_text_helpers():
    from pathlib import Path
    import re
    ui = Path(__file__).resolve().parent.parent / "app" / "ui"
    offenders = [f"{path.name}:{n}" for path in ui.glob("*.py") if path.name != "plaintext.py"
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"(?<![\w.])QLabel\(|QMessageBox\.(information|warning|"
                              r"critical|question)\(", line)]
    assert offenders == []
