"""`make bundle`: the desktop client as a one-folder PyInstaller bundle, zipped for a USB drive.

    .venv/bin/python build_scripts/bundle.py            # dist/Minka/ and dist/Minka-…zip
    .venv/bin/python build_scripts/bundle.py --test     # then run the bundle's self-test
    .venv/bin/python build_scripts/bundle.py --network network.json
        # carry the network's public key (`minka-server network show > network.json`), so
        # a first run with no network can check content packs (issue #12)

Prints the zipped and unzipped sizes and the largest parts (docs/benchmarks.md keeps them).
"""
from __future__ import annotations

import argparse
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build_scripts.bundle_info import APP_NAME, zip_name  # noqa: E402

DIST = ROOT / "dist"
WORK = ROOT / "build"
MiB = 1024 * 1024


def make_icon(out: Path) -> None:
    """Windows wants an .ico: drawn from the app's SVG icon by Qt, at the sizes Explorer uses."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (Qt needs it)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "minka.svg"))
    image = QImage(256, 256, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "ICO"):
        image.save(str(out.with_suffix(".png")), "PNG")


NETWORK_VARIABLE = "MINKA_BUNDLE_NETWORK"   # read by minka.spec


def network_resource(source: Path, out_dir: Path) -> Path:
    """Check a network identity file (id and public key) and write it as network.json in
    `out_dir`, for the spec to put among the bundle's resources. Raises ValueError."""
    import json

    from sync.protocol import NetworkIdentity
    try:
        identity = NetworkIdentity.model_validate(json.loads(Path(source).read_text("utf-8")))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{source} is not a network identity "
                         f"(`minka-server network show`): {exc}") from exc
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "network.json"
    target.write_text(identity.model_dump_json(), encoding="utf-8")
    return target


def build(network: Path | None = None) -> Path:
    make_icon(WORK / "minka.ico")
    env = dict(os.environ)
    env.pop(NETWORK_VARIABLE, None)
    if network is not None:
        env[NETWORK_VARIABLE] = str(network_resource(network, WORK / "network"))
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK),
                    str(ROOT / "build_scripts" / "minka.spec")], check=True, cwd=ROOT,
                   env=env)
    folder = DIST / APP_NAME
    leeme = (ROOT / "build_scripts" / "LEEME.txt").read_text(encoding="utf-8")
    # Notepad on old Windows reads CRLF and a BOM best.
    (folder / "LEEME.txt").write_bytes(
        "\ufeff".encode() + leeme.replace("\n", "\r\n").encode("utf-8"))
    return folder


def make_zip(folder: Path) -> Path:
    target = DIST / zip_name()
    target.unlink(missing_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(folder.rglob("*")):
            name = str(Path(APP_NAME) / path.relative_to(folder))
            if path.is_symlink():
                # PyInstaller links each Qt library once into _internal/; stored as a
                # link (unzip restores it), not as a second copy of 30 MB of ICU data.
                info = zipfile.ZipInfo(name)
                info.create_system = 3   # Unix, so the mode below is read
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(info, os.readlink(path))
            elif path.is_file():
                archive.write(path, name)
    return target


def report(folder: Path, archive: Path) -> None:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    print(f"\n{archive.relative_to(ROOT)}: {archive.stat().st_size / MiB:.1f} MiB zipped, "
          f"{total / MiB:.1f} MiB unzipped, {len(files)} files")
    print("largest parts (unzipped):")
    for path in sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:15]:
        print(f"  {path.stat().st_size / MiB:6.1f} MiB  {path.relative_to(folder)}")


def self_test(folder: Path) -> int:
    exe = folder / (APP_NAME + (".exe" if sys.platform == "win32" else ""))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)   # the bundle must stand on its own
    started = time.monotonic()
    code = subprocess.run([str(exe), "--self-test"], env=env, cwd=folder.parent).returncode
    print(f"bundle self-test exit code {code} in {time.monotonic() - started:.1f} s")
    return code or portable_test(exe, env)


def portable_test(exe: Path, env: dict) -> int:
    """The same self-test from a 'stick': minka-data beside the executable, and the home,
    XDG and temporary folders pointed at empty ones that must stay empty."""
    data = exe.parent / "minka-data"
    data.mkdir(exist_ok=True)
    try:
        with tempfile.TemporaryDirectory(prefix="minka-elsewhere-") as elsewhere:
            places = {}
            for variable in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME",
                             "XDG_STATE_HOME", "TMPDIR", "TEMP", "TMP", "APPDATA",
                             "LOCALAPPDATA"):
                places[variable] = str(Path(elsewhere) / variable.lower())
                Path(places[variable]).mkdir()
            code = subprocess.run([str(exe), "--self-test"], env={**env, **places},
                                  cwd=exe.parent, capture_output=True).returncode
            written = [str(p) for p in Path(elsewhere).rglob("*") if p.is_file()]
        print(f"portable self-test exit code {code}; written outside minka-data: "
              f"{written or 'nothing'}")
        return code or (1 if written else 0)
    finally:
        shutil.rmtree(data, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test", action="store_true", help="run the bundle's self-test")
    parser.add_argument("--no-build", action="store_true", help="test the existing bundle")
    parser.add_argument("--network", metavar="FILE", type=Path, default=None,
                        help="the network identity to carry (`minka-server network show`)")
    args = parser.parse_args()
    folder = DIST / APP_NAME
    if not args.no_build:
        folder = build(args.network)
        report(folder, make_zip(folder))
    return self_test(folder) if args.test else 0


if __name__ == "__main__":
    sys.exit(main())
