from __future__ import annotations

import pytest

from pipeline.transliteration import consonants, sound_alike, spells_english


@pytest.mark.parametrize(
    ("latin", "hangul"),
    [
        ("Tencent", "텐센트"),
        ("Alibaba", "알리바바"),
        ("Google", "구글"),
        ("Microsoft", "마이크로소프트"),
        ("Facebook", "페이스북"),
        ("Samsung", "삼성"),
        ("Amazon", "아마존"),
        ("Netflix", "넷플릭스"),
        ("Coupang", "쿠팡"),
        ("Stanford", "스탠퍼드"),
        ("Walmart", "월마트"),
        ("Starbucks", "스타벅스"),
        ("Nvidia", "엔비디아"),
        ("Qualcomm", "퀄컴"),
        ("ByteDance", "바이트댄스"),
        ("Meituan", "메이퇀"),
        ("Pinduoduo", "핀둬둬"),
        ("Tesla", "테슬라"),
        ("Intel", "인텔"),
        ("Oracle", "오라클"),
        ("Cisco", "시스코"),
        ("DAMO Academy", "다모아카데미"),
        ("Tao café", "타오카페"),
        ("7Kresearch", "7K리서치"),
    ],
)
def test_a_loanword_spelling_sounds_like_its_latin_original(latin, hangul) -> None:
    assert sound_alike(latin, hangul)


@pytest.mark.parametrize(
    ("latin", "hangul"),
    [
        ("LG Display", "LG전자"),
        ("SK Telecom", "SK하이닉스"),
        ("Tencent", "바이두"),
        ("Google", "구글맵"),
        ("Baidu", "바이두"),  # two consonants are too few to tell names apart
        ("Apple", "애플"),
    ],
)
def test_other_names_and_short_names_do_not_sound_alike(latin, hangul) -> None:
    assert not sound_alike(latin, hangul)


@pytest.mark.parametrize(
    ("name", "skeleton"),
    [("research", "RSC"), ("burger", "PK"), ("apple", "PR"), ("알리", "R"), ("바바", "PP"), ("삼성", "SMSN"), ("2018년", "2018NN")],
)
def test_consonant_skeletons(name, skeleton) -> None:
    assert consonants(name) == skeleton


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("트래블", True), ("기프트", True), ("웰니스", True), ("메타버스", True), ("플랫폼", True), ("클라우드", True),
        ("태랑", False), ("해솔", False), ("윤슬", False), ("온새미", False), ("쓰키시마", False), ("가람", False),
    ],
)
def test_syllables_that_spell_an_english_consonant_cluster_tell_a_loanword(word, english) -> None:
    assert spells_english(word) is english
