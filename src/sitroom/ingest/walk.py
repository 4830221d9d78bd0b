"""Walking a report folder: sorted, never silent about what cannot be read, and never led out
of the folder by a symbolic link."""

from __future__ import annotations

import os
from pathlib import Path
from collections.abc import Iterator

from .common import IngestFailure, IngestWarning, display


def walk(root: Path) -> Iterator[Path | IngestFailure | IngestWarning]:
    """Every file under ``root`` (sorted, hidden folders skipped), and an IngestFailure for
    each subfolder that cannot be listed. A symbolic link is followed only when it points
    inside ``root`` (files; linked folders are not entered, so no loop is possible); one
    pointing out of it gives an IngestWarning and is skipped."""
    top = root.resolve()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield IngestFailure(display(folder), f"cannot read the folder ({exc.strerror or exc})",
                                "check the folder's permissions")
            continue
        subfolders = []
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_symlink():
                    if not within(top, path):
                        yield IngestWarning(display(path), "a symbolic link to outside the "
                                            f"folder {display(root)} (or a loop); not followed")
                        continue
                    if path.is_dir():
                        continue
                if entry.is_dir(follow_symlinks=False):
                    if not entry.name.startswith("."):
                        subfolders.append(path)
                    continue
                if not entry.is_file():
                    yield IngestWarning(display(path), "not a regular file (a pipe, socket or "
                                        "device); skipped")
                    continue
            except OSError as exc:
                yield IngestFailure(display(path), f"cannot read it ({exc.strerror or exc})",
                                    "check its permissions")
                continue
            yield path
        stack.extend(reversed(subfolders))


def within(root: Path, path: Path) -> bool:
    """True when ``path`` (after following any symbolic links) lies inside ``root``: what a
    folder watcher checks before reading a file it was told about."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a link loop, or a name the system refuses
        return False
