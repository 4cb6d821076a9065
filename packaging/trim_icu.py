"""Trim the ICU data that Qt links (libicudata.so.NN) to what this app can use.

Called by packaging/planner.spec after Analysis, on Linux:

    binaries = trim_icu.trim_in_toc(a.binaries, Path(workpath) / "icu")

Standalone, to try it on a library (writes OUT_DIR/libicudata.so.NN and prints what it kept):

    .venv/bin/python packaging/trim_icu.py .venv/lib/python3.13/site-packages/PySide6/Qt/lib/libicudata.so.73 /tmp/icu

Why: PySide6's Qt links ICU, and libicudata.so.NN (32 MB of the build's 260 MB) is nothing but
ICU's common data package, one read-only blob under the symbol icudtNN_dat, with every
locale's collation, time-zone names, currencies, units, word-break dictionaries, ~200 legacy
codecs and so on. Qt 6 calls ICU for four things only (libQt6Core's undefined ICU symbols
show it): QCollator (ucol_*), QLocale::toUpper/toLower (u_strToUpper/Lower, whose case data
is compiled into libicuuc), QTimeZone's display names (ucal_getTimeZoneDisplayName) and
QStringConverter's non-Unicode codecs (ucnv_*). The app speaks English and Korean and sets
QLocale's default to en_US or ko_KR, so those calls only ever need the en, ko and root data.

How: take the blob out of the wheel's library, drop the other items with ICU's own icupkg
(Debian's icu-devtools; the common-data package format does not change between ICU
versions, so icupkg 72 handles 73's data, and it refuses to write a package in which a kept
item depends on a dropped one), and link the rest into a new libicudata.so.NN with the same
soname and symbol, using only binutils (as, ld), which the build already needs for strip.
libicuuc finds the data through that symbol, so nothing else in the bundle changes.

Kept: every item that is not locale data (Unicode properties, normalization, the root
collation table, likely subtags, time-zone rules and metazones, ...) and, in every tree
(collation, zone names, currencies, ...), the locales root, en* and ko*; the single-byte
codecs and the Korean multi-byte ones (EUC-KR, CP949/UHC, ISO-2022-KR).
Dropped: other languages' locale data; the Chinese, Japanese, Taiwanese and EBCDIC multi-byte
codecs; and what Qt never calls into: transliteration rules, the Thai/Lao/Khmer/Burmese/CJK
word-break dictionaries (only ICU's break iterators read them, which Qt does not use),
Unicode character names, the spoof checker's confusables, StringPrep and UTS #46 (IDNA)
data. packaging/icu_probe.py, run by smoke_test.py, checks the built app against the wheel's
full data: collation, case mapping, time-zone names and the kept codecs, for en and ko.

Any failure (no icupkg, as or ld; an unexpected file) keeps the full library, with a warning:
the build works either way, only larger.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

LIBRARY = re.compile(r"^libicudata\.so\.(\d+)$")
KEEP_LANGUAGES = {"root", "en", "ko"}
# A locale item's name: language (2-3 letters) or root, then _Script, _REGION, _VARIANT parts.
# Data that is not per locale has other names: pool, res_index, supplementalData, metaZones, ...
LOCALE_ITEM = re.compile(r"^(?:[a-z]{2,3}|root)(?:_[A-Za-z0-9_]*)?\.res$")
# Korean multi-byte codecs: EUC-KR (ibm-970, -971), IBM/Windows 949 (CP949, UHC), KS C 5601
# (ibm-1363) and the table ISO-2022-KR reads. Every single-byte codec stays too (a few kB each).
KOREAN_CODECS = re.compile(r"^(?:ibm-97[01]_|ibm-949_|windows-949-|ibm-1363_|icu-internal-25546\.)")
# What Qt never calls into (it imports no utrans_*, ubrk_*, uspoof_*, usprep_*, uidna_* symbols,
# nor u_charName), so no en/ko behaviour depends on it.
NOT_USED_BY_QT = re.compile(r"^(?:translit/.*|brkitr/.*\.dict|unames\.icu|confusables\.cfu|.*\.spp|uts46\.nrm)$")
# brkitr/root.res names the dictionaries; a break iterator that cannot load one (none here: Qt has
# its own text boundaries) falls back to rules, so that dependency alone may stay unmet.
TOLERATED_MISSING = re.compile(r"^brkitr/.*\.dict$")


class TrimError(Exception):
    pass


# what makes trimming give up (and the build keep the full data): also a file that is not what
# it should be, which shows as a bad offset or a decoding error
FAILURES = (TrimError, OSError, ValueError, IndexError, struct.error)


# --- reading the data out of the library ------------------------------------------------------

def read_symbol(path: Path, name: str) -> bytes:
    """The bytes of a defined symbol in a 64-bit little-endian ELF shared library (.dynsym)."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise TrimError(f"{path.name}: not a 64-bit little-endian ELF file")
    (e_phoff, e_shoff) = struct.unpack_from("<QQ", data, 0x20)
    (e_phentsize, e_phnum, e_shentsize, e_shnum) = struct.unpack_from("<HHHH", data, 0x36)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, e_shoff + i * e_shentsize) for i in range(e_shnum)]
    for sh_type, sh_offset, sh_size, sh_link in ((s[1], s[4], s[5], s[6]) for s in sections):
        if sh_type != 11:                               # SHT_DYNSYM
            continue
        strtab = sections[sh_link][4]
        for off in range(sh_offset, sh_offset + sh_size, 24):
            st_name, _info, _other, st_shndx, st_value, st_size = struct.unpack_from("<IBBHQQ", data, off)
            end = data.index(b"\0", strtab + st_name)
            if st_shndx and data[strtab + st_name:end].decode() == name:
                for i in range(e_phnum):                # virtual address -> file offset (PT_LOAD)
                    p_type, _flags, p_offset, p_vaddr, _pa, p_filesz = struct.unpack_from(
                        "<IIQQQQ", data, e_phoff + i * e_phentsize)
                    if p_type == 1 and p_vaddr <= st_value and st_value + st_size <= p_vaddr + p_filesz:
                        start = p_offset + st_value - p_vaddr
                        return data[start:start + st_size]
    raise TrimError(f"{path.name}: no symbol {name}")


def items_of(blob: bytes) -> tuple[str, dict[str, bytes]]:
    """An ICU common data package ("CmnD"): its name (icudt73l) and its items by name."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD" or blob[8] != 0:   # magic, format, little-endian
        raise TrimError("not a little-endian ICU common data package")
    count = struct.unpack_from("<I", blob, header_size)[0]
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    starts = sorted({offset for _, offset in entries})
    ends = dict(zip(starts, [*starts[1:], len(blob) - header_size]))    # an item ends where the next begins
    items = {}
    for name_offset, data_offset in entries:
        start = header_size + name_offset
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        items[name] = blob[header_size + data_offset:header_size + ends[data_offset]]
    package = {name.split("/", 1)[0] for name in items}
    if len(package) != 1:
        raise TrimError(f"unexpected item names: {sorted(package)[:3]}")
    prefix = package.pop()
    return prefix, {name.split("/", 1)[1]: data for name, data in items.items()}


def max_bytes_per_char(cnv: bytes) -> int:
    """A converter table's UConverterStaticData.maxBytesPerChar (after the item's data header:
    structSize, name[60], codepage, platform, conversionType, minBytesPerChar, maxBytesPerChar)."""
    return cnv[struct.unpack_from("<H", cnv, 0)[0] + 71]


# --- choosing and writing ---------------------------------------------------------------------

def unwanted(name: str, data: bytes) -> bool:
    base = name.rsplit("/", 1)[-1]
    if NOT_USED_BY_QT.match(name):
        return True
    if LOCALE_ITEM.match(base):
        return base.removesuffix(".res").split("_")[0] not in KEEP_LANGUAGES
    if base.endswith(".cnv"):
        return max_bytes_per_char(data) > 1 and not KOREAN_CODECS.match(base)
    return False


def run(command: list, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True, check=False)


def repackage(icupkg: str, prefix: str, blob: bytes, items: dict[str, bytes], work: Path) -> bytes:
    """icupkg: the package less the unwanted items. Where a kept item needs a dropped one, a codec
    whose base table is gone goes too; anything else that is needed is kept after all."""
    drop = {name for name, data in items.items() if unwanted(name, data)}
    (work / "in").mkdir(parents=True, exist_ok=True)
    (work / "out").mkdir(exist_ok=True)
    source = work / "in" / f"{prefix}.dat"           # icupkg wants the file named as its items' prefix
    source.write_bytes(blob)
    target = work / "out" / f"{prefix}.dat"
    ignore_deps: list[str] = []
    for _ in range(10):
        (work / "remove.txt").write_text("".join(f"{n}\n" for n in sorted(drop)), encoding="ascii")
        target.unlink(missing_ok=True)
        proc = run([icupkg, *ignore_deps, "-r", "remove.txt", source, target], work)
        if proc.returncode == 0 and target.exists():
            return target.read_bytes()
        missing = re.findall(r"Item (\S+) depends on missing item (\S+)", proc.stdout + proc.stderr)
        if not missing or ignore_deps:
            raise TrimError(f"icupkg failed (exit {proc.returncode}): {(proc.stderr or proc.stdout)[-500:]}")
        changed = False
        for item, needed in missing:
            if TOLERATED_MISSING.match(needed):
                continue
            if item.endswith(".cnv") and item not in drop:
                drop.add(item)
            elif needed in drop:
                drop.discard(needed)
            else:
                raise TrimError(f"{item} needs {needed}, which the package lacks")
            changed = True
        if not changed:                                 # only the tolerated dictionaries are missing
            ignore_deps = ["--ignore-deps"]
    raise TrimError("icupkg: the dependencies did not settle")


def link(data: bytes, symbol: str, soname: str, work: Path, assembler: str, linker: str) -> Path:
    """A shared library holding `data` under `symbol`, like the one ICU's own build makes. The
    note section marks the stack non-executable: without it ld asks for an executable stack, and
    a recent glibc refuses to dlopen such a library (PySide6's modules, and so Qt and ICU, are
    loaded with dlopen)."""
    (work / "icudata.bin").write_bytes(data)
    (work / "icudata.s").write_text(
        '\t.section .note.GNU-stack,"",%progbits\n'
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, %object\n"
        "\t.balign 16\n"                                # ICU reads the blob as aligned structs
        f"{symbol}:\n"
        '\t.incbin "icudata.bin"\n'
        f"\t.size {symbol}, . - {symbol}\n", encoding="ascii")
    for command in ([assembler, "-o", "icudata.o", "icudata.s"],
                    [linker, "-shared", "-soname", soname, "-z", "noexecstack", "--hash-style=gnu",
                     "-o", soname, "icudata.o"]):
        proc = run(command, work)
        if proc.returncode != 0:
            raise TrimError(f"{Path(command[0]).name} failed: {proc.stderr.strip()[-500:]}")
    library = work / soname
    if read_symbol(library, symbol) != data:
        raise TrimError(f"{soname}: the linked data differs from the package")
    return library


def tool(name: str) -> str:
    # Debian puts icupkg in /usr/sbin, which is not on a normal user's PATH
    found = shutil.which(name) or next((str(p) for d in ("/usr/sbin", "/usr/bin")
                                        if (p := Path(d) / name).is_file()), None)
    if not found:
        raise TrimError(f"{name} not found" + (" (apt-get install icu-devtools)" if name == "icupkg"
                                               else " (apt-get install binutils)"))
    return found


def trim(library: Path, work: Path) -> tuple[Path, dict[str, int]]:
    """A trimmed copy of `library` (libicudata.so.NN) in `work`, and figures for the log."""
    if not (match := LIBRARY.match(library.name)):
        raise TrimError(f"{library.name} is not libicudata.so.NN")
    major = match.group(1)
    icupkg, assembler, linker = tool("icupkg"), tool("as"), tool("ld")
    symbol = f"icudt{major}_dat"
    blob = read_symbol(library, symbol)
    prefix, items = items_of(blob)
    work.mkdir(parents=True, exist_ok=True)
    trimmed = repackage(icupkg, prefix, blob, items, work)
    kept_prefix, kept = items_of(trimmed)
    for locale in ("root", "en", "ko"):                 # the point of it all: fail rather than ship less
        for tree in ("", "coll/", "zone/"):
            if f"{tree}{locale}.res" in items and f"{tree}{locale}.res" not in kept:
                raise TrimError(f"{tree}{locale}.res did not survive")
    if kept_prefix != prefix or "coll/ucadata.icu" not in kept:
        raise TrimError("the trimmed package lacks core data")
    result = link(trimmed, symbol, library.name, work, assembler, linker)
    return result, {"items": len(items), "kept": len(kept), "before": library.stat().st_size,
                    "after": result.stat().st_size}


def trim_in_toc(binaries: list, work: Path) -> list:
    """PyInstaller's binaries TOC with libicudata.so.NN taken from the trimmed copy; the TOC as
    it was, with a warning, if trimming is not possible here."""
    out = []
    for entry in binaries:
        dest, src, typecode = entry
        if typecode != "SYMLINK" and LIBRARY.match(Path(dest).name):
            try:
                trimmed, figures = trim(Path(src), work)
            except FAILURES as exc:
                print(f"trim_icu: WARNING: keeping the full ICU data ({Path(src).stat().st_size / 1e6:.1f} MB): "
                      f"{exc}", file=sys.stderr, flush=True)
            else:
                print(f"trim_icu: {dest}: {figures['before'] / 1e6:.1f} MB -> {figures['after'] / 1e6:.1f} MB "
                      f"({figures['kept']} of {figures['items']} ICU data items: en, ko, root)", flush=True)
                entry = (dest, str(trimmed), typecode)
        out.append(entry)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: trim_icu.py PATH/libicudata.so.NN OUT_DIR", file=sys.stderr)
        return 2
    try:
        library, figures = trim(Path(argv[0]), Path(argv[1]))
    except FAILURES as exc:
        print(f"trim_icu: error: {exc}", file=sys.stderr)
        return 1
    print(f"{library}: {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
