"""`python -m app` / `minka`: the desktop client, plus headless commands for scripts.

    minka [--profile DIR]                      open the window
    minka sync [--profile DIR]                 one sync, a summary, exit code 0/1
    minka signin --server URL --user NAME      sign a profile in (password from $MINKA_PASSWORD)
    minka demo                                 embedded demo server + window (used by `make run`)
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger("minka")


def _setup_logging(profile: Path | None, verbose: bool) -> None:
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if profile is not None:
        profile.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(profile / "minka.log", encoding="utf-8"))
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, handlers=handlers,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    logging.getLogger("urllib3").setLevel(logging.WARNING)


def _profile(args) -> Path:
    from app.store.peek import default_profile_dir
    return Path(args.profile) if args.profile else default_profile_dir()


def cmd_sync(args) -> int:
    from app.services import syncing
    from app.services.errors import UserError
    from app.store.db import Store
    from sync.client import Backoff, SyncError

    store = Store(_profile(args))
    options = {"batch": args.batch} if args.batch else {}
    if args.attempts:
        options["backoff"] = Backoff(base=args.backoff, max_attempts=args.attempts)
    try:
        summary = syncing.sync_now(store, **options)
    except UserError as exc:
        print(f"error: {exc.code} (sign in first: python -m app signin)", file=sys.stderr)
        return 2
    except SyncError as exc:
        print(f"error: sync failed: {exc.code}: {exc.detail}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"pushed {summary.pushed} ({summary.rejected} rejected), pulled {summary.pulled}, "
          f"{summary.bytes_up} bytes up, {summary.bytes_down} bytes down, "
          f"{summary.requests} requests, {summary.retries} retries, "
          f"{summary.seconds:.2f} s")
    return 0


def cmd_signin(args) -> int:
    from app.services import account
    from app.services.errors import UserError
    from app.store.db import Store
    from sync.client import SyncError

    password = args.password or os.environ.get("MINKA_PASSWORD")
    if not password:
        import getpass
        password = getpass.getpass(f"Password for {args.user}: ")
    store = Store(_profile(args))
    try:
        acct = account.sign_in(store, args.server, args.user, password)
    except (UserError, SyncError) as exc:
        print(f"error: sign-in failed: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"signed in as {acct.username} ({acct.role}) on {acct.server_url}, "
          f"device {acct.device_id}")
    return 0


def window_problem(language: str | None,
                   libraries: dict[str, str] | None = None) -> str | None:
    """Why Qt could not open a window here, in the person's words, or None if it can.

    Qt aborts the whole process, in English, when its platform plugin cannot load; say
    what to install before it gets the chance."""
    from app import system_packages
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None          # offscreen, wayland, vnc: chosen on purpose
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None
    english = language == "en"
    if not os.environ.get("DISPLAY"):
        log.error("no X display: DISPLAY is not set and no QT_QPA_PLATFORM was chosen")
        return ("Minka cannot open its window: this session has no graphical display."
                if english else
                "Minka no puede abrir su ventana: esta sesión no tiene pantalla gráfica. "
                "Ábralo desde el escritorio de la computadora.")
    if libraries is None:
        libraries = {**system_packages.QT_BASE, **system_packages.QT_XCB}
    missing = system_packages.missing_libraries(libraries)
    if not missing:
        return None
    log.error("Qt's xcb platform plugin cannot load; missing Debian packages: %s",
              " ".join(missing))
    line = "sudo " + system_packages.install_line(missing)
    if english:
        return ("Minka cannot open its window: this computer lacks some system libraries. "
                f"Ask whoever looks after it to run:\n\n    {line}\n")
    return ("Minka no puede abrir su ventana: a esta computadora le faltan algunas "
            "bibliotecas del sistema. Pida a quien la administra que ejecute:\n\n"
            f"    {line}\n")


def _can_open_window(args) -> bool:
    problem = window_problem(args.language)
    if problem:
        print(problem, file=sys.stderr)
    return problem is None


def cmd_gui(args) -> int:
    if not _can_open_window(args):
        return 1
    if args.profile or os.environ.get("MINKA_PROFILE"):
        from app.ui.application import run
        return run(_profile(args), language=args.language)
    # The computer's profiles, one per person (portable: on the stick).
    from app.ui.application import run_shared
    return run_shared(_profile(args).parent, language=args.language)


def cmd_demo(args) -> int:
    if not _can_open_window(args):
        return 1
    from app.demo import run_demo
    return run_demo(Path(args.data), language=args.language, user=args.user)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="minka", description="Minka desktop client")
    parser.add_argument("--profile", help="profile folder (default: the user data folder)")
    parser.add_argument("--language", choices=("es", "en"), default=None,
                        help="interface language (default: the profile's choice, or Spanish)")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on a temporary profile and exit")
    sub = parser.add_subparsers(dest="command")
    sync = sub.add_parser("sync", help="run one sync and print a summary")
    sync.add_argument("--batch", type=int, default=0, help="ops per request")
    sync.add_argument("--attempts", type=int, default=0, help="tries per request")
    sync.add_argument("--backoff", type=float, default=1.0, help="first retry delay (s)")
    sync.set_defaults(func=cmd_sync)
    signin = sub.add_parser("signin", help="sign this profile in to a server")
    signin.add_argument("--server", required=True)
    signin.add_argument("--user", required=True)
    signin.add_argument("--password", help="(default: $MINKA_PASSWORD, or asked)")
    signin.set_defaults(func=cmd_signin)
    demo = sub.add_parser("demo", help="start a demo server with demo data and open the app")
    demo.add_argument("--data", default=".minka-demo", help="folder for the demo server "
                                                            "and profile")
    demo.add_argument("--user", default="rosa.quispe",
                      help="demo account (e.g. julio.huaman, a facilitator)")
    demo.set_defaults(func=cmd_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    from app import portable
    portable.activate()   # before anything looks up where to write
    args = build_parser().parse_args(argv)
    if args.self_test:
        from app import selftest
        logging.basicConfig(level=logging.WARNING,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        return selftest.main()
    func = getattr(args, "func", cmd_gui)
    if func is cmd_demo:
        from app.demo import demo_profile
        profile = demo_profile(Path(args.data), args.user)
    else:
        profile = _profile(args)
    _setup_logging(profile, args.verbose)
    return func(args)


if __name__ == "__main__":
    sys.exit(main())
