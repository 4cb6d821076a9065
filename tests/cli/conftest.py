"""Shared by the CLI tests."""

import pytest


@pytest.fixture(autouse=True)
def no_real_library(tmp_path, monkeypatch):
    """Nothing here may reach the user's library or their name: PLANNER_DB and the data folders
    point into tmp_path, and who saves comes from the OS user unless a test says otherwise."""
    monkeypatch.setenv("PLANNER_DB", str(tmp_path / "env-library.sqlite"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("PLANNER_USER", raising=False)
