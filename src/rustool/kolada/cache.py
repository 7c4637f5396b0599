"""Kolada's answers kept on disk, keyed by URL, so that repeated fetches cost nothing.

The folder is ``$XDG_CACHE_HOME/rustool/kolada`` (``~/.cache/rustool/kolada`` without it).
It is used only when it is the user's own and nobody else may write in it: an answer read
from the cache is trusted as much as one from Kolada, so a folder others can write to
could feed us figures. An entry older than the time to live, unreadable or not ours is
simply fetched again; a cache that cannot be written is no error.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from pathlib import Path

from ..yamlio import atomic_write

TTL_SECONDS = 12 * 3600
"""Kolada publishes as its sources do, a few times a month; half a day keeps a day's runs
(and a CI job's retries) from asking twice, while a scheduled job still sees new data."""

MAX_ENTRY_BYTES = 16 * 1024 * 1024


def cache_folder() -> Path | None:
    """The cache folder, created if need be (mode 700); None when it is not safe to use."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    folder = root / "rustool" / "kolada"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        info = folder.lstat()
    except (OSError, RuntimeError):  # RuntimeError: no home folder to be found
        return None
    return folder if _private(info) else None


def _private(info: os.stat_result) -> bool:
    """A real folder (not a link) of ours that neither group nor others may write to."""
    owner = getattr(os, "getuid", lambda: info.st_uid)()
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == owner
        and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )


class Cache:
    """Answers by URL. ``folder`` None: a cache that keeps nothing."""

    def __init__(self, folder: Path | None, ttl: float = TTL_SECONDS) -> None:
        self.folder, self.ttl = folder, ttl

    def _path(self, url: str) -> Path | None:
        if self.folder is None:
            return None
        return self.folder / (hashlib.sha256(url.encode("utf-8")).hexdigest() + ".json")

    def get(self, url: str) -> bytes | None:
        path = self._path(url)
        if path is None:
            return None
        try:
            info = path.lstat()
            if (
                not stat.S_ISREG(info.st_mode)
                or info.st_size > MAX_ENTRY_BYTES
                or time.time() - info.st_mtime > self.ttl
            ):
                return None
            entry = json.loads(path.read_bytes())
        except (OSError, ValueError, RecursionError):
            return None
        if not isinstance(entry, dict) or entry.get("url") != url:
            return None  # a hash collision or a file that is not ours
        body = entry.get("body")
        return body.encode("utf-8") if isinstance(body, str) else None

    def put(self, url: str, body: bytes) -> None:
        path = self._path(url)
        if path is None or len(body) > MAX_ENTRY_BYTES:
            return
        try:
            text = body.decode("utf-8")
            atomic_write(path, json.dumps({"url": url, "body": text}).encode("utf-8"))
            os.chmod(path, 0o600)
        except (OSError, UnicodeDecodeError):
            pass  # the answer is used all the same; it is only not kept
