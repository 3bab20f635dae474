"""Files that hold contact data or secrets are created readable by their owner only.

The store and its WAL, file destinations, their key indexes and temporary copies are
created with mode 0600 (further narrowed by a stricter umask, never widened). SQLite
gives its ``-wal`` and ``-shm`` files the mode of the database file, so creating the
database file first (empty, 0600) is enough for all three.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_MODE = 0o600


def create_private(path: Path | str) -> bool:
    """Create ``path`` empty with mode 0600 if it does not exist; True if it was created."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def open_private(path: Path | str, mode: str = "wb") -> int:
    """A descriptor for writing ``path`` (created 0600, truncated when ``mode`` is "wb")."""
    flags = os.O_WRONLY | os.O_CREAT
    if mode == "wb":
        flags |= os.O_TRUNC
    return os.open(path, flags, PRIVATE_MODE)
