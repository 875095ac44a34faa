"""Text analysers: Snowball stemming for Russian and English, character 4-grams for Kazakh.

There is no Kazakh Snowball stemmer, so Kazakh words are cut into word-boundary character 4-grams
(inflected and voiced forms such as "құқық" / "құқығы" still share most of them), after folding the
Kazakh letters to their Russian-keyboard look-alikes so that "кукык" typed on a Russian layout matches.
"""

import re
import unicodedata
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_RUSSIAN

WORD = re.compile(r"[^\W_]+", re.UNICODE)
KAZAKH_LETTERS = set("әғқңөұүһі")
KAZAKH_FOLD = str.maketrans("әғқңөұүһі", "агкноуухи")

STOPWORDS_KK = frozenset(
    """мен сен ол біз сіз олар менің сенің оның біздің сіздің олардың маған саған оған бізге сізге
    және мен бен пен не немесе да де та те ма ме ба бе па пе ғой қой ғана тек әрі бірақ егер онда
    осы сол бұл мына ана кім не қандай қалай қашан қайда неге неше қанша ме бе ма па пе бар жоқ
    үшін туралы арқылы дейін кейін бойынша сияқты деген болса болады болып бола бол еді екен
    керек мүмкін ба өз өзім өзі әр барлық ең ол""".split()
)
STOPWORDS = {
    "ru": frozenset(STOPWORDS_RUSSIAN) | {"это", "мне", "меня", "мой", "моя", "мои", "какой", "какие", "ли"},
    "en": frozenset(STOPWORDS_EN) | {"can", "do", "does", "what", "how", "my", "i", "me"},
    "kk": STOPWORDS_KK,
}


def normalise(text):
    """NFC, lower case, ё → е."""
    return unicodedata.normalize("NFC", text or "").casefold().replace("ё", "е")


def words(text):
    return WORD.findall(normalise(text))


@lru_cache(maxsize=2)
def _stemmer(language):
    return Stemmer.Stemmer({"ru": "russian", "en": "english"}[language])


def analyse_ru(text):
    return _stemmer("ru").stemWords([w for w in words(text) if w not in STOPWORDS["ru"]])


def analyse_en(text):
    return _stemmer("en").stemWords([w for w in words(text) if w not in STOPWORDS["en"]])


def kk_grams(word, n=4):
    word = f"_{word.translate(KAZAKH_FOLD)}_"
    if len(word) <= n:
        return [word]
    return [word[i : i + n] for i in range(len(word) - n + 1)]


def analyse_kk(text):
    tokens = []
    for word in words(text):
        if word in STOPWORDS["kk"]:
            continue
        tokens.extend(kk_grams(word))
    return tokens


ANALYSERS = {"kk": analyse_kk, "ru": analyse_ru, "en": analyse_en}


def script_language(text):
    """A guess from the alphabet only: "en" for Latin, "kk" if Kazakh letters occur, "" if it could be kk or ru."""
    letters = [c for c in normalise(text) if c.isalpha()]
    if not letters:
        return ""
    latin = sum("a" <= c <= "z" for c in letters)
    if latin > len(letters) / 2:
        return "en"
    if KAZAKH_LETTERS.intersection(letters):
        return "kk"
    return ""


def content_words(text):
    """Words that carry meaning in any of the three languages (stop words of all three removed)."""
    every = STOPWORDS["kk"] | STOPWORDS["ru"] | STOPWORDS["en"]
    return [w for w in words(text) if w not in every and (len(w) > 1 or w.isdigit())]


def shares_stem(word, other_words):
    """Whether ``word`` and one of ``other_words`` share a prefix long enough to be the same stem."""
    folded = word.translate(KAZAKH_FOLD)
    size = min(len(folded), max(4, round(len(folded) * 0.6)))
    prefix = folded[:size]
    return any(other.translate(KAZAKH_FOLD).startswith(prefix) for other in other_words)
