"""The scenario library (SQLite through SQLModel). Imports the model, never the UI."""

from .library import (DeletedScenario, Library, LibraryError, SavedVersion, ScenarioSummary, StoredScenario,
                      check_library_file, default_library_path, library_path)

__all__ = ["DeletedScenario", "Library", "LibraryError", "SavedVersion", "ScenarioSummary", "StoredScenario",
           "check_library_file", "default_library_path", "library_path"]
