"""Text from a file or a library is hostile: the rules for taking it in and for showing it again.

- `refuse_controls` keeps control characters (C0, C1), bidirectional overrides and line
  separators out of names and tags: they reorder or hide what a reader sees (a name that shows
  "report.pdf" but is "fdp.troper"), or break out of a line in a CSV or a terminal.
- `short` quotes at most ~60 characters of a value in a message, so an error about a 900 kB
  value is one line.
- `printable` escapes what a terminal would act on (escape sequences, bidi overrides).
- `spreadsheet_cell` neutralises CSV cells a spreadsheet would run as a formula (OWASP's
  CSV-injection guidance: = + - @ tab CR, and their full-width forms, get a leading ').

No imports from the rest of the planner: every layer may use it.
"""

from __future__ import annotations

import unicodedata

# Explicit bidi embeddings, overrides and isolates (Unicode's "Bidi_Control" minus the two marks,
# which are invisible but cannot reorder a run of text on their own).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LINE_SEPARATORS = frozenset("\u2028\u2029\x85")
QUOTE_LIMIT = 60


def forbidden_character(text: str, allow: str = "") -> str | None:
    """The first character of `text` a name may not hold (control, bidi control, line
    separator), other than those in `allow`; None when there is none."""
    for char in text:
        if char in allow:
            continue
        if char in BIDI_CONTROLS or char in LINE_SEPARATORS or unicodedata.category(char) == "Cc":
            return char
    return None


def describe_character(char: str) -> str:
    """'U+202E (RIGHT-TO-LEFT OVERRIDE)': how a message names an invisible character."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else " (a control character)")


def short(value, limit: int = QUOTE_LIMIT) -> str:
    """repr() of a value, cut to about `limit` characters: safe to print, never a screenful."""
    text = repr(value) if not isinstance(value, str) else repr(value[:limit + 1])
    return text if len(text) <= limit + 2 else text[:limit] + "…" + text[-1]


def printable(text: str, keep_newlines: bool = False) -> str:
    """`text` with every character a terminal would act on written as an escape (\\x1b, \\u202e)."""
    allow = "\n\t" if keep_newlines else ""
    if forbidden_character(text, allow) is None:
        return text
    return "".join(char if char in allow or forbidden_character(char) is None
                   else char.encode("unicode_escape").decode("ascii") for char in text)


_FORMULA_STARTS = tuple("=+-@\t\r\"'") + ("\uff1d", "\uff0b", "\uff0d", "\uff20")


def spreadsheet_cell(text: str) -> str:
    """A text cell a spreadsheet shows as text, never evaluates: a leading ' before anything that
    could start a formula (leading blanks are ignored by some spreadsheets, so they are looked past)."""
    return "'" + text if text.lstrip(" ").startswith(_FORMULA_STARTS) else text


def csv_field(text: str) -> str:
    """One CSV field: neutralised, then quoted when it holds a separator, a quote or a line break."""
    text = spreadsheet_cell(text)
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n\r') else text


def csv_comment(key: str, value: str) -> str:
    """A '# key: value' provenance line of a CSV file that stays one line and whose every
    comma-separated piece a spreadsheet shows as text (the line is split at commas when opened)."""
    pieces = printable(value).split(",")
    return f"# {key}: " + ",".join([pieces[0]] + [spreadsheet_cell(p) for p in pieces[1:]])
