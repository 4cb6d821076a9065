"""Connecting to a team library on PostgreSQL: File → Connect to team library…, the password
prompt, and the display name each saved version records.

Credentials stay out of files: a password comes from libpq's usual places (~/.pgpass, PGPASSWORD, a
service file) or from the prompt here, and lives only in the open connection's memory. What the
settings keep is the URL without it (display_url), and the display name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QInputDialog, QLabel, QLineEdit,
                               QVBoxLayout)

from ..store import LibraryError, display_url, is_postgres_url

USER_KEY = "library/user"          # the display name, in the settings
URL_EXAMPLE = "postgresql://user@host:5432/database"
MAX_PASSWORD_TRIES = 3


def library_user(settings) -> str | None:
    """The display name chosen in the settings, or None (the store then takes $PLANNER_USER or the OS user)."""
    value = settings.value(USER_KEY)
    return value if isinstance(value, str) and value.strip() else None


def remembered_location(location: str) -> str:
    """What the settings may keep of a library's location: a path as it is, a URL without its password."""
    return display_url(location) if is_postgres_url(location) else location


def _with_password(url: str, password: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=password).render_as_string(hide_password=False)


def open_library(parent, location: str, user: str | None):
    """Library(location) — for a team library whose server asks a password that libpq's usual
    places do not give, asked for here (up to MAX_PASSWORD_TRIES times). LibraryError when it
    cannot be opened, or when the prompt is cancelled."""
    from ..store import Library

    attempt_url, asked = location, 0
    while True:
        try:
            return Library(attempt_url, user=user)
        except LibraryError as exc:
            if exc.kind != "login" or not is_postgres_url(location) or asked >= MAX_PASSWORD_TRIES:
                raise
            problem = exc
        asked += 1
        translate = QCoreApplication.translate      # (each literal still seen by the extraction)
        prompt = translate("TeamLibrary", "Password for the team library {0}:").format(display_url(location))
        if asked > 1:
            prompt = translate("TeamLibrary", "That password was refused.") + "\n" + prompt
        password, ok = QInputDialog.getText(parent, translate("TeamLibrary", "Team library password"), prompt,
                                            QLineEdit.Password)
        if not ok or not password:
            raise problem
        attempt_url = _with_password(location, password)


class ConnectDialog(QDialog):
    """The team library's URL and the name this user's saves carry."""

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to team library"))
        self.setObjectName("connectTeamLibrary")
        remembered = settings.value("library/path")
        self.url = QLineEdit(remembered if isinstance(remembered, str) and is_postgres_url(remembered) else "")
        self.url.setObjectName("teamLibraryUrl")
        self.url.setPlaceholderText(URL_EXAMPLE)
        self.url.setMinimumWidth(420)
        from ..store.library import saved_by_default

        self.user = QLineEdit(library_user(settings) or saved_by_default())
        self.user.setObjectName("teamLibraryUser")
        self.user.setMaxLength(100)
        explain = QLabel(self.tr(
            "The team library is a PostgreSQL database your organisation runs; ask its administrator "
            "for the address. The password comes from ~/.pgpass, PGPASSWORD or a service file, or the "
            "planner asks for it; it is never saved in the planner's settings or files. Every version "
            "you save records your name."))
        explain.setTextFormat(Qt.PlainText)
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Address (URL)"), self.url)
        form.addRow(self.tr("Your name"), self.user)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def location(self) -> str:
        return self.url.text().strip()

    def user_name(self) -> str:
        return self.user.text().strip()
