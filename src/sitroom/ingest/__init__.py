"""Ingest: report files to :class:`~sitroom.model.Document` records.

Formats
    ``.txt`` plain text (hard-wrapped text is unwrapped into paragraphs), ``.md`` Markdown
    (light syntax stripped; a leading ``# Title`` or front matter gives the title),
    ``.html``/``.htm`` (trafilatura: text, title, author, date, site name as outlet, url),
    RSS/Atom (``.rss``/``.atom``, or ``.xml`` and unknown extensions sniffed: one document
    per item, outlet = feed title), Telegram Desktop ``result.json`` (one document per
    non-empty message, outlet = channel name), JSON Lines (``.jsonl``: one document per line
    with ``"text"`` and optional title, url, outlet, published, language, author) and
    ``.json`` lists of such records. ``Document.text`` is the cleaned text all offsets use.

Metadata precedence (strongest first)
    1. the ``--meta`` file entry for the file (matched by file name),
    2. the sidecar ``<file>.meta.json`` beside it,
    3. the file's own metadata (HTML tags, Markdown title, feed or record fields).
    Explicit user metadata wins because the user can correct a page's wrong date or
    site name. For files holding many reports (feeds, Telegram exports, JSON Lines) user
    metadata only fills what a record lacks, since one entry cannot describe every record.
    Keys other than title, outlet, published, language, author, url (e.g. ``kind``,
    ``note``) go to ``Document.meta`` as strings.

Identity
    ``Document.id`` is :func:`document_id` of the cleaned text: the same text read twice
    (any file, any format) has the same id and content hash. :class:`NearDuplicates` finds
    lightly edited copies (syndicated wire reports).

Errors
    :func:`read_paths` never raises for bad input: a missing path, an empty, binary,
    undecodable or malformed file, a wrong-shaped Telegram export or a bad JSON Lines line
    is an :class:`IngestFailure` (path, one-line message, hint) and reading goes on. Only a
    bad ``--meta`` file raises InputError. :func:`read_file` raises InputError.
"""

from __future__ import annotations

from pathlib import Path
from collections.abc import Iterator

from ..errors import InputError
from ..model import Document
from .common import IngestFailure, content_hash, document_id, error_of, failure_of
from .decode import decode
from .dedup import NearDuplicates
from .meta import entry_for, is_meta_file, load_meta, merge, read_sidecar
from .readers import CONTAINER_KINDS, Record, reader_for
from .updates import parse_updates

__all__ = [
    "IngestFailure", "NearDuplicates", "content_hash", "document_id", "load_meta",
    "parse_updates", "read_file", "read_paths",
]  # fmt: skip

# media that sits in export folders (Telegram photos, page assets): skipped inside folders
MEDIA_SUFFIXES = frozenset(
    ".jpg .jpeg .png .gif .webp .svg .ico .bmp .tif .tiff .heic .mp4 .mov .webm .mkv .avi "
    ".mp3 .ogg .oga .opus .wav .m4a .css .js .woff .woff2 .ttf .tgs".split())


def read_paths(paths: list[Path], meta: Path | None = None) -> Iterator[Document | IngestFailure]:
    """Documents (and failures) from files and folders, in order.

    Folders are walked recursively in sorted order, skipping hidden files and folders,
    ``meta.json`` and ``*.meta.json`` files, and media files (images, audio, video). A
    missing path, an empty folder or an unreadable file yields an IngestFailure. Raises
    InputError only when the ``meta`` file itself is bad.
    """
    table = load_meta(meta) if meta is not None else None
    meta_file = Path(meta).resolve() if meta is not None else None
    for given in paths:
        given = Path(given)
        if given.is_dir():
            files = [f for f in sorted(given.rglob("*"))
                     if f.is_file() and not _skipped(f.relative_to(given), meta_file, f)]
            if not files:
                yield IngestFailure(str(given), "the folder holds no report files",
                                    "put .txt, .md, .html, feed, .jsonl or result.json files in it")
            for f in files:
                yield from _read(f, entry_for(f, table))
        elif given.exists():
            yield from _read(given, entry_for(given, table))
        else:
            yield IngestFailure(str(given), "no such file or folder",
                                "check the path; give report files or folders holding them")


def read_file(path: Path, meta: dict | None = None) -> list[Document]:
    """The documents of one file; raises InputError for the first problem found.

    ``meta`` is this file's ``--meta`` entry (a dict of fields), or a whole
    :func:`load_meta` mapping from which the entry for ``path`` is taken. The sidecar
    ``<path>.meta.json`` is read too. Use :func:`read_paths` to keep the good records of a
    file that also has bad ones.
    """
    path = Path(path)
    if meta and all(isinstance(v, dict) for v in meta.values()):
        meta = entry_for(path, meta)
    docs = []
    for item in _read(path, meta):
        if isinstance(item, IngestFailure):
            raise error_of(item)
        docs.append(item)
    return docs


def _skipped(relative: Path, meta_file: Path | None, path: Path) -> bool:
    return (any(part.startswith(".") for part in relative.parts) or is_meta_file(path)
            or path.suffix.lower() in MEDIA_SUFFIXES
            or (meta_file is not None and path.resolve() == meta_file))


def _read(path: Path, entry: dict | None) -> list[Document | IngestFailure]:
    source = str(path)
    try:
        if not path.is_file():
            raise InputError(source, "not a regular file", "give report files or folders")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(source, f"cannot read it: {exc.strerror}",
                             "check the file's permissions") from None
        text = decode(path, data)
        try:
            records = reader_for(path, text)(source, text)
        except InputError:
            raise
        except Exception as exc:  # a parser library choking on odd input must not stop a batch
            why = " ".join(str(exc).split())[:200]
            raise InputError(source, f"cannot parse it ({type(exc).__name__}: {why})",
                             "check that the file is well formed; if it is, report the "
                             "problem to the sitroom developers with the file") from exc
        sidecar = read_sidecar(path)
    except InputError as exc:
        return [failure_of(exc)]
    return [item if isinstance(item, IngestFailure) else _document(item, sidecar, entry)
            for item in records]


def _document(record: Record, sidecar: dict | None, entry: dict | None) -> Document:
    fields, extra = merge(record.own, sidecar, entry,
                          override=record.kind not in CONTAINER_KINDS)
    extra = {**record.extra, **extra}
    text = record.text
    return Document(
        id=document_id(text),
        text=text,
        title=fields["title"],
        outlet=fields["outlet"],
        author=fields["author"],
        published=fields["published"],
        url=fields["url"],
        source=record.source,
        kind=record.kind,
        language=fields["language"] or "en",
        content_hash=content_hash(text),
        updates=parse_updates(text, fields["published"]),
        meta=tuple(sorted(extra.items())),
    )
