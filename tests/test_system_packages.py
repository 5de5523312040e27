"""One list of system packages; a window that cannot open says, in Spanish, what to do."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app import system_packages
from app.__main__ import window_problem

ROOT = Path(__file__).resolve().parent.parent


def test_the_make_targets_and_ci_use_the_one_install_step():
    makefile = (ROOT / "Makefile").read_text()
    assert "app/system_packages.py" in makefile
    ci = (ROOT / ".ci" / "run").read_text()
    # CI runs `make test`, which runs the step; it keeps no second list of packages.
    assert "make test" in ci and "apt-get install" not in ci
    for package in ("faketime", "postgresql", "openssl"):
        assert package in system_packages.GROUPS["test"]
    assert "libxcb-cursor0" in system_packages.GROUPS["run"]


def test_a_missing_xcb_library_is_named_with_its_install_line(monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":42")
    problem = window_problem("es", {"libxcb-minka-ausente.so.0": "libxcb-minka-ausente0",
                                    "libc.so.6": "libc6"})
    assert problem.startswith("Minka no puede abrir su ventana")
    assert "sudo apt-get install -y --no-install-recommends libxcb-minka-ausente0" in problem
    assert "libc6" not in problem
    assert window_problem("es", {"libc.so.6": "libc6"}) is None


def test_without_a_display_the_window_says_so_in_spanish(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    run = subprocess.run([sys.executable, "-m", "app", "--profile", str(tmp_path / "p")],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "Minka no puede abrir su ventana" in run.stderr
    assert "could not load the Qt platform plugin" not in run.stderr
    assert "Traceback" not in run.stderr


def test_without_root_the_exact_install_line_is_printed_and_make_stops(monkeypatch, capsys):
    monkeypatch.setitem(system_packages.GROUPS, "test", ["libc6", "minka-paquete-ausente"])
    monkeypatch.setattr(system_packages.os, "geteuid", lambda: 1000)
    assert system_packages.main(["test"]) == 1
    err = capsys.readouterr().err
    assert "sudo apt-get install -y --no-install-recommends minka-paquete-ausente\n" in err
    assert "libc6" not in err


def test_as_root_with_everything_installed_nothing_is_done(monkeypatch, capsys):
    monkeypatch.setitem(system_packages.GROUPS, "test", ["libc6"])
    monkeypatch.setattr(system_packages.subprocess, "run", _only_queries(
        system_packages.subprocess.run))
    assert system_packages.main(["test"]) == 0
    assert capsys.readouterr().out == ""


def _only_queries(real_run):
    def run(command, *args, **kwargs):
        assert command[0] == "dpkg-query", f"would have run {command}"
        return real_run(command, *args, **kwargs)
    return run
