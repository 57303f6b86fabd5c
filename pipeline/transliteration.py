"""Whether a Latin and a Hangul spelling sound alike: `Netflix` and `넷플릭스`, `Voltaway`
and `볼타웨이`.

Both spellings are reduced to their consonants, in classes Korean loanword spelling
keeps apart (SPEC §3 canonical names: one entity, one canonical, whatever the script).
Vowels are left out, because Korean spells English vowels loosely; so are an English
`r` before a consonant or at the end (`research` → `리서치`, `burger` → `버거`) and the
`ㅇ` that opens a vowel syllable. A consonant written twice in a row counts once, in
either script (`apple`, `알리`).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Consonant classes: K (g k c q), T (d t), P (b p f v), S (s, soft c), J (j z), C (ch),
# R (l r), M, N (n, ng), H.
_INITIALS = "K K N T T R M P P S S _ J J C K T P H".split()
_FINALS = ("", "K", "K", "KS", "N", "NJ", "N", "T", "R", "RK", "RM", "RP", "RS", "RT", "RP", "R",
           "M", "P", "PS", "T", "T", "N", "T", "T", "K", "T", "P", "")
_LATIN = [
    (re.compile(r"r(?=[^aeiouy]|$)"), ""),  # `research`: the English r Korean does not write
    (re.compile(r"t?ch"), "C"), (re.compile(r"sh"), "S"), (re.compile(r"ph"), "P"),
    (re.compile(r"th"), "T"), (re.compile(r"ck|qu"), "K"), (re.compile(r"ng"), "N"), (re.compile(r"x"), "KS"),
    (re.compile(r"c(?=[eiy])"), "S"), (re.compile(r"[ckgq]"), "K"), (re.compile(r"[dt]"), "T"),
    (re.compile(r"[bpfv]"), "P"), (re.compile(r"[jz]"), "J"), (re.compile(r"[lr]"), "R"),
    (re.compile(r"s"), "S"), (re.compile(r"m"), "M"), (re.compile(r"n"), "N"), (re.compile(r"h"), "H"),
]
_FIRST_SYLLABLE = 0xAC00  # `가`; a syllable is 가 + (initial × 21 + vowel) × 28 + final


def syllable_parts(syllable: str) -> tuple[int, int, int]:
    """The indices of a Hangul syllable's initial consonant, vowel and final consonant."""
    code = ord(syllable) - _FIRST_SYLLABLE
    return code // 588, code // 28 % 21, code % 28


@lru_cache(maxsize=8192)
def consonants(name: str) -> str:
    """The consonant skeleton of ``name``; digits stay as they are, other signs are dropped."""
    skeleton: list[str] = []
    for run in re.finditer(r"[가-힣]+|[A-Za-z]+|[0-9]+", name):
        text = run.group()
        if text[0].isdigit():
            skeleton.append(text)
        elif "가" <= text[0] <= "힣":
            skeleton.append(_hangul(text))
        else:
            skeleton.append(_latin(text))
    return "".join(skeleton)


def sound_alike(latin: str, hangul: str) -> bool:
    """Whether the two spellings have one skeleton, of at least three consonants or digits."""
    skeleton = consonants(latin)
    return len(skeleton) >= 3 and skeleton == consonants(hangul)


def _hangul(text: str) -> str:
    letters: list[str] = []
    for syllable in text:
        initial_index, _, final_index = syllable_parts(syllable)
        initial, final = _INITIALS[initial_index], _FINALS[final_index]
        if initial != "_":
            if letters and letters[-1] and letters[-1][-1] == initial:  # `알리`: the final and the next initial are one sound
                letters[-1] = letters[-1][:-1]
            letters.append(initial)
        letters.append(final)
    return "".join(letters)


def _latin(text: str) -> str:
    text = re.sub(r"(.)\1", r"\1", text.lower())  # `apple`, `google`
    for pattern, letter in _LATIN:
        text = pattern.sub(letter, text)
    return re.sub(r"[a-z]", "", text)


# Revised Romanization, letter by letter (no sound changes across syllables).
_RR_INITIALS = "g kk n d tt r m b pp s ss _ j jj ch k t p h".split()
_RR_VOWELS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_RR_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
              "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")


def romanized(hangul: str) -> str:
    """``hangul`` in Revised Romanization, syllable by syllable (`솔기` → `solgi`), as Korean
    firms spell their coined names in Latin letters."""
    letters = []
    for syllable in hangul:
        initial, vowel, final = syllable_parts(syllable)
        letters.append(_RR_INITIALS[initial].strip("_") + _RR_VOWELS[vowel] + _RR_FINALS[final])
    return "".join(letters)



# Initials before which Korean loanword spelling adds `ㅡ` to an English consonant that has
# no vowel (`트래블` travel, `기프트` gift, `스마트` smart): ㄱ ㄷ ㅂ ㅅ ㅈ ㅊ ㅋ ㅌ ㅍ.
_CLUSTER_INITIALS = frozenset((0, 3, 7, 9, 12, 14, 15, 16, 17))
_EU = 18  # the vowel `ㅡ`
_RIEUL = 8  # the final `ㄹ`: `블`, `플`, `클`, `글` spell `bl`, `pl`, `cl`, `gl`
_STOPS = frozenset((0, 7, 15, 17))  # ㄱ ㅂ ㅋ ㅍ


def spells_english(hangul: str) -> bool:
    """Whether ``hangul`` holds a syllable by which Korean spells an English consonant
    cluster or final consonant (`트래블`, `스마트`, `플랫폼`), which native and coined names
    (`태랑`, `해솔`, `윤슬`, `쓰키시마`) do not."""
    for syllable in hangul:
        if not "가" <= syllable <= "힣":
            continue
        initial, vowel, final = syllable_parts(syllable)
        if vowel == _EU and (final == 0 and initial in _CLUSTER_INITIALS or final == _RIEUL and initial in _STOPS):
            return True
    return False
