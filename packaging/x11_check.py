"""Open the app's real window on an X server (Xvfb) and check that it painted.

Run by `make package-check` after the offscreen checks, for the built executable:

    .venv/bin/python packaging/x11_check.py dist/planner/planner

or for the source install (tests/packaging runs this):

    .venv/bin/python packaging/x11_check.py .venv/bin/planner

The offscreen checks never load Qt's xcb platform plugin, so a build that lacks a library it
needs (libxcb-keysyms, libxcb-icccm, ...) passed them and then aborted on every X11 desktop.
This starts its own Xvfb on a free display (Xvfb picks it and says when it accepts connections,
through -displayfd), runs the app there with QT_QPA_PLATFORM=xcb and a fresh HOME, settings,
library and runtime folder, and with the start-up probe (packaging/startup_probe.py, in
"hold" mode) set. The probe prints "first-paint" once the main window's first paint has been
flushed, "ready" once the start has finished, the platform Qt loaded and where Qt's
translations are; the app then keeps its window up until this script closes its stdin. Meanwhile
this reads the X server's screen (Xvfb's -fbdir framebuffer, an XWD file) and checks that the
window's pixels are there: Xvfb's root window is black (-br), the app's window is not.

Fails (exit 1, with the app's stderr) when the app exits before painting, prints a Python
traceback, loads another platform than xcb, when nothing was drawn on the X screen, or after
the timeout. Also checks that Qt's Korean translation loads from QLibraryInfo's
TranslationsPath (for the built executable; a source install has the wheel's). The last line is
"x11: ok ..." or "x11: FAILED ...".
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCENARIO = ROOT / "scenarios" / "collective-resilience.kuscenario"
WIDTH, HEIGHT = 1366, 768
TIMEOUT = 90            # seconds for the whole run of the app (start, paint, ready)


@contextlib.contextmanager
def xvfb(folder: Path, timeout: float = 30):
    """An Xvfb on a free display, with its screen in folder/Xvfb_screen0; yields DISPLAY (":N")."""
    server_bin = shutil.which("Xvfb")
    if not server_bin:
        raise RuntimeError("Xvfb is not installed (Debian: apt-get install xvfb; tools/bootstrap.sh does)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [server_bin, "-displayfd", str(write_fd), "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-br",
         "-nolisten", "tcp", "-fbdir", str(folder), "-noreset"],
        pass_fds=(write_fd,), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write_fd)
    try:
        # Xvfb writes the display number once it accepts connections (or closes the pipe when it fails)
        ready, _, _ = select.select([read_fd], [], [], timeout)
        number = os.read(read_fd, 64).decode().strip() if ready else ""
        if not number:
            server.kill()
            raise RuntimeError(f"Xvfb did not start within {timeout} s: {server.communicate()[1].decode()[-800:]}")
        yield f":{number}"
    finally:
        os.close(read_fd)
        if server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def screen_pixels(fbfile: Path) -> tuple[int, int, set[int], int]:
    """(width, height, distinct colours, non-black pixels) of Xvfb's screen (an XWD file, ZPixmap)."""
    data = fbfile.read_bytes()
    header = struct.unpack(">25I", data[:100])
    header_size, width, height, bpp, bytes_per_line, ncolors = (header[0], header[4], header[5], header[11],
                                                                header[12], header[19])
    start = header_size + 12 * ncolors
    step = bpp // 8
    colours, lit = set(), 0
    for y in range(0, height, 2):                          # every other row and column is plenty
        row = data[start + y * bytes_per_line: start + y * bytes_per_line + width * step]
        for x in range(0, width * step, 2 * step):
            pixel = int.from_bytes(row[x:x + 3], "little")
            colours.add(pixel)
            lit += pixel != 0
    return width, height, colours, lit * 4


def check(command: list[str], frozen: bool) -> list[str]:
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="planner-x11-") as tmp:
        folder = Path(tmp)
        (folder / "fb").mkdir()
        runtime = folder / "runtime"
        runtime.mkdir(mode=0o700)
        with xvfb(folder / "fb") as display:
            env = {k: v for k, v in os.environ.items()
                   if k not in ("PLANNER_DB", "WAYLAND_DISPLAY", "XAUTHORITY", "QT_QPA_PLATFORM", "DISPLAY")
                   and not k.startswith("XDG_")}
            env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", PLANNER_STARTUP_PROBE="hold",
                       HOME=str(folder / "home"), XDG_CONFIG_HOME=str(folder / "config"),
                       XDG_DATA_HOME=str(folder / "data"), XDG_STATE_HOME=str(folder / "state"),
                       XDG_CACHE_HOME=str(folder / "cache"), XDG_RUNTIME_DIR=str(runtime))
            (folder / "home").mkdir()
            start = time.perf_counter()
            errfile = (folder / "stderr.txt").open("w+", encoding="utf-8", errors="replace")
            app = subprocess.Popen([*command, str(SCENARIO)], env=env, stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=errfile)
            received = b""
            try:
                deadline = start + TIMEOUT
                # until the probe's last line (the window is up and the start finished) or the app exits
                while b"\nqt-translations " not in b"\n" + received or not received.endswith(b"\n"):
                    left = deadline - time.perf_counter()
                    ready, _, _ = select.select([app.stdout], [], [], max(left, 0))
                    chunk = os.read(app.stdout.fileno(), 65536) if ready else b""
                    if not chunk:                                  # timeout, or the app exited
                        break
                    received += chunk
                lines = received.decode(errors="replace").splitlines()
                events = {line.split()[0]: line.split()[1:] for line in lines if line.strip()}
                if "first-paint" in events and "qt-translations" in events:
                    width, height, colours, lit = screen_pixels(folder / "fb" / "Xvfb_screen0")
                    share = lit / (width * height)
                    print(f"note  X screen {width}×{height}: {share:.0%} of it drawn, {len(colours)} colours")
                    if share < 0.2 or len(colours) < 8:
                        problems.append(f"the window is not on the X screen ({share:.0%} drawn, "
                                        f"{len(colours)} colours)")
            finally:
                with contextlib.suppress(BrokenPipeError):
                    app.stdin.close()                              # the probe then ends the app
                try:
                    app.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    app.kill()
                    app.wait()
                out = app.stdout.read()                           # a few lines: the pipe never filled
                app.stdout.close()
                errfile.seek(0)
                err = errfile.read()
                errfile.close()
            lines = (received + out).decode(errors="replace").splitlines()
            seconds = time.perf_counter() - start
    events = {line.split()[0]: line.split()[1:] for line in lines if line.strip()}
    if "first-paint" not in events:
        problems.append("the window was never painted")
    elif events.get("qt-platform") != ["xcb"]:
        problems.append(f"Qt loaded the platform {events.get('qt-platform')}, not xcb")
    if frozen and "first-paint" in events:
        where = events.get("qt-translations", ["?"])
        if not where[-1:] == ["qtbase_ko=yes"]:
            problems.append(f"Qt's Korean translation (qtbase_ko.qm) does not load from {where[0]}")
        else:
            print(f"note  Qt's translations: {where[0]} (qtbase_ko.qm loads)")
    if app.returncode != 0:
        problems.append(f"exit code {app.returncode}")
    if "Traceback" in err or "Exception ignored" in err:
        problems.append("a Python error was printed")
    if problems:
        tail = "\n        ".join(err.strip().splitlines()[-12:])
        problems[-1] += f"\n        stderr:\n        {tail}"
    else:
        print(f"ok    window opened and painted on X11 (Xvfb, QT_QPA_PLATFORM=xcb), first paint after "
              f"{float(events['first-paint'][0]):.2f} s, {seconds:.1f} s in all")
    return problems


def main(argv: list[str]) -> int:
    exe = Path(argv[0] if argv else ROOT / "dist" / "planner" / "planner")
    if not exe.exists():
        print(f"error: {exe} not found; build it with `make package`", file=sys.stderr)
        return 1
    frozen = (exe.parent / "_internal").is_dir()
    if frozen:                          # the probe is one of the build's runtime hooks
        command = [str(exe.resolve())]
    else:                               # a source install: its Python runs the probe, then the app
        command = [str(exe.parent / "python"), "-c",
                   "import runpy, sys; runpy.run_path(sys.argv[1]); "
                   "from planner.__main__ import main; sys.exit(main(sys.argv[2:]))",
                   str(ROOT / "packaging" / "startup_probe.py")]
    problems = check(command, frozen)
    for problem in problems:
        print(f"FAIL  {problem}", file=sys.stderr)
    print(f"x11: {'FAILED' if problems else 'ok'} ({exe})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
