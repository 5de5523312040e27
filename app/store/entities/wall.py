"""The wall, news and featured members in the replica: pending posts and comments, each
post's comment count, and the cached files of what the server removed."""
from __future__ import annotations

from sqlalchemy import delete, func, select, update

from app.store.entities.common import WRITTEN_HERE, set_state
from app.store.entities.groups import forget_files_of
from app.store.entities.moderation import withheld_files
from app.store.models import SYNCED, FeaturedMember, News, WallComment, WallPost
from app.store.registry import LocalEntity, register


def refresh_comment_counts(session, post_ids: set[str]) -> None:
    count = (select(func.count()).select_from(WallComment.__table__)
             .where(WallComment.post_id == WallPost.id).scalar_subquery())
    ids = sorted(post_ids)
    for i in range(0, len(ids), 500):
        session.execute(update(WallPost).where(WallPost.id.in_(ids[i:i + 500]))
                        .values(comment_count=count))


def _page_done(session, page) -> None:
    touched = set(page.notes.get("wall_posts", set()))
    touched.update(r["post_id"] for r in page.upserts.get("wall_comment", []))
    touched.update(r["id"] for r in page.upserts.get("wall_post", []))
    if touched:
        refresh_comment_counts(session, touched)


def _post_removed(session, ids: list[str], page) -> None:
    forget_files_of(session, session.scalars(
        select(WallPost.file).where(WallPost.id.in_(ids), WallPost.file.is_not(None))))
    session.execute(delete(WallComment).where(WallComment.post_id.in_(ids)))


def _news_removed(session, ids: list[str], page) -> None:
    forget_files_of(session, session.scalars(
        select(News.photo).where(News.id.in_(ids), News.photo.is_not(None))))


def _marker(model):
    def mark(session, payload, state, code) -> None:
        set_state(session, model, payload.id, state=state, reject_code=code)
    return mark


_synced = lambda row: dict(state=SYNCED, reject_code=None)  # noqa: E731

register(LocalEntity(
    "wall_post", WallPost, keep=frozenset({"comment_count"}) | WRITTEN_HERE,
    written_here=WRITTEN_HERE,
    arrives=lambda row: dict(state=SYNCED, reject_code=None, comment_count=0),
    before_upsert=withheld_files(WallPost, "file"),
    before_delete=_post_removed, page_done=_page_done,
    marks={"wall.post.create": _marker(WallPost)}))
register(LocalEntity(
    "wall_comment", WallComment, keep=WRITTEN_HERE, written_here=WRITTEN_HERE,
    arrives=_synced,
    before_delete=lambda session, ids, page: page.note("wall_posts", session.scalars(
        select(WallComment.post_id).where(WallComment.id.in_(ids)))),
    marks={"wall.comment.create": _marker(WallComment)}))
register(LocalEntity("news", News, keep=WRITTEN_HERE, written_here=WRITTEN_HERE,
                     arrives=_synced, before_delete=_news_removed,
                     marks={"news.publish": _marker(News)}))
register(LocalEntity("featured_member", FeaturedMember))
