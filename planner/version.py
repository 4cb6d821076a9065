"""The installed app version (from the package metadata written from pyproject.toml)."""

from importlib.metadata import PackageNotFoundError, version


def app_version() -> str:
    try:
        return version("korea-us-planner")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0+unknown"
