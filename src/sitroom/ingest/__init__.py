"""Ingest: report files to :class:`~sitroom.model.Document` records.

Formats
    ``.txt`` plain text (hard-wrapped text is unwrapped into paragraphs), ``.md`` Markdown
    (light syntax stripped; a leading ``# Title`` or front matter gives the title),
    ``.html``/``.htm`` (trafilatura: text, title, author, date, site name as outlet, url),
    RSS/Atom (``.rss``/``.atom``, or ``.xml`` and unknown extensions sniffed: one document
    per item, outlet = feed title), Telegram Desktop ``result.json`` (one document per
    non-empty message, outlet = channel name), JSON Lines (``.jsonl``: one document per line
    with ``"text"`` and optional title, url, outlet, published, language, author) and
    ``.json`` lists of such records. ``Document.text`` is the cleaned text all offsets use;
    a sponsored teaser block scraped into the body ("Ads by X" and the clickbait lines after
    it) is dropped from it (:mod:`sitroom.ingest.teasers`).

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

from dataclasses import replace
from pathlib import Path
from collections.abc import Iterator
from typing import Literal, overload

from ..chunks import slices
from ..errors import InputError
from ..faults import max_chars as max_chars_setting
from ..lang.detect import entry_languages, language_of
from ..model import Document
from .common import (IngestFailure, IngestWarning, content_hash, display, document_id,
                     error_of, failure_of)
from .decode import decode_counted
from .dedup import NearDuplicates
from .meta import entry_for, is_meta_file, load_meta, merge, read_sidecar
from .readers import CONTAINER_KINDS, Record, reader_for
from .teasers import without_teasers
from .updates import parse_updates
from .walk import walk

__all__ = [
    "IngestFailure", "IngestWarning", "NearDuplicates", "content_hash", "document_id", "load_meta",
    "parse_updates", "read_file", "read_paths",
]  # fmt: skip

# media that sits in export folders (Telegram photos, page assets): skipped inside folders
MEDIA_SUFFIXES = frozenset(
    ".jpg .jpeg .png .gif .webp .svg .ico .bmp .tif .tiff .heic .mp4 .mov .webm .mkv .avi "
    ".mp3 .ogg .oga .opus .wav .m4a .css .js .woff .woff2 .ttf .tgs".split())


@overload
def read_paths(paths: list[Path], meta: Path | None = None, max_chars: int | None = None,
               warnings: Literal[False] = False) -> Iterator[Document | IngestFailure]: ...
@overload
def read_paths(paths: list[Path], meta: Path | None = None, max_chars: int | None = None,
               warnings: bool = False) -> Iterator[Document | IngestFailure | IngestWarning]: ...
def read_paths(paths: list[Path], meta: Path | None = None, max_chars: int | None = None,
               warnings: bool = False) -> Iterator[Document | IngestFailure | IngestWarning]:
    """Documents (and failures and warnings) from files and folders, in order.

    Folders are walked recursively in sorted order, skipping hidden files and folders,
    ``meta.json`` and ``*.meta.json`` files, and media files (images, audio, video). A
    missing path, an empty folder, an unreadable file or subfolder, or a bad entry of the
    ``meta`` file yields an IngestFailure and reading goes on. Symbolic links that lead out of
    the folder being walked are not followed (an IngestWarning each). A text longer than
    ``max_chars`` (default :func:`sitroom.faults.max_chars`) becomes several documents, its
    parts, cut at paragraph breaks. Raises InputError only when the ``meta`` file as a whole
    is bad (missing, not JSON, not a list). IngestWarnings are yielded only when
    ``warnings`` is true (``sitroom ingest`` prints them as ``Warning:`` lines).
    """
    for item in _read_paths(paths, meta, max_chars):
        if warnings or not isinstance(item, IngestWarning):
            yield item


def _read_paths(paths: list[Path], meta: Path | None, max_chars: int | None
                ) -> Iterator[Document | IngestFailure | IngestWarning]:
    problems: list[IngestFailure] = []
    table = load_meta(meta, problems) if meta is not None else None
    yield from problems
    meta_file = Path(meta).resolve() if meta is not None else None
    limit = max_chars or max_chars_setting()
    for given in paths:
        given = Path(given)
        if given.is_dir():
            files = []
            for item in walk(given):
                if isinstance(item, Path):
                    if not _skipped(item.relative_to(given), meta_file, item):
                        files.append(item)
                else:
                    yield item
            files.sort()
            if not files:
                yield IngestFailure(display(given), "the folder holds no report files",
                                    "put .txt, .md, .html, feed, .jsonl or result.json files in it")
            for f in files:
                yield from _read(f, entry_for(f, table), limit)
        elif given.exists() or given.is_symlink():
            yield from _read(given, entry_for(given, table), limit)
        else:
            yield IngestFailure(display(given), "no such file or folder",
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
    for item in _read(path, meta, max_chars_setting()):
        if isinstance(item, IngestFailure):
            raise error_of(item)
        if isinstance(item, Document):
            docs.append(item)
    return docs


def _skipped(relative: Path, meta_file: Path | None, path: Path) -> bool:
    return (any(part.startswith(".") for part in relative.parts) or is_meta_file(path)
            or path.suffix.lower() in MEDIA_SUFFIXES
            or (meta_file is not None and path.resolve() == meta_file))


def _read(path: Path, entry: dict | None, limit: int
          ) -> list[Document | IngestFailure | IngestWarning]:
    source = display(path)
    notes: list[Document | IngestFailure | IngestWarning] = []
    try:
        if not path.is_file():
            raise InputError(source, "not a regular file" if path.exists() else
                             "a broken symbolic link", "give report files or folders")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(source, f"cannot read it ({exc.strerror or exc})",
                             "check the file's permissions") from None
        text, bad = decode_counted(source, data)
        if bad:
            notes.append(IngestWarning(source, f"{bad} undecodable byte sequences replaced by "
                                       "\ufffd (the report is marked decode_errors)"))
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
        return [*notes, failure_of(exc)]
    extra = {"decode_errors": str(bad)} if bad else {}
    for item in records:
        if isinstance(item, (IngestFailure, IngestWarning)):
            notes.append(item)
        else:
            notes.extend(_documents(item, sidecar, entry, extra, limit))
    return notes


def _documents(record: Record, sidecar: dict | None, entry: dict | None, marks: dict,
               limit: int) -> list[Document | IngestWarning]:
    """The record's Document, or its parts when its text is longer than ``limit``; the
    text without its sponsored teaser blocks (:func:`~sitroom.ingest.teasers.without_teasers`)."""
    text = without_teasers(record.text)
    if text.strip() and text != record.text:  # a record of teasers alone keeps its text
        record = replace(record, text=text)
    if len(record.text) <= limit:
        return [_document(record, sidecar, entry, marks)]
    cuts = slices(record.text, limit)
    n = len(cuts)
    out: list[Document | IngestWarning] = [IngestWarning(
        record.source, f"{len(record.text):,} characters, over the limit of {limit:,} "
        f"(SITROOM_MAX_CHARS); stored as {n} parts")]
    for k, (a, b) in enumerate(cuts, 1):
        part = replace(record, text=record.text[a:b].strip(), source=f"{record.source}#part-{k}")
        doc = _document(part, sidecar, entry, {**marks, "part": f"{k}/{n}"})
        title = f"{doc.title} (part {k} of {n})" if doc.title else None
        out.append(replace(doc, title=title))
    return out


def _document(record: Record, sidecar: dict | None, entry: dict | None,
              marks: dict | None = None) -> Document:
    fields, extra = merge(record.own, sidecar, entry,
                          override=record.kind not in CONTAINER_KINDS)
    extra = {**record.extra, **extra, **(marks or {})}
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
        language=(language := language_of(text, fields["language"])),
        content_hash=content_hash(text),
        updates=entry_languages(text, parse_updates(text, fields["published"]), language),
        meta=tuple(sorted(extra.items())),
    )
