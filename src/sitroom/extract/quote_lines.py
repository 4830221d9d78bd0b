"""Attributions shaped by a line rather than a verb: ``Speaker: words`` labels of
headlines, transcripts and live-blog entries, and quotations signed with a dash."""

from __future__ import annotations

import re

from .. import lexicon
from ..model import AnnotatedDoc
from .quote_attribution import SPEAKER_NOUNS, SPEECH_VERBS, Attribution, _can_speak
from .quote_marks import OPEN_QUOTES, header_spans, quote_regions


# "Name: what they said" at the start of a line (headlines, transcripts); editorial
# labels of the same shape are no speakers
_HEADLINE = re.compile(r"^[ \t]*[\"“]?(?P<src>[^\W\d][^\n:]{0,60}?)[ \t]*:[ \t]+"
                       r"(?P<body>\S[^\n]*?)[ \t]*$", re.M)
# the same shape right after a live-blog entry's header
_ENTRY_LABEL = re.compile(r"[ \t]*[\"“]?(?P<src>[^\W\d][^\n:]{0,60}?)[ \t]*:[ \t]+"
                          r"(?P<body>\S[^\n]*?)[ \t]*$", re.M)
_INNER_STOP = re.compile(r"[.?!][\"”’]?\s+[\"“‘]?[A-Z]")  # a sentence end inside a line
# the first words of a line that make it a labelled line, not "Name: quote" (quote_words.json)
LINE_LABELS = lexicon.words("quote_words", "line_labels")
LABEL_SOURCES = lexicon.words("quote_words", "label_sources")
_SOURCE_POS = frozenset({"PROPN", "NOUN", "DET", "PART", "ADJ", "PUNCT", "CCONJ", "ADP"})


def _headline_attributions(adoc: AnnotatedDoc) -> list[Attribution]:
    """Attributions of lines shaped ``Speaker: content`` (a headline's or transcript's
    speaker label): the label is a short name or speaker noun phrase without verbs or
    digits, the content the rest of the line (at least three words)."""
    out = []
    matches = list(_HEADLINE.finditer(adoc.text))
    starts = {m.start("src") for m in matches}
    for _, entry in header_spans(adoc.doc):  # a live-blog entry: "UPDATE 10:05: Name: ..."
        m2 = _ENTRY_LABEL.match(adoc.text, entry)
        if m2 and m2.start("src") not in starts:
            matches.append(m2)
    for m in matches:
        src_s, src_e = m.span("src")
        words = m.group("src").split()
        if len(words) > 6 or len(m.group("body").split()) < 3:
            continue
        if any(w.lower().strip("’'s.") in LINE_LABELS for w in words):
            continue
        toks = list(range(adoc.token_at(src_s), adoc.token_at(src_e - 1) + 1))
        if any(adoc.tokens[k].pos not in _SOURCE_POS for k in toks):
            continue
        head = next((k for k in toks if adoc.tokens[k].head not in toks or adoc.tokens[k].head == k),
                    toks[-1])
        if not (_can_speak(adoc, head) or adoc.tokens[head].text[:1].isupper()):
            continue
        if len(words) > 1 and not _can_speak(adoc, head) and not m.group("src").isupper():
            continue  # a phrase heading a paragraph ("For example:", "Success on Climate:")
        if len(words) == 1 and not _one_word_name(adoc, head, m.group("src"), m.start(), m.end()):
            continue  # a caption's word ("Calm: The nurse ... is safe"), not a speaker
        if len(words) > 1 and not m.group("src").isupper() and adoc.text[:m.start()].strip() \
                and not all(adoc.tokens[k].ent_type == "PERSON" for k in toks) \
                and _section_heading(adoc, m.group("src"), m.start(), m.end(), head):
            continue
        colon = adoc.token_at(m.end("src"))
        while colon < len(adoc.tokens) and adoc.tokens[colon].text != ":":
            colon += 1
        if colon >= len(adoc.tokens):
            continue
        body_s, body_e = m.span("body")
        if adoc.text[body_e - 1] == "." and adoc.text[body_e - 2] not in ".—–-" \
                and not _INNER_STOP.search(adoc.text, body_s, body_e - 1):
            body_e -= 1  # a headline's full stop closes the line, not the statement
        kind = "direct" if m.group("body")[0] in OPEN_QUOTES + '"' else "indirect"
        cue = ((adoc.tokens[colon].idx, adoc.tokens[colon].end),)
        out.append(Attribution(((src_s, src_e),), cue, ((body_s, body_e),), kind, colon, head,
                               adoc.tokens[colon].sent, "headline"))
    return out


def _one_word_name(adoc: AnnotatedDoc, head: int, label: str, line_s: int, line_e: int) -> bool:
    """A one-word label is a speaker when it is a transcript's capitals ("LEE:"), a pronoun
    or a speaker noun ("Spokesman:", "Poll:"), or a name the report uses elsewhere: written there
    capitalised inside a sentence (not only as a sentence's first word) and never in lower case
    (a common adjective or noun: "Calm:", "Bold:" of a picture's caption); on the text's first
    line (the headline) a capitalised word never written in lower case is enough. The tagger's
    reading of the label is no help: a caption's word is often tagged a name, a surname a noun."""
    word = label.strip(".,’'\"“”")
    t = adoc.tokens[head]
    if label.isupper() or t.pos == "PRON" or not word \
            or {t.lemma.lower(), word.lower()} & (SPEAKER_NOUNS | LABEL_SOURCES):
        return True
    if re.search(rf"\b{re.escape(word.lower())}\b", adoc.text) and not word.islower():
        return False  # the word in lower case somewhere: a common word
    if not adoc.text[:line_s].strip():
        return True  # the headline's own label ("Lee: ..."), often the report's one naming
    for hit in re.finditer(rf"\b{re.escape(word)}\b", adoc.text):
        if line_s <= hit.start() < line_e:
            continue
        before = adoc.text[:hit.start()].rstrip(" \t\"“‘'")
        if before and before[-1] not in ".?!:\n":
            return True
    return False


# lower-case words inside a name ("Secretary of State", "Ursula von der Leyen")
NAME_PARTICLES = frozenset("of de da di du del der den van von la le al el bin ibn y".split())


def _section_heading(adoc: AnnotatedDoc, label: str, line_s: int, line_e: int, head: int) -> bool:
    """A label of several words in title case on a line after the headline (the headline's
    own label, "Wash Post Fact-Check: ...", being its source; a capitalised transcript label,
    "JOHN SMITH:", and a person's name, a speaker) is a section heading, not a speaker ("Little Relief for
    Refugees:", "Veto Power Impedes Peace Efforts:"), when no name opening it is named
    elsewhere in the report (a speaker labelled in a headline, a transcript or a live blog
    is named in the text too: "Ann Lee:", "Ann Lee on Taxes:") and it holds a lower-case
    word that is no name particle or its last word is nowhere else in the report; a
    speaker noun ("The president:") is a speaker."""
    if adoc.tokens[head].lemma.lower() in SPEAKER_NOUNS:
        return False
    words = [w.strip(".,’'\"“”") for w in label.split()]

    def elsewhere(word: str) -> bool:
        rx = re.compile(rf"\b{re.escape(word)}\b")
        return bool(word) and bool(rx.search(adoc.text, 0, line_s) or rx.search(adoc.text, line_e))

    opening = [w for w in words[:2] if w[:1].isupper()]
    if opening and len(opening[-1]) > 1 and elsewhere(opening[-1]) and elsewhere(opening[0]):
        return False
    if any(w[:1].islower() and w not in NAME_PARTICLES for w in words):
        return True
    return not elsewhere(words[-1])


# convention of epigraphs, letters and readers' voices
_SIGNED = re.compile(r"^[ \t]*(?P<q>[“\"”][^\n]*[”\"])[ \t\xa0]*(?P<dash>[―—–])[ \t\xa0]*"
                     r"(?P<src>[A-Z][\w.’'-]*(?:[ \t\xa0]+[A-Z][\w.’'-]*){0,4})[ \t\xa0]*$", re.M)


def _signed_quotes(adoc: AnnotatedDoc) -> list[Attribution]:
    """Attributions of quotations signed with a dash and a name closing their line."""
    out = []
    for m in _SIGNED.finditer(adoc.text):
        src_s, src_e = m.span("src")
        if adoc.text[src_e - 1] == "." and adoc.text[src_e - 3 : src_e - 2] != " ":
            src_e -= 1  # the line's full stop, not an initial's ("Ann B.")
        dash = adoc.token_at(m.start("dash"))
        head = adoc.token_at(src_e - 1)
        out.append(Attribution(((src_s, src_e),), (m.span("dash"),), (m.span("q"),), "direct",
                               dash, head, adoc.tokens[dash].sent, "signed"))
    return out


# "Ann Lee Speaks ‘Directly To Voters’ After ...": a headline's name, a speech verb in
# title case, a quoted passage right after it
_HEADLINE_VERB = re.compile(r"\A\s*(?P<src>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})[ \t]+"
                            r"(?P<verb>[A-Z][a-z]+)[ \t]+(?=[‘“\"'])")
HEADLINE_VERBS = SPEECH_VERBS | lexicon.words("reporting_verbs", "headline_quotes")


def _verb_lemma(word: str) -> str | None:
    """The lemma of a title-case verb of a headline ("Says" -> say, "Urges" -> urge,
    "Denies" -> deny), when it is a speech verb."""
    w = word.lower()
    for cand in (w, w[:-1], w[:-2], w[:-3] + "y"):
        if cand in HEADLINE_VERBS:
            return cand
    return None


def _headline_verb_quotes(adoc: AnnotatedDoc) -> list[Attribution]:
    """The attribution of a headline ``Name Verb ‘quote’ ...`` (``Name Speaks ‘…’``): the
    name, when it names a person, says the quoted passage right after its speech verb."""
    m = _HEADLINE_VERB.match(adoc.text)
    if m is None or _verb_lemma(m.group("verb")) is None:
        return []
    q0 = m.end()
    region = next(((s, e) for s, e in quote_regions(adoc.text) if s == q0), None)
    if region is None or "\n" in adoc.text[q0:region[1]] or len(adoc.text[q0:region[1]].split()) < 2:
        return []
    src_s, src_e = m.span("src")
    toks = list(range(adoc.token_at(src_s), adoc.token_at(src_e - 1) + 1))
    head = toks[-1]
    if not any(adoc.tokens[k].ent_type == "PERSON" for k in toks) and not _can_speak(adoc, head):
        return []
    verb = adoc.token_at(m.start("verb"))
    return [Attribution(((src_s, src_e),), (m.span("verb"),), (region,), "direct", verb, head,
                        adoc.tokens[verb].sent, "headline")]
