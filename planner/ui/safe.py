"""Showing user text (scenario names, notes, tags, file names) as plain text, always.

Qt renders anything that looks like HTML as rich text in labels, message boxes and
tooltips; pyqtgraph's labels and legends are always HTML; a window title takes "[*]" for a
mark and a button "&" for a shortcut (i18n.escape_mnemonic). A scenario named "<img src=…>"
must show exactly those characters.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox


def rich(text: str) -> str:
    """Rich text that shows `text` literally, line breaks and runs of spaces kept. Always a <p>:
    escaped text alone may not look like rich text to Qt, which would then show "&amp;" as it is."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


tooltip = rich   # a tooltip that shows the text literally (tooltips have no plain-text switch)


def html_text(text: str) -> str:
    """`text` for pyqtgraph's labels, legends and axis titles, which are HTML: shown literally, a run
    of spaces kept (each space but the last of a run is a non-breaking one)."""
    return re.sub(" (?= )", "&nbsp;", html.escape(text))


def window_title(text: str) -> str:
    """`text` in a window title, where "[*]" is the unsaved-changes mark and "[*][*]" shows "[*]"."""
    return text.replace("[*]", "[*][*]")


def message_box(parent, icon, title: str, text: str, buttons=QMessageBox.Ok, default=None,
                informative: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.PlainText)
    if informative:       # (no plain-text switch for the informative text either)
        box.setInformativeText(rich(informative))
    if default is not None:
        box.setDefaultButton(default)
    return box


def warn(parent, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Warning, title, text).exec()


# When a message has no translation (it wraps another layer's English text, such as a lever's
# range or pydantic's wording), a headline in the UI's language comes first, for each kind of
# library problem; the English message follows as the detail.
_LIBRARY_HEADLINES = {
    "not_library": QT_TRANSLATE_NOOP("Errors", "This file is not a planner library."),
    "foreign": QT_TRANSLATE_NOOP("Errors", "This file belongs to another application."),
    "damaged": QT_TRANSLATE_NOOP("Errors", "The library is damaged."),
    "newer": QT_TRANSLATE_NOOP("Errors", "The library was written by a newer planner."),
    "missing": QT_TRANSLATE_NOOP("Errors", "There is no such scenario in the library."),
    "exists": QT_TRANSLATE_NOOP("Errors", "A scenario with that name already exists."),
    "busy": QT_TRANSLATE_NOOP("Errors", "The library is busy in another copy of the planner; try again in a moment."),
    "unwritable": QT_TRANSLATE_NOOP("Errors", "The library cannot be written to."),
    "unreadable": QT_TRANSLATE_NOOP("Errors", "The library cannot be read."),
    "bad_name": QT_TRANSLATE_NOOP("Errors", "That name cannot be used."),
    "disk_full": QT_TRANSLATE_NOOP("Errors", "The disk is full; nothing was saved."),
    "tampered": QT_TRANSLATE_NOOP("Errors", "This library holds something a planner library never does, so it was "
                                            "not opened (docs/SECURITY.md says what to do)."),
    "foreign_wal": QT_TRANSLATE_NOOP("Errors", "A file beside the library belongs to another library; nothing was "
                                               "changed."),
}
_SCENARIO_HEADLINE = QT_TRANSLATE_NOOP("Errors", "The scenario or file cannot be used.")
_OTHER_HEADLINE = QT_TRANSLATE_NOOP("Errors", "The library could not be used.")


def explain(exc: Exception) -> str:
    """A user error for a dialog, in the UI's language: the error's template translated and
    filled with its values (planner/errors.py); failing that, a translated headline and then
    the English message. In English, the message as it is."""
    from ..errors import ERRORS_CONTEXT, UserError
    from ..store import LibraryError

    if isinstance(exc, UserError):
        translated = QCoreApplication.translate(ERRORS_CONTEXT, exc.template)
        if translated != exc.template:
            try:
                return translated.format(**exc.values)
            except (KeyError, IndexError, ValueError):   # a translation that lost a placeholder
                pass
    if isinstance(exc, LibraryError):
        headline = _LIBRARY_HEADLINES.get(exc.kind, _OTHER_HEADLINE)
    else:
        headline = _SCENARIO_HEADLINE
    translated = QCoreApplication.translate(ERRORS_CONTEXT, headline)
    return str(exc) if translated == headline else f"{translated}\n\n{exc}"
