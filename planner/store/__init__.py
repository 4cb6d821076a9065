"""The scenario library (SQLite, or a team library on PostgreSQL, through SQLModel). Imports the model, never the UI.

SQLAlchemy and SQLModel take about a quarter of a second to import, so `planner.store.library`
loads on first use of anything here but LibraryError: the app paints its window first and
opens the library just after (planner/ui/app.py).
"""

from .errors import LibraryError
from .location import display_url, is_postgres_url

_IN_LIBRARY = ("DeletedScenario", "Library", "SavedVersion", "ScenarioSummary", "StoredScenario",
               "check_library_file", "default_library_path", "library_path")

__all__ = ["LibraryError", "display_url", "is_postgres_url", *_IN_LIBRARY]


def __getattr__(name: str):
    if name in _IN_LIBRARY:
        from . import library

        return getattr(library, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
