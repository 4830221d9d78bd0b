"""``sitroom status``: the stored reports by state, as plain text."""

from __future__ import annotations

from typing import Any

STATES = ("analysed", "stored", "failed")


def format_status(states: list[dict[str, Any]], db: str, all_reports: bool = False) -> str:
    """One summary line, then one line per failed report (with its error), per report whose
    text was decoded with replaced bytes, and (``all_reports``) per other report (a report
    stored as parts shows ``part k/n``)."""
    counts = {s: sum(r["state"] == s for r in states) for s in STATES}
    lines = [f"{db}: {len(states)} reports: {counts['analysed']} analysed, "
             f"{counts['stored']} stored (waiting for `sitroom analyze`), "
             f"{counts['failed']} failed"]
    for r in states:
        name = r["source"] or r["title"] or r["id"]
        notes = []
        if r["state"] == "failed":
            notes.append(f"{r['stage']}: {r['error']}")
        if r["meta"].get("decode_errors"):
            notes.append(f"{r['meta']['decode_errors']} undecodable bytes replaced")
        if notes or all_reports:
            if r["meta"].get("part"):
                notes.append(f"part {r['meta']['part']}")
            lines.append(f"{r['state']:<8}  {r['id']}  {name}"
                         + (f"  ({'; '.join(notes)})" if notes else ""))
    if counts["failed"]:
        lines.append("Retry the failed reports with `sitroom analyze --retry-failed`.")
    return "\n".join(lines) + "\n"
