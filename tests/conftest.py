import os

pytest_plugins = ["pgserver"]   # a throwaway PostgreSQL server: tests/pgserver.py

# Before any QApplication exists: headless everywhere, also on a desktop.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

# Property tests draw the same examples on every run (no random seed, no example database), so a
# green suite stays green three times in a row; tools or a developer can still search deeper
# with --hypothesis-seed or a profile of their own.
from hypothesis import settings  # noqa: E402

settings.register_profile("repeatable", derandomize=True, database=None)
settings.load_profile("repeatable")
