"""Name, version and Windows version resource of the bundle, read from pyproject.toml."""
from __future__ import annotations

import platform
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "Minka"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
    "project"]["version"]


def os_name() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "arm64": "aarch64"}.get(machine, machine)


def zip_name() -> str:
    return f"{APP_NAME}-{VERSION}-{os_name()}-{arch()}.zip"


def windows_version_info():
    """The version resource Windows shows in the file's properties (Windows builds only)."""
    from PyInstaller.utils.win32.versioninfo import (FixedFileInfo, StringFileInfo,
                                                     StringStruct, StringTable,
                                                     VarFileInfo, VarStruct, VSVersionInfo)
    numbers = tuple(int(part) for part in VERSION.split(".")[:3]) + (0,)
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[StringFileInfo([StringTable("280A04B0", [   # es-PE, Unicode
            StringStruct("CompanyName", "Red Minka"),
            StringStruct("FileDescription", "Minka: curso, repositorio y comunidad sin conexión"),
            StringStruct("FileVersion", VERSION),
            StringStruct("InternalName", APP_NAME),
            StringStruct("OriginalFilename", f"{APP_NAME}.exe"),
            StringStruct("ProductName", APP_NAME),
            StringStruct("ProductVersion", VERSION),
            StringStruct("LegalCopyright", "AGPL-3.0-or-later"),
        ])]), VarFileInfo([VarStruct("Translation", [0x280A, 1200])])])
