"""The authorisation walk (issue 14): every role (participant, course facilitator, network
facilitator, administrator, a participant outside the course) × every op kind and file
endpoint × their own records, others' and a course they are not in, at the wire against
one real server. A new op kind or endpoint must be added here: the first test fails until
it is."""
from __future__ import annotations

import hashlib
import os
import uuid
from datetime import datetime, timedelta, timezone

import pytest
import requests
from sqlalchemy import select

from app.services.course import submission_id
from sync import protocol as p
from sync.server import db
from sync.server.entities.debates import close_debate, create_debate
from sync.server.entities.groups import add_members, create_group
from sync.server.models import Assignment, Course, Lesson
from tests.helpers import FORUM_ID, seed
from tests.wire import account, post_raw, sync_body

# Who is who. ana takes the course, fabiola teaches it; carla is a facilitator of the
# network (she moderates the repository) but not of this course; rosa administers the
# network and is in no course; beto is a participant outside the course.
ACTORS = ("ana", "fabiola", "carla", "rosa", "beto")
MODERATORS = {"fabiola", "carla", "rosa"}   # network roles facilitator and admin
WALKED_KINDS = {"thread.create", "post.create", "progress.set", "submission.submit",
                "feedback.create", "announcement.create", "document.propose",
                "proposal.decide", "group.thread.create", "group.document.add",
                "group.member.set",
                "debate.proposal.create", "debate.argument.create", "debate.endorse",
                "debate.publish", "debate.create",
                "wall.post.create", "wall.comment.create", "news.publish", "member.feature",
                "profile.update", "survey.create", "survey.answer",
                "moderation.hide", "moderation.unhide", "report.create", "report.dismiss",
                "writing.edit", "group.document.propose"}
GROUP_MEMBERS = {"ana", "carla"}   # a closed group: a participant and a facilitator


def test_the_walk_covers_every_op_kind():
    assert set(p.OP_PAYLOADS) == WALKED_KINDS


class Member:
    def __init__(self, store):
        self.store = store
        self.acct = account(store)
        self.auth = {"Authorization": f"Bearer {self.acct.token}"}

    def send(self, server, kind: str, payload) -> p.OpResult:
        op = p.make_op(uuid.uuid4(), kind, payload, datetime.now(timezone.utc))
        resp = post_raw(server.url, sync_body(self.acct, [op]), token=self.acct.token)
        assert resp.status_code == 200, resp.text
        [result] = p.SyncResponse.model_validate(resp.json()).results
        return result

    def pull(self, server) -> list[p.Change]:
        changes, cursor = [], 0
        while True:
            resp = post_raw(server.url, sync_body(self.acct, cursor=cursor),
                            token=self.acct.token)
            answer = p.SyncResponse.model_validate(resp.json())
            changes += answer.changes
            cursor = answer.cursor
            if not answer.more:
                return changes

    def upload(self, server, data: bytes, name: str) -> p.FileRef:
        digest = hashlib.sha256(data).hexdigest()
        resp = requests.put(f"{server.url}/api/v1/uploads/{digest}", headers=self.auth,
                            params={"offset": 0, "size": len(data)}, data=data, timeout=20)
        assert resp.json()["complete"] is True
        return p.FileRef(sha256=digest, name=name, size=len(data))

    def fetch(self, server, ref: p.FileRef) -> int:
        return requests.get(f"{server.url}/api/v1/blobs/{ref.sha256}", headers=self.auth,
                            timeout=20).status_code


def outcome(result: p.OpResult) -> str:
    return "applied" if result.status == "applied" else result.code


@pytest.fixture
def walk(course_server, profile_factory):
    seed(course_server.db_url, users=("carla",), role="facilitator")
    seed(course_server.db_url, users=("rosa",), role="admin")
    members = {name: Member(profile_factory(name)) for name in ACTORS}
    engine = db.make_engine(course_server.db_url)
    with db.session_factory(engine)() as s, s.begin():
        ids = {"course": s.scalar(select(Course.id)), "lesson": s.scalar(select(Lesson.id)),
               "assignment": s.scalar(select(Assignment.id))}
        group = create_group(s, slug="equipo-sicuani", title="Equipo de Sicuani")
        add_members(s, slug="equipo-sicuani", usernames=sorted(GROUP_MEMBERS))
        ids["group"] = group.id
        now = datetime.now(timezone.utc)
        for slug in ("abierto", "cerrado"):
            debate = create_debate(s, slug=slug, question=f"¿Debate {slug}?",
                                   opens_at=now - timedelta(days=1),
                                   closes_at=now + timedelta(days=5))
            ids[f"debate-{slug}"] = debate.id
    engine.dispose()
    return course_server, members, ids


def document(ref: p.FileRef, title: str) -> p.DocumentPropose:
    return p.DocumentPropose(id=uuid.uuid4(), title=title, type="guia", file=ref)


def test_every_role_on_every_op_kind_and_file_endpoint(walk):
    server, m, ids = walk
    ana = m["ana"]

    # ---- the forums: public, every member writes --------------------------------------
    own_thread = p.ThreadCreate(id=uuid.uuid4(), forum_id=FORUM_ID, post_id=uuid.uuid4(),
                                title="Tertulia de ana", body="Empiezo yo.")
    assert outcome(ana.send(server, "thread.create", own_thread)) == "applied"
    for name in ACTORS:
        thread = p.ThreadCreate(id=uuid.uuid4(), forum_id=FORUM_ID, post_id=uuid.uuid4(),
                                title=f"Tema de {name}", body="Hola.")
        assert outcome(m[name].send(server, "thread.create", thread)) == "applied", name
        reply = p.PostCreate(id=uuid.uuid4(), thread_id=own_thread.id, body=f"Soy {name}.")
        assert outcome(m[name].send(server, "post.create", reply)) == "applied", name
    # Someone else's record id is not theirs to take.
    taken = p.PostCreate(id=own_thread.post_id, thread_id=own_thread.id, body="¿Mío?")
    assert outcome(m["beto"].send(server, "post.create", taken)) == "id_conflict"

    # ---- the course: its members only, each by their course role -------------------------
    progress = p.ProgressSet(lesson_id=ids["lesson"], state="read")
    expected = {"ana": "applied", "fabiola": "applied", "carla": "lesson_not_found",
                "rosa": "lesson_not_found", "beto": "lesson_not_found"}
    for name in ACTORS:
        assert outcome(m[name].send(server, "progress.set", progress)) == expected[name], name

    photo = ana.upload(server, b"\xff\xd8\xff" + os.urandom(2000), "tertulia.jpg")
    for name in ("fabiola", "carla", "rosa", "beto"):
        own_id = submission_id(str(ids["assignment"]), m[name].acct.user_id)
        work = p.SubmissionSubmit(id=own_id, assignment_id=ids["assignment"], text="Mi tarea.")
        assert outcome(m[name].send(server, "submission.submit", work)) == "not_allowed", name
    # ana: not under another person's submission id, nor with a file she did not upload
    foreign = p.SubmissionSubmit(
        id=submission_id(str(ids["assignment"]), m["beto"].acct.user_id),
        assignment_id=ids["assignment"], text="¿A nombre de otro?")
    assert outcome(ana.send(server, "submission.submit", foreign)) == "id_conflict"
    beto_file = m["beto"].upload(server, b"%PDF-1.4 " + os.urandom(500), "de beto.pdf")
    mine_id = submission_id(str(ids["assignment"]), ana.acct.user_id)
    borrowed = p.SubmissionSubmit(id=mine_id, assignment_id=ids["assignment"],
                                  text="Con archivo ajeno.", attachments=[beto_file])
    assert outcome(ana.send(server, "submission.submit", borrowed)) == "attachment_missing"
    work = p.SubmissionSubmit(id=mine_id, assignment_id=ids["assignment"],
                              text="Nuestra tertulia.", attachments=[photo])
    assert outcome(ana.send(server, "submission.submit", work)) == "applied"

    # Feedback: only a facilitator of this course (network roles give no such right).
    for name in ("ana", "carla", "rosa", "beto"):
        feedback = p.FeedbackCreate(id=uuid.uuid4(), submission_id=mine_id, body="Bien.")
        assert outcome(m[name].send(server, "feedback.create", feedback)) != "applied", name
    feedback = p.FeedbackCreate(id=uuid.uuid4(), submission_id=mine_id, body="Muy bien.",
                                grade="A")
    assert outcome(m["fabiola"].send(server, "feedback.create", feedback)) == "applied"

    for name in ACTORS:
        news = p.AnnouncementCreate(id=uuid.uuid4(), course_id=ids["course"],
                                    title="Aviso", body=f"De {name}.")
        result = outcome(m[name].send(server, "announcement.create", news))
        assert (result == "applied") == (name == "fabiola"), (name, result)

    # ---- the repository: every member proposes, moderators decide ------------------------
    proposals = {}
    for name in ACTORS:
        ref = m[name].upload(server, b"%PDF-1.4 " + os.urandom(800), f"guia de {name}.pdf")
        proposals[name] = document(ref, f"Guía de {name}")
        assert outcome(m[name].send(server, "document.propose", proposals[name])) == \
            "applied", name
        # A file someone else uploaded is not theirs to propose.
        if name != "ana":
            stolen = document(proposals["ana"].file, "Guía ajena")
            assert outcome(m[name].send(server, "document.propose", stolen)) == \
                "attachment_missing", name
    for name in ACTORS:
        target = proposals["beto" if name == "ana" else "ana"]   # someone else's
        decision = p.ProposalDecide(proposal_id=target.id, decision="reject",
                                    reason="Falta el año.")
        result = outcome(m[name].send(server, "proposal.decide", decision))
        if name in MODERATORS:
            assert result in ("applied", "already_decided"), (name, result)
        else:
            assert result == "not_allowed", (name, result)
    # A moderator decides on their own proposal too (carla's, by carla): the same rule.
    own = p.ProposalDecide(proposal_id=proposals["carla"].id, decision="approve")
    assert outcome(m["carla"].send(server, "proposal.decide", own)) == "applied"

    # ---- a closed group: its members write in it; nobody else, whatever their role ------
    group_threads, group_docs = {}, {}
    for name in ACTORS:
        thread = p.GroupThreadCreate(id=uuid.uuid4(), group_id=ids["group"],
                                     post_id=uuid.uuid4(), title=f"En el grupo, {name}",
                                     body="Solo para el equipo.")
        result = outcome(m[name].send(server, "group.thread.create", thread))
        assert result == ("applied" if name in GROUP_MEMBERS else "group_not_found"), \
            (name, result)
        group_threads[name] = thread
        ref = m[name].upload(server, b"%PDF-1.4 " + os.urandom(600), f"acta de {name}.pdf")
        doc = p.GroupDocumentAdd(id=uuid.uuid4(), group_id=ids["group"], title="Acta",
                                 file=ref)
        result = outcome(m[name].send(server, "group.document.add", doc))
        assert result == ("applied" if name in GROUP_MEMBERS else "group_not_found"), \
            (name, result)
        group_docs[name] = doc
    # A member may not share a file someone else uploaded.
    borrowed_doc = p.GroupDocumentAdd(id=uuid.uuid4(), group_id=ids["group"], title="Ajeno",
                                      file=group_docs["ana"].file)
    assert outcome(m["carla"].send(server, "group.document.add", borrowed_doc)) == \
        "attachment_missing"
    # Replying in a group's thread is for its members too.
    for name in ACTORS:
        reply = p.PostCreate(id=uuid.uuid4(), thread_id=group_threads["ana"].id,
                             body=f"Respondo, {name}.")
        result = outcome(m[name].send(server, "post.create", reply))
        assert (result == "applied") == (name in GROUP_MEMBERS), (name, result)

    # Managing its members: a facilitator or administrator who belongs to it; not a
    # participant member, not anyone outside it (an administrator included).
    beto_id = m["beto"].acct.user_id
    # (beto's own turn comes after carla added him: a participant member, not a manager)
    expected = {"ana": "not_allowed", "carla": "applied", "fabiola": "group_not_found",
                "rosa": "group_not_found", "beto": "not_allowed"}
    for name in ACTORS:
        change = p.GroupMemberSet(group_id=ids["group"], user_id=beto_id, member=True)
        result = outcome(m[name].send(server, "group.member.set", change))
        assert result == expected[name], (name, result)
    leave = p.GroupMemberSet(group_id=ids["group"], user_id=beto_id, member=False)
    assert outcome(m["carla"].send(server, "group.member.set", leave)) == "applied"

    # ---- the wall, news, featured members: public; moderators publish and feature -------
    wall_posts = {}
    for name in ACTORS:
        ref = m[name].upload(server, b"\x89PNG" + os.urandom(700), f"foto de {name}.png")
        post = p.WallPostCreate(id=uuid.uuid4(), kind="experiencia", body=f"Soy {name}.",
                                file=ref)
        assert outcome(m[name].send(server, "wall.post.create", post)) == "applied", name
        wall_posts[name] = post
        borrowed_post = p.WallPostCreate(id=uuid.uuid4(), kind="pregunta", body="¿Ajena?",
                                         file=wall_posts["ana"].file)
        if name != "ana":
            assert outcome(m[name].send(server, "wall.post.create", borrowed_post)) == \
                "attachment_missing", name
        comment = p.WallCommentCreate(id=uuid.uuid4(), post_id=wall_posts["ana"].id,
                                      body=f"Comenta {name}.")
        assert outcome(m[name].send(server, "wall.comment.create", comment)) == "applied"
    news_photo = m["rosa"].upload(server, b"\xff\xd8\xff" + os.urandom(900), "noticia.jpg")
    for name in ACTORS:
        item = p.NewsPublish(id=uuid.uuid4(), title=f"Noticia de {name}", body="Texto.",
                             photo=news_photo if name == "rosa" else None)
        result = outcome(m[name].send(server, "news.publish", item))
        assert result == ("applied" if name in MODERATORS else "not_allowed"), (name, result)
        feature = p.MemberFeature(id=uuid.uuid4(), user_id=m["beto"].acct.user_id,
                                  reason="Por sus tertulias.")
        result = outcome(m[name].send(server, "member.feature", feature))
        assert result == ("applied" if name in MODERATORS else "not_allowed"), (name, result)
    # Their files are everyone's to fetch, as the records are.
    for name in ACTORS:
        assert m[name].fetch(server, wall_posts["beto"].file) == 200, name
        assert m[name].fetch(server, news_photo) == 200, name

    # ---- files: who may fetch what -------------------------------------------------------
    # A group's documents: its members only (an administrator outside it included).
    for name in ACTORS:
        assert m[name].fetch(server, group_docs["ana"].file) == \
            (200 if name in GROUP_MEMBERS else 404), name
    # ana's submission photo: ana and her course's facilitator; nobody else (an
    # administrator outside the course included), and the answer does not say it exists.
    readers = {"ana": 200, "fabiola": 200, "carla": 404, "rosa": 404, "beto": 404}
    for name in ACTORS:
        assert m[name].fetch(server, photo) == readers[name], name
    # ana's proposal file: ana and the moderators.
    for name in ACTORS:
        assert m[name].fetch(server, proposals["ana"].file) == \
            (200 if name in {"ana"} | MODERATORS else 404), name
    # The upload status is per account: knowing a hash tells beto nothing of ana's file.
    status = requests.get(f"{server.url}/api/v1/uploads/{photo.sha256}",
                          headers=m["beto"].auth, params={"size": photo.size}, timeout=20)
    assert status.json() == {"received": 0, "complete": False}

    # ---- what each one pulls ----------------------------------------------------------
    def seen(name: str, entity: str) -> set[str]:
        return {str(c.id) for c in m[name].pull(server) if c.entity == entity and not c.deleted}
    for name in ACTORS:
        submissions = seen(name, "submission")
        assert (str(mine_id) in submissions) == (name in ("ana", "fabiola")), name
        lessons = seen(name, "lesson")
        assert (str(ids["lesson"]) in lessons) == (name in ("ana", "fabiola")), name
        props = seen(name, "proposal")
        assert (str(proposals["ana"].id) in props) == (name in {"ana"} | MODERATORS), name
        if name not in MODERATORS:
            others = {str(proposals[o].id) for o in ACTORS if o != name}
            assert not props & others, name
        member = name in GROUP_MEMBERS
        assert (str(group_threads["ana"].id) in seen(name, "thread")) == member, name
        assert (str(group_docs["ana"].id) in seen(name, "group_document")) == member, name
        assert bool(seen(name, "group_member")) == member, name
        assert {str(x.id) for x in wall_posts.values()} <= seen(name, "wall_post"), name
        assert len(seen(name, "news")) == len(MODERATORS), name
        assert len(seen(name, "featured_member")) == len(MODERATORS), name


def test_every_role_in_debates(walk):
    """Debates are the whole network's: every role writes in an open one, nobody in a
    closed one, and nobody endorses in another's name."""
    server, m, ids = walk
    proposals = {}
    for name in ACTORS:
        proposal = p.DebateProposalCreate(id=uuid.uuid4(), debate_id=ids["debate-abierto"],
                                          title=f"Propuesta de {name}", body="Texto")
        assert outcome(m[name].send(server, "debate.proposal.create", proposal)) == \
            "applied", name
        proposals[name] = proposal
    # A proposal in the other debate while it is open; then a moderator closes it.
    closing = p.DebateProposalCreate(id=uuid.uuid4(), debate_id=ids["debate-cerrado"],
                                     title="Antes del cierre", body="Texto")
    assert outcome(m["ana"].send(server, "debate.proposal.create", closing)) == "applied"
    engine = db.make_engine(server.db_url)
    with db.session_factory(engine)() as s, s.begin():
        close_debate(s, slug="cerrado")
    engine.dispose()
    for name in ACTORS:
        target = proposals["ana"].id
        arg = p.DebateArgumentCreate(id=uuid.uuid4(), proposal_id=target, side="for",
                                     body="De acuerdo")
        assert outcome(m[name].send(server, "debate.argument.create", arg)) == "applied"
        own = p.DebateEndorse(id=p.debate_endorsement_id(str(target), m[name].acct.user_id),
                              proposal_id=target, endorsed=True)
        assert outcome(m[name].send(server, "debate.endorse", own)) == "applied", name
        other = next(o for o in ACTORS if o != name)
        forged = p.DebateEndorse(id=p.debate_endorsement_id(str(target),
                                                            m[other].acct.user_id),
                                 proposal_id=target, endorsed=False)
        assert outcome(m[name].send(server, "debate.endorse", forged)) == "id_conflict"
        late = p.DebateProposalCreate(id=uuid.uuid4(), debate_id=ids["debate-cerrado"],
                                      title="Tarde", body="Texto")
        assert outcome(m[name].send(server, "debate.proposal.create", late)) == \
            "debate_closed", name
        late_arg = p.DebateArgumentCreate(id=uuid.uuid4(), proposal_id=closing.id,
                                          side="against", body="Tarde")
        assert outcome(m[name].send(server, "debate.argument.create", late_arg)) == \
            "debate_closed", name
        late_vote = p.DebateEndorse(
            id=p.debate_endorsement_id(str(closing.id), m[name].acct.user_id),
            proposal_id=closing.id, endorsed=True)
        assert outcome(m[name].send(server, "debate.endorse", late_vote)) == \
            "debate_closed", name
        unknown = p.DebateProposalCreate(id=uuid.uuid4(), debate_id=uuid.uuid4(),
                                         title="¿?", body="Texto")
        assert outcome(m[name].send(server, "debate.proposal.create", unknown)) == \
            "debate_not_found", name
    # Publishing the result: the moderators, once the debate has closed.
    for name in ACTORS:
        for key, when_moderator in (("debate-abierto", "debate_still_open"),
                                    ("debate-cerrado", "applied")):
            result = p.DebatePublish(debate_id=ids[key], title=f"Propuesta final ({name})",
                                     synthesis="Síntesis", body="Propuesta")
            assert outcome(m[name].send(server, "debate.publish", result)) == \
                (when_moderator if name in MODERATORS else "not_allowed"), (name, key)
    # Opening a debate from the app: the moderators only.
    opened = set()
    for name in ACTORS:
        now = datetime.now(timezone.utc)
        new = p.DebateCreate(id=uuid.uuid4(), question=f"¿Debate de {name}?", opens_at=now,
                             closes_at=now + timedelta(days=3))
        result = outcome(m[name].send(server, "debate.create", new))
        assert result == ("applied" if name in MODERATORS else "not_allowed"), name
        if result == "applied":
            opened.add(str(new.id))
    # Everyone pulls every debate, every proposal and one endorsement per member.
    for name in ACTORS:
        changes = [c for c in m[name].pull(server) if not c.deleted]
        assert {str(c.id) for c in changes if c.entity == "debate"} == \
            {ids["debate-abierto"], ids["debate-cerrado"]} | opened, name
        assert {str(x.id) for x in proposals.values()} <= \
            {str(c.id) for c in changes if c.entity == "debate_proposal"}, name
        assert len([c for c in changes if c.entity == "debate_endorsement"]) == len(ACTORS)


def test_every_role_edits_only_its_own_profile(walk):
    """A profile has one writer: whoever sends `profile.update` writes their own (the
    payload names nobody), whatever their role; each member's private phone reaches only
    their own devices, an administrator's included."""
    server, m, _ids = walk
    for name in ACTORS:
        edit = p.ProfileUpdate(base_version=0, position="Docente", region="Cusco",
                               institution=f"IE de {name}", presentation="",
                               phone=f"984 000 {ACTORS.index(name):03d}", email="",
                               gender="F", shared=["institution"])
        assert outcome(m[name].send(server, "profile.update", edit)) == "applied", name
    for name in ACTORS:
        changes = [c for c in m[name].pull(server) if not c.deleted]
        profiles = {str(c.id): c.data for c in changes if c.entity == "member_profile"}
        users = {str(c.id): c.data for c in changes if c.entity == "user"}
        for other in ACTORS:
            other_id = m[other].acct.user_id
            mine = other == name
            assert bool(profiles[other_id]["phone"]) == mine, (name, other)
            assert users[other_id]["institution"] == f"IE de {other}", (name, other)
            assert (users[other_id]["gender"] == "F") == mine, (name, other)


def test_every_role_in_surveys(walk):
    """Surveys are the whole network's: the moderators ask them, every role answers its
    own answer only, nobody after the closing, and nobody receives another's answer."""
    from sync.server.entities.surveys import close_survey, create_survey
    server, m, ids = walk
    now = datetime.now(timezone.utc)
    engine = db.make_engine(server.db_url)
    with db.session_factory(engine)() as s, s.begin():
        for slug in ("abierta", "cerrada"):
            ids[f"survey-{slug}"] = create_survey(
                s, slug=slug, question=f"¿Encuesta {slug}?", options=["Sí", "No"],
                closes_at=now + timedelta(days=5)).id
        close_survey(s, slug="cerrada")
    engine.dispose()
    asked = set()
    for name in ACTORS:
        new = p.SurveyCreate(id=uuid.uuid4(), question=f"¿Encuesta de {name}?",
                             closes_at=now + timedelta(days=3),
                             options=[dict(id="1", text="Sí"), dict(id="2", text="No")])
        result = outcome(m[name].send(server, "survey.create", new))
        assert result == ("applied" if name in MODERATORS else "not_allowed"), name
        if result == "applied":
            asked.add(str(new.id))
    for name in ACTORS:
        mine = p.survey_answer_id(ids["survey-abierta"], m[name].acct.user_id)
        own = p.SurveyAnswer(id=mine, survey_id=ids["survey-abierta"], options=["1"])
        assert outcome(m[name].send(server, "survey.answer", own)) == "applied", name
        other = next(o for o in ACTORS if o != name)
        forged = p.SurveyAnswer(id=p.survey_answer_id(ids["survey-abierta"],
                                                      m[other].acct.user_id),
                                survey_id=ids["survey-abierta"], options=["2"])
        assert outcome(m[name].send(server, "survey.answer", forged)) == "id_conflict"
        late = p.SurveyAnswer(id=p.survey_answer_id(ids["survey-cerrada"],
                                                    m[name].acct.user_id),
                              survey_id=ids["survey-cerrada"], options=["1"])
        assert outcome(m[name].send(server, "survey.answer", late)) == "survey_closed", name
        unknown = p.SurveyAnswer(id=uuid.uuid4(), survey_id=uuid.uuid4(), options=["1"])
        assert outcome(m[name].send(server, "survey.answer", unknown)) == \
            "survey_not_found", name
    for name in ACTORS:
        changes = [c for c in m[name].pull(server) if not c.deleted]
        surveys = {str(c.id): c.data for c in changes if c.entity == "survey"}
        assert set(surveys) == {ids["survey-abierta"], ids["survey-cerrada"]} | asked, name
        assert surveys[ids["survey-abierta"]]["counts"] == {"1": len(ACTORS), "2": 0}
        answers = [c.data for c in changes if c.entity == "survey_answer"]
        assert [a["user_id"] for a in answers] == [m[name].acct.user_id], name


def test_every_role_in_moderation(walk):
    """Hiding and dismissing: moderators only; reporting: every member who sees the
    writing, reports seen by moderators and the reporter only; editing: its author only;
    proposing a group's document: its members only; a group's post is, to a non-member,
    writing that does not exist."""
    server, m, ids = walk
    ana = m["ana"]
    thread = p.ThreadCreate(id=uuid.uuid4(), forum_id=FORUM_ID, post_id=uuid.uuid4(),
                            title="Para moderar", body="Texto de ana.")
    assert outcome(ana.send(server, "thread.create", thread)) == "applied"
    in_group = p.GroupThreadCreate(id=uuid.uuid4(), group_id=ids["group"],
                                   post_id=uuid.uuid4(), title="Del grupo", body="Interno.")
    assert outcome(ana.send(server, "group.thread.create", in_group)) == "applied"
    for name in ACTORS:
        member = name in GROUP_MEMBERS
        mine = p.report_id("post", thread.post_id, m[name].acct.user_id)
        report = p.ReportCreate(id=mine, entity="post", record_id=thread.post_id)
        assert outcome(m[name].send(server, "report.create", report)) == "applied", name
        group_report = p.ReportCreate(
            id=p.report_id("post", in_group.post_id, m[name].acct.user_id), entity="post",
            record_id=in_group.post_id)
        assert outcome(m[name].send(server, "report.create", group_report)) == \
            ("applied" if member else "writing_not_found"), name
        moderator = name in MODERATORS
        hide = p.WritingHide(entity="post", id=thread.post_id, reason="Revisión.")
        assert outcome(m[name].send(server, "moderation.hide", hide)) == \
            ("applied" if moderator else "not_allowed"), name
        unhide = p.WritingUnhide(entity="post", id=thread.post_id)
        assert outcome(m[name].send(server, "moderation.unhide", unhide)) == \
            ("applied" if moderator else "not_allowed"), name
        dismiss = p.ReportDismiss(entity="post", record_id=thread.post_id)
        assert outcome(m[name].send(server, "report.dismiss", dismiss)) == \
            ("applied" if moderator else "not_allowed"), name
    for name in ACTORS:
        seen = {str(c.data["reporter_id"]) for c in m[name].pull(server)
                if c.entity == "report" and c.data}
        expected = ({m[x].acct.user_id for x in ACTORS} if name in MODERATORS
                    else {m[name].acct.user_id})
        assert seen == expected, name
    # Editing: the author only, on the version the server has.
    for name in ACTORS:
        change = p.WritingEdit(entity="post", id=thread.post_id, version=1, body="Editado.")
        assert outcome(m[name].send(server, "writing.edit", change)) == \
            ("applied" if name == "ana" else "not_allowed"), name
    # A group's document: proposed to the repository by its members only.
    ref = ana.upload(server, b"%PDF-1.4 producto " + os.urandom(64), "producto.pdf")
    doc = p.GroupDocumentAdd(id=uuid.uuid4(), group_id=ids["group"], title="Producto",
                             file=ref)
    assert outcome(ana.send(server, "group.document.add", doc)) == "applied"
    for name in ACTORS:
        offer = p.GroupDocumentPropose(id=uuid.uuid4(), group_document_id=doc.id,
                                       title="Producto del grupo", type="guia")
        assert outcome(m[name].send(server, "group.document.propose", offer)) == \
            ("applied" if name in GROUP_MEMBERS else "group_document_not_found"), name
