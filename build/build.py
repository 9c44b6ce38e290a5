"""Build the one-folder bundle build/dist/mpp/ (`make bundle`), then say how big it is and
how long it took.

1. compile the translations (resources/i18n/*.ts) into build/work/qm/ with PySide6's lrelease:
   the bundle ships .qm only;
2. check that resources/station.example.toml is what app/config.py renders (else fail: the
   technician's example must not drift from the code; `make station-example` rewrites it);
3. run PyInstaller on build/mpp.spec (work files in build/work/, the bundle in build/dist/).

Run with the project's Python (.venv/bin/python build/build.py); works the same on Windows.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
WORK = BUILD / "work"
DIST = BUILD / "dist"
BUDGET_MB = 200

sys.path.insert(0, str(ROOT))


def compile_translations() -> None:
    from ui.i18n import lrelease

    tool = lrelease()
    if tool is None:
        sys.exit("build: no lrelease found (it ships with PySide6)")
    out = WORK / "qm"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        subprocess.run([tool, "-silent", str(ts), "-qm", str(out / ts.with_suffix(".qm").name)], check=True)


def check_station_example() -> None:
    from app.config import StationConfig, render_config

    example = ROOT / "resources" / "station.example.toml"
    if not example.exists() or example.read_text(encoding="utf-8") != render_config(StationConfig()):
        sys.exit(f"build: {example} differs from app/config.py: run `make station-example`")


def has_symbols(path: Path) -> bool:
    """Whether an ELF file still has its symbol table (.symtab): strip has work to do."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2:  # 64-bit ELF only
        return False
    little = data[5] == 1
    order = "little" if little else "big"

    def num(at: int, size: int) -> int:
        return int.from_bytes(data[at:at + size], order)

    shoff, shentsize, shnum, shstrndx = num(0x28, 8), num(0x3A, 2), num(0x3C, 2), num(0x3E, 2)
    if not shoff or shstrndx >= shnum:
        return False
    names_at = num(shoff + shstrndx * shentsize + 0x18, 8)
    for i in range(shnum):
        name_at = names_at + num(shoff + i * shentsize, 4)
        if data[name_at:data.index(b"\0", name_at)] == b".symtab":
            return True
    return False


def strip_symbols(bundle: Path) -> int:
    """Linux: drop the symbol tables that Python and its extension modules still carry
    (libpython alone goes from 23 to 6 MB). Qt's own libraries come stripped (and strip
    damaged the FFmpeg Qt brings, which the bundle no longer ships), so PySide6/Qt/ is left as
    it is. Returns the bytes saved."""
    tool = shutil.which("strip")
    if not sys.platform.startswith("linux") or tool is None:
        return 0
    saved = 0
    for path in sorted(bundle.rglob("*.so*")):
        if path.is_symlink() or not path.is_file() or "PySide6/Qt/" in path.as_posix() or not has_symbols(path):
            continue
        before = path.stat().st_size
        subprocess.run([tool, "--strip-unneeded", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> None:
    began = time.monotonic()
    compile_translations()
    check_station_example()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"), str(BUILD / "mpp.spec")],
        check=True, cwd=ROOT,
    )
    bundle = DIST / "mpp"
    for link in bundle.rglob("*"):
        if link.is_symlink() and not link.exists():
            link.unlink()  # a link PyInstaller made to a library the spec left out
    saved = strip_symbols(bundle)
    took = time.monotonic() - began
    size_mb = folder_bytes(bundle) / 1e6
    print(f"bundle: {bundle} ({size_mb:.1f} MB on disk, budget {BUDGET_MB} MB; strip saved "
          f"{saved / 1e6:.0f} MB), built in {took:.0f} s")
    if size_mb > BUDGET_MB:
        sys.exit(f"build: the bundle is {size_mb:.0f} MB, over the {BUDGET_MB} MB budget")


if __name__ == "__main__":
    main()
