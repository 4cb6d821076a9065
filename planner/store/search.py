"""Search and order in SQL, on both engines (used by library.Library).

What a search finds is what it always found (tests/store/test_library.py, test_search.py): the
scenarios whose name, or one of whose tags, contains the search text, ignoring case
(str.casefold: SQL's lower() folds only ASCII in SQLite), Korean and every other script alike;
the tags' JSON punctuation never matches; %, _, quotes and backslashes are found as their own
text. The order is list()'s: by the casefolded name, then the name, compared as Python compares
text (code points: SQLite's BINARY, PostgreSQL's "C" collation).

The casefolded copies live in two columns of the scenario row, written with the row by the
library (search_fields): search_name, and search_tags (the tags one a line: a tag holds no
control character, so a search without one never matches across two tags). SQLite adds an FTS5
table of their trigrams, scenario_search (rowid = scenario.id), kept in step by the library's own
writes (a library holds no trigger); PostgreSQL uses trigram GIN indexes of the two columns when
pg_trgm is there, else scans them (postgres.add_trigram_indexes), and counts from a table of the
search text alone, also named scenario_search (id = scenario.id), kept in step the same way.

How a search runs:
- SQLite, 3 characters or more: MATCH of the text as one FTS5 phrase (quotes doubled) in the
  trigram index, case-sensitive over the casefolded text: exactly a substring search.
- SQLite, 1-2 characters (too short for a trigram), or a search the full-text index says matches
  many rows (MANY): instr() over the two columns, scanning the index ix_scenario_search_scan in
  list order (it holds the search text: a few MB) and stopping at the end of the page. Counts of
  3+ character searches come from the full-text index alone.
- PostgreSQL: LIKE '%text%' over the two columns, its wildcards and backslash escaped: a page
  from the scenario table (trigram indexes, or its index in list order), a count from the table
  scenario_search, which holds the search text alone (scanning it reads a few MB).
- A search holding a control character (which no valid tag holds, and which would match across
  tags) looks at names only.
"""

from __future__ import annotations

import json
import unicodedata

TAG_SEPARATOR = "\n"
TRIGRAM = 3
MANY = 2000


def fold(text: str) -> str:
    return str(text).casefold()


def search_fields(name, tags_json) -> tuple[str, str]:
    """(search_name, search_tags) for a row holding `name` and the JSON `tags_json` (damaged tags,
    like a listing's, count as none)."""
    return fold(stored_text(name)), TAG_SEPARATOR.join(fold(tag) for tag in stored_tags(tags_json))


def needle(search: str) -> str:
    """The text a search looks for: stripped, casefolded ('' lists everything)."""
    return fold(search.strip())


def names_only(text: str) -> bool:
    """Whether a search for `text` looks at names only (it holds a control character)."""
    return any(unicodedata.category(c) == "Cc" for c in text)


def fts_phrase(text: str, columns: str = "{name tags}") -> str:
    """An FTS5 query finding `text` as a substring of the columns (one phrase, its quotes doubled)."""
    return f'{columns} : "' + text.replace('"', '""') + '"'


def like_pattern(text: str) -> str:
    """A LIKE pattern (ESCAPE '\\') finding `text` anywhere."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def where(engine_name: str, text: str, many: bool = False,
          columns: tuple[str, str] = ("s.search_name", "s.search_tags")) -> tuple[str, dict]:
    """An SQL condition on the scenario table (alias s) for a search of the folded `text`, and its
    parameters (named: :x). '' for no search. `many` (SQLite): the search matches many rows, so
    scanning the search index in list order finds a first page sooner than the full-text index."""
    if not text:
        return "", {}
    if engine_name == "postgresql":
        if "\x00" in text:                  # no PostgreSQL text holds NUL: nothing matches
            return "FALSE", {}
        pattern = {"pattern": like_pattern(text)}
        name, tags = columns
        if names_only(text):
            return f"{name} LIKE :pattern ESCAPE '\\'", pattern
        return f"({name} LIKE :pattern ESCAPE '\\' OR {tags} LIKE :pattern ESCAPE '\\')", pattern
    if names_only(text):
        return "instr(s.search_name, :text) > 0", {"text": text}
    if len(text) < TRIGRAM or many:
        return "(instr(s.search_name, :text) > 0 OR instr(s.search_tags, :text) > 0)", {"text": text}
    return ("s.id IN (SELECT rowid FROM scenario_search WHERE scenario_search MATCH :phrase)",
            {"phrase": fts_phrase(text)})


def sqlite_hits(text: str) -> str | None:
    """SQL counting the rows a trigram search (3+ characters, no control character) finds, from the
    full-text index alone (it holds one entry per scenario); None where that does not apply."""
    if len(text) < TRIGRAM or names_only(text):
        return None
    return "SELECT count(*) FROM scenario_search WHERE scenario_search MATCH :phrase"


def stored_text(value) -> str:
    """A stored text value as text, whatever a damaged row holds instead (bytes, a number)."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)


def stored_tags(stored) -> tuple[str, ...]:
    """A row's tags for a listing or the search index: none when they are damaged (get() says how)."""
    try:
        tags = json.loads(stored)
    except (ValueError, TypeError, RecursionError):
        return ()
    return tuple(tags) if isinstance(tags, list) and all(isinstance(tag, str) for tag in tags) else ()
