"""Portable mode: with `minka-data` beside the executable, nothing is written anywhere else."""
from __future__ import annotations

import os
import subprocess
import sys

from tests.helpers import PASSWORD, ROOT


def _empty_places(tmp_path) -> dict[str, str]:
    places = {}
    for variable in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME",
                     "XDG_STATE_HOME", "TMPDIR"):
        folder = tmp_path / "elsewhere" / variable.lower()
        folder.mkdir(parents=True)
        places[variable] = str(folder)
    return places


def _written(tmp_path) -> list[str]:
    return sorted(str(p.relative_to(tmp_path)) for p in (tmp_path / "elsewhere").rglob("*")
                  if p.is_file() or (p.is_dir() and not any(p.iterdir())
                                     and p.parent != tmp_path / "elsewhere"))


def test_a_stick_keeps_everything_in_minka_data(tmp_path, server):
    stick = tmp_path / "USB" / "Minka"
    data = stick / "minka-data"
    data.mkdir(parents=True)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(ROOT),
           "MINKA_EXECUTABLE_DIR": str(stick), "QT_QPA_PLATFORM": "offscreen",
           "MINKA_PASSWORD": PASSWORD, **_empty_places(tmp_path)}

    def minka(*args: str) -> subprocess.CompletedProcess:
        run = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=240)
        assert run.returncode == 0, run.stdout + run.stderr
        return run

    minka("signin", "--server", server.url, "--user", "ana")
    minka("sync")
    minka("--self-test")      # a window, fonts, Qt's caches, temporary files
    assert (data / "default" / "minka.db").exists()
    assert (data / "default" / "minka.log").exists()
    assert _written(tmp_path) == []


def test_without_the_folder_minka_is_not_portable(tmp_path, monkeypatch):
    from app import portable
    from app.store.db import default_profile_dir
    monkeypatch.setenv("MINKA_EXECUTABLE_DIR", str(tmp_path))
    monkeypatch.delenv("MINKA_PROFILE", raising=False)
    assert portable.data_dir() is None
    assert portable.activate() is None
    assert "minka-data" not in str(default_profile_dir())
    (tmp_path / "minka-data").mkdir()
    assert default_profile_dir() == tmp_path / "minka-data" / "default"
