"""Korean numerals: a table of written forms, renderings of random numbers that must
parse back exactly, and the quantities and dates stages on arbitrary text."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import Pipeline, to_record
from pipeline.document import Document
from pipeline.korean_numbers import LARGE_MAGNITUDES, parse_korean_number, parse_korean_range

TABLE = [
    ("2억2000만", 220_000_000),
    ("12억7000만", 1_270_000_000),
    ("1조2000억", 1_200_000_000_000),
    ("4조8000억여", 4_800_000_000_000),
    ("3천억", 300_000_000_000),
    ("5천만", 50_000_000),
    ("15만 8000", 158_000),
    ("1조 2,000억", 1_200_000_000_000),
    ("3천5백만", 35_000_000),
    ("300여만", 3_000_000),
    ("1억5000", 100_005_000),
    ("37만", 370_000),
    ("635억", 63_500_000_000),
    ("1,024", 1024),
    ("1,000,000", 1_000_000),
    ("33.18", Decimal("33.18")),
    ("10.3", Decimal("10.3")),
    ("2.5억", 250_000_000),
    ("1.5천", 1500),
    ("０.５", Decimal("0.5")),
    ("１２억７０００만", 1_270_000_000),
    ("１，２００", 1200),
    ("만", 10_000),
    ("천만", 10_000_000),
    ("백만", 1_000_000),
    ("삼천", 3000),
    ("오천만", 50_000_000),
    ("2조 5천억", 2_500_000_000_000),
    ("1경", 10**16),
    ("0", 0),
]

NO_VALUE = ["수천억", "수십", "수백만", "몇십", "몇", "", "억만", "3만 2억", "3백5천", "15 8000", "12a", "-"]


@pytest.mark.parametrize(("written", "value"), TABLE, ids=[w for w, _ in TABLE])
def test_table(written: str, value: int | Decimal) -> None:
    parsed = parse_korean_number(written)
    assert parsed == value
    assert type(parsed) is type(value)


@pytest.mark.parametrize("written", NO_VALUE, ids=[w or "empty" for w in NO_VALUE])
def test_no_value(written: str) -> None:
    assert parse_korean_number(written) is None


@pytest.mark.parametrize(
    ("low", "high", "values"),
    [
        ("10", "20억", (1_000_000_000, 2_000_000_000)),
        ("5000만", "1억", (50_000_000, 100_000_000)),
        ("5000", "1억5000만", (50_000_000, 150_000_000)),
        ("5", "6", (5, 6)),
        ("3", "4조", (3 * 10**12, 4 * 10**12)),
        ("수십", "20", None),
    ],
)
def test_ranges(low: str, high: str, values: tuple[int, int] | None) -> None:
    assert parse_korean_range(low, high) == values


# Renderings of a number the way Korean business text writes it --------------------

_GROUP_WORDS = sorted(LARGE_MAGNITUDES.items(), key=lambda item: -item[1])


def _section(value: int, style: str) -> str:
    """One four-digit section: `7000`, `7,000` or `7천`."""
    if style == "plain":
        return str(value)
    if style == "commas":
        return f"{value:,}"
    thousands, rest = divmod(value, 1000)
    hundreds, rest = divmod(rest, 100)
    text = (f"{thousands}천" if thousands else "") + (f"{hundreds}백" if hundreds else "")
    return text + (str(rest) if rest else "")


def render(number: int, style: str, spaced: bool) -> str:
    """`12억7000만`, `1조 2,000억`, `3천5백만` …"""
    if number == 0:
        return "0"
    parts = []
    for word, magnitude in _GROUP_WORDS:
        group, number = divmod(number, magnitude)
        if group:
            parts.append(_section(group, style) + word)
    if number:
        parts.append(_section(number, style))
    return (" " if spaced else "").join(parts)


_FULL_WIDTH = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


@given(
    st.integers(min_value=0, max_value=10**20 - 1),
    st.sampled_from(["plain", "commas", "small-units"]),
    st.booleans(),
    st.booleans(),
)
def test_renderings_parse_back_exactly(number: int, style: str, spaced: bool, full_width: bool) -> None:
    written = render(number, style, spaced)
    if full_width:
        written = written.translate(_FULL_WIDTH)
    assert parse_korean_number(written) == number, written


@given(
    st.decimals(min_value=0, max_value=9999, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(["", *LARGE_MAGNITUDES]),
    st.booleans(),
)
def test_decimals_parse_back_exactly(number: Decimal, word: str, commas: bool) -> None:
    written = (f"{number:,}" if commas else str(number)) + word
    expected = number * LARGE_MAGNITUDES.get(word, 1)
    assert parse_korean_number(written) == expected, written


# The stages on arbitrary text ------------------------------------------------------

FRAGMENTS = [
    "2억2000만", "12억7000만 위안", "1조 2,000억 원", "3천5백만", "15만 8000명", "300여 개", "수천억", "수십 개",
    "5∼6년간", "10~20억 원", "-3.2%", "+5%p", "%", "퍼센트", "33.18", "2017년", "11월8일", "1·4분기", "상반기",
    "지난해", "올해", "올 ", "이달", "매년 ", "오후 3시", "30분", "부터", "까지", "에서", "사이", "이상", "약 ", "여",
    "간", "말", "초", "중", "기준", "매일 ", "연간 ", "월 ", "(", ")", "‘", "’", "∼", "~", "-", "１２", "년", "월",
    "일", "시", "분", "초", "대", "위", "배", "밀리 초", "PB", "코로나19", "2013 731", "1.", " ", " ", ".", ",", "\n",
    "\n\n", "홍길동 | 300호 (2020년 7월 Issue 1)\n",
]
PAGES = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=30).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_quantities_and_dates_never_raise_and_keep_spans_valid(page: str) -> None:
    doc = Pipeline().run(Document(doc_id="p", raw=page))
    sentences = {sentence.id: sentence for sentence in doc.sentences}
    for prefix, records in (("q", doc.quantities), ("d", doc.dates)):
        assert [r.id for r in records] == [f"{prefix}{i}" for i in range(len(records))]
        assert [r.start for r in records] == sorted(r.start for r in records)
        for record in records:
            assert doc.text[record.start : record.end] == record.text
            assert record.text
            sentence = sentences[record.sentence]
            assert sentence.start <= record.start < record.end <= sentence.end
            assert 0 <= record.raw_start < record.raw_end <= len(page)
    to_record(doc)  # validates against the schema
    again = Pipeline().run(Document(doc_id="p", raw=page))
    assert again.quantities == doc.quantities and again.dates == doc.dates
