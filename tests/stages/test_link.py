"""The link stage: which mentions are one entity, its canonical name and label (SPEC §3, §8).

Each case gives the entity stage's mentions (span, label, the pass that found it, and
the canonical name its own evidence gave) and the entity each mention ends up in.
"""

from __future__ import annotations

import pytest

from pipeline import Pipeline
from pipeline.document import Document
from pipeline.schema import Entity
from pipeline.stages import clean, entities, link, morph

PREPARE = Pipeline((("clean", clean.run), ("morph", morph.run)))
FIND_AND_LINK = Pipeline((("clean", clean.run), ("morph", morph.run), ("entities", entities.run), ("link", link.run)))

Given = tuple[str, str] | tuple[str, str, str] | tuple[str, str, str, str]  # span, label[, found_by[, canonical]]


def linked(text: str, given: list[Given]) -> Document:
    doc = PREPARE.run(Document(doc_id="t", raw=text))
    records, position = [], 0
    for number, (span, label, *rest) in enumerate(given):
        start = doc.text.index(span, position)
        position = start + len(span)
        found_by = rest[0] if rest else "model"
        canonical = rest[1] if len(rest) > 1 else span
        records.append(Entity(id=f"e{number}", text=span, label=label, canonical=canonical, found_by=found_by,
                              start=start, end=position, raw_start=start, raw_end=position, sentence="s0"))
    doc.entities = records
    link.run(doc)
    return doc


def canonicals(doc: Document) -> list[str]:
    return [e.canonical for e in doc.entities]


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        # a company's first word, later
        ("한울에너지솔루션은 지난해 흑자로 돌아섰다. 한울은 올해 공장을 늘린다.",
         [("한울에너지솔루션", "ORG"), ("한울", "ORG")], ["한울에너지솔루션"] * 2),
        # the brand first, then the same company with a company word
        ("유키하나의 과자는 공항에서 팔린다. 유키하나제과는 1954년 문을 열었다.",
         [("유키하나", "ORG"), ("유키하나제과", "ORG")], ["유키하나제과"] * 2),
        # a headline shortens the name its article spells out: not a name used first
        ("가람바이오, 美 허가 받아\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람바이오로직스는 허가를 받았다.",
         [("가람바이오", "ORG"), ("가람바이오로직스", "ORG")], ["가람바이오로직스"] * 2),
        # a name used first is a name of its own: its school is another entity
        ("몬테랄디는 가죽 가방으로 유명하다. 몬테랄디 아카데미는 장인을 길러낸다.",
         [("몬테랄디", "ORG"), ("몬테랄디 아카데미", "ORG")], ["몬테랄디", "몬테랄디 아카데미"]),
        # an international airport named without `국제`; another airport stays apart
        ("양양국제공항은 적자다. 양양공항의 여객은 줄었고 김해공항은 늘었다.",
         [("양양국제공항", "LOCATION"), ("양양공항", "LOCATION"), ("김해공항", "LOCATION")],
         ["양양국제공항", "양양국제공항", "김해공항"]),
        # a short form that begins two names belongs to the one named last before it
        ("해담그룹은 지주사다. 해담F&B는 음료를 만든다. 해담은 식혜를 되살렸다.",
         [("해담그룹", "ORG"), ("해담F&B", "ORG"), ("해담", "ORG")], ["해담그룹", "해담F&B", "해담F&B"]),
        # a short form its own evidence joined to one name joins no other: the group's retail arm
        # named just before stays an entity of its own
        ("가온그룹은 지주사다. 계열사 가온유통은 대리점을 늘렸다. 가온의 공장은 쉬지 않았다.",
         [("가온그룹", "ORG"), ("가온유통", "ORG"), ("가온", "ORG", "short forms", "가온그룹")],
         ["가온그룹", "가온유통", "가온그룹"]),
        # a group and its bank stay two entities
        ("세움금융그룹은 세움은행을 거느린다. 세움은행은 예금을 늘렸다.",
         [("세움금융그룹", "ORG"), ("세움은행", "ORG"), ("세움은행", "ORG")], ["세움금융그룹", "세움은행", "세움은행"]),
        # a surname with a title is the person named in full before
        ("누리플랜 박정훈 대표는 은행 출신이다. 박 대표는 금리를 낮췄다.",
         [("누리플랜", "ORG"), ("박정훈", "PERSON"), ("박", "PERSON")], ["누리플랜", "박정훈", "박정훈"]),
        # a family name of two syllables, with a title: the person named in full before, not a
        # stranger whose name only begins with its first syllable
        ("선우하람 교수는 표본을 모았다. 선정민 연구원이 도왔다. 선우 교수는 결과를 냈다.",
         [("선우하람", "PERSON"), ("선정민", "PERSON"), ("선우", "PERSON")], ["선우하람", "선정민", "선우하람"]),
        # a short form with a title after it is the person's, though a company shares the word
        ("마르타 베버 베버 오토텍 CEO를 만났다. 베버 오토텍은 부품을 만든다. 베버 CEO는 웃었다. 베버는 성장했다.",
         [("마르타 베버", "PERSON"), ("베버 오토텍", "ORG"), ("베버 오토텍", "ORG"), ("베버", "PERSON"), ("베버", "ORG")],
         ["마르타 베버", "베버 오토텍", "베버 오토텍", "마르타 베버", "베버 오토텍"]),
        # two people with one surname: the one named last before
        ("김수진 부장과 김민호 과장이 팀을 맡았다. 김 과장은 데이터를 모았다.",
         [("김수진", "PERSON"), ("김민호", "PERSON"), ("김", "PERSON")], ["김수진", "김민호", "김민호"]),
        # a surname with a title is the person named with that title, though another of the
        # family name was named since (the founder, then the son who runs the company)
        ("창업주 최정호 회장은 1990년 회사를 세웠다. 최 회장의 장남인 최민석 가람물산 대표는 2019년 취임했다. "
         "최 대표는 공장을 늘렸다.",
         [("최정호", "PERSON"), ("최", "PERSON"), ("최민석", "PERSON"), ("가람물산", "ORG"), ("최", "PERSON")],
         ["최정호", "최정호", "최민석", "가람물산", "최민석"]),
        # a surname with a title's English initials is the person named with the title they gloss
        ("재무는 박소라 최고재무책임자(CFO)가 맡는다. 박준호 대표는 회사를 세웠다. 박 CFO는 웃었다. 박 대표는 말했다.",
         [("박소라", "PERSON"), ("박준호", "PERSON"), ("박", "PERSON"), ("박", "PERSON")],
         ["박소라", "박준호", "박소라", "박준호"]),
        # a part of a name in several words
        ("사티아 나델라는 2014년 취임했다. 나델라는 클라우드를 키웠다.",
         [("사티아 나델라", "PERSON"), ("나델라", "PERSON")], ["사티아 나델라"] * 2),
        ("요스트 판 다이크 대표는 웃었다. 판 다이크는 말을 아꼈다.",
         [("요스트 판 다이크", "PERSON"), ("판 다이크", "PERSON")], ["요스트 판 다이크"] * 2),  # two last words
        ("다카하시 겐타로 사장은 매장을 줄였다. 다카하시 사장은 공장에 집중했다.",
         [("다카하시 겐타로", "PERSON"), ("다카하시", "PERSON")], ["다카하시 겐타로"] * 2),
        # one syllable off a more frequent spelling
        ("그린큐브팜은 투자를 받았다. 그린큐브팜은 농장을 늘렸다. 그린큐브펌은 흑자를 냈다.",
         [("그린큐브팜", "ORG"), ("그린큐브팜", "ORG"), ("그린큐브펌", "ORG")], ["그린큐브팜"] * 3),
        # a Latin spelling that sounds like the Hangul one
        ("넷플릭스는 가입자를 늘렸다. Netflix의 주가가 올랐다.",
         [("넷플릭스", "ORG"), ("Netflix", "ORG")], ["넷플릭스"] * 2),
        # but no person's name and a Latin word not read as a person's: three consonants alike
        # (`ch`, `n`, `s`) are too few to tell a name from a word of an English headline
        ("Retail Chains Face a Price War\n\n최윤서 다온마트 대표는 가격을 내렸다.",
         [("Chains", "PRODUCT"), ("최윤서", "PERSON"), ("다온마트", "ORG")], ["Chains", "최윤서", "다온마트"]),
    ],
)
def test_mentions_join_by_the_articles_own_evidence(text, given, expected) -> None:
    assert canonicals(linked(text, given)) == expected


def test_a_gazetteer_full_name_is_a_default_never_a_name_the_article_does_not_use() -> None:
    unspelled = linked("과기정통부는 예산을 늘렸다.", [("과기정통부", "ORG", "gazetteer", "과학기술정보통신부")])
    assert canonicals(unspelled) == ["과기정통부"]
    spelled = linked("과학기술정보통신부는 예산을 늘렸다. 과기정통부는 사업을 열었다.",
                     [("과학기술정보통신부", "ORG", "gazetteer"), ("과기정통부", "ORG", "gazetteer", "과학기술정보통신부")])
    assert canonicals(spelled) == ["과학기술정보통신부"] * 2


def test_a_listed_short_form_of_the_articles_own_names_joins_the_one_named_last_before_it() -> None:
    doc = linked("하나금융그룹도 같은 길을 걸었다. 하나금융은 2015년 은행을 합쳤다. 2005년 하나금융지주가 출범했다.",
                 [("하나금융그룹", "ORG", "gazetteer"), ("하나금융", "ORG", "gazetteer", "하나금융지주"),
                  ("하나금융지주", "ORG", "gazetteer")])
    assert canonicals(doc) == ["하나금융그룹", "하나금융그룹", "하나금융지주"]


def test_a_listed_short_form_another_pass_found_joins_the_full_name_the_article_spells() -> None:
    spelled = linked("환경부와 국토교통부는 협약을 맺었다. 국토부는 예산을 늘렸다.",
                     [("환경부", "ORG", "gazetteer"), ("국토교통부", "ORG", "gazetteer"), ("국토부", "ORG", "model")])
    assert canonicals(spelled) == ["환경부", "국토교통부", "국토교통부"]
    assert canonicals(linked("국토부는 예산을 늘렸다.", [("국토부", "ORG", "model")])) == ["국토부"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("현대자동차는 전기버스를 팔았다. 현대차는 지난해 투자했다.", [("현대자동차", "현대자동차"), ("현대차", "현대자동차")]),
     ("현대차는 지난해 투자했다.", [("현대차", "현대차")]),
     ("현대자동차그룹이 출범했다. 현대차그룹은 공장을 지었다.",
      [("현대자동차그룹", "현대자동차그룹"), ("현대차그룹", "현대자동차그룹")])],
)
def test_a_common_short_form_of_a_large_company_joins_its_full_name_where_the_article_spells_it(text, expected) -> None:
    doc = FIND_AND_LINK.run(Document(doc_id="t", raw=text))
    assert [(e.text, e.canonical) for e in doc.entities] == expected


def test_a_country_abbreviation_names_its_country() -> None:
    doc = linked("한미 정상회담이 열렸다.", [("한", "LOCATION", "country abbreviations", "한국"),
                                          ("미", "LOCATION", "country abbreviations", "미국")])
    assert canonicals(doc) == ["한국", "미국"]


def test_the_canonical_name_is_the_fullest_used_outside_brackets_hangul_first() -> None:
    doc = linked("GM은 적자를 냈다. 제너럴모터스(GM)는 공장을 닫았다. GM은 감원했다.",
                 [("GM", "ORG"), ("제너럴모터스", "ORG"), ("GM", "ORG", "glosses", "제너럴모터스"), ("GM", "ORG")])
    assert canonicals(doc) == ["제너럴모터스"] * 4
    acronym = linked("AWS(Amazon Web Services)는 클라우드 1위다.",
                     [("AWS", "ORG"), ("Amazon Web Services", "ORG", "glosses", "AWS")])
    assert canonicals(acronym) == ["AWS"] * 2


def test_the_entity_table_lists_each_entity_once_with_its_mentions_and_label() -> None:
    doc = linked("한울에너지솔루션은 흑자를 냈다. 한울은 공장을 늘렸고 한울은 감원하지 않았다.",
                 [("한울에너지솔루션", "ORG", "apposition"), ("한울", "PERSON"), ("한울", "PERSON")])
    (entity,) = doc.linked_entities
    assert (entity.canonical, entity.label, entity.aliases) == ("한울에너지솔루션", "ORG", ["한울"])
    assert entity.mentions == ["e0", "e1", "e2"]
    assert {e.entity for e in doc.entities} == {entity.id} and {e.label for e in doc.entities} == {"ORG"}


def test_short_forms_take_the_label_of_the_name_they_shorten() -> None:
    doc = linked("미야자키 하루토(宮崎陽翔) 사장이 취임했다. 미야자키는 매장을 줄였고 미야자키는 웃었다.",
                 [("미야자키 하루토", "PERSON"), ("미야자키", "ORG"), ("미야자키", "ORG")])
    (entity,) = doc.linked_entities
    assert (entity.canonical, entity.label) == ("미야자키 하루토", "PERSON")


def test_a_country_abbreviation_is_no_persons_surname() -> None:
    doc = linked("한서윤 대표는 한·중 교역을 다뤘다. 한국은 수출을 늘렸다.",
                 [("한서윤", "PERSON"), ("한", "LOCATION", "country abbreviations", "한국"), ("한국", "LOCATION")])
    assert canonicals(doc) == ["한서윤", "한국", "한국"]


@pytest.mark.parametrize(
    ("text", "alias", "canonical"),
    [
        ("케이로지스솔루션(이하 KLS)은 야간 배송을 맡는다. KLS는 화물차를 늘렸다.", "KLS", "케이로지스솔루션"),
        ("그린큐브팜(이하 ‘그린큐브’)은 수직농장을 짓는다. 그린큐브는 투자를 받았다.", "그린큐브", "그린큐브팜"),
        # the words that describe the name before it are no part of what the alias shortens
        ("2020년 설립된 프롭테크 스타트업 집살핌랩(이하 집살핌)은 등기 점검 앱을 운영한다. 집살핌은 지난해 60억 원을 유치했다.",
         "집살핌", "집살핌랩"),
    ],
)
def test_an_alias_the_article_declares_names_the_full_entity(text, alias, canonical) -> None:
    doc = FIND_AND_LINK.run(Document(doc_id="t", raw=text))
    assert {e.canonical for e in doc.entities if e.text == alias} == {canonical}


def test_where_words_beside_a_name_say_what_it_is_a_label_they_do_not_support_does_not_count() -> None:
    text = "도담의 앱은 쉽다. " * 7 + "한서윤 도담 대표는 웃었다."
    doc = linked(text, [*[("도담", "LOCATION")] * 7, ("한서윤", "PERSON"), ("도담", "ORG", "titled employer")])
    assert {(e.canonical, e.label) for e in doc.linked_entities} == {("도담", "ORG"), ("한서윤", "PERSON")}


def test_a_short_form_its_alias_declares_keeps_that_name_when_another_company_shares_its_first_word() -> None:
    text = ("가온푸드앤카페(이하 가온)는 빵집 체인이다. 창업자는 2009년 가온제과를 열었다. "
            "가온은 매장을 늘렸다. 가온의 매출은 올랐다.")
    doc = linked(text, [("가온푸드앤카페", "ORG"), ("가온", "ORG", "glosses", "가온푸드앤카페"), ("가온제과", "ORG"),
                        ("가온", "ORG"), ("가온", "ORG")])
    assert canonicals(doc) == ["가온푸드앤카페", "가온푸드앤카페", "가온제과", "가온푸드앤카페", "가온푸드앤카페"]


def test_without_an_alias_a_short_form_joins_the_name_named_last_before_it() -> None:
    text = "가온푸드앤카페는 빵집 체인이다. 창업자는 가온제과를 열었다. 가온은 매장을 늘렸다."
    doc = linked(text, [("가온푸드앤카페", "ORG"), ("가온제과", "ORG"), ("가온", "ORG")])
    assert canonicals(doc) == ["가온푸드앤카페", "가온제과", "가온제과"]


def test_a_label_copied_to_a_names_other_places_is_no_vote_of_its_own() -> None:
    text = ("누리온이 문을 열었다. 누리온은 컸다. 누리온은 웃었다. 누리온은 매장을 늘렸다. 누리온의 매출은 늘었다. "
            "누리온은 상장했다. 누리온은 웃었다.")
    doc = linked(text, [("누리온", "PERSON"), ("누리온", "PERSON", "propagation"), ("누리온", "PERSON", "propagation"),
                        ("누리온", "ORG"), ("누리온", "ORG"), ("누리온", "ORG"), ("누리온", "PERSON")])
    assert {(e.canonical, e.label) for e in doc.linked_entities} == {("누리온", "ORG")}


def test_a_name_described_as_founded_is_an_organisation_whatever_a_cue_noun_beside_it_says() -> None:
    text = "구인 플랫폼 누리잡이 문을 열었다. 누리잡은 2016년 설립된 구인 플랫폼이다. 구인 플랫폼 누리잡은 컸다."
    doc = linked(text, [("누리잡", "PRODUCT", "apposition"), ("누리잡", "ORG", "founded description"),
                        ("누리잡", "PRODUCT", "apposition")])
    assert {(e.canonical, e.label) for e in doc.linked_entities} == {("누리잡", "ORG")}


def test_a_surname_with_a_title_joins_the_full_name_its_entitys_vote_makes_a_person() -> None:
    # the model read the name once each as an organisation and a place; a title after it says a person
    text = "한다온(누리대 교수)이 썼다. 누리대 한다온 교수는 실험했다. 한다온·이서준(2025). 한 교수는 웃었다."
    doc = linked(text, [("한다온", "ORG"), ("누리대", "ORG"), ("한다온", "PERSON", "titled names"), ("한다온", "LOCATION"),
                        ("한", "PERSON")])
    assert [(e.text, e.label, e.canonical) for e in doc.entities if e.text.startswith("한")] == [
        ("한다온", "PERSON", "한다온"), ("한다온", "PERSON", "한다온"), ("한다온", "PERSON", "한다온"), ("한", "PERSON", "한다온")]


def test_a_short_form_of_a_names_head_and_its_ending_joins_the_full_name() -> None:
    text = "솔결에너지생활연구원(솔결연구원)이 조사했다. 솔결연구원은 2016년 세워졌다. 솔결은 컸다."
    doc = linked(text, [("솔결에너지생활연구원", "ORG"), ("솔결연구원", "ORG"), ("솔결연구원", "ORG"), ("솔결", "ORG")])
    assert canonicals(doc) == ["솔결에너지생활연구원"] * 4


def test_a_copy_of_a_label_words_beside_the_name_support_still_votes() -> None:
    text = "거래 플랫폼 누리온이 문을 열었다. 누리온은 컸다. 누리온은 웃었다. 누리온은 늘었다. 나하늘 누리온 대표는 웃었다."
    doc = linked(text, [("누리온", "PRODUCT", "apposition"), ("누리온", "ORG", "propagation"), ("누리온", "ORG", "propagation"),
                        ("누리온", "PRODUCT"), ("나하늘", "PERSON"), ("누리온", "ORG", "titled employer")])
    assert ("누리온", "ORG") in {(e.canonical, e.label) for e in doc.linked_entities}


def test_a_names_launch_outvotes_the_models_company_readings_of_it() -> None:
    page = ("병원들이 쓰는 시스템은 의료 스타트업 노을데이터랩이 개발한 ‘너스보드’다. 2019년 설립된 노을데이터랩은 "
            "2021년 4월 너스보드를 출시했다. 너스보드는 국내 병원 37곳에서 쓰이고 있다.")
    doc = Pipeline().run(Document(doc_id="t", raw=page))
    assert {e.label for e in doc.entities if e.text == "너스보드"} == {"PRODUCT"}


def test_a_founding_that_describes_a_short_form_outvotes_a_cue_before_the_full_name() -> None:
    page = ("지역 배달 플랫폼 누리배달(이하 누리)은 실험에 참여했다. 2017년 대구에서 설립된 누리는 12개 도시에서 음식 배달 "
            "플랫폼을 운영한다. 누리 라이더는 3만 명이다.")
    doc = Pipeline().run(Document(doc_id="t", raw=page))
    assert {(e.text, e.label) for e in doc.entities if e.text.startswith("누리")} == {("누리배달", "ORG"), ("누리", "ORG")}
