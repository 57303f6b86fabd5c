"""How an article writes a group in full, which a shorter mention of it leaves out (gold
guide): the words before a group that opens with its bound (`연 매출 3억 원 이상 소상공인`)
and before a collective of companies (`카드 3사`)."""

from __future__ import annotations

import re


# A group that opens with its bound (`3억 원 이상 소상공인`, `1조 원 미만 다변화 기업`) or a range
# (`6∼9명 팀`): the figure, its unit words and the bound word, then the rest.
_BOUNDED = re.compile(r"\d[\d.,]*(?:만|억|조)?(?:(?P<range>∼)\d[\d.,]*(?:만|억|조)?)? ?(?P<unit>[^\s\d∼]{0,2}) ?"
                      r"(?:(?:이상|미만|이하|초과) |(?(range)|(?!)))(?P<rest>.+)")


def written_forms(text: str, group: str) -> list[tuple[int, str, str]]:
    """Where the article writes a bound of the same kind of group as ``group``, one that
    opens with its bound (`3억 원 이상 소상공인`) or a range (`6∼9명 팀`), in the same unit (`3년 미만 투자자` is not of
    `연 소득 5000만 원 미만 투자자`'s kind): each place, the one or two words before the bound
    (`연 매출 `) and the bound and group written there; none for a group of another shape."""
    bounded = _BOUNDED.fullmatch(group)
    if bounded is None:
        return []
    written = re.finditer(rf"(?<![^\s(])((?:[가-힣]+(?<![이가은는을를의에도]) ){{1,2}})\d[\d.,]*(?:만|억|조)?(?:∼\d[\d.,]*)? ?"
                          rf"{re.escape(bounded.group('unit'))} ?(?:(?:이상|미만|이하|초과) )?{re.escape(bounded.group('rest'))}", text)
    return [(match.start(), match.group(1), match.group()[len(match.group(1)) :]) for match in written]


# The words before a collective of companies, up to two, none with a particle (`국내 조선 3사의`).
_BEFORE_COLLECTIVE = r"(?<![가-힣A-Za-z·])((?:[가-힣A-Za-z]+(?<![은는이가을를의에도와과]) ){1,2})"


def collective_form(text: str, collective: str) -> str:
    """A collective of companies written bare (`3사의 해외 승인액은`) in the article's full form:
    the words before its first mention, past a list's `등` or `및` (`… 명진카드 등 카드 3사와` →
    카드 3사); itself where no word stands there."""
    match = re.search(_BEFORE_COLLECTIVE + re.escape(collective), text)
    words = match.group(1).split() if match else []
    for joiner in ("등", "및"):
        if joiner in words:
            words = words[words.index(joiner) + 1 :]
    return " ".join([*words, collective])


def full_form(forms: list[tuple[int, str, str]], group: str, own: tuple[int, int]) -> str:
    """A group whose defining words its phrase leaves out, in the article's full form (gold
    guide): the words the article writes before a bound of the same kind of group, from
    ``written_forms`` (`3억 원 이상 소상공인` after `연 매출 3억 원 미만 소상공인의` → 연 매출 3억 원
    이상 소상공인; `1조 원 미만 다변화 기업` → 매출 1조 원 미만 다변화 기업), not where its ``own``
    sentence writes the group itself, whose words before the phrase are not the group's
    (`특히 7살 이상 노령견 보호자의`)."""
    words = next((words for start, words, written in forms if not (own[0] <= start < own[1] and written == group)), None)
    return f"{words}{group}" if words else group
