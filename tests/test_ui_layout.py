"""Every view fits a 1366×768 laptop screen, for a participant and a facilitator, on an
empty profile and a full one whose titles and names are as long as the server allows.

A real window of the size that screen leaves (a taskbar below, a title bar above), on the
offscreen platform; the demo data from a real server on loopback, with every title made
long, one word in them unbreakable.
"""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget

from app import demo
from app.services import account, course, forums, repository, syncing
from app.store.db import Store

# A 1366×768 screen less a 70-pixel taskbar; the window's frame comes off that (FRAME).
AVAILABLE = QRect(0, 0, 1366, 768 - 70)
UNBREAKABLE = "Interculturalidad-bilingüe-y-participación-comunitaria-en-la-escuela"
LONG = ("Sistematización de la experiencia de las tertulias pedagógicas dialógicas con "
        "docentes, familias y estudiantes de las instituciones educativas rurales de la red "
        f"de Pitumarca {UNBREAKABLE} ")


def _lengthen(url: str) -> None:
    """Every title, name, theme and region of the demo as long as its column allows."""
    from sqlalchemy import select
    from sync.server import db
    from sync.server.models import (Announcement, Assignment, Course, Debate,
                                    DebateProposal, Document, FeaturedMember, Forum,
                                    Group, GroupDocument, Lesson, MemberProfile, Module,
                                    News, Thread, User, WallComment, WallPost)
    engine = db.make_engine(url)
    with db.session_factory(engine)() as s, s.begin():
        for model, limit in ((Thread, 200), (Forum, 200), (Course, 300), (Module, 300),
                             (Lesson, 300), (Assignment, 300), (Announcement, 300),
                             (Document, 300), (Group, 200), (GroupDocument, 200)):
            for row in s.scalars(select(model)):
                row.title = (LONG + row.title)[:limit]
        for row in s.scalars(select(Debate)):
            row.question = (LONG + row.question)[:200]
            if row.result_title:
                row.result_title = (LONG + row.result_title)[:200]
        for row in s.scalars(select(DebateProposal)):
            row.title = (LONG + row.title)[:200]
        for model, column in ((WallPost, "body"), (WallComment, "body"), (News, "body"),
                              (FeaturedMember, "reason")):
            for row in s.scalars(select(model)):
                setattr(row, column, LONG * 3 + getattr(row, column))
        for row in s.scalars(select(News)):
            row.title = (LONG + row.title)[:200]
        from sync.server.models import Survey
        for row in s.scalars(select(Survey)):
            row.question = (LONG + row.question)[:200]
            row.description = LONG * 2 + row.description
            row.options = json.dumps([dict(o, text=(LONG + o["text"])[:200])
                                      for o in json.loads(row.options)], ensure_ascii=False)
        from sync.server.entities.stats import refresh
        for row in s.scalars(select(User)):
            row.region, row.position = LONG[:100], (UNBREAKABLE + row.position)[:100]
        s.flush()
        refresh(s, force=True)
        for row in s.scalars(select(Document)):
            row.themes = json.dumps([LONG[:120]] + json.loads(row.themes), ensure_ascii=False)
            row.region = LONG[:200]
        for row in s.scalars(select(User)):
            first, _, rest = row.display_name.partition(" ")
            row.display_name = (f"{first}-Maricruz-Esperanza-del-Carmen-de-los-Andes {rest} "
                                + LONG)[:200]
            row.institution = (LONG + row.institution)[:200]
        for row in s.scalars(select(MemberProfile)):
            row.presentation = (LONG * 3)[:600]
            row.shared = "institution,presentation,phone,email"
    engine.dispose()


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory):
    data = tmp_path_factory.mktemp("demo")
    url = demo.prepare_server(data)
    _lengthen(url)
    port = demo._free_port(0)
    proc = demo.start_server(url, data, port)
    yield data, f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(10)


@pytest.fixture
def window_for(qtbot, tmp_path, demo_server):
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow
    create_application([], "es")
    _data, url = demo_server
    opened = []

    def make(user: str, full: bool):
        profile = tmp_path / f"perfil-{user}"
        demo.sign_in_demo(profile, url, user)
        store = Store(profile)
        if full:
            syncing.sync_now(store)
        window = MainWindow(store, account.current_account(store), auto_sync=False)
        qtbot.addWidget(window)
        opened.append((window, store))
        return window, store
    yield make
    for window, store in opened:
        window.close()
        store.close()


def _inner_size() -> QSize:
    from app.ui.window_state import default_geometry
    return default_geometry(AVAILABLE).size()


def _inside(window, widget: QWidget) -> bool:
    """The widget is shown and wholly inside the window's visible area."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def _check_fits(qtbot, window, where: str) -> None:
    QApplication.processEvents()
    size = _inner_size()
    hint = window.minimumSizeHint()
    assert hint.width() <= size.width() and hint.height() <= size.height(), (where, hint)
    view = window.stack.currentWidget()
    assert view.minimumSizeHint().width() <= size.width() - window.nav.width(), where
    # The window really is the size asked for: nothing forced it wider or taller.
    assert window.size() == size, (where, window.size())
    assert _inside(window, window.sync_button), where
    # The mechanism: no label or list box asks for more width than a column can give.
    for label in window.findChildren(QLabel):
        assert label.minimumSizeHint().width() <= 420, (where, label.objectName(),
                                                         label.text()[:80])
    for combo in window.findChildren(QComboBox):
        assert combo.minimumSizeHint().width() <= 320, (where, combo.currentText())


def _visit_everything(qtbot, window, store, facilitator: bool, full: bool) -> None:
    from app.ui.main_window import (COURSE, DEBATES, DIRECTORY, FORUMS, GROUPS, HOME,
                                    REPOSITORY, STATS, SURVEYS, WALL)
    window.resize(_inner_size())
    window.show()
    qtbot.waitExposed(window)
    for row in (HOME, COURSE, REPOSITORY, FORUMS, GROUPS, DEBATES, WALL, DIRECTORY, SURVEYS,
                STATS):
        window.nav.setCurrentRow(row)
        _check_fits(qtbot, window, f"section {row}")
    # The status bar at its fullest: a sync under way on a link that keeps cutting.
    from sync.client import SyncProgress
    window._sync_started()
    window._sync_progress(SyncProgress(phase="retry"))
    window._sync_progress(SyncProgress(phase="file", file_name=LONG, file_done=5,
                                       file_total=10))
    window.last_sync_label.setText(window.last_sync_label.text()
                                   + " · ⚠ revise la hora del equipo")
    _check_fits(qtbot, window, "sync under way")
    assert _inside(window, window.progress)
    window._sync_ended()
    if not full:
        return
    # Foros: a thread with a long title, replying to a person with a long name.
    forum = forums.list_forums(store)[0]
    thread = forums.list_threads(store, forum.id)[0]
    window.open_thread(forum.id, thread.id)
    post = forums.thread_posts(store, thread.id)[-1]
    window.forums._set_reply_to(post.id)
    assert window.forums.reply_label.text()
    _check_fits(qtbot, window, "thread")
    assert _inside(window, window.forums.reply_button)
    assert _inside(window, window.forums.new_thread_button)
    # Grupos: a group with a long title and long member names, one of its threads open.
    window.nav.setCurrentRow(GROUPS)
    view = window.groups
    assert view.forum_list.count() > 0
    view.forum_list.setCurrentRow(0)
    view.thread_view.setCurrentIndex(view.threads.index(0))
    _check_fits(qtbot, window, "group thread")
    assert view.members_label.text()
    for widget in (view.share_button, view.new_thread_button, view.reply_button,
                   view.propose_button):
        assert _inside(window, widget), widget
    # Debates: an open one (composer, Respaldar) and a published one (Exportar PDF).
    window.nav.setCurrentRow(DEBATES)
    view = window.debates
    assert view.debate_list.count() == 2
    view.debate_list.setCurrentRow(0)
    _check_fits(qtbot, window, "open debate")
    for widget in (view.endorse_button, view.send_button, view.body_edit, view.title_edit):
        assert _inside(window, widget), widget
    view.tabs.setCurrentWidget(view.published_list)
    view.published_list.setCurrentRow(0)
    _check_fits(qtbot, window, "published proposal")
    assert _inside(window, view.pdf_button)
    # Muro: a long post open with its comments, a long news item, the composer's buttons.
    window.nav.setCurrentRow(WALL)
    view = window.wall
    assert view.model.rowCount() > 0
    view.list.setCurrentIndex(view.model.index(0))
    view.set_attachment("/tmp/" + LONG.replace(" ", "_") + ".pdf")
    _check_fits(qtbot, window, "wall post")
    for widget in (view.post_button, view.attach_button, view.comment_button):
        assert _inside(window, widget), widget
    assert _inside(window, view.news_button) == facilitator
    from app.services import wall
    view.show_news(wall.latest_news(store)[0].id)
    _check_fits(qtbot, window, "news")
    # Directorio: a member with long names open beside the table, filters and Mi perfil.
    window.nav.setCurrentRow(DIRECTORY)
    view = window.directory
    assert view.model.rowCount() > 0
    view.table.selectRow(0)
    assert view.card.name.text()
    _check_fits(qtbot, window, "member card")
    for widget in (view.profile_button, view.search, view.region, view.position):
        assert _inside(window, widget), widget
    # Revisar (moderators only): the demo's report, its text long, the decision buttons.
    from app.ui.main_window import REVIEW
    assert window.nav.item(REVIEW).isHidden() != facilitator
    if facilitator:
        window.nav.setCurrentRow(REVIEW)
        view = window.review
        assert view.list.count() == 1
        _check_fits(qtbot, window, "review")
        for widget in (view.hide_button, view.dismiss_button, view.reason):
            assert _inside(window, widget), widget
    window.nav.setCurrentRow(HOME)
    assert window.home.news.isVisible() and window.home.featured.isVisible()
    _check_fits(qtbot, window, "home with news")
    # Encuestas: the open one (its options and the button), the closed one's results.
    window.nav.setCurrentRow(SURVEYS)
    view = window.surveys
    assert view.survey_list.count() == 2
    assert _inside(window, view.new_button) == facilitator
    for row in range(2):
        view.survey_list.setCurrentRow(row)
        _check_fits(qtbot, window, f"survey {row}")
        if view.item.is_open:
            view.group.buttons()[0].click()
            assert _inside(window, view.answer_button)
        else:
            assert view.chart.isVisible() and view.chart.width() > 300
    # Estadísticas: long regions and positions; both buttons on screen.
    window.nav.setCurrentRow(STATS)
    _check_fits(qtbot, window, "statistics")
    for widget in (window.stats.png_button, window.stats.csv_button):
        assert _inside(window, widget), widget
    # Curso: its home (with "Publicar un aviso" for a facilitator), a lesson, a task.
    window.nav.setCurrentRow(COURSE)
    course_id = course.list_courses(store)[0].id
    _check_fits(qtbot, window, "course home")
    if facilitator:
        assert _inside(window, window.course.announce_button)
    _check_outline_rows(window.course.tree)
    modules = course.outline(store, course_id)
    window.course.open_item("lesson", modules[0].lessons[0].id)
    _check_fits(qtbot, window, "lesson")
    assert _inside(window, window.course.complete_button)
    window.course.open_item("assignment", modules[0].assignments[0].id)
    _check_fits(qtbot, window, "assignment")
    # Repositorio: a document with a long title, long themes and region; every tab.
    window.nav.setCurrentRow(REPOSITORY)
    view = window.repository
    view.results.setCurrentIndex(view.model.index(0))
    _check_fits(qtbot, window, "document")
    assert _inside(window, view.propose_button)
    assert _inside(window, view.download_button) or _inside(window, view.open_button)
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        _check_fits(qtbot, window, f"repository tab {tab}")


def _check_outline_rows(tree) -> None:
    """Each title of the course outline is whole: its row is as tall as the title wrapped
    at the width the row really has (lessons are indented under their module)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTreeWidgetItemIterator
    QApplication.processEvents()
    it = QTreeWidgetItemIterator(tree)
    checked = 0
    while it.value() is not None:
        item = it.value()
        rect = tree.visualItemRect(item)
        font = item.font(0)
        from PySide6.QtGui import QFontMetrics
        needed = QFontMetrics(font).boundingRect(QRect(0, 0, rect.width() - 8, 100_000),
                                                 Qt.TextWordWrap, item.text(0)).height()
        assert rect.height() >= needed, (item.text(0)[:60], rect, needed)
        checked += 1
        it += 1
    assert checked > 5


def test_a_cut_title_ends_in_an_ellipsis(qtbot):
    from PySide6.QtGui import QFontMetrics
    from app.ui.application import create_application
    from app.ui.fit import elided_lines
    app = create_application([], "es")
    font = app.font()
    lines = elided_lines(LONG, font, 240, 2)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert all(QFontMetrics(font).horizontalAdvance(line) <= 240 for line in lines)
    assert elided_lines("Tertulias", font, 240, 2) == ["Tertulias"]
    # One word longer than the width is broken, not left to overflow.
    assert all(QFontMetrics(font).horizontalAdvance(line) <= 240
               for line in elided_lines(UNBREAKABLE * 2, font, 240, 2))


@pytest.mark.parametrize("full", [False, True], ids=["empty", "full"])
def test_the_participant_sees_everything_on_a_laptop_screen(qtbot, window_for, full):
    window, store = window_for("rosa.quispe", full)
    _visit_everything(qtbot, window, store, facilitator=False, full=full)


@pytest.mark.parametrize("full", [False, True], ids=["empty", "full"])
def test_the_facilitator_sees_everything_on_a_laptop_screen(qtbot, window_for, full):
    window, store = window_for("julio.huaman", full)
    _visit_everything(qtbot, window, store, facilitator=True, full=full)
