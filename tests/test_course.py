"""The course loop over a real server: import, progress, submission, feedback, rejections."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from app.services import course, syncing
from app.services.errors import UserError
from sync.server import cli, db
from sync.server.models import Lesson, Submission
from tests.helpers import seed, write_course


def test_participant_facilitator_participant(course_server, profile_factory):
    ana, fabiola, beto = (profile_factory("ana"), profile_factory("fabiola"),
                          profile_factory("beto"))
    for store in (ana, fabiola, beto):
        syncing.sync_now(store)
    assert course.list_courses(beto) == []          # not enrolled: sees nothing
    [mine] = course.list_courses(ana)
    assert mine.title == "Curso de prueba" and mine.role == "participant"
    [module] = course.outline(ana, mine.id)
    assert [l.title for l in module.lessons] == ["Primera lección", "Segunda lección"]
    first = course.lesson(ana, module.lessons[0].id)
    assert first.attachments[0]["name"] == "guia.pdf"
    assert first.attachments[0]["path"] == "../adjuntos/guia.pdf"

    assert course.mark_lesson(ana, first.id, "completed")
    assert not course.mark_lesson(ana, first.id, "read")   # completed stays completed
    [task] = module.assignments
    course.save_draft(ana, f"submission:{task.id}", "Hicimos la tertulia con 12 madres.")
    text = course.load_draft(ana, f"submission:{task.id}")
    sub_id = course.submit(ana, task.id, text)
    assert course.assignment(ana, task.id).mine.state == "queued"
    syncing.sync_now(ana)
    assert course.assignment(ana, task.id).mine.state == "received"
    assert course.list_courses(ana)[0].lessons_done == 1

    syncing.sync_now(fabiola)
    [fmodule] = course.outline(fabiola, mine.id)
    assert fmodule.assignments[0].to_review == 1
    [waiting] = course.submissions_to_review(fabiola, task.id)
    assert waiting.participant == "Ana Prueba" and waiting.state == "received"
    assert "12 madres" in waiting.text
    course.give_feedback(fabiola, waiting.id, "Muy buena reflexión. Siga así.", "A")
    syncing.sync_now(fabiola)

    syncing.sync_now(ana)
    view = course.assignment(ana, task.id)
    assert view.mine.state == "returned"
    assert [(f.author, f.grade, f.body) for f in view.mine.feedback] == [
        ("Fabiola Prueba", "A", "Muy buena reflexión. Siga así.")]
    # graded: a second submission is refused locally, and by the server if forced
    with pytest.raises(UserError) as err:
        course.submit(ana, task.id, "Otra versión")
    assert err.value.code == "already_graded"
    assert sub_id == view.mine.id


def test_reimport_with_one_lesson_changed_sends_exactly_that(course_server, profile_factory):
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    before = syncing.sync_now(ana)
    assert before.pulled == 0
    write_course(course_server.course_folder, course_server.due, lesson2="Nueva segunda")
    assert cli.main(["--db", course_server.db_url, "course", "import",
                     str(course_server.course_folder)]) == 0
    assert cli.main(["--db", course_server.db_url, "course", "import",
                     str(course_server.course_folder)]) == 0   # the same again: no change
    summary = syncing.sync_now(ana)
    assert summary.pulled == 1
    [module] = course.outline(ana, course.list_courses(ana)[0].id)
    assert module.lessons[1].title == "Nueva segunda lección"


def test_deadline_passed_is_shown_and_the_text_kept(tmp_path, server, profile_factory):
    seed(server.db_url, users=("fabiola",), role="facilitator")
    folder = tmp_path / "curso"
    write_course(folder, datetime.now(timezone.utc) - timedelta(hours=1))
    assert cli.main(["--db", server.db_url, "course", "import", str(folder)]) == 0
    assert cli.main(["--db", server.db_url, "course", "enroll", "prueba", "ana"]) == 0
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    [module] = course.outline(ana, course.list_courses(ana)[0].id)
    task = module.assignments[0]
    assert course.due_status(task.due_at) == "passed"
    course.submit(ana, task.id, "Mi trabajo, aunque tarde.")
    summary = syncing.sync_now(ana)
    assert summary.rejected == 1
    mine = course.assignment(ana, task.id).mine
    assert (mine.state, mine.reject_code) == ("rejected", "deadline_passed")
    assert mine.text == "Mi trabajo, aunque tarde."


def test_bad_course_folders_are_refused_whole(tmp_path, server, capsys):
    folder = tmp_path / "malo"
    write_course(folder, datetime.now(timezone.utc) + timedelta(days=1))
    (folder / "m1" / "02.md").write_text("# Segunda\n\n[secreto](../../../etc/passwd)",
                                         encoding="utf-8")
    assert cli.main(["--db", server.db_url, "course", "import", str(folder)]) == 2
    assert "outside the course folder" in capsys.readouterr().err
    engine = db.make_engine(server.db_url)
    with db.session_factory(engine)() as s:
        assert s.scalars(select(Lesson)).all() == []   # nothing half imported
    engine.dispose()
    (folder / "course.toml").write_text("slug = \"x\"\ntitle = ", encoding="utf-8")
    assert cli.main(["--db", server.db_url, "course", "import", str(folder)]) == 2


def test_empty_submission_is_refused_before_it_is_queued(course_server, profile_factory):
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    [module] = course.outline(ana, course.list_courses(ana)[0].id)
    with pytest.raises(UserError) as err:
        course.submit(ana, module.assignments[0].id, "   \n ")
    assert err.value.code == "empty_submission"
    assert syncing.status(ana).pending == 0
    engine = db.make_engine(course_server.db_url)
    with db.session_factory(engine)() as s:
        assert s.scalars(select(Submission)).all() == []
    engine.dispose()


def test_announcements_reach_participants_only_from_facilitators(course_server,
                                                                 profile_factory):
    ana, fabiola = profile_factory("ana"), profile_factory("fabiola")
    syncing.sync_now(ana)
    syncing.sync_now(fabiola)
    course_id = course.list_courses(fabiola)[0].id
    with pytest.raises(UserError) as err:
        course.post_announcement(ana, course_id, "Aviso", "No soy formadora.")
    assert err.value.code == "not_allowed"
    course.post_announcement(fabiola, course_id, "Nueva fecha",
                             "La tarea 1 se entrega el **lunes**.")
    assert course.announcements(fabiola, course_id)[0].sync_state == "pending"
    syncing.sync_now(fabiola)
    assert course.announcements(fabiola, course_id)[0].sync_state == "synced"
    syncing.sync_now(ana)
    [news] = course.announcements(ana, course_id)
    assert (news.title, news.author) == ("Nueva fecha", "Fabiola Prueba")


def test_files_travel_with_the_course_and_the_submission(course_server, profile_factory,
                                                         tmp_path):
    ana, fabiola = profile_factory("ana"), profile_factory("fabiola")
    summary = syncing.sync_now(ana)
    assert summary.files == 1                       # the lesson's guide came with the course
    [module] = course.outline(ana, course.list_courses(ana)[0].id)
    guide = course.lesson(ana, module.lessons[0].id).attachments[0]
    from app.services import files
    opened = files.open_copy(ana, guide["sha256"], guide["name"])
    assert opened.name == "guia.pdf" and opened.read_bytes() == b"%PDF-1.4 guia de prueba"

    task = module.assignments[0]
    photo = tmp_path / "foto de la tertulia.jpg"
    photo.write_bytes(bytes(range(256)) * 400)      # 100 KiB
    ref = course.attach_file(ana, task.id, photo)
    too_big = tmp_path / "video.mp4"
    too_big.write_bytes(b"\0" * (1024 * 1024))      # with the photo, over the 1 MiB limit
    with pytest.raises(UserError) as err:
        course.attach_file(ana, task.id, too_big)
    assert err.value.code == "file_too_large"
    assert [f.name for f in course.draft_files(ana, task.id)] == ["foto de la tertulia.jpg"]
    course.submit(ana, task.id, "Adjunto la foto.", course.draft_files(ana, task.id))
    summary = syncing.sync_now(ana)
    assert summary.rejected == 0
    assert course.assignment(ana, task.id).mine.state == "received"

    summary = syncing.sync_now(fabiola)             # the facilitator gets the photo too
    assert summary.files == 2
    [sub] = course.submissions_to_review(fabiola, task.id)
    assert sub.attachments[0]["sha256"] == ref.sha256
    copy = files.open_copy(fabiola, ref.sha256, ref.name)
    assert copy.read_bytes() == photo.read_bytes()
    assert syncing.sync_now(fabiola).files == 0     # nothing twice
