"""Languages: Qt translators for the UI's own strings, and translated copies of the model's
lever, outcome and assumption definitions for display.

The model keeps English as its single source of truth. The UI shows `levers()`,
`outcomes()` and `assumptions()` — the same specs with label, unit, explanation and
step names passed through Qt's translator (context "model"), and numbers written by
the UI locale (`locale_number`) — so `spec.format()` and every label come out in the
chosen language. Ids, ranges and groups never change.
Translations live in assets/i18n/planner_<lang>.ts (edited) and .qm (compiled by
tools/update_translations.py). Qt's own strings (message-box buttons, file dialogs, the
line-edit menu) come from Qt's qtbase_<lang>.qm, shipped with PySide6, loaded beside ours
when present.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields
from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, Qt, QTimeZone, QTranslator

from ..model import ASSUMPTIONS, GROUPS, LEVERS, OUTCOMES, Assumption, Lever, Outcome
from ..model.assumptions import US, KR, ENERGY, TALENT, CHINA, INDEX
from ..model.sources import cite

LANGUAGES = {"en": "English", "ko": "한국어"}
MODEL_CONTEXT = "model"
EXAMPLES_CONTEXT = "examples"    # the shipped example scenarios' names and notes
ATTACHED_UNITS = ("%", "×", "배")  # units written onto the number, without a space
# Money as each language's officials count it: Korean counts in 억 (10⁸) and 만 (10⁴), so a
# figure in $ billion is shown ten times larger in 억 달러 (39 → 390억 달러) and one in $ million
# a hundred times larger in 만 달러 (10 → 1,000만 달러). English unit → (factor, unit as written).
# These units are not in the .ts: the factor and the word must never part.
SCALED_UNITS = {
    "ko": {"$ billion": (10, "억 달러"),
           "$ billion / year": (10, "억 달러/년"),
           "$ million / year": (100, "만 달러/년")},
}
ASSUMPTION_GROUPS = (US, KR, ENERGY, TALENT, CHINA, INDEX)
# (translator, its .qm bytes): QTranslator.load(data) does not copy the data, so it must outlive the translator.
_installed: list[tuple[QTranslator, bytes]] = []
_current = ["en"]   # the language installed last


def model_strings() -> list[str]:
    """Every model string the UI shows, in a stable order (tools/update_translations.py uses it)."""
    from ..model.questions import question_strings   # not loaded at the app's start

    texts: list[str] = []
    for spec in LEVERS:
        texts += [spec.label, spec.unit, spec.explanation, *spec.choices]
    for spec in OUTCOMES:
        texts += [spec.label, spec.unit, spec.explanation]
    for spec in ASSUMPTIONS:
        texts += [spec.label, spec.unit, spec.explanation]
    texts += [*GROUPS, *ASSUMPTION_GROUPS, cite(())]
    texts += question_strings()      # Help → Questions the model answers
    scaled = {unit for units in SCALED_UNITS.values() for unit in units}
    return list(dict.fromkeys(t for t in texts if t and t not in scaled))


def example_strings() -> list[str]:
    """The names and notes of the shipped examples (tools/update_translations.py adds them)."""
    from ..scenario import example_scenarios

    return list(dict.fromkeys(t for s in example_scenarios() for t in (s.name, s.notes) if t))


def examples():
    """The shipped example scenarios, named and described in the UI's language (the files are
    English; a Korean user opens, saves and briefs them under their Korean names)."""
    from dataclasses import replace

    from ..scenario import example_scenarios

    def translate(text):
        return QCoreApplication.translate(EXAMPLES_CONTEXT, text) if text else text

    return [replace(s, name=translate(s.name), notes=translate(s.notes)) for s in example_scenarios()]


def citation(spec) -> str:
    """A lever's or assumption's sources, as published (a ministry paper cites a foreign source
    in its own language); a value with no published source says so in the UI's language."""
    return spec.citation if spec.sources else tr_model(spec.citation)


def escape_mnemonic(text: str) -> str:
    """Text for a widget that reads & as a mnemonic (buttons, tabs, menu actions, group boxes,
    labels with a buddy): "R&D" would show as "RD", so a definition's & is doubled."""
    return text.replace("&", "&&")


def qt_translations_folder() -> str:
    """Where Qt's own translations are (PySide6/Qt/translations in the wheel)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _qt_translator(app, language: str):
    """Qt's own strings (Save/Discard/Cancel, file dialogs) in `language`, or None when the file
    is absent (a trimmed build): then they stay English, and nothing else changes."""
    translator = QTranslator(app)
    try:
        loaded = translator.load(f"qtbase_{language}", qt_translations_folder())
    except Exception:  # noqa: BLE001 - a missing or odd Qt installation must not stop the app
        loaded = False
    return translator if loaded else None


def tr_model(text: str) -> str:
    return QCoreApplication.translate(MODEL_CONTEXT, text) if text else text


def default_language() -> str:
    return "ko" if QLocale.system().language() == QLocale.Korean else "en"


def chosen_language(settings) -> str:
    """The language kept in the settings (View → Language), else the system's."""
    saved = settings.value("ui/language")
    return saved if isinstance(saved, str) and saved in LANGUAGES else default_language()


def current_language() -> str:
    return _current[0]


def install(app, language: str) -> str:
    """Load the translator for `language` ("en" needs none). Returns the language in force."""
    for translator, _ in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _cached_specs.cache_clear()
    if language not in LANGUAGES:
        language = "en"
    if language != "en":
        translator = QTranslator(app)
        data = (files(__package__) / "assets" / "i18n" / f"planner_{language}.qm").read_bytes()
        if translator.load(data):
            qt_own = _qt_translator(app, language)
            if qt_own is not None:                  # installed first, so ours win any overlap
                app.installTranslator(qt_own)
                _installed.append((qt_own, b""))
            app.installTranslator(translator)
            _installed.append((translator, data))
            QLocale.setDefault(QLocale(QLocale.Korean, QLocale.SouthKorea))
        else:
            language = "en"
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
    _current[0] = language
    return language


def locale_number(value: float, decimals: int, signed: bool = False) -> str:
    """A number as the UI's locale writes it (grouping, decimal mark, signs), like the model's
    plain_number: '1,234.5', '+0.3'."""
    locale = QLocale()
    text = locale.toString(float(value), "f", decimals)
    if signed and not text.startswith(locale.negativeSign()):
        text = locale.positiveSign() + text
    return text


def locale_datetime(iso_utc: str) -> str:
    """An ISO 8601 UTC time stamp (the library's) as local time in the UI locale's short form."""
    stamp = QDateTime.fromString(iso_utc[:19], Qt.ISODate)
    if not stamp.isValid():
        return iso_utc
    stamp.setTimeZone(QTimeZone.UTC)
    return QLocale().toString(stamp.toLocalTime(), QLocale.ShortFormat)


def resilience_weights_lines(assumption_overrides) -> list[str]:
    """The resilience index's weights as the engine applies them (normalised): 'label: 20%' each."""
    from ..model import resilience_weights

    labels = {spec.id: spec.label for spec in assumptions()}
    return [f"{labels[key]}: {locale_number(100 * share, 0)}%"
            for key, share in resilience_weights(assumption_overrides).items()]


def locale_general(value: float) -> str:
    """Up to six significant digits in the UI's locale, as Python's `:g` writes them."""
    return QLocale().toString(float(value), "g", 6)


def shown_unit(unit: str) -> tuple[float, str]:
    """(factor, unit as written) for a model unit in the UI's language: a value is shown as
    value × factor in that unit (see SCALED_UNITS); 1 and the translated unit otherwise."""
    return SCALED_UNITS.get(_current[0], {}).get(unit) or (1, tr_model(unit))


class _Shown:
    """What the UI's copies of the specs add: the value as shown (`shown`, in `unit`, which may
    be a scaled one) and back (`from_shown`, for what a user types), at `shown_decimals`.
    Charts, spin boxes and texts all go through these — `number`, which the model's own
    format() and format_change() call, too — so a number never meets a unit it was not scaled
    for."""
    __slots__ = ()

    def shown(self, value):
        """A model value (or array) in the unit shown."""
        return value if self.scale == 1 else value * self.scale

    def from_shown(self, value: float) -> float:
        """A value typed in the unit shown, in the model's unit."""
        return value if self.scale == 1 else value / self.scale

    def _fewer(self, decimals: int) -> int:
        """Decimals of the model's unit, fewer by the factor's digits (39.5 $ billion → 395억 달러)."""
        return max(0, decimals - len(str(int(self.scale))) + 1)

    @property
    def shown_decimals(self) -> int:
        return self._fewer(self.decimals)

    def number(self, value: float, decimals: int, signed: bool = False) -> str:
        """A model value in the unit shown, as the UI's locale writes it."""
        return locale_number(self.shown(value), self._fewer(decimals), signed)


def unit_attaches(unit: str) -> bool:
    """Whether the unit is written onto its number, as both languages print them: a percentage or
    a multiple ("20%", "2.4배", "2.4×"), an amount in 억 or 만 ("390억 달러"); others are spaced."""
    return unit[:1] in ATTACHED_UNITS or unit[:1] in "억만"


def _with_unit(unit: str, number: str) -> str:
    return f"{number}{unit}" if unit_attaches(unit) else f"{number} {unit}"


@dataclass(frozen=True, slots=True)
class _LocalLever(_Shown, Lever):
    scale: float = 1

    def with_unit(self, number: str) -> str:
        return _with_unit(self.unit, number)


@dataclass(frozen=True, slots=True)
class _LocalOutcome(_Shown, Outcome):
    scale: float = 1

    def with_unit(self, number: str) -> str:
        return _with_unit(self.unit, number)


@dataclass(frozen=True, slots=True)
class _LocalAssumption(_Shown, Assumption):
    scale: float = 1
    decimals: int = 0       # of the model's unit: values are written with up to six significant digits


def _translated(local_class, spec, **translated):
    """A copy of `spec` as `local_class` (same fields, numbers in the UI locale), with labels
    translated and its unit as the UI's language writes it (scaled where it counts otherwise)."""
    values = {f.name: getattr(spec, f.name) for f in fields(spec)}
    scale, unit = shown_unit(spec.unit)
    values.update(label=tr_model(spec.label), unit=unit, explanation=tr_model(spec.explanation), scale=scale,
                  **translated)
    return local_class(**values)


@functools.lru_cache(maxsize=1)
def _cached_specs():
    levers = tuple(_translated(_LocalLever, s, choices=tuple(tr_model(c) for c in s.choices)) for s in LEVERS)
    # " pp": percentage points, after a signed change in a share (Korean writes "%p", no space).
    points = QCoreApplication.translate("Outcome", " pp")
    outcomes = tuple(_translated(_LocalOutcome, o, points=points) for o in OUTCOMES)
    assumptions = tuple(_translated(_LocalAssumption, a) for a in ASSUMPTIONS)
    return levers, outcomes, assumptions


def levers():
    return _cached_specs()[0]


def outcomes():
    return _cached_specs()[1]


def assumptions():
    return _cached_specs()[2]


def lever_by_id(lever_id: str):
    return next(s for s in levers() if s.id == lever_id)


def outcome_by_id(outcome_id: str):
    return next(o for o in outcomes() if o.id == outcome_id)


def group_name(group: str) -> str:
    return tr_model(group)
