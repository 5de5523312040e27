"""Returning a submission once, correcting the feedback afterwards, and a correction that
lost to another one: both sides through a real server on loopback."""
from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone

import pytest

from app.services import course, syncing
from app.services.errors import UserError
from app.store.models import REJECTED, Feedback, OutboxEntry
from sync import protocol as p
from tests.test_ui_course import _ids


def _returned(ana, fabiola):
    syncing.sync_now(ana)
    task = _ids(ana).assignments[0]
    sub_id = course.submit(ana, task.id, "Mi informe de la tertulia.")
    syncing.sync_now(ana)
    syncing.sync_now(fabiola)
    first = course.give_feedback(fabiola, sub_id, "Buen trabajo.", "B")
    syncing.sync_now(fabiola)
    return task, sub_id, first


def test_a_correction_replaces_the_visible_feedback(course_server, profile_factory):
    ana, fabiola = profile_factory("ana"), profile_factory("fabiola")
    task, sub_id, first = _returned(ana, fabiola)
    with pytest.raises(UserError) as err:      # a second "first" feedback is refused here
        course.give_feedback(fabiola, sub_id, "Otra vez.", "A")
    assert err.value.code == "already_returned"
    second = course.give_feedback(fabiola, sub_id, "Buen trabajo; la nota sube.", "A",
                                  replaces=first)
    syncing.sync_now(fabiola)
    syncing.sync_now(ana)
    mine = course.assignment(ana, task.id).mine
    assert [f.id for f in mine.feedback] == [first, second]      # server order
    assert mine.visible.id == second and mine.visible.grade == "A"
    assert mine.corrected
    [news] = course.returned_to_me(ana)
    assert (news.author_first_name, news.assignment_title, news.corrected, news.grade) == \
        ("Fabiola", task.title, True, "A")


def test_the_server_refuses_a_second_first_feedback(course_server, profile_factory):
    """The server itself, not only this client: an op without `replaces` on a returned
    submission (an older client, or two facilitators offline) is rejected and kept."""
    ana, fabiola = profile_factory("ana"), profile_factory("fabiola")
    task, sub_id, first = _returned(ana, fabiola)

    op = p.make_op(uuid.uuid4(), "feedback.create",
                   p.FeedbackCreate(id=uuid.uuid4(), submission_id=sub_id, body="Duplicado."),
                   datetime.now(timezone.utc))
    with fabiola.session() as s, s.begin():
        s.add(Feedback(id=op.payload["id"], submission_id=sub_id,
                       course_id=course.list_courses(fabiola)[0].id,
                       author_id="x", body="Duplicado.", grade="",
                       created_at=datetime.now(timezone.utc), sync_state="pending"))
        s.add(OutboxEntry(op_id=str(op.op_id), kind=op.kind,
                          payload=json.dumps(op.payload), created_at=op.created_at))
    syncing.sync_now(fabiola)
    view = next(v for v in course.submissions_to_review(fabiola, task.id) if v.id == sub_id)
    [refused] = view.refused
    assert refused.reject_code == "already_returned" and refused.body == "Duplicado."
    assert view.visible.id == first
    syncing.sync_now(ana)
    assert [f.id for f in course.assignment(ana, task.id).mine.feedback] == [first]


def test_a_stale_correction_loses_and_is_kept(course_server, profile_factory):
    """Two computers of the facilitators correct the same version offline: the first to
    reach the server wins; the other keeps its text, marked, and can correct again."""
    ana, fabiola = profile_factory("ana"), profile_factory("fabiola")
    other = profile_factory("fabiola", "profile-fabiola-office")
    task, sub_id, first = _returned(ana, fabiola)
    syncing.sync_now(other)
    winner = course.give_feedback(other, sub_id, "Corrección desde la oficina.", "A",
                                  replaces=first)
    late = course.give_feedback(fabiola, sub_id, "Corrección desde la casa.", "A-",
                                replaces=first)
    syncing.sync_now(other)
    syncing.sync_now(fabiola)
    view = next(v for v in course.submissions_to_review(fabiola, task.id) if v.id == sub_id)
    assert view.visible.id == winner
    [lost] = view.refused
    assert (lost.id, lost.sync_state, lost.reject_code) == (late, REJECTED, "stale_correction")
    again = course.give_feedback(fabiola, sub_id, "Corrección desde la casa.", "A-",
                                 replaces=winner)
    syncing.sync_now(fabiola)
    syncing.sync_now(ana)
    mine = course.assignment(ana, task.id).mine
    assert [f.id for f in mine.feedback] == [first, winner, again]
    assert mine.visible.body == "Corrección desde la casa."
