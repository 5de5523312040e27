"""The Muro section and Inicio's news and "what is new", in real windows on the offscreen
platform over a real server on loopback: a post written offline shows pending with its
photo's thumbnail (made off the GUI thread), travels, and another member opens it, sees
the photo and comments; Inicio paints the news from the first look before the store is
open, escapes wire text, and each new item opens its place."""
from __future__ import annotations

import uuid

from app.services import first_look, syncing, wall
from app.services.account import current_account
from app.store.models import WallPost
from app.ui.application import create_application
from app.ui.main_window import HOME, WALL, MainWindow
from app.ui.wall_view import WallView
from sync.server import cli
from tests.test_wall import png_bytes


def test_a_post_with_a_photo_from_the_wall_view_to_another_member(profile_factory, qtbot,
                                                                   tmp_path):
    create_application([], "es")
    ana, beto = profile_factory("ana"), profile_factory("beto")
    syncing.sync_now(ana)
    view = WallView(ana)
    qtbot.addWidget(view)
    view.show()
    assert "Todavía no hay publicaciones" in view.body.text()
    photo = tmp_path / "tertulia.png"
    photo.write_bytes(png_bytes(40, 30) + uuid.uuid4().bytes)
    view.kind.setCurrentIndex(view.kind.findData("experiencia"))
    view.composer.setPlainText("Primera tertulia literaria con las familias de Combapata")
    view.set_attachment(str(photo))
    view.post_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=20000)
    item = view.model.items[0]
    assert item.state == "pending" and view.composer.toPlainText() == ""
    assert "Pendiente de envío" in view.state_note.text()
    # The thumbnail is made by a worker, then the row repaints with it.
    qtbot.waitUntil(lambda: view.model.thumbnails.images.get(item.file.sha256) is not None,
                    timeout=20000)
    assert view.model.thumbnails.images[item.file.sha256].width() <= 56
    syncing.sync_now(ana)
    view.reload()
    assert view.model.items[0].state == "synced" and not view.state_note.isVisible()

    syncing.sync_now(beto)
    other = WallView(beto)
    qtbot.addWidget(other)
    other.show()
    other.select_post(item.id)
    assert other.body.text() == "Primera tertulia literaria con las familias de Combapata"
    assert other.open_button.text() == "Ver foto"
    # Beto's computer did not have the photo: fetched and scaled off the GUI thread.
    qtbot.waitUntil(lambda: other.photo.isVisible(), timeout=20000)
    assert other.photo.pixmap().width() <= 300
    other.comment_box.setPlainText("¡Felicitaciones! ¿Qué libro leyeron?")
    other.comment_button.click()
    assert "¿Qué libro leyeron?" in other.comments.text()
    assert "(pendiente de envío)" in other.comments.text()
    assert other.model.items[0].comment_count == 1


def test_a_refused_post_shows_why_and_keeps_its_text(profile_factory, qtbot):
    create_application([], "es")
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    post_id = str(uuid.uuid4())
    with ana.session() as s, s.begin():
        s.add(WallPost(id=post_id, author_id="x", kind="pregunta", body="Mi pregunta entera",
                       comment_count=0, state="rejected", reject_code="not_allowed"))
    view = WallView(ana)
    qtbot.addWidget(view)
    view.select_post(post_id)
    assert view.body.text() == "Mi pregunta entera"
    assert "No se publicó" in view.state_note.text()
    assert "Su texto se conserva" in view.state_note.text()


def test_inicio_paints_the_news_first_and_each_new_thing_opens_its_place(
        profile_factory, server, qtbot):
    assert cli.main(["--db", server.db_url, "user", "role", "beto", "facilitator"]) == 0
    ana, beto = profile_factory("ana"), profile_factory("beto")
    syncing.sync_now(ana)
    syncing.sync_now(beto)
    news_id = wall.publish_news(beto, "Encuentro <img src=x> en Huamanga",
                                "Directivos de Huanta y La Mar compartieron sus planes.")
    post_id = wall.write_post(beto, "informacion", "Ya salió la norma de gestión escolar")
    syncing.sync_now(beto)
    syncing.sync_now(ana)
    home = first_look.gather(ana)
    assert [n.id for n in home.news] == [news_id]
    assert {i.link for i in home.new} >= {f"news:{news_id}", f"wall:{post_id}"}
    first_look.save(ana.profile_dir, home)
    look = first_look.load(ana.profile_dir)
    assert look.home == home

    create_application([], "es")
    window = MainWindow(look=look)
    qtbot.addWidget(window)
    window.attach_after_first_paint(lambda: (ana, current_account(ana)))
    window.show()
    # Before the store is open: the news is on Inicio already, its title as text.
    assert not window.attached
    shown = window.home.news.text()
    assert "Encuentro &lt;img src=x&gt; en Huamanga" in shown and "<img" not in shown
    assert window.home.new.isVisible()
    window.home.open_link.emit(f"wall:{post_id}")
    qtbot.waitUntil(lambda: window.attached, timeout=20000)
    assert window.nav.currentRow() == WALL and window.wall.post_id == post_id
    window.nav.setCurrentRow(HOME)
    window.home.open_link.emit(f"news:{news_id}")
    assert window.nav.currentRow() == WALL
    assert window.wall.heading.text() == "Encuentro <img src=x> en Huamanga"
    window.close()


def test_a_long_wall_opens_one_page_and_fetches_the_rest_as_it_scrolls(profile_factory,
                                                                       qtbot):
    create_application([], "es")
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    with ana.session() as s, s.begin():
        for i in range(1200):
            s.add(WallPost(id=str(uuid.uuid4()), author_id="x", kind="informacion",
                           body=f"Aviso número {i}", comment_count=0, seq=10_000 + i,
                           state="synced"))
    view = WallView(ana)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 50 and view.model.canFetchMore()
    assert view.model.items[0].body == "Aviso número 1199"
    # Opening an old post (from Inicio) brings the pages up to it, not the whole wall.
    old = wall.list_posts(ana, 700, 1)[0]
    view.select_post(old.id)
    assert view.post_id == old.id and view.model.rowCount() <= 750
    assert view.model.total == 1200


def test_hostile_wall_text_stays_text(profile_factory, qtbot):
    from PySide6.QtCore import Qt
    create_application([], "es")
    ana, beto = profile_factory("ana"), profile_factory("beto")
    syncing.sync_now(ana)
    evil = "<img src='/dev/zero'><b>Urgente</b>"
    post_id = wall.write_post(beto, "pregunta", evil)
    syncing.sync_now(beto)
    wall.comment(beto, post_id, "<a href='file:///etc/passwd'>mire</a>")
    syncing.sync_now(beto)
    syncing.sync_now(ana)
    view = WallView(ana)
    qtbot.addWidget(view)
    view.show()
    view.select_post(post_id)
    for label in (view.body, view.comments, view.heading, view.meta):
        assert label.textFormat() == Qt.PlainText
    assert view.body.text() == evil
    assert "<a href='file:///etc/passwd'>mire</a>" in view.comments.text()
    tooltip = view.model.data(view.model.index(0), Qt.ToolTipRole)
    assert "<img" not in tooltip and "&lt;img" in tooltip


def test_a_facilitator_publishes_news_from_the_muro(profile_factory, server, qtbot,
                                                    tmp_path):
    from app.ui.wall_view import NewsDialog
    assert cli.main(["--db", server.db_url, "user", "role", "beto", "facilitator"]) == 0
    create_application([], "es")
    beto = profile_factory("beto")
    syncing.sync_now(beto)
    view = WallView(beto)
    qtbot.addWidget(view)
    view.show()
    assert view.news_button.isVisible()
    dialog = NewsDialog(beto, view)
    qtbot.addWidget(dialog)
    dialog.title.setText("Convocatoria a la pasantía en Ilave")
    dialog.body.setPlainText("")
    dialog.submit()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20000)
    assert "vacío" in dialog.error.text() and dialog.title.text()   # the text stays
    photo = tmp_path / "ilave.png"
    photo.write_bytes(png_bytes(20, 10) + uuid.uuid4().bytes)
    dialog.photo = str(photo)
    dialog.body.setPlainText("Diez directivos visitarán los grupos interactivos de Ilave.")
    dialog.publish.click()   # its own button, as the person does
    qtbot.waitUntil(lambda: dialog.saved_id is not None, timeout=20000)
    [news] = wall.latest_news(beto)
    assert news.state == "pending" and news.photo.name == "ilave.png"
    syncing.sync_now(beto)
    assert wall.latest_news(beto)[0].state == "synced"
