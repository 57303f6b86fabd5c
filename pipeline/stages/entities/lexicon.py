"""The word lists and tables the entity passes read (``pipeline/resources``), loaded once."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipeline.resources import gazetteer, kiwi, word_list
from pipeline.stages.mentions import HANGUL


# Words of administrative units glued to a place's name: city, prefecture, province, state,
# county, district, town (`구마모토시`, `텍사스주`). Of them, the units that hold cities:
# state, prefecture, province (`뉴욕주 올버니`).
UNIT_ENDINGS = frozenset("시현도주군구성정")
REGION_ENDINGS = frozenset("주현성도")
# Words after a name that make the body that runs it, an entity of its own (`가로림공항` and
# `가로림공항공사`, `부산항` and `부산항만공사`): never a short form of that body's name.
OPERATOR_WORDS = frozenset({"공사", "공단"})


# One-character Chinese names of countries as Korean headlines write them (`美 관세`, `美中
# 갈등`), with their Korean names.
HANJA_COUNTRIES = {"美": "미국", "中": "중국", "日": "일본", "韓": "한국", "英": "영국", "獨": "독일", "佛": "프랑스",
                   "露": "러시아", "印": "인도", "伊": "이탈리아", "濠": "호주", "加": "캐나다", "臺": "대만"}


@cache
def gazetteer_entries() -> dict[str, tuple[str, str]]:
    """Gazetteer name → (label, canonical)."""
    return {name: (label, canonical) for name, label, canonical in gazetteer()}


@cache
def gazetteer_prefixes() -> frozenset[str]:
    """Every beginning of a gazetteer name, the whole name included: where the text stops
    being one, no name goes on."""
    return frozenset(name[:length] for name in gazetteer_entries() for length in range(1, len(name) + 1))


@cache
def gazetteer_places() -> frozenset[str]:
    return frozenset(name for name, label, _ in gazetteer() if label == "LOCATION")


@cache
def not_entities() -> frozenset[str]:
    return frozenset(word_list("not_entities"))


@cache
def goods_kinds() -> frozenset[str]:
    return frozenset(word_list("goods_kinds"))


# A generic acronym and a generation or version glued to it: `HBM3E`, `LTE2`.
_VERSIONED = re.compile(r"([A-Za-z]+)\d[0-9A-Za-z]*")
# `K` before an industry's or a genre's common noun: Korea's such-and-such, no one's name
# (`K뷰티`, `K-웹툰`, `K조선`; not `K바이오인사이트`, a firm Kiwi has no word for).
_KOREAN_KIND = re.compile(r"K-?(?P<kind>[가-힣]+)")


def generic_term(name: str) -> bool:
    """Whether a name is a generic term (``not_entities``), one with its version (`HBM3E`:
    `HBM` is no name), or Korea's kind of industry (`K뷰티`)."""
    versioned = _VERSIONED.fullmatch(name)
    korean = _KOREAN_KIND.fullmatch(name)
    return (name in not_entities() or versioned is not None and versioned.group(1) in not_entities()
            or korean is not None and _known_nouns(korean["kind"]))


def _known_nouns(word: str) -> bool:
    """Whether Kiwi reads ``word`` alone as nouns of its dictionary, common or proper (`뷰티`/NNP)."""
    unknown = unknown_morpheme()
    return all(tag in ("NNG", "NNP") and morpheme != unknown for tag, morpheme in reading_alone(word))


@cache
def job_titles() -> frozenset[str]:
    return frozenset(word_list("job_titles"))


@lru_cache(maxsize=4096)
def reading_alone(word: str) -> tuple[tuple[str, int], ...]:
    """``(tag, morpheme id)`` of each token Kiwi reads in ``word`` on its own (in a sentence
    it may read the word otherwise: `푸드뱅크의/NNP`)."""
    return tuple((token.tag, token.id) for token in kiwi().tokenize(word))


def unknown_word(word: str) -> bool:
    """Whether Kiwi reads ``word`` as one morpheme its dictionary does not hold."""
    reading = reading_alone(word)
    return len(reading) == 1 and reading[0][1] == unknown_morpheme()


def known_common_nouns(name: str) -> bool:
    """Whether Kiwi, reading ``name`` alone, finds only common nouns of its dictionary (a word
    it does not know is a common noun too, but of the unknown morpheme)."""
    unknown = unknown_morpheme()
    return all(tag == "NNG" and morpheme != unknown for tag, morpheme in reading_alone(name))


def two_common_nouns(name: str) -> bool:
    """Whether ``name`` is two words, each of Kiwi's dictionary as common nouns (`학교 공사`)."""
    words = name.split()
    return len(words) == 2 and all(known_common_nouns(word) for word in words)


def _nouns_and_suffix(name: str, suffixes: tuple[str, ...]) -> bool:
    """Whether Kiwi reads ``name`` alone as common nouns of its dictionary and a noun suffix
    (XSN) that ``name`` ends in, one of ``suffixes``."""
    reading = reading_alone(name)
    unknown = unknown_morpheme()
    return (len(reading) > 1 and reading[-1][0] == "XSN" and name.endswith(suffixes)
            and all(tag == "NNG" and morpheme != unknown for tag, morpheme in reading[:-1]))


def derived_common_noun(name: str) -> bool:
    """Whether Kiwi reads ``name`` alone as common nouns and the suffix of a rate or an amount
    (`유지`+`율`, `매출`+`액`), which end no name: a measure, whatever the model called it."""
    return _nouns_and_suffix(name, ("율", "률", "액", "량"))


def measure_coinage(name: str) -> bool:
    """Whether ``name`` is a measure: common nouns and the suffix of a rate or an amount
    (``derived_common_noun``: `품절률`), or a word Kiwi does not know ending in such a suffix
    (`결품률`, `집유량`), a measure the article coins; never an organisation's name."""
    return derived_common_noun(name) or len(name) > 2 and name.endswith(("률", "량")) and unknown_word(name)


def noun_of_people(name: str) -> bool:
    """Whether Kiwi reads ``name`` alone as known common nouns and a suffix of people
    (`재택근무`+`자`, `직장`+`인`): a class of people, never one organisation's name."""
    return _nouns_and_suffix(name, ("자", "인"))


@cache
def unknown_morpheme() -> int:
    """The id Kiwi gives every word its dictionary does not hold."""
    return kiwi().tokenize("퀑뷁")[0].id


@cache
def korean_surnames() -> frozenset[str]:
    return frozenset(word_list("surnames"))


@cache
def chinese_surnames() -> frozenset[str]:
    return frozenset(name for line in word_list("chinese_surnames") for name in line.split())


@cache
def label_cues() -> tuple[dict[str, str], dict[str, str]]:
    """Korean endings and Latin last words that say what a name names (`…연구소`, `… Lab`)."""
    korean, latin = {}, {}
    for line in word_list("label_cues"):
        ending, label = line.split("\t")
        (korean if HANGUL.search(ending) else latin)[ending.casefold()] = label
    return korean, latin


def cued_label(name: str, label: str) -> str:
    korean, latin = label_cues()
    last = name.rsplit(" ", 1)[-1]
    if (cue := latin.get(last.casefold())) is not None:
        return cue
    # A one-word name is not its own ending (`연구소` alone names nothing); a last word is.
    longest = min(len(last) if " " in name else len(last) - 1, 6)  # `인베스트먼트`, the longest ending
    for length in range(longest, 0, -1):
        if (cue := korean.get(last[-length:])) is not None:
            return cue
    return label


@cache
def apposition_cues() -> dict[str, str]:
    return dict(line.split("\t") for line in word_list("apposition_cues"))

# Last syllables of organisation names a title `장` may follow: `경찰청장` is the head of
# `경찰청`, `국정원장` of `국정원`, `은행장` of a bank, `박물관장` of a museum.
OFFICE_ENDINGS = frozenset("청원부처회단국소위실대원행관")


def glued_title(name: str) -> str:
    """The job title glued to the end of an organisation or place name (`경찰청장` → `장`,
    `서울시장` → `시장`, `제주지사` → `지사`), or ``""``."""
    if " " in name[-4:]:
        return ""
    if name.endswith("장") and len(name) >= 3 and name[-2] in OFFICE_ENDINGS:
        return "장"
    titles = korean_titles_longest_first()
    if not name.endswith(titles):
        return ""
    return next((title for title in titles if name.endswith(title) and len(name) - len(title) >= 2), "")


@cache
def korean_titles_longest_first() -> tuple[str, ...]:
    return tuple(sorted((t for t in job_titles() if len(t) >= 2 and HANGUL.match(t)), key=len, reverse=True))
