"""What the demo says in the terminal: one language at a time, each thing named once."""
from __future__ import annotations

import re

from sync.server import cli
from sync.server.demo import describe


def test_server_demo_output_is_english_and_names_each_thing_once(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 's.db'}"
    assert cli.main(["--db", url, "demo"]) == 0
    out = capsys.readouterr().out.strip().splitlines()[-1]
    assert out.startswith("Demo data created: ")
    assert "1 course," in out and re.search(r"\d+ lessons", out)
    assert "course course" not in out and "course lesson" not in out
    assert cli.main(["--db", url, "demo"]) == 0
    assert capsys.readouterr().out.strip().endswith("Demo data already there: nothing created.")


def test_the_apps_demo_speaks_spanish():
    text = describe({"users": 10, "courses": 1, "lessons": 12, "assignments": 1,
                     "proposals": 0}, "es")
    assert text == ("Datos de demostración creados: 10 usuarios, 1 curso, 12 lecciones, "
                    "1 tarea.")
