"""Markdown from other members costs bounded work and never stalls the reader's window.

The crafted thread of issue #10: a hundred posts of ten thousand "![" (about 6 KB on the
wire) froze the window for 84 s on opening and 45 s after each sync.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from app.services import syncing
from app.ui import markdown
from app.ui.forums_view import ForumsView
from app.ui.markdown import record_files, to_html
from tests.helpers import FORUM_ID
from tests.wire import account, exchange, reply_op, thread_op

CRAFTED = "![" * 10_000          # 20,000 characters: within the post limit


def _calls(fn) -> int:
    """Python function calls made by fn(): the work, counted without a clock."""
    count = 0

    def profile(_frame, event, _arg):
        nonlocal count
        if event == "call":
            count += 1
    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return count


def test_dense_markup_renders_in_bounded_work():
    normal = ("Una **tertulia** con [enlace](https://example.org) y _énfasis_. " * 400)[:20_000]
    budget = _calls(lambda: markdown._md.render(normal))       # an ordinary long post
    for text in (CRAFTED, "[" * 20_000, "*a" * 10_000, "![a](" * 4_000, "<a" * 10_000,
                 "![" * 25 + "*a" * 4_000, "![" * 50 + "*a" * 2_000):
        markdown._cache.clear()
        assert _calls(lambda: to_html(text)) <= budget, text[:10]
        assert "![![" in to_html(CRAFTED) or text != CRAFTED   # shown as it was typed
    # and rendering it again is a cache hit
    assert _calls(lambda: to_html(CRAFTED)) < 50


def test_written_links_open_only_the_records_own_files_under_their_real_names():
    files = record_files([{"sha256": "a" * 64, "name": "informe_final.pdf.exe", "size": 9}])
    out = to_html(f"Vea [informe_final.pdf](minka:file/{'a' * 64}) y "
                  f"[la guía](minka:file/{'b' * 64}) ![x](minka:img/{'b' * 64}) "
                  f"[responder](minka:reply/1)", files)
    assert f'<a href="minka:file/{"a" * 64}">informe_final.pdf.exe</a>' in out
    assert "minka:file/" + "b" * 64 not in out and "minka:img/" not in out
    assert "la guía" in out and 'href="minka:reply' not in out
    assert "minka:file" not in to_html(f"[x](minka:file/{'a' * 64})")   # a post has none


def _post_thread(server, store, bodies: list[str]) -> str:
    opening = thread_op(FORUM_ID, "Un tema", bodies[0])
    thread_id = str(opening.parsed_payload().id)
    ops = [opening] + [reply_op(thread_id, body) for body in bodies[1:]]
    for start in range(0, len(ops), 50):
        results = exchange(server.url, account(store), ops[start:start + 50]).results
        assert {r.status for r in results} == {"applied"}
    return thread_id


def _open_view(qtbot, store) -> ForumsView:
    """The Foros section shown, no thread open, nothing rendered yet."""
    view = ForumsView(store)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitUntil(lambda: view._render_job is None)
    view._show_thread(None)
    markdown._cache.clear()
    return view


def test_the_crafted_thread_opens_in_bounded_work(qtbot, qapp, server, profile_factory):
    beto, ana = profile_factory("beto"), profile_factory("ana")
    thread_id = _post_thread(server, beto, [CRAFTED] + [f"{i} " + CRAFTED[:-4]
                                                        for i in range(99)])
    syncing.sync_now(ana)
    normal = ("Una **tertulia** con [enlace](https://example.org) y _énfasis_. " * 400)[:20_000]
    one_post = _calls(lambda: markdown._md.render(normal))

    view = _open_view(qtbot, ana)
    renders = []
    view.rendered.connect(renders.append)
    # Opening it costs the GUI thread less than rendering one ordinary long post would;
    # the rest (if any) is a worker's.
    assert _calls(lambda: view.select_thread(thread_id)) < one_post
    qtbot.waitUntil(lambda: thread_id in renders, timeout=60_000)
    text = view.reader.toPlainText()
    assert text.count("![![![") >= 100 and "Abriendo el tema" not in text
    # After a sync the thread is re-read: every post is in the cache.
    renders.clear()
    assert _calls(lambda: view._show_thread(thread_id)) < one_post
    assert renders == [thread_id]


def test_a_long_thread_renders_off_the_gui_thread(qtbot, qapp, server, profile_factory):
    beto, ana = profile_factory("beto"), profile_factory("ana")
    long_post = "Una **tertulia** dialógica con _énfasis_ en la escuela. " * 400
    thread_id = _post_thread(server, beto, [f"{i} " + long_post[:19_000] for i in range(30)])
    syncing.sync_now(ana)
    view = _open_view(qtbot, ana)
    ticks = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    renders = []
    view.rendered.connect(renders.append)
    view.select_thread(thread_id)
    # The window answers at once; the posts follow when a worker has rendered them.
    assert "Abriendo el tema" in view.reader.toPlainText() and renders == []
    qtbot.waitUntil(lambda: renders == [thread_id], timeout=60_000)
    timer.stop()
    assert ticks, "the GUI thread's timer never fired while the thread was rendered"
    assert view.reader.toPlainText().count("tertulia") >= 30 * 300


def test_a_post_over_the_limit_is_refused_with_a_reason_and_its_text_kept(server,
                                                                         profile_factory):
    import pytest
    from app.services import forums
    from app.services.errors import UserError
    from app.ui.messages import problem
    from sync import protocol as p
    from tests.wire import ServerDb, post_raw

    beto = profile_factory("beto")
    thread_id = _post_thread(server, beto, ["Un tema corto"])
    too_long = "![" * (p.MAX_POST_CHARS // 2) + "!"
    # the author's own app refuses it before queueing, in Spanish; the draft keeps the text
    forums.save_draft(beto, f"reply:{thread_id}", too_long)
    with pytest.raises(UserError) as err:
        forums.reply(beto, thread_id, too_long)
    assert err.value.code == "too_long_body" and "20 000" in problem(err.value.code)
    assert forums.load_draft(beto, f"reply:{thread_id}") == too_long
    # a raw client is refused by the server, and nothing is stored
    op = reply_op(thread_id, "x").model_dump(mode="json")
    op["payload"]["body"] = too_long
    body = p.encode_body(p.SyncRequest(device_id=account(beto).device_id, cursor=0,
                                       ops=[p.Op.model_validate(op)]))
    resp = post_raw(server.url, body, token=account(beto).token)
    assert resp.status_code == 422 and resp.json()["error"]["code"] == "invalid_request"
    stored = ServerDb(server.db_url)
    assert too_long not in stored.post_bodies()
    stored.close()
