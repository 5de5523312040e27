"""Shared fixtures: a seeded server on loopback, and signed-in client profiles."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.helpers import ServerProcess, seed, signed_in_profile  # noqa: E402


@pytest.fixture
def server(tmp_path):
    """A real server process with accounts ana and beto and one forum."""
    url = f"sqlite:///{tmp_path / 'server.db'}"
    seed(url)
    proc = ServerProcess(url, tmp_path / "server.log").start()
    yield proc
    proc.stop()


@pytest.fixture
def profile_factory(tmp_path, server):
    stores = []

    def make(username: str, name: str | None = None):
        store = signed_in_profile(tmp_path / (name or f"profile-{username}"), server.url,
                                  username)
        stores.append(store)
        return store
    yield make
    for store in stores:
        store.close()
