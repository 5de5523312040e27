"""The wall, news and featured members over a real server on loopback: posts and
comments written offline travel (a photo with them) and reach everyone; a rejection keeps
the text; only facilitators and administrators publish news (command line and app); and
Inicio's "new since the last sync" lists what the second sync brought, not the first."""
from __future__ import annotations

import hashlib
import struct
import uuid
import zlib
from datetime import datetime, timezone

import pytest
import requests

from app.services import forums, syncing, wall, whats_new
from app.services.errors import UserError
from app.store.models import OutboxEntry, WallPost
from sync import protocol as p
from sync.server import cli
from tests.helpers import FORUM_ID, signed_in_profile
from tests.wire import account, exchange, running_server

USERS = ("ana", "beto", "fabi")


def png_bytes(width: int = 8, height: int = 6) -> bytes:
    """A small real PNG (a thumbnail must be made from a real image)."""
    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + bytes([200, 120, 40]) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("wall")
    with running_server(base, users=USERS) as proc:
        assert cli.main(["--db", proc.db_url, "user", "role", "fabi", "facilitator"]) == 0
        yield proc


@pytest.fixture()
def stores(server, tmp_path):
    made = {name: signed_in_profile(tmp_path / name, server.url, name) for name in USERS}
    yield made
    for store in made.values():
        store.close()


def _fetch(server, acct, sha: str) -> int:
    return requests.get(f"{server.url}{p.API_PREFIX}/blobs/{sha}", timeout=20,
                        headers={"Authorization": f"Bearer {acct.token}"}).status_code


def _upload_bytes(server, acct, data: bytes, name: str) -> p.FileRef:
    sha = hashlib.sha256(data).hexdigest()
    resp = requests.put(f"{server.url}{p.API_PREFIX}/uploads/{sha}",
                        params={"offset": 0, "size": len(data)}, data=data,
                        headers={"Authorization": f"Bearer {acct.token}",
                                 "Content-Type": "application/octet-stream"}, timeout=20)
    assert resp.status_code == 200 and resp.json()["complete"], resp.text
    return p.FileRef(sha256=sha, name=name, size=len(data))


def test_a_wall_post_with_a_photo_and_comments_travels_to_everyone(server, stores, tmp_path):
    ana, beto = stores["ana"], stores["beto"]
    photo = tmp_path / "Feria de lectura.PNG"
    photo.write_bytes(png_bytes() + uuid.uuid4().bytes)
    post_id = wall.write_post(ana, "experiencia", "Hicimos la feria de lectura en Sicuani",
                              photo)
    [mine] = wall.list_posts(ana)
    assert (mine.id, mine.state, mine.kind) == (post_id, "pending", "experiencia")
    assert mine.file.name == "Feria de lectura.png" and mine.file.is_image
    syncing.sync_now(ana)
    assert wall.get_post(ana, post_id).state == "synced"

    syncing.sync_now(beto)
    post = wall.get_post(beto, post_id)
    assert post.body == "Hicimos la feria de lectura en Sicuani" and post.author == "Ana Prueba"
    assert wall.local_file(beto, post.file) is None
    path = wall.fetch_file(beto, post.file)        # on demand, for the thumbnail
    assert hashlib.sha256(path.read_bytes()).hexdigest() == post.file.sha256
    wall.comment(beto, post_id, "¡Qué buena idea! ¿Cuántos niños participaron?")
    assert wall.get_post(beto, post_id).comment_count == 1
    syncing.sync_now(beto)
    syncing.sync_now(ana)
    assert [c.body for c in wall.comments(ana, post_id)] == [
        "¡Qué buena idea! ¿Cuántos niños participaron?"]
    assert wall.get_post(ana, post_id).comment_count == 1


def test_newest_first_in_pages_and_pending_on_top(server, stores):
    ana = stores["ana"]
    syncing.sync_now(ana)
    before = wall.count_posts(ana)
    for i in range(7):
        wall.write_post(ana, "informacion", f"Aviso {i}")
    syncing.sync_now(ana)
    waiting = wall.write_post(ana, "pregunta", "¿Alguien tiene la RM de este año?")
    page1 = wall.list_posts(ana, 0, 3)
    page2 = wall.list_posts(ana, 3, 3)
    assert page1[0].id == waiting and page1[0].state == "pending"
    assert [x.body for x in page1[1:] + page2] == [f"Aviso {i}" for i in (6, 5, 4, 3, 2)]
    assert wall.count_posts(ana) == before + 8
    assert wall.position_of(ana, waiting) == 0
    assert wall.position_of(ana, page2[0].id) == 3


def test_a_comment_on_a_post_that_is_gone_is_rejected_and_keeps_its_text(server, stores):
    ana = stores["ana"]
    syncing.sync_now(ana)
    # A post this computer has but the server does not (as if removed meanwhile).
    ghost = str(uuid.uuid4())
    with ana.session() as s, s.begin():
        s.add(WallPost(id=ghost, author_id="x", kind="pregunta", body="Desaparecido",
                       comment_count=0, seq=1, state="synced"))
    comment_id = wall.comment(ana, ghost, "Mi comentario escrito sin conexión")
    syncing.sync_now(ana)
    [kept] = wall.comments(ana, ghost)
    assert (kept.id, kept.state, kept.reject_code, kept.body) == (
        comment_id, "rejected", "wall_post_not_found", "Mi comentario escrito sin conexión")
    with ana.session() as s:
        assert s.query(OutboxEntry).count() == 0


def test_wall_text_is_checked_before_it_is_queued(stores):
    ana = stores["ana"]
    with pytest.raises(UserError) as empty:
        wall.write_post(ana, "pregunta", "   ")
    assert empty.value.code == "empty_body"
    with pytest.raises(UserError) as long:
        wall.write_post(ana, "pregunta", "x" * (p.MAX_WALL_CHARS + 1))
    assert long.value.code == "too_long_wall"


def test_only_facilitators_and_admins_publish_news(server, stores, tmp_path):
    ana, fabi = stores["ana"], stores["fabi"]
    syncing.sync_now(fabi)
    syncing.sync_now(ana)
    assert not wall.may_publish(ana) and wall.may_publish(fabi)
    with pytest.raises(UserError):
        wall.publish_news(ana, "Noticia", "No debería")
    # At the wire the server refuses it too, whatever the client says.
    op = p.make_op(uuid.uuid4(), "news.publish",
                   p.NewsPublish(id=uuid.uuid4(), title="Falsa", body="No"),
                   datetime.now(timezone.utc))
    [res] = exchange(server.url, account(ana), [op], cursor=p.MAX_SEQ).results
    assert (res.status, res.code) == ("rejected", "not_allowed")

    # A photo that is not an image is refused at the wire (the app refuses it before).
    pdf = _upload_bytes(server, account(fabi), b"%PDF-1.4 " + uuid.uuid4().bytes, "acta.pdf")
    op = p.make_op(uuid.uuid4(), "news.publish",
                   p.NewsPublish(id=uuid.uuid4(), title="Acta", body="x", photo=pdf),
                   datetime.now(timezone.utc))
    [res] = exchange(server.url, account(fabi), [op], cursor=p.MAX_SEQ).results
    assert (res.status, res.code) == ("rejected", "not_an_image")
    photo = tmp_path / "encuentro.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 foto del encuentro " + uuid.uuid4().bytes)
    with pytest.raises(UserError) as not_image:
        wall.publish_news(fabi, "Con PDF", "Texto", tmp_path / "acta.pdf")
    assert not_image.value.code == "not_an_image"
    news_id = wall.publish_news(fabi, "Encuentro regional en Ayacucho",
                                "Más de 80 directivos compartieron sus experiencias.", photo)
    syncing.sync_now(fabi)
    syncing.sync_now(ana)
    latest = wall.latest_news(ana)
    assert latest[0].id == news_id and latest[0].photo.name == "encuentro.jpg"
    assert _fetch(server, account(ana), latest[0].photo.sha256) == 200


def test_news_and_featured_members_from_the_command_line(server, stores, tmp_path):
    photo = tmp_path / "puno.png"
    photo.write_bytes(png_bytes(4, 4) + uuid.uuid4().bytes)
    db = ["--db", server.db_url]
    assert cli.main(db + ["news", "publish", "--author", "ana", "--title", "No",
                          "--body", "No"]) == 2        # a participant does not publish
    assert cli.main(db + ["news", "publish", "--author", "fabi", "--title", "Foto",
                          "--body", "x", "--photo", str(tmp_path / "acta.pdf")]) == 2
    assert cli.main(db + ["news", "publish", "--author", "fabi", "--title",
                          "Puno celebra sus comunidades de aprendizaje", "--body",
                          "Doce escuelas de Juliaca se suman.", "--photo", str(photo),
                          "--blobs", str(server.blob_dir)]) == 0
    assert cli.main(db + ["news", "feature", "--author", "fabi", "beto",
                          "Lideró las tertulias dialógicas en su UGEL"]) == 0
    ana = stores["ana"]
    syncing.sync_now(ana)
    news = wall.latest_news(ana)[0]
    assert news.title == "Puno celebra sus comunidades de aprendizaje"
    path = wall.fetch_file(ana, news.photo)
    assert path.read_bytes() == photo.read_bytes()
    [feature] = [f for f in wall.featured(ana) if f.display_name == "Beto Prueba"]
    assert feature.reason == "Lideró las tertulias dialógicas en su UGEL"


def test_new_since_the_last_sync_lists_the_second_sync_not_the_first(server, stores):
    ana, beto, fabi = stores["ana"], stores["beto"], stores["fabi"]
    syncing.sync_now(ana)
    first_post = wall.write_post(ana, "pregunta", "¿Quién tiene el padrón de la UGEL?")
    thread_id = forums.create_thread(ana, FORUM_ID, "Horario de tertulias", "¿Qué día?")
    syncing.sync_now(ana)
    old = wall.write_post(beto, "informacion", "Esto llegó en la primera sincronización")
    syncing.sync_now(beto)
    syncing.sync_now(ana)               # brings Beto's first post
    assert any(i.link == f"wall:{old}" for i in whats_new.since_last_sync(ana))

    wall.comment(beto, first_post, "Yo lo tengo, se lo paso")
    forums.reply(beto, thread_id, "Los jueves")
    new = wall.write_post(beto, "experiencia", "Esto llegó en la segunda")
    syncing.sync_now(beto)
    news_id = wall.publish_news(fabi, "Convocatoria 2027", "Inscripciones abiertas")
    syncing.sync_now(fabi)
    syncing.sync_now(ana)               # the second sync
    items = whats_new.since_last_sync(ana)
    links = {i.link for i in items}
    assert f"wall:{new}" in links and f"news:{news_id}" in links
    assert f"wall:{first_post}" in links                       # Beto's comment on mine
    assert f"forum:{FORUM_ID}:{thread_id}" in links            # his reply to my thread
    assert f"wall:{old}" not in links                          # the first sync's
    kinds = {i.kind for i in items}
    assert {"wall", "wall_comment", "reply", "news"} <= kinds
    # A quiet sync brings nothing: what is new stays as it was.
    syncing.sync_now(ana)
    assert {i.link for i in whats_new.since_last_sync(ana)} == links


def test_a_facilitator_features_a_member_from_the_app(server, stores):
    fabi, ana = stores["fabi"], stores["ana"]
    syncing.sync_now(fabi)
    beto_id = account(stores["beto"]).user_id
    with pytest.raises(UserError):
        wall.feature_member(ana, beto_id, "No me corresponde")
    wall.feature_member(fabi, beto_id, "Sostiene las tertulias de Combapata desde 2024")
    syncing.sync_now(fabi)
    syncing.sync_now(ana)
    assert "Sostiene las tertulias de Combapata desde 2024" in [
        f.reason for f in wall.featured(ana, 50)]


def test_nothing_is_new_after_the_first_sync_of_a_profile(server, stores):
    beto = stores["beto"]
    wall.write_post(stores["ana"], "informacion", "Antes de que Beto sincronice")
    syncing.sync_now(stores["ana"])
    syncing.sync_now(beto)          # from cursor 0: the whole network, not news
    assert whats_new.mark(beto) == 0 and whats_new.since_last_sync(beto) == []
