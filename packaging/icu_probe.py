"""ICU probe: what Qt computes with ICU for English and Korean, printed as JSON, then exit.

Inert unless PLANNER_ICU_PROBE is set. It is a PyInstaller runtime hook of the packaged app
(it runs before the app's own code), and smoke_test.py also runs it with the source install:

    PLANNER_ICU_PROBE=1 dist/planner/planner                 # the build's trimmed ICU data
    PLANNER_ICU_PROBE=1 .venv/bin/python packaging/icu_probe.py   # the wheel's full ICU data

The two outputs must be equal: the build's ICU data is trimmed to en, ko and root
(packaging/trim_icu.py), and this covers every ICU service Qt 6 calls — QCollator (sort
order, also case-insensitive, numeric and ignoring punctuation), QLocale::toUpper/toLower,
QTimeZone display names, and the codecs QStringConverter takes from ICU (the Korean and
single-byte ones the trimmed data keeps) — plus QLocale's number and date formats (Qt's own
data, not ICU's, listed so that a change there shows too). de_DE is not compared: the
trimmed data has no German, and the "info" part shows how its time-zone names fall back.
"""

import os


def probe() -> dict:
    import functools
    from pathlib import Path

    import PySide6
    from PySide6.QtCore import (
        QBuffer,
        QByteArray,
        QCollator,
        QDate,
        QDateTime,
        QLocale,
        QStringConverter,
        QStringDecoder,
        Qt,
        QTime,
        QTimeZone,
        QXmlStreamReader,
    )

    words = ["가나다", "가나", "까치", "나비", "한국", "힣", "ㄱ", "ㅎ", "韓國", "漢字", "apple", "Apple", "banana",
             "Zebra", "zoo", "item10", "item2", "éclair", "eclair", "Ärger", "a-b", "ab", "2024", "ka", "Ka"]
    options = {
        "default": lambda c: None,
        "case-insensitive": lambda c: c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive),
        "numeric": lambda c: c.setNumericMode(True),
        "ignore-punctuation": lambda c: c.setIgnorePunctuation(True),
    }
    january, july = (QDateTime(QDate(2024, month, 15), QTime(12, 0), QTimeZone.utc()) for month in (1, 7))
    compared = {}
    for name in ("en_US", "ko_KR", "en", "ko", "en_GB", "C"):
        locale = QLocale(name)
        result = {}
        for option, setup in options.items():
            collator = QCollator(locale)
            setup(collator)
            result[f"sorted {option}"] = sorted(words, key=functools.cmp_to_key(collator.compare))
        result["toUpper"] = locale.toUpper("istanbul ıi ǆ straße άλφα 한국어 ﬁ")
        result["toLower"] = locale.toLower("İSTANBUL I Ǆ ΣΑΣ 한국어")
        for zone in ("Asia/Seoul", "America/New_York", "Europe/London", "UTC", "Asia/Tokyo", "Europe/Berlin"):
            tz = QTimeZone(zone.encode())
            for when in (january, july):
                for kind in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName,
                             QTimeZone.NameType.OffsetName):
                    result[f"{zone} {when.date().month()} {kind.name}"] = tz.displayName(when, kind, locale)
        result["formats"] = [locale.toString(1234567.891, "f", 2), locale.toString(QDate(2024, 3, 5),
                             QLocale.FormatType.LongFormat), locale.toCurrencyString(1234.5),
                             locale.toString(QDateTime(QDate(2024, 3, 5), QTime(14, 5)), QLocale.FormatType.ShortFormat)]
        compared[name] = result
    # Upper and lower case under other languages' special rules (tr, el, lt): compiled into
    # libicuuc, not in the data, so trimming must not change them either
    compared["special casing"] = [QLocale(n).toUpper("iıi̇ άλφα") + QLocale(n).toLower("IİÌ")
                                  for n in ("tr_TR", "el_GR", "lt_LT")]

    # QStringDecoder cannot decode from Python (no binding for its call operator), but
    # QXmlStreamReader decodes a document's declared encoding with it
    codecs = {}
    for codec, text, python_codec in (("EUC-KR", "한국어 텍스트", "euc_kr"), ("windows-949", "똠방각하", "cp949"),
                                      ("ISO-2022-KR", "한국어", "iso2022_kr"), ("windows-1252", "café €", "cp1252"),
                                      ("ISO-8859-2", "Zażółć", "iso8859_2"), ("KOI8-R", "привет", "koi8_r"),
                                      ("IBM437", "│box│", "cp437"), ("macintosh", "café", "mac_roman")):
        data = f'<?xml version="1.0" encoding="{codec}"?><t>'.encode() + text.encode(python_codec) + b"</t>"
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        xml = QXmlStreamReader(buffer)
        while not xml.atEnd() and xml.readNext() != QXmlStreamReader.TokenType.Characters:
            pass
        codecs[codec] = [QStringDecoder(codec).isValid(), xml.text(), xml.errorString()]
    compared["codecs"] = codecs

    libraries = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    info = {
        "icu data bytes": libraries[0].stat().st_size if libraries else None,
        "codecs available": len(QStringConverter.availableCodecs()),
        "de_DE Asia/Seoul": QTimeZone(b"Asia/Seoul").displayName(january, QTimeZone.NameType.LongName, QLocale("de_DE")),
    }
    return {"compared": compared, "info": info}


if os.environ.get("PLANNER_ICU_PROBE"):
    import json
    import sys

    json.dump(probe(), sys.stdout, ensure_ascii=True, indent=1, sort_keys=True)
    sys.stdout.write("\n")
    sys.stdout.flush()
    sys.exit(0)
