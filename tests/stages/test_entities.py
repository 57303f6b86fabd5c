from __future__ import annotations

import pytest

from pipeline import Pipeline
from pipeline.document import Document
from pipeline.resources import gazetteer, kiwi, word_list
from pipeline.schema import Record
from pipeline.schema import Entity
from pipeline.stages import clean, entities, link, morph, quantities
from pipeline.stages.entities import citations, cues, filters, finders, glosses, labels, lexicon, recurrence, spans
from pipeline.stages.entities.mentions import Mention, TokenIndex, merge, stands_as_a_word

STAGES = Pipeline((("clean", clean.run), ("morph", morph.run), ("entities", entities.run)))


def found(text: str) -> list[tuple[str, str, str]]:
    doc = STAGES.run(Document(doc_id="t", raw=text))
    return [(e.text, e.label, e.canonical) for e in doc.entities]


def mentions_of(text: str, names: list[tuple[str, str]], source: str = "model") -> tuple[Document, list[Mention], TokenIndex]:
    """The text as the entity stage reads it (its quantities found), and the mentions a pass found."""
    doc = Pipeline((("clean", clean.run), ("morph", morph.run), ("quantities", quantities.run))).run(
        Document(doc_id="t", raw=text))
    result, position = [], 0
    for name, label in names:
        start = doc.text.index(name, position)
        position = start + len(name)
        result.append(Mention(start, position, label, source))
    return doc, result, TokenIndex(doc.tokens, doc.text)


def linked(doc: Document, mentions: list[Mention]) -> list[Entity]:
    """The mentions as the entity stage hands them over, after the ``link`` stage."""
    doc.entities = [Entity(id=f"e{i}", text=doc.text[m.start : m.end], label=m.label,
                           canonical=m.canonical or doc.text[m.start : m.end], found_by=m.source, start=m.start,
                           end=m.end, raw_start=m.start, raw_end=m.end, sentence="s0")
                    for i, m in enumerate(mentions)]
    records = list(doc.entities)
    link.run(doc)
    return records


@pytest.mark.parametrize(
    ("text", "name", "model_label", "label"),
    [
        ("공장은 오사카시 외곽에 있다.", "오사카시", "ORG", "LOCATION"),
        ("본사는 텍사스주에 있다.", "텍사스주", "PERSON", "LOCATION"),
        # a name that a place opens and another word ends
        ("누리오사카는 성장했다.", "누리오사카", "ORG", "ORG"),
        ("오사카성은 관광지다.", "오사카성", "LOCATION", "LOCATION"),
    ],
)
def test_a_known_place_with_an_administrative_unit_glued_is_a_place(text, name, model_label, label) -> None:
    doc, mentions, _ = mentions_of(text, [(name, model_label)])
    spans.subdivision(doc.text, mentions[0])
    assert mentions[0].label == label


@pytest.mark.parametrize(
    ("text", "place", "name", "model_label", "label"),
    [
        ("미국 오하이오주 데이턴에 공장을 세웠다.", "오하이오주", "데이턴", "ORG", "LOCATION"),
        ("시즈오카현(静岡県) 이와타시에 연구소를 열었다.", "시즈오카현", "이와타시", "PERSON", "LOCATION"),
        ("중국 광둥성 포산의 공장이다.", "광둥성", "포산", "ORG", "LOCATION"),
        # a word of region after a name, its gloss at most between
        ("나가노(長野) 평야의 사과는 달다.", "", "나가노", "PERSON", "LOCATION"),
        ("아키타 지역 농가와 계약했다.", "", "아키타", "ORG", "LOCATION"),
        # a word of where around a place after a name
        ("카이로(Cairo) 외곽 공장을 샀다.", "", "카이로", "ORG", "LOCATION"),
        ("나고야역 인근에 매장을 열었다.", "", "나고야역", "ORG", "LOCATION"),
        # a country or a city whose name ends so is no state before a name
        ("인도 타타는 철강을 만든다.", "인도", "타타", "ORG", "ORG"),
        ("호주 캔바에 투자했다.", "호주", "캔바", "PRODUCT", "PRODUCT"),
    ],
)
def test_a_name_right_after_a_state_or_province_is_a_place_in_it(text, place, name, model_label, label) -> None:
    doc, mentions, _ = mentions_of(text, [(place, "LOCATION")] * bool(place) + [(name, model_label)])
    labels.place_chains(doc.text, mentions)
    assert mentions[-1].label == label


@pytest.mark.parametrize(
    ("text", "place", "found", "label"),
    [
        ("영국 에든버러대에서 박사 학위를 받았다.", "에든버러", "에든버러대", "ORG"),
        ("미국 오리건주립대 연구진이 분석했다.", "오리건", "오리건주립대", "ORG"),
        ("도쿄공대(Tokyo Tech)와 협약을 맺었다.", "도쿄", "도쿄공대", "ORG"),
        # a place read with its 대 already in it (the model's span)
        ("독일 뮌스터대에서 박사 학위를 받았다.", "뮌스터대", "뮌스터대", "ORG"),
        ("미국 털사대 연구진이 분석했다.", "털사대", "털사대", "ORG"),
        # an avenue, and a place whose own name ends in 대
        ("서울 강남대로 매장을 냈다.", "강남", "강남", "LOCATION"),
        ("부산 해운대에 매장을 냈다.", "해운대", "해운대", "LOCATION"),
    ],
)
def test_a_place_the_rest_of_its_word_makes_a_university_is_the_university(text, place, found, label) -> None:
    doc, mentions, _ = mentions_of(text, [(place, "LOCATION")])
    spans.university(doc.text, mentions[0])
    assert (doc.text[mentions[0].start : mentions[0].end], mentions[0].label) == (found, label)


@pytest.mark.parametrize(
    ("text", "name", "gloss", "canonical"),
    [
        ("리옌훙(李彦宏) 바이두 회장이 말했다.", "리옌훙", "李彦宏", "리옌훙"),
        ("바이두(Baidu)는 검색 기업이다.", "바이두", "Baidu", "바이두"),
        ("스탠퍼드대가 주최한 SQuAD(Stanford Question Answering Dataset) 대회", "SQuAD",
         "Stanford Question Answering Dataset", "SQuAD"),
        ("차이니아오(Cainiao, 菜鸟)는 물류 조직이다.", "차이니아오", "菜鸟", "차이니아오"),
        # a gloss and the alias in one pair of brackets: both name the entity
        ("라온게임즈(Raon Games·이하 라온)는 신작을 냈다.", "라온게임즈", "Raon Games", "라온게임즈"),
        ("해솔커피앤베이커리(Haesol Coffee & Bakery·이하 해솔)는 컸다.", "해솔커피앤베이커리",
         "Haesol Coffee & Bakery", "해솔커피앤베이커리"),
        # a Japanese company's name in katakana
        ("일본 과자 업체 미나미제과(ミナミセイカ)는 공장을 늘렸다.", "미나미제과", "ミナミセイカ", "미나미제과"),
    ],
)
def test_parenthesised_gloss_is_a_mention_of_the_same_entity(text, name, gloss, canonical) -> None:
    doc, mentions, tokens = mentions_of(text, [(name, "ORG")])
    added = glosses.glosses(doc.text, mentions, tokens)
    assert gloss in [doc.text[m.start : m.end] for m in added]
    assert {m.canonical for m in added} == {canonical} and {m.label for m in added} == {"ORG"}


def test_an_alias_after_a_described_name_shortens_the_name_not_the_words_describing_it() -> None:
    text = "2021년 설립된 프롭테크 스타트업 집살핌랩(이하 집살핌)은 등기 점검 앱을 운영한다."
    doc, mentions, tokens = mentions_of(text, [("프롭테크 스타트업 집살핌랩", "ORG")])
    added = glosses.glosses(doc.text, mentions, tokens)
    assert {(doc.text[m.start : m.end], m.canonical) for m in added} >= {("집살핌", "집살핌랩")}
    assert "프롭테크 스타트업 집살핌랩" not in {m.canonical for m in added}


def test_parenthesised_list_and_terms_are_not_glosses() -> None:
    doc, mentions, tokens = mentions_of("스타트업 TMD(진르터우탸오, 메이퇀)가 성장했다.", [("TMD", "ORG")])
    assert glosses.glosses(doc.text, mentions, tokens) == []


def test_short_form_in_parentheses_names_the_full_entity_everywhere() -> None:
    text = "메이퇀디엔핑(메이퇀)은 배달 앱이다. 메이퇀의 데이터는 방대하다."
    doc, mentions, tokens = mentions_of(text, [("메이퇀디엔핑", "ORG")])
    added = glosses.glosses(doc.text, mentions, tokens)
    assert [(doc.text[m.start : m.end], m.canonical) for m in added] == [("메이퇀", "메이퇀디엔핑")]
    later = Mention(doc.text.rindex("메이퇀"), doc.text.rindex("메이퇀") + 3, "ORG", "model")
    assert [e.canonical for e in linked(doc, mentions + added + [later])] == ["메이퇀디엔핑"] * 3


@pytest.mark.parametrize(
    ("text", "found", "label", "added"),
    [
        # the alias is the name's first word: the name runs back over it, a body's name
        ("밀키트 기업 가람테이블 키친(이하 가람테이블)은 성장했다.", ("키친", "PERSON"), "ORG",
         [("가람테이블 키친", "가람테이블 키친"), ("가람테이블", "가람테이블 키친")]),
        # an alias of the whole name leaves it as it is
        ("케이로지스솔루션(이하 KLS)은 물류 기업이다.", ("케이로지스솔루션", "ORG"), "ORG",
         [("KLS", "케이로지스솔루션")]),
    ],
)
def test_an_alias_that_is_the_first_word_extends_the_name_back(text, found, label, added) -> None:
    doc, mentions, tokens = mentions_of(text, [found])
    glossed = glosses.glosses(doc.text, mentions, tokens)
    assert [(doc.text[m.start : m.end], m.canonical) for m in glossed] == added
    assert {m.label for m in glossed} == {label}


@pytest.mark.parametrize(
    ("text", "alias", "label", "name"),
    [
        ("창원에서 베어링을 만드는 대성정밀(이하 대성)은 수출을 늘렸다.", "대성", "ORG", "대성정밀"),
        ("수제 맥주 브랜드 물결브루잉(이하 ‘물결’)이 성장했다.", "물결", "ORG", "물결브루잉"),
        ("앱 모아페이플러스(이하 모아페이)가 인기다.", "모아페이", "PRODUCT", "모아페이플러스"),
        # syllables of the name in order, an English gloss before the alias
        ("동남신용보증재단(Dongnam Credit Guarantee Foundation·이하 동남재단)이 보증을 늘렸다.",
         "동남재단", "ORG", "동남신용보증재단"),
        ("서해전력공사(이하 서전)는 요금을 올렸다.", "서전", "ORG", "서해전력공사"),
    ],
)
def test_the_word_an_alias_shortens_is_the_full_name_where_only_the_alias_was_read(text, alias, label, name) -> None:
    doc, _, tokens = mentions_of(text, [])
    start = doc.text.index(alias, doc.text.index("이하"))
    mentions = [Mention(start, start + len(alias), label, "model")]
    glossed = glosses.glosses(doc.text, mentions, tokens)
    assert [(doc.text[m.start : m.end], m.label, m.canonical) for m in glossed] == [(name, label, name)]
    assert mentions[0].canonical == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name no pass read gives itself an alias it shortens to: an organisation, both
        ("금강은행은 평가기관 헤아림ESG평가(이하 헤아림)와 손잡았다.",
         [("헤아림ESG평가", "ORG", "헤아림ESG평가"), ("헤아림", "ORG", "헤아림ESG평가")]),
        # a name of two words one of which is the alias, a common noun or not
        ("웹툰 제작사 스튜디오 솔바람(이하 솔바람)은 2018년 문을 열었다.",
         [("스튜디오 솔바람", "ORG", "스튜디오 솔바람"), ("솔바람", "ORG", "스튜디오 솔바람")]),
        ("식당 누리테이블 키친(이하 누리테이블)은 문을 열었다.",
         [("누리테이블 키친", "ORG", "누리테이블 키친"), ("누리테이블", "ORG", "누리테이블 키친")]),
        # a study's group named so is none (a common noun)
        ("시스템을 도입한 병동(이하 도입 병동)의 초과근무는 줄었다.", []),
        # a name Kiwi reads as common nouns only is one where a cue noun stands before it, of its label
        ("부산의 선박 부품 업체 바다기술(이하 바다)이 컸다.",
         [("바다기술", "ORG", "바다기술"), ("바다", "ORG", "바다기술")]),
        ("모바일 앱 하늘지도(이하 하늘)는 인기다.",
         [("하늘지도", "PRODUCT", "하늘지도"), ("하늘", "PRODUCT", "하늘지도")]),
        ("바다기술(이하 바다)이 컸다.", []),
    ],
)
def test_a_name_that_gives_itself_an_alias_is_an_organisation(text, expected) -> None:
    doc, _, tokens = mentions_of(text, [])
    found = glosses.glosses(doc.text, [], tokens)
    assert [(doc.text[m.start : m.end], m.label, m.canonical) for m in found] == expected


def test_an_alias_the_model_read_still_brings_its_name_and_counts_as_evidenced() -> None:
    doc, _, tokens = mentions_of("웹툰 제작사 스튜디오 솔바람(이하 솔바람)은 문을 열었다.", [])
    start = doc.text.index("솔바람", doc.text.index("이하"))
    model = [Mention(start, start + 3, "ORG", "model")]
    found = glosses.glosses(doc.text, model, tokens)
    assert [(doc.text[m.start : m.end], m.source, m.canonical) for m in found] == [
        ("스튜디오 솔바람", "glosses", "스튜디오 솔바람"), ("솔바람", "glosses", "스튜디오 솔바람")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Remote Work and Pay: Evidence from Japanese Retail Chains and a Korean Bank",
         [("Japan", "일본"), ("Korea", "한국")]),
        ("America's Grocers Meet Taiwanese Suppliers", [("America", "미국"), ("Taiwan", "대만")]),
        # not a longer word that opens so (`Koreana`, `Indiana`)
        ("Koreana Cosmetics opened in Indiana.", []),
    ],
)
def test_a_country_an_english_word_names_is_a_place_with_its_korean_name(text, expected) -> None:
    found = finders.latin_countries(text, [])
    assert [(text[m.start : m.end], m.canonical) for m in found if m.label == "LOCATION"] == expected


def test_a_place_inside_a_word_of_what_it_is_not_names_no_place() -> None:
    doc = STAGES.run(Document(doc_id="t", raw="지방 고객은 달랐다. 비수도권 고객의 주문은 줄었고 수도권 고객의 주문은 늘었다.\n"))
    assert [(e.text, e.start) for e in doc.entities] == [("수도권", doc.text.rindex("수도권"))]


def test_an_alias_that_does_not_begin_the_word_before_it_names_nothing_more() -> None:
    doc, _, tokens = mentions_of("한빛에너지솔루션의 자회사 그린셀(이하 한빛)은 컸다.", [])
    start = doc.text.index("한빛", doc.text.index("이하"))
    assert glosses.glosses(doc.text, [Mention(start, start + 2, "ORG", "model")], tokens) == []


@pytest.mark.parametrize(("spellings", "typo", "right"), [
    (["알리바바", "알리바바", "알라바바"], "알라바바", "알리바바"),
    (["위챗페이", "위챗페이", "위쳇페이"], "위쳇페이", "위챗페이"),
])
def test_near_identical_spelling_takes_the_common_name(spellings, typo, right) -> None:
    text = " ".join(f"{s}는 성장했다." for s in spellings)
    doc, mentions, _ = mentions_of(text, [(s, "ORG") for s in spellings])
    assert {e.text: e.canonical for e in linked(doc, mentions)}[typo] == right


def test_names_one_syllable_apart_in_more_than_its_vowel_are_different_names() -> None:
    text = "니가타현은 쌀로 유명하다. 니가타현의 인구는 줄었다. 니가타대는 농학부를 키웠다."
    doc, mentions, _ = mentions_of(text, [("니가타현", "LOCATION"), ("니가타현", "LOCATION"), ("니가타대", "ORG")])
    assert [e.canonical for e in linked(doc, mentions)] == ["니가타현", "니가타현", "니가타대"]


def test_different_names_one_syllable_apart_stay_apart_when_equally_common() -> None:
    doc, mentions, _ = mentions_of("디디다처와 디디추싱이 합병했다.", [("디디다처", "ORG"), ("디디추싱", "ORG")])
    assert [e.canonical for e in linked(doc, mentions)] == ["디디다처", "디디추싱"]


@pytest.mark.parametrize(
    ("text", "span", "label", "trimmed"),
    [
        ("알리바바는 성장했다.", "알리바바는", "ORG", "알리바바"),
        ("중국산 제품이 늘었다.", "중국산", "LOCATION", "중국"),
        ("마화텅 회장이 발표했다.", "마화텅 회장", "PERSON", "마화텅"),
        ("‘텐센트’가 투자했다.", "‘텐센트’가", "ORG", "텐센트"),
        # a genitive Kiwi read as part of a name at a sentence's start; names ending in 의 stay
        ("엔비디아의 2024회계연도 매출은 609억 달러였다.", "엔비디아의", "ORG", "엔비디아"),
        ("라쿠텐의 해외 매출이 늘었다.", "라쿠텐의", "ORG", "라쿠텐"),
        ("손정의 회장이 투자를 결정했다.", "손정의", "PERSON", "손정의"),
        ("정의당 지도부가 모였다.", "정의당", "ORG", "정의당"),
        # a word after a place that says where in or around it
        ("규슈 안에서만 판다.", "규슈 안", "PERSON", "규슈"),
        ("부산 전역에 매장을 냈다.", "부산 전역", "LOCATION", "부산"),
        ("안 대표는 웃었다.", "안", "PERSON", "안"),  # a surname alone stays
        # the kind of firm in letters before a Korean name; not before a kind of unit
        ("홍콩계 PE 누리엘캐피탈은 지분을 샀다.", "PE 누리엘캐피탈", "ORG", "누리엘캐피탈"),
        ("VC 한솔벤처스가 투자했다.", "VC 한솔벤처스", "ORG", "한솔벤처스"),
        ("가람그룹의 AR 연구소는 문을 열었다.", "AR 연구소", "ORG", "AR 연구소"),
        # a title inside a person's span stands before the name
        ("2021년 합류한 수석 디자이너 마르코 벨리니는 말했다.", "수석 디자이너 마르코 벨리니", "PERSON", "마르코 벨리니"),
        ("크리에이티브 디렉터 안나 모레티가 웃었다.", "크리에이티브 디렉터 안나 모레티", "PERSON", "안나 모레티"),
        # a company's share price is no name of its own
        ("12일 누리게임즈 주가는 코스닥시장에서 8% 올랐다.", "누리게임즈 주가", "ORG", "누리게임즈"),
    ],
)
def test_spans_are_trimmed_to_the_name(text, span, label, trimmed) -> None:
    doc, mentions, tokens = mentions_of(text, [(span, label)])
    result = tokens.trim(mentions[0])
    assert doc.text[result.start : result.end] == trimmed


@pytest.mark.parametrize(
    ("text", "span", "name", "label"),
    [
        # a Korean name or a family name, then a title as a word of its own, read by the model as
        # an organisation for the title's `조합`, `연구원` or `법인`: a person
        ("2019년 취임한 노형준 조합장은 적자를 줄였다.", "노형준 조합장", "노형준", "PERSON"),
        ("봉 연구원은 “표본이 작다”고 말했다.", "봉 연구원", "봉", "PERSON"),
        ("하노이에 부임한 탁 법인장이 답했다.", "탁 법인장", "탁", "PERSON"),
        # not a name before the title: an organisation stays whole
        ("경제학 연구원에서 일했다.", "경제학 연구원", "경제학 연구원", "ORG"),
        ("국방부 장관이 방문했다.", "국방부 장관", "국방부 장관", "ORG"),
    ],
)
def test_a_korean_name_and_a_title_read_as_an_organisation_are_a_person(text, span, name, label) -> None:
    doc, mentions, tokens = mentions_of(text, [(span, "ORG")])
    result = tokens.trim(mentions[0])
    assert (doc.text[result.start : result.end], result.label) == (name, label)


def test_gazetteer_names_are_found_but_not_common_words() -> None:
    text = "인도 위를 걷던 사람이 인도와 중국산 제품을 비교했다. 알리바바는 위챗페이를 이겼다."
    doc, _, tokens = mentions_of(text, [])
    names = [(doc.text[m.start : m.end], m.label) for m in finders.gazetteer_mentions(doc.text, tokens)]
    assert names == [("인도", "LOCATION"), ("중국", "LOCATION"), ("알리바바", "ORG"), ("위챗페이", "PRODUCT")]
    assert doc.text.index("인도와") == next(m.start for m in finders.gazetteer_mentions(doc.text, tokens)), (
        "`인도 위를 걷던` is a sidewalk")


def test_a_gazetteer_name_kiwi_reads_as_one_common_noun_of_three_or_more_syllables_is_a_name() -> None:
    # `코스닥 상장`, `관세청에 따르면`: Kiwi's dictionary holds them as common nouns; a two-syllable
    # one stays a common word there (`인도` a sidewalk, `용인` a consent)
    text = "가람은 2027년 코스닥 상장을 추진한다. 관세청에 따르면 수출이 늘었다. 인도 위를 걸었다."
    doc, _, tokens = mentions_of(text, [])
    names = [(doc.text[m.start : m.end], m.label) for m in finders.gazetteer_mentions(doc.text, tokens)]
    assert ("코스닥", "ORG") in names and ("관세청", "ORG") in names and ("인도", "LOCATION") not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("회사는 윈도와 오피스로 PC 시대를 지배했다.", "윈도"),  # Kiwi reads 윈도 as a common noun
        ("면역항암제 키트루다의 특허는 2028년 끝난다.", "키트루다"),
        ("비만 치료제 위고비가 품귀를 빚었다.", "위고비"),
        ("휴미라의 복제약이 잇따라 나왔다.", "휴미라"),
        ("구글은 유튜브 프리미엄의 요금을 올렸다.", "유튜브 프리미엄"),  # the longer name, not 유튜브
    ],
)
def test_world_famous_products_are_in_the_gazetteer(text, name) -> None:
    doc, _, tokens = mentions_of(text, [])
    assert (name, "PRODUCT") in [(doc.text[m.start : m.end], m.label) for m in finders.gazetteer_mentions(doc.text, tokens)]


@pytest.mark.parametrize(
    ("text", "name"),
    [("누리게임즈는 2026년 코스닥 상장을 목표로 한다.", "코스닥"), ("AWS는 아마존 영업이익의 절반을 번다.", "AWS"),
     # the exchange's market by its full name, not cut to `코스닥`
     ("누리게임즈 주가는 3일 코스닥시장에서 4% 올랐다.", "코스닥시장")],
)
def test_an_exchange_and_a_business_run_as_a_company_are_organisations(text, name) -> None:
    doc, _, tokens = mentions_of(text, [])
    assert (name, "ORG") in [(doc.text[m.start : m.end], m.label) for m in finders.gazetteer_mentions(doc.text, tokens)]


def test_a_longer_glued_name_replaces_the_gazetteer_name_inside_it() -> None:
    doc, mentions, tokens = mentions_of("CJ그룹은 성장했다.", [("CJ그룹", "ORG")])
    merged = merge(doc.text, finders.gazetteer_mentions(doc.text, tokens), mentions)
    assert [doc.text[m.start : m.end] for m in merged] == ["CJ그룹"]


def test_no_particle_or_suffix_ends_a_span(reference: Record) -> None:
    analyser = kiwi()
    for entity in reference.entities:
        last = analyser.tokenize(reference.text[entity.start : entity.end + 2])
        inside = [t for t in last if t.start < len(entity.text)]
        assert not inside[-1].tag.startswith(("J", "E")), entity


def test_names_in_titles_and_bio_lines(reference: Record) -> None:
    title = reference.blocks[0]
    in_title = [e for e in reference.entities if title.start <= e.start < title.end]
    assert [(e.text, e.label) for e in in_title] == [("BAT", "ORG")]
    bio = [b for b in reference.blocks if b.kind == "bio"][0]
    in_bio = [(e.text, e.label) for e in reference.entities if bio.start <= e.start < bio.end]
    assert ("김병국", "PERSON") in in_bio
    assert not any("@" in e.text or "www" in e.text for e in reference.entities)


def test_every_gazetteer_name_kiwi_would_split_is_in_the_user_dictionary() -> None:
    from kiwipiepy import Kiwi

    plain = Kiwi()
    names = [name for name, _, _ in gazetteer() if " " not in name]
    split = {name for name, tokens in zip(names, plain.tokenize(names)) if len(tokens) > 1}
    listed = {line.split("\t")[0] for line in word_list("userdict")}
    assert split <= listed, f"add to pipeline/resources/userdict.tsv: {sorted(split - listed)}"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("스마트 하드웨어 기업 차오윈(超云)을 인수했다.", "차오윈", "ORG"),
        ("의료 플랫폼인 하오이성(好医生)은 성장했다.", "하오이성", "PRODUCT"),
        ("이 회사 창업자 린펑(林峰)은 포부를 밝혔다.", "린펑", "PERSON"),
        ("린펑(林峰) 대표는 포부를 밝혔다.", "린펑", "PERSON"),
        ("상하이 윈펑대회(云峰大会)에서 발표했다.", "윈펑대회", "EVENT"),
        ("중국 펀드 훙청기금(宏成基金) 등이 투자했다.", "훙청기금", "ORG"),
    ],
)
def test_a_korean_word_glossed_in_chinese_characters_is_a_name(text, name, label) -> None:
    doc, _, tokens = mentions_of(text, [])
    assert [(doc.text[m.start : m.end], m.label) for m in finders.hanja_glossed(tokens, [])] == [(name, label)]


@pytest.mark.parametrize("text", ["5신(新) 전략을 실행한다.", "2017년(丁酉年)에 시작했다."])
def test_a_number_or_one_character_glossed_in_chinese_characters_is_not_a_name(text) -> None:
    doc, _, tokens = mentions_of(text, [])
    assert finders.hanja_glossed(tokens, []) == []


@pytest.mark.parametrize(
    ("text", "name", "model_label", "label"),
    [
        ("개방형 플랫폼인 스텔라의 설계는 간단하다.", "스텔라", "ORG", "PRODUCT"),
        ("물류 스타트업 쿠라이를 인수했다.", "쿠라이", "PERSON", "ORG"),
        ("스위스 제약사 벨로나파마와 계약했다.", "벨로나파마", "PERSON", "ORG"),
        ("대형 증권사 한결투자와 손잡았다.", "한결투자", "PRODUCT", "ORG"),
        ("‘Vision Z’라는 연구소에서 로봇을 만든다.", "Vision Z", "PRODUCT", "ORG"),
        ("쿠라이 같은 서비스는 드물다.", "쿠라이", "ORG", "PRODUCT"),
        # what a name is likened to, and a verb's modifying form before it
        ("한국의 카카오플러스와 유사한 미니 프로그램을 내놓았다.", "카카오플러스", "ORG", "PRODUCT"),
        ("미국의 ‘그럽허브’와 비슷한 서비스다.", "그럽허브", "ORG", "PRODUCT"),
        ("삼성전자가 주최한 SDC에서 발표했다.", "SDC", "ORG", "EVENT"),
        # a founding verb's modifying form before a name: an organisation
        ("2017년 서울에서 출범한 하늘툰은 성장했다.", "하늘툰", "PERSON", "ORG"),
        ("1998년 설립된 가람정밀은 부품을 만든다.", "가람정밀", "PERSON", "ORG"),
        ("정부가 개최한 ‘창업 한마당’에 참가했다.", "창업 한마당", "PRODUCT", "EVENT"),
        ("‘블랙프라이데이’ 같은 미국 대형 쇼핑 이벤트에 쓰였다.", "블랙프라이데이", "ORG", "EVENT"),
        ("올해 열린 가전 전시회 ‘리빙테크 2024’에 참가했다.", "리빙테크 2024", "PRODUCT", "EVENT"),
        # kinds of business that name an organisation
        ("부산의 빵집 달빛당은 매장을 늘리지 않는다.", "달빛당", "PERSON", "ORG"),
        ("사모펀드 한결에쿼티가 지분을 샀다.", "한결에쿼티", "PRODUCT", "ORG"),
        ("동네 카페 모래알은 문을 닫았다.", "모래알", "PERSON", "ORG"),
        ("게임은 누리게임즈 산하 별빛공방이 만들었다.", "별빛공방", "PERSON", "ORG"),
        ("안과 네트워크 Clearview는 지점을 늘렸다.", "Clearview", "PERSON", "ORG"),
        ("2017년 출시한 아르고는 잘 팔렸다.", "아르고", "PRODUCT", "PRODUCT"),  # a verb that is no cue
        # software and devices a company sells
        ("근태 관리 소프트웨어 ‘가람HR’을 구독형으로 판다.", "가람HR", "PERSON", "PRODUCT"),
        ("결제 단말기 ‘누리패드’를 선보였다.", "누리패드", "ORG", "PRODUCT"),
        # a brand is a company's (a fashion house) or a product's: the word says neither
        ("밀라노의 가죽 브랜드 베르티노는 매장을 줄였다.", "베르티노", "ORG", "ORG"),
        ("음료 브랜드 달빛차는 잘 팔렸다.", "달빛차", "PRODUCT", "PRODUCT"),
        ("이 회사의 간판 상품 ‘눈꽃 쿠키’는 잘 팔렸다.", "눈꽃 쿠키", "ORG", "PRODUCT"),
        ("바이에른의 소도시 로텐하임은 관광객이 많다.", "로텐하임", "ORG", "LOCATION"),
        ("항구 도시 말레나에 공장을 지었다.", "말레나", "PERSON", "LOCATION"),
        # a noun of the name's own word, glued before where the model began it, is no cue beside it
        ("상담 창구를 운영하는 한국민원서비스정보원은 계획을 냈다.", "정보원", "ORG", "ORG"),
    ],
)
def test_a_noun_or_verb_beside_a_name_says_what_it_names(text, name, model_label, label) -> None:
    doc, mentions, tokens = mentions_of(text, [(name, model_label)])
    cues.apposition(tokens, mentions)
    assert mentions[0].label == label


@pytest.mark.parametrize(
    ("text", "found_name"),
    [
        # a word Kiwi splits into nouns no word of its dictionary reads whole, after a cue noun
        ("필자가 2016년 공작기계 업체 누오기계에 CFO로 부임했다.", [("누오기계", "ORG")]),
        # a word its dictionary holds whole is no name (`가치`)
        ("그 기업 가치가 높다.", []),
    ],
)
def test_a_name_kiwi_splits_into_nouns_is_found_after_a_cue_noun(text, found_name) -> None:
    doc, _, tokens = mentions_of(text, [])
    assert [(doc.text[m.start : m.end], m.label) for m in cues.apposition(tokens, [])] == found_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("가상 피팅룸 ‘스타미러(Star Mirror)’도 개발했다.", "스타미러"),
        # the kind noun glossed in brackets before the quotation
        ("누리게임즈가 내놓은 역할수행게임(RPG) ‘달빛 성채’가 100만 장 팔렸다.", "달빛 성채"),
    ],
)
def test_a_quoted_name_with_a_noun_beside_it_is_added(text, name) -> None:
    doc, _, tokens = mentions_of(text, [])
    assert [(doc.text[m.start : m.end], m.label) for m in cues.apposition(tokens, [])] == [(name, "PRODUCT")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("구글은 업무용 AI ‘루미나(Lumina)’를 내놓았다.", [("루미나", "PRODUCT")]),
        ("미국 음료 체인 베리타(Verita)는 매장을 늘렸다.", [("베리타", "ORG")]),
        # a person's two words glossed by two, though Kiwi reads the first as an adverb
        ("다만 쿠스나디(Daman Kusnadi) 자야그룹 회장은 말했다.", [("다만 쿠스나디", "PERSON")]),
        ("아주 레스타리(Aju Lestari) 대표는 웃었다.", [("아주 레스타리", "PERSON")]),
        # common nouns glossed are a name where a kind noun before says what they name
        ("영국 식료품 체인 바다정원(Sea Garden)은 매장을 늘렸다.", [("바다정원", "ORG")]),
        # a common noun before a one-word name is what it is, not its first word
        ("숙박 운영사 다온스테이(Daon Stay)는 객실을 늘렸다.", [("다온스테이", "ORG")]),
        ("물류 대행사 라온로직스(Raon Logix)가 센터를 열었다.", [("라온로직스", "ORG")]),
        ("금융 앱 다리(Dari)는 가입자를 모았다.", [("다리", "PRODUCT")]),
        # two words whose gloss ends in a company's word name a company, whatever Kiwi reads
        ("핀란드 게임사 라파 인터랙티브(Lappa Interactive)는 신작을 냈다.", [("라파 인터랙티브", "ORG")]),
        ("스위스의 오르비스 파마(Orbis Pharma)는 임상을 마쳤다.", [("오르비스 파마", "ORG")]),
        ("벤처캐피털 보르가 캐피털(Borga Capital)이 투자했다.", [("보르가 캐피털", "ORG")]),
        # an acronym spells out a term, and a word with a particle or a verb's form is no name
        ("고객의 순추천지수(NPS)는 38점이다.", []),
        ("세움은행의(Seum Bank) 실적", []),
        # a last syllable Kiwi reads as a particle is the name's where the gloss spells it too
        ("그 중심에는 소소로(Sosoro)가 있다.", [("소소로", "ORG")]),
    ],
)
def test_a_korean_name_glossed_in_latin_letters_is_a_name(text, found) -> None:
    doc, _, tokens = mentions_of(text, [])
    assert [(doc.text[m.start : m.end], m.label) for m in finders.latin_glossed(tokens, [])] == found


@pytest.mark.parametrize(
    ("text", "read", "found"),
    [
        # the model read the first word of a glossed two-word name: the gloss still finds it all
        ("창업자 로사리오 베가(Rosario Vega)는 말했다.", [("로사리오", "ORG")], [("로사리오 베가", "PERSON")]),
        # a mention reaching past the glossed name stands
        ("보험사 누리 라이프(Nuri Life)는 컸다.", [("보험사 누리", "ORG")], []),
    ],
)
def test_a_glossed_name_the_model_read_in_part_is_found_whole(text, read, found) -> None:
    doc, mentions, tokens = mentions_of(text, read)
    assert [(doc.text[m.start : m.end], m.label) for m in finders.latin_glossed(tokens, mentions)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("누리벤처스의 김도훈 파트너는 말했다.", ["김도훈"]),
        ("최서린 CTO가 설계를 맡았다.", ["최서린"]),
        # a store's and a plant's manager: `점장` also ends `본점장`, `지점장`
        ("한지오 본점장은 손님을 맞았다.", ["한지오"]), ("석나래 공장장이 설명했다.", ["석나래"]),
        # a word with a particle, a verb's form, a common noun: no name, whatever title follows
        ("아시아 기업의 CEO 214명을 만났다.", []),
        ("투자사가 추천한 사외이사 2명이 왔다.", []),
        ("이사회 의장이 바뀌었다.", []),
        # a full name without a title is the model's to find
        ("김도훈은 말했다.", []),
    ],
)
def test_a_korean_full_name_before_a_job_title_is_a_person(text, found) -> None:
    doc, _, _ = mentions_of(text, [])
    assert [(doc.text[m.start : m.end], m.label) for m in labels.titled_persons(doc.text, [])] == [
        (name, "PERSON") for name in found
    ]


@pytest.mark.parametrize(
    ("text", "organisations", "found"),
    [
        ("한서윤 누리카드 마케팅본부장은 말했다.", ["누리카드"], ["한서윤"]),
        ("조민규 한림대 경제학과 교수는 봤다.", ["한림대"], ["조민규"]),
        # the organisation found only elsewhere in the article names it here too
        ("누리카드는 컸다. 한서윤 누리카드 마케팅본부장은 말했다.", ["누리카드"], ["한서윤"]),
        # or by its short form, the first part of its one-word name, before the glosses pass finds it
        ("가온센서(이하 가온)는 컸다. 도하윤 가온 인사총괄 상무는 말했다.", ["가온센서"], ["도하윤"]),
        # a chief officer's title, whatever office it names, glossed in Latin letters
        ("남도윤 누리카드 최고마케팅책임자(CMO)는 말했다.", ["누리카드"], ["남도윤"]),
        ("남도윤 누리카드 최고데이터책임자는 말했다.", ["누리카드"], ["남도윤"]),
        # a name Kiwi reads as other words, between the organisation's name and a title
        ("구하람 누리증권 연구원은 말했다.", ["누리증권"], ["구하람"]),
        ("편지우 가람증권 연구원은 말했다.", ["가람증권"], ["편지우"]),
        # a modifier's ending in a reading that no verb opens (`방`+`채`+`어`+`오`+`ㄴ`, `금`+`다`+`오`+`ㄴ`)
        ("방채온 누리증권 연구원은 말했다.", ["누리증권"], ["방채온"]),
        ("금다온 가람증권 연구원은 말했다.", ["가람증권"], ["금다온"]),
        # not a time word, a word with a particle, nor one modifying the organisation
        ("지난해 누리증권 대표는 물러났다.", ["누리증권"], []),
        ("이번에 누리증권 대표로 온 사람이다.", ["누리증권"], []),
        ("정해진 누리증권 대표의 임기다.", ["누리증권"], []),
        ("유명한 누리증권 연구원도 틀렸다.", ["누리증권"], []),
        # the title must follow the organisation; a word before an organisation alone is no name
        ("대형마트 누리카드 제휴가 끝났다.", ["누리카드"], []),
        ("국내외 누리카드 가맹점이 늘었다.", ["누리카드"], []),
    ],
)
def test_a_korean_full_name_before_an_organisation_and_a_title_is_a_person(text, organisations, found) -> None:
    doc, mentions, _ = mentions_of(text, [(name, "ORG") for name in organisations])
    assert [(doc.text[m.start : m.end], m.label) for m in labels.titled_persons(doc.text, mentions)] == [
        (name, "PERSON") for name in found
    ]


@pytest.mark.parametrize(
    ("text", "cut", "found"),
    [
        # the model's name cut inside the word (`하서` of `하서진`) gives way to the titled name
        ("하서진 누리대 경영학과 교수는 말했다.", "하서", ["하서진"]),
        ("모은결 가람증권 연구원은 봤다.", "모은", ["모은결"]),
        # a model name of the whole word stays the model's span, confirmed
        ("하서진 누리대 교수는 말했다.", "하서진", ["하서진"]),
        # a place the model cut there too (`문지` of `문지현`)
        ("문지현 누리대 경영학과 교수는 말했다.", "문지", ["문지현"]),
    ],
)
def test_a_titled_name_the_model_cut_inside_the_word_is_read_whole(text, cut, found) -> None:
    doc, mentions, _ = mentions_of(text, [])
    organisation = next(word for word in ("누리대", "가람증권") if word in doc.text)
    start = doc.text.index(organisation)
    label = "LOCATION" if cut == "문지" else "ORG"
    mentions = [Mention(0, len(cut), label, "model"), Mention(start, start + len(organisation), "ORG", "gazetteer")]
    assert [(doc.text[m.start : m.end], m.label) for m in labels.titled_persons(doc.text, mentions)] == [
        (name, "PERSON") for name in found
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the organisation no pass has read yet, known by the alias it gives itself
        ("선박 부품 업체 바다기술(이하 바다)이 컸다. 마도윤 바다 대표는 말했다.", ["마도윤"]),
        ("바다기술(이하 바다)이 컸다. 마도윤 바다기술 전무는 말했다.", ["마도윤"]),
        # an alias that does not shorten the name declares no organisation
        ("기술을 도입한 공장(이하 도입 공장)이 늘었다. 마도윤 도입 대표는 말했다.", []),
    ],
)
def test_a_korean_full_name_before_an_aliased_organisation_and_a_title_is_a_person(text, found) -> None:
    doc, _, _ = mentions_of(text, [])
    titled = labels.titled_persons(doc.text, [], glosses.aliased_names(doc.text))
    assert [(doc.text[m.start : m.end], m.label) for m in titled] == [(name, "PERSON") for name in found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a noun glued to a verb nominalised by `기`, which Kiwi reads as a verb, after a cue
        ("시민단체 길잡기는 2019년 출범했다.", [("길잡기", "ORG")]),
        ("청년 스타트업 손잡기와 협약을 맺었다.", [("손잡기", "ORG")]),
        # without a cue it is what it reads as: an activity
        ("직원들은 매주 글쓰기를 한다.", []),
        ("회사는 책 읽기를 권한다.", []),
        # a model code that Latin letters open runs on through a hyphen or a dot and its digits
        ("가람모터스는 전기차 GX-5를 공개했다.", [("GX-5", "PRODUCT")]),
        ("누리제약은 후보물질 NR-210을 기술수출했다.", [("NR-210", "PRODUCT")]),
        ("한빛자동차는 전기차 EV.7을 내놨다.", [("EV.7", "PRODUCT")]),
        # a kind of product before a name: an electric car, a shampoo
        ("가람모터스는 소형 전기차 ‘누리온’을 내놨다.", [("누리온", "PRODUCT")]),
        ("유니레버의 탈모 샴푸 ‘헤어로직’은 잘 팔린다.", [("헤어로직", "PRODUCT")]),
        # a quotation whose last word ends as an event's name does is an event
        ("해마다 가을이면 ‘바람골 억새축제’를 연다.", [("바람골 억새축제", "EVENT")]),
        ("회사는 ‘2024 누리 테크 페스티벌’에서 신제품을 공개했다.", [("2024 누리 테크 페스티벌", "EVENT")]),
        # not one that only holds an event word inside it
        ("회사는 ‘축제 같은 일터’를 내세웠다.", []),
        # a Latin letter glued to a Korean word opens one name, which Kiwi reads as letters and a noun
        ("시장조사업체 T모바일리서치에 따르면 판매가 늘었다.", [("T모바일리서치", "ORG")]),
        ("대형 마트 체인 K푸드마켓에 납품한다.", [("K푸드마켓", "ORG")]),
        # a competitor is a company
        ("독일의 경쟁사 플링크(Flink)에 팔렸다.", [("플링크", "ORG")]),
        # a journal is an organisation (gold guide)
        ("논문은 경영 분야 학술지 ‘누리경영연구’에 실렸다.", [("누리경영연구", "ORG")]),
    ],
)
def test_apposition_finds_the_names_a_cue_classifies(text, found) -> None:
    doc, _, tokens = mentions_of(text, [])
    assert [(doc.text[m.start : m.end], m.label) for m in cues.apposition(tokens, [])] == found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("심층신경망(Deep Neural Networks) 모델은 점수가 높다.", "Deep Neural Networks"),
        ("구글 등이 오픈 소스(Open source) 전략을 구사한다.", "Open source"),
        ("텐센트는 새로운 AI 기반 서비스를 모색한다.", "AI 기반 서비스"),
        ("몰 점포의 매출은 0.6% 줄었다.", "몰 점포"),  # a kind of store, not a name
    ],
)
def test_descriptions_are_not_names(text, name) -> None:
    doc, mentions, tokens = mentions_of(text, [(name, "ORG")])
    assert filters.descriptions(doc.text, tokens, mentions) == []


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        # a prefix and a common noun are a coined term, also where the noun is a kind of organisation
        ("유통 대기업들은 신유통 전략을 폈다.", "신유통", False),
        ("비은행 계열사의 이익이 늘었다.", "비은행", False),
        # but a name that ends in an organisation's word is one, whatever Kiwi reads in its first
        # syllable (`고` of `고품격협회` as a prefix)
        ("고품격협회는 회원사를 200곳으로 늘렸다.", "고품격협회", True),
    ],
)
def test_a_prefix_and_a_noun_are_a_coined_term_unless_an_organisations_word_ends_them(text, name, kept) -> None:
    doc, mentions, tokens = mentions_of(text, [(name, "ORG")])
    assert bool(filters.descriptions(doc.text, tokens, mentions)) == kept


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        # a term the article introduces as so-called is no name, there or elsewhere
        ("이른바 ‘쌍두마차 경영’이 유행했다. 쌍두마차 방식은 드물다.", ["쌍두마차", "쌍두마차"], []),
        ("소위 빵지순례가 유행이다. 빵지순례 코스가 생겼다.", ["빵지순례", "빵지순례"], []),
        # a name the sentence does not call so-called stays
        ("이른바 ‘쌍두마차 경영’이 유행했다. 한빛전자는 성장했다.", ["한빛전자"], ["한빛전자"]),
    ],
)
def test_a_so_called_term_is_no_name(text, names, kept) -> None:
    doc, mentions, tokens = mentions_of(text, [(name, "PRODUCT") for name in names])
    assert [doc.text[m.start : m.end] for m in filters.descriptions(doc.text, tokens, mentions)] == kept


def test_a_gloss_of_a_name_stays() -> None:
    doc, mentions, tokens = mentions_of("바이두(Baidu Inc) 연구소", [("바이두", "ORG"), ("Baidu Inc", "ORG")])
    assert filters.descriptions(doc.text, tokens, mentions) == mentions


@pytest.mark.parametrize(
    ("text", "name", "label", "completed", "completed_label"),
    [
        ("필자는 7K리서치 대표다.", "K리서치", "ORG", "7K리서치", "ORG"),
        ("지니++ 같은 기업에 투자했다.", "지니", "ORG", "지니++", "ORG"),
        ("인공지능 스피커 루나 X(Luna X)를 출시했다.", "루나", "PRODUCT", "루나 X", "PRODUCT"),
        ("이후 베이징대 화광관리학원에서 공부했다.", "화광", "LOCATION", "화광관리학원", "ORG"),
        ("블랙박스를 전북경찰청 수사대에 넘겼다.", "경찰청", "ORG", "전북경찰청", "ORG"),
        ("벌금은 독일축구협회에 부과됐다.", "축구협회", "ORG", "독일축구협회", "ORG"),
        ("봉합기 ‘K-루멘 2’를 내놓았다.", "루멘 2", "PRODUCT", "K-루멘 2", "PRODUCT"),
        ("통신사 누리텔T1과 손잡았다.", "누리텔", "ORG", "누리텔T1", "ORG"),
        # a kind noun the model read into the name is cut off and says the label
        ("선전의 게임사 룽탄네트워크와 계약했다.", "게임사 룽탄네트워크", "PERSON", "룽탄네트워크", "ORG"),
        ("화장품 제조사 에버뷰티랩에 맡겼다.", "제조사 에버뷰티랩", "PRODUCT", "에버뷰티랩", "ORG"),
        ("뉴욕의 물류업체 한길로지스와 계약했다.", "물류업체 한길로지스", "PERSON", "한길로지스", "ORG"),
        # a surname the model took alone is completed to the full name, a particle left out
        ("이사회는 최은서가 이끈다.", "최", "PERSON", "최은서", "PERSON"),
        # but no name ends in a case particle: `정가를` is a word and `를`, not a name
        ("매장은 줄 그은 정가를 함께 보여 줬다.", "정", "PERSON", "정", "PERSON"),
        ("할인 전 정가와 판매가를 나란히 적었다.", "정", "PERSON", "정", "PERSON"),
        # a particle a given name may end in (`하은`) ends one after no common noun
        ("가격표에는 줄 그은 정가가 적혀 있다.", "정", "PERSON", "정", "PERSON"),
        ("이사회는 김하은이 이끈다.", "김", "PERSON", "김하은", "PERSON"),
    ],
)
def test_a_name_the_model_cut_short_is_completed(text, name, label, completed, completed_label) -> None:
    doc, mentions, tokens = mentions_of(text, [(name, label)])
    spans.complete(tokens, mentions[0])
    assert (doc.text[mentions[0].start : mentions[0].end], mentions[0].label) == (completed, completed_label)


def test_a_digit_before_a_korean_name_is_not_part_of_it() -> None:
    doc, mentions, tokens = mentions_of("매일 1페타바이트가 쌓인다.", [("페타바이트", "PRODUCT")])
    spans.complete(tokens, mentions[0])
    assert doc.text[mentions[0].start : mentions[0].end] == "페타바이트"


def test_a_longer_name_recurring_replaces_the_shorter_mention_inside_it() -> None:
    text = "‘하오두 브레인’을 만들었다. 하오두 브레인은 알고리즘을 갖췄다."
    doc, mentions, tokens = mentions_of(text, [("하오두 브레인", "PRODUCT"), ("하오두", "ORG")])
    mentions[0].source = "cue"
    added = recurrence.propagate(doc.text, mentions, tokens)
    assert [(doc.text[m.start : m.end], m.label, m.start) for m in added] == [("하오두 브레인", "PRODUCT", mentions[1].start)]


def test_the_articles_short_form_beats_a_gazetteer_default() -> None:
    text = "메이퇀디엔핑(메이퇀)은 배달 앱이다. 메이퇀은 성장했다."
    doc, mentions, tokens = mentions_of(text, [("메이퇀디엔핑", "ORG")])
    added = glosses.glosses(doc.text, mentions, tokens)
    later = Mention(doc.text.rindex("메이퇀"), doc.text.rindex("메이퇀") + 3, "ORG", "gazetteer", "메이퇀")
    assert linked(doc, [*mentions, *added, later])[-1].canonical == "메이퇀디엔핑"


@pytest.mark.parametrize(("text", "kept"), [("박 대통령은 말했다.", ["박"]), ("디디다처는 성장했다.", [])])
def test_one_syllable_names_a_person_or_a_place_only(text, kept) -> None:
    doc = STAGES.run(Document(doc_id="t", raw=text))
    one_syllable = [e.text for e in doc.entities if len(e.text) == 1]
    assert one_syllable == kept


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("이 교수는 웃었다.", "이", True), ("최 행장은 웃었다.", "최", True), ("김씨는 웃었다.", "김", True),
        ("이군이 웃었다.", "이", True), ("가수 션이 웃었다.", "션", True),  # a one-syllable name standing as a word
        ("이 덕분에 매출이 늘었다.", "이", False), ("이 역할은 크다.", "이", False),  # the demonstrative
        ("오출고율은 0.3%다.", "오", False),  # the first syllable of a word
    ],
)
def test_one_syllable_stands_for_a_person_as_a_surname_with_a_title_or_as_a_word(text, name, kept) -> None:
    doc, mentions, _ = mentions_of(text, [(name, "PERSON")])
    assert bool(filters.plausible(doc, mentions)) == kept


@pytest.mark.parametrize(
    ("name", "title"),
    [("경찰청장", "장"), ("국정원장", "장"), ("서울시장", "시장"), ("제주지사", "지사"), ("삼성전자", ""), ("경찰청", ""),
     ("한울은행장", "장"), ("부산시립미술관장", "장"), ("한울은행", "")],
)
def test_a_title_glued_to_an_organisation_or_place_is_not_part_of_it(name, title) -> None:
    assert lexicon.glued_title(name) == title


@pytest.mark.parametrize(("text", "kept"), [("신유통 전략을 실행한다.", False), ("연구원은 말했다.", False)])
def test_prefixed_common_nouns_and_bare_kinds_are_not_names(text, kept) -> None:
    word = text.split()[0][:3]
    doc, mentions, tokens = mentions_of(text, [(word, "ORG")])
    assert bool(entities.filters.descriptions(doc.text, tokens, mentions)) is kept


@pytest.mark.parametrize(
    ("text", "start", "end", "word"),
    [("그리고 디디다처는 성장했다.", 4, 8, True), ("그리고 디디다처(嘀嘀)는", 4, 8, True), ("그리고 디디다처스는", 4, 8, False),
     ("그리고 디디다처에서는 ", 4, 8, True), ("그리고 디디다처는는 ", 4, 8, False)],
)
def test_a_name_stands_as_a_word_with_nothing_but_a_particle_after_it(text, start, end, word) -> None:
    assert stands_as_a_word(text, start, end) is word


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("환자의 PD-L1 발현율이 높았다.", "L1", False),
        ("화싱의약(华星医药)과도 계약했다.", "과도", False),
        ("벨로나(Belona)와 계약했다.", "Belona", True),  # a gloss begins after its opening bracket
        ("행사 ‘누리페스타 2024’에 갔다.", "누리페스타 2024", True),
        ("행사 ‘누리페스타 2024’에 갔다.", "2024", False),  # digits alone name nothing
        ("쇼핑몰 11번가에서 팔았다.", "11번가", True),
        # an English function word in an English line names nothing
        ('Based on "Pricing and Trust" by Mina Cho, Journal of Retailing, 2023', "and", False),
        ('Based on "Pricing and Trust" by Mina Cho, Journal of Retailing, 2023', "Based", False),
        ('Based on "Pricing and Trust" by Mina Cho, Journal of Retailing, 2023', "Mina Cho", True),
    ],
)
def test_a_mention_begins_a_word(text, name, kept) -> None:
    doc, mentions, _ = mentions_of(text, [(name, "PRODUCT")])
    assert bool(filters.plausible(doc, mentions)) is kept


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        # Kiwi read `한빛가` as one word: it is the article's `한빛` and a particle
        ("한빛(가람유통)은 컸다. 펀드는 한빛가 세운 법인에 투자했다.", [("한빛", "ORG"), ("한빛가", "LOCATION")],
         [("한빛", "ORG"), ("한빛", "ORG")]),
        # a name of its own that ends like a particle, with no shorter name in the article
        ("누리는 컸다. 펀드는 한빛가 세운 법인에 투자했다.", [("한빛가", "ORG")], [("한빛가", "ORG")]),
        # the first syllables of a company named in full, with a particle glued, are its short form
        ("미르테크놀로지는 2019년 세워졌다. 지분은 미르가 51%, 세온이 49%를 가졌다.",
         [("미르테크놀로지", "ORG"), ("미르가", "LOCATION")], [("미르테크놀로지", "ORG"), ("미르", "ORG")]),
        ("새벽정밀은 중견 기업이다. 이 가운데 새벽의 몫은 40%다.",
         [("새벽정밀", "ORG"), ("새벽의", "PERSON")], [("새벽정밀", "ORG"), ("새벽", "ORG")]),
        # but not where the whole word begins the name, nor after a syllable that is no particle
        ("라온하 바이오는 컸다. 라온하 대표가 말했다.", [("라온하 바이오", "ORG"), ("라온하", "PERSON")],
         [("라온하 바이오", "ORG"), ("라온하", "PERSON")]),
        ("도요타자동차는 컸다. 도요다 가문이 세웠다.", [("도요타자동차", "ORG"), ("도요다", "PERSON")],
         [("도요타자동차", "ORG"), ("도요다", "PERSON")]),
    ],
)
def test_a_name_with_a_particle_glued_is_the_name(text, names, kept) -> None:
    doc, mentions, _ = mentions_of(text, names)
    assert [(doc.text[m.start : m.end], m.label) for m in filters.plausible(doc, mentions)] == kept


@pytest.mark.parametrize(
    ("text", "name", "label", "kept"),
    [
        # two words of Kiwi's dictionary the model read as an organisation are common nouns
        ("여름 방학에 학교 공사를 마쳤다.", "학교 공사", "ORG", False),
        ("참여 병원은 모두 40곳이다.", "참여 병원", "ORG", False),
        # but a coined name, one word of it unknown to Kiwi, stays; so does a product's two words
        ("누리랩 병원은 문을 열었다.", "누리랩 병원", "ORG", True),
        ("새 요금제 요금 나침반을 내놓았다.", "요금 나침반", "PRODUCT", True),
    ],
)
def test_two_common_nouns_the_model_read_as_an_organisation_are_no_name(text, name, label, kept) -> None:
    doc, mentions, _ = mentions_of(text, [(name, label)])
    assert bool(filters.plausible(doc, mentions)) is kept


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        # a person's name ends the word, but for a particle, an honorific or a title glued to it
        ("공정위는 최혜대우 조항을 문제 삼았다.", "최혜", False),
        ("가격을 바꾸는 프라이싱을 도입했다.", "프라이", False),
        ("누리는 한도윤으로부터 지분을 샀다.", "한도윤", True),
        ("김씨는 가게를 열었다.", "김", True),
        ("박대표는 회사를 세웠다.", "박", True),
    ],
)
def test_a_person_runs_to_the_end_of_its_word(text, name, kept) -> None:
    doc, mentions, _ = mentions_of(text, [(name, "PERSON")])
    assert bool(filters.plausible(doc, mentions)) is kept


@pytest.mark.parametrize(
    ("text", "name"),
    [("강원의 지방은행은 인터넷전문은행과 겨룬다.", "지방은행"), ("강원의 지방은행은 인터넷전문은행과 겨룬다.", "인터넷전문은행"),
     ("시중은행과 저축은행이 금리를 내렸다.", "저축은행"), ("빅테크가 카드사를 위협한다.", "카드사"),
     # technologies and classes of product are no one maker's product
     ("세계 HBM 시장은 낸드보다 빨리 컸다.", "HBM"), ("LFP 배터리와 NCM 배터리를 함께 만든다.", "LFP"),
     # a business format, a channel or a kind of goods is no one's name
     ("부산의 퀵커머스 업체들이 다크스토어를 늘렸다.", "퀵커머스"), ("부산의 퀵커머스 업체들이 다크스토어를 늘렸다.", "다크스토어"),
     ("매장에 키오스크를 들였다.", "키오스크"), ("아메리카노 가격이 올랐다.", "아메리카노"),
     # an accounting statement's items, an M&A strategy
     ("가람전자의 매입채무 회전일수는 41일이다.", "매입채무"), ("손익계산서에는 드러나지 않는다.", "손익계산서"),
     ("재무상태표의 재고가 늘었다.", "재무상태표"), ("사모펀드는 볼트온 전략을 쓴다.", "볼트온"),
     # a chief officer's title in letters, as `CEO`
     ("오 CDO도 회의 때마다 말한다.", "CDO"),
     # a kind of investor and a funding round
     ("해외 전략적 투자자(SI)가 인수했다.", "SI"), ("지난해 프리A 라운드를 마쳤다.", "프리A"),
     # kinds of financial product and strategy, a statistic
     ("연금 계좌로 ETF를 산다.", "ETF"), ("커버드콜 상품이 늘었다.", "커버드콜"),
     ("레버리지 상품은 위험하다.", "레버리지"), ("보유액의 중앙값은 낮았다.", "중앙값"),
     # a study's arms
     ("도구를 쓴 상담원(이하 실험군)이 빨랐다.", "실험군"), ("대조군의 만족도는 4.0점이었다.", "대조군"),
     # a material and a function of packaging
     ("EPP 상자는 가볍다.", "EPP"), ("발포폴리프로필렌 값이 올랐다.", "발포폴리프로필렌"), ("보냉 상자를 만든다.", "보냉"),
     # kinds of goods, places of a business, jobs, rules and features: common nouns
     ("크루아상 값이 올랐다.", "크루아상"), ("선크림이 잘 팔렸다.", "선크림"), ("쇼룸을 열었다.", "쇼룸"),
     ("센트럴키친에서 굽는다.", "센트럴키친"), ("계산원 자리를 줄였다.", "계산원"), ("할랄 인증을 받았다.", "할랄"),
     ("주휴수당이 부담이다.", "주휴수당"), ("푸시 알림을 보냈다.", "푸시")],
)
def test_a_kind_of_firm_or_of_product_is_no_name(text, name) -> None:
    doc, mentions, _ = mentions_of(text, [(name, "ORG")])
    assert filters.plausible(doc, mentions) == []


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [("주 4일 출근자는 승진이 빨랐다.", "출근자", False), ("올해 이직자의 평가가 높았다.", "이직자", False),
     ("재택근무자의 승진율은 낮았다.", "재택근무자", False), ("부업자의 수입이 늘었다.", "부업자", False),
     ("누리파트너스는 투자를 늘렸다.", "누리파트너스", True),
     # a measure, of known nouns or coined by the article
     ("하루 적치량은 2배로 늘었다.", "적치량", False), ("점포의 품절률은 낮아졌다.", "품절률", False),
     ("완판률을 높였다.", "완판률", False), ("대율오토모티브는 공장을 지었다.", "대율오토모티브", True)],
)
def test_a_common_noun_of_people_or_a_measure_is_no_organisation(text, name, kept) -> None:
    doc, mentions, _ = mentions_of(text, [(name, "ORG")])
    assert bool(filters.common_noun_names(doc.text, mentions)) is kept


def test_an_acronym_of_a_kind_of_company_is_no_name() -> None:
    assert found("LCC 가운데서는 한빛항공의 실적이 돋보였다.") == [("한빛항공", "ORG", "한빛항공")]


def test_a_latin_name_the_model_cut_short_takes_the_rest_of_its_word() -> None:
    assert ("A330neo", "PRODUCT", "A330neo") in found("누리항공은 에어버스 A330neo 3대를 들여오기로 했다.")


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("HBM3E", True), ("OEM2", True), ("A330neo", False), ("GS25", False),  # a generic acronym's version
        ("K뷰티", True), ("K-웹툰", True), ("K드라마", True), ("K바이오인사이트", False),  # Korea's kind of industry
    ],
)
def test_generic_terms_with_a_version_or_korea_s_k_are_no_names(name, generic) -> None:
    assert lexicon.generic_term(name) is generic


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("누리칩은 서버용 모듈을 만든다. 모듈 매출은 늘었다.", "모듈", False),  # after `서버용` anywhere
        ("누리봇은 가정용 청소로봇을 판다.", "청소로봇", False),
        ("재활용 리셀텍은 폐배터리를 모은다.", "리셀텍", True),  # `재활용` is one noun of Kiwi's
        ("준공식에는 권태형 이솔 대표가 왔다.", "이솔", True),  # a name ending in 형
    ],
)
def test_a_word_after_a_noun_of_use_or_type_is_a_kind_of_thing(text, name, kept) -> None:
    doc, mentions, tokens = mentions_of(text, [(name, "ORG")])
    assert bool(cues.kinds_of_things(tokens, mentions)) is kept


def test_a_name_found_again_by_its_alias_keeps_the_cue_that_found_it() -> None:
    text = "2019년 설립된 담솔스토리웍스(이하 담솔)는 드라마를 만든다. 담솔은 올해 상장한다."
    doc, mentions, tokens = mentions_of(text, [("담솔스토리웍스", "ORG"), ("담솔", "ORG")])
    mentions[0].source, mentions[1].source = "apposition", "glosses"  # the cue `설립된`, the alias
    context = entities.Context(doc, doc.text, tokens, mentions)
    dict(entities.PASSES)["propagation"](context)  # finds `담솔은`, and the name before the alias again
    assert [(doc.text[m.start : m.end], m.source) for m in context.mentions][0] == ("담솔스토리웍스", "apposition")


def test_korea_s_kind_of_industry_is_no_organisation() -> None:
    text = "K드라마가 해외에서 팔린다. 조사업체 K바이오인사이트는 성장을 점쳤다."
    doc, mentions, _ = mentions_of(text, [("K드라마", "ORG"), ("K바이오인사이트", "ORG")])
    assert [doc.text[m.start : m.end] for m in filters.plausible(doc, mentions)] == ["K바이오인사이트"]


def test_a_name_found_between_an_organisation_and_a_title_survives_the_common_noun_filter() -> None:
    assert ("편지우", "PERSON", "편지우") in found("편지우 새온투자증권 연구원은 “4분기는 비수기”라고 말했다.")


@pytest.mark.parametrize("label", ["PERSON", "ORG"])
def test_the_models_guess_at_a_name_before_its_organisation_and_a_title_is_a_person(label) -> None:
    doc, mentions, _ = mentions_of("여다온 누리증권 연구원은 말했다.", [("여다온", label), ("누리증권", "ORG")])
    assert [(doc.text[m.start : m.end], m.label, m.source) for m in labels.titled_persons(doc.text, mentions)] == [
        ("여다온", "PERSON", "titled names")]


@pytest.mark.parametrize("name", ["방화진", "조정윤", "원가윤"])  # `방화`+`진`, `조정`+`윤`, `원가`+`윤`
def test_a_persons_name_read_as_common_nouns_stands_between_its_organisation_and_a_title(name) -> None:
    """The model's person, which Kiwi reads as common nouns, is found again by its
    organisation and title, so the common-noun filter keeps it."""
    text = f"해상풍력 기자재 기업 다온풍력은 지난해 수주를 크게 늘렸다. {name} 다온풍력 대표는 “유럽 주문이 밀려 있다”고 말했다."
    assert (name, "PERSON", name) in found(text)


def test_the_gloss_of_a_generic_term_is_not_an_entity() -> None:
    text = "현재 중국시장에는 차량 OEM(Original Equipment Manufacturers) 업체가 200개 이상이다."
    doc, mentions, _ = mentions_of(text, [("OEM", "ORG"), ("Original Equipment Manufacturers", "ORG")])
    mentions[1].canonical = "OEM"
    assert filters.plausible(doc, mentions) == []


@pytest.mark.parametrize(
    ("text", "name", "confidence", "kept"),
    [
        ("냉장고와 에어컨을 함께 판다.", "에어컨", 0.7, False),
        ("냉장고와 에어컨을 함께 판다.", "에어컨", 0.95, True),
        ("국방부는 훈련을 발표했다.", "국방부", 0.99, True),
        ("하루 1TB(테라바이트)의 데이터가 쌓인다.", "테라", 0.8, False),
        ("하루 1TB(테라바이트)의 데이터가 쌓인다.", "테라", 0.97, True),
        ("판교에 쿠라이 본사가 있다.", "쿠라이", 0.6, True),  # a proper noun by Kiwi: the model decides
    ],
)
def test_where_the_model_hesitates_kiwis_reading_of_a_common_word_stands(text, name, confidence, kept) -> None:
    doc, mentions, tokens = mentions_of(text, [(name, "ORG")])
    mentions[0].confidence = confidence
    assert bool(filters.hesitant(tokens, mentions)) is kept


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        ("물류센터는 매일 아침 가까운 복지센터에 물품을 보낸다.", [("복지센터", "PERSON")], []),
        ("그 대학은 음극재 연구소를 세웠다.", [("음극재", "PERSON")], ["음극재"]),  # unknown to Kiwi: the model decides
        ("셀트리온은 호흡수와 심박수를 잰다.", [("호흡수", "PERSON")], []),
        ("마화텅(马化腾) 회장은 게임 사업을 키웠다.", [("마화텅", "PERSON")], ["마화텅"]),
        ("배달(外卖) 주문이 늘었다.", [("배달", "PERSON")], []),  # a gloss, but no family name opens it
        ("인드라 누이 회장은 떠났다. 누이는 웃었다.", [("인드라 누이", "PERSON"), ("누이", "PERSON")],
         ["인드라 누이", "누이"]),
        ("이 동네 한결 씨가 가게를 열었다.", [("한결", "PERSON")], ["한결"]),
        ("검찰은 이모(62)씨에 대해 징역을 구형했다.", [("이모", "PERSON")], ["이모"]),  # an age between
        ("이 동네 이모가 가게를 열었다.", [("이모", "PERSON")], []),
        ("장 씨는 노래를 불렀다.", [("장", "PERSON")], ["장"]),  # a surname alone: other passes judge it
        # a Korean full name Kiwi reads as common nouns (`전기`+`찬`), its family name with a title elsewhere
        ("전기찬 사장은 말했다. 전 사장은 웃었다.", [("전기찬", "PERSON")], ["전기찬"]),
        ("전기찬 사장은 말했다.", [("전기찬", "PERSON")], []),
        ("회사는 양극재 공장을 늘렸다.", [("양극재", "LOCATION")], []),
        ("중국 선전은 전기버스를 늘렸다.", [("선전", "LOCATION")], ["선전"]),
        ("중국 선전 활동이 늘었다.", [("선전", "LOCATION")], []),
        # several common nouns after a listed place name a thing there, unless a place's ending ends them
        ("회사는 광주 물류센터에서 포장한다.", [("물류센터", "LOCATION")], []),
        ("회사는 청주 율량동에서 포장한다.", [("율량동", "LOCATION")], ["율량동"]),
        ("양극재 업체가 늘었다.", [("양극재", "ORG")], ["양극재"]),  # organisations are other passes' work
        # a word Kiwi does not know, called a place: shown by its ending, a listed place or a cue noun
        ("회사는 에어로겔 공장을 늘렸다.", [("에어로겔", "LOCATION")], []),
        ("회사는 로즈버그시에 공장을 세웠다.", [("로즈버그시", "LOCATION")], ["로즈버그시"]),
        ("회사는 독일 뮤렌슈타트에 공장을 세웠다.", [("뮤렌슈타트", "LOCATION")], ["뮤렌슈타트"]),
        ("회사는 코르텔라에 공장을 세웠다.", [("코르텔라", "LOCATION")], []),
        # a rate or an amount Kiwi reads as a noun and its suffix (`유지`+`율`), called a person
        ("신입의 유지율은 78%였다.", [("유지율", "PERSON")], []),
    ],
)
def test_a_common_noun_names_a_person_or_place_only_where_the_article_shows_it(text, names, kept) -> None:
    doc, mentions, _ = mentions_of(text, names)
    assert [doc.text[m.start : m.end] for m in filters.common_noun_names(doc.text, mentions)] == kept


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        # concept words the model may call people: never introduced as one
        ("앱은 혈압과 맥박수를 잰다. 맥박수가 오르면 알림이 온다.", [("맥박수", "PERSON"), ("맥박수", "PERSON")], []),
        ("매장 입구에 시음대를 두었다.", [("시음대", "PERSON")], []),
        # introduced somewhere: a title after it, past a gloss, or an honorific
        ("마르텡(Martin) 최고경영자는 말했다. 마르텡은 웃었다.", [("마르텡", "PERSON"), ("마르텡", "PERSON")],
         ["마르텡", "마르텡"]),
        ("조리사 로랑 씨가 빵을 구웠다.", [("로랑", "PERSON")], ["로랑"]),
        # a family name with a given name stands as it is; so does a word of a longer person's name
        ("류하늘이 상을 받았다.", [("류하늘", "PERSON")], ["류하늘"]),
        ("엘레나 마르티 교수는 말했다. 마르티는 웃었다.", [("엘레나 마르티", "PERSON"), ("마르티", "PERSON")],
         ["엘레나 마르티", "마르티"]),
        # a name the model also finds with another label is left to the vote on labels
        ("누리랩은 성장했다. 누리랩이 상을 받았다.", [("누리랩", "ORG"), ("누리랩", "PERSON")], ["누리랩", "누리랩"]),
    ],
)
def test_a_person_the_article_never_introduces_is_no_name(text, names, kept) -> None:
    doc, mentions, _ = mentions_of(text, names)
    assert [doc.text[m.start : m.end] for m in filters.untold_persons(doc.text, mentions)] == kept


@pytest.mark.parametrize(
    ("text", "place", "kept"),
    [
        ("매출은 30억 홍콩달러였다.", "홍콩", False),  # a currency
        ("문서는 베트남어로 쓴다.", "베트남", False),  # a language
        ("그는 러시아학과 교수다.", "러시아", False),  # a department
        ("물건을 고객에게 인도하기 시작했다.", "인도", False),  # a verb
        ("회사는 베트남에 공장을 세웠다.", "베트남", True),
        ("홋카이도산 우유를 쓴다.", "홋카이도", True),  # made in the place: the place
    ],
)
def test_a_place_glued_to_a_word_that_makes_it_another_thing_is_no_place(text, place, kept) -> None:
    doc, mentions, _ = mentions_of(text, [(place, "LOCATION")])
    assert bool(filters.plausible(doc, mentions)) == kept


def test_an_unknown_place_a_cue_noun_shows_once_stands_everywhere() -> None:
    doc, mentions, _ = mentions_of("코르텔라라는 도시가 있다. 회사는 코르텔라에 공장을 세웠다.",
                                   [("코르텔라", "LOCATION"), ("코르텔라", "LOCATION")])
    mentions[0].source = "apposition"
    assert len(filters.common_noun_names(doc.text, mentions)) == 2
    assert filters.common_noun_names(doc.text, mentions[1:]) == []


@pytest.mark.parametrize(
    ("text", "joined", "label", "split"),
    [
        ("최서진 바람소리재단 이사장은 웃었다.", "최서진 바람소리재단", "ORG",
         [("최서진", "PERSON"), ("바람소리재단", "ORG")]),
        ("그린웨이브가 컸다. 그린웨이브 남궁민수 대표는 말했다.", "그린웨이브 남궁민수", "PERSON",
         [("그린웨이브", "ORG"), ("남궁민수", "PERSON")]),
        ("그린웨이브 남궁민수 대표는 말했다.", "그린웨이브 남궁민수", "PERSON",
         [("그린웨이브 남궁민수", "PERSON")]),  # the model's PERSON, and nothing shows an organisation
        ("최서진 바람소리재단의 기부가 늘었다.", "최서진 바람소리재단", "ORG",
         [("최서진 바람소리재단", "ORG")]),  # no title after: nothing says there are two
        ("마리아 로페스 교수는 말했다.", "마리아 로페스", "PERSON",
         [("마리아 로페스", "PERSON")]),  # a foreign name in two words
        ("서울 강남구 구청장은 말했다.", "서울 강남구", "LOCATION",
         [("서울 강남구", "LOCATION")]),
        # a title word that ends in a title: `영업본부장`, `물류센터장`
        ("다온마트가 컸다. 육지호 다온 영업본부장(상무)은 말했다.", "육지호 다온", "PERSON",
         [("육지호", "PERSON"), ("다온", "ORG")]),
        ("최서진 바람소리재단 마케팅본부장은 웃었다.", "최서진 바람소리재단", "PERSON",
         [("최서진", "PERSON"), ("바람소리재단", "ORG")]),
    ],
)
def test_a_person_and_an_organisation_before_a_title_are_two_names(text, joined, label, split) -> None:
    doc, mentions, _ = mentions_of(text, [(joined, label)])
    assert [(doc.text[m.start : m.end], m.label) for m in spans.person_and_organisation(doc.text, mentions)] == split


def test_a_joined_name_the_model_cut_inside_a_known_organisation_is_completed_and_split() -> None:
    # `한도윤 가` stops inside `가온`, a name the article has: it runs to the name's end, before a title
    doc, mentions, _ = mentions_of("가온 공장이 컸다. 한도윤 가온 상무는 말했다.", [("가온", "ORG"), ("한도윤 가", "LOCATION")])
    assert [(doc.text[m.start : m.end], m.label) for m in spans.person_and_organisation(doc.text, mentions)] == [
        ("가온", "ORG"), ("한도윤", "PERSON"), ("가온", "ORG")]
    # no title after the name: the mention stays as the model cut it
    doc, mentions, _ = mentions_of("가온 공장이 컸다. 한도윤 가온 공장에 갔다.", [("가온", "ORG"), ("한도윤 가", "LOCATION")])
    assert [(doc.text[m.start : m.end], m.label) for m in spans.person_and_organisation(doc.text, mentions)] == [
        ("가온", "ORG"), ("한도윤 가", "LOCATION")]


@pytest.mark.parametrize(
    ("text", "label", "named", "found"),
    [
        ("카르벨토는 컸다. 카르벨토는 흑자였다. 카르벨토 가방은 지금도 비싸다.", "ORG", 2, ["카르벨토"]),
        ("카르벨토는 컸다. 카르벨토 가방은 비싸다. 카르벨토 가방은 지금도 비싸다.", "ORG", 1, []),  # named at 1 of 3
        ("카르벨토는 컸다. 카르벨토는 흑자였다. 카르벨토 가방은 지금도 비싸다.", "LOCATION", 2, []),  # places: not so
        ("카르벨토는 잘 팔렸다. 카르벨토는 가볍다. 그 결과 카르벨토의 오차는 작았다.", "PRODUCT", 2, ["카르벨토"]),
        ("카르벨토는 잘 팔렸다. 그 결과 카르벨토의 오차는 작았다. 카르벨토 가방은 비싸다.", "PRODUCT", 1, []),
    ],
)
def test_an_organisation_or_product_named_at_half_its_places_or_more_is_found_at_the_others(text, label, named, found) -> None:
    doc, mentions, tokens = mentions_of(text, [("카르벨토", label)] * named)
    assert [doc.text[m.start : m.end] for m in recurrence.propagate(doc.text, mentions, tokens)] == found


@pytest.mark.parametrize(
    ("label", "found"),
    [("LOCATION", ["화성"]), ("ORG", [])],  # a place shown by the article recurs; a company guessed does not
)
def test_a_place_that_the_article_shows_recurs_though_kiwi_holds_it_as_a_common_noun(label, found) -> None:
    text = "경기 화성은 공장을 늘렸다. 이 회사는 화성에 공장을 세웠다."
    doc, mentions, tokens = mentions_of(text, [("화성", label)])
    assert [doc.text[m.start : m.end] for m in recurrence.propagate(doc.text, mentions, tokens)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("루카 베르니 회장은 웃었다. 베르니 회장은 말했다. 베르니는 떠났다.", ["베르니", "베르니"]),
        ("베르니 공방이 컸다. 루카 베르니 회장은 웃었다.", []),  # before the full name: not yet that person
        ("루카 베르니 회장은 웃었다. 베르니노 회장은 말했다.", []),  # not a word of its own
    ],
)
def test_a_persons_family_name_names_that_person_again(text, found) -> None:
    doc, mentions, _ = mentions_of(text, [("루카 베르니", "PERSON")])
    again = recurrence.family_names(doc.text, mentions)
    assert [doc.text[m.start : m.end] for m in again] == found
    assert all(m.canonical == "루카 베르니" and m.label == "PERSON" for m in again)


@pytest.mark.parametrize(
    ("text", "names", "found"),
    [
        ("최서린 CTO는 웃었다. 최 CTO는 말했다.", ["최서린"], [("최", "최서린")]),
        # a chief officer's title, whatever office it names (`CHRO`, `CPO`)
        ("여하린 최고인사책임자(CHRO)는 웃었다. 여 CHRO는 말했다.", ["여하린"], [("여", "여하린")]),
        ("나도훈 CPO는 웃었다. 나 CPO는 말했다.", ["나도훈"], [("나", "나도훈")]),
        # of two people with one family name, the one named last before it
        ("최서린 대표와 최민호 이사가 왔다. 최 이사는 말했다.", ["최서린", "최민호"], [("최", "최민호")]),
        ("최 대표는 말했다. 최서린 대표는 웃었다.", ["최서린"], []),  # before the full name
        ("최서린 대표는 웃었다. 최 측은 반박했다.", ["최서린"], []),  # no job title after it
        ("전민수 회장과 노태호 전 회장이 만났다.", ["전민수", "노태호"], []),  # `전` before a title is `前`
    ],
)
def test_a_korean_family_name_with_a_title_names_the_person_again(text, names, found) -> None:
    doc, mentions, _ = mentions_of(text, [(name, "PERSON") for name in names])
    again = recurrence.titled_surnames(doc.text, mentions)
    assert [(doc.text[m.start : m.end], m.canonical) for m in again] == found


def test_a_phrase_the_model_took_for_a_person_gives_no_family_name() -> None:
    doc, mentions, _ = mentions_of("책 ‘단단한 신뢰’는 팔렸다. 신뢰는 쌓인다.", [("단단한 신뢰", "PERSON")])
    assert recurrence.family_names(doc.text, mentions) == []


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("보험지주는 컸다. 국내 보험지주들은 이익을 냈다.", "model", []),  # 보험 + 지주: words of Kiwi's dictionary
        ("보험지주는 컸다. 국내 보험지주들은 이익을 냈다.", "gazetteer", ["보험지주"]),  # a listed name recurs
    ],
)
def test_the_models_guess_at_a_compound_of_common_nouns_is_not_spread(text, source, found) -> None:
    doc, mentions, tokens = mentions_of(text, [("보험지주", "ORG")])
    mentions[0].source = source
    assert [doc.text[m.start : m.end] for m in recurrence.propagate(doc.text, mentions, tokens)] == found


@pytest.mark.parametrize(
    ("text", "names", "relabelled"),
    [
        ("저우밍하오(周明浩) 신양전자 회장은 말했다.", [("저우밍하오", "ORG"), ("신양전자", "ORG")],
         ["PERSON", "ORG"]),
        ("윤서하 부경대 해양공학과 교수는 말했다.", [("윤서하", "LOCATION"), ("부경대", "ORG")],
         ["PERSON", "ORG"]),
        ("오지민 미래산업연구원 반도체팀장은 말했다.", [("오지민", "ORG"), ("미래산업연구원", "ORG")],
         ["PERSON", "ORG"]),  # a title glued to a department
        ("오지민 미래산업연구원 이사회는 열렸다.", [("오지민", "ORG"), ("미래산업연구원", "ORG")],
         ["ORG", "ORG"]),  # a board is no title
        ("나고야 도요다상사 사장은 말했다.", [("나고야", "LOCATION"), ("도요다상사", "ORG")],
         ["LOCATION", "ORG"]),  # a place before an organisation stays a place
        ("진보그룹 브이텍 대표는 말했다.", [("진보그룹", "ORG"), ("브이텍", "ORG")],
         ["ORG", "ORG"]),  # its ending names an organisation
        ("송하린 대표는 말했다. 송 대표는 웃었다.", [("송하린", "ORG")], ["PERSON"]),
        ("송하린 대표는 말했다. 회사는 웃었다.", [("송하린", "ORG")], ["ORG"]),  # no `송 대표`: a company's head
        # The model swaps two names of three syllables; the organisation is one elsewhere.
        ("물류 스타트업 도란텍이 문을 열었다. 한서율 도란텍 대표는 말했다.",
         [("도란텍", "ORG"), ("한서율", "ORG"), ("도란텍", "PERSON")], ["ORG", "PERSON", "ORG"]),
        ("한서율 도란텍 대표는 말했다.", [("한서율", "ORG"), ("도란텍", "PERSON")], ["ORG", "PERSON"]),
        # or the short form of one, the first part of its one-word name, mention or none
        ("가람브루잉은 컸다. 편도훈 가람 대표는 말했다.", [("가람브루잉", "ORG"), ("편도훈", "ORG"), ("가람", "PERSON")],
         ["ORG", "PERSON", "ORG"]),
        ("가람브루잉은 컸다. 편도훈 가람 대표는 말했다.", [("가람브루잉", "ORG"), ("편도훈", "ORG")], ["ORG", "PERSON"]),
        ("누리마트는 컸다. 편도훈 가람 대표는 말했다.", [("누리마트", "ORG"), ("편도훈", "ORG")], ["ORG", "ORG"]),
        # A Korean full name after an organisation or its first syllables, before a title.
        ("누리데이터랩은 조사했다. 누리 변하준 연구원은 말했다.", [("누리데이터랩", "ORG"), ("변하준", "LOCATION")],
         ["ORG", "PERSON"]),
        ("누리데이터랩은 조사했다. 올해 변하준 연구원은 말했다.", [("누리데이터랩", "ORG"), ("변하준", "LOCATION")],
         ["ORG", "LOCATION"]),  # no organisation before it, and never `변 연구원`
        # Before a name that is no Korean full name, an organisation must be one here.
        ("로봇 기업 서하린이 있다. 파랑로보틱스 서하린 대표는 말했다.",
         [("서하린", "ORG"), ("파랑로보틱스", "ORG"), ("서하린", "PERSON")], ["ORG", "ORG", "PERSON"]),
    ],
)
def test_a_name_before_an_organisation_and_a_title_is_a_persons(text, names, relabelled) -> None:
    doc, mentions, _ = mentions_of(text, names)
    labels.person_before_title(doc.text, mentions)
    assert [m.label for m in mentions] == relabelled


@pytest.mark.parametrize(
    ("text", "names", "relabelled"),
    [
        ("한서윤 다올핀 대표는 말했다.", [("한서윤", "PERSON"), ("다올핀", "PRODUCT")], [("PERSON", "model"), ("ORG", "titled employer")]),
        ("한서윤 다올핀 대표는 말했다.", [("한서윤", "PERSON"), ("다올핀", "ORG")], [("PERSON", "model"), ("ORG", "titled employer")]),
        ("한서윤은 다올핀 대표를 만났다.", [("한서윤", "PERSON"), ("다올핀", "PRODUCT")], [("PERSON", "model"), ("PRODUCT", "model")]),
        ("한서윤 다올핀 앱을 썼다.", [("한서윤", "PERSON"), ("다올핀", "PRODUCT")], [("PERSON", "model"), ("PRODUCT", "model")]),
        ("한서윤 부산 대표는 말했다.", [("한서윤", "PERSON"), ("부산", "LOCATION")], [("PERSON", "model"), ("LOCATION", "model")]),
    ],
)
def test_a_name_between_a_person_and_a_title_is_the_persons_employer(text, names, relabelled) -> None:
    doc, mentions, _ = mentions_of(text, names)
    labels.employer_before_title(doc.text, mentions)
    assert [(m.label, m.source) for m in mentions] == relabelled


@pytest.mark.parametrize(
    ("text", "names", "relabelled"),
    [
        ("누리잡은 2016년 부산에서 설립된 구인 플랫폼으로, 공고가 많다.", [("누리잡", "PRODUCT")],
         [("ORG", "founded description")]),
        ("오늘장터는 식자재 유통을 하던 민서준 대표가 2020년 창업한 식자재 거래 플랫폼이다.", [("오늘장터", "LOCATION")],
         [("ORG", "founded description")]),
        ("오늘장터는 2020년 창업한 회사다.", [("오늘장터", "ORG")], [("ORG", "founded description")]),
        # launched, not founded; a founder is a person; the founding of another name
        ("씨앗페이는 2021년 출시한 간편결제 앱이다.", [("씨앗페이", "PRODUCT")], [("PRODUCT", "model")]),
        ("민서준은 2020년 오늘장터를 창업한 대표다.", [("민서준", "PERSON")], [("PERSON", "model")]),
        ("씨앗페이는 잘 팔린다. 2019년 설립된 회사다.", [("씨앗페이", "PRODUCT")], [("PRODUCT", "model")]),
        # right after a founding verb whose clause has no object: what was founded, whatever the model read
        ("2016년 3월 삿포로에서 창업한 미치루는 전국 경쟁을 피했다.", [("미치루", "PERSON")],
         [("ORG", "founded description")]),
        # a founder: a job title after the name, or an object in the clause
        ("2019년 대전에서 창업한 배수아 대표는 말했다.", [("배수아", "PERSON")], [("PERSON", "model")]),
        ("식품회사를 세운 오경택은 은퇴했다.", [("오경택", "PERSON")], [("PERSON", "model")]),
    ],
)
def test_a_name_its_sentence_describes_as_founded_is_an_organisations(text, names, relabelled) -> None:
    doc, mentions, _ = mentions_of(text, names)
    labels.founded_description(doc.text, mentions)
    assert [(m.label, m.source) for m in mentions] == relabelled


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a name Kiwi reads as common nouns, right after a founding verb: an organisation
        ("2019년 설립된 다온스테이는 한옥 숙소를 중개한다.", ["다온스테이"]),
        ("2022년 부산에서 창업한 물결스튜디오의 매출은 늘었다.", ["물결스튜디오"]),
        # one word of Kiwi's dictionary, a particle's syllable included; a site; a founder
        ("그가 회사를 창업한 계기가 궁금했다.", []),
        ("1998년 설립된 떡볶이 가게가 문을 닫았다.", []),
        ("2018년 설립된 부산센터는 크다.", []),
        ("2016년 회사를 세운 한지호는 말했다.", []),
    ],
)
def test_a_name_no_pass_read_right_after_a_founding_verb_is_an_organisations(text, names) -> None:
    doc, _, _ = mentions_of(text, [])
    assert [(doc.text[m.start : m.end], m.label) for m in labels.founded_names(doc.text, [])] == [
        (name, "ORG") for name in names]


def test_a_founded_name_kiwi_reads_with_a_prefix_is_kept() -> None:
    assert ("소잎", "ORG", "소잎") in found("1998년 설립된 소잎은 화장품을 만든다.")


@pytest.mark.parametrize(
    ("text", "names", "relabelled"),
    [
        ("올리버 크레인 지음, 하다온 옮김 / 누리북스 / 312쪽", [("올리버 크레인", "PERSON"), ("하다온", "ORG")],
         [("PERSON", "book credit"), ("PERSON", "book credit")]),
        ("한다온 엮음, 2만 원", [("한다온", "EVENT")], [("PERSON", "book credit")]),
        ("한결경제연구소 지음, 2만 원", [("한결경제연구소", "ORG")], [("ORG", "model")]),  # a name that says it is a body
        ("하다온이 옮김말을 골랐다.", [("하다온", "ORG")], [("ORG", "model")]),  # no credit: a word that goes on
    ],
)
def test_a_name_a_books_credit_follows_is_a_persons(text, names, relabelled) -> None:
    doc, mentions, _ = mentions_of(text, names)
    labels.book_credits(doc.text, mentions)
    assert [(m.label, m.source) for m in mentions] == relabelled


@pytest.mark.parametrize(
    ("name", "label"),
    [("오시머티닙", "PRODUCT"), ("트라스투주맙", "PRODUCT"), ("세마글루타이드", "PRODUCT"), ("아토르바스타틴", "PRODUCT"),
     ("렘데시비르", "PRODUCT"), ("한빛제약", "ORG"), ("맙", "ORG")],  # `맙` alone is no ending
)
def test_a_drug_name_ends_in_its_inn_stem(name, label) -> None:
    assert lexicon.cued_label(name, "ORG") == label


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # the model read one word of the name, as an organisation: the gloss's two words and the title decide
        ("연구자 에리크 다니엘손(Erik Danielsson) 교수는 말했다.", [("다니엘손", "ORG"), ("Erik Danielsson", "ORG")],
         [("에리크 다니엘손", "PERSON"), ("Erik Danielsson", "PERSON")]),
        ("마리아 로시(Maria Rossi) 대표가 왔다.", [("마리아 로시", "ORG"), ("Maria Rossi", "ORG")],
         [("마리아 로시", "PERSON"), ("Maria Rossi", "PERSON")]),
        # the model read the name word by word, as a place and an organisation
        ("이사회는 카를 슈미트(Karl Schmidt) 최고경영자(CEO)를 교체했다.", [("카를", "LOCATION"), ("슈미트", "ORG")],
         [("카를 슈미트", "PERSON")]),
        # no title after the gloss: a company named after its founder stays one
        ("브루노 콘티(Bruno Conti)는 가방을 만든다.", [("브루노 콘티", "ORG"), ("Bruno Conti", "ORG")],
         [("브루노 콘티", "ORG"), ("Bruno Conti", "ORG")]),
        # the word before is another mention's: no name to complete
        ("한빛대 다니엘손(Erik Danielsson) 교수는 말했다.", [("한빛대", "ORG"), ("다니엘손", "ORG")],
         [("한빛대", "ORG"), ("다니엘손", "ORG")]),
        # nothing read the name, and its organisation stands before the title
        ("야마구치 료(Ryo Yamaguchi) 오카다상사 사장은 제안을 받아들였다.", [("오카다상사", "ORG")],
         [("야마구치 료", "PERSON"), ("오카다상사", "ORG")]),
        ("스즈키 료(Ryo Suzuki) 미나토전기 사장이 왔다.", [("스즈키 료", "PRODUCT"), ("미나토전기", "ORG")],
         [("스즈키 료", "PERSON"), ("미나토전기", "ORG")]),
        # a particle glued to the gloss: the title further on is someone else's
        ("그는 투자사 노스브리지캐피털(Northbridge Capital)에서 7년간 파트너로 일했다.",
         [("노스브리지캐피털", "ORG"), ("Northbridge Capital", "ORG")],
         [("노스브리지캐피털", "ORG"), ("Northbridge Capital", "ORG")]),
        # a person's glossed name, then the organisation's glossed name, then the title
        ("에밀리 카터(Emily Carter) 하버라인 컨설팅(Harborline Consulting) 대표는 말했다.",
         [("에밀리 카터", "PERSON"), ("Emily Carter", "PERSON"), ("하버라인 컨설팅", "ORG"),
          ("Harborline Consulting", "ORG")],
         [("에밀리 카터", "PERSON"), ("Emily Carter", "PERSON"), ("하버라인 컨설팅", "ORG"),
          ("Harborline Consulting", "ORG")]),
    ],
)
def test_a_name_glossed_by_a_western_full_name_before_a_title_is_a_persons(text, names, expected) -> None:
    doc, mentions, _ = mentions_of(text, names)
    mentions = labels.glossed_titled_person(doc.text, mentions)
    assert [(doc.text[m.start : m.end], m.label) for m in mentions] == expected


@pytest.mark.parametrize(
    ("name", "label"),
    [("누리제과", "ORG"), ("가람건설", "ORG"), ("세진물산", "ORG"), ("한결테라퓨틱스", "ORG"), ("미래로지스", "ORG"),
     ("도원중공업", "ORG"), ("한울캐피탈", "ORG"), ("한울캐피털", "ORG"),  # both spellings of `capital`
     ("누리금융지주", "ORG"),  # a financial holding company
     ("한바다해운", "ORG"), ("도림정밀", "ORG"), ("솔빛마트", "ORG"),  # shipping, precision parts, a mart
     ("가람면세점", "ORG"),  # a duty-free operator, as a department store
     ("한빛시스템", "ORG"), ("누리시스템즈", "ORG"), ("가온테크놀로지", "ORG"), ("블루펌프웍스", "ORG"),  # English forms
     ("시스템", "PERSON"),  # a word alone is no ending
     ("누리바이오", "ORG"), ("바이오", "PERSON"),  # a biotech firm; the word alone no ending
     ("제과", "PERSON"), ("식품", "PERSON"), ("해운", "PERSON")],  # a word alone is no ending
)
def test_company_name_endings_say_what_the_company_does(name, label) -> None:
    assert lexicon.cued_label(name, "PERSON") == label


@pytest.mark.parametrize(
    ("name", "label"),
    [("무안공항", "LOCATION"), ("오카야마공항", "LOCATION"), ("Hamad International Airport", "LOCATION"),
     ("한국공항공사", "ORG"), ("공항", "ORG")],  # the operator is an organisation; the word alone no ending
)
def test_an_airport_is_a_place(name, label) -> None:
    assert lexicon.cued_label(name, "ORG") == label


@pytest.mark.parametrize(
    ("text", "name"),
    [("누리제과는 1987년 문을 열었다.", "누리제과"), ("가람건설은 올해 새 공장을 지었다.", "가람건설"),
     ("하야시광학은 안경 렌즈를 만든다.", "하야시광학")],  # an optics maker the model read as a place
)
def test_a_company_the_model_calls_a_person_takes_its_names_ending(text, name) -> None:
    assert (name, "ORG") in [(text, label) for text, label, _ in found(text)]


@pytest.mark.parametrize(
    ("name", "label"),
    [("하늘랩스", "ORG"), ("누리 메디테크", "ORG"), ("바로핀테크", "ORG"), ("가람미디어", "ORG"), ("랩스", "PERSON"),
     ("테크", "PERSON"), ("미디어", "PERSON"), ("은하코믹스", "ORG"), ("Galaxy Comics", "ORG"), ("코믹스", "PERSON"),
     ("가온메탈텍", "ORG"), ("누리에코텍", "ORG"), ("텍", "PERSON")],  # `…텍`, a maker's `tech`
)
def test_company_name_endings_labs_tech_and_media(name, label) -> None:
    assert lexicon.cued_label(name, "PERSON") == label


@pytest.mark.parametrize(
    ("text", "name", "completed"),
    [
        ("윤다솜 부경대 경영학과 교수는 말했다.", "윤", "윤다솜"),
        ("윤다솜 부경대 경영학과 교수는 말했다.", "윤다", "윤다솜"),
        ("남궁민수 대표는 말했다.", "남궁", "남궁민수"),  # a family name of two syllables
        ("윤다솜은 말했다.", "윤", "윤다솜"),  # a particle after the name
        ("윤리경영팀은 말했다.", "윤", "윤"),  # no full name: the word is longer
        ("경찰은 김씨를 불렀다.", "김", "김"),  # an honorific after the family name
        ("채림과 가족은 웃었다.", "채림", "채림"),  # a particle after the whole name
    ],
)
def test_a_persons_name_the_model_cut_after_the_family_name_is_completed(text, name, completed) -> None:
    doc, mentions, tokens = mentions_of(text, [(name, "PERSON")])
    spans.complete(tokens, mentions[0])
    assert doc.text[mentions[0].start : mentions[0].end] == completed


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        ("한빛경제연구소 연구원 최다은은 말했다.", "한빛경제연구소 연구원", "한빛경제연구소"),
        ("바람소리재단 이사장은 말했다.", "바람소리재단 이사장", "바람소리재단"),
        ("미래 연구원은 말했다.", "미래 연구원", "미래 연구원"),  # `미래` alone is no organisation's name
    ],
)
def test_a_title_after_an_organisations_name_is_not_part_of_it(text, name, cut) -> None:
    doc, mentions, tokens = mentions_of(text, [(name, "ORG")])
    spans.complete(tokens, mentions[0])
    assert doc.text[mentions[0].start : mentions[0].end] == cut


@pytest.mark.parametrize(
    ("text", "names", "joined"),
    [
        ("미야자키 하루토(宮崎陽翔) 사장은 말했다.", [("미야자키", "ORG"), ("하루토", "PERSON")],
         [("미야자키 하루토", "PERSON")]),
        ("루카 페라리(Luca Ferrari) 대표는 말했다.", [("루카", "PERSON"), ("페라리", "ORG")],
         [("루카 페라리", "PERSON")]),
        ("미야자키 하루토 사장은 말했다.", [("미야자키", "ORG"), ("하루토", "PERSON")],
         [("미야자키", "ORG"), ("하루토", "PERSON")]),  # no gloss: nothing says they are one name
        ("도쿄 아카사카(赤坂)에 문을 열었다.", [("도쿄", "LOCATION"), ("아카사카", "LOCATION")],
         [("도쿄", "LOCATION"), ("아카사카", "LOCATION")]),  # a place in a place: no person
        # neither word a person's, but a Japanese full name's three or four characters gloss them
        ("1960년 사이토 히로시(斎藤弘志)가 가게를 열었다.", [("사이토", "ORG"), ("히로시", "LOCATION")],
         [("사이토 히로시", "PERSON")]),
        ("미쓰이 물산(三井物産)과 계약했다.", [("미쓰이", "ORG"), ("물산", "ORG")],
         [("미쓰이", "ORG"), ("물산", "ORG")]),  # a word a company's name ends in: no person
        # neither word a person's, but a Western name of three words whose first sounds as the first
        ("파리드 알마즈루이(Farid Al Mazrouei) 이사는 말했다.", [("파리드", "LOCATION"), ("알마즈루이", "ORG")],
         [("파리드 알마즈루이", "PERSON")]),
        ("노바 인터랙티브(Nova Interactive)와 계약했다.", [("노바", "LOCATION"), ("인터랙티브", "ORG")],
         [("노바", "LOCATION"), ("인터랙티브", "ORG")]),  # a company's word ends the gloss
    ],
)
def test_two_words_one_gloss_follows_are_one_persons_name(text, names, joined) -> None:
    doc, mentions, _ = mentions_of(text, names)
    assert [(doc.text[m.start : m.end], m.label) for m in spans.glossed_person(doc.text, mentions)] == joined


@pytest.mark.parametrize(
    ("text", "names", "joined"),
    [
        # two organisations' words side by side, one gloss of two words after them: one name
        ("독일 소재 기업 하르텐 케미칼(Harten Chemical)과 계약했다.", [("하르텐", "ORG"), ("케미칼", "ORG")],
         [("하르텐 케미칼", "ORG")]),
        # a group whose ending makes it a whole name, then its company: two
        ("한빛그룹 누리전자(Nuri Electronics)가 공장을 지었다.", [("한빛그룹", "ORG"), ("누리전자", "ORG")],
         [("한빛그룹", "ORG"), ("누리전자", "ORG")]),
        # places are no such pair
        ("헤르베르트 콴트(Herbert Quandt)는 회사를 살렸다.", [("헤르베르트", "LOCATION"), ("콴트", "LOCATION")],
         [("헤르베르트", "LOCATION"), ("콴트", "LOCATION")]),
    ],
)
def test_two_organisations_words_one_gloss_of_two_words_follows_are_one_name(text, names, joined) -> None:
    doc, mentions, _ = mentions_of(text, names)
    assert [(doc.text[m.start : m.end], m.label) for m in glosses.glossed_pairs(doc.text, mentions)] == joined


def test_two_words_one_gloss_follows_are_one_name_of_the_kind_a_cue_noun_gives() -> None:
    doc, mentions, _ = mentions_of("현지 물류 업체 카밀라 로하스(Camila Rojas)와 계약했다.",
                                   [("카밀라", "ORG"), ("로하스", "LOCATION")], source="apposition")
    assert [(doc.text[m.start : m.end], m.label) for m in spans.glossed_person(doc.text, mentions)] == [
        ("카밀라 로하스", "ORG")]


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("솔담모빌리티는 충전소를 늘렸다. 솔담은 흑자를 냈고, 솔담의 매출은 늘었다.", "솔담모빌리티", ["솔담", "솔담"]),
        ("솔담모빌리티는 충전소를 늘렸다. 솔담은 흑자를 냈다.", "솔담모빌리티", []),  # once is no habit
        ("미래모빌리티는 충전소를 늘렸다. 미래는 밝고, 미래의 차는 달린다.", "미래모빌리티", []),  # a word of Kiwi's
        ("한국모빌리티는 충전소를 늘렸다. 한국은 크고, 한국의 차는 달린다.", "한국모빌리티", []),  # a listed place
        ("산뜻바이오로직스는 공장을 지었다. 산뜻은 흑자를 냈고, 산뜻의 매출은 늘었다.", "산뜻바이오로직스",
         ["산뜻", "산뜻"]),  # a root Kiwi knows (`산뜻하다`) stands alone with a particle only as a name
    ],
)
def test_the_first_part_of_a_name_used_on_its_own_is_its_short_form(text, full, short) -> None:
    doc, mentions, _ = mentions_of(text, [(full, "ORG")])
    found = recurrence.short_forms(doc.text, mentions)
    assert [doc.text[m.start : m.end] for m in found] == short
    assert {m.canonical for m in found} <= {full}


@pytest.mark.parametrize(
    ("text", "names", "short"),
    [
        ("다온식품은 ‘달샘 비건라면’을 내놨다. 달샘은 석 달 만에 100만 개가 팔렸고, 달샘의 값은 2달러다.",
         [("다온식품", "ORG"), ("달샘 비건라면", "PRODUCT")], ["달샘", "달샘"]),
        ("하늘목장농업협동조합은 ‘하늘 다솜’을 내놨다. 다솜은 잘 팔렸고, 다솜의 값은 올랐다.",
         [("하늘목장농업협동조합", "ORG"), ("하늘 다솜", "PRODUCT")], ["다솜", "다솜"]),  # past the maker's first part
        ("다온식품은 ‘달샘 비건라면’을 내놨다. 달샘은 잘 팔렸다.", [("다온식품", "ORG"), ("달샘 비건라면", "PRODUCT")],
         []),  # once is no habit
        ("책 ‘조용한 리더’가 나왔다. 조용한 사람과 조용한 방.", [("조용한 리더", "PRODUCT")], []),  # no noun
        ("‘달빛 라면’이 나왔다. 라면은 싸고, 라면의 값은 1달러다.", [("달빛 라면", "PRODUCT")], []),  # a common noun
    ],
)
def test_a_word_of_a_products_name_used_on_its_own_is_its_short_form(text, names, short) -> None:
    doc, mentions, _ = mentions_of(text, names)
    found = recurrence.product_short_forms(doc.text, mentions)
    assert [(doc.text[m.start : m.end], m.label) for m in found] == [(word, "PRODUCT") for word in short]
    assert {m.canonical for m in found} <= {names[-1][0]}


@pytest.mark.parametrize(
    ("text", "gloss", "short"),
    [
        ("바람상사(Baram Trading)는 원단을 판다. 바람은 흑자를 냈고, 바람의 매출은 늘었다.", "Baram Trading", ["바람", "바람"]),
        ("바람상사(Wind Trading)는 원단을 판다. 바람은 흑자를 냈고, 바람의 매출은 늘었다.", "Wind Trading", []),  # a translation
    ],
)
def test_a_word_of_kiwis_is_a_short_form_where_the_names_gloss_romanizes_it(text, gloss, short) -> None:
    doc, mentions, _ = mentions_of(text, [("바람상사", "ORG"), (gloss, "ORG")])
    mentions[1].canonical = "바람상사"
    found = recurrence.short_forms(doc.text, mentions)
    assert [doc.text[m.start : m.end] for m in found] == short


@pytest.mark.parametrize(
    ("text", "short", "spelt"),
    [
        ("오사카의 약국 체인 나루카제약국이 문을 열었다. 나루카제가 점포를 늘렸다.", "나루카", "나루카제"),
        ("나루카제약국이 문을 열었다. 나루카제 매출은 늘었다.", "나루카", "나루카제"),
        ("나루카제약국이 문을 열었다. 나루카의 매출은 늘었다.", "나루카", "나루카"),  # the word ends there
        ("나루카제약국이 문을 열었다. 나루카제도를 도입했다.", "나루카", "나루카"),  # more than a particle follows
        ("나루카제약국이 문을 열었다. 새 점포 이름도 나루카제", "나루카", "나루카제"),  # the text ends in the word
    ],
)
def test_a_short_form_cut_inside_its_word_runs_on_as_the_word_spells_the_name(text, short, spelt) -> None:
    doc, mentions, _ = mentions_of(text, [("나루카제약국", "ORG"), (short, "PERSON")])
    recurrence.spelt_on(doc.text, mentions)
    assert doc.text[mentions[1].start : mentions[1].end] == spelt


def test_a_place_opening_an_organisations_name_stays_the_place() -> None:
    doc, mentions, _ = mentions_of("한일경제연구소가 보고서를 냈다. 한일 교역은 늘었다.", [("한일경제연구소", "ORG"), ("한", "LOCATION")])
    recurrence.spelt_on(doc.text, mentions)
    assert doc.text[mentions[1].start : mentions[1].end] == "한"


def test_a_short_form_the_model_read_with_its_particle_glued_is_the_short_form() -> None:
    # once, but the model read a name there (`솔담이`, as a person): the short form, without the particle
    doc, mentions, _ = mentions_of("솔담모빌리티와 합작법인을 세웠다. 지분은 해밀이 51%, 솔담이 49%를 가졌다.",
                                   [("솔담모빌리티", "ORG"), ("솔담이", "PERSON")])
    found = recurrence.short_forms(doc.text, mentions)
    assert [(doc.text[m.start : m.end], m.label) for m in found] == [("솔담", "ORG")]
    merged = merge(doc.text, found, mentions)
    assert [(doc.text[m.start : m.end], m.label) for m in merged] == [("솔담모빌리티", "ORG"), ("솔담", "ORG")]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("국내 P2P 대출 업체는 줄었다.", "P2P", "ORG"),
        ("게임 IP를 드라마로 만든다.", "IP", "PRODUCT"),
        ("LLM 기반 서비스가 늘었다.", "LLM", "PRODUCT"),
        ("OTT 구독료가 올랐다.", "OTT", "ORG"),
    ],
)
def test_a_fields_acronym_is_no_name(text, name, label) -> None:
    doc, mentions, _ = mentions_of(text, [(name, label)])
    assert filters.plausible(doc, mentions) == []


@pytest.mark.parametrize(
    ("word", "coined"),
    [("신유통", True), ("대확장", True), ("신제조", True), ("초격차", True), ("신세계", False), ("신한", False),
     ("신라", False), ("신동빈", False), ("신", False)],
)
def test_a_prefix_and_a_common_noun_make_a_coined_term_not_a_name(word, coined) -> None:
    assert filters.coined(word) is coined


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("애플은 ‘Think Different(다르게 생각하라)’ 캠페인을 벌였다.", "Think Different", False),
        ("회장은 ‘Mobile First(모바일을 먼저 생각한다)’를 선언했다. 그는 ‘Mobile First’를 반복했다.", "Mobile First", False),
        ("바이두(중국 최대 검색업체인)는 성장했다.", "바이두", True),
        ("텐센트(Tencent)는 성장했다.", "텐센트", True),
    ],
)
def test_a_phrase_translated_by_a_sentence_is_a_slogan_not_a_name(text, name, kept) -> None:
    doc, mentions, tokens = mentions_of(text, [(name, "PRODUCT")] * text.count(name))
    assert bool(filters.descriptions(doc.text, tokens, mentions)) is kept


@pytest.mark.parametrize(
    ("text", "name"),
    [("2017년 1분기에는 뉴욕에 해외 연구소를 열었다.", "해외 연구소"), ("국내 법인이 성장했다.", "국내 법인")],
)
def test_a_thing_placed_relative_to_the_subject_is_described_not_named(text, name) -> None:
    doc, mentions, tokens = mentions_of(text, [(name, "ORG")])
    assert filters.descriptions(doc.text, tokens, mentions) == []


def test_a_latin_gloss_of_a_hyphenated_common_word_is_not_a_name() -> None:
    doc, mentions, tokens = mentions_of("사람-기계(Human-Machine) 인터랙션을 연구한다.", [("Human-Machine", "PRODUCT")])
    assert filters.descriptions(doc.text, tokens, mentions) == []


def test_a_quoted_title_that_a_cue_names_is_one_name_however_many_words() -> None:
    doc, _, tokens = mentions_of("2018년 ‘AI 시대를 준비하는 은행’이라는 포럼을 열었다.", [])
    assert [(doc.text[m.start : m.end], m.label) for m in cues.quoted_titles(tokens)] == [
        ("AI 시대를 준비하는 은행", "EVENT")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("두 회사의 경쟁은 ‘1212’ 행사로 상징된다.", [("1212", "EVENT")]),
        ("누리카드는 ‘구독메모’ 서비스를 선보였다.", [("구독메모", "PRODUCT")]),
        ("이 회사는 ‘원 빌드’ 원칙을 세웠다.", []),  # no cue noun
        ("‘가격은 올리고 품질은 지킨다’ 행사에 모였다.", []),  # too long for a name
    ],
)
def test_a_short_quotation_a_cue_noun_follows_is_a_name(text, found) -> None:
    doc, _, tokens = mentions_of(text, [])
    assert [(doc.text[m.start : m.end], m.label) for m in cues.quoted_titles(tokens)] == found


def test_a_quoted_phrase_that_no_cue_names_is_no_title() -> None:
    doc, _, tokens = mentions_of("‘데이터가 곧 자산이다’라는 생각이 퍼졌다.", [])
    assert cues.quoted_titles(tokens) == []


def test_an_acronym_one_letter_from_another_is_another_entity() -> None:
    doc, mentions, _ = mentions_of("IEG와 TEG, 그리고 TEG", [("IEG", "ORG"), ("TEG", "ORG"), ("TEG", "ORG")])
    assert [e.canonical for e in linked(doc, mentions)] == ["IEG", "TEG", "TEG"]


def test_a_name_with_evidence_recurs_where_kiwi_reads_a_common_noun_whatever_found_it_later() -> None:
    text = "샤오홍수(小红书)가 문을 열었다. 고객은 샤오홍수를 쓴다. 7억 명이 샤오홍수 앱을 받았다. 샤오홍수는 성장했다."
    doc, mentions, tokens = mentions_of(text, [("샤오홍수", "ORG"), ("샤오홍수", "ORG")])
    mentions[0].source = "hanja glosses"
    found = recurrence.propagate(doc.text, mentions, tokens)
    assert [m.start for m in found] == [doc.text.index("샤오홍수 앱"), doc.text.index("샤오홍수는")]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("한미 정상회담이 열렸다.", [("한", "한국"), ("미", "미국")]),
        ("미중 무역분쟁이 길어진다.", [("미", "미국"), ("중", "중국")]),
        ("남북정상회담을 앞두고 있다.", [("남", "한국"), ("북", "북한")]),
        ("한중일 3국 정상이 만났다.", [("한", "한국"), ("중", "중국"), ("일", "일본")]),
        ("북미 시장에 진출했다.", []),  # the Americas, a place of its own
        ("한·미 FTA 협상이 타결됐다.", [("한", "한국"), ("미", "미국")]),
        ("2015년 중/한 투자 전문 회사를 세웠다.", [("중", "중국"), ("한", "한국")]),
        ("한·중·일 정상회의가 열렸다.", [("한", "한국"), ("중", "중국"), ("일", "일본")]),
        ("중·소기업과 중/고등학교", []),
        ("정부는 대북 제재를 강화했다.", [("북", "북한")]),
        ("방북단은 개성에 들어갔다.", [("북", "북한")]),
        ("주한 미국대사가 방한 일정을 밝혔다.", [("한", "한국"), ("한", "한국")]),
        ("북측은 미군 철수를 요구했다.", [("북", "북한"), ("미", "미국")]),
        ("대미 수출이 늘고 대중 문화가 바뀌었다.", [("미", "미국")]),  # toward the US before trade; 대중 the public
        ("대미 철강 수출액이 줄었다.", [("미", "미국")]),
        ("공연은 합창으로 대미를 장식했다.", []),  # a finale
        ("20대일수록 이용률이 높았다.", []),  # a digit before: an age band and the copula
        ("美 관세에 대중 수출도 흔들렸다.", [("중", "중국"), ("美", "미국")]),
        ("美中 갈등이 길어진다.", [("美", "미국"), ("中", "중국")]),
        ("中国 시장과 3日 공시", []),  # inside Chinese words, after a digit: no abbreviation
        ("방한복과 재미있는 주일 행사", []),
        ("미남 배우가 나왔다.", []),
        ("영남 지역에 비가 온다.", []),
    ],
)
def test_country_abbreviations_glued_or_joined_are_a_place_each(text, places) -> None:
    doc, _, tokens = mentions_of(text, [])
    found = finders.country_abbreviations(tokens)
    assert [(doc.text[m.start : m.end], m.canonical) for m in found] == places
    assert all(m.label == "LOCATION" for m in found)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("한국어판은 지난달 나왔다.", ["한국"]),
        ("일본어 라벨 위에 스티커를 붙였다.", ["일본"]),
        ("그는 베트남어와 영어를 한다.", ["베트남"]),  # `영어` names no country
        ("한국은행의 보고서가 나왔다.", []),  # no `어` after the name
    ],
)
def test_a_languages_name_gives_its_country(text, places) -> None:
    doc, _, _ = mentions_of(text, [])
    assert [doc.text[m.start : m.end] for m in finders.languages(doc.text, [])] == places


def test_a_one_character_chinese_country_name_stands_as_a_place() -> None:
    assert ("美", "LOCATION", "미국") in found("美 FDA 문턱 넘은 바이오시밀러")


def test_a_joined_country_abbreviation_kiwi_reads_as_a_prefix_stays_a_place() -> None:
    assert [(e[0], e[1]) for e in found("2015년 중/한 투자 전문 회사를 세웠다.")][:2] == [("중", "LOCATION"), ("한", "LOCATION")]


def test_a_latin_spelling_that_sounds_like_one_hangul_name_takes_its_canonical() -> None:
    text = "7K리서치 대표. 그는 7Kresearch(北京七棵树)를 세웠다. Tencent와 텐센트, 바이두."
    doc, mentions, _ = mentions_of(text, [("7K리서치", "ORG"), ("7Kresearch", "ORG"), ("Tencent", "ORG"), ("텐센트", "ORG"), ("바이두", "ORG")])
    assert [e.canonical for e in linked(doc, mentions)] == ["7K리서치", "7K리서치", "텐센트", "텐센트", "바이두"]


@pytest.mark.parametrize(
    ("text", "label"),
    [("7억 명이 쿠라이 앱을 받았다.", "PRODUCT"), ("쿠라이 앱에서는 결제된다.", "PRODUCT"), ("쿠라이 앱스토어 순위", "ORG")],
)
def test_a_name_before_the_word_app_names_the_app(text, label) -> None:
    doc, mentions, _ = mentions_of(text, [("쿠라이", "ORG")])
    assert linked(doc, mentions)[0].label == label


def test_a_name_found_again_beside_a_cue_noun_takes_its_label_for_the_whole_entity() -> None:
    text = "정하늘 모아키친 대표는 웃었다. 모아키친 대표는 말했다. 공유주방 스타트업 모아키친과 손잡은 곳이 늘었다."
    doc, mentions, tokens = mentions_of(text, [("모아키친", "PERSON"), ("모아키친", "PERSON")])
    context = entities.Context(doc, doc.text, tokens, mentions)
    dict(entities.PASSES)["propagation"](context)  # finds the third, where the model found nothing
    assert [(doc.text[m.start : m.end], m.label, m.source) for m in context.mentions] == [
        ("모아키친", "PERSON", "model"), ("모아키친", "PERSON", "model"), ("모아키친", "ORG", "apposition")]
    assert {entity.label for entity in linked(doc, context.mentions)} == {"ORG"}  # the cue outvotes the model


@pytest.mark.parametrize(
    ("text", "recurrences"),
    [
        # a kind noun introduces the quoted name: it recurs where Kiwi guesses a common noun
        ("발효차 브랜드 ‘다솜결’을 2022년 내놓았다. 다솜결 홍차는 잘 팔렸다. 올해 다솜결 매출은 늘었다.", 2),
        ("결제 앱 ‘페이누리’를 내놓았다. 페이누리 가입자는 늘었다. 올해 페이누리 결제액은 늘었다.", 2),
        ("검은 가루 ‘다솜결’을 2022년 만들었다. 다솜결 홍차는 잘 팔렸다. 올해 다솜결 매출은 늘었다.", 0),  # a term
        # also a name Kiwi can read as its common nouns (`바다` + `소금`): the introduction shows it
        ("천일염 브랜드 ‘바다소금’을 내놓았다. 바다소금 매출은 늘었다. 올해 바다소금 판매처는 늘었다.", 2),
        # no kind noun, but the article puts the quoted name on the market
        ("누리안경은 ‘바다 렌즈’를 개발해 지난해 10월 내놨다. 바다 렌즈의 반품률은 2%다. 바다 렌즈 판매량은 늘었다.", 2),
        ("한빛농기계는 2023년 ‘들녘지도’를 출시했다. 들녘지도를 쓴 농가는 늘었다. 들녘지도 이용료는 싸다.", 2),
    ],
)
def test_a_quoted_name_a_kind_noun_introduces_is_found_where_it_recurs(text, recurrences) -> None:
    name = text[text.index("‘") + 1 : text.index("’")]
    doc, mentions, tokens = mentions_of(text, [(name, "PRODUCT")])
    again = recurrence.propagate(doc.text, mentions, tokens)
    assert [doc.text[m.start : m.end] for m in again] == [name] * recurrences


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("한빛백화점 수원점에서 팔았다.", "수원점", ("수원", "LOCATION", "branches")),  # a listed place
        ("모아마트는 김포공항점을 열었다.", "김포공항점", ("김포공항", "LOCATION", "branches")),  # a place's ending
        ("나루시는 컸다. 모아마트 나루점이 문을 열었다.", "나루점", ("나루점", "ORG", "model")),  # no place named 나루
        ("모아마트는 면세점을 늘렸다.", "면세점", ("면세점", "ORG", "model")),  # a kind of store
        ("한빛백화점이 컸다.", "한빛백화점", ("한빛백화점", "ORG", "model")),
    ],
)
def test_a_store_named_by_its_place_is_that_place(text, name, kept) -> None:
    doc, mentions, _ = mentions_of(text, [(name, "ORG")])
    assert spans.branches(doc.text, mentions) == []
    assert [(doc.text[m.start : m.end], m.label, m.source) for m in mentions] == [kept]


def test_a_branch_named_again_is_found_where_nothing_found_it() -> None:
    text = "한빛백화점 수원점이 컸다. 같은 기간 수원점 매출은 늘었다. 수원점장은 웃었다."
    doc, mentions, _ = mentions_of(text, [("수원점", "ORG")])
    again = spans.branches(doc.text, mentions)
    assert [(doc.text[m.start : m.end], m.start) for m in mentions + again] == [
        ("수원", text.index("수원점")), ("수원", text.index("수원점 매출")), ("수원", text.index("수원점장"))]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("『느린 성장』은 잘 팔렸다.", [("느린 성장", "느린 성장")]),
        ("『첫 100일(The First 100 Days)』을 읽었다.", [("첫 100일", "첫 100일"), ("The First 100 Days", "첫 100일")]),
        ("‘느린 성장’을 말했다.", []),  # single quotation marks mark no book
        ("드라마 <푸른 항구>는 8부작이다.", [("푸른 항구", "푸른 항구")]),  # a work's other marks
        ("영화 《바람의 집》과 〈달빛 공장〉이 나왔다.", [("바람의 집", "바람의 집"), ("달빛 공장", "달빛 공장")]),
        ("<표> 매출 추이를 보자. 값이 a<b>c일 때", []),  # a table's label; no Hangul title
    ],
)
def test_a_title_in_book_marks_is_a_product_with_its_gloss(text, titles) -> None:
    assert [(text[m.start : m.end], m.canonical) for m in cues.book_titles(text)] == titles
    assert {m.label for m in cues.book_titles(text)} <= {"PRODUCT"}


def test_a_book_title_is_not_found_again_outside_its_marks() -> None:
    text = "『첫 100일』은 잘 팔렸다. 첫 100일에 할 일은 많다."
    doc = STAGES.run(Document(doc_id="t", raw=text))
    assert [(e.text, e.label, e.start) for e in doc.entities if "100일" in e.text] == [("첫 100일", "PRODUCT", 1)]


@pytest.mark.parametrize(
    ("author", "bio"),
    [
        ("편도림", "편도림 그린전환연구소 선임연구위원 dorim.pyeon@example.org"),
        ("기서진", "기서진 한결회계법인 파트너 seojin.ki@example.com"),
        ("탁시온", "탁시온 누리대 경영학부 교수 sion.tak@example.ac.kr"),
    ],
)
def test_the_pages_author_is_a_person_wherever_the_name_stands(author, bio) -> None:
    page = (f"물류센터의 두 번째 변신\n\n{author} | 401호 (2024년 9월 Issue 2)\n\n창고 자동화는 비용보다 속도의 "
            f"문제다. 지난해 국내 물류센터의 자동화율은 30%를 넘었다.\n\n{bio}\n필자는 서울대를 졸업했다.\n")
    doc = STAGES.run(Document(doc_id="t", raw=page))
    assert [(e.text, e.label, e.found_by) for e in doc.entities if e.text == author] == [(author, "PERSON", "page people")]


@pytest.mark.parametrize(
    ("text", "given_name", "name"),
    [
        ("3대 사장 오카다 히로시(岡田博史)는 매장 절반을 닫았다.", "히로시", "오카다 히로시"),
        ("이 회사는 1960년 야마모토 겐지(山本健二)가 세운 상점에서 출발했다.", "겐지", "야마모토 겐지"),
        ("창업자 레이쥔(雷軍)은 말했다.", "레이쥔", "레이쥔"),  # a title before a one-word name
        ("인기 배우 요시오(吉田義雄)가 광고에 나왔다.", "요시오", "요시오"),  # a common noun before it
        ("회장 정몽구(鄭夢九)는 말했다.", "정몽구", "정몽구"),
        # a name the model read in two words has both: the word before is no part of it
        ("이끈 한도윤 교수와 사이토 미키(斎藤美紀) 교수는 말했다.", "사이토 미키", "사이토 미키"),
        ("창업주의 손녀인 마쓰다 하루카(松田春香) 사장이 맡았다.", "마쓰다 하루카", "마쓰다 하루카"),
        # a word ending in a particle before it is none (a Chinese name of one word)
        ("홍콩 사업은 린자오원(林兆文) 법인장이 이끈다.", "린자오원", "린자오원"),
        # a Western name glossed in Latin letters, the first word sounding as the gloss's does
        ("엔지니어 출신 마커스 펠드(Marcus Feld)가 세운 회사다.", "펠드", "마커스 펠드"),
        ("엔지니어 출신 펠드(Marcus Feld)가 세운 회사다.", "펠드", "펠드"),  # a title before it
    ],
)
def test_a_foreign_name_the_model_read_from_its_last_word_takes_its_first(text, given_name, name) -> None:
    doc, mentions, _ = mentions_of(text, [(given_name, "PERSON")])
    assert [doc.text[m.start : m.end] for m in spans.glossed_person(doc.text, mentions)] == [name]


def test_a_western_name_whose_surname_the_gazetteer_knows_as_a_company_is_the_person() -> None:
    # the gloss spells both words as a person's name: not the company `포드`, which a later bare
    # `포드` without a title still is
    assert found("1903년 헨리 포드(Henry Ford)가 세운 포드자동차는 1956년 상장했다. 헨리 포드의 후손들은 의결권의 40%를 "
                 "쥐었다. 포드는 2008년 구제금융을 받지 않았다.") == [
        ("헨리 포드", "PERSON", "헨리 포드"), ("Henry Ford", "PERSON", "헨리 포드"), ("포드자동차", "ORG", "포드자동차"),
        ("헨리 포드", "PERSON", "헨리 포드"), ("포드", "ORG", "포드")]


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        ("매년 3월 열리는 한빛금융 디지털 혁신 포럼에 참가했다.", "한빛금융", "한빛금융 디지털 혁신 포럼"),
        ("올해 누리전자 개발자 콘퍼런스에서 새 칩을 공개했다.", "누리전자", "누리전자 개발자 콘퍼런스"),
        ("누리전자 주주총회에서 말했다.", "누리전자", "누리전자"),  # a generic meeting is no event's name
        ("누리전자가 후원하는 행사에서 말했다.", "누리전자", "누리전자"),  # a particle closes the name
        ("올해 누리전자 가전 전시회에서 새 칩을 공개했다.", "누리전자", "누리전자 가전 전시회"),
        # the event word introduces the quoted name after it
        ("지난해 베를린 가전 전시회 ‘하우스테크’에 나갔다.", "베를린", "베를린"),
    ],
)
def test_a_name_running_on_to_an_event_noun_is_the_events_name(text, name, found) -> None:
    doc, mentions, tokens = mentions_of(text, [(name, "ORG")])
    assert [doc.text[m.start : m.end] for m in spans.event_names(tokens, mentions)] == [found]


@pytest.mark.parametrize(
    ("text", "names", "found"),
    [
        ("누리바이오(이하 누리)는 컸다. 누리 연구소는 새 제형을 만들었다.", [("누리", "PERSON"), ("누리 연구소", "ORG")],
         ["누리", "누리"]),
        ("가람 연구소는 새 제형을 만들었다.", [("가람 연구소", "ORG")], ["가람 연구소"]),  # no name of the article
        ("누리는 컸다. 누리 남양연구소는 문을 열었다.", [("누리", "ORG"), ("누리 남양연구소", "ORG")],
         ["누리", "누리 남양연구소"]),  # a unit with a name of its own
    ],
)
def test_an_organisation_and_a_unit_word_name_the_organisation(text, names, found) -> None:
    doc, mentions, _ = mentions_of(text, names)
    assert [doc.text[m.start : m.end] for m in spans.company_units(doc.text, mentions)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("한빛은행은 지난달 소상공인 대출 ‘사장님 빠른정산’을 내놨다.", ["사장님 빠른정산"]),
        ("누리제과는 베트남에서 ‘코코넛 찹쌀빵’을 출시했는데 반응이 좋았다.", ["코코넛 찹쌀빵"]),
        ("가람은 생성형 AI ‘누리온(NURION) 2.0’을 선보였다.", ["누리온"]),  # up to its gloss
        ("정부는 ‘핵심 소재 확보 전략’을 내놓았다.", []),  # a policy
        ("재단은 ‘나눔 배송망’을 만들 계획이다.", []),  # not brought out yet
        ("이 회사는 ‘원 빌드’ 원칙을 세웠다.", []),
        ("누리카드는 2021년 ‘구독메모’ 서비스를 선보였다.", ["구독메모"]),  # with the kind of thing it names
        ("누리는 ‘탈탄소 2030’ 전략을 내놓았다.", []),
        ("넷플릭스가 ‘알아서 골라주는’ 기능을 내놓았다.", []),  # a description of what it does
        ("다온식품은 지난 3월 비건 컵라면 ‘들풀 라면’을 유럽과 미국에 동시에 출시했다.", ["들풀 라면"]),  # three words before the verb
        ("2019년 ‘누리쿨(NuriCool)’이라는 이름으로 내놓은 보냉 상자가 잘 팔렸다.", ["누리쿨"]),  # brought out under a name
    ],
)
def test_a_quoted_name_brought_out_is_a_product(text, found) -> None:
    doc, mentions, _ = mentions_of(text, [])
    assert [doc.text[m.start : m.end] for m in cues.brought_out(doc.text, mentions)] == found


@pytest.mark.parametrize(
    ("text", "model_label", "label"),
    [
        ("누리푸드는 지난해 대체육 ‘담고기’를 내놨다.", "PERSON", "PRODUCT"),  # a person is not brought out
        ("누리푸드는 지난해 대체육 ‘담고기’를 내놨다.", "ORG", "PRODUCT"),  # nor is a company, here
        ("누리푸드는 지난해 대체육 ‘담고기’를 내놨다.", "LOCATION", "LOCATION"),  # a place's reading is left to the vote
    ],
)
def test_a_quoted_name_brought_out_that_the_model_read_as_a_person_or_company_is_a_product(text, model_label, label) -> None:
    doc, mentions, _ = mentions_of(text, [("담고기", model_label)])
    assert cues.brought_out(doc.text, mentions) == [] and mentions[0].label == label


@pytest.mark.parametrize(
    ("byline", "bio", "organisation"),
    [
        ("편도림 그린전환연구소 선임연구위원", "편도림 그린전환연구소 선임연구위원 d.p@example.org", "그린전환연구소"),
        ("기서진 한결회계법인 파트너", "기서진 한결회계법인 파트너 s.k@example.com", "한결회계법인"),
        ("도하린 보코니(Bocconi) 교수", "필자는 보코니에서 가르친다.", "보코니"),  # up to a gloss
    ],
)
def test_the_organisation_of_the_pages_author_is_an_organisation(byline, bio, organisation) -> None:
    page = (f"물류센터의 두 번째 변신\n\n{byline} | 401호 (2024년 9월 Issue 2)\n\n창고 자동화는 비용보다 속도의 "
            f"문제다. 지난해 국내 물류센터의 자동화율은 30%를 넘었다.\n\n{bio}\n")
    doc = STAGES.run(Document(doc_id="t", raw=page))
    assert (organisation, "ORG") in [(e.text, e.label) for e in doc.entities]


@pytest.mark.parametrize(
    ("text", "model", "found"),
    [
        # a quoted name a cue noun before classifies replaces the model's shorter mention inside it
        ("누리게임즈는 월정액 상품 ‘별빛 패스’를 내놨다.", [("누리게임즈", "ORG"), ("패스", "PRODUCT")],
         [("누리게임즈", "ORG", "model"), ("별빛 패스", "PRODUCT", "apposition")]),
        ("자금은 차기작 ‘프로젝트 해오름’ 개발에 쓴다.", [("해오름", "ORG")], [("프로젝트 해오름", "PRODUCT", "apposition")]),
        # a cue the next word gives confirms a mention of the quotation's span and label, not another label
        ("누리카드는 ‘구독지갑’ 서비스를 선보였다.", [("누리카드", "ORG"), ("구독지갑", "PRODUCT")],
         [("누리카드", "ORG", "model"), ("구독지갑", "PRODUCT", "apposition")]),
        ("영화 ‘바다2’ 배급사 한빛엔터가 포스터를 공개했다.", [("바다2", "PRODUCT"), ("한빛엔터", "ORG")],
         [("바다2", "PRODUCT", "model"), ("한빛엔터", "ORG", "apposition")]),
    ],
)
def test_a_quoted_name_with_a_cue_replaces_the_models_mentions_inside_it(text, model, found) -> None:
    doc, mentions, tokens = mentions_of(text, model)
    context = entities.Context(doc, doc.text, tokens, mentions)
    dict(entities.PASSES)["apposition"](context)
    dict(entities.PASSES)["descriptions"](context)
    assert [(doc.text[m.start : m.end], m.label, m.source) for m in context.mentions] == found


@pytest.mark.parametrize(
    ("text", "people", "journal", "title"),
    [
        ('Based on "Loyalty Points and Store Choice: Evidence from Busan" by Hana Jeong, Marco Rossi, and '
         'Li Wen, Journal of Retailing, 2023', ["Hana Jeong", "Marco Rossi", "Li Wen"], "Journal of Retailing",
         "Loyalty Points and Store Choice: Evidence from Busan"),
        ("[참고 문헌] Minho Seo and Claire B. Dupont (2022), “Night Shifts, Sleep, and Safety in Korean Ports,” "
         "Management Science, 68(4), 2201-2230.", ["Minho Seo", "Claire B. Dupont"], "Management Science",
         "Night Shifts, Sleep, and Safety in Korean Ports"),
        # an APA reference: family names and initials, the title unquoted up to the journal
        ("Han, S.-Y., Ortiz, M. L., & Cho, D. (2023). Does flexible scheduling retain nurses? Evidence from "
         "Busan hospitals. Human Resource Management, 62(3), 311-330.", ["Han, S.-Y.", "Ortiz, M. L.", "Cho, D."],
         "Human Resource Management", "Does flexible scheduling retain nurses? Evidence from Busan hospitals."),
    ],
)
def test_a_citation_names_its_authors_and_journal_and_its_title_holds_no_name(text, people, journal, title) -> None:
    [citation] = citations.citations(text)
    assert [text[start:end] for start, end in citation.authors] == people
    assert text[slice(*citation.journal)] == journal
    assert citation.title == title


def test_a_papers_title_line_in_title_case_above_its_apa_reference_in_sentence_case_holds_no_name() -> None:
    text = ("Night Shifts and Safety in Ports\n\n본문이다.\n\n"
            "Seo, M., & Dupont, C. (2022). Night shifts and safety in ports. Management Science, 68(4), 1-2.")
    model = [Mention(text.index("Night"), text.index("Night") + 12, "PRODUCT", "model"),
             Mention(text.index("Safety"), text.index("Safety") + 6, "ORG", "model")]
    kept = citations.cited(text, model)
    assert [(text[m.start : m.end], m.label) for m in kept] == [
        ("Seo, M.", "PERSON"), ("Dupont, C.", "PERSON"), ("Management Science", "ORG")]


def test_a_papers_title_line_above_its_citation_holds_no_name() -> None:
    title = "Night Shifts, Sleep, and Safety in Ports"
    text = f"{title}\n\n본문이다.\n\n[참고 문헌] Minho Seo (2022), “{title},” Management Science, 68(4), 1-2."
    model = [Mention(text.index("Night"), text.index("Night") + 12, "PRODUCT", "model"),
             Mention(text.index("Safety"), text.index("Safety") + 6, "ORG", "model")]
    kept = citations.cited(text, model)
    assert [(text[m.start : m.end], m.label) for m in kept] == [("Minho Seo", "PERSON"), ("Management Science", "ORG")]


def test_a_discounter_is_a_cue_noun_though_kiwi_would_split_the_loanword() -> None:
    text = "저자는 독일의 하드 디스카운터 칼로나(Kallona)에서 일했다. 칼로나는 점포를 늘렸다. 칼로나의 매출은 늘었다."
    assert ("칼로나", "ORG", "칼로나") in found(text)  # the cued mention; the model's later ones may still differ


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("이번 라운드에는 다온파트너스가 참여했다.", [("다온파트너스", "ORG")]),
        ("솔빛인베스트먼트와 도담에쿼티가 투자했다.", [("솔빛인베스트먼트", "ORG"), ("도담에쿼티", "ORG")]),
        ("국내 벤처캐피털의 투자가 늘었다.", []),  # one common noun before the ending: what, not who
        ("벤처캐피털 소나무벤처스가 투자를 이끌었다.", [("소나무벤처스", "ORG")]),  # a cue noun before it: a firm
        ("그는 소나무벤처스를 좋아한다.", []),  # one common noun, no cue: as before
        ("다온파트너스십이 늘었다.", []),  # more than a particle after it
        ("누리솔카드는 결제액이 늘었다고 밝혔다.", [("누리솔카드", "ORG")]),  # a coined stem and a trade
        ("라온해운과 다솜제과가 손을 잡았다.", [("라온해운", "ORG"), ("다솜제과", "ORG")]),
        ("신용카드 결제액과 손해보험 가입이 늘었다.", []),  # common nouns before the trade: what, not who
        ("저가항공을 타고 해외관광을 다녀왔다.", []),
        ("트래블카드 발급이 늘고 웰니스관광이 뜬다.", []),  # a loanword stem: a kind, not a firm
        # a word Kiwi does not know whole, a known noun before a mart's or a delivery's trade
        ("초롱마트는 광고 매출을 늘렸다.", [("초롱마트", "ORG")]),
        ("여울해운이 배를 샀다.", [("여울해운", "ORG")]),
        ("한끼딜리버리가 배달비를 내렸다.", [("한끼딜리버리", "ORG")]),
        ("대형마트와 동네마트가 경쟁한다.", []),  # words Kiwi knows as common nouns
        # a research body's name: a coined stem before `연구원` or `리서치`; not a field's researcher
        ("솔결연구원은 2016년 세워졌다. 가온솔리서치가 조사했다.", [("솔결연구원", "ORG"), ("가온솔리서치", "ORG")]),
        ("경제연구원은 말했다. 선임연구원이 참여했다.", []),
    ],
)
def test_a_coined_word_ending_in_a_company_form_or_a_trade_is_an_organisation(text, found) -> None:
    doc, mentions, _ = mentions_of(text, [])
    assert [(doc.text[m.start : m.end], m.label) for m in finders.company_forms(doc.text, mentions)] == found


@pytest.mark.parametrize(
    ("text", "group", "found"),
    [
        ("여울금융지주는 순이익이 늘었다. 자회사 여울은행은 충당금을 줄였고 여울증권도 흑자를 냈다.", "여울금융지주",
         [("여울은행", "ORG"), ("여울증권", "ORG")]),
        ("여울금융지주는 순이익이 늘었다. 시중은행과 인터넷은행은 달랐다.", "여울금융지주", []),  # no stem of a name
        ("하늘은행이 대출을 줄였다.", None, []),  # a known noun before the trade and no group to tie it to
    ],
)
def test_a_known_word_before_a_trade_is_a_name_where_it_opens_another_organisations_name(text, group, found) -> None:
    doc, mentions, _ = mentions_of(text, [(group, "ORG")] if group else [])
    new = finders.company_forms(doc.text, mentions)
    assert [(doc.text[m.start : m.end], m.label) for m in new] == found


@pytest.mark.parametrize("name", ["솔빛인베스트먼트", "도담에쿼티", "하늘로보틱스", "누리솔카드", "여울생명", "바림주류",
                                  "가온관광", "한울출판사", "새솔항공"])
def test_company_forms_and_trades_end_an_organisations_name(name) -> None:
    assert lexicon.cued_label(name, "LOCATION") == "ORG"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("그 회사의 감정사는 6명에서 20명으로 늘었다. 한 감정사는 가방을 살폈다.", []),  # a job alone is no name
        ("김하늘 감정사는 가방을 살폈다.", [("김하늘", "PERSON")]),
    ],
)
def test_a_job_title_alone_is_no_name_and_a_genitive_before_it_no_persons(text, names) -> None:
    assert [(name, label) for name, label, _ in found(text)] == names


def test_a_word_ending_in_the_genitive_before_a_title_is_no_korean_full_name() -> None:
    text = "온결의 대표는 웃었다."  # Kiwi reads `온결의` alone as one noun
    assert labels.titled_persons(text, []) == []


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        # a word the model called a place, with the stores or head office of a chain after it
        ("후발 주자 코르텔라는 직영점을 냈다. 코르텔라 매장은 커피를 판다.", [("코르텔라", "LOCATION")], [("코르텔라", "ORG")]),
        ("하루장 1호점은 하노이에 있다.", [("하루장", "LOCATION")], [("하루장", "ORG")]),  # Kiwi: 하루+장
        ("회사는 코르텔라에 공장을 세웠다.", [("코르텔라", "LOCATION")], []),  # no store of its own: still dropped
    ],
)
def test_a_word_called_a_place_that_has_stores_is_a_chains_name(text, names, kept) -> None:
    doc, mentions, _ = mentions_of(text, names)
    assert [(doc.text[m.start : m.end], m.label) for m in filters.common_noun_names(doc.text, mentions)] == kept


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("회사는 춘천 양조장의 설비를 늘렸다.", "춘천 양조장", ("춘천", "LOCATION")),
        ("오사카센터의 검수비는 1500엔이다.", "오사카센터", ("오사카", "LOCATION")),
        ("부산 직장인의 점심값은 1만 원이다.", "부산 직장인", ("부산", "LOCATION")),
        ("제주항공의 탑승률이 올랐다.", "제주항공", ("제주항공", "ORG")),  # a trade ends the name (label cue)
        ("보스턴칼리지 연구진이 분석했다.", "보스턴칼리지", ("보스턴칼리지", "ORG")),  # glued, no site's noun
    ],
)
def test_a_place_and_the_common_nouns_of_a_site_or_people_after_it_is_the_place(text, name, kept) -> None:
    doc, mentions, _ = mentions_of(text, [(name, "ORG")])
    assert [(doc.text[m.start : m.end], m.label) for m in labels.places_of_units(doc.text, mentions)] == [kept]


@pytest.mark.parametrize(
    ("text", "mentions", "kept"),
    [
        # the model's capitalised words in an English headline are no names; a gazetteer's place stays
        ("가람의 새 전략\nPlatforms Win When Stores Sell Ads in Korea\n\n가람마트는 광고를 판다.",
         [("Platforms Win", "ORG", "model"), ("Stores Sell Ads", "PRODUCT", "model"), ("Korea", "LOCATION", "latin countries"),
          ("가람마트", "ORG", "model")],
         ["Korea", "가람마트"]),
        # a list line of names with their glosses is no headline
        ("- KDG(Korea Data Group), MSG(Mobile Service Group)\n",
         [("KDG", "ORG", "model"), ("Korea Data Group", "ORG", "model")], ["KDG", "Korea Data Group"]),
        # two words are a name's, not a headline's
        ("Nuri Motors\n", [("Nuri Motors", "ORG", "model")], ["Nuri Motors"]),
    ],
)
def test_the_models_mentions_in_an_english_headline_are_dropped(text, mentions, kept) -> None:
    found = [Mention(text.index(name), text.index(name) + len(name), label, source) for name, label, source in mentions]
    assert [text[m.start : m.end] for m in filters.english_headlines(text, found)] == kept


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a product's name with a company form or a trade glued: the company that runs it
        ("장보기 앱 ‘장터담’을 운영하는 장터담커머스는 광고를 늘렸다. 장터담의 이용자는 늘었다.",
         [("장터담커머스", "ORG", "장터담커머스"), ("장터담", "PRODUCT", "장터담")]),
        ("장보기 앱 ‘장터담’이 인기다. 장터담은 이용자가 늘었다.", [("장터담", "PRODUCT", "장터담")]),
    ],
)
def test_a_products_name_glued_to_a_company_form_is_the_company_running_it(text, found) -> None:
    doc, _, tokens = mentions_of(text, [])
    start = doc.text.index("장터담")
    product = [Mention(start, start + 3, "PRODUCT", "apposition")]
    assert [(doc.text[m.start : m.end], m.label, m.canonical or doc.text[m.start : m.end])
            for m in recurrence.propagate(doc.text, product, tokens)] == found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the first person before a noun is the speaker's own organisation, no name
        ("우리 재단은 지난해 충북 제천에 요양병원을 새로 열었다.", [("충북", "LOCATION"), ("제천", "LOCATION")]),
        ("우리 병원은 올해 간호사 40명을 새로 뽑았다.", []),
        # a name that opens with the same syllables stays
        ("우리은행은 올해 지점 12곳을 닫았다.", [("우리은행", "ORG")]),
    ],
)
def test_the_first_person_before_a_noun_is_no_name(text, kept) -> None:
    assert [(name, label) for name, label, _ in found(text)] == kept


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        # a company or a person a letter keeps anonymous is no name (gold guide)
        ("국내 한 카드사(C사)는 지점 40곳을 닫았다.", "C사", False),
        ("서울에 사는 D씨는 가게를 열었다.", "D씨", False),
        # a name that is letters and more stays
        ("KT는 지점 40곳을 닫았다.", "KT", True),
        ("SK사는 지점을 닫았다.", "SK사", True),
    ],
)
def test_a_letter_that_keeps_a_company_anonymous_is_no_name(text, name, kept) -> None:
    doc, mentions, _ = mentions_of(text, [(name, "ORG")])
    assert bool(filters.plausible(doc, mentions)) is kept


@pytest.mark.parametrize(
    ("text", "name", "label", "trimmed"),
    [
        # an adverb the model read into an organisation's start is no part of it
        ("세 병원은 함께 충청의료구매조합을 세웠다.", "함께 충청의료구매조합", "ORG", "충청의료구매조합"),
        ("두 회사는 다시 한빛물류를 세웠다.", "다시 한빛물류", "ORG", "한빛물류"),
        # a person's given name may read as one
        ("부디 하르토노 회장은 웃었다.", "부디 하르토노", "PERSON", "부디 하르토노"),
    ],
)
def test_an_adverb_before_an_organisations_name_is_cut_off(text, name, label, trimmed) -> None:
    doc, mentions, tokens = mentions_of(text, [(name, label)])
    spans.complete(tokens, mentions[0])
    assert doc.text[mentions[0].start : mentions[0].end] == trimmed


def test_an_airport_and_the_body_that_runs_it_are_two_entities_and_the_airport_is_named_without_국제_too() -> None:
    raw = ("공항 경쟁\n\n홍길동 | 410호 (2025년 3월 Issue 1)\n\n무안국제공항은 화물기 노선을 늘리고 있다. 무안공항을 "
           "운영하는 무안공항공사는 2015년 설립됐다. 무안공항공사는 지난해 화물 매출 120억 원을 올렸다. 무안공항의 화물 "
           "처리량은 지난해 4만 t이었다. 올해 무안공항에는 새 화물터미널이 문을 열었다.\n")
    record = Pipeline().process(raw, "airport")
    assert sorted((e.canonical, e.label, tuple(e.aliases)) for e in record.linked_entities) == [
        ("무안공항공사", "ORG", ()), ("무안국제공항", "LOCATION", ("무안공항",))]


@pytest.mark.parametrize(
    ("text", "name", "source", "kept"),
    [
        # a unit or a figure inside a quantity names nothing, whichever pass found it
        ("마루리스의 선대는 지난해 말 86만 TEU로 늘었다.", "TEU", "propagation", False),
        ("마루리스의 선대는 지난해 말 86만 TEU로 늘었다.", "TEU", "model", False),
        ("시급은 8610원으로 올랐다.", "8610원", "model", False),
        ("마루리스의 선대는 지난해 말 86만 TEU로 늘었다.", "마루리스", "model", True),
    ],
)
def test_a_mention_inside_a_quantity_is_no_name(text, name, source, kept) -> None:
    doc, mentions, _ = mentions_of(text, [(name, "ORG")], source)
    assert bool(filters.plausible(doc, mentions)) is kept


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("대형마트들은 리테일 미디어 네트워크를 새 이익원으로 키우고 있다.", []),
        ("리테일 미디어 네트워크(RMN) 시장이 커지고 있다. RMN 광고는 검색 결과 맨 위에 뜬다.", []),
    ],
)
def test_an_event_the_model_reads_in_dictionary_words_alone_is_a_concept(text, names) -> None:
    assert [(name, label) for name, label, _ in found(text) if label == "EVENT"] == names


@pytest.mark.parametrize(
    ("name", "concept"),
    [("리테일 미디어 네트워크", True), ("월세", True), ("윈치대회", False), ("런던올림픽", False), ("홍해 사태", False)],
)
def test_only_dictionary_words_with_no_kind_of_event_make_a_concept(name, concept) -> None:
    assert finders._a_concept(name) is concept


def test_a_system_named_beside_its_kind_is_a_product_wherever_it_recurs() -> None:
    text = "물류 관리 시스템 ‘길잡이’를 만든 한울로지는 2019년 설립됐다. 길잡이는 배송 시간을 20% 줄였다."
    assert [(name, label) for name, label, _ in found(text) if name == "길잡이"] == [("길잡이", "PRODUCT")] * 2


def test_a_declared_short_form_kiwi_reads_as_a_verb_is_found_again() -> None:
    text = "가리온건설(이하 가리)은 인천의 건설사다. 가리는 올해 공장을 지었다."
    assert [(name, canonical) for name, label, canonical in found(text) if label == "ORG"] == [
        ("가리온건설", "가리온건설"), ("가리", "가리온건설"), ("가리", "가리온건설")]


@pytest.mark.parametrize("word", ["안경원", "한의원"])
def test_a_word_after_a_determiner_is_a_common_noun_everywhere(word) -> None:
    text = f"부산 서면의 한 {word}. 이 {word}은 30년 전 문을 열었다. 손님들은 {word}에서 오래 머문다."
    assert [name for name, _, _ in found(text)] == ["부산", "서면"]


def test_a_division_head_is_a_job_title_after_a_persons_name() -> None:
    text = "누리전자 실적 발표회에서 하은결 누리전자 모바일사업부문장(부사장)은 “내년에도 성장하겠다”고 말했다."
    assert [(name, label) for name, label, _ in found(text)] == [
        ("누리전자", "ORG"), ("하은결", "PERSON"), ("누리전자", "ORG")]


@pytest.mark.parametrize(("text", "name"), [("한화벤처투자는 이 회사에 투자했다.", "한화벤처투자"),
                                            ("미래에셋벤처투자가 라운드를 이끌었다.", "미래에셋벤처투자")])
def test_a_listed_groups_name_with_a_company_form_glued_is_the_groups_company(text, name) -> None:
    assert (name, "ORG", name) in found(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a kind of goods before the quoted name presents it as a name: it recurs where Kiwi reads other words
        ("새벽목장은 흰 우유 ‘새벽목장우유’를 판다. 새벽목장우유의 판매가는 2900원이다. 새벽목장우유 판매량은 늘었다.",
         ["새벽목장우유", "새벽목장우유"]),
        # out of quotation marks, the kind only modifies: no name to find again
        ("새벽목장은 흰 우유 새벽목장우유를 판다. 새벽목장우유의 판매가는 2900원이다. 새벽목장우유 판매량은 늘었다.", []),
    ],
)
def test_a_quoted_name_after_a_kind_of_goods_is_found_again(text, found) -> None:
    doc, _, tokens = mentions_of(text, [])
    start = doc.text.index("새벽목장우유")
    product = [Mention(start, start + 6, "PRODUCT", "model")]
    assert [doc.text[m.start : m.end] for m in recurrence.propagate(doc.text, product, tokens)] == found


@pytest.mark.parametrize(("text", "names"), [
    ("지리산벤처투자가 주도한 시리즈A에는 여러 곳이 참여했다.", [("지리산벤처투자", "ORG", "지리산벤처투자")]),
    ("이 라운드에는 한라기술투자가 참여했다.", [("한라기술투자", "ORG", "한라기술투자")]),
    # a common noun the model took for a place is no place's name before a company form
    ("일본 종합상사 계열 투자사가 돈을 냈다.", []),
])
def test_a_places_name_with_a_company_form_glued_is_a_company(text, names) -> None:
    assert [name for name in found(text) if name[1] != "LOCATION"] == names


@pytest.mark.parametrize(("text", "names"), [
    # a verb of bringing out in its adnominal form right before the quotation
    ("누리카드가 2월 3일 모아페이와 함께 내놓은 ‘누리 모아카드’는 발급 80만장을 넘었다.", ["누리 모아카드"]),
    ("병원들이 쓰는 시스템은 노을랩이 개발한 ‘너스보드’다.", ["너스보드"]),
    # a report's or survey's title is brought out too, but names no product
    ("길잡이랩이 지난달 내놓은 ‘2024 수도권 통근 실태 조사’에 따르면 통근 시간이 늘었다.", []),
])
def test_a_quoted_name_a_verb_of_bringing_out_describes_is_brought_out(text, names) -> None:
    assert [text[start:end] for start, end in cues.brought_out_spans(text)] == names


def test_a_brought_out_name_is_a_product_whatever_its_name_ends_in() -> None:
    assert ("누리 모아카드", "PRODUCT", "누리 모아카드") in found(
        "누리카드가 2월 3일 모아페이와 함께 내놓은 ‘누리 모아카드’는 발급 80만장을 넘었다.")


@pytest.mark.parametrize(("text", "name"), [
    ("그는 『더하기의 유통』을 펴냈다. 『더하기의 유통』은 잘 팔렸다.", "더하기의 유통"),  # a book's title in its marks
    ("고객들은 장보기 앱 ‘다온마트’를 내려받았다.", "다온마트"),  # a cue noun beside the name
])
def test_a_name_words_beside_it_call_a_product_keeps_the_label_whatever_its_name_ends_in(text, name) -> None:
    assert {label for found_name, label, _ in found(text) if found_name == name} == {"PRODUCT"}
