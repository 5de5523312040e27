"""Files named by another member's ops are hostile input: a raw client on a real server.

The server refuses an op whose file is not exactly the one its author uploaded (size, type),
whatever the op's kind; a record that is wrong all the same (stored before the check) sets
that one file aside as damaged on each reader, and every other sync goes on.
"""
from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone

import pytest

from app.services import course, files, syncing
from app.services.errors import UserError
from sync import blobs
from sync import protocol as p
from sync.server import db
from sync.server.models import Submission
from tests.wire import account, exchange


def _task(store):
    [module] = course.outline(store, course.list_courses(store)[0].id)
    return module.assignments[0]


def _upload(store, path):
    acct = account(store)
    return blobs.upload(acct.server_url, acct.token, path)


def _submit_op(store, assignment_id: str, refs: list[dict], text="Mi trabajo") -> p.Op:
    acct = account(store)
    payload = p.SubmissionSubmit(id=course.submission_id(assignment_id, acct.user_id),
                                 assignment_id=assignment_id, text=text,
                                 attachments=[p.FileRef(**r) for r in refs])
    return p.make_op(uuid.uuid4(), "submission.submit", payload, datetime.now(timezone.utc))


def _propose_op(ref: dict) -> p.Op:
    payload = p.DocumentPropose(id=uuid.uuid4(), title="Guía", type="guia",
                                file=p.FileRef(**ref))
    return p.make_op(uuid.uuid4(), "document.propose", payload, datetime.now(timezone.utc))


def test_an_op_naming_a_wrong_size_or_type_is_refused_for_every_kind(course_server,
                                                                    profile_factory,
                                                                    tmp_path):
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    task = _task(ana)
    informe = tmp_path / "informe.pdf"
    informe.write_bytes(b"%PDF" + b"x" * 4998)               # 5,002 bytes
    sha = _upload(ana, informe)

    lying = {"sha256": sha, "name": "informe.pdf", "size": 1}
    exe = {"sha256": sha, "name": "informe_final.pdf.exe", "size": 5002}
    honest = {"sha256": sha, "name": "informe.pdf", "size": 5002}
    ops = [_submit_op(ana, task.id, [lying]), _propose_op(lying),
           _submit_op(ana, task.id, [exe]), _propose_op(exe), _submit_op(ana, task.id, [honest])]
    answer = exchange(course_server.url, account(ana), ops)
    codes = [(r.status, r.code) for r in answer.results]
    assert codes == [("rejected", "file_mismatch"), ("rejected", "file_mismatch"),
                     ("rejected", "file_type_not_allowed"),
                     ("rejected", "file_type_not_allowed"), ("applied", None)]

    fabiola = profile_factory("fabiola")
    summary = syncing.sync_now(fabiola)                      # the reviewer's sync is fine
    assert summary.damaged_files == []
    [sub] = course.submissions_to_review(fabiola, task.id)
    assert sub.attachments == [honest]


def test_a_record_with_a_wrong_size_sets_that_file_aside_and_the_sync_goes_on(
        course_server, profile_factory, tmp_path):
    ana, fabiola = profile_factory("ana"), profile_factory("fabiola")
    syncing.sync_now(ana)
    task = _task(ana)
    informe = tmp_path / "informe.pdf"
    informe.write_bytes(b"%PDF" + b"x" * 4998)
    sha = _upload(ana, informe)
    ref = {"sha256": sha, "name": "informe.pdf", "size": 5002}
    [result] = exchange(course_server.url, account(ana),
                        [_submit_op(ana, task.id, [ref])]).results
    assert result.status == "applied"
    # A record stored before the server checked sizes (or by a broken import): it claims
    # 1 byte. Written straight into the server's database, as it would be found there.
    sessions = db.session_factory(db.make_engine(course_server.db_url))
    with sessions() as s, s.begin():
        row = s.get(Submission, course.submission_id(task.id, account(ana).user_id))
        row.attachments = json.dumps([{**ref, "size": 1}])

    summary = syncing.sync_now(fabiola)                      # no exception: it finishes
    assert summary.damaged_files == ["informe.pdf"]
    assert summary.files == 1                                # the lesson's guide arrived
    assert files.damaged_files(fabiola) == {sha}
    [sub] = course.submissions_to_review(fabiola, task.id)
    assert sub.attachments[0]["size"] == 1
    # Later syncs do not stumble on it again, and everything else keeps travelling.
    again = syncing.sync_now(fabiola)
    assert again.damaged_files == [] and again.files == 0
    course.post_announcement(fabiola, course.list_courses(fabiola)[0].id, "Aviso", "Hola")
    assert syncing.sync_now(fabiola).pushed == 1
    assert [h.ok for h in syncing.history(fabiola)] == [True, True, True]

    # where the facilitator meets the file, she reads why it is not there
    from app.ui.application import create_application
    from app.ui.course_view import CourseView
    create_application([], "es")
    view = CourseView(fabiola)
    view.open_item("assignment", task.id)
    assert "informe.pdf (" in view.review_reader.toPlainText()
    assert "dañado en el servidor" in view.review_reader.toPlainText()
    view.deleteLater()


def test_the_client_never_opens_a_type_that_is_not_shared(course_server, profile_factory,
                                                         tmp_path):
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    [module] = course.outline(ana, course.list_courses(ana)[0].id)
    guide = course.lesson(ana, module.lessons[0].id).attachments[0]
    for name in ("informe_final.pdf.exe", "acceso.lnk", "x.desktop", "script.ps1",
                 "programa", "informe.PDF.bat"):
        with pytest.raises(UserError) as err:
            files.open_copy(ana, guide["sha256"], name)
        assert err.value.code == "file_type_not_opened"
    assert files.open_copy(ana, guide["sha256"], "Guía.PDF").name == "Guía.pdf"
    assert not (ana.profile_dir / "abiertos" / guide["sha256"][:12]
                / "informe_final.pdf.exe").exists()
