"""Importing every module of a package once: how each side's entity registry
(sync/server/registry.py, app/store/registry.py) finds the entity modules that declare
themselves into it, with no list to keep."""
from __future__ import annotations

import importlib
import pkgutil
import threading

_lock = threading.Lock()
_loaded: set[str] = set()


def import_all(package_name: str) -> None:
    """Import each module of `package_name`, in name order, the first time it is asked."""
    if package_name in _loaded:
        return
    with _lock:
        if package_name in _loaded:
            return
        package = importlib.import_module(package_name)
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
            importlib.import_module(f"{package_name}.{info.name}")
        _loaded.add(package_name)
