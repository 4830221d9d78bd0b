"""User-supplied metadata: the ``--meta`` file and ``<file>.meta.json`` sidecars."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import InputError
from .common import IngestFailure, failure_of, parse_date

FIELDS = ("title", "outlet", "published", "language", "author", "url")
SIDECAR_SUFFIX = ".meta.json"
META_HINT = ('give a JSON list of objects such as [{"file": "report.txt", "outlet": "...", '
             '"published": "2023-06-24", "title": "..."}]')


def load_meta(path: Path, problems: list[IngestFailure] | None = None) -> dict[str, dict]:
    """The ``--meta`` file as {file name: entry}.

    Requires a JSON list of objects each with a ``"file"`` string (or an object mapping file
    names to objects). Raises InputError naming the file for a missing or unreadable file,
    invalid JSON or a wrong shape. A bad entry (no ``"file"`` name, a ``published`` value that
    is not a date) raises too, unless ``problems`` is a list: then the entry is skipped, its
    IngestFailure (naming the entry) appended, and the rest of the file applies.
    """
    path = Path(path)
    data = _read_json(path, META_HINT)
    if isinstance(data, dict) and all(isinstance(v, dict) for v in data.values()):
        entries = [{"file": name, **entry} for name, entry in data.items()]
    elif isinstance(data, list):
        entries = data
    else:
        raise InputError(str(path), "not a metadata list", META_HINT)
    out: dict[str, dict] = {}
    for i, entry in enumerate(entries, 1):
        try:
            if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
                raise InputError(str(path), f'entry {i} is not an object with a "file" name',
                                 META_HINT)
            out[entry["file"]] = check_entry(str(path), entry, f"entry {i}: ")
        except InputError as exc:
            if problems is None:
                raise
            failure = failure_of(exc)
            problems.append(IngestFailure(failure.path, failure.message + "; entry skipped",
                                          failure.hint))
    return out


def read_sidecar(path: Path) -> dict | None:
    """The entry of ``<path>.meta.json`` beside ``path`` if there is one (InputError if bad)."""
    side = path.with_name(path.name + SIDECAR_SUFFIX)
    try:
        if not side.is_file():
            return None
    except OSError:  # e.g. the sidecar's name would be too long for the file system
        return None
    data = _read_json(side, 'give one JSON object such as {"outlet": "...", "published": "..."}')
    if not isinstance(data, dict):
        raise InputError(str(side), "not a JSON object",
                         'give one JSON object such as {"outlet": "...", "published": "..."}')
    return check_entry(str(side), data)


def is_meta_file(path: Path) -> bool:
    """True for sidecars (``*.meta.json``) and ``meta.json`` files, skipped in folders."""
    return path.name == "meta.json" or path.name.endswith(SIDECAR_SUFFIX)


def entry_for(path: Path, meta: dict[str, dict] | None) -> dict | None:
    """The entry of a :func:`load_meta` mapping for ``path``: by file name, or by a key that
    is a trailing part of the path ("reports/a.txt")."""
    if not meta:
        return None
    if path.name in meta:
        return meta[path.name]
    posix = path.as_posix()
    for key, entry in meta.items():
        if "/" in key and posix.endswith("/" + key.lstrip("./")):
            return entry
    return None


def check_entry(source: str, entry: dict, where: str = "") -> dict:
    """The entry with ``published`` normalised to ISO 8601 and its precision (year, month,
    day or time) kept as ``published_precision`` (InputError if it is not a date)."""
    entry = dict(entry)
    published = entry.get("published")
    if published is not None:
        parsed = parse_date(published)
        if parsed is None:
            raise InputError(source, f'{where}"published" is not a date: {published!r}',
                             "write dates as ISO 8601, e.g. 2023-06-24, 2023-06 or "
                             "2023-06-24T10:05+02:00, or as June 24, 2023")
        entry["published"], entry["published_precision"] = parsed
    return entry


def merge(own: dict[str, Any], *layers: dict | None, override: bool = True) -> tuple[dict, dict]:
    """Combine a document's own fields with metadata layers (weakest first).

    Returns (fields, extra): ``fields`` has the Document fields of FIELDS, ``extra`` the other
    keys (except ``file``) as strings for ``Document.meta``. A layer's non-null values
    replace the document's own when ``override`` is true, else they only fill gaps.
    """
    fields = {k: own.get(k) for k in FIELDS}
    extra: dict[str, str] = {}
    for layer in layers:
        for key, value in (layer or {}).items():
            if value is None or key == "file":
                continue
            if key in FIELDS:
                if override or not own.get(key):
                    fields[key] = str(value)
            else:
                extra[key] = value if isinstance(value, str) else json.dumps(value)
    return fields, extra


def _read_json(path: Path, hint: str) -> Any:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(str(path), "no such file", "check the path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read it ({exc.__class__.__name__})", hint) from None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"not valid JSON: {exc.msg} at line {exc.lineno} "
                         f"column {exc.colno}", hint) from None
