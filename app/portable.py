"""Portable mode: with a folder `minka-data` beside the executable, Minka writes only there.

For USB sticks and shared computers: the profiles, logs, backups, downloaded files,
temporary files, Qt's settings and caches (fontconfig's too) all go into that folder, and
nothing into the person's home folder or the system. `activate()` runs first thing at
start, before Qt or any library has looked up where to write.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

FOLDER = "minka-data"
# From the source there is no executable of our own: tests and developers name the folder
# that plays its part.
EXECUTABLE_DIR_VARIABLE = "MINKA_EXECUTABLE_DIR"


def executable_dir() -> Path | None:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    named = os.environ.get(EXECUTABLE_DIR_VARIABLE)
    return Path(named).resolve() if named else None


def data_dir() -> Path | None:
    """The portable data folder, when there is one beside the executable."""
    folder = executable_dir()
    if folder is None:
        return None
    data = folder / FOLDER
    return data if data.is_dir() else None


def activate() -> Path | None:
    """Point every place a library writes to inside the data folder; None if not portable."""
    data = data_dir()
    if data is None:
        return None
    places = {"tmp": ("TMPDIR", "TEMP", "TMP"),
              "config": ("XDG_CONFIG_HOME",), "cache": ("XDG_CACHE_HOME",),
              "share": ("XDG_DATA_HOME",), "state": ("XDG_STATE_HOME",)}
    if sys.platform == "win32":
        # Qt and Python look these up for caches and per-user settings.
        places.update({"appdata": ("APPDATA",), "localappdata": ("LOCALAPPDATA",)})
    for name, variables in places.items():
        folder = data / "system" / name
        folder.mkdir(parents=True, exist_ok=True)
        for variable in variables:
            os.environ[variable] = str(folder)
    tempfile.tempdir = None   # looked up again, now inside the data folder
    return data


def settings_dir() -> Path | None:
    """Where Qt keeps its settings in portable mode (an INI file, never the registry)."""
    data = data_dir()
    return data / "system" / "config" if data else None
