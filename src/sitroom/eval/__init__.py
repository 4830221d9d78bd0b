"""Evaluation on public gold data: one module per benchmark (``evaluate(data, limit=None,
**options) -> dict`` and ``format_text(result) -> str``), and :mod:`sitroom.eval.suite` running
them all (``sitroom eval all``)."""
