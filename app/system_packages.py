"""The system libraries and Debian packages Minka needs, and the one step that installs them.

Standard library only: `make` runs this file with the system Python before the virtual
environment exists, and the app imports it to explain, in Spanish, what is missing when
its window cannot open.

    python3 app/system_packages.py test     # what `make test` needs (CI too)
    python3 app/system_packages.py run      # what `make run` needs: the window on X11

As root on Debian it installs what is missing with apt-get; otherwise it prints the exact
`apt-get install` line and exits 1. Elsewhere (not Debian) it says so and exits 0.
"""
from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys

# Libraries Qt loads even on the offscreen platform (the tests, the self-test), with the
# Debian package that ships each.
QT_BASE = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
}

# What Qt's xcb platform plugin links to (readelf -d libqxcb.so libQt6XcbQpa.so.6): a
# desktop Debian lacks several, and Qt then aborts in English before Minka can speak.
QT_XCB = {
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

# Packages by what needs them. Fonts: Qt draws no text without one.
GROUPS: dict[str, list[str]] = {
    "run": sorted({*QT_BASE.values(), *QT_XCB.values(), "fonts-dejavu-core"}),
    "test": sorted({*QT_BASE.values(), "fonts-dejavu-core",
                    "postgresql",   # test_postgres.py, test_backup.py (pg_dump) and production
                    "faketime",     # the client under a wrong clock (tests/test_wrong_clock.py)
                    "openssl",      # certificates for the HTTPS tests (tests/test_tls_clock.py)
                    }),
    "screenshots": sorted({*QT_BASE.values(), *QT_XCB.values(), "fonts-dejavu-core",
                           "xvfb", "xauth"}),
}


def missing_libraries(libraries: dict[str, str]) -> list[str]:
    """Debian packages of the libraries in `libraries` that the dynamic loader cannot find."""
    missing = []
    for soname, package in libraries.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            if package not in missing:
                missing.append(package)
    return missing


def install_line(packages: list[str]) -> str:
    return "apt-get install -y --no-install-recommends " + " ".join(packages)


def _not_installed(packages: list[str]) -> list[str]:
    answer = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package} ${db:Status-Status}\n", *packages],
        capture_output=True, text=True)
    installed = {line.split()[0] for line in answer.stdout.splitlines()
                 if line.endswith(" installed")}
    return [p for p in packages if p not in installed]


def _venv_package(python: str) -> list[str]:
    """Debian's own Python needs python3-venv for `python -m venv`."""
    probe = subprocess.run([python, "-c", "import ensurepip, venv"], capture_output=True)
    return [] if probe.returncode == 0 else ["python3-venv"]


def ensure(groups: list[str], python: str | None = None) -> int:
    if not shutil.which("dpkg-query") or not shutil.which("apt-get"):
        print("system_packages: not a Debian system; install by hand what this lists: "
              + ", ".join(p for g in groups for p in GROUPS[g]), file=sys.stderr)
        return 0
    wanted = sorted({p for g in groups for p in GROUPS[g]})
    missing = _not_installed(wanted) + (_venv_package(python) if python else [])
    if not missing:
        return 0
    if os.geteuid() != 0:
        print("Minka needs these system packages. Install them as root, then run make "
              "again:\n\n    sudo " + install_line(missing) + "\n", file=sys.stderr)
        return 1
    print("Installing system packages: " + " ".join(missing), flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    # The package lists of a fresh machine are empty or old: update once, then install.
    for command in (["apt-get", "update", "-qq"],
                    ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing]):
        if subprocess.run(command, env=env, stdout=subprocess.DEVNULL).returncode != 0:
            print("system_packages: failed: " + " ".join(command), file=sys.stderr)
            return 1
    still = _not_installed(missing)
    if still:
        print("system_packages: still missing after apt-get: " + " ".join(still),
              file=sys.stderr)
        return 1
    return 0


def main(argv: list[str]) -> int:
    python = None
    if argv and argv[0].startswith("--python="):
        python, argv = argv[0].split("=", 1)[1], argv[1:]
    unknown = [g for g in argv if g not in GROUPS]
    if not argv or unknown:
        print(f"usage: system_packages.py [--python=PY] {{{'|'.join(GROUPS)}}}…",
              file=sys.stderr)
        return 2
    return ensure(argv, python)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
