"""Where a library lives: a SQLite file (a path) or a team library on PostgreSQL (a URL).

Nothing here imports SQLAlchemy at import time (planner/store/__init__.py keeps the store cheap to
load); display_url() loads its URL parser on first use.
"""

from __future__ import annotations

import re
from pathlib import Path

# A URL's scheme, as RFC 3986 writes it, followed by "://" ("C:\\x" or "a:b" are paths).
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
# Query parameters libpq reads a secret from: never shown, never written anywhere.
SECRET_PARAMETERS = ("password", "sslpassword")


def url_scheme(location: str | Path) -> str | None:
    """The scheme of a library URL ('postgresql'), or None for a file path."""
    if isinstance(location, Path):
        return None
    match = _SCHEME.match(str(location))
    return match.group(1).lower() if match else None


def is_postgres_url(location: str | Path) -> bool:
    return url_scheme(location) in POSTGRES_SCHEMES


def display_url(location: str | Path | None) -> str:
    """`location` as it may be shown or written anywhere: a path as it is, a URL without its password
    (nor a password= or sslpassword= parameter). Passwords come from libpq's usual places
    (~/.pgpass, PGPASSWORD, a service file), so a URL shown without one still says which library it is."""
    if location is None:
        return ""
    if url_scheme(location) is None:
        return str(location)
    text = str(location)
    try:
        from sqlalchemy.engine import URL, make_url

        url = make_url(text)
        url = URL.create(url.drivername, url.username, None, url.host, url.port, url.database,
                         {k: v for k, v in url.query.items() if k.lower() not in SECRET_PARAMETERS})
        return url.render_as_string(hide_password=True)
    except Exception:   # noqa: BLE001 - a URL SQLAlchemy cannot parse: strip by hand, never show it whole
        text = re.sub(r"^([^:/]+://[^:@/]*):[^@/]*@", r"\1@", text)
        return re.sub(r"(?i)([?&](?:password|sslpassword)=)[^&]*", r"\1***", text)


def url_password(location: str | Path | None) -> str:
    """The password written in a library URL ('' when there is none): what an error message must never show."""
    if location is None or url_scheme(location) is None:
        return ""
    try:
        from sqlalchemy.engine import make_url

        url = make_url(str(location))
        return url.password or next((str(v) for k, v in url.query.items() if k.lower() in SECRET_PARAMETERS), "")
    except Exception:   # noqa: BLE001
        match = re.match(r"^[^:/]+://[^:@/]*:([^@/]*)@", str(location))
        return match.group(1) if match else ""
