"""Korean numerals: exact values of `2억2000만`, `1조 2,000억`, `3천5백만`, `15만 8000`.

Korean groups a number in sections of four digits, each closed by a large
magnitude word (만 10⁴, 억 10⁸, 조 10¹², 경 10¹⁶); inside a section 십, 백 and
천 multiply the digit before them. Digits, magnitude words and the Sino-Korean
digit words (`삼천` = 3000) mix freely. Values are exact: an ``int``, or a
``Decimal`` when the number has a fraction (`2.5%`). Vague numerals (`수천억`,
`몇십`) have no value: ``None``.
"""

from __future__ import annotations

import re
from decimal import Decimal

SMALL_MAGNITUDES = {"십": 10, "백": 100, "천": 1000}
LARGE_MAGNITUDES = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}
SINO_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
VAGUE_WORDS = ("수", "몇")  # `수천억`, `몇십`: "several", no value

# Full-width digits and separators as ASCII.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９，．", "0123456789,.")

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
"""Digits with optional thousands commas and decimals."""

SECTION = rf"(?:{DIGITS})(?:[십백천](?:{DIGITS})?)*"
"""One four-digit section written with digits: `2000`, `3천5백`, `1.5`."""

_LARGE = f"[{''.join(LARGE_MAGNITUDES)}]"
NUMERAL = (
    rf"{SECTION}(?:여?{_LARGE}(?: ?{SECTION}여?{_LARGE})*"
    # A last section with no magnitude (`15만 8000`), unless it opens a date (`5억 2019년`).
    rf"(?: ?{SECTION}(?![\d,.]| ?(?:년|월|일|시|분기)))?)?"
)
"""A number in running text that starts with a digit: `2억2000만`, `1조 2,000억`, `15만 8000`,
`300여만`. It may end inside a larger token; callers check what follows."""

_TOKEN = re.compile(
    rf"(?P<digits>{DIGITS})"
    rf"|(?P<small>[{''.join(SMALL_MAGNITUDES)}])"
    rf"|(?P<large>[{''.join(LARGE_MAGNITUDES)}])"
    rf"|(?P<sino>[{''.join(SINO_DIGITS)}])"
    rf"|(?P<vague>{'|'.join(VAGUE_WORDS)})"
    r"|(?P<approx>여)"
    r"|(?P<space>\s+)"
    r"|(?P<other>.)",
    re.S,
)


def _number(digits: str) -> int | Decimal:
    digits = digits.replace(",", "")
    return Decimal(digits) if "." in digits else int(digits)


def parse_korean_number(text: str) -> int | Decimal | None:
    """The exact value of a Korean numeral, or ``None`` when it is vague or not a numeral.

    An approximate `여` (`300여`, `4조8000억여`) does not change the value; the
    caller reads it as a qualifier.
    """
    total: int | Decimal = 0
    section: int | Decimal = 0  # the value of the open four-digit section
    pending: int | Decimal | None = None  # a number not yet multiplied by a magnitude
    last_large = last_small = None
    seen_number = False
    for match in _TOKEN.finditer(text.translate(_FULL_WIDTH)):
        kind, token = match.lastgroup, match.group()
        if kind in ("digits", "sino"):
            if pending is not None:
                return None  # two numbers in a row: `15 8000`
            pending = _number(token) if kind == "digits" else SINO_DIGITS[token]
            seen_number = True
        elif kind == "small":
            magnitude = SMALL_MAGNITUDES[token]
            if last_small is not None and magnitude >= last_small:
                return None  # `3백5천`
            section += (1 if pending is None else pending) * magnitude
            pending, last_small = None, magnitude
            seen_number = True
        elif kind == "large":
            magnitude = LARGE_MAGNITUDES[token]
            if last_large is not None and magnitude >= last_large:
                return None  # `3만 2억`
            bare = section == 0 and pending is None  # `만`, `천만`: one of the magnitude
            if bare and last_large is not None:
                return None  # `억만`: an idiom for "countless", no number
            total += (1 if bare else section + (pending or 0)) * magnitude
            section, pending, last_small, last_large = 0, None, None, magnitude
            seen_number = True
        elif kind == "vague" or kind == "other":
            return None
        # `approx` and `space` carry no value
    if not seen_number:
        return None
    total += section + (pending or 0)
    if isinstance(total, Decimal) and total == total.to_integral_value():
        return int(total)
    return total


def parse_korean_range(low: str, high: str) -> tuple[int | Decimal, int | Decimal] | None:
    """The values of a range's two ends (`10`, `20억` → 10억, 20억).

    A first end written without a large magnitude borrows one from the second:
    the largest that keeps it at or below the second (`5000~1억5000만` → 5000만).
    """
    high_value = parse_korean_number(high)
    low_value = parse_korean_number(low)
    if high_value is None or low_value is None:
        return None
    if not any(word in low for word in LARGE_MAGNITUDES):
        borrowed = sorted((LARGE_MAGNITUDES[w] for w in LARGE_MAGNITUDES if w in high), reverse=True)
        fitting = [m for m in borrowed if low_value * m <= high_value]
        if borrowed:
            low_value = low_value * (fitting[0] if fitting else borrowed[-1])
    return low_value, high_value
