"""How files are written: new files honour the umask, a temporary file left by a killed
merge is recognised and removed, and merge records the checksum of the text it copied."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import yaml

from rustool import yamlio

from .test_merge_cli import two_units


def test_a_new_file_honours_the_umask(cli, tmp_path):
    ws = two_units(tmp_path)
    previous = os.umask(0o077)
    try:
        result = cli("merge", ws, "-o", ws / "sammanfogad.yaml")
    finally:
        os.umask(previous)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE((ws / "sammanfogad.yaml").stat().st_mode) == 0o600


def test_a_temporary_file_of_a_killed_merge_is_removed_next_time(cli, tmp_path):
    ws = two_units(tmp_path)
    gone = 2**22 + 1  # above Linux's largest pid: no such process
    abandoned = ws / f".sammanfogad.yaml.rustool-{gone}-x1y2.tmp"
    abandoned.write_text("typ: aktivitetsplan\n", encoding="utf-8")
    living = ws / f".sammanfogad.yaml.rustool-{os.getppid()}-a1b2.tmp"  # still writing
    living.write_text("typ: aktivitetsplan\n", encoding="utf-8")
    assert cli("merge", ws, "-o", ws / "sammanfogad.yaml").exit_code == 0
    assert not abandoned.exists()
    assert living.exists()
    left = [p.name for p in ws.iterdir() if p.name.startswith(".") and p != living]
    assert not left


def test_merge_records_the_checksum_of_the_text_it_copied(cli, tmp_path, monkeypatch):
    """A plan that changes between merge reading it and hashing it (another process, a
    checkout) must not get the new file's checksum beside the old file's activities: merge
    hashes what it copied, never a second read."""
    ws = two_units(tmp_path)
    original = (ws / "planer" / "analys.yaml").read_bytes()
    real_read_bytes = Path.read_bytes

    def changed(self: Path) -> bytes:
        if self.name == "analys.yaml":
            return original + b"# changed meanwhile\n"
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", changed)
    assert cli("merge", ws, "-o", ws / "sammanfogad.yaml").exit_code == 0
    monkeypatch.undo()
    merged = yaml.safe_load((ws / "sammanfogad.yaml").read_text(encoding="utf-8"))
    recorded = {s["fil"]: s["sha256"] for s in merged["källor"]}
    assert recorded["planer/analys.yaml"] == yamlio.digest(original)


def test_the_checksum_ignores_a_byte_order_mark_and_line_ends():
    text = "typ: aktivitetsplan\r\nenhet: A\r\n"
    assert yamlio.digest(b"\xef\xbb\xbf" + text.encode()) == yamlio.digest(text.encode())
    assert yamlio.digest(text.encode()) == yamlio.digest(text.replace("\r\n", "\n").encode())
