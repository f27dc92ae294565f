"""The Indonesian catalogue is complete, current with the code, and compiled.

Not a GUI test: it reads the committed .ts, re-runs ``pyside6-lupdate`` into a temporary file
when the tool is installed, and loads the .qm with a bare QTranslator.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "kopdes_desktop"
TS_FILE = PACKAGE / "i18n" / "kopdes_id.ts"
QM_FILE = PACKAGE / "i18n" / "kopdes_id.qm"
SCANNED = [PACKAGE / "ui", PACKAGE / "app.py"]


def messages(ts_path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → <message> element of a .ts file."""
    found = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def translation_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def tool(name: str) -> str | None:
    """A Qt Linguist tool from the virtualenv (PySide6 ships them) or the PATH."""
    name += ".exe" if sys.platform == "win32" else ""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else shutil.which(name)


def lupdate() -> str | None:
    return tool("pyside6-lupdate")


def test_every_string_has_a_finished_indonesian_translation():
    found = messages(TS_FILE)
    assert len(found) > 50
    problems = []
    for (context, source), message in found.items():
        translation = message.find("translation")
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {kind}")
        elif not all(t.strip() for t in translation_texts(message)):
            problems.append(f"{context}: {source!r} has no translation")
    assert not problems, "\n".join(problems)


def test_placeholders_survive_translation():
    """A translator dropping "{name}" would break .format() at run time."""
    import re

    for (context, source), message in messages(TS_FILE).items():
        wanted = sorted(re.findall(r"\{\w*\}|%n", source))
        for text in translation_texts(message):
            assert sorted(re.findall(r"\{\w*\}|%n", text)) == wanted, (context, source, text)


@pytest.mark.skipif(lupdate() is None, reason="pyside6-lupdate is not installed")
def test_catalogue_holds_every_string_in_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate(), "-extensions", "py", *map(str, SCANNED), "-ts", str(fresh)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    missing = sorted(set(messages(fresh)) - set(messages(TS_FILE)))
    assert not missing, (
        "strings missing from kopdes_id.ts (run the commands in "
        f"kopdes_desktop/i18n/README.md): {missing}"
    )
    stale = sorted(set(messages(TS_FILE)) - set(messages(fresh)))
    assert not stale, f"strings no longer in the code; rerun lupdate -no-obsolete: {stale}"


def lrelease() -> str | None:
    return tool("pyside6-lrelease")


@pytest.mark.skipif(lrelease() is None, reason="pyside6-lrelease is not installed")
def test_compiled_catalogue_matches_the_source(tmp_path):
    rebuilt = tmp_path / "kopdes_id.qm"
    subprocess.run([lrelease(), str(TS_FILE), "-qm", str(rebuilt)], check=True, capture_output=True)
    assert rebuilt.read_bytes() == QM_FILE.read_bytes(), "rebuild kopdes_id.qm with lrelease"


def test_compiled_catalogue_loads():
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    assert translator.translate("MainWindow", "Home") == "Beranda"
    assert translator.translate("MainWindow", "Export/Import") == "Ekspor/Impor"
    assert (
        translator.translate("AreaPicker", "%n result(s); click one to choose it.", "", 3)
        == "%n hasil; klik salah satu untuk memilihnya."
    )
