"""What on a page is no story text: furniture, datelines and headlines.

Pure functions over one :class:`~sitroom.model.AnnotatedDoc`, used by
:mod:`sitroom.extract.actors`, whose words are in ``data/page_furniture.json`` and
``data/actor_filters.json``:

* :func:`furniture_tokens`: section labels and teasers, bylines, reporting and picture
  credits, invitations to follow someone, sources credited in brackets, closing author
  biographies, scraped widgets, readers' signatures ("Jane Doe." alone closing a letter);
  the people they name report, photograph or sign, they do not act;
* :func:`dateline_tokens`: datelines ("PLOVDIV, Bulgaria (AP) —", "MIDWAY ATOLL -", "City (AFP) –");
* :func:`headline_spans`: headlines in title case or capitals, where capitals no longer mark
  names, and every line shaped like a title.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..model import AnnotatedDoc
from .actor_filter_words import filter_words
from .gazetteer import get_gazetteer

# parts of speech of capitalised words that mark a title-case headline, not a list of names
HEADLINE_POS = frozenset({"VERB", "AUX", "ADP", "DET", "CCONJ", "SCONJ", "PRON", "PART"})

_FURNITURE = json.loads((Path(__file__).resolve().parent.parent / "data" / "page_furniture.json")
                        .read_text(encoding="utf-8"))
_F = filter_words()
# a dash; and an em or en dash of a Windows-1252 page read as Latin-1 (round 24)
DASHES = frozenset({"—", "–", "--", "―"} | set(_FURNITURE["mis_decoded_dashes"]))
HEADLINE_WORDS = frozenset(_F["headline_words"])
BIO_NOUNS = frozenset(_F["bio_nouns"])
NOT_OPENERS = frozenset(_F["bio_not_openers"])
_BIO_COPULA = "|".join(re.escape(w) for w in _F["bio_copulas"])  # "is", "has been", ...
_LABEL = re.compile(r"^\W*(?:" + "|".join(re.escape(w).replace("'", "['’]") for w in sorted(
    _FURNITURE["labels"], key=len, reverse=True)) + r")\s*(?:[:|»›>–—-]|\.?$)", re.IGNORECASE)
_CREDIT_WORD = "(?i:" + "|".join(re.escape(w) for w in sorted(
    _FURNITURE["credit_words"], key=len, reverse=True)) + r")\b"
_NOT_POLL = r"(?![\w'’-])(?![ \t]+(?i:" + "|".join(_FURNITURE["poll_words"]) + r")\b)"
# a name joined to an agency by a slash or bar, with more credits after it, or after one
_CREDIT = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]*[/|][ \t]*" + _CREDIT_WORD
                     + r"(?:[ \t]*[/|][ \t]*[\w.'’ -]{1,30})*" + _NOT_POLL
                     + r"|\b" + _CREDIT_WORD + r"[ \t]*[/|][ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
                     + _NOT_POLL)
_CREDIT_LINE = re.compile("|".join(re.escape(w) for w in _FURNITURE["credit_phrases"]), re.IGNORECASE)
# a source credited in square brackets after an item: "[Jane Doe.]", "[Jane Doe, Courier]"
_BRACKET_CREDIT = re.compile(r"\[(?:[A-Z][\w.'’&-]*[ ,]*){1,6}\.?\]")
_FOLLOW = re.compile(r"^\W*(?:" + "|".join(re.escape(w) for w in _FURNITURE["follow_openers"]) + r")\b.*(?:"
                     + "|".join(re.escape(w) for w in _FURNITURE["follow_targets"]) + ")", re.IGNORECASE)
_WIDGET = re.compile("|".join(re.escape(w) for w in _FURNITURE["widget_text"]))
_BYLINE = re.compile(r"^\W*(?:" + "|".join(re.escape(w) for w in _FURNITURE["byline_openers"])
                     + r")\s+[A-Z]", re.IGNORECASE)
# "Write to Jane Doe at jane.doe@example.com", "Contact Jane Doe at 555-123-4567": a contact line
_CONTACT = re.compile(r"^\W*(?i:" + "|".join(re.escape(w) for w in _FURNITURE["contact_openers"])
                      + r")\s+[A-Z].*(?:[\w.+-]+@[\w-]+\.[\w.]+|\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4})")
_EMAIL = r"[\w.+-]+@[\w-]+\.[\w.]*\w"
_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}"
# "Jane Doe jdoe@example.com March 24, 2009": a byline, the name right before its e-mail address
_EMAIL_BYLINE = re.compile(r"(?<![\w'’-])" + _NAME + r"[ \t]+" + _EMAIL)
_TEASER = re.compile(r"^\W*(?:" + "|".join(re.escape(w) for w in _FURNITURE["teaser_openers"])
                     + r")\s+[A-Z]", re.IGNORECASE)
# "(NYSE: ABC)", "NASDAQ:AAPL", "$AAPL": a stock quote; the exchange and the ticker are no names
_TICKER = re.compile(r"\b(?i:" + "|".join(re.escape(w) for w in sorted(
    _FURNITURE["stock_exchanges"], key=len, reverse=True)) + r")[ \t]*:[ \t]*[A-Z][A-Z0-9.]{0,6}\b"
                     r"|(?<![\w$])\$[A-Z]{1,5}\b(?![.,]?\d)")
# scraped script code: "var x = 'Y';", "function(", "});": no story text
_CODE = re.compile("|".join(_FURNITURE["code_marks"]))
# an image's alt text closing a line: "X Logo"
_IMAGE_LABEL = re.compile(r"(?:[A-Z][\w.&'’-]*[ \t]+){1,3}(?:" + "|".join(
    re.escape(w) for w in _FURNITURE["image_words"]) + r")(?=[ \t]*(?:\n|$))")
# "(Picture: X)", "(Photo: X / Y)": a picture credit in round brackets inside a line
_PAREN_CREDIT = re.compile(r"\((?i:" + "|".join(re.escape(w) for w in sorted(
    _FURNITURE["bracket_credit_labels"], key=len, reverse=True)) + r")[ \t]*:[^()\n]{1,80}\)")
# "(Reporting by Jane Doe; Editing by Mark Lee)" closing a paragraph of story text: a credit in
# round brackets opening with one of credit_phrases, at the end of its line however long the
# line runs (round 19); a bracket inside a sentence is story text
_PAREN_CREDIT_LINE = re.compile(r"\((?i:" + "|".join(re.escape(w.strip()) for w in sorted(
    _FURNITURE["credit_phrases"], key=len, reverse=True)) + r")[^()\n]{1,200}\)[ \t]*$", re.M)
# "Watch X's speech:" alone on a line: a video's teaser
_COLON_TEASER = re.compile(r"^\W*(?i:" + "|".join(re.escape(w) for w in _FURNITURE["colon_teasers"])
                           + r")\s+[A-Z].*:$")
# "Twitter: @jdoe." alone on a line: the author's contact line, handles only (round 18)
_HANDLE_LINE = re.compile(r"^\W*(?i:" + "|".join(re.escape(w) for w in _FURNITURE["handle_labels"])
                          + r")[ \t]*:[ \t]*@\w+(?:[ \t]*(?:,|and|&)?[ \t]*@\w+)*[ \t]*\.?$")
_POSTSCRIPT = re.compile(r"^\W*(?i:" + "|".join(re.escape(w) for w in _FURNITURE["postscript_marks"])
                         + r")\.?(?=[ \t]*[.:]|[ \t]*$)")


def furniture_tokens(adoc: AnnotatedDoc) -> set[int]:
    """Tokens of page furniture: section labels and teasers ("Read more: ...", "Watch: ..."),
    bylines ("By Jane Doe and Mark Lee"), reporting credits ("Jane Doe contributed
    reporting.", "(Additional reporting by Jane Doe; Editing by Mark Lee)"), picture credits ("Jane Doe/AFP/Getty Images", "Photo: Jane Doe / Reuters",
    "Facebook/Jane Doe"), an author's biography closing the report ("Jane Doe is a columnist
    for ..."), sources credited in brackets ("[Jane Doe.]"), scraped widgets (comment bars:
    the stretch between the bars around one), contact lines ("Write to Jane Doe at
    jane@example.com"), syndication lines ("This article originally appeared on X"), teasers
    ("More From X"), "Story developing.", a postscript's mark ("PS.") and stock quotes ("(NYSE:
    ABC)", "$ABC"), lines of scraped script code ("var x = 'Y';"), an image's alt text closing a line ("X
    Logo"), a picture credit in round brackets ("(Picture: X)"), a video's teaser alone on its
    line ("Watch X's speech:"), a contact line of handles alone ("Twitter: @jdoe."; round
    18); a byline of a name right before its e-mail address, anywhere in the text ("Jane Doe
    jdoe@example.com March 24, 2009": local pages run their lines together; round 24). A label opening a line too long to be furniture ("Editor’s Note: If you
    ...") is furniture alone. The people they name report or photograph; they do not act."""
    text = adoc.text
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        stripped = line.strip()
        words = len(stripped.split())
        if stripped and (_LABEL.match(stripped) and words <= 16 or _FOLLOW.match(stripped) and words <= 40
                         or _BYLINE.match(stripped)
                         and words <= 12 and not stripped.endswith(".")
                         or _CONTACT.match(stripped) and words <= 40
                         or _TEASER.match(stripped) and words <= 6
                         or _COLON_TEASER.match(stripped) and words <= 16
                         or _CODE.search(stripped) or _HANDLE_LINE.match(stripped)
                         or (m := _CREDIT_LINE.search(stripped)) and (
                             words <= 25 or m.start() <= 2 and words <= 80)):
            spans.append((pos, end))
        elif stripped and (m := _LABEL.match(line)):
            spans.append((pos, pos + m.end()))  # "Editor's Note: ..." on a long line: the label alone
        elif stripped and (m := _POSTSCRIPT.match(line)):
            spans.append((pos, pos + m.end()))  # "PS. We are proud": the mark alone
        pos = end + 1
    spans += [(m.start(), m.end()) for m in _CREDIT.finditer(text)] + bio_lines(text)
    spans += [(m.start(), m.end()) for m in _TICKER.finditer(text)]
    spans += [(m.start(), m.end()) for m in _EMAIL_BYLINE.finditer(text)]
    spans += [(m.start(), m.end()) for m in _IMAGE_LABEL.finditer(text)]
    spans += [(m.start(), m.end()) for m in _BRACKET_CREDIT.finditer(text)]
    spans += [(m.start(), m.end()) for m in _PAREN_CREDIT.finditer(text)]
    spans += [(m.start(), m.end()) for m in _PAREN_CREDIT_LINE.finditer(text)]
    spans += signature_lines(text)
    for m in _WIDGET.finditer(text):
        # a widget glued into the text: the stretch between the bars or line ends around it
        a = max(text.rfind("|", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        b = min((k for k in (text.find("|", m.end()), text.find("\n", m.end())) if k >= 0),
                default=len(text))
        spans.append((a, b))
    if not spans:
        return set()
    return {i for i, t in enumerate(adoc.tokens) if any(a <= t.idx < b for a, b in spans)}


# a paragraph that is a name alone, closed by a full stop: "Jane Q. Doe."
_SIGNATURE = re.compile(r"[A-Z][\w'’-]*\.?(?:[ \t]+[A-Z][\w'’-]*\.?){1,3}\.")


def signature_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of signatures: a paragraph after the first that is only a name of two
    to four capitalised words closed by a full stop ("Jane Doe.", closing a reader's letter or
    comment), whose last word the report writes nowhere else. The writer signs; they do not
    act in the story."""
    out = []
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    for a, b in paras[1:]:
        line = text[a:b].strip()
        if not _SIGNATURE.fullmatch(line):
            continue
        last = line.rstrip(".").split()[-1]
        if len(re.findall(r"(?<![\w'’-])" + re.escape(last) + r"(?![\w'’-])", text)) == 1:
            out.append((a, b))
    return out


def dateline_tokens(adoc: AnnotatedDoc) -> set[int]:
    """Tokens of datelines ("PLOVDIV, Bulgaria (AP) —"): a capitalised place opening a
    sentence, up to the dash; the places there say where the report was filed, not who acts."""
    toks = adoc.tokens
    out: set[int] = set()
    for snt in adoc.sents:
        first = toks[snt.start]
        if not (first.text.isupper() and first.text.isalpha() and len(first.text) > 1):
            continue
        caps = snt.start
        while caps < min(snt.end, snt.start + 4) and toks[caps].text.isupper() and toks[caps].text.isalpha():
            caps += 1
        if not (first.ent_type in ("GPE", "LOC") or caps < snt.end
                and (toks[caps].text in DASHES or toks[caps].text in ("-", ","))):
            continue  # "MIDWAY ATOLL - ...": capitals up to a dash
        for k in range(snt.start + 1, min(snt.end, snt.start + 12)):
            if toks[k].text in DASHES or toks[k].text == "-":
                out.update(range(snt.start, k))
                break
    return out | credited_place_tokens(adoc)


def credited_place_tokens(adoc: AnnotatedDoc) -> set[int]:
    """Tokens of the place of a dateline in any case, "Washington (AFP) –", "Des Moines, Iowa
    (Reuters) -": a line opening with a place name (at most five words and commas, each part
    between commas tagged a place word for word or known to the gazetteer), then a source of
    one to three capitalised words in brackets and a dash. The place says where the report was
    filed; the source in brackets is left to the other rules (a news agency is a body, round
    19)."""
    toks = adoc.tokens
    text = adoc.text
    out: set[int] = set()
    for t in toks:
        if t.idx and text[t.idx - 1] != "\n" or not t.text[:1].isupper():
            continue
        k = t.i
        while k < min(len(toks), t.i + 6) and toks[k].text != "(" and (
                toks[k].text == "," or toks[k].text[:1].isupper()):
            k += 1
        if k == t.i or k >= len(toks) or toks[k].text != "(" or not _all_place(adoc, t.i, k):
            continue
        close = next((j for j in range(k + 1, min(len(toks), k + 5)) if toks[j].text == ")"), None)
        if close is None or close == k + 1 or not all(
                x.text[:1].isupper() for x in toks[k + 1:close]) or close + 1 >= len(toks) \
                or not (toks[close + 1].text in DASHES or toks[close + 1].text == "-"):
            continue
        out.update(range(t.i, k))
    return out


def _all_place(adoc: AnnotatedDoc, start: int, end: int) -> bool:
    """Every part between commas of the tokens [start, end) is a place: each of its tokens
    tagged one, or the part known to the gazetteer ("Des Moines, Iowa"); one place word before
    a name is not enough ("Ohio Senator Jane Doe (D) -", round 19)."""
    parts: list[list[int]] = [[]]
    for j in range(start, end):
        if adoc.tokens[j].text == ",":
            parts.append([])
        else:
            parts[-1].append(j)
    return any(parts) and all(
        p and (all(adoc.tokens[j].ent_type in ("GPE", "LOC") for j in p)
               or get_gazetteer().lookup(adoc.span_text(p[0], p[-1] + 1))) for p in parts)



def headline_spans(adoc: AnnotatedDoc) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character spans where capitals no longer mark names, and spans of every line shaped
    like a title (names there do not count as the body's). Title-shaped: a paragraph of one
    line, at least three words, every word of four letters or more capitalised (a closing full
    stop allowed). Headlines among them: after the first word a capitalised verb or function
    word ("Says", "Will", "And", "With"; by the tagger or ``headline_words``) or two capitalised common nouns or adjectives, which a
    line listing names or a caption ("Jane Doe, John Smith and Ann Lee") does not have. Also
    headlines: a paragraph's lead-in of three words or more in capitals ("EVEN HIS BOSS THINKS
    ... — The head of ...") or in title case before a colon ("Veto Power Impedes Peace
    Efforts: ..."), and a paragraph of up to four capitalised words alone on its line, one of them
    a common word (a section heading: "Gender Equality.", "Correction Appended."; not a name
    alone, "Jane Doe.")."""
    text = adoc.text
    toks = adoc.tokens
    shaped, leads, pos = [], [], 0
    lines = text.split("\n")
    for k, line in enumerate(lines):
        words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line)]
        long = [w for w in words if len(w) >= 4]
        alone = (k == 0 or not lines[k - 1].strip()) and (k + 1 == len(lines)
                                                          or not lines[k + 1].strip())
        if alone and 1 <= len(words) <= 4 and long and all(w[0].isupper() for w in long) \
                and re.fullmatch(r"[^.!?:;\"“”]+\.?", line.strip()) and _worded(adoc, pos, pos + len(line)):
            leads.append((pos, pos + len(line)))  # a section heading: "Gender Equality."
        elif alone and len(words) >= 3 and long and all(w[0].isupper() for w in long):
            shaped.append((pos, pos + len(line)))
        else:
            caps = re.match(r"\W*(?:[A-Z][A-Z’'.&-]+\W+){3,}", line)
            colon = re.match(r"\W*((?:[\w'’-]+ ){2,11}[\w'’-]+):", line)
            if caps:
                leads.append((pos, pos + caps.end()))
            elif colon:
                lw = [w for w in colon.group(1).split() if len(w) >= 4]
                if lw and all(w[0].isupper() for w in lw):
                    leads.append((pos, pos + colon.end()))
        pos += len(line) + 1
    verbal = []
    for a, b in shaped:
        inside = [t for t in toks if a <= t.idx < b and t.text.strip()]
        caps_t = [t for t in inside[1:] if t.text[:1].isupper() and _standalone(adoc, t.i)]
        if any(t.pos in HEADLINE_POS or t.text.lower() in HEADLINE_WORDS and t.ent_type != "PERSON"
               for t in caps_t) or sum(
                t.pos in ("NOUN", "ADJ") for t in caps_t) >= 2:
            verbal.append((a, b))
    return verbal + leads, shaped + leads


def _standalone(adoc: AnnotatedDoc, i: int) -> bool:
    """True when token ``i`` is a word of its own, not a piece of a hyphenated one ("As" of
    "As-Saba")."""
    toks = adoc.tokens
    return not (i > 0 and toks[i - 1].text in "-‐" and not toks[i - 1].ws
                or i + 1 < len(toks) and toks[i + 1].text in "-‐" and not toks[i].ws)



def _worded(adoc: AnnotatedDoc, a: int, b: int) -> bool:
    """True when a word of the line [a, b) is a common word: tagged other than a proper noun,
    or written in lower case elsewhere in the report ("Gender" of "Gender Equality.")."""
    words = [t for t in adoc.tokens if a <= t.idx < b and t.text[:1].isalpha()]
    lower = {t.text for t in adoc.tokens if t.text.islower()}
    return any(t.pos != "PROPN" or t.text.lower() in lower for t in words)


def bio_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of an author's biography among the last three paragraphs of a report:
    a paragraph opening with a name of two to four words and "is (a/an/the)", followed within
    six words by a word of a biography ("Jane Doe is a columnist", "John Roe is co-author";
    ``bio_nouns``)."""
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    out = []
    for a, b in paras[-3:]:
        para = text[a:b].strip()
        m = re.match(rf"((?:[A-Z][\w.'’-]*\s+){{2,4}})(?:{_BIO_COPULA})\s+"
                     r"((?:[\w-]+[\s,]+){0,6})", para + " ")
        if m and len(para.split()) <= 80 and m.group(1).split()[0].lower() not in NOT_OPENERS \
                and set(re.findall(r"[a-z]+", m.group(2).lower())) & BIO_NOUNS:
            out.append((a, b))
    return out
