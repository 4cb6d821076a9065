"""Errors a user can cause (a bad file, a busy library), carried as an English template and its values.

The CLI prints `str(error)`: the template filled in. The UI looks the template up in its
translations (Qt context "Errors") and fills in the same values, so a Korean user reads the
whole message in Korean (planner/ui/safe.py). tools/update_translations.py finds the templates
by reading the source: every call of a UserError class whose first argument is a literal string,
so a template must be written out where the error is raised, not built.
No Qt here: the store, the scenario format and the CLI use it.
"""

from __future__ import annotations

ERRORS_CONTEXT = "Errors"


class UserError(Exception):
    def __init__(self, template: str, **values):
        # Without values the text is taken as it is: it may hold braces (a name typed by a user).
        super().__init__(template.format(**values) if values else template)
        self.template = template
        self.values = values

