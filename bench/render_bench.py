"""Markdown rendering of hostile and ordinary posts: the work a reader's app does per post.

    .venv/bin/python bench/render_bench.py

Each row renders one 20,000-character post (the longest the server takes) through
app.ui.markdown.to_html with an empty cache, and through markdown-it alone (what the app did
before the bound), and prints milliseconds. The crafted thread of issue #10 is 100 such
"![" posts; the forum view renders a thread this heavy on a worker.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.ui import markdown  # noqa: E402

POSTS = {
    'ten thousand "!["': "![" * 10_000,
    'twenty thousand "["': "[" * 20_000,
    'ten thousand "*a"': "*a" * 10_000,
    '25 "![" then 4,000 "*a"': "![" * 25 + "*a" * 4_000 + "x" * 11_950,
    "ordinary text with links": ("Una **tertulia** con [enlace](https://example.org) y "
                                 "_énfasis_. " * 400)[:20_000],
    "ordinary text": ("Una **tertulia** dialógica con _énfasis_ en la escuela. " * 400)[:20_000],
}


def ms(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    print(f"{'post (20,000 chars)':<28} {'to_html ms':>11} {'markdown-it ms':>15}")
    for name, text in POSTS.items():
        markdown._cache.clear()
        bounded = ms(lambda: markdown.to_html(text))
        raw = ms(lambda: markdown._md.render(text))
        print(f"{name:<28} {bounded:>11.1f} {raw:>15.1f}")


if __name__ == "__main__":
    main()
