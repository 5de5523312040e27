"""Loads the demo users and forums of sync/server/demo_content.py into a server database."""
from __future__ import annotations

import logging
import uuid
from datetime import timedelta, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.server import accounts
from sync.server.demo_content import DEMO_PASSWORD, FORUMS, USERS
from sync.server.demo_members import load_demo_members
from sync.server.models import Course, Forum, Post, Thread, User
from sync.server.seq import take_seq

log = logging.getLogger(__name__)
_NS = uuid.UUID("5b0b8f7e-4f0e-4d8e-9a55-6d696e6b6121")


def _id(*parts: object) -> str:
    """Stable ids, so that loading the demo twice changes nothing."""
    return str(uuid.uuid5(_NS, "/".join(str(p) for p in parts)))


def _moment(base, days_ago: int, salt: str):
    """A plausible local working hour, `days_ago` days back, never in the future."""
    n = int(uuid.uuid5(_NS, salt)) % 600
    moment = (base - timedelta(days=days_ago)).replace(hour=13 + n // 60 % 10,
                                                       minute=n % 60, second=0,
                                                       microsecond=0)
    return min(moment, base - timedelta(minutes=5 + n % 50))


def load_demo(session: Session, blob_dir: Path | None = None) -> dict[str, int]:
    """Create what is missing of the demo data; return counts of what was created."""
    created = dict(users=0, forums=0, threads=0, posts=0)
    ids: dict[str, str] = {}
    shared_hash = None   # the demo's one password, hashed once for all who sign in with it
    for spec in USERS:
        user = session.scalar(select(User).where(User.username == spec["username"]))
        if user is None:
            if shared_hash is None:
                accounts.check_password(DEMO_PASSWORD, spec["username"])
                shared_hash = accounts.hash_password(DEMO_PASSWORD)
            user = accounts.add_user(session, password=DEMO_PASSWORD,
                                     password_hash=shared_hash,
                                     user_id=_id("user", spec["username"]), **spec)
            created["users"] += 1
        ids[spec["username"]] = user.id
    session.flush()
    base = accounts.now()
    for position, fspec in enumerate(FORUMS):
        forum_id = _id("forum", fspec["slug"])
        if session.get(Forum, forum_id) is None:
            session.add(Forum(id=forum_id, slug=fspec["slug"], title=fspec["title"],
                              description=fspec["description"], position=position,
                              created_at=base - timedelta(days=60), seq=take_seq(session)))
            created["forums"] += 1
        session.flush()
        for t, tspec in enumerate(fspec["threads"]):
            thread_id = _id("thread", fspec["slug"], t)
            if session.get(Thread, thread_id) is not None:
                continue
            when = _moment(base, tspec["days_ago"], f"{fspec['slug']}/{t}")
            session.add(Thread(id=thread_id, forum_id=forum_id, author_id=ids[tspec["author"]],
                               title=tspec["title"], created_at=when, seq=take_seq(session)))
            session.flush()
            session.add(Post(id=_id("post", fspec["slug"], t, "first"), thread_id=thread_id,
                             author_id=ids[tspec["author"]], body=tspec["body"],
                             created_at=when, seq=take_seq(session)))
            created["threads"] += 1
            created["posts"] += 1
            reply_ids: list[str] = []
            for r, rspec in enumerate(tspec["replies"]):
                post_id = _id("post", fspec["slug"], t, r)
                reply_to = rspec.get("reply_to")
                session.add(Post(id=post_id, thread_id=thread_id,
                                 author_id=ids[rspec["author"]], body=rspec["body"],
                                 reply_to=reply_ids[reply_to] if reply_to is not None else None,
                                 created_at=max(when + timedelta(minutes=20),
                                                _moment(base, rspec["days_ago"],
                                                        f"{fspec['slug']}/{t}/{r}")),
                                 seq=take_seq(session)))
                reply_ids.append(post_id)
                created["posts"] += 1
            session.flush()
    created.update(load_demo_course(session, blob_dir))
    created.update(load_demo_repository(session, blob_dir))
    created.update(load_demo_groups(session, ids, base))
    created.update(load_demo_debates(session, ids, base))
    created.update(load_demo_wall(session, ids, base, blob_dir))
    created.update(load_demo_members(session, lambda username: _id("user", username)))
    created.update(load_demo_surveys(session, base))
    created.update(load_demo_reports(session, ids, base))
    log.info("demo data loaded: %s", created)
    return created


def load_demo_course(session: Session, blob_dir: Path | None) -> dict[str, int]:
    """The demo course (resources/demo_course), with every demo participant enrolled."""
    import resources
    from sync.server.blobs import BlobStore, attach
    from sync.server.course import enroll, import_course
    folder = Path(resources.__file__).parent / "demo_course"
    if not (folder / "course.toml").exists() or blob_dir is None:
        return {}
    store = BlobStore(blob_dir)
    report = import_course(session, folder, lambda path: store.add_file(session, path),
                           attach)
    slug = session.scalar(select(Course.slug).where(Course.id == stable_course_id(folder)))
    participants = [u["username"] for u in USERS if u["role"] == "participant"]
    enroll(session, course_slug=slug, usernames=participants)
    # the importer counts by kind ("course", "lesson"); the summary counts in plurals
    return {f"{kind}s": n for kind, n in report.created.items()}


# What the demo creates, as the terminal names it: English for `minka-server demo` (the
# server's commands speak English), Spanish for `make run` (the app's own demo).
_NAMES = {
    "users": ("user", "users", "usuario", "usuarios"),
    "forums": ("forum", "forums", "foro", "foros"),
    "threads": ("thread", "threads", "tema", "temas"),
    "posts": ("post", "posts", "mensaje", "mensajes"),
    "courses": ("course", "courses", "curso", "cursos"),
    "modules": ("module", "modules", "módulo", "módulos"),
    "lessons": ("lesson", "lessons", "lección", "lecciones"),
    "assignments": ("assignment", "assignments", "tarea", "tareas"),
    "documents": ("document", "documents", "documento", "documentos"),
    "proposals": ("proposal", "proposals", "propuesta", "propuestas"),
    "groups": ("group", "groups", "grupo", "grupos"),
    "debates": ("debate", "debates", "debate", "debates"),
    "surveys": ("survey", "surveys", "encuesta", "encuestas"),
    "wall_posts": ("wall post", "wall posts", "publicación del muro",
                   "publicaciones del muro"),
    "comments": ("comment", "comments", "comentario", "comentarios"),
    "news": ("news item", "news items", "noticia", "noticias"),
    "featured": ("featured member", "featured members", "miembro destacado",
                 "miembros destacados"),
    "members": ("directory member", "directory members", "miembro del directorio",
                "miembros del directorio"),
    "reports": ("report", "reports", "reporte", "reportes"),
}


def load_demo_reports(session: Session, ids: dict[str, str], base) -> dict[str, int]:
    """One member's report waiting in the moderators' Revisar (a reply in an open forum,
    which the reporter sees)."""
    from sync.protocol import report_id
    from sync.server.models import Report
    reporter = ids.get("marleny.condori")
    post = session.scalar(select(Post).join(Thread, Thread.id == Post.thread_id)
                          .where(Post.author_id != reporter, Thread.group_id.is_(None))
                          .order_by(Post.seq.desc()).limit(1)) if reporter else None
    if post is None:
        return dict(reports=0)
    row_id = report_id("post", post.id, reporter)
    if session.get(Report, row_id) is not None:
        return dict(reports=0)
    session.add(Report(id=row_id, entity="post", record_id=post.id, reporter_id=reporter,
                       reason="Me parece que este mensaje no corresponde a este foro; "
                              "¿podrían revisarlo, por favor?", state="open",
                       created_at=base - timedelta(hours=3), seq=take_seq(session),
                       deleted=False))
    session.flush()
    return dict(reports=1)


def demo_photo(colour: tuple[int, int, int], width: int = 480, height: int = 300) -> bytes:
    """A PNG of a sky, hills and a field in `colour`'s tones: a stand-in photo that any
    image reader opens (written here, so the demo needs no image files)."""
    import struct
    import zlib
    r, g, b = colour
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")
        for x in range(width):
            hill = height * 0.55 - 40 * ((x / width * 6.3) % 3.1 - 1.55) ** 2 / 2.4
            if y < hill:                      # sky, lighter towards the horizon
                t = y / max(hill, 1)
                px = (int(120 + 100 * t), int(170 + 60 * t), 235)
            else:                             # the field, in the photo's colour
                t = (y - hill) / max(height - hill, 1)
                px = (int(r * (1 - t / 3)), int(g * (1 - t / 3)), int(b * (1 - t / 3)))
            row += bytes(px)
        rows.append(bytes(row))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def load_demo_wall(session: Session, ids: dict[str, str], base,
                   blob_dir: Path | None) -> dict[str, int]:
    """Wall posts with comments, news and featured members (demo_content), photos
    included when there is a blob directory."""
    import json

    from sync.server.demo_content import FEATURED, NEWS, WALL_POSTS
    from sync.server.models import FeaturedMember, News, WallComment, WallPost
    created = dict(wall_posts=0, comments=0, news=0, featured=0)
    store = None
    if blob_dir is not None:
        from sync.server.blobs import BlobStore, attach
        store = BlobStore(blob_dir)
        photos = Path(blob_dir).resolve().parent / "demo_photos"
        photos.mkdir(parents=True, exist_ok=True)

    def photo(colour, name: str, entity: str, record_id: str, by: str):
        """(FileRef JSON, attach arguments) of a generated photo, or None."""
        if colour is None or store is None:
            return None
        path = photos / name
        if not path.exists():
            path.write_bytes(demo_photo(colour))
        sha = store.add_file(session, path, uploaded_by=by)
        session.flush()
        ref = dict(sha256=sha, name=name, size=path.stat().st_size)
        return json.dumps(ref, ensure_ascii=False), (sha, entity, record_id)

    # The oldest first, so that seqs (the order clients show) follow the dates.
    for n, spec in reversed(list(enumerate(WALL_POSTS))):
        post_id = _id("wall-post", n)
        if session.get(WallPost, post_id) is not None:
            continue
        when = _moment(base, spec["days_ago"], f"wall/{n}")
        author = ids[spec["author"]]
        made = photo(spec["photo"], f"muro-{n + 1}.png", "wall_post", post_id, author)
        session.add(WallPost(id=post_id, author_id=author, kind=spec["kind"],
                             body=spec["body"], file=made[0] if made else None,
                             created_at=when, seq=take_seq(session), deleted=False))
        session.flush()
        if made:
            attach(session, *made[1])
        created["wall_posts"] += 1
        for c, (username, body) in enumerate(spec["comments"], start=1):
            session.add(WallComment(id=_id("wall-comment", n, c), post_id=post_id,
                                    author_id=ids[username], body=body,
                                    created_at=when + timedelta(hours=2 * c),
                                    seq=take_seq(session), deleted=False))
            created["comments"] += 1
        session.flush()
    for n, spec in reversed(list(enumerate(NEWS))):
        news_id = _id("news", n)
        if session.get(News, news_id) is not None:
            continue
        author = ids[spec["author"]]
        made = photo(spec["photo"], f"noticia-{n + 1}.png", "news", news_id, author)
        session.add(News(id=news_id, author_id=author, title=spec["title"], body=spec["body"],
                         photo=made[0] if made else None,
                         created_at=_moment(base, spec["days_ago"], f"news/{n}"),
                         seq=take_seq(session), deleted=False))
        session.flush()
        if made:
            attach(session, *made[1])
        created["news"] += 1
    for n, spec in reversed(list(enumerate(FEATURED))):
        feature_id = _id("featured", n)
        if session.get(FeaturedMember, feature_id) is not None:
            continue
        session.add(FeaturedMember(id=feature_id, user_id=ids[spec["username"]],
                                   author_id=ids[spec["author"]], reason=spec["reason"],
                                   created_at=base - timedelta(days=2 + n),
                                   seq=take_seq(session), deleted=False))
        created["featured"] += 1
    session.flush()
    return created


def load_demo_groups(session: Session, ids: dict[str, str], base) -> dict[str, int]:
    """Three closed working groups (demo_content.GROUPS), each with a first thread."""
    from sync.server.demo_content import GROUPS
    from sync.server.entities.groups import add_members, create_group, group_id_for_slug
    from sync.server.models import Group
    created = 0
    for g, spec in enumerate(GROUPS):
        if session.get(Group, group_id_for_slug(spec["slug"])) is not None:
            continue
        group = create_group(session, slug=spec["slug"], title=spec["title"],
                             description=spec["description"])
        add_members(session, slug=spec["slug"], usernames=spec["members"])
        when = _moment(base, spec["days_ago"], f"group/{spec['slug']}")
        thread_id = _id("group-thread", spec["slug"])
        author = ids[spec["members"][0]]
        session.add(Thread(id=thread_id, forum_id=None, group_id=group.id, author_id=author,
                           title=spec["thread"], created_at=when, seq=take_seq(session)))
        session.flush()
        session.add(Post(id=_id("group-post", spec["slug"], 0), thread_id=thread_id,
                         author_id=author, body=spec["body"], created_at=when,
                         seq=take_seq(session)))
        for r, (username, body) in enumerate(spec["replies"], start=1):
            session.add(Post(id=_id("group-post", spec["slug"], r), thread_id=thread_id,
                             author_id=ids[username], body=body,
                             created_at=when + timedelta(hours=3 * r), seq=take_seq(session)))
        session.flush()
        created += 1
    return {"groups": created}


def load_demo_debates(session: Session, ids: dict[str, str], base) -> dict[str, int]:
    """Two debates (demo_content.DEBATES): one open, one closed with its published
    proposal; proposals, arguments and endorsements by the demo's members."""
    from sync.server.demo_content import DEBATES
    from sync.server.entities.debates import create_debate, debate_id_for_slug
    from sync.server.models import (Debate, DebateArgument, DebateEndorsement,
                                    DebateProposal)
    from sync.protocol import debate_endorsement_id
    created = 0
    for spec in DEBATES:
        if session.get(Debate, debate_id_for_slug(spec["slug"])) is not None:
            continue
        opens = base - timedelta(days=spec["opened_days_ago"])
        peru = timezone(timedelta(hours=-5))   # a debate closes at 23:59 in Peru
        closes = (base + timedelta(days=spec["closes_in_days"])).astimezone(peru).replace(
            hour=23, minute=59, second=0, microsecond=0)
        debate = create_debate(session, slug=spec["slug"], question=spec["question"],
                               description=spec["description"], opens_at=opens,
                               closes_at=closes)
        for n, pspec in enumerate(spec["proposals"]):
            proposal_id = _id("debate-proposal", spec["slug"], n)
            when = opens + timedelta(days=1 + n, hours=3)
            session.add(DebateProposal(id=proposal_id, debate_id=debate.id,
                                       author_id=ids[pspec["author"]], title=pspec["title"],
                                       body=pspec["body"], created_at=when,
                                       seq=take_seq(session), deleted=False))
            session.flush()
            for a, (author, side, body) in enumerate(pspec["arguments"]):
                session.add(DebateArgument(id=_id("debate-argument", spec["slug"], n, a),
                                           proposal_id=proposal_id, author_id=ids[author],
                                           side=side, body=body,
                                           created_at=when + timedelta(hours=5 * (a + 1)),
                                           seq=take_seq(session), deleted=False))
            for e, username in enumerate(pspec["endorsed_by"]):
                session.add(DebateEndorsement(
                    id=debate_endorsement_id(proposal_id, ids[username]),
                    proposal_id=proposal_id, user_id=ids[username],
                    created_at=when + timedelta(hours=2 * (e + 1)), seq=take_seq(session),
                    deleted=False))
            session.flush()
        result = spec.get("result")
        if result:
            debate.synthesis, debate.result_title = result["synthesis"], result["title"]
            debate.result_body, debate.published_by = result["body"], ids[result["by"]]
            debate.published_at = min(closes + timedelta(days=result["days_after_close"]),
                                      base - timedelta(hours=1))
            debate.seq = take_seq(session)
        session.flush()
        created += 1
    return {"debates": created}


def _draw(salt: str) -> float:
    """A stable number in [0, 1) for a member and a purpose: the demo is the same each time."""
    return (int(uuid.uuid5(_NS, salt)) % 10_000) / 10_000


def load_demo_surveys(session: Session, base) -> dict[str, int]:
    """Two surveys (demo_content.SURVEYS), answered by whichever members the demo has
    (a stable draw per member), months of downloads of the repository's documents (the
    statistics' history), and the administrator's goal; the statistics computed last."""
    import json

    from sync.protocol import survey_answer_id
    from sync.server.demo_content import STATS_GOAL_SHARE, SURVEYS
    from sync.server.entities import stats
    from sync.server.entities.surveys import create_survey, recount, survey_id_for_slug
    from sync.server.models import (BlobRef, FileDownload, NetworkStats, Survey,
                                    SurveyAnswer)
    members = list(session.scalars(select(User).where(User.deleted.is_(False))
                                   .order_by(User.username)))
    created = 0
    for spec in SURVEYS:
        if session.get(Survey, survey_id_for_slug(spec["slug"])) is not None:
            continue
        peru = timezone(timedelta(hours=-5))   # a survey closes at 23:59 in Peru
        closes = (base + timedelta(days=spec["closes_in_days"])).astimezone(peru).replace(
            hour=23, minute=59, second=0, microsecond=0)
        survey = create_survey(session, slug=spec["slug"], question=spec["question"],
                               options=spec["options"], closes_at=closes,
                               multiple=spec["multiple"], description=spec["description"],
                               author=spec["by"])
        survey.created_at = base - timedelta(days=spec["opened_days_ago"])
        ids = [str(n) for n in range(1, len(spec["options"]) + 1)]
        last = min(base, closes) - timedelta(hours=1)
        for member in members:
            if member.username == "rosa.quispe":
                chosen = spec["mine"]
            elif _draw(f"{spec['slug']}/{member.username}") < spec["answered_share"]:
                pool, weights, chosen = list(ids), list(spec["weights"]), []
                for pick in range(spec["picks"]):
                    point = _draw(f"{spec['slug']}/{member.username}/{pick}") * sum(weights)
                    for option, weight in zip(pool, weights):
                        point -= weight
                        if point < 0:
                            break
                    chosen.append(option)
                    weights.pop(pool.index(option))
                    pool.remove(option)
            else:
                chosen = None
            if not chosen:
                continue
            span = (last - survey.created_at).total_seconds()
            when = survey.created_at + timedelta(
                seconds=span * _draw(f"{spec['slug']}/{member.username}/when"))
            session.add(SurveyAnswer(id=survey_answer_id(survey.id, member.id),
                                     survey_id=survey.id, user_id=member.id,
                                     options=json.dumps(sorted(chosen)), answered_at=when,
                                     seq=take_seq(session), deleted=False))
        session.flush()
        recount(session, survey)
        created += 1
    # The network grew over the year: each member started on a month of their own and
    # downloaded a document or two most months since (what the statistics draw).
    catalogue = list(session.scalars(select(BlobRef.sha256).where(
        BlobRef.entity == "document").order_by(BlobRef.sha256)))
    if catalogue and session.scalar(select(FileDownload.id).limit(1)) is None:
        for member in members:
            start = int(_draw(f"joined/{member.username}") ** 1.5 * 330) + 5
            # About one in five went quiet months ago (inactive now, counted back then).
            stop = 4 if _draw(f"quiet/{member.username}") > 0.2 else min(start, 120)
            for days_ago in range(start, stop, -30):
                for k in range(1 + int(_draw(f"dl/{member.username}/{days_ago}") * 2.2)):
                    sha = catalogue[int(_draw(f"doc/{member.username}/{days_ago}/{k}")
                                        * len(catalogue))]
                    session.add(FileDownload(sha256=sha, user_id=member.id,
                                             at=base - timedelta(days=days_ago - k)))
        session.flush()
    row = session.get(NetworkStats, stats.STATS_ID)
    if row is None or row.goal is None:
        goal = -(-len(members) * STATS_GOAL_SHARE // 10) * 10   # up to a round ten
        stats.set_goal(session, max(10, int(goal)))
    else:
        stats.refresh(session, force=True)
    return {"surveys": created}


def describe(created: dict[str, int], language: str = "en") -> str:
    """One line for the terminal: "Demo data created: 10 users, 1 course, …"."""
    spanish = language == "es"
    parts = []
    for key, n in created.items():
        if not n:
            continue
        names = _NAMES.get(key, (key, key, key, key))
        parts.append(f"{n} {names[(2 if spanish else 0) + (n != 1)]}")
    if not parts:
        return ("Los datos de demostración ya estaban: no se creó nada." if spanish
                else "Demo data already there: nothing created.")
    return (("Datos de demostración creados: " if spanish else "Demo data created: ")
            + ", ".join(parts) + ".")


def stable_course_id(folder: Path) -> str:
    import tomllib

    from sync.server.course import stable_id
    slug = tomllib.loads((folder / "course.toml").read_text(encoding="utf-8"))["slug"]
    return stable_id("course", slug)


def _demo_folder(session: Session, blob_dir: Path) -> Path:
    """Where the generated demo catalogue goes: beside the SQLite database, or else beside
    the blob directory."""
    url = session.get_bind().url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).resolve().parent / "demo_repository"
    return Path(blob_dir).resolve().parent / "demo_repository"


# Proposals waiting for (or past) moderation, so the moderation screens have something.
DEMO_PROPOSALS = (
    dict(username="rosa.quispe", state="pending", reason="",
         title="Tertulias dialógicas con madres de familia en Sicuani",
         authors=["Rosa Quispe Mamani"], year=2025, type="sistematizacion",
         themes=["tertulias dialógicas", "participación de las familias"], region="Cusco",
         summary="Cómo organizamos tertulias literarias con madres de familia quechuahablantes "
                 "durante un año, y qué cambió en la lectura de sus hijas e hijos."),
    dict(username="marleny.condori", state="pending", reason="",
         title="Plan de convivencia construido con estudiantes en Azángaro",
         authors=["Marleny Condori Apaza"], year=2024, type="guia",
         themes=["convivencia escolar"], region="Puno",
         summary="Los acuerdos de convivencia de una IE multigrado, elaborados en asamblea "
                 "con estudiantes, docentes y familias."),
    dict(username="edwin.ccahuana", state="rejected",
         reason="El mismo informe ya está publicado en el repositorio. "
                "Si tiene una versión actualizada, vuelva a proponerla.",
         title="Informe de monitoreo de gestión escolar 2023",
         authors=["Edwin Ccahuana Soto"], year=2023, type="informe",
         themes=["gestión escolar"], region="Apurímac", summary="Informe anual de monitoreo."),
)


def load_demo_repository(session: Session, blob_dir: Path | None) -> dict[str, int]:
    """The demo catalogue (resources/demo_repository, generated beside the database and
    imported as `minka-server repo import` would) and a few members' proposals."""
    if blob_dir is None:
        return {}
    import json

    from resources.demo_repository.make_catalogue import build, pdf_bytes
    from sync.server.blobs import BlobStore, attach
    from sync.server.models import Proposal
    from sync.server.repository import import_catalogue
    folder = _demo_folder(session, blob_dir)
    csv_path = build(folder)
    store = BlobStore(blob_dir)
    report = import_catalogue(session, csv_path, folder,
                              store_file=lambda path: store.add_file(session, path),
                              attach=attach)
    if report.rejected:  # the generator and the importer disagree: a bug, say it loudly
        raise RuntimeError(f"demo catalogue rows rejected: {report.rejected[:3]}")
    created = {"documents": report.created, "proposals": 0}
    moderator = session.scalar(select(User.id).where(User.username == "julio.huaman"))
    (folder / "propuestas").mkdir(exist_ok=True)
    for n, spec in enumerate(DEMO_PROPOSALS):
        proposal_id = _id("proposal", n)
        if session.get(Proposal, proposal_id) is not None:
            continue
        user_id = session.scalar(select(User.id).where(User.username == spec["username"]))
        path = folder / "propuestas" / f"propuesta-{n + 1}.pdf"
        path.write_bytes(pdf_bytes(spec["title"], [spec["summary"], (
            "Propuesta enviada al repositorio de la red para el trabajo con niñas y niños "
            "y la mejora de la educación en nuestra comunidad.")]))
        sha = store.add_file(session, path, uploaded_by=user_id)
        file_ref = dict(sha256=sha, name=path.name, size=path.stat().st_size)
        decided = spec["state"] != "pending"
        moment = accounts.now() - timedelta(days=3 + n)
        session.add(Proposal(
            id=proposal_id, proposer_id=user_id, title=spec["title"],
            authors=json.dumps(spec["authors"], ensure_ascii=False), year=spec["year"],
            type=spec["type"], themes=json.dumps(spec["themes"], ensure_ascii=False),
            region=spec["region"], summary=spec["summary"], language="es", licence="CC BY 4.0",
            source="", file=json.dumps(file_ref, ensure_ascii=False), state=spec["state"],
            reason=spec["reason"], document_id=None, created_at=moment,
            decided_at=moment + timedelta(days=1) if decided else None,
            decided_by=moderator if decided else None, seq=take_seq(session), deleted=False))
        session.flush()
        attach(session, sha, "proposal", proposal_id)
        created["proposals"] += 1
    return created
