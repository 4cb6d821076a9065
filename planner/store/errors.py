"""The library's user errors, apart from the SQL code so that catching one loads no SQLAlchemy."""

from __future__ import annotations

from ..errors import UserError


class LibraryError(UserError):
    """A library problem a user can act on; `kind` lets the app offer the right way out."""

    def __init__(self, template: str, kind: str = "error", **values):
        super().__init__(template, **values)
        self.kind = kind
