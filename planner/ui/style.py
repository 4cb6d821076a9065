"""Colours, fonts and the stylesheet: one place for the look."""

from __future__ import annotations

SCENARIO = "#1f5fbf"     # the scenario's curve
BASELINE = "#9aa4b2"     # the baseline's faint dashed curve
BETTER = "#1a7f37"
WORSE = "#c62828"
SAME = "#57606a"
GRID_BG = "#f6f8fa"
TEXT = "#1f2328"
MUTED = "#57606a"
YEAR_LINE = "#d0a000"
GRID_LINE = "#e8ebef"
# The uncertainty bands: the scenario's blue at 13% over the chart's white (5–95%), and at 27%
# more over that (25–75%, drawn on top). Opaque, as they look: Qt fills an opaque area span by
# span, where a translucent one is blended pixel by pixel (a band's repaint ~25% dearer), and
# nothing the bands cover shows through them (the grid lines and curves are drawn above them).
BAND_OUTER = "#e1eaf6"
BAND_INNER = "#acc4e7"
HISTORY_BG = "#eef1f4"            # the recorded years behind every chart
FOCUS = "#0b57d0"                 # the keyboard-focus ring
TILE_BG = "#ffffff"               # an outcome's card
RAISES = "#1f5fbf"                # what drives this: the input's high end raises the outcome (blue)
LOWERS = "#d9480f"                # ... lowers it (orange; blue/orange stay apart for colour-blind eyes)
COMPARE_COLOURS = ("#1f5fbf", "#d9480f", "#2b8a3e", "#862e9c")  # distinct, colour-blind-safe enough

JUDGEMENT_COLOURS = {"better": BETTER, "worse": WORSE, "same": SAME}

STYLESHEET = f"""
QWidget#leverPanel {{ background: white; }}
QFrame#leverRow {{ border-bottom: 1px solid #e1e4e8; }}
QLabel#leverLabel {{ font-weight: 600; color: {TEXT}; }}
QLabel#leverUnit, QLabel#leverNote, QLabel#stepName {{ color: {MUTED}; }}
QFrame#outcomeTile {{ background: {TILE_BG}; border: 1px solid #d8dee4; border-radius: 6px; }}
QLabel#tileTitle {{ font-weight: 600; color: {TEXT}; }}
QLabel#tileValue {{ font-weight: 700; color: {TEXT}; }}
QLabel#tileUnit {{ color: {MUTED}; }}
QLabel#groupTitle {{ font-weight: 700; color: {MUTED}; padding-top: 6px; }}
QWidget#chartArea {{ background: {GRID_BG}; }}
QLabel#tileYear {{ color: {MUTED}; }}
QWidget#libraryAlert {{ background: #fff4d6; border-bottom: 1px solid #e3c26b; }}
QLabel#libraryAlertText {{ color: {TEXT}; }}
QLabel#leverLabel[moved="true"] {{ color: {SCENARIO}; font-weight: 800; }}
QDoubleSpinBox[edited="true"] {{ font-weight: 700; }}
/* Keyboard focus, clearly: a ring in the scenario blue (a transparent one keeps the size when unfocused). */
QSlider, QCheckBox {{ border: 2px solid transparent; border-radius: 4px; }}
QSlider:focus, QCheckBox:focus, QToolButton:focus {{ border: 2px solid {FOCUS}; }}
QPushButton {{ border: 1px solid #8c959f; border-radius: 4px; padding: 4px 12px; background: #f6f8fa; color: {TEXT}; }}
QPushButton:hover {{ background: #eef1f4; }}
QPushButton:pressed {{ background: #e1e4e8; }}
QPushButton:disabled {{ color: #8c959f; }}
QPushButton:focus {{ border: 2px solid {FOCUS}; padding: 3px 11px; }}
QAbstractSpinBox {{ border: 1px solid #8c959f; border-radius: 3px; padding: 1px 2px; background: white; }}
QAbstractSpinBox:focus {{ border: 2px solid {FOCUS}; padding: 0px 1px; }}
QAbstractSpinBox:disabled {{ color: #8c959f; background: {GRID_BG}; }}
/* A lever's exact-value box has no arrows (the slider is beside it). Not NoButtons: with a styled
   border, Qt then leaves the text field one pixel wide. */
QAbstractSpinBox[exactValue="true"]::up-button, QAbstractSpinBox[exactValue="true"]::down-button {{
    width: 0px; border: none; }}
QScrollArea#chartScroll:focus {{ border: 2px solid {FOCUS}; }}
"""


def set_flag(widget, name: str, on: bool) -> None:
    """Set the dynamic property a style-sheet rule selects on (QLabel#leverLabel[moved="true"]) and
    re-polish the widget so the rule applies now. A font set in code would not last: Qt's
    style-sheet style sets a widget's font again when it polishes it (on its first show)."""
    if bool(widget.property(name)) == on:
        return
    widget.setProperty(name, on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
