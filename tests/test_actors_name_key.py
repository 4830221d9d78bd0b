"""``name_key`` takes a shortcut for ASCII text (no romanising, no Unicode normalisation): the
same key as the full path, and the full path still folds accents and Cyrillic."""

import random
import re
import unicodedata

from sitroom.lang.translit import to_latin
from sitroom.link.actors import name_key


def _reference(text: str) -> str:
    t = unicodedata.normalize("NFKD", to_latin(text))
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).lower()
    t = re.sub(r"['’`]s\b", "", t)
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


def test_ascii_shortcut_gives_the_full_key():
    rng = random.Random(7)
    alphabet = "abcXYZ '`s-.,()019"
    texts = ["the Minister's aides", "O'Neill", "Jane  Doe-Smith Jr.", "ACME (Co)", "it's",
             *("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
               for _ in range(2000))]
    for t in texts:
        assert name_key.__wrapped__(t) == _reference(t), t


def test_other_text_still_folded():
    assert name_key("Élise Dupré’s") == "elise dupre"
    assert name_key("Иван") == _reference("Иван") != ""
