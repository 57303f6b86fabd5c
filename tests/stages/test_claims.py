"""The ``claims`` stage (SPEC §6, §8; docs/claims.md).

Each case is a short text with its entities, quantities and dates given by hand
(so the cases test claims alone), and the claims expected of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pipeline import Pipeline, to_record
from pipeline.document import Document
from pipeline.schema import Author, Claim, DateRecord, Entity, Interviewee, Metadata, Quantity, Record
from pipeline.stages import claims, clean, link, morph
from pipeline.stages.claims.markets import AGE_BAND

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold" / "dev" / "dbr-247-bat-ai-strategy.json"
ARTICLE = ROOT / "corpus" / "dbr-247-bat-ai-strategy.txt"



# --- Building documents -----------------------------------------------------

Span = str | tuple[str, int]  # a surface string, or (string, which occurrence)


@dataclass
class Case:
    text: str
    entities: list[tuple] = field(default_factory=list)  # (span, label[, canonical])
    quantities: list[tuple] = field(default_factory=list)  # (span, value, unit, kind[, qualifier])
    dates: list[tuple] = field(default_factory=list)  # (span, value[, qualifier])
    author: str | None = None
    interviewee: tuple[str, str] | None = None  # (name, organisation)
    issue_date: str | None = "2023-06"  # None: a newspaper's copy, whose relative dates stay unresolved


def _find(text: str, span: Span) -> tuple[str, int, int]:
    surface, occurrence = (span, 0) if isinstance(span, str) else span
    position = -1
    for _ in range(occurrence + 1):
        position = text.index(surface, position + 1)
    return surface, position, position + len(surface)


def build(case: Case) -> Document:
    doc = Pipeline((("clean", clean.run), ("morph", morph.run))).run(Document(doc_id="case", raw=case.text))
    doc.metadata = Metadata(
        issue_date=case.issue_date, authors=[Author(name=case.author)] if case.author else [],
        interviewees=[Interviewee(name=case.interviewee[0], organization=case.interviewee[1])] if case.interviewee else [],
    )

    def place(span: Span) -> dict:
        surface, start, end = _find(doc.text, span)
        return {"text": surface, "start": start, "end": end, "raw_start": start, "raw_end": end,
                "sentence": doc.sentence_at(start).id}

    for index, (span, label, *canonical) in enumerate(case.entities):
        doc.entities.append(Entity(id=f"e{index}", label=label, canonical=(canonical or [_find(doc.text, span)[0]])[0],
                                   **place(span)))
    for index, (span, value, unit, kind, *qualifier) in enumerate(case.quantities):
        doc.quantities.append(Quantity(id=f"q{index}", value=value, unit=unit, kind=kind,
                                       qualifier=(qualifier or [None])[0], **place(span)))
    for index, (span, value, *qualifier) in enumerate(case.dates):
        doc.dates.append(DateRecord(id=f"d{index}", value=value, granularity=_granularity(value),
                                    qualifier=(qualifier or [None])[0], **place(span)))
    link.run(doc)
    claims.run(doc)
    return doc


def _granularity(value: str) -> str:
    """The granularity a date value's shape gives (`XXXX-Q2` a quarter, `XXXX-XX-08` a day)."""
    if "-Q" in value:
        return "quarter"
    if "-H" in value:
        return "half"
    parts = value.split("T")[0].split("-")
    return {1: "year", 2: "month"}.get(len(parts), "day")


def summary(doc: Document, claim: Claim) -> tuple:
    """(type, subject, what, date): `what` is the quantity's text for metrics and
    plans, the event kind for events, the speaker for quotes."""
    quantities = {q.id: q.text for q in doc.quantities}
    dates = {d.id: d.value for d in doc.dates}
    what = {"event": claim.predicate, "quote": claim.speaker}.get(claim.type, quantities.get(claim.quantity))
    return claim.type, claim.subject, what, dates.get(claim.date)


# --- Cases ------------------------------------------------------------------

CASES = {
    "topic subject, a list of dated values: one claim per value with its own date": (
        Case("삼성전자의 반도체 부문 영업이익은 2019년 14조 원, 2020년 18조 원, 2021년 29조 원으로 늘었다.",
             [("삼성전자", "ORG")],
             [("14조 원", 14e12, "KRW", "money"), ("18조 원", 18e12, "KRW", "money"), ("29조 원", 29e12, "KRW", "money")],
             [("2019년", "2019"), ("2020년", "2020"), ("2021년", "2021")]),
        [("metric", "삼성전자", "14조 원", "2019"), ("metric", "삼성전자", "18조 원", "2020"),
         ("metric", "삼성전자", "29조 원", "2021")],
    ),
    "a list after one date: every value takes it; a value before the date has none": (
        Case("토스의 가입자 수는 2000만 명이며 2021년 6월 기준 월간 활성 이용자는 1300만 명, 송금액은 10조 원이다.",
             [("토스", "PRODUCT")],
             [("2000만 명", 2e7, "명", "count"), ("1300만 명", 1.3e7, "명", "count"), ("10조 원", 1e13, "KRW", "money")],
             [("2021년 6월", "2021-06", "as_of")]),
        [("metric", "토스", "2000만 명", None), ("metric", "토스", "1300만 명", "2021-06"),
         ("metric", "토스", "10조 원", "2021-06")],
    ),
    "the subject carries over to a sentence without one; a glossed name is not a subject": (
        Case("쿠팡은 물류센터를 늘리고 있다. 2020년 총 거래액(GMV)은 22조 원이다.",
             [("쿠팡", "ORG"), ("GMV", "ORG")], [("22조 원", 22e12, "KRW", "money")], [("2020년", "2020")]),
        [("metric", "쿠팡", "22조 원", "2020")],
    ),
    "an actor is carried within its paragraph only": (
        Case("한울전자는 지난해 공장을 늘렸다. 매출은 1200억 원이었다.\n\n영업이익은 90억 원이었다.",
             [("한울전자", "ORG")], [("1200억 원", 1.2e11, "KRW", "money"), ("90억 원", 9e9, "KRW", "money")]),
        [("metric", "한울전자", "1200억 원", None)],
    ),
    "the actor carried on is the entity last named in its sentence's best rank, not a topic that names none": (
        Case("가람PE는 지난해 추가로 자금을 넣었고, 누리항공은 이 돈으로 항공기를 들여왔다. 보유 항공기는 11대로 늘었다.\n\n"
             "한빛마트는 1988년 동네 가게에서 출발해 지금은 매장을 운영한다. 매출은 2조 원이다.",
             [("가람PE", "ORG"), ("누리항공", "ORG"), ("한빛마트", "ORG")],
             [("11대", 11, "대", "count"), ("2조 원", 2e12, "KRW", "money")], [("지난해", "2022"), ("1988년", "1988")]),
        [("metric", "누리항공", "11대", None), ("event", "한빛마트", "founded", "1988"),
         ("metric", "한빛마트", "2조 원", None)],
    ),
    "an actor is never carried across a heading": (
        Case("한울전자는 흑자를 냈다.\n\n새 시장의 개척\n\n매출은 1200억 원이었다.",
             [("한울전자", "ORG")], [("1200억 원", 1.2e11, "KRW", "money")]),
        [],
    ),
    "a body called by the kind its name ends in stands for the one named with it, a paragraph back too": (
        Case("한결복지재단은 저소득 가정의 아이들을 돕는다.\n\n재단은 지난해 기부금 84억 원을 모았다.",
             [("한결복지재단", "ORG")], [("84억 원", 8.4e9, "KRW", "money")], [("지난해", "2022")]),
        [("metric", "한결복지재단", "84억 원", "2022")],
    ),
    "a demonstrative and a body's kind stand for the body named with it, past a sentence about another firm": (
        Case("도담수산업협동조합은 남해안의 굴을 판다. 한빛수산은 공장을 지었다. 이 조합의 지난해 수출액은 52억 원이었다.",
             [("도담수산업협동조합", "ORG"), ("한빛수산", "ORG")], [("52억 원", 5.2e9, "KRW", "money")], [("지난해", "2022")]),
        [("metric", "도담수산업협동조합", "52억 원", "2022")],
    ),
    "a market where a share or rank is held (`…시장에서는`) is no actor; the market as topic is": (
        Case("다온정밀은 반도체 장비 부품을 만든다. 직원은 약 180명이지만, 국내 진공 밸브 시장에서는 점유율 27%로 1위다. "
             "국내 진공 밸브 시장은 지난해 4200억 원 규모였다.",
             [("다온정밀", "ORG")],
             [("약 180명", 180, "명", "count", "approx"), ("27%", 27, "%", "percent"), ("1위", 1, "위", "rank"),
              ("4200억 원", 4.2e11, "KRW", "money")], [("지난해", "2022")]),
        [("metric", "다온정밀", "약 180명", None), ("metric", "다온정밀", "27%", None), ("metric", "다온정밀", "1위", None),
         ("metric", "국내 진공 밸브 시장", "4200억 원", "2022")],
    ),
    "a market that describes the company a topic names is no actor": (
        Case("한울로보틱스는 물류 로봇을 만든다.\n\n국내 물류 로봇 시장 1위인 다온에어로는 지난해 매출이 820억 원이었다.",
             [("한울로보틱스", "ORG"), ("다온에어로", "ORG")], [("1위", 1, "위", "rank"), ("820억 원", 8.2e10, "KRW", "money")],
             [("지난해", "2022")]),
        [("metric", "다온에어로", "1위", None), ("metric", "다온에어로", "820억 원", "2022")],
    ),
    "a demonstrative and a kind of product stand for the product named in the sentence before": (
        Case("도담식품은 지난해 9월 현미 과자 ‘톡톡바’를 내놓았다. 이 제품은 출시 석 달 만에 45만 개가 팔렸다.",
             [("도담식품", "ORG"), ("톡톡바", "PRODUCT")], [("45만 개", 450000, "개", "count")], [("지난해 9월", "2022-09")]),
        [("event", "도담식품", "launched", "2022-09"), ("metric", "톡톡바", "45만 개", None)],
    ),
    "a demonstrative and a kind of product stand for the product named before it in its sentence": (
        Case("한빛은행은 2023년 5월 적금 ‘새싹적금’을 내놓았고, 이 상품의 가입자는 올해 3월 12만 명을 넘었다.",
             [("한빛은행", "ORG"), ("새싹적금", "PRODUCT")], [("12만 명", 120000, "명", "count")],
             [("2023년 5월", "2023-05"), ("올해 3월", "2023-03")]),
        [("event", "한빛은행", "launched", "2023-05"), ("metric", "새싹적금", "12만 명", "2023-03")],
    ),
    "a demonstrative and a kind of product point to no product of another paragraph": (
        Case("누리앱스는 2022년 가계부 앱 ‘모아봄’을 선보였다.\n\n이 서비스의 월간 이용자는 올해 38만 명이다.",
             [("누리앱스", "ORG"), ("모아봄", "PRODUCT")], [("38만 명", 380000, "명", "count")],
             [("2022년", "2022"), ("올해", "2023")]),
        [("event", "누리앱스", "launched", "2022")],
    ),
    "a body's kind after a modifier is any body of that kind, not the one named": (
        Case("누리은행은 지점을 줄였다.\n\n지방에 본점을 둔 은행은 지난해 6곳이었다.",
             [("누리은행", "ORG")], [("6곳", 6, "곳", "count")], [("지난해", "2022")]),
        [],
    ),
    "opening a branch office founds a facility": (
        Case("한빛팜은 스마트팜 기업이다. 한빛팜은 2021년 9월 싱가포르에 동남아 지사를 열었다.",
             [("한빛팜", "ORG", "한빛팜"), ("싱가포르", "LOCATION")], [], [("2021년 9월", "2021-09")]),
        [("event", "한빛팜", "founded", "2021-09")],
    ),
    "opening a branch store a place's name glued to `점` names (`원주점`) founds it": (
        Case("가람백화점은 지역 백화점이다. 가람백화점은 2004년 3월 강원 원주에 원주점을 열었다.",
             [("가람백화점", "ORG"), (("가람백화점", 1), "ORG"), ("강원", "LOCATION"), ("원주", "LOCATION")], [],
             [("2004년 3월", "2004-03")]),
        [("event", "가람백화점", "founded", "2004-03")],
    ),
    "a place in a measure broken down by a dimension is a cell: the actor is carried": (
        Case("한빛엔터의 상반기 매출은 1200억 원이었다. 지역별 매출은 일본이 420억 원으로 가장 많았고 북미가 310억 원이었다.",
             [("한빛엔터", "ORG"), ("일본", "LOCATION"), ("북미", "LOCATION")],
             [("1200억 원", 1.2e11, "KRW", "money"), ("420억 원", 4.2e10, "KRW", "money"),
              ("310억 원", 3.1e10, "KRW", "money")]),
        [("metric", "한빛엔터", "1200억 원", None), ("metric", "한빛엔터", "420억 원", None),
         ("metric", "한빛엔터", "310억 원", None)],
    ),
    "a place a survey's answers are counted by (`도시별로는`) is the actor of its share": (
        Case("누리여행은 여행지를 물었다. 도시별로는 오사카가 14.2%로 가장 많았다.",
             [("누리여행", "ORG"), ("오사카", "LOCATION")], [("14.2%", 14.2, "%", "percent")]),
        [("metric", "오사카", "14.2%", None)],
    ),
    "a noun phrase that is measured is no subject where an entity is in view": (
        Case("세진마트는 올해 매장을 늘렸다. 매장 직원의 이직률은 연 4%로 업계 평균을 밑돈다.",
             [("세진마트", "ORG")], [("4%", 4, "%", "percent")]),
        [("metric", "세진마트", "4%", None)],
    ),
    "a noun phrase speaks for itself where no entity is in view": (
        Case("매장 직원의 이직률은 연 4%로 업계 평균을 밑돈다.", [], [("4%", 4, "%", "percent")]),
        [("metric", "매장 직원 이직률", "4%", None)],
    ),
    "a topic without an entity is the measure of what its genitive names": (
        Case("국내 전기자전거의 평균 수명은 4년이다.", [], [("4년", 4, "년", "duration")]),
        [("metric", "국내 전기자전거", "4년", None)],
    ),
    "a genitive that refers back or an entity in view leaves the noun phrase aside": (
        Case("회사의 직원 수는 120명이다. 한빛전자는 공장을 늘렸다. 한빛전자 공장의 평균 가동률은 80%다.",
             [("한빛전자", "ORG"), (("한빛전자", 1), "ORG")], [("120명", 120, "명", "count"), ("80%", 80, "%", "percent")]),
        [("metric", "한빛전자", "80%", None)],
    ),
    "a figure an executive reports is the company's": (
        Case("박민수(朴敏秀) 한울전자 사장은 올해 매출 1200억 원을 달성했다.",
             [("박민수", "PERSON"), ("朴敏秀", "PERSON", "박민수"), ("한울전자", "ORG")],
             [("1200억 원", 1.2e11, "KRW", "money")], [("올해", "2023")]),
        [("metric", "한울전자", "1200억 원", "2023")],
    ),
    "a demonstrative points back to the entity its noun named": (
        Case("네이버는 웹툰 플랫폼 왓패드를 인수했다. 이 플랫폼의 월간 이용자는 9000만 명에 이른다.",
             [("네이버", "ORG"), ("왓패드", "PRODUCT")], [("9000만 명", 9e7, "명", "count")]),
        [("metric", "왓패드", "9000만 명", None)],
    ),
    "a quantity in a relative clause belongs to the entity it describes": (
        Case("카카오는 월 사용자 수가 4500만 명에 달하는 메신저인 카카오톡에 광고를 붙였다.",
             [("카카오", "ORG"), ("카카오톡", "PRODUCT")], [("4500만 명", 4.5e7, "명", "count")]),
        [("metric", "카카오톡", "4500만 명", None)],
    ),
    "`도` marks a subject when an object follows": (
        Case("애플의 점유율은 18%였다. 삼성전자도 21%를 기록했다.",
             [("애플", "ORG"), ("삼성전자", "ORG")], [("18%", 18, "%", "percent"), ("21%", 21, "%", "percent")]),
        [("metric", "애플", "18%", None), ("metric", "삼성전자", "21%", None)],
    ),
    "`역시` after a name marks it as `도` does": (
        Case("누리마트는 품목을 늘렸다. 한빛마트 역시 품목 수를 4000개로 묶었다.",
             [("누리마트", "ORG"), ("한빛마트", "ORG")], [("4000개", 4000, "개", "count")]),
        [("metric", "한빛마트", "4000개", None)],
    ),
    "`도` marks the subject of a clause with no object when it names an entity": (
        Case("누리제과는 지난해 매출이 늘었다. 달빛쿠키의 팔로어도 2만 명에서 5만 명으로 늘었다.",
             [("누리제과", "ORG"), ("달빛쿠키", "PRODUCT")], [("2만 명", 2e4, "명", "count"), ("5만 명", 5e4, "명", "count")]),
        [("metric", "달빛쿠키", "2만 명", None), ("metric", "달빛쿠키", "5만 명", None)],
    ),
    "a relative clause names whose figure a phrase without an entity is, for its sentence only": (
        Case("한빛푸드의 매출은 2022년 820억 원이었다. 2023년 상반기 달빛마켓에서 팔린 도시락은 310만 개다. "
             "도시락 단가는 4500원이다.",
             [("한빛푸드", "ORG"), ("달빛마켓", "PRODUCT")],
             [("820억 원", 8.2e10, "KRW", "money"), ("310만 개", 3.1e6, "개", "count"), ("4500원", 4500, "KRW", "money")],
             [("2022년", "2022"), ("2023년 상반기", "2023-H1")]),
        [("metric", "한빛푸드", "820억 원", "2022"), ("metric", "달빛마켓", "310만 개", "2023-H1"),
         ("metric", "한빛푸드", "4500원", None)],
    ),
    "of two relative clauses, the one next to the phrase names its entity": (
        Case("한림대가 주최한 대회에서 누리소프트가 만든 앱은 92점을 받았다.",
             [("한림대", "ORG"), ("누리소프트", "ORG")], [("92점", 92, "점", "count")]),
        [("metric", "누리소프트", "92점", None)],
    ),
    "what a part makes up of a whole is the whole's figure, not the part's": (
        Case("한빛금융그룹은 비은행 부문을 키웠다. 그룹 순이익에서 한빛은행이 차지하는 비중은 64%다.",
             [("한빛금융그룹", "ORG"), ("한빛은행", "ORG")], [("64%", 64, "%", "percent")]),
        [("metric", "한빛금융그룹", "64%", None)],
    ),
    "a phrase opening with the noun that introduced a product just before is the product's": (
        Case("누리홈은 2022년 자체 앱 ‘다온톡’을 내놓았다. 앱 이용자는 12만 명이다. 누리홈은 청담 매장을 열었다. "
             "매장 직원은 40명이다.",
             [("누리홈", "ORG"), ("다온톡", "PRODUCT"), (("누리홈", 1), "ORG"), ("청담", "LOCATION")],
             [("12만 명", 1.2e5, "명", "count"), ("40명", 40, "명", "count")], [("2022년", "2022")]),
        [("event", "누리홈", "launched", "2022"), ("metric", "다온톡", "12만 명", None), ("metric", "누리홈", "40명", None)],
    ),
    "the subject of a later clause speaks for its own clause": (
        Case("배달의민족은 2010년 6월 출시됐고, 2019년 12월 딜리버리히어로가 운영사 우아한형제들을 인수했다.",
             [("배달의민족", "PRODUCT"), ("딜리버리히어로", "ORG"), ("우아한형제들", "ORG")], [],
             [("2010년 6월", "2010-06"), ("2019년 12월", "2019-12")]),
        [("event", "배달의민족", "launched", "2010-06"), ("event", "딜리버리히어로", "acquired", "2019-12")],
    ),
    "the figures of a plan reached are values measured, and the plan reached is none": (
        Case("누리푸드의 해외 매출 비중은 40%까지 높아져 회사가 내건 목표를 1년 앞당겨 넘어섰다. "
             "누리푸드는 약속한 목표를 모두 달성했다.",
             [("누리푸드", "ORG"), (("누리푸드", 1), "ORG")], [("40%", 40, "%", "percent")]),
        [("metric", "누리푸드", "40%", None)],
    ),
    "an intention declared (`…하겠다고 밝혔다`) states a plan, dated by its declaration": (
        Case("한빛소재는 2026년까지 생산능력을 연 25만 t으로 늘리겠다고 밝혔다. "
             "김 대표는 “2027년까지 수출 비중을 50%로 끌어올리겠다”고 밝혔다. "
             "한빛소재는 2021년 말 매장 14곳을 모두 닫겠다고 발표했다.",
             [("한빛소재", "ORG"), ("김", "PERSON", "김도윤"), (("한빛소재", 1), "ORG")],
             [("25만 t", 2.5e5, "t", "other"), ("50%", 50, "%", "percent"), ("14곳", 14, "곳", "count")],
             [("2026년", "2026"), ("2027년", "2027"), ("2021년", "2021")]),
        [("plan", "한빛소재", "25만 t", "2026"), ("quote", "김도윤", "김도윤", None), ("plan", "한빛소재", "50%", "2027"),
         ("plan", "한빛소재", "14곳", "2021")],
    ),
    "a figure that describes the planner now (`업계 2위인 X는`) is a metric, the plan one of what it states": (
        Case("업계 2위인 누리안경은 내년 상반기부터 전 매장에서 보청기를 팔겠다고 밝혔다.",
             [("누리안경", "ORG")], [("2위", 2, "위", "rank")], [("내년 상반기", "2024-H1")]),
        [("metric", "누리안경", "2위", None), ("plan", "누리안경", None, "2024-H1")],
    ),
    "an intention declared with no figure states one plan, unless the announcing is an event": (
        Case("누리제철은 2021년 3월 2045년까지 탄소중립을 이루겠다고 선언했다. "
             "한산전지는 2022년 5월 1조 원을 들여 텍사스에 공장을 짓겠다고 발표했다.",
             [("누리제철", "ORG"), ("한산전지", "ORG"), ("텍사스", "LOCATION")], [("1조 원", 1e12, "KRW", "money")],
             [("2021년 3월", "2021-03"), ("2045년", "2045", "by"), ("2022년 5월", "2022-05")]),
        [("plan", "누리제철", None, "2045"), ("event", "한산전지", "invested", "2022-05"),
         ("event", "한산전지", "founded", "2022-05")],
    ),
    "quoted speech holds a plan's figures when it states the plan; other quoted figures are none": (
        Case("한빛전자는 성장했다. 박 대표는 “2027년까지 매출 5000억 원을 달성하는 것이 목표”라고 말했다. "
             "한빛전자는 “2026년까지 공장 3곳을 더 짓겠다”는 중장기 계획을 내놨다. "
             "박 대표는 “작년에는 직원 40명이 밤을 새웠다”고 말했다.",
             [("한빛전자", "ORG"), ("박", "PERSON", "박서준"), (("한빛전자", 1), "ORG"), (("박", 1), "PERSON", "박서준")],
             [("5000억 원", 5e11, "KRW", "money"), ("3곳", 3, "곳", "count"), ("40명", 40, "명", "count")],
             [("2027년", "2027"), ("2026년", "2026")]),
        [("quote", "박서준", "박서준", None), ("plan", "한빛전자", "5000억 원", "2027"), ("plan", "한빛전자", "3곳", "2026"),
         ("quote", "박서준", "박서준", None)],
    ),
    "a plan needs a plan word; the author's forecast is no claim": (
        Case("현대차는 2030년까지 전기차 판매량을 연간 187만 대로 늘릴 계획이다. "
             "전기차 시장은 2025년 1000만 대 규모로 커질 것이다.",
             [("현대차", "ORG")], [("187만 대", 1.87e6, "대", "count"), ("1000만 대", 1e7, "대", "count")],
             [("2030년", "2030", "by"), ("2025년", "2025")]),
        [("plan", "현대차", "187만 대", "2030")],
    ),
    "a person who took up a title at an organisation reports its figures": (
        Case("2020년 한울전자 사장으로 선임된 박민수는 회사를 바꿨다. 박민수는 올해 매출 1200억 원을 달성했다.",
             [("한울전자", "ORG"), ("박민수", "PERSON"), (("박민수", 1), "PERSON")],
             [("1200억 원", 1.2e11, "KRW", "money")], [("2020년", "2020"), ("올해", "2023")]),
        [("metric", "한울전자", "1200억 원", "2023")],
    ),
    "an executive's plan is the company's; the current value beside it is a metric": (
        Case("정의선 현대차그룹 회장은 2022년 기준 5만 대인 수소차 생산량을 2030년까지 50만 대로 늘리겠다는 목표를 밝혔다.",
             [("정의선", "PERSON"), ("현대차그룹", "ORG")],
             [("5만 대", 5e4, "대", "count"), ("50만 대", 5e5, "대", "count")],
             [("2022년", "2022", "as_of"), ("2030년", "2030", "by")]),
        [("metric", "현대차그룹", "5만 대", "2022"), ("plan", "현대차그룹", "50만 대", "2030")],
    ),
    "a plan without a figure is one claim; its past date is not its target": (
        Case("메이퇀은 2017년 AI 인력을 늘렸으며, 배송 효율을 지속적으로 높여나갈 방침이다.",
             [("메이퇀", "ORG")], [], [("2017년", "2017")]),
        [("plan", "메이퇀", None, None)],
    ),
    "events: founding said with 밝혔다, launch by 선보였다, open-sourcing": (
        Case("2017년 말 알리바바는 연구기관 다모아카데미를 설립한다고 밝혔다. 텐센트는 2019년 새 결제 서비스를 선보였다. "
             "구글은 2015년 텐서플로의 소스코드를 공개했다.",
             [("알리바바", "ORG"), ("다모아카데미", "ORG"), ("텐센트", "ORG"), ("구글", "ORG"), ("텐서플로", "PRODUCT")],
             [], [("2017년", "2017", "end"), ("2019년", "2019"), ("2015년", "2015")]),
        [("event", "알리바바", "founded", "2017"), ("event", "텐센트", "launched", "2019"),
         ("event", "구글", "launched", "2015")],
    ),
    "no event without a date, nor for an unannounced intention; a plan's announcement gives the plan only": (
        Case("구글은 딥마인드를 인수했다. 카카오는 2024년 1조 원을 투자하겠다는 뜻을 내비쳤다. "
             "네이버는 2023년 5월 AI 연구를 확대하는 계획을 발표했다.",
             [("구글", "ORG"), ("딥마인드", "ORG"), ("카카오", "ORG"), ("네이버", "ORG")],
             [("1조 원", 1e12, "KRW", "money")], [("2024년", "2024"), ("2023년 5월", "2023-05")]),
        [("plan", "네이버", None, "2023-05")],  # gold guide: a plan with no target takes its announcement's date
    ),
    "an executive's announcement is the executive's": (
        Case("마화텅 텐센트 회장은 2017년 11월 AI 전략을 발표했다.",
             [("마화텅", "PERSON"), ("텐센트", "ORG")], [], [("2017년 11월", "2017-11")]),
        [("event", "마화텅", "announced", "2017-11")],
    ),
    "a deal event carries its amount, which is then no metric of its own": (
        Case("텐센트는 2017년 의료 업체 33곳에 약 200억 위안을 투자했다.",
             [("텐센트", "ORG")], [("33곳", 33, "곳", "count"), ("200억 위안", 2e10, "CNY", "money", "approx")],
             [("2017년", "2017")]),
        [("event", "텐센트", "invested", "2017"), ("metric", "텐센트", "33곳", "2017")],
    ),
    "a merger of a coordinated pair: the first is the subject, the partner the object": (
        Case("콰이디다처와 디디다처가 2015년 합병했다.",
             [("콰이디다처", "ORG"), ("디디다처", "ORG")], [], [("2015년", "2015")]),
        [("event", "콰이디다처", "merged", "2015")],
    ),
    "a sentence opening with 특히 does not take the date of the sentence before": (
        Case("2018년 1월 알리바바의 AI가 독해 대회에서 1위를 차지했다. 특히 이 모델은 82.44점을 기록했다.",
             [("알리바바", "ORG")], [("1위", 1, "위", "rank"), ("82.44점", 82.44, "점", "score")],
             [("2018년 1월", "2018-01")]),
        [("metric", "알리바바", "1위", "2018-01"), ("metric", "알리바바", "82.44점", None)],
    ),
    "같은 기간 takes the period of the sentence before; a change's start takes its start": (
        Case("가온물산의 매출은 2019년 520억 원에서 지난해 910억 원으로 늘었다. 건당 물류비는 같은 기간 4100원에서 "
             "2700원으로 낮아졌다.",
             [("가온물산", "ORG")],
             [("520억 원", 52e9, "KRW", "money"), ("910억 원", 91e9, "KRW", "money"),
              ("4100원", 4100, "KRW", "money"), ("2700원", 2700, "KRW", "money")],
             [("2019년", "2019"), ("지난해", "2022")]),
        [("metric", "가온물산", "520억 원", "2019"), ("metric", "가온물산", "910억 원", "2022"),
         ("metric", "가온물산", "4100원", "2019"), ("metric", "가온물산", "2700원", "2022")],
    ),
    "a figure supposed with `만 … -어도` (even if only) and what would follow are no facts; `2019년만 해도` is one": (
        Case("가온통신은 요금이 1000원만 올라도 영업이익이 1500억 원 늘어난다. 점주의 10%만 이탈해도 120곳이 간판을 바꾼다. "
             "가온통신의 가입자는 2019년만 해도 300만 명이었다.",
             [("가온통신", "ORG"), (("가온통신", 1), "ORG")],
             [("1000원", 1000, "KRW", "money"), ("1500억 원", 1.5e11, "KRW", "money"), ("10%", 10, "%", "percent"),
              ("120곳", 120, "곳", "count"), ("300만 명", 3e6, "명", "count")],
             [("2019년", "2019")]),
        [("metric", "가온통신", "300만 명", "2019")],
    ),
    "another account as the topic of the next sentence: the period the results before were of": (
        Case("가온물산은 2분기 매출이 820억 원으로 늘었다고 8일 밝혔다. 영업이익은 64억 원으로 12% 늘었다.",
             [("가온물산", "ORG")],
             [("820억 원", 82e9, "KRW", "money"), ("64억 원", 64e8, "KRW", "money"), ("12%", 12, "%", "percent")],
             [("2분기", "XXXX-Q2"), ("8일", "XXXX-XX-08")]),
        [("metric", "가온물산", "820억 원", "XXXX-Q2"), ("metric", "가온물산", "64억 원", "XXXX-Q2"),
         ("metric", "가온물산", "12%", "XXXX-Q2")],
    ),
    "a sentence on something else after the results stays undated": (
        Case("가온물산은 2분기 매출이 820억 원으로 늘었다고 8일 밝혔다. 직원은 340명이다.",
             [("가온물산", "ORG")],
             [("820억 원", 82e9, "KRW", "money"), ("340명", 340, "명", "count")],
             [("2분기", "XXXX-Q2"), ("8일", "XXXX-XX-08")]),
        [("metric", "가온물산", "820억 원", "XXXX-Q2"), ("metric", "가온물산", "340명", None)],
    ),
    "같은 기간 with a series of as many figures as the sentence before has dates: each takes its own": (
        Case("가온물산의 매출은 2018년 520억 원에서 2021년 700억 원, 지난해 910억 원으로 늘었다. 같은 기간 수출 비중은 "
             "12%에서 20%, 35%로 높아졌다.",
             [("가온물산", "ORG")],
             [("520억 원", 52e9, "KRW", "money"), ("700억 원", 70e9, "KRW", "money"), ("910억 원", 91e9, "KRW", "money"),
              ("12%", 12, "%", "percent"), ("20%", 20, "%", "percent"), ("35%", 35, "%", "percent")],
             [("2018년", "2018"), ("2021년", "2021"), ("지난해", "2022")]),
        [("metric", "가온물산", "520억 원", "2018"), ("metric", "가온물산", "700억 원", "2021"),
         ("metric", "가온물산", "910억 원", "2022"), ("metric", "가온물산", "12%", "2018"),
         ("metric", "가온물산", "20%", "2021"), ("metric", "가온물산", "35%", "2022")],
    ),
    "a date right before a comparison's base dates the base only, in its sentence and for the next": (
        Case("지난해 말 누리카드 앱의 가입자는 64만 명으로, 2021년 말 30만 명의 2배가 넘는다. 이 가운데 50대 이상이 18%다.",
             [("누리카드", "ORG")],
             [("64만 명", 640000, "명", "count"), ("30만 명", 300000, "명", "count"), ("2배", 2, "배", "ratio"),
              ("18%", 18, "%", "percent")],
             [("지난해 말", "2022", "end"), ("2021년 말", "2021", "end")]),
        [("metric", "누리카드", "64만 명", "2022"), ("metric", "누리카드", "30만 명", "2021"),
         ("metric", "누리카드", "2배", "2022"), ("metric", "누리카드", "18%", "2022")],
    ),
    "같은 기간 within the sentence: the start of the second change takes the first change's start": (
        Case("소담베이커리의 매출은 2020년 310억 원에서 지난해 640억 원으로 늘었고, 영업이익은 같은 기간 12억 원에서 "
             "55억 원으로 늘었다.",
             [("소담베이커리", "ORG")],
             [("310억 원", 31e9, "KRW", "money"), ("640억 원", 64e9, "KRW", "money"),
              ("12억 원", 12e8, "KRW", "money"), ("55억 원", 55e8, "KRW", "money")],
             [("2020년", "2020"), ("지난해", "2022")]),
        [("metric", "소담베이커리", "310억 원", "2020"), ("metric", "소담베이커리", "640억 원", "2022"),
         ("metric", "소담베이커리", "12억 원", "2020"), ("metric", "소담베이커리", "55억 원", "2022")],
    ),
    "a plan referred to (`내놓은 계획은`) or an adverb (`계획대로`) states no plan; `늘린다는 계획` does": (
        Case("한빛랩이 지난해 내놓은 계획은 반발을 샀다. 계획대로 된다면 한빛랩은 흑자를 낸다. 한빛랩은 해외 매장을 늘린다는 계획이다.",
             [("한빛랩", "ORG"), (("한빛랩", 1), "ORG"), (("한빛랩", 2), "ORG")], [], [("지난해", "2022")]),
        [("plan", "한빛랩", None, None)],
    ),
    "in a plan, a value now (`현재 30명인`) and a planned plant's capacity are undated metrics": (
        Case("누리랩은 현재 30명인 직원을 2025년까지 80명으로 늘릴 계획이다. "
             "한산배터리는 2023년 5월 연산 20GWh 규모의 공장을 짓겠다고 발표했다.",
             [("누리랩", "ORG"), ("한산배터리", "ORG")],
             [("30명", 30, "명", "count"), ("80명", 80, "명", "count"), ("20GWh", 20, "GWh", "other")],
             [("2025년까지", "2025", "by"), ("2023년 5월", "2023-05")]),
        [("metric", "누리랩", "30명", None), ("plan", "누리랩", "80명", "2025"),
         ("event", "한산배터리", "founded", "2023-05"), ("metric", "한산배터리", "20GWh", None)],
    ),
    "beside a plan's figures, each joined clause without one is a plan of its own": (
        Case("가온푸드는 2027년까지 충북에 세 번째 공장을 짓고 직원을 500명으로 늘릴 계획이다. "
             "누리소프트는 올해 하반기 일본 법인을 세우고, 2026년까지 매출을 300억 원으로 늘린다는 목표를 세웠다. "
             "한빛바이오는 5000억 원을 들여 송도에 연구소를 지을 계획이다.",
             [("가온푸드", "ORG"), ("충북", "LOCATION"), ("누리소프트", "ORG"), ("일본", "LOCATION"),
              ("한빛바이오", "ORG"), ("송도", "LOCATION")],
             [("500명", 500, "명", "count"), ("300억 원", 3e10, "KRW", "money"), ("5000억 원", 5e11, "KRW", "money")],
             [("2027년까지", "2027", "by"), ("올해 하반기", "2023-H2"), ("2026년까지", "2026", "by")]),
        [("plan", "가온푸드", None, "2027"), ("plan", "가온푸드", "500명", "2027"),
         ("event", "누리소프트", "founded", "2023-H2"), ("plan", "누리소프트", None, "2023-H2"),
         ("plan", "누리소프트", "300억 원", "2026"), ("plan", "한빛바이오", "5000억 원", None)],
    ),
    "a deadline at a year's end (`내년 말까지`) dates each joined clause of a plan, with figures or without": (
        Case("누리택시는 내년 말까지 배차 실패율을 5% 아래로 낮추고, 요금 기준 공개를 법인 택시까지 넓힐 계획이다.",
             [("누리택시", "ORG")], [("5%", 5, "%", "percent")], [("내년", "2024", "end")]),
        [("plan", "누리택시", "5%", "2024"), ("plan", "누리택시", None, "2024")],
    ),
    "now as the base of a multiple (`지금의 두 배인`) leaves a target its date": (
        Case("가온물류는 올해 안에 물류센터 직원을 지금의 두 배인 600명으로 늘릴 계획이다.",
             [("가온물류", "ORG")], [("600명", 600, "명", "count")], [("올해", "2023")]),
        [("plan", "가온물류", "600명", "2023")],
    ),
    "a quoted intention said (`…늘리겠다”고 말했다`) plans its figures; one without a figure is speech": (
        Case("구하린 가람페이 대표는 “2027년까지 동남아 가입자를 300만 명으로 늘리겠다”고 말했다. "
             "구 대표는 “내년에는 흑자로 돌아서겠다”고 말했다.",
             [("구하린", "PERSON"), ("가람페이", "ORG"), ("동남아", "LOCATION"), (("구", 1), "PERSON")],
             [("300만 명", 3e6, "명", "count")], [("2027년까지", "2027", "by"), ("내년", "2024")]),
        [("quote", "구하린", "구하린", None), ("plan", "가람페이", "300만 명", "2027"), ("quote", "구하린", "구하린", None)],
    ),
    "a plan word a subject is the copula's complement of (`가동이 목표다`) states what is aimed at, not under `-라면`": (
        Case("누리스틸은 2024년 12월 앨라배마에 공장을 짓겠다고 발표했다. 2027년 상반기 가동이 목표다. "
             "재고를 줄이는 것이 목표라면 발주를 나눠야 한다.",
             [("누리스틸", "ORG"), ("앨라배마", "LOCATION")], [],
             [("2024년 12월", "2024-12"), ("2027년 상반기", "2027-H1")]),
        [("event", "누리스틸", "founded", "2024-12"), ("plan", "누리스틸", None, "2027-H1")],
    ),
    "the date of a relative clause that built a facility is not its figure's (`1988년에 지은 옛 공장은`)": (
        Case("가람유업이 1988년에 지은 옛 공장은 하루 처리 능력이 120t에 그쳤다.",
             [("가람유업", "ORG")], [("120t", 120, "t", "other")], [("1988년", "1988")]),
        [("event", "가람유업", "founded", "1988"), ("metric", "가람유업", "120t", None)],
    ),
    "a duration that bounds a group or names a measure is no value": (
        Case("취업 플랫폼 가람잡의 집계로는 국내 기업 신입 사원의 입사 1년 내 퇴사율이 평균 16.4%였다. "
             "가람정밀은 경력 5년 이상 생산 기능공에게 월 348만 원을 제시했다.",
             [("가람잡", "PRODUCT"), ("가람정밀", "ORG")],
             [("1년", 1, "년", "duration"), ("16.4%", 16.4, "%", "percent"), ("5년", 5, "년", "duration"),
              ("348만 원", 3.48e6, "KRW", "money")], []),
        [("metric", "국내 기업 신입 사원", "16.4%", None), ("metric", "가람정밀", "348만 원", None)],
    ),
    "the goods a topic measures the trade of are a market-wide group, not the firm before; a period's word is no goods": (
        Case("가람식품은 냉동식품 업체다. 지난해 냉동 떡볶이 수출액은 5200만 달러였다. 월간 수출량은 처음 800t을 넘었다.",
             [("가람식품", "ORG")], [("5200만 달러", 5.2e7, "USD", "money"), ("800t", 800, "t", "other")],
             [("지난해", "2022")]),
        [("metric", "냉동 떡볶이", "5200만 달러", "2022"), ("metric", "가람식품", "800t", None)],
    ),
    "a bare topic after traded goods in its sentence is the next goods of the list; a measure word is none": (
        Case("가람소재는 재활용 업체다. 지난해 재생 황산니켈 수출액은 9200만 달러로 늘었고, 재생 황산코발트는 "
             "3100만 달러로 줄었다.",
             [("가람소재", "ORG")], [("9200만 달러", 9.2e7, "USD", "money"), ("3100만 달러", 3.1e7, "USD", "money")],
             [("지난해", "2022")]),
        [("metric", "재생 황산니켈", "9200만 달러", "2022"), ("metric", "재생 황산코발트", "3100만 달러", "2022")],
    ),
    "traded goods after examples and `등` are the kind the examples are of (`떡볶이 떡 등 떡류`)": (
        Case("가람식품은 냉동식품 업체다. 지난해 떡볶이 떡 등 떡류 수출액은 1억1500만 달러로 늘었다.",
             [("가람식품", "ORG")], [("1억1500만 달러", 1.15e8, "USD", "money")], [("지난해", "2022")]),
        [("metric", "떡류", "1억1500만 달러", "2022")],
    ),
    "people counted in a relative clause (`셋이 모은`) are no owner of its figure; the company is": (
        Case("가람비전은 2020년 3월 대학원 동기 셋이 세운 회사다. 창업 자금은 셋이 모은 1억2000만 원이었다.",
             [("가람비전", "ORG")], [("1억2000만 원", 1.2e8, "KRW", "money")], [("2020년 3월", "2020-03")]),
        [("event", "가람비전", "founded", "2020-03"), ("metric", "가람비전", "1억2000만 원", "2020-03")],
    ),
    "the whole a part is taken from (`매출 120억 원 가운데`) is a value of its own": (
        Case("누리랩의 지난해 매출 120억 원 가운데 해외 매출이 30%를 차지했다.",
             [("누리랩", "ORG")], [("120억 원", 1.2e10, "KRW", "money"), ("30%", 30, "%", "percent")],
             [("지난해", "2022")]),
        [("metric", "누리랩", "120억 원", "2022"), ("metric", "누리랩", "30%", "2022")],
    ),
    "`지금` inside a name (`지금마켓`) is no word for now": (
        Case("세온물류는 2021년 4월 스타트업 지금마켓과 손잡고 거점 6곳을 열었다.",
             [("세온물류", "ORG"), ("지금마켓", "ORG")], [("6곳", 6, "곳", "count")], [("2021년 4월", "2021-04")]),
        [("event", "세온물류", "partnered", "2021-04"), ("event", "세온물류", "founded", "2021-04"),
         ("metric", "세온물류", "6곳", "2021-04")],
    ),
    "a date of no year (`매년 5월`) is a recurrence and dates no figure; a decade does": (
        Case("가온제과는 매년 5월 축제를 열어 연간 80만 명의 방문객을 모은다. 가온제과는 1990년대 과자를 연간 2억 개 팔았다.",
             [("가온제과", "ORG"), (("가온제과", 1), "ORG")],
             [("80만 명", 8e5, "명", "count"), ("2억 개", 2e8, "개", "count")],
             [("매년 5월", "XXXX-05"), ("1990년대", "199X")]),
        [("metric", "가온제과", "80만 명", None), ("metric", "가온제과", "2억 개", "199X")],
    ),
    "a noun glued to an event noun is what it acts on (`기술수출`: a technology licensed out)": (
        Case("누리바이오는 2022년 5월 미국 한빛파마에 후보물질 2종을 기술수출했다.",
             [("누리바이오", "ORG"), ("미국", "LOCATION"), ("한빛파마", "ORG")], [("2종", 2, "종", "count")],
             [("2022년 5월", "2022-05")]),
        [("event", "누리바이오", "partnered", "2022-05"), ("metric", "누리바이오", "2종", "2022-05")],
    ),
    "a joint venture (`…와 합작법인`) or an act with a glossed partner (`…(HU)와 함께`) is a partnership too": (
        Case("가온배터리는 2022년 3월 한빛모터스(HBM)와 합작법인 가온셀을 설립했다. 누리랩은 2023년 한빛대(HU)와 함께 연구소를 세웠다.",
             [("가온배터리", "ORG"), ("한빛모터스", "ORG"), ("HBM", "ORG", "한빛모터스"), ("가온셀", "ORG"),
              ("누리랩", "ORG"), ("한빛대", "ORG"), ("HU", "ORG", "한빛대")],
             [], [("2022년 3월", "2022-03"), ("2023년", "2023")]),
        [("event", "가온배터리", "founded", "2022-03"), ("event", "가온배터리", "partnered", "2022-03"),
         ("event", "누리랩", "founded", "2023"), ("event", "누리랩", "partnered", "2023")],
    ),
    "a deal is dated by its signing, not by the start of its term (`2025년부터`)": (
        Case("한산소재는 2023년 8월 유럽 완성차 업체와 2025년부터 5년간 공급 계약을 맺었다.",
             [("한산소재", "ORG"), ("유럽", "LOCATION")], [],
             [("2023년 8월", "2023-08"), ("2025년부터", "2025", "since")]),
        [("event", "한산소재", "partnered", "2023-08")],
    ),
    "a deal is dated by its signing, not by the span it is for (`2027∼2032년 … 공급하는`)": (
        Case("가온소재는 2025년 3월 독일 셀 업체와 2027∼2032년 음극재를 공급하는 계약을 맺었다.",
             [("가온소재", "ORG"), ("독일", "LOCATION")], [],
             [("2025년 3월", "2025-03"), ("2027∼2032년", "2027/2032")]),
        [("event", "가온소재", "partnered", "2025-03")],
    ),
    "an event is dated by its act, not by the deadline of a target beside it (`2030년까지`)": (
        Case("한빛식품은 2019년 2030년까지 포장재를 절반으로 줄이겠다는 목표를 내걸고 ‘그린팩’ 프로젝트를 출범시켰다.",
             [("한빛식품", "ORG"), ("그린팩", "PRODUCT")], [],
             [("2019년", "2019"), ("2030년까지", "2030", "by")]),
        [("event", "한빛식품", "founded", "2019"), ("plan", "한빛식품", None, "2030")],
    ),
    "a product a relative clause brings out (`2022년 내놓은 ‘누리 앰플’은`) is launched by its maker": (
        Case("누리화장품은 방송 중 질문을 분석한다. 2022년 내놓은 ‘누리 앰플’은 인기를 끌었다.",
             [("누리화장품", "ORG"), ("누리 앰플", "PRODUCT")], [], [("2022년", "2022")]),
        [("event", "누리화장품", "launched", "2022")],
    ),
    "a bound noun after a relative clause (`들이는 데`) is no object of its verb": (
        Case("한빛정밀은 올해 6월 측정 시스템을 들이는 데 7억 원을 썼다.",
             [("한빛정밀", "ORG")], [("7억 원", 7e8, "KRW", "money")], [("올해 6월", "2024-06")]),
        [("metric", "한빛정밀", "7억 원", "2024-06")],
    ),
    "founders the text counts or describes by origin leave the founding to the company founded": (
        Case("누리게임즈는 2014년 서울대 동문 4명이 세운 회사다. 한빛소프트 출신 개발자들이 2016년 세운 별빛게임즈는 "
             "빠르게 컸다. 애플 엔지니어 출신 리웨이가 2015년 9월 세운 핀핀마켓은 빠르게 컸다.",
             [("누리게임즈", "ORG"), ("서울대", "ORG"), ("한빛소프트", "ORG"), ("별빛게임즈", "ORG"), ("애플", "ORG"),
              ("리웨이", "PERSON"), ("핀핀마켓", "ORG")],
             [("4명", 4, "명", "count")],
             [("2014년", "2014"), ("2016년", "2016"), ("2015년 9월", "2015-09")]),
        [("event", "누리게임즈", "founded", "2014"), ("event", "별빛게임즈", "founded", "2016"),
         ("event", "리웨이", "founded", "2015-09")],
    ),
    "the year of an age (`올해 41세인`) dates no event": (
        Case("올해 41세인 도하람 대표는 한빛전자에서 일하다 공장을 세웠다.",
             [("도하람", "PERSON"), ("한빛전자", "ORG")], [("41세", 41, "세", "other")], [("올해", "2024")]),
        [],
    ),
    "an event's figures are its organiser's, the organisation last named": (
        Case("한빛유통은 매년 11월 할인 행사 ‘한빛데이’를 연다. 지난해 한빛데이 거래액은 300억 원이었다.",
             [("한빛유통", "ORG"), ("한빛데이", "EVENT"), (("한빛데이", 1), "EVENT")],
             [("300억 원", 3e10, "KRW", "money")], [("지난해", "2022")]),
        [("metric", "한빛유통", "300억 원", "2022")],
    ),
    "a chief officer's title (`최고재무책임자(CFO)`) ties the person to the organisation": (
        Case("가온바이오는 한빛벤처스와 손잡았다. 박서진 가온바이오 최고재무책임자(CFO)는 2025년까지 매출을 500억 원으로 늘릴 계획이다.",
             [("가온바이오", "ORG"), ("한빛벤처스", "ORG"), ("박서진", "PERSON"), (("가온바이오", 1), "ORG")],
             [("500억 원", 5e10, "KRW", "money")], [("2025년까지", "2025", "by")]),
        [("plan", "가온바이오", "500억 원", "2025")],
    ),
    "a plan told at an event, or of a product, is the organisation's last named": (
        Case("누리모터스는 전기차 전환을 서둘렀다. 같은 해 열린 ‘모빌리티 데이’에서는 2030년까지 공장 4곳을 갖추겠다고 밝혔다.",
             [("누리모터스", "ORG"), ("모빌리티 데이", "EVENT")], [("4곳", 4, "곳", "count")], [("2030년까지", "2030", "by")]),
        [("plan", "누리모터스", "4곳", "2030")],
    ),
    "a person's figure is their organisation's; a person tied to none measures nothing": (
        Case("직장인 이수현 씨는 지난달 카드론 700만 원을 갈아탔다. 한빛랩 윤도경 대표는 직원을 40명으로 늘렸다.",
             [("이수현", "PERSON"), ("한빛랩", "ORG"), ("윤도경", "PERSON")],
             [("700만 원", 7e6, "KRW", "money"), ("40명", 40, "명", "count")]),
        [("metric", "한빛랩", "40명", None)],
    ),
    "a quote attributed in a sentence tied to the one before (`당시 이사회에서`) takes its date": (
        Case("누리패션은 2019년 아울렛 매장을 모두 닫았다. 한서윤 대표는 당시 이사회에서 “할인은 브랜드를 깎는다”고 말했다. "
             "한서윤 대표는 “고객은 가죽을 만져 본다”고 말했다.",
             [("누리패션", "ORG"), ("한서윤", "PERSON"), (("한서윤", 1), "PERSON")], [], [("2019년", "2019")]),
        [("quote", "한서윤", "한서윤", "2019"), ("quote", "한서윤", "한서윤", None)],
    ),
    "a sentence opening with a tie (`당시`) dates its figures before its own first date": (
        Case("한빛전자는 2015년 3월 상장했다. 당시 한빛전자의 시가총액은 2000억 원이었지만 2022년 1조 원을 넘어섰다. "
             "한빛전자의 매출은 상장 당시 300억 원에서 2022년 900억 원으로 늘었다.",
             [("한빛전자", "ORG"), (("한빛전자", 1), "ORG"), (("한빛전자", 2), "ORG")],
             [("2000억 원", 2e11, "KRW", "money"), ("1조 원", 1e12, "KRW", "money"),
              ("300억 원", 3e10, "KRW", "money"), ("900억 원", 9e10, "KRW", "money")],
             [("2015년 3월", "2015-03"), ("2022년", "2022"), (("2022년", 1), "2022")]),
        [("metric", "한빛전자", "2000억 원", "2015-03"), ("metric", "한빛전자", "1조 원", "2022"),
         ("metric", "한빛전자", "300억 원", None), ("metric", "한빛전자", "900억 원", "2022")],
    ),
    "a figure of now, or of what came after, a dated event is undated; `2023년 현재` is the date's own": (
        Case("모아펫은 2022년 5월 고양이용 밴드를 내놨는데, 현재 사용자 가운데 고양이 보호자 비중은 30%다. "
             "모아펫은 2021년 구독을 시작한 뒤 지금까지 가입자 4만 명을 모았다. 모아펫의 직원은 2023년 현재 80명이다. "
             "모아펫은 2020년 자동 포장 설비를 들인 뒤 불량률이 3%에서 1%로 떨어졌다.",
             [("모아펫", "ORG"), (("모아펫", 1), "ORG"), (("모아펫", 2), "ORG"), (("모아펫", 3), "ORG")],
             [("30%", 30, "%", "percent"), ("4만 명", 4e4, "명", "count"), ("80명", 80, "명", "count"),
              ("3%", 3, "%", "percent"), ("1%", 1, "%", "percent")],
             [("2022년 5월", "2022-05"), ("2021년", "2021"), ("2023년", "2023"), ("2020년", "2020")]),
        [("metric", "모아펫", "30%", None), ("metric", "모아펫", "4만 명", None), ("metric", "모아펫", "80명", "2023"),
         ("metric", "모아펫", "3%", None), ("metric", "모아펫", "1%", None)],
    ),
    "a change from a dated start to now leaves its end undated; in a change within a year only the end is dated": (
        Case("한빛제약의 직원 수는 2019년 480명에서 현재 620명으로 불어났다. 한빛제약은 2021년 메뉴를 60종에서 24종으로 줄였다.",
             [("한빛제약", "ORG"), (("한빛제약", 1), "ORG")],
             [("480명", 480, "명", "count"), ("620명", 620, "명", "count"), ("60종", 60, "종", "count"),
              ("24종", 24, "종", "count")],
             [("2019년", "2019"), ("2021년", "2021")]),
        [("metric", "한빛제약", "480명", "2019"), ("metric", "한빛제약", "620명", None),
         ("metric", "한빛제약", "60종", None), ("metric", "한빛제약", "24종", "2021")],
    ),
    "a gloss's date is not the figure's, nor the next sentence's; the fiscal year before it is": (
        Case("한결식품의 2023회계연도(2023년 4월∼2024년 3월) 매출은 182억 엔으로 전년 대비 8% 늘었다. "
             "같은 기간 영업이익률은 9%였다.",
             [("한결식품", "ORG")],
             [("182억 엔", 182e8, "JPY", "money"), ("8%", 8, "%", "percent"), ("9%", 9, "%", "percent")],
             [("2023회계연도", "2023"), ("2023년 4월∼2024년 3월", "2023-04")]),
        [("metric", "한결식품", "182억 엔", "2023"), ("metric", "한결식품", "8%", "2023"),
         ("metric", "한결식품", "9%", "2023")],
    ),
    "a date in a relative clause about an actor does not date the figures after it": (
        Case("2016년 문을 연 한울제약 오송공장에는 직원 420명이 일한다. 2024년 2분기 매출도 11% 늘어난 47억 원을 기록했다.",
             [("한울제약 오송공장", "ORG")],
             [("420명", 420, "명", "count"), ("11%", 11, "%", "percent"), ("47억 원", 47e8, "KRW", "money")],
             [("2016년", "2016"), ("2024년 2분기", "2024-Q2")]),
        [("event", "한울제약 오송공장", "founded", "2016"), ("metric", "한울제약 오송공장", "420명", None),
         ("metric", "한울제약 오송공장", "11%", "2024-Q2"),
         ("metric", "한울제약 오송공장", "47억 원", "2024-Q2")],
    ),
    "an answer's market reaches a part of it, not the speaker's own figures after it": (
        Case("Q. 경쟁은 어떻습니까?\n\n국내 산업용 포장재 시장은 지난해 8000억 원 규모로 추산되는데, 이 가운데 "
             "식품용은 30% 정도입니다. 그래서 연구개발에 지난해 매출의 5.1%인 21억 원을 썼습니다.",
             [], [("8000억 원", 8e11, "KRW", "money"), ("30%", 30, "%", "percent"), ("5.1%", 5.1, "%", "percent"),
                  ("21억 원", 2.1e9, "KRW", "money")],
             [("지난해", "2022"), (("지난해", 1), "2022")], interviewee=("하도윤", "누리패키지")),
        [("metric", "국내 산업용 포장재 시장", "8000억 원", "2022"), ("metric", "국내 산업용 포장재 시장", "30%", "2022"),
         ("metric", "누리패키지", "5.1%", "2022"), ("metric", "누리패키지", "21억 원", "2022")],
    ),
    "an interview answer's plan that names no organisation of its own is the interviewee's company's": (
        Case("Q. 해외 진출은 어떻게 하고 있습니까?\n\n저희는 지난해 일본 오사카에 로봇 80대를 팔았습니다. 오사카에서는 "
             "재구매율이 40%에 이릅니다. 도쿄는 내년 상반기에 영업 사무소를 낼 계획입니다.",
             [("일본", "LOCATION"), ("오사카", "LOCATION"), (("오사카", 1), "LOCATION"), ("도쿄", "LOCATION")],
             [("80대", 80, "대", "count"), ("40%", 40, "%", "percent")],
             [("지난해", "2022"), ("내년 상반기", "2024-H1")], interviewee=("하도윤", "누리로보틱스")),
        [("metric", "누리로보틱스", "80대", "2022"), ("metric", "오사카", "40%", None),
         ("plan", "누리로보틱스", None, "2024-H1")],
    ),
    "an interview answer's first person before a measure of a market is the interviewee's company, no market": (
        Case("Q. 시장에서 위치는 어떻습니까?\n\nA. 지난해 저희 국내 점유율은 11%로 4위였습니다.", [],
             [("11%", 11, "%", "percent"), ("4위", 4, "위", "rank")], [("지난해", "2022")],
             interviewee=("하도윤", "누리로보틱스")),
        [("metric", "누리로보틱스", "11%", "2022"), ("metric", "누리로보틱스", "4위", "2022")],
    ),
    "in an interview with a group's local unit, `본사` is the group and `한국 법인` the unit": (
        Case("Q. 누리기계 본사와는 어떤 관계입니까?\n\nA. 본사는 지난해 로봇 3만 대를 만들었습니다. "
             "지난해 한국 법인 매출은 12% 늘었습니다.",
             [("누리기계", "ORG"), ("한국", "LOCATION")],
             [("3만 대", 30000, "대", "count"), ("12%", 12, "%", "percent")],
             [("지난해", "2022"), (("지난해", 1), "2022")], interviewee=("한도윤", "누리기계코리아")),
        [("metric", "누리기계", "3만 대", "2022"), ("metric", "누리기계코리아", "12%", "2022")],
    ),
    "a plan's figure with no date before it takes the date the plan sets after it": (
        Case("누리전자는 600억 원을 들여 베트남 하노이에 부품 공장을 지어 2027년 상반기부터 가동할 계획이다. "
             "누리전자는 나머지 지분 30%도 2029년까지 모두 사들일 계획이다.",
             [("누리전자", "ORG"), ("베트남", "LOCATION"), ("하노이", "LOCATION"), (("누리전자", 1), "ORG")],
             [("600억 원", 6e10, "KRW", "money"), ("30%", 30, "%", "percent")],
             [("2027년 상반기부터", "2027-H1", "since"), ("2029년까지", "2029", "by")]),
        [("plan", "누리전자", "600억 원", "2027-H1"), ("plan", "누리전자", "30%", "2029")],
    ),
    "an act that is the means of a plan a quoted adnominal names is planned; one listed with -고 is done": (
        Case("가람물산은 2030년까지 베트남 공장에 5000억 원을 투자해 생산 능력을 2배로 늘린다는 계획을 내놨다. "
             "누리유통은 올해 3월 가온그룹과 합작법인을 세우고, 2030년까지 매장을 300곳으로 늘린다는 목표를 세웠다.",
             [("가람물산", "ORG"), ("베트남", "LOCATION"), ("누리유통", "ORG"), ("가온그룹", "ORG")],
             [("5000억 원", 5e11, "KRW", "money"), ("2배", 2, "배", "ratio"), ("300곳", 300, "곳", "count")],
             [("2030년까지", "2030", "by"), ("올해 3월", "2023-03"), (("2030년까지", 1), "2030", "by")]),
        [("plan", "가람물산", "5000억 원", "2030"), ("plan", "가람물산", "2배", "2030"),
         ("event", "누리유통", "founded", "2023-03"), ("event", "누리유통", "partnered", "2023-03"),
         ("plan", "누리유통", None, "2023-03"), ("plan", "누리유통", "300곳", "2030")],
    ),
    "a round's lead and the investor joining it both invest; money raised with 모으다 too; the raiser is no investor": (
        Case("누리핏은 2022년 5월 가온벤처스가 주도하고 한빛은행이 참여한 시리즈A에서 40억 원을 유치했다. "
             "누리핏은 2024년 2월 새봄파트너스가 이끈 시리즈B에서 120억 원을 모았다.",
             [("누리핏", "ORG"), ("가온벤처스", "ORG"), ("한빛은행", "ORG"), (("누리핏", 1), "ORG"), ("새봄파트너스", "ORG")],
             [("40억 원", 4e9, "KRW", "money"), ("120억 원", 1.2e10, "KRW", "money")],
             [("2022년 5월", "2022-05"), ("2024년 2월", "2024-02")]),
        [("event", "가온벤처스", "invested", "2022-05"), ("event", "한빛은행", "invested", "2022-05"),
         ("metric", "누리핏", "40억 원", "2022-05"), ("event", "새봄파트너스", "invested", "2024-02"),
         ("metric", "누리핏", "120억 원", "2024-02")],
    ),
    "an event noun named again dates a sentence by the event of its kind before it; not a founder, nor a time past": (
        Case("가온식품은 2023년 10월 경쟁사 누리푸드를 450억 원에 흡수합병했다. 합병 과정에서 겹치는 매장 30여 곳이 문을 닫았다. "
             "한빛소프트는 2019년 3월 서울 마포구에서 설립됐다. 창업 자금은 2억 원이었다. 나머지 지분 20%는 창업자인 한도윤 "
             "대표가 갖고 있다. 한빛소프트는 2021년 5월 앱 ‘한빛노트’를 출시했다. 한빛노트는 출시 두 달 만에 앱스토어 1위에 올랐다.",
             [("가온식품", "ORG"), ("누리푸드", "ORG"), ("한빛소프트", "ORG"), ("한도윤", "PERSON"), (("한빛소프트", 1), "ORG"),
              ("한빛노트", "PRODUCT"), (("한빛노트", 1), "PRODUCT")],
             [("450억 원", 4.5e10, "KRW", "money"), ("30여 곳", 30, "곳", "count", "approx"), ("2억 원", 2e8, "KRW", "money"),
              ("20%", 20, "%", "percent"), ("1위", 1, "위", "rank")],
             [("2023년 10월", "2023-10"), ("2019년 3월", "2019-03"), ("2021년 5월", "2021-05")]),
        [("event", "가온식품", "merged", "2023-10"), ("metric", "가온식품", "30여 곳", "2023-10"), ("event", "한빛소프트", "founded", "2019-03"),
         ("metric", "한빛소프트", "2억 원", "2019-03"), ("metric", "한도윤", "20%", None),
         ("event", "한빛소프트", "launched", "2021-05"), ("metric", "한빛노트", "1위", None)],
    ),
    "a set of firms a source counted up owns its sums, its count kept and no claim of its own (gold guide)": (
        Case("누리증권이 집계한 국내 제약 상장사 31곳의 3분기 영업이익 합계는 2150억 원으로 1년 전보다 12.4% 늘었다. "
             "한빛데이터가 집계한 상장 조선사 9곳의 수주액 합계는 41억 달러였다.",
             [("누리증권", "ORG"), ("한빛데이터", "ORG")],
             [("31곳", 31, "곳", "count"), ("2150억 원", 2.15e11, "KRW", "money"), ("12.4%", 12.4, "%", "percent"),
              ("9곳", 9, "곳", "count"), ("41억 달러", 4.1e9, "USD", "money")], [("3분기", "2023-Q3")]),
        [("metric", "국내 제약 상장사 31곳", "2150억 원", "2023-Q3"), ("metric", "국내 제약 상장사 31곳", "12.4%", "2023-Q3"),
         ("metric", "상장 조선사 9곳", "41억 달러", None)],
    ),
    "a set of firms common nouns name owns its sums with its count; a rate over it leaves the count out": (
        Case("금융당국에 따르면 국내 저축은행 12곳의 예금 잔액은 지난해 말 18조 원으로 1년 전보다 4% 줄었다. "
             "국내 저축은행 12곳의 평균 연체율은 5.1%였다. 상위 3개사의 점유율 합계는 41%였다.",
             [("금융당국", "ORG")],
             [("12곳", 12, "곳", "count"), ("18조 원", 1.8e13, "KRW", "money"), ("4%", 4, "%", "percent"),
              (("12곳", 1), 12, "곳", "count"), ("5.1%", 5.1, "%", "percent"), ("3개사", 3, "개사", "count"),
              ("41%", 41, "%", "percent")], [("지난해 말", "2022-12")]),
        [("metric", "국내 저축은행 12곳", "18조 원", "2022-12"), ("metric", "국내 저축은행 12곳", "4%", "2022-12"),
         ("metric", "국내 저축은행", "5.1%", None), ("metric", "상위 3개사", "41%", None)],
    ),
    "`이 가운데` is a part of the figure before, the same owner's, not the place its measure named": (
        Case("2분기 가온제약의 유럽 매출은 410억 원으로 전체의 31%를 차지했다. 이 가운데 독일 매출이 180억 원으로 1년 전보다 12% 늘었다.",
             [("가온제약", "ORG"), ("유럽", "LOCATION"), ("독일", "LOCATION")],
             [("410억 원", 4.1e10, "KRW", "money"), ("31%", 31, "%", "percent"), ("180억 원", 1.8e10, "KRW", "money"),
              ("12%", 12, "%", "percent")], [("2분기", "2023-Q2")]),
        [("metric", "가온제약", "410억 원", "2023-Q2"), ("metric", "가온제약", "31%", "2023-Q2"),
         ("metric", "가온제약", "180억 원", "2023-Q2"), ("metric", "가온제약", "12%", "2023-Q2")],
    ),
    "a measure that passes a figure (`5년을 넘었다`) acts on nothing: it names no actor of its own": (
        Case("국내 중고 가전 구매자 1000명에게 물었다. 이들이 이전 제품을 쓴 기간은 평균 62개월로 5년을 조금 넘었다.", [],
             [("1000명", 1000, "명", "count"), ("62개월", 62, "개월", "duration"), ("5년", 5, "년", "duration")]),
        [],
    ),
    "an age band is written as it is, not with the words before another mention of it": (
        Case("국내 소비자 1000명에게 구독 서비스 이용을 물었다. 구독 서비스를 쓰는 비율은 평균 41%였다. "
             "그러나 20∼30대는 달랐다. 20∼30대의 구독 비율은 54.6%로 가장 높았다.", [],
             [("1000명", 1000, "명", "count"), ("41%", 41, "%", "percent"), ("54.6%", 54.6, "%", "percent")]),
        [("metric", "20∼30대", "54.6%", None)],
    ),
    "a timeline row's actor is the row's only: the next row without one is the article's company's; a row that "
    "ends in its event noun and amount is that event (the investor's investment, its amount no metric)": (
        Case("가온푸드는 2015년 서울에서 세워졌다. 가온푸드의 지난해 매출은 120억 원이었다.\n\n[연표] 가온푸드가 걸어온 길\n"
             "2016년 5월 누리벤처스, 시드 투자 3억 원\n2018년 2월 구독 서비스 ‘가온박스’ 출시\n",
             [("가온푸드", "ORG"), (("가온푸드", 1), "ORG"), (("가온푸드", 2), "ORG"), ("누리벤처스", "ORG"),
              ("가온박스", "PRODUCT")],
             [("120억 원", 1.2e10, "KRW", "money"), ("3억 원", 3e8, "KRW", "money")],
             [("2015년", "2015"), ("지난해", "2022"), ("2016년 5월", "2016-05"), ("2018년 2월", "2018-02")]),
        [("metric", "가온푸드", "120억 원", "2022"), ("event", "누리벤처스", "invested", "2016-05"),
         ("event", "가온푸드", "launched", "2018-02")],
    ),
    "a date a comma sets apart dates the sentence, not the relative clause after it": (
        Case("지난해 9월 12일, 파리에 본사를 둔 뷰티 그룹 메종로즈는 하늘결의 지분 60%를 1860억 원에 인수했다.",
             [("파리", "LOCATION"), ("메종로즈", "ORG"), ("하늘결", "ORG")],
             [("60%", 60, "%", "percent"), ("1860억 원", 1.86e11, "KRW", "money")], [("지난해 9월 12일", "2022-09-12")]),
        [("event", "메종로즈", "acquired", "2022-09-12"), ("metric", "메종로즈", "60%", "2022-09-12")],
    ),
    "a product's launch in a relative clause dates the product's figures": (
        Case("2021년 출시한 게임 ‘별빛 기사’는 누적 다운로드 500만 건을 기록했다.",
             [("별빛 기사", "PRODUCT")], [("500만 건", 5e6, "건", "count")], [("2021년", "2021")]),
        [("event", "별빛 기사", "launched", "2021"), ("metric", "별빛 기사", "500만 건", "2021")],
    ),
    "a paragraph with no actor of its own speaks of the company the article is about": (
        Case("미래제과는 삿포로의 제과업체다. 미래제과는 1950년 문을 열었다. 미래제과는 공장을 관광지로 만들었다.\n\n"
             "결정의 대가는 컸다. 매장을 닫은 2009년 매출은 61억 엔에 그쳤다.",
             [("미래제과", "ORG"), (("미래제과", 1), "ORG"), (("미래제과", 2), "ORG"), ("삿포로", "LOCATION")],
             [("61억 엔", 61e8, "JPY", "money")], [("2009년", "2009")]),
        [("metric", "미래제과", "61억 엔", "2009")],
    ),
    "a university, home of a study's researchers, is no company the article is about": (
        Case("누리대는 독일의 대학이다. 누리대는 1950년 문을 열었다. 누리대 연구진은 실험을 했다.\n\n"
             "평균 이직률은 20.2%였다.",
             [("누리대", "ORG"), (("누리대", 1), "ORG"), (("누리대", 2), "ORG")],
             [("20.2%", 20.2, "%", "percent")], []),
        [],
    ),
    "a titled person named with no organisation heads the company the article is about": (
        Case("세운물류는 그룹의 물류 자회사다. 세운물류는 외부 화주를 찾았다. 세운물류는 센터를 바꿨다.\n\n"
             "오민준 대표는 2020년 6월 영업 인력 35명으로 외부영업본부를 만들었다.",
             [("세운물류", "ORG"), (("세운물류", 1), "ORG"), (("세운물류", 2), "ORG"), ("오민준", "PERSON")],
             [("35명", 35, "명", "count")], [("2020년 6월", "2020-06")]),
        [("metric", "세운물류", "35명", "2020-06")],
    ),
    "a contract or an agreement signed is a partnership": (
        Case("나래바이오는 2022년 5월 미국 제약사 헬릭스파마와 기술이전 계약을 맺었다.",
             [("나래바이오", "ORG"), ("헬릭스파마", "ORG")], [], [("2022년 5월", "2022-05")]),
        [("event", "나래바이오", "partnered", "2022-05")],
    ),
    "a sentence naming the deal before it again takes the deal's date": (
        Case("나래바이오는 2022년 5월 헬릭스파마와 기술이전 계약을 맺었다. 계약금은 3000만 달러다.",
             [("나래바이오", "ORG"), ("헬릭스파마", "ORG")], [("3000만 달러", 3e7, "USD", "money")],
             [("2022년 5월", "2022-05")]),
        [("event", "나래바이오", "partnered", "2022-05"), ("metric", "나래바이오", "3000만 달러", "2022-05")],
    ),
    "a sentence naming an occasion before it again takes the occasion's date": (
        Case("바람랩의 실험은 2021년 3월 시드 라운드로 이어졌다. 누리벤처스가 이 라운드에 20억 원을 투자했다. "
             "이 회사의 운용 자산은 3000억 원이다.",
             [("바람랩", "ORG"), ("누리벤처스", "ORG")],
             [("20억 원", 2e9, "KRW", "money"), ("3000억 원", 3e11, "KRW", "money")], [("2021년 3월", "2021-03")]),
        [("event", "누리벤처스", "invested", "2021-03"), ("metric", "누리벤처스", "3000억 원", None)],
    ),
    "a group a sentence cites a source for is the actor after it, not the source": (
        Case("보험연구원은 지난달 보험사 경영 통계를 내놓았다. 이에 따르면 국내 생명보험사들의 순이익은 2조1500억 원이었다. "
             "같은 기간 보험손익은 9800억 원으로 줄었다.",
             [("보험연구원", "ORG")],
             [("2조1500억 원", 2.15e12, "KRW", "money"), ("9800억 원", 9.8e11, "KRW", "money")], []),
        [("metric", "국내 생명보험사", "2조1500억 원", None), ("metric", "국내 생명보험사", "9800억 원", None)],
    ),
    "a deal's stakes told in the past tense take the deal's date": (
        Case("가온식품은 2021년 3월 태국 시암푸드와 합작법인을 세우고 200억 원을 투자했다. "
             "지분은 가온식품이 55%, 시암푸드가 45%를 나눠 가졌다.",
             [("가온식품", "ORG"), ("시암푸드", "ORG"), (("가온식품", 1), "ORG"), (("시암푸드", 1), "ORG")],
             [("200억 원", 2e10, "KRW", "money"), ("55%", 55, "%", "percent"), ("45%", 45, "%", "percent")],
             [("2021년 3월", "2021-03")]),
        [("event", "가온식품", "founded", "2021-03"), ("event", "가온식품", "partnered", "2021-03"),
         ("event", "가온식품", "invested", "2021-03"), ("metric", "가온식품", "55%", "2021-03"),
         ("metric", "시암푸드", "45%", "2021-03")],
    ),
    "stakes held now are no term of the deal before": (
        Case("가온식품은 2021년 3월 태국 시암푸드와 합작법인을 세우고 200억 원을 투자했다. "
             "지분은 가온식품이 55%, 시암푸드가 45%를 갖고 있다.",
             [("가온식품", "ORG"), ("시암푸드", "ORG"), (("가온식품", 1), "ORG"), (("시암푸드", 1), "ORG")],
             [("200억 원", 2e10, "KRW", "money"), ("55%", 55, "%", "percent"), ("45%", 45, "%", "percent")],
             [("2021년 3월", "2021-03")]),
        [("event", "가온식품", "founded", "2021-03"), ("event", "가온식품", "partnered", "2021-03"),
         ("event", "가온식품", "invested", "2021-03"), ("metric", "가온식품", "55%", None),
         ("metric", "시암푸드", "45%", None)],
    ),
    "a sentence naming an experiment or a survey before it again takes its date": (
        Case("한울대 연구진은 2022년 5월 편의점 체인 누리마트 매장 30곳에서 가격 표시 실험을 했다. "
             "이 실험에서 누리마트의 과자 판매량은 6.1% 늘었다. 연구진은 2023년 9월 점주 400명에게 설문도 했다. "
             "이 설문에서 누리마트 점주의 62%는 표시를 바꿨다고 답했다.",
             [("한울대", "ORG"), ("누리마트", "ORG"), (("누리마트", 1), "ORG"), (("누리마트", 2), "ORG")],
             [("6.1%", 6.1, "%", "percent"), ("62%", 62, "%", "percent")],
             [("2022년 5월", "2022-05"), ("2023년 9월", "2023-09")]),
        [("metric", "누리마트", "6.1%", "2022-05"), ("metric", "누리마트 점주", "62%", "2023-09")],
    ),
    "a listing or a tender offer named again is an occasion whose date the sentence takes": (
        Case("새온전자는 2022년 7월 코스닥시장에 상장했다. 이 상장에서 새온전자는 480억 원을 모았다. "
             "한결홀딩스는 2023년 4월 누리화학 주식 공개매수에 나섰다. 이 공개매수에 한결홀딩스는 900억 원을 썼다.",
             [("새온전자", "ORG"), (("새온전자", 1), "ORG"), ("한결홀딩스", "ORG"), ("누리화학", "ORG"),
              (("한결홀딩스", 1), "ORG")],
             [("480억 원", 4.8e10, "KRW", "money"), ("900억 원", 9e10, "KRW", "money")],
             [("2022년 7월", "2022-07"), ("2023년 4월", "2023-04")]),
        [("metric", "새온전자", "480억 원", "2022-07"), ("metric", "한결홀딩스", "900억 원", "2023-04")],
    ),
    "a sentence naming a time of its own that no issue date resolves takes no date of the sentence before": (
        Case("가람식품은 상장일인 8월 16일 공모가보다 40% 오른 2만800원에 장을 마쳤다. 다만 이후 주가가 내리막을 "
             "탔다. 가람식품의 지난해 매출은 2310억 원으로, 이 가운데 수출이 28%를 차지했다.",
             [("가람식품", "ORG"), (("가람식품", 1), "ORG")],
             [("40%", 40, "%", "percent"), ("2만800원", 20800, "KRW", "money"), ("2310억 원", 2.31e11, "KRW", "money"),
              ("28%", 28, "%", "percent")],
             [("8월 16일", "XXXX-08-16")], issue_date=None),
        [("metric", "가람식품", "40%", "XXXX-08-16"), ("metric", "가람식품", "2만800원", "XXXX-08-16"),
         ("metric", "가람식품", "2310억 원", None), ("metric", "가람식품", "28%", None)],
    ),
    "a change told after a tie to one date takes the date at its end only": (
        Case("한결홀딩스는 2023년 4월 누리화학 주식 공개매수에 나섰다. "
             "이 공개매수로 한결홀딩스의 누리화학 지분율은 12.4%에서 41.7%로 높아졌다.",
             [("한결홀딩스", "ORG"), ("누리화학", "ORG"), (("한결홀딩스", 1), "ORG"), (("누리화학", 1), "ORG")],
             [("12.4%", 12.4, "%", "percent"), ("41.7%", 41.7, "%", "percent")], [("2023년 4월", "2023-04")]),
        [("metric", "한결홀딩스", "12.4%", None), ("metric", "한결홀딩스", "41.7%", "2023-04")],
    ),
    "what comes before 이후 in a topic only dates it: the owner is after it": (
        Case("2020년 미국의 금리 인상 이후 한국의 수출은 8% 줄었다.",
             [("미국", "LOCATION"), ("한국", "LOCATION")], [("8%", 8, "%", "percent")], [("2020년", "2020")]),
        [("metric", "한국", "8%", "2020")],
    ),
    "a deal noun with its gloss between it and the light verb is the deal": (
        Case("보람화학은 2022년 8월 서해풍력과 전력구매계약(PPA)을 맺었다.",
             [("보람화학", "ORG"), ("서해풍력", "ORG")], [], [("2022년 8월", "2022-08")]),
        [("event", "보람화학", "partnered", "2022-08")],
    ),
    "a contract to buy a company is the acquisition, not a partnership": (
        Case("한빛은 2023년 5월 누리식품 지분 60%를 500억 원에 인수하는 주식매매계약(SPA)을 맺었다. "
             "가온은 2021년 3월 다올제약 인수 계약을 맺었다.",
             [("한빛", "ORG"), ("누리식품", "ORG"), ("가온", "ORG"), ("다올제약", "ORG")],
             [("60%", 60, "%", "percent"), ("500억 원", 5e10, "KRW", "money")],
             [("2023년 5월", "2023-05"), ("2021년 3월", "2021-03")]),
        [("event", "한빛", "acquired", "2023-05"), ("metric", "한빛", "60%", "2023-05"),
         ("event", "가온", "acquired", "2021-03")],
    ),
    "a company buying its own shares (`자사주`) makes no acquisition; buying another company does": (
        Case("한빛전자는 2024년 3월 자사주를 사들였다. 다올제약은 2024년 6월 누리바이오를 사들였다.",
             [("한빛전자", "ORG"), ("다올제약", "ORG"), ("누리바이오", "ORG")], [],
             [("2024년 3월", "2024-03"), ("2024년 6월", "2024-06")]),
        [("event", "다올제약", "acquired", "2024-06")],
    ),
    "an age band is the group a survey's figure is broken down by, its bracketed figure too": (
        Case("간편결제 이용률은 30대가 71%로 가장 높았고 40대(64%), 50대(48%) 순이었다. "
             "60대의 이용률은 1년 새 9%p 올랐다.",
             [], [("71%", 71, "%", "percent"), ("64%", 64, "%", "percent"), ("48%", 48, "%", "percent"),
                  ("9%p", 9, "%p", "percent")]),
        [("metric", "30대", "71%", None), ("metric", "40대", "64%", None), ("metric", "50대", "48%", None),
         ("metric", "60대", "9%p", None)],
    ),
    "a sex is a band a survey's figure is broken down by, as an age is, its bracketed figure too": (
        Case("성별로는 남성의 간편결제 이용률이 66%로 여성(61%)보다 높았다.",
             [], [("66%", 66, "%", "percent"), ("61%", 61, "%", "percent")]),
        [("metric", "남성", "66%", None), ("metric", "여성", "61%", None)],
    ),
    "a date of no year dates a figure (a page without an issue date), but not one that recurs (`매년 5월`)": (
        Case("누리금융지주의 3분기 순이익은 5000억 원이었다. 가람은행은 매년 5월 배당을 나누고, 배당 총액은 300억 원이다.",
             [("누리금융지주", "ORG"), ("가람은행", "ORG")],
             [("5000억 원", 5e11, "KRW", "money"), ("300억 원", 3e10, "KRW", "money")],
             [("3분기", "XXXX-Q3"), ("5월", "XXXX-05")]),
        [("metric", "누리금융지주", "5000억 원", "XXXX-Q3"), ("metric", "가람은행", "300억 원", None)],
    ),
    "a place or firm whose measure a phrase breaks down by a dimension with its genitive (`한국의 국가별 …`) owns "
    "the figure of the place the clause names": (
        Case("지난해 한국의 국가별 김치 수출액은 일본이 5000만 달러로 가장 많았지만, 미국이 4000만 달러로 1년 새 "
             "30% 늘었다.",
             [("한국", "LOCATION"), ("일본", "LOCATION"), ("미국", "LOCATION")],
             [("5000만 달러", 5e7, "USD", "money"), ("4000만 달러", 4e7, "USD", "money"), ("30%", 30, "%", "percent")],
             [("지난해", "2022")]),
        [("metric", "한국", "5000만 달러", "2022"), ("metric", "한국", "4000만 달러", "2022"),
         ("metric", "한국", "30%", "2022")],
    ),
    "a level of a dated base (`2019년의 62% 수준`) takes the sentence's date; a share of a date is that date's": (
        Case("가람공항의 지난해 여객은 39만 명으로 2019년의 62% 수준에 머물렀다. "
             "누리공항의 지난해 여객은 500만 명으로 2019년 700만 명의 71% 수준까지 회복했다. "
             "가람공항의 2분기 지연율은 13%로 1분기의 22%보다 낮았다.",
             [("가람공항", "ORG"), ("누리공항", "ORG"), (("가람공항", 1), "ORG")],
             [("39만 명", 3.9e5, "명", "count"), ("62%", 62, "%", "percent"), ("500만 명", 5e6, "명", "count"),
              ("700만 명", 7e6, "명", "count"), ("71%", 71, "%", "percent"), ("13%", 13, "%", "percent"),
              ("22%", 22, "%", "percent")],
             [("지난해", "2022"), ("2019년", "2019"), (("지난해", 1), "2022"), (("2019년", 1), "2019"),
              ("2분기", "2023-Q2"), ("1분기", "2023-Q1")]),
        [("metric", "가람공항", "39만 명", "2022"), ("metric", "가람공항", "62%", "2022"),
         ("metric", "누리공항", "500만 명", "2022"), ("metric", "누리공항", "700만 명", "2019"),
         ("metric", "누리공항", "71%", "2022"), ("metric", "가람공항", "13%", "2023-Q2"),
         ("metric", "가람공항", "22%", "2023-Q1")],
    ),
    "a count of the places where a figure is measured (`… 현장 300곳에서는 … 20% 줄었다`) is no claim": (
        Case("가람세이프는 공장용 센서를 판다. 센서를 단 공장 300곳에서는 사고가 평균 20% 줄었다.", [("가람세이프", "ORG")],
             [("300곳", 300, "곳", "count"), ("20%", 20, "%", "percent")]),
        [("metric", "가람세이프", "20%", None)],
    ),
    "a physical quantity specifies a noun after a prefix too (`154kV급 초고압 케이블`)": (
        Case("가람전선은 올해 154kV급 초고압 케이블 20km를 공급한다.", [("가람전선", "ORG")],
             [("154kV", 154, "kV", "other"), ("20km", 20, "km", "length")], [("올해", "2023")]),
        [("metric", "가람전선", "20km", "2023")],
    ),
    "a physical quantity right before a noun specifies it and measures nothing; one before a particle does": (
        Case("가람모터스의 GX-5는 82kWh 배터리를 달고 한 번 충전으로 520km를 달린다. "
             "가람로봇의 팔은 25kg짜리 상자를 옮긴다. 가람물류는 올해 냉동 창고 3000㎡를 새로 지었다.",
             [("가람모터스", "ORG"), ("GX-5", "PRODUCT"), ("가람로봇", "ORG"), ("가람물류", "ORG")],
             [("82kWh", 82, "kWh", "other"), ("520km", 520, "km", "length"), ("25kg", 25, "kg", "other"),
              ("3000㎡", 3000, "㎡", "other")],
             [("올해", "2023")]),
        [("metric", "GX-5", "520km", None), ("event", "가람물류", "founded", "2023"),
         ("metric", "가람물류", "3000㎡", "2023")],
    ),
    "a product carried from an earlier sentence launches nothing: its maker does": (
        Case("가람모터스는 2020년 9월 전기차 ‘GX-5’를 내놨다. GX-5는 지난해 7만 대가 팔렸다. "
             "올해 3월에는 소형 전기차 ‘GX-3’를 공개했다.",
             [("가람모터스", "ORG"), ("GX-5", "PRODUCT"), (("GX-5", 1), "PRODUCT"), ("GX-3", "PRODUCT")],
             [("7만 대", 7e4, "대", "count")], [("2020년 9월", "2020-09"), ("지난해", "2022"), ("올해 3월", "2023-03")]),
        [("event", "가람모터스", "launched", "2020-09"), ("metric", "GX-5", "7만 대", "2022"),
         ("event", "가람모터스", "launched", "2023-03")],
    ),
    "in a table a figure takes the date heading its column and its row's name; a forecast column holds no claim": (
        Case("<표> 국내 간편결제 점유율\n기업\t2022년\t2023년\t2024년(전망)\n가람페이\t41%\t44%\t46%\n"
             "누리페이\t30%\t28%\t27%\n자료: 한빛리서치",
             [("가람페이", "ORG"), ("누리페이", "ORG")],
             [("41%", 41, "%", "percent"), ("44%", 44, "%", "percent"), ("46%", 46, "%", "percent"),
              ("30%", 30, "%", "percent"), ("28%", 28, "%", "percent"), ("27%", 27, "%", "percent")],
             [("2022년", "2022"), ("2023년", "2023"), ("2024년", "2024")]),
        [("metric", "가람페이", "41%", "2022"), ("metric", "가람페이", "44%", "2023"),
         ("metric", "누리페이", "30%", "2022"), ("metric", "누리페이", "28%", "2023")],
    ),
    "a chart of years whose caption names a market gives each year's figure to that market": (
        Case("[그래프] 국내 중고 가전 거래 시장 규모\n단위: 조 원\n2021년 1.8\n2022년 2.3\n자료: 누리리서치",
             [("누리리서치", "ORG")],
             [("1.8", 1.8e12, "KRW", "money"), ("2.3", 2.3e12, "KRW", "money")],
             [("2021년", "2021"), ("2022년", "2022")]),
        [("metric", "국내 중고 가전 거래 시장", "1.8", "2021"), ("metric", "국내 중고 가전 거래 시장", "2.3", "2022")],
    ),
    "a title with its unit on the line under it captions a chart of years as a marked caption does": (
        Case("▣ 국내 밀키트 시장 규모\n(단위: 억 원)\n2022년 3400\n2023년 3900\n자료: 가람리서치",
             [("가람리서치", "ORG")],
             [("3400", 3.4e11, "KRW", "money"), ("3900", 3.9e11, "KRW", "money")],
             [("2022년", "2022"), ("2023년", "2023")]),
        [("metric", "국내 밀키트 시장", "3400", "2022"), ("metric", "국내 밀키트 시장", "3900", "2023")],
    ),
    "a caption's largest parts of one's figure (`가람식품의 수출 상위 3개국`) are that one's, a place each row": (
        Case("③ 가람식품의 수출 상위 3개국(2024년, 단위: 억 원)\n\n1위 미국 31.8\n2위 일본 14.6\n자료: 관세청",
             [("가람식품", "ORG"), ("미국", "LOCATION"), ("일본", "LOCATION"), ("관세청", "ORG")],
             [("3개국", 3, "개국", "count"), ("1위", 1, "위", "rank"), ("31.8", 3.18e9, "KRW", "money"),
              ("2위", 2, "위", "rank"), ("14.6", 1.46e9, "KRW", "money")],
             [("2024년", "2024")]),
        [("metric", "가람식품", "1위", "2024"), ("metric", "가람식품", "31.8", "2024"),
         ("metric", "가람식품", "2위", "2024"), ("metric", "가람식품", "14.6", "2024")],
    ),
    "a table's row that writes its year after its name (`가람화학 2021년 540억 원`) is the name's, dated by the year": (
        Case("[표] 가람그룹 계열사 영업이익\n가람화학 2021년 540억 원\n가람물류 2022년 118억 원\n자료: 가람그룹",
             [("가람그룹", "ORG"), ("가람화학", "ORG"), ("가람물류", "ORG"), (("가람그룹", 1), "ORG")],
             [("540억 원", 5.4e10, "KRW", "money"), ("118억 원", 1.18e10, "KRW", "money")],
             [("2021년", "2021"), ("2022년", "2022")]),
        [("metric", "가람화학", "540억 원", "2021"), ("metric", "가람물류", "118억 원", "2022")],
    ),
    "a chart's ranked rows are the thing each ranks, the rank a figure of it": (
        Case("[그래프] 국가별 폐배터리 연간 처리 능력 순위(2024년 기준)\n단위: 만 t\n1위\t중국\t186.0\n2위\t한국\t21.4\n"
             "자료: 셀로직리서치",
             [("중국", "LOCATION"), ("한국", "LOCATION"), ("셀로직리서치", "ORG")],
             [("1위", 1, "위", "rank"), ("186.0", 1.86e6, "t", "other"), ("2위", 2, "위", "rank"),
              ("21.4", 2.14e5, "t", "other")],
             [("2024년", "2024")]),
        [("metric", "중국", "1위", "2024"), ("metric", "중국", "186.0", "2024"), ("metric", "한국", "2위", "2024"),
         ("metric", "한국", "21.4", "2024")],
    ),
    "a chart's rows on lines of their own take the dates of the header line above them": (
        Case("[그래프] 한국 라면 수출의 국가별 비중\n단위: %\n국가\t2022년\t2024년\n미국\t30.5\t41.2\n일본\t12.0\t9.8\n"
             "자료: 관세청",
             [("한국", "LOCATION"), ("미국", "LOCATION"), ("일본", "LOCATION")],
             [("30.5", 30.5, "%", "percent"), ("41.2", 41.2, "%", "percent"), ("12.0", 12.0, "%", "percent"),
              ("9.8", 9.8, "%", "percent")],
             [("2022년", "2022"), ("2024년", "2024")]),
        [("metric", "한국", "30.5", "2022"), ("metric", "한국", "41.2", "2024"), ("metric", "한국", "12.0", "2022"),
         ("metric", "한국", "9.8", "2024")],
    ),
    "a table whose cells ` / ` parts dates its rows by the header line's dates as well": (
        Case("[표] 국내 배달앱 주문 점유율\n구분 / 2022년 / 2024년\n가람이츠 / 41.0% / 44.5%\n누리배달 / 30.2% / 27.9%\n"
             "자료: 한결리서치",
             [("가람이츠", "ORG"), ("누리배달", "ORG"), ("한결리서치", "ORG")],
             [("41.0%", 41.0, "%", "percent"), ("44.5%", 44.5, "%", "percent"), ("30.2%", 30.2, "%", "percent"),
              ("27.9%", 27.9, "%", "percent")],
             [("2022년", "2022"), ("2024년", "2024")]),
        [("metric", "가람이츠", "41.0%", "2022"), ("metric", "가람이츠", "44.5%", "2024"),
         ("metric", "누리배달", "30.2%", "2022"), ("metric", "누리배달", "27.9%", "2024")],
    ),
    "an industry's average right before a figure is the industry's; a generic `업계` names none": (
        Case("소담식품의 순이익률은 9.1%로, 국내 식품제조업 평균(3.5%)을 크게 웃돈다. "
             "소담식품의 반품률은 1.2%로 독일 유통업 평균인 4%보다 낮고, 불량률은 0.3%로 업계 평균(0.9%)보다 낮다.",
             [("소담식품", "ORG"), (("소담식품", 1), "ORG"), ("독일", "LOCATION")],
             [("9.1%", 9.1, "%", "percent"), ("3.5%", 3.5, "%", "percent"), ("1.2%", 1.2, "%", "percent"),
              ("4%", 4, "%", "percent"), ("0.3%", 0.3, "%", "percent"), ("0.9%", 0.9, "%", "percent")]),
        [("metric", "소담식품", "9.1%", None), ("metric", "국내 식품제조업", "3.5%", None),
         ("metric", "소담식품", "1.2%", None), ("metric", "독일 유통업", "4%", None),
         ("metric", "소담식품", "0.3%", None)],
    ),
    "co-investors in a third company are no partners; building a plant together is a partnership": (
        Case("한빛자동차는 2021년 3월 누리모터스와 함께 로봇 스타트업 가온로보틱스에 5억 달러를 투자했다. "
             "한빛자동차는 2022년 5월 누리모터스와 함께 10억 달러를 투자해 공장을 짓기로 했다.",
             [("한빛자동차", "ORG"), ("누리모터스", "ORG"), ("가온로보틱스", "ORG"), (("한빛자동차", 1), "ORG"),
              (("누리모터스", 1), "ORG")],
             [("5억 달러", 5e8, "USD", "money"), ("10억 달러", 1e9, "USD", "money")],
             [("2021년 3월", "2021-03"), ("2022년 5월", "2022-05")]),
        [("event", "한빛자동차", "invested", "2021-03"), ("event", "한빛자동차", "invested", "2022-05"),
         ("event", "한빛자동차", "partnered", "2022-05"), ("event", "한빛자동차", "founded", "2022-05")],
    ),
    "a convenience store, an outlet or a farm opened is founded; one aimed at is no event": (
        Case("한울유통은 2018년 4월 부산에 첫 편의점을 열었다. 누리팜은 2020년 평택에 수직농장을 열었다. "
             "한울유통은 내년 상반기 대구에 아웃렛 2곳을 여는 것을 목표로 하고 있다.",
             [("한울유통", "ORG"), ("부산", "LOCATION"), ("누리팜", "ORG"), ("평택", "LOCATION"),
              (("한울유통", 1), "ORG"), ("대구", "LOCATION")],
             [("2곳", 2, "곳", "count")], [("2018년 4월", "2018-04"), ("2020년", "2020"), ("내년 상반기", "2024-H1")]),
        [("event", "한울유통", "founded", "2018-04"), ("event", "누리팜", "founded", "2020"),
         ("plan", "한울유통", "2곳", "2024-H1")],
    ),
    "a negated event verb is no event": (
        Case("누리몰은 2022년부터 거래액을 공개하지 않고 있다. 누리몰은 2023년 한빛과 계약을 맺지 못했다. "
             "누리몰은 2024년 앱을 출시했다.",
             [("누리몰", "ORG"), (("누리몰", 1), "ORG"), ("한빛", "ORG"), (("누리몰", 2), "ORG")], [],
             [("2022년", "2022"), ("2023년", "2023"), ("2024년", "2024")]),
        [("event", "누리몰", "launched", "2024")],
    ),
    "세우다 founds a plant, a laboratory or a company, not a principle": (
        Case("동원물산은 2018년 3월 충북 음성에 두 번째 공장을 세웠다. 동원물산은 2019년 원가 절감 원칙을 세웠다. "
             "동원물산은 2020년 판교에 소재 연구소를 세웠다.",
             [("동원물산", "ORG"), (("동원물산", 1), "ORG"), (("동원물산", 2), "ORG")], [],
             [("2018년 3월", "2018-03"), ("2019년", "2019"), ("2020년", "2020")]),
        [("event", "동원물산", "founded", "2018-03"), ("event", "동원물산", "founded", "2020")],
    ),
    "열다 launches a service and founds a site": (
        Case("코원커머스는 2020년 6월 온라인몰 ‘코원몰’을 열었다. 코원커머스는 2021년 4월 판교에 물류센터를 열었다.",
             [("코원커머스", "ORG"), (("코원커머스", 1), "ORG")], [], [("2020년 6월", "2020-06"), ("2021년 4월", "2021-04")]),
        [("event", "코원커머스", "launched", "2020-06"), ("event", "코원커머스", "founded", "2021-04")],
    ),
    "내놓다 launches a named product, not a plan of measures": (
        Case("바른식품은 2021년 3월 ‘바른라면 제로’를 내놓았다. 바른식품은 2022년 원가 대책을 내놓았다.",
             [("바른식품", "ORG"), (("바른식품", 1), "ORG"), ("바른라면 제로", "PRODUCT")], [],
             [("2021년 3월", "2021-03"), ("2022년", "2022")]),
        [("event", "바른식품", "launched", "2021-03")],
    ),
    "a date right before `의 N배` is the multiple's base: the multiple takes the date before": (
        Case("가람전자는 올해 공급량을 지난해의 2.9배로 늘리겠다는 계획이다.", [("가람전자", "ORG")],
             [("2.9배", 2.9, "배", "ratio")], [("올해", "2023"), ("지난해", "2022")]),
        [("plan", "가람전자", "2.9배", "2023")],
    ),
    "a figure in a clause describing a date takes that date; a comma between leaves it undated": (
        Case("국내 매장이 300곳을 넘어선 2019년 5월, 가람커피는 일본에 진출했다. 매장이 310곳으로 늘자, 2020년 가람커피는 상장했다.",
             [("가람커피", "ORG"), ("일본", "LOCATION"), (("가람커피", 1), "ORG")],
             [("300곳", 300, "곳", "count"), ("310곳", 310, "곳", "count")], [("2019년 5월", "2019-05"), ("2020년", "2020")]),
        [("metric", "가람커피", "300곳", "2019-05"), ("metric", "가람커피", "310곳", None)],
    ),
    "opening a store (`1호점을 열었다`, `직영 1호점 개점`) founds it; growing the stores does not": (
        Case("가람커피는 2019년 3월 자카르타에 1호점을 연 뒤 빠르게 매장을 늘렸다. "
             "가람커피는 2022년 10월 미국 얼바인에 직영 1호점을 개점했다.",
             [("가람커피", "ORG"), ("자카르타", "LOCATION"), (("가람커피", 1), "ORG"), ("미국", "LOCATION"),
              ("얼바인", "LOCATION")], [], [("2019년 3월", "2019-03"), ("2022년 10월", "2022-10")]),
        [("event", "가람커피", "founded", "2019-03"), ("event", "가람커피", "founded", "2022-10")],
    ),
    "a site that starts operating (`가동을 시작했다`) is founded": (
        Case("누리전자의 베트남 공장은 2022년 5월 가동을 시작했다.", [("누리전자", "ORG"), ("베트남", "LOCATION")], [],
             [("2022년 5월", "2022-05")]),
        [("event", "누리전자", "founded", "2022-05")],
    ),
    "opening a course or a learning place (`과정을 열었다`, `‘스마트 배움터’를 열고`) founds it, as a school's does": (
        Case("한빛대는 2023년 3월 인공지능 석사 과정을 새로 열었다. 누리시는 2021년 5월 동네마다 ‘스마트 배움터’를 열고 "
             "강사를 보냈다. 가람재단은 2019년 9월 대안 학교를 열었다.",
             [("한빛대", "ORG"), ("누리시", "ORG"), ("가람재단", "ORG")], [],
             [("2023년 3월", "2023-03"), ("2021년 5월", "2021-05"), ("2019년 9월", "2019-09")]),
        [("event", "한빛대", "founded", "2023-03"), ("event", "누리시", "founded", "2021-05"),
         ("event", "가람재단", "founded", "2019-09")],
    ),
    "a relative clause that launches a quoted name in a copula's predicate (`… 내놓은 자체 브랜드 ‘하루빛’의 선크림이다`) "
    "is a launch": (
        Case("화제의 주인공은 누리코스메틱이 2019년 내놓은 자체 브랜드 ‘하루빛’의 선크림이다.",
             [("누리코스메틱", "ORG"), ("하루빛", "PRODUCT")], [], [("2019년", "2019")]),
        [("event", "누리코스메틱", "launched", "2019")],
    ),
    "a passive acquisition (`B에 인수됐다`) is the buyer's, and what was bought is its object": (
        Case("배달 기업 가람딜리버리는 2022년 12월 경쟁사 누리푸드에 약 12억 달러에 인수됐다.",
             [("가람딜리버리", "ORG"), ("누리푸드", "ORG")], [("12억 달러", 1.2e9, "USD", "money", "approx")],
             [("2022년 12월", "2022-12")]),
        [("event", "누리푸드", "acquired", "2022-12")],
    ),
    "completing a plant (`공장을 완공했다`) founds it; completing a project does not": (
        Case("미래바이오는 2023년 10월 충북 오송에 제2공장을 완공했다. 미래바이오는 2024년 3월 전산 통합 작업을 완공했다.",
             [("미래바이오", "ORG"), ("충북", "LOCATION"), ("오송", "LOCATION"), (("미래바이오", 1), "ORG")], [],
             [("2023년 10월", "2023-10"), ("2024년 3월", "2024-03")]),
        [("event", "미래바이오", "founded", "2023-10")],
    ),
    "a month of a year the page leaves unknown dates an act; a recurring month does not": (
        Case("가람항공은 7월 인천∼다낭 노선에 취항했다. 누리항공은 매년 5월에 새 노선을 연다.",
             [("가람항공", "ORG"), ("누리항공", "ORG")], [], [("7월", "XXXX-07"), ("5월", "XXXX-05")]),
        [("event", "가람항공", "launched", "XXXX-07")],
    ),
    "a contract's verb that describes a counted topic (`계약한 농가는 900가구`) is no partnership": (
        Case("가람농기계는 드론을 빌려준다. 올해 새로 계약한 농가는 900가구로 늘었다.", [("가람농기계", "ORG")],
             [("900가구", 900, "가구", "count")], [("올해", "2023")]),
        [("metric", "가람농기계", "900가구", "2023")],
    ),
    "completing a plant's construction (`공장을 준공했다`) founds it too": (
        Case("가람화학은 지난해 5월 울산에 전해질 공장을 준공했다.", [("가람화학", "ORG"), ("울산", "LOCATION")], [],
             [("지난해 5월", "2022-05")]),
        [("event", "가람화학", "founded", "2022-05")],
    ),
    "an intention announced on a date is the event; the announcing is none": (
        Case("한산배터리는 2023년 5월 2조 원을 들여 미국 조지아주에 공장을 짓겠다고 발표했다.",
             [("한산배터리", "ORG"), ("조지아주", "LOCATION")], [("2조 원", 2e12, "KRW", "money")],
             [("2023년 5월", "2023-05")]),
        [("event", "한산배터리", "invested", "2023-05"), ("event", "한산배터리", "founded", "2023-05")],
    ),
    "in an interview a product speaks for its own sentence; the next ones are the interviewee's": (
        Case("모아밴드 가격은 9만9000원입니다. 유료 구독자는 3만 명입니다.",
             [("모아밴드", "PRODUCT")], [("9만9000원", 99000, "KRW", "money"), ("3만 명", 3e4, "명", "count")],
             interviewee=("한서진", "모아펫")),
        [("metric", "모아밴드", "9만9000원", None), ("metric", "모아펫", "3만 명", None)],
    ),
    "outside an interview a product named as the topic stays the actor": (
        Case("모아밴드 가격은 9만9000원이다. 판매량은 3만 개다.",
             [("모아밴드", "PRODUCT")], [("9만9000원", 99000, "KRW", "money"), ("3만 개", 3e4, "개", "count")]),
        [("metric", "모아밴드", "9만9000원", None), ("metric", "모아밴드", "3만 개", None)],
    ),
    "in an interview the first person is the interviewee's organisation, not a name carried over": (
        Case("유럽연합은 인증 규제를 강화했다. 저희는 규제 전담 인력을 2019년 12명에서 지금은 45명으로 늘렸습니다.",
             [("유럽연합", "ORG")], [("12명", 12, "명", "count"), ("45명", 45, "명", "count")], [("2019년", "2019")],
             interviewee=("클라라 베른", "베른메디칼")),
        [("metric", "베른메디칼", "12명", "2019"), ("metric", "베른메디칼", "45명", None)],
    ),
    "in an interview the first person's relative clause before a topic that names no one says whose": (
        Case("Q. 큰 고객은 어디입니까?\n\n한결바이오는 저희의 가장 큰 고객 가운데 하나입니다. 지난해 오송 공장에서 저희가 "
             "맡은 운송은 9200건이었습니다.",
             [("한결바이오", "ORG")], [("9200건", 9200, "건", "count")], [("지난해", "2023")],
             interviewee=("도하윤", "누리콜드체인")),
        [("metric", "누리콜드체인", "9200건", "2023")],
    ),
    "a valuation after a round's investors is the company's that raised it, not the last investor's": (
        Case("누리팜랩은 지난 3월 200억 원 규모의 시리즈B 투자를 유치했다. 이번 라운드는 가람벤처스가 이끌었고 "
             "다온캐피탈이 참여했다. 투자 후 기업가치는 1200억 원으로 평가됐다.",
             [("누리팜랩", "ORG"), ("가람벤처스", "ORG"), ("다온캐피탈", "ORG")],
             [("200억 원", 2e10, "KRW", "money"), ("1200억 원", 1.2e11, "KRW", "money")], [("지난 3월", "2023-03")]),
        [("metric", "누리팜랩", "200억 원", "2023-03"), ("event", "가람벤처스", "invested", "2023-03"),
         ("event", "다온캐피탈", "invested", "2023-03"), ("metric", "누리팜랩", "1200억 원", "2023-03")],
    ),
    "in an interview's answers a name carried over is not the actor of a sentence that acts on it": (
        Case("Q. 협력사는 어디입니까?\n\n가람솔루션은 병원 접수 소프트웨어를 만드는 회사입니다. "
             "지난해 가람솔루션에 20억 원을 투자해 지분 8%를 확보했습니다.",
             [("가람솔루션", "ORG"), (("가람솔루션", 1), "ORG")],
             [("20억 원", 2e9, "KRW", "money"), ("8%", 8, "%", "percent")], [("지난해", "2023")],
             interviewee=("한서진", "서온의료재단")),
        [("event", "서온의료재단", "invested", "2023"), ("metric", "서온의료재단", "8%", "2023")],
    ),
    "in an interview an answer ending in `-겠-` with targets states plans; a question does not": (
        Case("Q. 모바일 가입자 비중은 2026년 50%까지 늘리겠습니까? 가입자 비중은 2026년 50%, 2030년 70%까지 "
             "늘리겠습니다. 올해 매출은 300억 원입니다.",
             [], [("50%", 50, "%", "percent"), (("50%", 1), 50, "%", "percent"), ("70%", 70, "%", "percent"),
                  ("300억 원", 3e10, "KRW", "money")],
             [("2026년", "2026", "by"), (("2026년", 1), "2026"), ("2030년", "2030", "by"), ("올해", "2023")],
             interviewee=("나은후", "소담은행")),
        [("plan", "소담은행", "50%", "2026"), ("plan", "소담은행", "70%", "2030"),
         ("metric", "소담은행", "300억 원", "2023")],
    ),
    "outside an interview a sentence ending in `-겠-` states no plan": (
        Case("한빛소재는 첫 공장을 열었다. 수출 비중은 2030년 70%까지 늘리겠습니다.", [("한빛소재", "ORG")],
             [("70%", 70, "%", "percent")], [("2030년", "2030", "by")]),
        [],
    ),
    "in an interview's answer the founder of the company, with no one named, is the interviewee": (
        Case("Q. 창업 계기는 무엇입니까?\n\n대학 동기였던 오민재 최고기술책임자와 함께 2018년 3월 회사를 세웠습니다. "
             "저희는 2021년 6월 베트남에 법인을 세웠습니다.",
             [("오민재", "PERSON")], [], [("2018년 3월", "2018-03"), ("2021년 6월", "2021-06")],
             interviewee=("한서진", "누리로보틱스")),
        [("event", "한서진", "founded", "2018-03"), ("event", "누리로보틱스", "founded", "2021-06")],
    ),
    "in an interview's answer the founder of the interviewee's company, named as the object, is the interviewee": (
        Case("Q. 어떻게 창업했습니까?\n\n2019년 5월 대학원 동기 2명과 함께 누리로보틱스를 세웠습니다.",
             [("누리로보틱스", "ORG")], [("2명", 2, "명", "count")], [("2019년 5월", "2019-05")],
             interviewee=("한서진", "누리로보틱스")),
        [("event", "한서진", "founded", "2019-05")],
    ),
    "an exchange before its listing (`코스닥 상장은`) is where the company lists, not the planner": (
        Case("Q. 앞으로 계획은요?\n\n나스닥 상장은 2029년을 목표로 준비하고 있습니다.", [("나스닥", "ORG")], [],
             [("2029년", "2029")], interviewee=("한서진", "누리로보틱스")),
        [("plan", "누리로보틱스", None, "2029")],
    ),
    "in an interview `당사도` (our company too) is the interviewee's organisation, not an island": (
        Case("유럽연합은 인증 규제를 강화했다. 당사도 인증 비용으로만 2년간 900만 유로를 썼습니다.",
             [("유럽연합", "ORG")], [("900만 유로", 9e6, "EUR", "money")],
             interviewee=("클라라 베른", "베른메디칼")),
        [("metric", "베른메디칼", "900만 유로", None)],
    ),
    "an interviewer's line (`Q.`) asserts nothing, though it states a plan; the answer does": (
        Case("Q. 2025년까지 유료 구독자를 10만 명으로 늘릴 계획이라고 들었습니다.\n\n"
             "네, 2025년까지 유료 구독자를 10만 명으로 늘릴 계획입니다.",
             [], [("10만 명", 1e5, "명", "count"), (("10만 명", 1), 1e5, "명", "count")],
             [("2025년", "2025"), (("2025년", 1), "2025")], interviewee=("한서진", "모아펫")),
        [("plan", "모아펫", "10만 명", "2025")],
    ),
    "in an interview's answers a place is not carried on; in its lead it is": (
        Case("하노버는 박람회의 도시다. 인구는 53만 명이다.\n\nQ. 해외 진출 계획은?\n\n"
             "일본은 수요가 큽니다. 2025년까지 유료 구독자 1만 명을 확보하는 것이 목표입니다.",
             [("하노버", "LOCATION"), ("일본", "LOCATION")],
             [("53만 명", 5.3e5, "명", "count"), ("1만 명", 1e4, "명", "count")], [("2025년까지", "2025", "by")],
             interviewee=("한서진", "모아펫")),
        [("metric", "하노버", "53만 명", None), ("plan", "모아펫", "1만 명", "2025")],
    ),
    "an interview is about its interviewee's organisation: an answer with no actor is its": (
        Case("유럽연합은 인증 규제를 강화했다.\n\n매출은 지난해 4억2000만 유로로 늘었습니다.",
             [("유럽연합", "ORG")], [("4억2000만 유로", 4.2e8, "EUR", "money")], [("지난해", "2022")],
             interviewee=("클라라 베른", "베른메디칼")),
        [("metric", "베른메디칼", "4억2000만 유로", "2022")],
    ),
    "a duration is a claim where the clause measures a time, not where it narrates": (
        Case("하늘택배는 평균 배송 시간을 27분으로 줄였다. 하늘택배는 10년 가까이 이 사업을 준비했다.",
             [("하늘택배", "ORG"), (("하늘택배", 1), "ORG")],
             [("27분", 27, "분", "duration"), ("10년", 10, "년", "duration")]),
        [("metric", "하늘택배", "27분", None)],
    ),
    "a list's later durations take the first item's verb; drivers and riders are groups": (
        Case("주당 근무시간은 택배 기사가 61.5시간으로 가장 길었고 배달 라이더는 52.4시간, "
             "시간제 근로자는 23.9시간이었다.", [],
             [("61.5시간", 61.5, "시간", "duration"), ("52.4시간", 52.4, "시간", "duration"),
              ("23.9시간", 23.9, "시간", "duration")]),
        [("metric", "택배 기사", "61.5시간", None), ("metric", "배달 라이더", "52.4시간", None),
         ("metric", "시간제 근로자", "23.9시간", None)],
    ),
    "a clause with no topic or subject of its own measures the time the clause before it measures": (
        Case("다온물산의 매입채무 회전일수는 2022년 58일로 늘었고, 지난해에는 64일까지 길어졌다. "
             "다온물산은 지난해에는 3년 만에 흑자를 냈다.",
             [("다온물산", "ORG"), (("다온물산", 1), "ORG")],
             [("58일", 58, "일", "duration"), ("64일", 64, "일", "duration"), ("3년", 3, "년", "duration")],
             [("2022년", "2022"), ("지난해", "2022"), (("지난해", 1), "2022")]),
        [("metric", "다온물산", "58일", "2022"), ("metric", "다온물산", "64일", "2022")],
    ),
    "an average's time frame (`평균 9일 만에`) is a measured time; a bare one (`3년 만에`) is not": (
        Case("미담테크는 주문을 받으면 평균 9일 만에 시제품을 보낸다. 미담테크는 3년 만에 흑자를 냈다.",
             [("미담테크", "ORG"), (("미담테크", 1), "ORG")],
             [("9일", 9, "일", "duration"), ("3년", 3, "년", "duration")]),
        [("metric", "미담테크", "9일", None)],
    ),
    "a ratio told in counts with a base of at most ten is a share restated, no claim; a real base stays": (
        Case("누리마트의 점포는 10곳 가운데 3곳이 적자다. 계약 8건 가운데 1건꼴로 깨진다. "
             "누리마트 점포 52곳 가운데 17곳이 흑자를 냈다.",
             [("누리마트", "ORG"), (("누리마트", 1), "ORG")],
             [("10곳", 10, "곳", "count"), ("3곳", 3, "곳", "count"), ("8건", 8, "건", "count"),
              ("1건", 1, "건", "count"), ("52곳", 52, "곳", "count"), ("17곳", 17, "곳", "count")]),
        [("metric", "누리마트", "52곳", None), ("metric", "누리마트", "17곳", None)],
    ),
    "a survey's sample, an example, an age and an ordinal are no claims": (
        Case("워크랩은 지난해 직장인 1500명을 대상으로 조사했다. 워크랩의 직원 수는 58명이다. "
             "예를 들어 매출이 100억 원인 회사라면 비용은 2억 원이다. 올해 41세인 한도윤 대표는 이 회사의 3번째 대표다.",
             [("워크랩", "ORG"), ("한도윤", "PERSON")],
             [("1500명", 1500, "명", "count"), ("58명", 58, "명", "count"), ("100억 원", 1e10, "KRW", "money"),
              ("2억 원", 2e8, "KRW", "money"), ("41세", 41, "세", "other"), ("3번째", 3, "번째", "rank")],
             [("지난해", "2022")]),
        [("metric", "워크랩", "58명", None)],
    ),
    "the name a timeline line or headline opens with, a comma after it, is its actor": (
        Case("누리식품의 20년\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n누리식품은 성장했다.\n\n"
             "■ 누리식품의 발자취\n2015년 3월 누리식품 설립\n2020년 9월 한빛PE, 누리식품 지분 40% 인수\n"
             "2022년 1월 누리식품 상장",
             [("누리식품", "ORG"), (("누리식품", 1), "ORG"), (("누리식품", 2), "ORG"), (("누리식품", 3), "ORG"),
              ("한빛PE", "ORG"), (("누리식품", 4), "ORG"), (("누리식품", 5), "ORG")],
             [("40%", 40, "%", "percent")], [("2015년 3월", "2015-03"), ("2020년 9월", "2020-09"), ("2022년 1월", "2022-01")]),
        [("event", "누리식품", "founded", "2015-03"), ("event", "한빛PE", "acquired", "2020-09"),
         ("metric", "한빛PE", "40%", "2020-09")],
    ),
    "a market-wide group keeps its words of size and drops its plural (`국내 중소 제조업체들은`)": (
        Case("국내 중소 제조업체들은 평균 3억 원을 설비에 썼다. 국내 주요 은행의 연체율은 1.2%다. "
             "국내 전기차 누적 등록 대수는 50만 대다.", [],
             [("3억 원", 3e8, "KRW", "money"), ("1.2%", 1.2, "%", "percent"), ("50만 대", 5e5, "대", "count")], []),
        [("metric", "국내 중소 제조업체", "3억 원", None), ("metric", "국내 주요 은행", "1.2%", None),
         ("metric", "국내 전기차", "50만 대", None)],
    ),
    "a plan word that is a verb's stem describing a noun (`계획된 물량`) states no plan; `…늘릴 계획이다` does": (
        Case("가람물산은 지난해 공장 3곳을 지었다. 가람물산의 계획된 물량 가운데 실제로 출고된 비율은 84%였다. "
             "가람물산은 내년까지 공장을 5곳으로 늘릴 계획이다.",
             [("가람물산", "ORG"), (("가람물산", 1), "ORG"), (("가람물산", 2), "ORG")],
             [("3곳", 3, "곳", "count"), ("84%", 84, "%", "percent"), ("5곳", 5, "곳", "count")],
             [("지난해", "2022"), ("내년까지", "2024", "by")]),
        [("event", "가람물산", "founded", "2022"), ("metric", "가람물산", "3곳", "2022"), ("metric", "가람물산", "84%", None),
         ("plan", "가람물산", "5곳", "2024")],
    ),
    "a noun that joins a clause to the one before (`반면`) opens no phrase: `반면 니켈 가격은` is nickel's": (
        Case("구리 가격은 t당 9000달러로 올랐다. 반면 니켈 가격은 t당 1만5000달러에 머물렀다.", [],
             [("9000달러", 9000, "USD", "money"), ("1만5000달러", 15000, "USD", "money")], []),
        [("metric", "구리", "9000달러", None), ("metric", "니켈", "1만5000달러", None)],
    ),
    "a market-wide group runs on over the nouns of the thing counted, not a measure or a plural (`국내 전기 자전거는`)": (
        Case("국내 전기 자전거는 지난해 60만 대였다. 국내 수소차 충전소는 400곳이다. 국내 수입 맥주 브랜드들은 340개다. "
             "국내 전기 자전거 누적 판매 대수는 80만 대다.", [],
             [("60만 대", 6e5, "대", "count"), ("400곳", 400, "곳", "count"), ("340개", 340, "개", "count"),
              ("80만 대", 8e5, "대", "count")],
             [("지난해", "2023")]),
        [("metric", "국내 전기 자전거", "60만 대", "2023"), ("metric", "국내 수소차 충전소", "400곳", None),
         ("metric", "국내 수입 맥주 브랜드", "340개", None), ("metric", "국내 전기", "80만 대", None)],
    ),
    "a figure that describes a name after it (`9900원짜리 … ‘별빛 패스’`, `규모의 … ‘하늘정원’`) is the name's": (
        Case("누리게임즈는 월 9900원짜리 정액 상품 ‘별빛 패스’를 수익 모델의 중심에 뒀다. "
             "가람제과는 외곽에 12만㎡ 규모의 공장 단지 ‘하늘정원’을 지었다. "
             "누리모빌리티는 월 4만9000원짜리 무제한 이용 요금제 ‘누리패스’를 내놨다.",
             [("누리게임즈", "ORG"), ("별빛 패스", "PRODUCT"), ("가람제과", "ORG"), ("하늘정원", "LOCATION"),
              ("누리모빌리티", "ORG"), ("누리패스", "PRODUCT")],
             [("9900원", 9900, "KRW", "money"), ("12만㎡", 1.2e5, "㎡", "other"), ("4만9000원", 49000, "KRW", "money")], []),
        [("metric", "별빛 패스", "9900원", None), ("metric", "하늘정원", "12만㎡", None),
         ("metric", "누리패스", "4만9000원", None)],
    ),
    "a sum a relative clause says an actor gave is that actor's (`한국 정부가 약속한 지원금은`)": (
        Case("누리반도체는 2027년 양산을 시작한다. 한국 정부가 지금까지 약속한 지원금은 3200억 원에 이른다.",
             [("누리반도체", "ORG"), ("한국", "LOCATION")], [("3200억 원", 3.2e11, "KRW", "money")], [("2027년", "2027")]),
        [("event", "누리반도체", "launched", "2027"), ("metric", "한국", "3200억 원", None)],
    ),
    "a sentence opening with `같은 기간` takes the period of the sentence before, dates of its own later on": (
        Case("누리화장품의 매출은 2019년 840억 원에서 지난해 2610억 원으로 뛰었다. "
             "같은 기간 해외 매출 비중은 9%에서 47%로 높아졌고, 자체 브랜드 비중은 지난해 20%였다.",
             [("누리화장품", "ORG")],
             [("840억 원", 8.4e10, "KRW", "money"), ("2610억 원", 2.61e11, "KRW", "money"), ("9%", 9, "%", "percent"),
              ("47%", 47, "%", "percent"), ("20%", 20, "%", "percent")],
             [("2019년", "2019"), ("지난해", "2023"), (("지난해", 1), "2023")]),
        [("metric", "누리화장품", "840억 원", "2019"), ("metric", "누리화장품", "2610억 원", "2023"),
         ("metric", "누리화장품", "9%", "2019"), ("metric", "누리화장품", "47%", "2023"),
         ("metric", "누리화장품", "20%", "2023")],
    ),
    "the case a figure is measured in (`1만 원일 때`, `2만 원인 경우`) is no claim": (
        Case("누리마트 방문객의 구매 비율은 가격이 1만 원일 때 30%, 2만 원인 경우 12%였다.",
             [("누리마트", "ORG")],
             [("1만 원", 1e4, "KRW", "money"), ("30%", 30, "%", "percent"), ("2만 원", 2e4, "KRW", "money"),
              ("12%", 12, "%", "percent")]),
        [("metric", "누리마트", "30%", None), ("metric", "누리마트", "12%", None)],
    ),
    "a figure naming an experiment's group (`1만 원 집단`, `500원 적립 집단에서`, `4개 집단에`) is no claim": (
        Case("누리마트는 고객을 4개 집단에 나눴다. 1만 원 집단의 재구매율은 18%로 2만 원 집단보다 높았다. "
             "500원 적립 집단에서는 주문이 6% 늘었다.",
             [("누리마트", "ORG")],
             [("4개", 4, "개", "count"), ("1만 원", 1e4, "KRW", "money"), ("18%", 18, "%", "percent"),
              ("2만 원", 2e4, "KRW", "money"), ("500원", 500, "KRW", "money"), ("6%", 6, "%", "percent")]),
        [("metric", "1만 원 집단", "18%", None), ("metric", "500원 적립 집단", "6%", None)],
    ),
    "a count or sum of one is the unit a statement is about, no claim; a plan's one is a plan": (
        Case("누리철강은 철판을 1장 팔 때마다 손해를 봤다. 누리철강은 단가를 1원이라도 더 받으려 했다. "
             "누리철강은 공장을 3곳으로 늘리고, 그중 1곳은 베트남에 짓는다는 계획이다.",
             [("누리철강", "ORG"), (("누리철강", 1), "ORG"), (("누리철강", 2), "ORG"), ("베트남", "LOCATION")],
             [("1장", 1, "장", "count"), ("1원", 1, "KRW", "money"), ("3곳", 3, "곳", "count"), ("1곳", 1, "곳", "count")]),
        [("plan", "누리철강", "3곳", None), ("plan", "누리철강", "1곳", None)],
    ),
    "firms counted by `사` name a group (`국내 조선 3사`), no claim": (
        Case("국내 철강 3사가 감산에 나섰다. 누리철강의 생산량은 12% 줄었다.",
             [("누리철강", "ORG")], [("3사", 3, "사", "count"), ("12%", 12, "%", "percent")]),
        [("metric", "누리철강", "12%", None)],
    ),
    "a count of kinds (`N가지`) is no claim": (
        Case("누리웍스가 얻은 교훈은 3가지다. 누리웍스는 고객 고민 4가지에 맞춘 제품을 냈다. 누리웍스의 직원은 58명이다.",
             [("누리웍스", "ORG"), (("누리웍스", 1), "ORG"), (("누리웍스", 2), "ORG")],
             [("3가지", 3, "가지", "count"), ("4가지", 4, "가지", "count"), ("58명", 58, "명", "count")]),
        [("metric", "누리웍스", "58명", None)],
    ),
    "`A와 B가 각각 N`: the figure is each one's": (
        Case("매장 수는 누리마트와 가람마트가 각각 120곳, 다온마트가 80곳이다.",
             [("누리마트", "ORG"), ("가람마트", "ORG"), ("다온마트", "ORG")],
             [("120곳", 120, "곳", "count"), ("80곳", 80, "곳", "count")]),
        [("metric", "누리마트", "120곳", None), ("metric", "가람마트", "120곳", None), ("metric", "다온마트", "80곳", None)],
    ),
    "the people a study verb describes (`인터뷰한 120명`) are its sample, no claim": (
        Case("누리연구소가 인터뷰한 120명은 모두 임원이다. 누리연구소의 연구원은 45명이다.",
             [("누리연구소", "ORG"), (("누리연구소", 1), "ORG")],
             [("120명", 120, "명", "count"), ("45명", 45, "명", "count")]),
        [("metric", "누리연구소", "45명", None)],
    ),
    "a survey's margin of error and confidence are its method, no claims": (
        Case("한빛리서치가 성인 1500명을 조사한 결과, 응답자의 62%가 구독을 해지한 적이 있다고 답했다. "
             "표본오차는 95% 신뢰수준에서 ±2.5%p다. 오차범위는 ±3%p 안팎이다.",
             [("한빛리서치", "ORG")],
             [("1500명", 1500, "명", "count"), ("62%", 62, "%", "percent"), ("95%", 95, "%", "percent"),
              ("2.5%p", 2.5, "%p", "percent"), ("3%p", 3, "%p", "percent")]),
        [("metric", "성인", "62%", None)],
    ),
    "a margin of error in brackets is its own figures' method, not the results after it in the clause": (
        Case("한빛리서치가 성인 1500명에게 물은 결과(95% 신뢰수준에서 표본오차 ±2.5%p), 응답자들은 한 달에 평균 "
             "3.1번 야근했다.",
             [("한빛리서치", "ORG")],
             [("1500명", 1500, "명", "count"), ("95%", 95, "%", "percent"), ("2.5%p", 2.5, "%p", "percent"),
              ("3.1번", 3.1, "번", "count")]),
        [("metric", "성인", "3.1번", None)],
    ),
    "the units a study assigns at random (`34개 팀을 무작위로 나눠`) are its method, no claim": (
        Case("연구진은 2022년 상담원 412명이 속한 34개 팀을 무작위로 나눠 절반의 팀장만 매주 피드백을 주게 했다. "
             "매주 피드백을 받은 팀의 계약 건수는 3.2% 늘었다.",
             [], [("412명", 412, "명", "count"), ("34개", 34, "개", "count"), ("3.2%", 3.2, "%", "percent")],
             [("2022년", "2022")]),
        [("metric", "매주 피드백을 받은 팀", "3.2%", None)],
    ),
    "a round mark a value passed for the first time (`52만 명으로 처음 50만 명을 넘었다`) is no claim; a mark with no "
    "value before it is the value": (
        Case("누리페이의 가입자는 지난해 52만 명으로 처음 50만 명을 넘었다. 가람뱅크의 해외 매출 비중은 처음으로 10%를 넘었다.",
             [("누리페이", "ORG"), ("가람뱅크", "ORG")],
             [("52만 명", 5.2e5, "명", "count"), ("50만 명", 5e5, "명", "count"), ("10%", 10, "%", "percent")],
             [("지난해", "2023")]),
        [("metric", "누리페이", "52만 명", "2023"), ("metric", "가람뱅크", "10%", None)],
    ),
    "a figure an organisation foresees (`…로 내다봤다`) is no claim": (
        Case("가람연구원은 내년 국내 택배 물량 증가율을 4.1%로 내다봤다. 가람연구원의 직원은 120명이다.",
             [("가람연구원", "ORG"), (("가람연구원", 1), "ORG")],
             [("4.1%", 4.1, "%", "percent"), ("120명", 120, "명", "count")], [("내년", "2025")]),
        [("metric", "가람연구원", "120명", None)],
    ),
    "a study's significance level (`5% 수준에서 통계적으로 유의했다`) is its method, no claim": (
        Case("가람마트는 할인 실험을 했다. 할인을 받은 고객의 구매액은 8.1% 늘었다. 이 차이는 5% 수준에서 통계적으로 "
             "유의했다.",
             [("가람마트", "ORG")], [("8.1%", 8.1, "%", "percent"), ("5%", 5, "%", "percent")]),
        [("metric", "할인을 받은 고객", "8.1%", None)],
    ),
    "a figure a condition supposes is no claim; a plan's target in one is a plan": (
        Case("누리웍스는 성장했다. AI가 직원 5명의 일을 대신한다면 비용은 줄어든다. "
             "누리웍스의 리테일 비중은 58%로, 거래대금이 줄면 실적이 흔들린다. "
             "누리웍스는 2026년 매출 500억 원 목표를 달성하면 상장할 계획이다.",
             [("누리웍스", "ORG"), (("누리웍스", 1), "ORG"), (("누리웍스", 2), "ORG")],
             [("5명", 5, "명", "count"), ("58%", 58, "%", "percent"), ("500억 원", 5e10, "KRW", "money")],
             [("2026년", "2026")]),
        [("metric", "누리웍스", "58%", None), ("plan", "누리웍스", "500억 원", "2026")],
    ),
    "a case supposed in `-ㄹ 경우` is a condition: its figure and what it entails are no claims": (
        Case("누리포장은 상자를 만든다. 운임이 15% 오를 경우 누리포장의 이익은 20억 원 줄어든다. "
             "누리포장의 지난해 매출은 800억 원이었다.",
             [("누리포장", "ORG"), (("누리포장", 1), "ORG"), (("누리포장", 2), "ORG")],
             [("15%", 15, "%", "percent"), ("20억 원", 2e9, "KRW", "money"), ("800억 원", 8e10, "KRW", "money")],
             [("지난해", "2022")]),
        [("metric", "누리포장", "800억 원", "2022")],
    ),
    "a condition's verb may lean on an auxiliary (`쌓여 있다면`); what a supposition entails is no claim": (
        Case("창고에 상자가 300개 쌓여 있다면 현금은 묶인다. 수수료를 5% 낮춘다면, 누리페이 가맹점은 2만 곳 늘어난다. "
             "예전에는 할인으로 고객을 모았다면 누리페이는 올해 가맹점 15만 곳을 내세운다. 누리페이는 ‘할인이 있다면 쓰겠다’는 응답이 40%였다.",
             [("누리페이", "ORG"), (("누리페이", 1), "ORG"), (("누리페이", 2), "ORG")],
             [("300개", 300, "개", "count"), ("5%", 5, "%", "percent"), ("2만 곳", 2e4, "곳", "count"),
              ("15만 곳", 1.5e5, "곳", "count"), ("40%", 40, "%", "percent")],
             [("올해", "2023")]),
        [("metric", "누리페이", "15만 곳", "2023"),
         ("metric", "누리페이", "40%", None)],
    ),
    "a bound of a class (`100억 원 미만의 쇼핑몰`) is no claim; a value below a bound is": (
        Case("누리물류 화주의 절반은 연 매출 100억 원 미만의 중소 쇼핑몰이다. 누리물류의 급속 배송 비중은 10% 미만이다.",
             [("누리물류", "ORG"), (("누리물류", 1), "ORG")],
             [("100억 원", 1e10, "KRW", "money"), ("10%", 10, "%", "percent", "less_than")]),
        [("metric", "누리물류", "10%", None)],
    ),
    "a bound on firms' size before the firms it picks out is no claim; a count of firms is one": (
        Case("캐나다는 올해 직원 500명 이상 기업에 공시 의무를 지웠고, 매출이 2억 달러를 넘는 외국 기업으로 넓힌다. "
             "한빛소재는 협력사 40곳 이상 업체와 거래한다.",
             [("캐나다", "LOCATION"), ("한빛소재", "ORG")],
             [("500명", 500, "명", "count", "at_least"), ("2억 달러", 2e8, "USD", "money"),
              ("40곳", 40, "곳", "count", "at_least")],
             [("올해", "2023")]),
        [("metric", "한빛소재", "40곳", None)],
    ),
    "what a rule requires (`-도록 했다`) is no claim": (
        Case("유럽연합은 2025년부터 고속도로 60km마다 충전소를 두도록 했다. 한빛에너지는 충전소 120곳을 운영한다.",
             [("유럽연합", "ORG"), ("한빛에너지", "ORG")], [("60km", 60, "km", "length"), ("120곳", 120, "곳", "count")],
             [("2025년", "2025")]),
        [("metric", "한빛에너지", "120곳", None)],
    ),
    "the base of a rate (`10만 건당`) is no claim; the rate is": (
        Case("누리택배의 운행 10만 건당 사고 건수는 0.8건이다. 누리택배는 토큰 100만 개당 5달러를 받는다.",
             [("누리택배", "ORG"), (("누리택배", 1), "ORG")],
             [("10만 건", 1e5, "건", "count"), ("0.8건", 0.8, "건", "count"), ("100만 개", 1e6, "개", "count"),
              ("5달러", 5, "USD", "money")]),
        [("metric", "누리택배", "0.8건", None), ("metric", "누리택배", "5달러", None)],
    ),
    "a weight in grams is no claim (gold guide)": (
        Case("모아밴드는 무게 18g의 목걸이다. 모아밴드는 사용자 3만 명을 모았다.",
             [("모아밴드", "PRODUCT"), (("모아밴드", 1), "PRODUCT")],
             [("18g", 18, "g", "other"), ("3만 명", 3e4, "명", "count")]),
        [("metric", "모아밴드", "3만 명", None)],
    ),
    "a market measured is the subject; who estimates it is not": (
        Case("유통 컨설팅사 마켓랩은 국내 밀키트 시장 규모가 2022년 약 3조 원에 이른 것으로 추산했다.",
             [("마켓랩", "ORG")], [("3조 원", 3e12, "KRW", "money", "approx")], [("2022년", "2022")]),
        [("metric", "국내 밀키트 시장", "3조 원", "2022")],
    ),
    "a plan in a sentence tied to the one before (`그때까지`) takes that sentence's deadline": (
        Case("누리솔은 2027년까지 매장을 300곳으로 늘릴 계획이다. 그때까지 온라인 매출 비중도 40%로 높일 계획이다. "
             "그때까지 부산에 물류센터를 새로 지을 계획이다.",
             [("누리솔", "ORG"), ("부산", "LOCATION")],
             [("300곳", 300, "곳", "count"), ("40%", 40, "%", "percent")], [("2027년까지", "2027", "by")]),
        [("plan", "누리솔", "300곳", "2027"), ("plan", "누리솔", "40%", "2027"), ("plan", "누리솔", None, "2027")],
    ),
    "a product's launch dates its figures told in the past, not those told in the present": (
        Case("다온랩은 반지형 건강기기를 만든다. 2022년 5월 출시한 ‘모아링’은 월 이용료가 9900원이다. "
             "2023년 3월 출시한 ‘모아밴드’는 첫 석 달 동안 매출 30억 원을 올렸다.",
             [("다온랩", "ORG"), ("모아링", "PRODUCT"), ("모아밴드", "PRODUCT")],
             [("9900원", 9900, "KRW", "money"), ("30억 원", 3e9, "KRW", "money")],
             [("2022년 5월", "2022-05"), ("2023년 3월", "2023-03")]),
        [("event", "다온랩", "launched", "2022-05"), ("metric", "모아링", "9900원", None),
         ("event", "다온랩", "launched", "2023-03"), ("metric", "모아밴드", "30억 원", "2023-03")],
    ),
    "a rate of change (`1달러 오를 때마다`) is no claim; a fee per event (`취소할 때마다`) is": (
        Case("한빛항공은 유가가 1달러 오를 때마다 연간 연료비가 30억 원가량 늘어나는 것으로 본다. "
             "한빛항공은 승객이 예약을 취소할 때마다 수수료 5000원을 받는다.",
             [("한빛항공", "ORG"), (("한빛항공", 1), "ORG")],
             [("1달러", 1, "USD", "money"), ("30억 원", 3e9, "KRW", "money", "approx"), ("5000원", 5000, "KRW", "money")]),
        [("metric", "한빛항공", "5000원", None)],
    ),
    "a gap in the figures' own unit after a stated base is no claim, unless the base is an earlier time": (
        Case("미르베이커리는 빵집 체인이다. 미르베이커리의 매장은 올해 3월 기준 420곳으로 2021년 말(300곳)보다 120곳 늘었다. "
             "이 회사 앱 회원의 한 달 평균 구독 수는 4.1개로 1년 전(4.6개)보다 0.5개 줄었다.",
             [("미르베이커리", "ORG"), (("미르베이커리", 1), "ORG")],
             [("420곳", 420, "곳", "count"), ("300곳", 300, "곳", "count"), ("120곳", 120, "곳", "count"),
              ("4.1개", 4.1, "개", "count"), ("4.6개", 4.6, "개", "count"), ("0.5개", 0.5, "개", "count")],
             [("올해 3월", "2023-03", "as_of"), ("2021년", "2021", "end")]),
        [("metric", "미르베이커리", "420곳", "2023-03"), ("metric", "미르베이커리", "300곳", "2021"),
         ("metric", "미르베이커리", "4.1개", None), ("metric", "미르베이커리", "4.6개", None),
         ("metric", "미르베이커리", "0.5개", None)],
    ),
    "a figure in brackets after a date and its part (`2021년 말(310곳)보다`) is the value then": (
        Case("다온약국은 약국 체인이다. 다온약국의 가맹 약국은 올해 3월 기준 520곳으로 2021년 말(310곳)보다 늘었다.",
             [("다온약국", "ORG"), (("다온약국", 1), "ORG")],
             [("520곳", 520, "곳", "count"), ("310곳", 310, "곳", "count")],
             [("올해 3월", "2023-03", "as_of"), ("2021년", "2021", "end")]),
        [("metric", "다온약국", "520곳", "2023-03"), ("metric", "다온약국", "310곳", "2021")],
    ),
    "money after a deal verb describing a noun (`인수된 누리식품은`) is the main clause's, no deal amount": (
        Case("2020년 한빛그룹에 인수된 누리식품은 지난해 매출 800억 원을 올렸다.",
             [("한빛그룹", "ORG"), ("누리식품", "ORG")], [("800억 원", 8e10, "KRW", "money")],
             [("2020년", "2020"), ("지난해", "2022")]),
        [("event", "한빛그룹", "acquired", "2020"), ("metric", "누리식품", "800억 원", "2022")],
    ),
    "a round's joiner adding money (`10억 원을 보탰다`) invests it, no metric of its own": (
        Case("가온랩은 올해 2월 시리즈A 투자로 60억 원을 유치했다. 솔빛벤처스가 투자를 이끌었고, 기존 투자사 다온캐피탈이 10억 원을 보탰다.",
             [("가온랩", "ORG"), ("솔빛벤처스", "ORG"), ("다온캐피탈", "ORG")],
             [("60억 원", 6e9, "KRW", "money"), ("10억 원", 1e9, "KRW", "money")], [("올해 2월", "2023-02")]),
        [("metric", "가온랩", "60억 원", "2023-02"), ("event", "솔빛벤처스", "invested", "2023-02"),
         ("event", "다온캐피탈", "invested", "2023-02")],
    ),
    "a lead who puts money in (`…을 넣어`) and then leads the round, and a joiner who supplies (`대다`) the rest, invest": (
        Case("가온랩은 올해 2월 시리즈A 투자로 60억 원을 유치했다. 솔빛벤처스가 45억 원을 넣어 이 라운드를 이끌었고, "
             "기존 투자사 다온캐피탈이 나머지 15억 원을 댔다.",
             [("가온랩", "ORG"), ("솔빛벤처스", "ORG"), ("다온캐피탈", "ORG")],
             [("60억 원", 6e9, "KRW", "money"), ("45억 원", 4.5e9, "KRW", "money"), ("15억 원", 1.5e9, "KRW", "money")],
             [("올해 2월", "2023-02")]),
        [("metric", "가온랩", "60억 원", "2023-02"), ("event", "솔빛벤처스", "invested", "2023-02"),
         ("event", "다온캐피탈", "invested", "2023-02")],
    ),
    "goods named by where they are made (`베트남산 새우`) and measured are a market-wide subject, not the place": (
        Case("올해 1∼6월 베트남산 새우 수입량은 3만 t이었다. 일본산 맥주의 점유율은 지난해 8%로 올랐다.",
             [("베트남", "LOCATION"), ("일본", "LOCATION")],
             [("3만 t", 3e4, "t", "other"), ("8%", 8, "%", "percent")], [("올해 1∼6월", "2023-01"), ("지난해", "2022")]),
        [("metric", "베트남산 새우", "3만 t", "2023-01"), ("metric", "일본산 맥주", "8%", "2022")],
    ),
    "a fee (`수수료`) named with a product is the product's": (
        Case("다온페이는 지난해 5월 간편결제 서비스 ‘다온간편’의 가맹점 수수료를 2.5%에서 1.8%로 낮췄다.",
             [("다온페이", "ORG"), ("다온간편", "PRODUCT")],
             [("2.5%", 2.5, "%", "percent"), ("1.8%", 1.8, "%", "percent")], [("지난해 5월", "2023-05")]),
        [("metric", "다온간편", "2.5%", None), ("metric", "다온간편", "1.8%", "2023-05")],
    ),
    "a founding told of what the topic is (`2015년 설립된 벤처캐피털로`) dates no figure of now": (
        Case("한솔인베스트는 2015년 설립된 벤처캐피털로, 운용자산은 4200억 원이다. "
             "가람데이터는 2019년 통계학자들이 세운 분석 전문 기업으로 소비자 패널 3만 명을 운영한다.",
             [("한솔인베스트", "ORG"), ("가람데이터", "ORG")],
             [("4200억 원", 4.2e11, "KRW", "money"), ("3만 명", 3e4, "명", "count")], [("2015년", "2015"), ("2019년", "2019")]),
        [("event", "한솔인베스트", "founded", "2015"), ("metric", "한솔인베스트", "4200억 원", None),
         ("event", "가람데이터", "founded", "2019"), ("metric", "가람데이터", "3만 명", None)],
    ),
    "a deal named again by its generic noun (`이번 거래에서`) dates the valuation after it": (
        Case("가온그룹은 올해 3월 다솜푸드 지분 51%를 900억 원에 인수했다. 이번 거래에서 다솜푸드의 기업가치는 1800억 원으로 평가됐다.",
             [("가온그룹", "ORG"), ("다솜푸드", "ORG"), (("다솜푸드", 1), "ORG")],
             [("51%", 51, "%", "percent"), ("900억 원", 9e10, "KRW", "money"), ("1800억 원", 1.8e11, "KRW", "money")],
             [("올해 3월", "2023-03")]),
        [("event", "가온그룹", "acquired", "2023-03"), ("metric", "가온그룹", "51%", "2023-03"),
         ("metric", "다솜푸드", "1800억 원", "2023-03")],
    ),
    "a deal named as a time past (`제휴 이후`) does not date the figure after it": (
        Case("바람솔은 지난해 4월 한결유통과 제휴를 맺고 지역 특산품을 팔기 시작했다. "
             "제휴 이후 바람솔몰에서 팔리는 특산품은 120종으로 늘었다.",
             [("바람솔", "ORG"), ("한결유통", "ORG"), ("바람솔몰", "PRODUCT")],
             [("120종", 120, "종", "count")], [("지난해 4월", "2023-04")]),
        [("event", "바람솔", "partnered", "2023-04"), ("metric", "바람솔몰", "120종", None)],
    ),
    "a research firm (`시장 조사업체`) estimating a market gives no finding of the survey before it": (
        Case("한결리서치가 직장인 800명에게 물었더니 응답자의 40%가 헬스장을 다닌다고 답했다. "
             "시장 조사업체 피트랩은 국내 홈트레이닝 시장 규모를 지난해 5000억 원으로 추산했다.",
             [("한결리서치", "ORG"), ("피트랩", "ORG")],
             [("800명", 800, "명", "count"), ("40%", 40, "%", "percent"), ("5000억 원", 5e11, "KRW", "money")],
             [("지난해", "2023")]),
        [("metric", "직장인", "40%", None), ("metric", "국내 홈트레이닝 시장", "5000억 원", "2023")],
    ),
    "a research firm tallying what a reported clause says of a market (`…시장이 … 커졌다고 집계했다`) gives it to the market": (
        Case("조사업체 한빛리서치는 세계 반려동물 보험 시장이 지난해 약 31억 달러 규모로 2021년보다 44% 커졌다고 집계했다.",
             [("한빛리서치", "ORG")],
             [("31억 달러", 3.1e9, "USD", "money", "approx"), ("44%", 44, "%", "percent")],
             [("지난해", "2022"), ("2021년", "2021")]),
        [("metric", "세계 반려동물 보험 시장", "31억 달러", "2022"), ("metric", "세계 반려동물 보험 시장", "44%", "2022")],
    ),
    "a research firm estimating a market-wide group's measure (no market word) gives it to the group": (
        Case("유통 조사업체 가람리서치는 지난해 국내 편의점 매출을 약 31조 원으로 추산했다.",
             [("가람리서치", "ORG")], [("31조 원", 3.1e13, "KRW", "money", "approx")], [("지난해", "2022")]),
        [("metric", "국내 편의점", "31조 원", "2022")],
    ),
    "a market-wide group's demand (`… 전력 수요는`) is its measure, not a word of the group": (
        Case("산업부에 따르면 국내 제철소 전력 수요는 지난해 30TWh였다.", [("산업부", "ORG")],
             [("30TWh", 30, "TWh", "other")], [("지난해", "2022")]),
        [("metric", "국내 제철소", "30TWh", "2022")],
    ),
    "a research firm estimating a named company's measure gives it to the company": (
        Case("증권사 한결투자증권은 솔마루푸드의 지난해 영업이익을 약 320억 원으로 추정했다.",
             [("한결투자증권", "ORG"), ("솔마루푸드", "ORG")],
             [("320억 원", 3.2e10, "KRW", "money", "approx")], [("지난해", "2022")]),
        [("metric", "솔마루푸드", "320억 원", "2022")],
    ),
    "a price noun Kiwi cut (`판매`+`가`) after a product's clause is the product's price": (
        Case("누리제과는 2023년 5월 ‘달빛칩’의 중량을 70g에서 60g으로 줄이면서 편의점 판매가는 1700원으로 묶었다.",
             [("누리제과", "ORG"), ("달빛칩", "PRODUCT")],
             [("70g", 70, "g", "other"), ("60g", 60, "g", "other"), ("1700원", 1700, "KRW", "money")],
             [("2023년 5월", "2023-05")]),
        [("metric", "달빛칩", "1700원", "2023-05")],
    ),
    "a count an alias names is the size of a study's group, no claim": (
        Case("가람마트는 실험을 했다. 뽑힌 24곳(이하 표시 매장)에서는 가격표를 바꿨고, 나머지 24곳(이하 비교 매장)은 그대로 뒀다.",
             [("가람마트", "ORG")], [("24곳", 24, "곳", "count"), (("24곳", 1), 24, "곳", "count")]),
        [],
    ),
    "a time opening a bounded group's phrase is no word of the group": (
        Case("통계청에 따르면 지난해 65세 이상 고령인구는 993만8000명이었다.", [("통계청", "ORG")],
             [("993만8000명", 9938000, "명", "count")], [("지난해", "2022")]),
        [("metric", "65세 이상 고령인구", "993만8000명", "2022")],
    ),
    "a list item's mark is no word of the group its phrase names": (
        Case("한빛마트는 실험을 했다. 고령 고객(이하 고령 고객)과 나머지 고객을 비교했다.\n\n• 고령 고객의 PB 상품 구매 비중은 6.2%p 높아졌다.",
             [("한빛마트", "ORG")], [("6.2%p", 6.2, "%p", "percent")]),
        [("metric", "고령 고객", "6.2%p", None)],
    ),
    "a fee after a scope group is its measure, not a word of the group": (
        Case("국내 OTT 월평균 구독료는 지난해 1만3400원이었다.", [],
             [("1만3400원", 13400, "KRW", "money")], [("지난해", "2022")]),
        [("metric", "국내 OTT", "1만3400원", "2022")],
    ),
    "a place set before a noun only says where; a place's government or firms are the place's": (
        Case("바르텔 메디컬은 수술 도구를 만든다. 슈투트가르트 공장은 전력의 80%를 태양광으로 충당한다. "
             "독일 정부는 보조금 2억 유로를 댔다. 대만의 반도체 생산은 15% 늘었다.",
             [("바르텔 메디컬", "ORG"), ("슈투트가르트", "LOCATION"), ("독일", "LOCATION"), ("대만", "LOCATION")],
             [("80%", 80, "%", "percent"), ("2억 유로", 2e8, "EUR", "money"), ("15%", 15, "%", "percent")]),
        [("metric", "바르텔 메디컬", "80%", None), ("metric", "독일", "2억 유로", None),
         ("metric", "대만", "15%", None)],
    ),
    "a place before a noun Kiwi splits into a bound noun (`공/NNB 방`) only says where, too": (
        Case("라벨리에는 가죽 장갑을 만든다. 라벨리에의 직원은 50명이다. 리옹 공방 견학 프로그램에는 지난해 9000명이 다녀갔다.",
             [("라벨리에", "ORG"), (("라벨리에", 1), "ORG"), ("리옹", "LOCATION")],
             [("50명", 50, "명", "count"), ("9000명", 9000, "명", "count")], [("지난해", "2023")]),
        [("metric", "라벨리에", "50명", None), ("metric", "라벨리에", "9000명", "2023")],
    ),
    "the deal's whole size in the sentence after it is the deal's amount; a part of it is a metric": (
        Case("솔빛제약은 2022년 4월 미국 노바렉스와 신약 판매 계약을 맺었다. 계약금은 3000만 달러, 총 규모는 4억 달러다.",
             [("솔빛제약", "ORG"), ("미국", "LOCATION"), ("노바렉스", "ORG")],
             [("3000만 달러", 3e7, "USD", "money"), ("4억 달러", 4e8, "USD", "money")], [("2022년 4월", "2022-04")]),
        [("event", "솔빛제약", "partnered", "2022-04"), ("metric", "솔빛제약", "3000만 달러", "2022-04")],
    ),
    "a technology exported under licence is a partnership; goods exported are no event": (
        Case("솔빛제약은 2021년 6월 독일 제약사에 2억 달러 규모로 기술을 수출했다. 한빛식품은 2020년 미국에 김치를 수출했다.",
             [("솔빛제약", "ORG"), ("독일", "LOCATION"), ("한빛식품", "ORG"), ("미국", "LOCATION")],
             [("2억 달러", 2e8, "USD", "money")], [("2021년 6월", "2021-06"), ("2020년", "2020")]),
        [("event", "솔빛제약", "partnered", "2021-06")],
    ),
    "a sentence that refers to the set or the work of the sentence before takes its date": (
        Case("누리소프트의 직원 수는 2023년 6월 기준 900명이다. 이 가운데 개발자는 400명이다. "
             "누리소프트는 2022년 하반기 고객 3000명의 이용 기록을 분석했다. 분석 결과 고객의 30%는 주말에 접속했다.",
             [("누리소프트", "ORG"), ("누리소프트", "ORG")],
             [("900명", 900, "명", "count"), ("400명", 400, "명", "count"), ("3000명", 3000, "명", "count"),
              ("30%", 30, "%", "percent")],
             [("2023년 6월", "2023-06", "as_of"), ("2022년 하반기", "2022-H2")]),
        [("metric", "누리소프트", "900명", "2023-06"), ("metric", "누리소프트", "400명", "2023-06"),
         ("metric", "누리소프트", "30%", "2022-H2")],
    ),
    "a survey's findings are the surveyed group's, till a heading": (
        Case("리서치랩은 2022년 국내 대학생 800명을 조사했다. 응답자의 41%가 창업을 원했다. "
             "‘대기업에 가겠다’는 응답은 33%였다.\n\n다른 이야기\n\n응답률은 12%였다.",
             [("리서치랩", "ORG")],
             [("800명", 800, "명", "count"), ("41%", 41, "%", "percent"), ("33%", 33, "%", "percent"),
              ("12%", 12, "%", "percent")], [("2022년", "2022")]),
        [("metric", "국내 대학생", "41%", None), ("metric", "국내 대학생", "33%", None)],
    ),
    "people an organisation surveys that it has itself (its users, members) are its own": (
        Case("누리페이는 지난 3월 이용자 800명을 대상으로 조사했다. 응답자의 61%가 해외 송금을 썼다.",
             [("누리페이", "ORG")],
             [("800명", 800, "명", "count"), ("61%", 61, "%", "percent")], [("지난 3월", "2024-03")]),
        [("metric", "누리페이 이용자", "61%", None)],
    ),
    "the head of an organisation is named with `장` glued to it (`소담은행장`): their figures are its": (
        Case("2022년 취임한 전기찬 소담은행장은 지점을 줄였다. 그사이 모바일 이용자는 2배로 늘었다.",
             [("전기찬", "PERSON"), ("소담은행", "ORG")], [("2배", 2, "배", "ratio")], [("2022년", "2022")]),
        [("metric", "소담은행", "2배", None)],
    ),
    "those a survey asked answer (`답했다`): their share is the group's finding": (
        Case("누리카드가 올해 4월 자영업자 900명에게 물은 결과 58%가 ‘자금이 모자란 적이 있다’고 답했다.",
             [("누리카드", "ORG")], [("900명", 900, "명", "count"), ("58%", 58, "%", "percent")],
             [("올해 4월", "2023-04")]),
        [("metric", "자영업자", "58%", "2023-04")],
    ),
    "a share alone in brackets in a sentence of findings is a finding (`‘연봉’(46%)`, `같은 조사(33%)보다`)": (
        Case("누리리서치가 국내 직장인 1000명을 조사한 결과, 응답자들은 이직 이유로 ‘연봉’(46%)을 가장 많이 꼽았다. "
             "이직을 고민했다는 응답은 41%로, 2021년 같은 조사(33%)보다 늘었다.",
             [("누리리서치", "ORG")],
             [("1000명", 1000, "명", "count"), ("46%", 46, "%", "percent"), ("41%", 41, "%", "percent"),
              ("33%", 33, "%", "percent")],
             [("2021년", "2021")]),
        [("metric", "국내 직장인", "46%", None), ("metric", "국내 직장인", "41%", None),
         ("metric", "국내 직장인", "33%", "2021")],
    ),
    "firms surveyed through their staff are the group, and respondents' plans are a measured share": (
        Case("한빛연구소는 국내 제조 기업 인사 담당자 300명을 대상으로 설문 조사를 했다. "
             "응답 기업의 72%가 향후 2년 안에 AI 도입을 늘릴 계획이 있다고 답했다.",
             [("한빛연구소", "ORG")], [("300명", 300, "명", "count"), ("72%", 72, "%", "percent")], []),
        [("metric", "국내 제조 기업", "72%", None)],
    ),
    "firms of any kind surveyed through the people in charge of a part are the group": (
        Case("가람컨설팅은 국내 물류업체 150곳의 현장 안전 책임자를 설문했다. 응답 업체의 64%가 지난해 사고가 줄었다고 답했다.",
             [("가람컨설팅", "ORG")], [("150곳", 150, "곳", "count"), ("64%", 64, "%", "percent")], [("지난해", "2022")]),
        [("metric", "국내 물류업체", "64%", None)],
    ),
    "a surveyed group is written as the sentence writes it, without its dates, other figures and age band": (
        Case("리서치랩은 지난해 말 한국과 일본의 직장인 900명을 조사했다. 응답자의 41%가 이직을 원했다. "
             "한빛연구소는 올해 국내 기업의 인사 담당자 300명에게 물었다. 응답자의 52%가 채용을 늘린다고 답했다. "
             "가람랩은 만 20∼39세 국내 소비자 2000명을 대상으로 조사했다. 응답자의 30%가 구독을 끊었다.",
             [("리서치랩", "ORG"), ("한빛연구소", "ORG"), ("가람랩", "ORG")],
             [("900명", 900, "명", "count"), ("41%", 41, "%", "percent"),
              ("300명", 300, "명", "count"), ("52%", 52, "%", "percent"), ("20∼39세", 20, "세", "other"),
              ("2000명", 2000, "명", "count"), ("30%", 30, "%", "percent")],
             [("지난해", "2022"), ("올해", "2023")]),
        [("metric", "한국과 일본의 직장인", "41%", None), ("metric", "국내 기업의 인사 담당자", "52%", None),
         ("metric", "국내 소비자", "30%", None)],
    ),
    "the mark of a full age (`만`) leaves a surveyed group with its age, wherever it stands": (
        Case("누리서베이는 전국 만 20∼69세 소비자 1500명을 대상으로 조사했다. 응답자의 71.4%가 용량 축소를 알아챘다.",
             [("누리서베이", "ORG")],
             [("20∼69세", 20, "세", "other"), ("1500명", 1500, "명", "count"), ("71.4%", 71.4, "%", "percent")], []),
        [("metric", "전국 소비자", "71.4%", None)],
    ),
    "a finding that names the respondents is the last survey's past a heading; "
    "not one that names another survey by what it asked, nor a response rate": (
        Case("조사 개요\n\n리서치랩은 국내 대학생 800명을 대상으로 조사했다.\n\n창업을 원하는 학생들\n\n"
             "응답자의 41%가 창업을 원했다. 응답률은 12%였다.\n\n한빛대의 실험\n\n"
             "한빛대는 학생 상담을 늘렸다. 학생 만족도 조사에서 ‘만족한다’는 응답은 78%였다.",
             [("리서치랩", "ORG"), ("한빛대", "ORG")],
             [("800명", 800, "명", "count"), ("41%", 41, "%", "percent"), ("12%", 12, "%", "percent"),
              ("78%", 78, "%", "percent")]),
        [("metric", "국내 대학생", "41%", None)],
    ),
    "past a heading, a finding that names the respondents takes the section back to the survey: its findings "
    "after it are the group's (`조사(38%)보다`, `가장 많이 꼽혔다`, `뒤를 이었다`), an age band's where one scopes them; "
    "a bound defining whom a share counts (`3개 이상 쓰는`) is none": (
        Case("리서치랩은 국내 직장인 1200명을 대상으로 설문 조사를 했다.\n\n주요 결과\n\n"
             "응답자의 54%가 재택근무를 원한다고 답했다. 2021년 조사(38%)보다 16%p 늘어난 수치다. "
             "이유로는 ‘통근 시간’(61%)이 가장 많이 꼽혔다. 업무 집중(24%)과 육아(9%)가 뒤를 이었다. "
             "30대에서 협업 앱을 3개 이상 쓰는 ‘다중 사용자’ 비중은 27%로 2021년 조사보다 9%p 높아졌다. "
             "한 달 통신비는 평균 6만 원으로, 2021년 조사(5만 원)보다 20% 늘었다.\n\n다른 회사\n\n"
             "한빛전자는 올해 매출이 12% 늘었다.",
             [("리서치랩", "ORG"), ("한빛전자", "ORG")],
             [("1200명", 1200, "명", "count"), ("54%", 54, "%", "percent"), ("38%", 38, "%", "percent"),
              ("16%p", 16, "%p", "percent"), ("61%", 61, "%", "percent"), ("24%", 24, "%", "percent"), ("9%", 9, "%", "percent"), ("3개", 3, "개", "count"),
              ("27%", 27, "%", "percent"), ("9%p", 9, "%p", "percent"), ("6만 원", 6e4, "KRW", "money"),
              ("5만 원", 5e4, "KRW", "money"), ("20%", 20, "%", "percent"), ("12%", 12, "%", "percent")],
             [("2021년", "2021"), (("2021년", 1), "2021"), (("2021년", 2), "2021"), ("올해", "2023")]),
        [("metric", "국내 직장인", "54%", None), ("metric", "국내 직장인", "38%", "2021"),
         ("metric", "국내 직장인", "16%p", None), ("metric", "국내 직장인", "61%", None),
         ("metric", "국내 직장인", "24%", None), ("metric", "국내 직장인", "9%", None),
         ("metric", "30대", "27%", None), ("metric", "30대", "9%p", None),
         ("metric", "국내 직장인", "6만 원", None), ("metric", "국내 직장인", "5만 원", "2021"),
         ("metric", "한빛전자", "12%", "2023")],
    ),
    "a finding of an age band that takes a section back to the survey leaves the survey's group, not the band, "
    "to the findings after it": (
        Case("리서치랩은 국내 직장인 900명을 대상으로 조사했다.\n\n세대별 결과\n\n"
             "30대에서 재택을 원한다는 응답은 70%였다. 이직을 고민한다는 응답은 35%였다.",
             [("리서치랩", "ORG")],
             [("900명", 900, "명", "count"), ("70%", 70, "%", "percent"), ("35%", 35, "%", "percent")]),
        [("metric", "30대", "70%", None), ("metric", "국내 직장인", "35%", None)],
    ),
    "people met in a survey (`만나고 설문 조사를 했다`) are its sample, and an adjective before them is part of the "
    "group (`젊은`, `바쁜`)": (
        Case("누리식품 연구팀은 석 달 동안 전국의 바쁜 직장인 900명을 만나고 설문 조사를 했다. "
             "조사 결과 응답자의 58%가 ‘아침을 거른다’고 답했다. "
             "한빛연구소는 젊은 부모 600명을 만나 설문 조사를 했다. 응답자의 41%가 ‘육아 앱을 쓴다’고 답했다.",
             [("누리식품", "ORG"), ("한빛연구소", "ORG")],
             [("900명", 900, "명", "count"), ("58%", 58, "%", "percent"), ("600명", 600, "명", "count"),
              ("41%", 41, "%", "percent")]),
        [("metric", "바쁜 직장인", "58%", None), ("metric", "젊은 부모", "41%", None)],
    ),
    "a figure in direct speech whose speaker says whose in the first person (`저희 회원`, `저희 팀`, `저희는` as the "
    "subject of its clause) is the speaker's organisation's; `저희는` of another clause owns nothing": (
        Case("누리식품은 냉동식품 회사다. 김하늘 누리식품 마케팅본부장은 “저희 회원 가운데 정기 배송을 쓰는 분이 "
             "지난해 처음으로 35%를 넘었다”고 말했다. 그는 “저희 팀 30명 가운데 6명이 디자이너”라고 덧붙였다. "
             "이어 “대형 회사에서는 200명이 2년 동안 만들지만 저희는 그럴 여유가 없었다”고 말했다. "
             "그는 “저희는 매장을 40곳에서 55곳으로 늘렸다”고 말했다.",
             [("누리식품", "ORG"), ("김하늘", "PERSON"), (("누리식품", 1), "ORG")],
             [("35%", 35, "%", "percent"), ("30명", 30, "명", "count"), ("6명", 6, "명", "count"),
              ("200명", 200, "명", "count"), ("2년", 2, "년", "duration"), ("40곳", 40, "곳", "count"),
              ("55곳", 55, "곳", "count")],
             [("지난해", "2022")]),
        [("quote", "김하늘", "김하늘", None), ("metric", "누리식품", "35%", "2022"), ("quote", "김하늘", "김하늘", None),
         ("metric", "누리식품", "30명", None), ("metric", "누리식품", "6명", None), ("quote", "김하늘", "김하늘", None),
         ("quote", "김하늘", "김하늘", None), ("metric", "누리식품", "40곳", None), ("metric", "누리식품", "55곳", None)],
    ),
    "a figure a speaker tied to an organisation tells in the past tense is the organisation's; a conditional, "
    "a present rule and a speaker tied to none give none": (
        Case("누리마트는 동네 슈퍼마켓 체인이다. 도하람 누리마트 운영본부장은 “지난해 전단 발송을 30% 줄였는데도 "
             "매출은 6% 늘었습니다”라고 말했다. 그는 “점포가 300곳이 돼도 가격은 그대로 둘 것”이라고 덧붙였다. "
             "단골손님 윤소리 씨는 “지난달 장보기에 40만 원을 썼다”고 말했다.",
             [("누리마트", "ORG"), ("도하람", "PERSON"), (("누리마트", 1), "ORG"), ("윤소리", "PERSON")],
             [("30%", 30, "%", "percent"), ("6%", 6, "%", "percent"), ("300곳", 300, "곳", "count"),
              ("40만 원", 400000, "KRW", "money")],
             [("지난해", "2022"), ("지난달", "2023-05")]),
        [("quote", "도하람", "도하람", None), ("metric", "누리마트", "30%", "2022"), ("metric", "누리마트", "6%", "2022"),
         ("quote", "도하람", "도하람", None), ("quote", "윤소리", "윤소리", None)],
    ),
    "a researcher's first person that names their own source (`저희 분석에서`, `저희 조사에서`) owns no figure: "
    "the group the clause names does": (
        Case("바른데이터는 소비자 조사 회사다. 채윤서 바른데이터 연구원은 “저희 분석에서 수도권 직장인은 하루 평균 "
             "2.3번 배달 앱을 열었다”고 말했다. 그는 “저희 조사에서 중소기업의 월 배달비는 평균 4만 원이었다”고 했다.",
             [("바른데이터", "ORG"), ("채윤서", "PERSON"), (("바른데이터", 1), "ORG")],
             [("2.3번", 2.3, "번", "count"), ("4만 원", 40000, "KRW", "money")]),
        [("quote", "채윤서", "채윤서", None), ("metric", "수도권 직장인", "2.3번", None),
         ("quote", "채윤서", "채윤서", None), ("metric", "중소기업", "4만 원", None)],
    ),
    "a speaker named with an organisation and any job title after it (`연구개발부장`, `인사총괄 전무`) speaks for that "
    "organisation in the first person, not for the one named before": (
        Case("가람바이오는 2023년 누리랩의 분석 도구를 들였다. 여하진 가람바이오 연구개발부장은 “저희 회사의 임상 기간은 "
             "14개월로 줄었습니다”라고 말했다. 도윤서 다온제약 인사총괄 전무는 “저희 회사 연구원은 120명입니다”라고 했다.",
             [("가람바이오", "ORG"), ("누리랩", "ORG"), ("여하진", "PERSON"), (("가람바이오", 1), "ORG"),
              ("도윤서", "PERSON"), ("다온제약", "ORG")],
             [("14개월", 14, "개월", "duration"), ("120명", 120, "명", "count")], [("2023년", "2023")]),
        [("quote", "여하진", "여하진", None), ("metric", "가람바이오", "14개월", None),
         ("quote", "도윤서", "도윤서", None), ("metric", "다온제약", "120명", None)],
    ),
    "an organisation that surveyed a group and later analyses it again (`… 평가를 분석한 결과`) reports that group's "
    "findings, past a heading; a count within the group asked (`기업 200곳의 신입 사원 900명을`) is the sample's": (
        Case("누리컨설팅이 국내 기업 200곳의 신입 사원 900명을 조사한 결과, 응답자의 40%가 이직을 고민했다.\n\n1년 뒤\n\n"
             "누리컨설팅이 신입 사원 900명의 1년 뒤 평가를 분석한 결과, 멘토가 있던 사원의 ‘우수’ 평가 비율은 38%였다.",
             [("누리컨설팅", "ORG"), (("누리컨설팅", 1), "ORG")],
             [("200곳", 200, "곳", "count"), ("900명", 900, "명", "count"), ("40%", 40, "%", "percent"),
              (("900명", 1), 900, "명", "count"), ("38%", 38, "%", "percent")]),
        [("metric", "국내 기업 신입 사원", "40%", None), ("metric", "국내 기업 신입 사원", "38%", None)],
    ),
    "a rate per unit in money (`사용자당 월 15달러`) is the fee of the one product the sentence names before it, "
    "also where a company is the subject; with no product it stays the company's": (
        Case("누리소프트는 2023년 5월 AI 비서 ‘하루노트’를 내놓으면서 사용자당 월 15달러를 받기로 했다. "
             "누리소프트의 컨설팅 부문은 건당 300달러를 받는다.",
             [("누리소프트", "ORG"), ("하루노트", "PRODUCT"), (("누리소프트", 1), "ORG")],
             [("15달러", 15, "USD", "money"), ("300달러", 300, "USD", "money")], [("2023년 5월", "2023-05")]),
        [("event", "누리소프트", "launched", "2023-05"), ("metric", "하루노트", "15달러", "2023-05"),
         ("metric", "누리소프트", "300달러", None)],
    ),
    "what the respondents chose (`이들이 꼽은 이유는`) are findings, dated like the survey they answered": (
        Case("누리리서치가 지난해 5월 국내 직장인 800명에게 물은 결과, 이직을 고민한다는 응답은 45%였다. "
             "이들이 꼽은 이유는 ‘연봉’(52%), ‘성장’(30%) 순이었다.",
             [("누리리서치", "ORG")],
             [("800명", 800, "명", "count"), ("45%", 45, "%", "percent"), ("52%", 52, "%", "percent"),
              ("30%", 30, "%", "percent")], [("지난해 5월", "2022-05")]),
        [("metric", "국내 직장인", "45%", "2022-05"), ("metric", "국내 직장인", "52%", "2022-05"),
         ("metric", "국내 직장인", "30%", "2022-05")],
    ),
    "a clinical trial's sites, enrolment and arms are its design, no claim; its results and what an enrolment is "
    "named after (`모집 기간`) are": (
        Case("누리바이오의 임상 2상은 2022년 5월 국내 6개 병원에서 시작됐다. 2상에 참여한 환자는 모두 84명이었다. "
             "누리바이오는 2상 환자의 50%를 고용량군에 배정했다. 누리바이오의 2상에서 부작용으로 투약을 중단한 환자는 "
             "3명에 그쳤고, 환자 모집 기간은 30% 줄었다.",
             [("누리바이오", "ORG"), (("누리바이오", 1), "ORG"), (("누리바이오", 2), "ORG")],
             [("6개", 6, "개", "count"), ("84명", 84, "명", "count"), ("50%", 50, "%", "percent"),
              ("3명", 3, "명", "count"), ("30%", 30, "%", "percent")],
             [("2022년 5월", "2022-05")]),
        [("metric", "누리바이오", "3명", None), ("metric", "누리바이오", "30%", None)],
    ),
    "a topic with no entity that names people or firms (`… 미만 소규모 기업은 21%에 그쳤다`) is the group whose figure "
    "it is, as written, past a contrast's `반면`; a bare `기업은` is none": (
        Case("누리리서치는 국내 기업 500곳을 조사했다.\n\n결과\n\n"
             "직원 300명 이상 중견 기업은 64%가 재택근무를 도입했지만, 직원 50명 미만 소규모 기업은 21%에 그쳤다. "
             "중견 기업은 평균 3억 원을 쓴 반면 소규모 기업은 5000만 원을 썼다. 재택근무를 늘린 기업은 30%였다.",
             [("누리리서치", "ORG")],
             [("500곳", 500, "곳", "count"), ("300명", 300, "명", "count"), ("64%", 64, "%", "percent"),
              ("50명", 50, "명", "count"), ("21%", 21, "%", "percent"), ("3억 원", 3e8, "KRW", "money"),
              ("5000만 원", 5e7, "KRW", "money"), ("30%", 30, "%", "percent")]),
        [("metric", "직원 300명 이상 중견 기업", "64%", None), ("metric", "직원 50명 미만 소규모 기업", "21%", None),
         ("metric", "중견 기업", "3억 원", None), ("metric", "소규모 기업", "5000만 원", None)],
    ),
    "a figure in a clause with `채` takes the date of the act it is the state of (`… 안은 채 2019년 3월 …`)": (
        Case("누리식품은 부채 300억 원을 안은 채 2019년 3월 공장을 닫았다.",
             [("누리식품", "ORG")], [("300억 원", 3e10, "KRW", "money")], [("2019년 3월", "2019-03")]),
        [("metric", "누리식품", "300억 원", "2019-03")],
    ),
    "a survey cited again by its surveyor's name (`리서치랩 조사에서`) is the same group's, past a heading; "
    "another surveyor's survey is not": (
        Case("리서치랩은 2022년 국내 대학생 800명을 조사했다. 응답자의 41%가 창업을 원했다.\n\n다른 이야기\n\n"
             "리서치랩 조사에서 대학생의 27%는 휴학을 고민했다. 한빛연구소 조사에서 직장인의 19%는 이직을 원했다.",
             [("리서치랩", "ORG"), (("리서치랩", 1), "ORG"), ("한빛연구소", "ORG")],
             [("800명", 800, "명", "count"), ("41%", 41, "%", "percent"), ("27%", 27, "%", "percent"),
              ("19%", 19, "%", "percent")], [("2022년", "2022")]),
        [("metric", "국내 대학생", "41%", None), ("metric", "국내 대학생", "27%", None)],
    ),
    "a product named in a relative clause before a topic that names no entity owns the figure": (
        Case("한빛카드는 2021년 간편결제 앱 ‘누리페이’를 선보였다. 누리페이를 통해 결제하는 고객 비율은 35%였다. "
             "한빛카드는 누리페이로 결제한 고객 비율이 40%라고 밝혔다.",
             [("한빛카드", "ORG"), ("누리페이", "PRODUCT"), (("누리페이", 1), "PRODUCT"), (("한빛카드", 1), "ORG"),
              (("누리페이", 2), "PRODUCT")],
             [("35%", 35, "%", "percent"), ("40%", 40, "%", "percent")], [("2021년", "2021")]),
        [("event", "한빛카드", "launched", "2021"), ("metric", "누리페이", "35%", None),
         ("metric", "한빛카드", "40%", None)],
    ),
    "a time something takes (`18개월이 걸린다`) is measured; what it once took (`2년이 걸렸다`) is the story's": (
        Case("누리소프트가 새 결제 시스템을 만드는 데 2년이 걸렸다. 누리소프트의 신제품 출시에는 보통 18개월이 걸린다.",
             [("누리소프트", "ORG"), (("누리소프트", 1), "ORG")],
             [("2년", 2, "년", "duration"), ("18개월", 18, "개월", "duration")]),
        [("metric", "누리소프트", "18개월", None)],
    ),
    "a quotation a pronoun speaks (`그는 “…`) is the person last named in the paragraph's, not the company's": (
        Case("누리식품은 올해 매출이 늘었다. 기자는 김민재 누리식품 대표를 만났다. 그는 “작은 시장에서 1등을 하겠다”고 말했다.",
             [("누리식품", "ORG"), ("김민재", "PERSON"), (("누리식품", 1), "ORG")]),
        [("quote", "김민재", "김민재", None)],
    ),
    "a quoted name that ends the topic (`대표 상품 ‘바삭칩’은`) is its head, past its gloss and quotation marks": (
        Case("누리식품의 대표 상품 ‘바삭칩(脆片)’은 쌀로 만든 과자다. 한 봉지가 1500원이다. "
             "누리식품의 공장 ‘한빛캠퍼스’는 연간 300만 봉을 만든다.",
             [("누리식품", "ORG"), ("바삭칩", "PRODUCT"), (("누리식품", 1), "ORG")],
             [("1500원", 1500, "KRW", "money"), ("300만 봉", 3e6, "봉", "count")]),
        [("metric", "바삭칩", "1500원", None), ("metric", "누리식품", "300만 봉", None)],
    ),
    "a count of days (`비축 일수`) measures a time: a plan's figure": (
        Case("한빛에너지는 원유 비축 일수를 90일로 늘릴 계획이다.",
             [("한빛에너지", "ORG")], [("90일", 90, "일", "duration")]),
        [("plan", "한빛에너지", "90일", None)],
    ),
    "a change's start after the date a change began in an earlier clause is undated": (
        Case("누리보험은 2023년 3월부터 청구 심사를 AI에 맡겼고, 심사 기간은 평균 6일에서 2일로 줄었다.",
             [("누리보험", "ORG")], [("6일", 6, "일", "duration"), ("2일", 2, "일", "duration")],
             [("2023년 3월", "2023-03", "since")]),
        [("metric", "누리보험", "6일", None), ("metric", "누리보험", "2일", "2023-03")],
    ),
    "a comparison's base keeps its date; the difference after it takes the compared value's": (
        Case("누리카드의 2023년 2분기 연체율은 1.2%로 1분기의 1.5%보다 0.3%p 낮았다.",
             [("누리카드", "ORG")],
             [("1.2%", 1.2, "%", "percent"), ("1.5%", 1.5, "%", "percent"), ("0.3%p", 0.3, "%p", "percent")],
             [("2023년 2분기", "2023-Q2"), ("1분기", "2023-Q1")]),
        [("metric", "누리카드", "1.2%", "2023-Q2"), ("metric", "누리카드", "1.5%", "2023-Q1"),
         ("metric", "누리카드", "0.3%p", "2023-Q2")],
    ),
    "a figure with `대` counts vehicles before a qualifier (`11만 대 안팎`), a list before a noun (`5대 기술`)": (
        Case("한빛모터스의 전기차 판매는 지난해 12만 대 안팎이다. 한빛모터스는 5대 핵심 기술을 정했다.",
             [("한빛모터스", "ORG"), (("한빛모터스", 1), "ORG")],
             [("12만 대", 1.2e5, "대", "count", "approx"), ("5대", 5, "대", "count")], [("지난해", "2022")]),
        [("metric", "한빛모터스", "12만 대", "2022")],
    ),
    "a survey's scale (`5점 척도로`), parts (`3회에 걸쳐`) and a dative count (`20마리에게`) are no findings": (
        Case("누리연구소는 만족도를 5점 척도로 물었다. 평균 점수는 5점 만점에 3.8점이었다. "
             "누리연구소는 결과를 3회에 걸쳐 공개한다. 누리연구소는 시제품을 반려견 20마리에게 채워 시험했다.",
             [("누리연구소", "ORG"), (("누리연구소", 1), "ORG"), (("누리연구소", 2), "ORG")],
             [("5점", 5, "점", "score"), (("5점", 1), 5, "점", "score"), ("3.8점", 3.8, "점", "score"),
              ("3회", 3, "회", "count"), ("20마리", 20, "마리", "count")]),
        [("metric", "누리연구소", "3.8점", None)],
    ),
    "the people whose records a study analysed (`고객 8000명의 … 기록을 분석했다`) are its sample": (
        Case("가온마트는 지난해 고객 8000명의 구매 기록을 분석했다. 가온마트의 직원 3000명이 교육을 받았다.",
             [("가온마트", "ORG"), (("가온마트", 1), "ORG")],
             [("8000명", 8000, "명", "count"), ("3000명", 3000, "명", "count")], [("지난해", "2022")]),
        [("metric", "가온마트", "3000명", None)],
    ),
    "the people a survey asks (`1500명에게 물었더니`) are its sample, and its findings are theirs": (
        Case("커리어온은 직장인 1500명에게 물었다. 응답자의 62%가 이직을 고민했다. "
             "누리소프트는 고객 3000명에게 설문을 보냈다.",
             [("커리어온", "ORG"), ("누리소프트", "ORG")],
             [("1500명", 1500, "명", "count"), ("62%", 62, "%", "percent"), ("3000명", 3000, "명", "count")]),
        [("metric", "직장인", "62%", None)],
    ),
    "a phrase naming no entity that opens with a scope word is a market-wide group, for its sentence": (
        Case("국내 전동킥보드 누적 등록 대수는 2023년 약 30만 대다. 세계 핀테크 투자액은 120억 달러였다. "
             "누리모빌리티는 성장했다. 누리모빌리티 킥보드는 1만 대다. 평균 이용 시간은 12분이다.",
             [("누리모빌리티", "ORG"), (("누리모빌리티", 1), "ORG")],
             [("30만 대", 3e5, "대", "count"), ("120억 달러", 1.2e10, "USD", "money"),
              ("1만 대", 1e4, "대", "count"), ("12분", 12, "분", "duration")], [("2023년", "2023")]),
        [("metric", "국내 전동킥보드", "30만 대", "2023"), ("metric", "세계 핀테크", "120억 달러", None),
         ("metric", "누리모빌리티", "1만 대", None), ("metric", "누리모빌리티", "12분", None)],
    ),
    "a scope group before its genitive (`국내 조선업계의`) is the subject though a name follows it": (
        Case("한빛중공업은 수주를 늘렸다. 국내 조선업계의 EU 수주액은 약 30억 달러였다. "
             "국내 고객 한빛중공업의 선박은 12척이다.",
             [("한빛중공업", "ORG"), ("EU", "ORG"), (("한빛중공업", 1), "ORG")],
             [("30억 달러", 3e9, "USD", "money", "approx"), ("12척", 12, "척", "count")]),
        [("metric", "국내 조선업계", "30억 달러", None), ("metric", "한빛중공업", "12척", None)],
    ),
    "names listed as examples of a group (`LG전자와 한화솔루션 등 대기업 31곳이`) are no actor, nor carried on": (
        Case("누리소프트는 협업 툴 업체다. 현재 LG전자와 한화솔루션 등 대기업 31곳이 누리소프트의 툴을 쓴다. "
             "지난해 매출은 48억 원이었다.",
             [("누리소프트", "ORG"), ("LG전자", "ORG"), ("한화솔루션", "ORG"), (("누리소프트", 1), "ORG")],
             [("31곳", 31, "곳", "count"), ("48억 원", 4.8e9, "KRW", "money")], [("지난해", "2022")]),
        [("metric", "누리소프트", "31곳", None), ("metric", "누리소프트", "48억 원", "2022")],
    ),
    "a group whose measure a topic's genitive gives leaves out the examples listed before `등` (`… 한빛은행 등 "
    "시중은행 세 곳의`)": (
        Case("가람은행과 누리은행, 한빛은행 등 시중은행 세 곳의 순이익은 지난해 2조 원이었다.",
             [("가람은행", "ORG"), ("누리은행", "ORG"), ("한빛은행", "ORG")],
             [("2조 원", 2e12, "KRW", "money")], [("지난해", "2022")]),
        [("metric", "시중은행 세 곳", "2조 원", "2022")],
    ),
    "a chain of places before a noun (`경북 구미 공장의`) only says where, as one place does: the actor is carried on": (
        Case("누리리사이클은 폐배터리 재활용 업체다. 경북 구미 공장의 처리 능력은 연 6000t이다. 지난해 매출은 132억 원이었다.",
             [("누리리사이클", "ORG"), ("경북", "LOCATION"), ("구미", "LOCATION")],
             [("6000t", 6000, "t", "other"), ("132억 원", 1.32e10, "KRW", "money")], [("지난해", "2022")]),
        [("metric", "누리리사이클", "6000t", None), ("metric", "누리리사이클", "132억 원", "2022")],
    ),
    "a place before goods and an export word (`베트남 커피 수출액은`) is the exporter, whose figure it is; before the "
    "export word alone (`미국 수출액은`) it says where the goods went": (
        Case("베트남 커피 수출액은 지난해 42억 달러였다. 가람커피는 베트남 원두를 들여온다. 미국 수출액은 지난해 120억 원이었다.",
             [("베트남", "LOCATION"), ("가람커피", "ORG"), (("베트남", 1), "LOCATION"), ("미국", "LOCATION")],
             [("42억 달러", 4.2e9, "USD", "money"), ("120억 원", 1.2e10, "KRW", "money")],
             [("지난해", "2022"), (("지난해", 1), "2022")]),
        [("metric", "베트남", "42억 달러", "2022"), ("metric", "가람커피", "120억 원", "2022")],
    ),
    "a scope group's noun of firms keeps its group without the plural `들` glued to it": (
        Case("국내 김치 제조 업체들의 수출액은 지난해 1억6000만 달러였다.", [],
             [("1억6000만 달러", 1.6e8, "USD", "money")], [("지난해", "2022")]),
        [("metric", "국내 김치 제조 업체", "1억6000만 달러", "2022")],
    ),
    "a scope group runs on to a noun of firms, households or industries in its compound, and takes `전` before it": (
        Case("국내 수제맥주 양조 업체는 150곳을 넘는다. 국내 캠핑 용품 산업 매출은 4조 원이다. "
             "세계 반려견 양육 가구 수는 4억 가구다. 올해 전 세계 해운 업계의 순이익은 90억 달러로 줄었다. "
             "국내 베이글 전문점 매출은 6000억 원이다. 국내 안경 브랜드의 수출 거래는 14건이었다. "
             "국내 수소 충전 사업자는 38곳이다.",
             [],
             [("150곳", 150, "곳", "count"), ("4조 원", 4e12, "KRW", "money"), ("4억 가구", 4e8, "가구", "count"),
              ("90억 달러", 9e9, "USD", "money"), ("6000억 원", 6e11, "KRW", "money"), ("14건", 14, "건", "count"),
              ("38곳", 38, "곳", "count")],
             [("올해", "2024")]),
        [("metric", "국내 수제맥주 양조 업체", "150곳", None), ("metric", "국내 캠핑 용품 산업", "4조 원", None),
         ("metric", "세계 반려견 양육 가구", "4억 가구", None), ("metric", "전 세계 해운 업계", "90억 달러", "2024"),
         ("metric", "국내 베이글 전문점", "6000억 원", None), ("metric", "국내 안경 브랜드", "14건", None),
         ("metric", "국내 수소 충전 사업자", "38곳", None)],
    ),
    "a share after a group's genitive is that sub-group's, not the respondents' as a whole nor a base's": (
        Case("한빛연구원이 지난달 전국 소상공인 800명을 조사했다. 응답자의 52%가 카드 수수료를 부담으로 꼽았다. "
             "수도권 편의점 가맹점의 37.5%는 야간 무인 운영을 검토했다고 답했다. 전체 소상공인의 20%가 답했다. "
             "소상공인의 월 소득은 직장인 평균의 81%에 그쳤다.",
             [("한빛연구원", "ORG"), ("수도권", "LOCATION")],
             [("800명", 800, "명", "count"), ("52%", 52, "%", "percent"), ("37.5%", 37.5, "%", "percent"),
              ("20%", 20, "%", "percent"), ("81%", 81, "%", "percent")],
             [("지난달", "2024-04")]),
        [("metric", "전국 소상공인", "52%", None), ("metric", "수도권 편의점 가맹점", "37.5%", None),
         ("metric", "전국 소상공인", "20%", None), ("metric", "소상공인", "81%", None)],
    ),
    "a group a clause is set in (`…에서는`) owns its figures; a group given something (`…에게는`) does not": (
        Case("누리마트는 무인 계산대를 들였다. 수도권 가맹점에서는 분실률이 0.3%p 낮아졌다. "
             "지방 가맹점에서는 분실률이 0.5%p 높아졌다. 신규 회원에게는 3000원 쿠폰을 준다.",
             [("누리마트", "ORG")],
             [("0.3%p", 0.3, "%p", "percent"), ("0.5%p", 0.5, "%p", "percent"), ("3000원", 3000, "KRW", "money")]),
        [("metric", "수도권 가맹점", "0.3%p", None), ("metric", "지방 가맹점", "0.5%p", None),
         ("metric", "누리마트", "3000원", None)],
    ),
    "a group a figure is found at (`…에서`) owns it, but not a subject's group, a relative clause's or a named unit's": (
        Case("마루몰은 적립금 규모를 바꾸는 실험을 했다. 회원 1인당 구매액은 1만 원 집단에서 6.2% 늘었고, "
             "5000원 집단에서는 1.4% 줄었다. 석 달 넘게 구매가 없던 회원을 휴면 회원으로 분류했다. "
             "휴면 회원이 다시 방문한 비율은 1만 원 집단에서 9.1%였다. "
             "협력 매장에서 받는 수수료가 매출의 35%를 차지했다. 마루몰 물류팀에서 5년간 일했다.",
             [("마루몰", "ORG"), (("마루몰", 1), "ORG")],
             [("1만 원", 10000, "KRW", "money"), ("6.2%", 6.2, "%", "percent"), ("5000원", 5000, "KRW", "money"),
              ("1.4%", 1.4, "%", "percent"), (("1만 원", 1), 10000, "KRW", "money"), ("9.1%", 9.1, "%", "percent"),
              ("35%", 35, "%", "percent"), ("5년간", 5, "년", "duration")]),
        [("metric", "1만 원 집단", "6.2%", None), ("metric", "5000원 집단", "1.4%", None),
         ("metric", "휴면 회원", "9.1%", None), ("metric", "마루몰", "35%", None)],
    ),
    "call-centre agents and staff of a rank (`상담사`, `사원`) are people a group may end in": (
        Case("바른콜은 근무 선택 앱을 들였다. 40세 미만 상담사는 이직률이 5.2%p 떨어져 40세 이상 상담사(1.9%p)와 "
             "차이가 컸다. 지난해 국내 제조업 신입사원의 1년 내 퇴사율은 평균 21.5%였다.",
             [("바른콜", "ORG")],
             [("5.2%p", 5.2, "%p", "percent"), ("1.9%p", 1.9, "%p", "percent"), ("21.5%", 21.5, "%", "percent")],
             [("지난해", "2022")]),
        [("metric", "40세 미만 상담사", "5.2%p", None), ("metric", "40세 이상 상담사", "1.9%p", None),
         ("metric", "국내 제조업 신입사원", "21.5%", "2022")],
    ),
    "a group's plural suffix (`기업들은`) is left out of it": (
        Case("다솜리서치가 지난달 내놓은 ‘2024 클라우드 이용 조사’에 따르면 국내 중견기업의 38.2%가 클라우드를 쓴다. "
             "클라우드 도입 기업들은 서버 비용이 평균 17.5% 줄었다고 답했다.",
             [("다솜리서치", "ORG")],
             [("38.2%", 38.2, "%", "percent"), ("17.5%", 17.5, "%", "percent")], [("지난달", "2023-05")]),
        [("metric", "국내 중견기업", "38.2%", None), ("metric", "클라우드 도입 기업", "17.5%", None)],
    ),
    "a scope word glued into a word (`국내여행`) opens no market-wide group; a spaced one does": (
        Case("다솜리서치가 지난달 내놓은 ‘2024 가계 여가 조사’에 따르면 국내 가계의 64.1%가 캠핑을 다녀왔다. "
             "국내여행 만족도는 72.4%였다. 국내 캠핑장은 3120곳이었다.",
             [("다솜리서치", "ORG")],
             [("64.1%", 64.1, "%", "percent"), ("72.4%", 72.4, "%", "percent"), ("3120곳", 3120, "곳", "count")],
             [("지난달", "2023-05")]),
        [("metric", "국내 가계", "64.1%", None), ("metric", "국내 가계", "72.4%", None),
         ("metric", "국내 캠핑장", "3120곳", None)],
    ),
    "a part a sentence looks at alone (`…만 보면`, `…만 떼어 보면`) owns its figures, in a finding or not": (
        Case("다솜리서치가 지난달 내놓은 ‘2024 배달앱 이용 조사’에 따르면 배달앱에 입점한 음식점 점주의 52%가 수수료가 "
             "부담된다고 답했다. 개인 음식점 점주만 보면 61%가 그렇다고 답했다. 다솜리서치는 가맹점 매출도 분석했다. "
             "프랜차이즈 가맹점만 떼어 보면 배달 매출 비중이 38.5%였다.",
             [("다솜리서치", "ORG"), (("다솜리서치", 1), "ORG")],
             [("52%", 52, "%", "percent"), ("61%", 61, "%", "percent"), ("38.5%", 38.5, "%", "percent")],
             [("지난달", "2023-05")]),
        [("metric", "배달앱에 입점한 음식점 점주", "52%", None), ("metric", "개인 음식점 점주", "61%", None),
         ("metric", "프랜차이즈 가맹점", "38.5%", None)],
    ),
    "a stock market's listed firms run on over the nouns to the last noun of firms (`코스닥시장 신규 상장 기업`)": (
        Case("한국거래소에 따르면 올해 코스닥시장 신규 상장 기업의 첫날 평균 수익률은 54.2%였다.",
             [("한국거래소", "ORG"), ("코스닥시장", "ORG")],
             [("54.2%", 54.2, "%", "percent")], [("올해", "2023")]),
        [("metric", "코스닥시장 신규 상장 기업", "54.2%", "2023")],
    ),
    "an obligation (`-어야 하다`) is no claim; an average it states is": (
        Case("가온푸드는 미국 가맹 사업권을 넘겼다. 계약에 따라 상대 회사는 2030년까지 매장 120곳을 열어야 한다. "
             "인기 메뉴는 주문하고 받기까지 평균 25분을 기다려야 한다.",
             [("가온푸드", "ORG")],
             [("120곳", 120, "곳", "count"), ("25분", 25, "분", "duration")], [("2030년", "2030", "by")]),
        [("metric", "가온푸드", "25분", None)],
    ),
    "the gap a later clause names between the sentence's two figures (`두 연령대의 격차는`) is no claim": (
        Case("다솜리서치가 지난달 내놓은 ‘2024 직장인 여가 조사’에 따르면 국내 직장인의 31.2%가 주말에 일한다. "
             "30대 응답자의 비율은 44.1%로 60대(15.3%)의 2.9배였고, 두 연령대의 격차는 28.8%p였다. "
             "실험 전에는 두 집단의 차이가 0.4%p였다.",
             [("다솜리서치", "ORG")],
             [("31.2%", 31.2, "%", "percent"), ("44.1%", 44.1, "%", "percent"), ("15.3%", 15.3, "%", "percent"),
              ("2.9배", 2.9, "배", "ratio"), ("28.8%p", 28.8, "%p", "percent"), ("0.4%p", 0.4, "%p", "percent")],
             [("지난달", "2023-05")]),
        [("metric", "국내 직장인", "31.2%", None), ("metric", "30대", "44.1%", None), ("metric", "60대", "15.3%", None),
         ("metric", "국내 직장인", "0.4%p", None)],
    ),
    "a relative clause of opening doors with no subject is the described organisation's founding": (
        Case("한빛물류는 2012년 설립됐다. 이 시장에 뛰어든 것이 2018년 3월 인천에서 문을 연 바로배송이다.",
             [("한빛물류", "ORG"), ("인천", "LOCATION"), ("바로배송", "ORG")], [],
             [("2012년", "2012"), ("2018년 3월", "2018-03")]),
        [("event", "한빛물류", "founded", "2012"), ("event", "바로배송", "founded", "2018-03")],
    ),
    "the actor is carried into a paragraph whose opening topic refers back to a firm, and no further": (
        Case("다온리테일은 배송 데이터를 분석했다. 이 회사의 지난해 매출은 1200억 원이다.\n\n"
             "회사는 올해 2월 물류 체계를 바꿨다. 배송 기간은 평균 1.8일로 줄었다.\n\n"
             "업계 평균 배송 기간은 2.4일이었다.",
             [("다온리테일", "ORG")],
             [("1200억 원", 1.2e11, "KRW", "money"), ("1.8일", 1.8, "일", "duration"), ("2.4일", 2.4, "일", "duration")],
             [("지난해", "2022"), ("올해 2월", "2023-02")]),
        [("metric", "다온리테일", "1200억 원", "2022"), ("metric", "다온리테일", "1.8일", None)],
    ),
    "a survey that asks a group in the dative with a manner's words between names its population, not a follow-up question": (
        Case("다솜리서치가 올해 5월 국내 직장인 1500명에게 전화로 물은 결과, 점심값이 부담된다는 응답은 61.2%였다. "
             "점심을 거른 적이 있는 응답자(24.8%)에게 그 이유를 물었더니 ‘시간이 없어서’가 52.1%로 가장 많았다.",
             [("다솜리서치", "ORG")],
             [("1500명", 1500, "명", "count"), ("61.2%", 61.2, "%", "percent"), ("24.8%", 24.8, "%", "percent"),
              ("52.1%", 52.1, "%", "percent")], [("올해 5월", "2023-05")]),
        [("metric", "국내 직장인", "61.2%", "2023-05"), ("metric", "국내 직장인", "24.8%", None),
         ("metric", "국내 직장인", "52.1%", None)],
    ),
    "a date the sentence counts as of (`기준`) dates its figure across a relative clause about an actor": (
        Case("올해 3월 기준 가람카드와 제휴한 누리페이의 가맹점은 1만2000곳이다.",
             [("가람카드", "ORG"), ("누리페이", "ORG")], [("1만2000곳", 12000, "곳", "count")],
             [("올해 3월", "2023-03", "as_of")]),
        [("metric", "누리페이", "1만2000곳", "2023-03")],
    ),
    "a researcher's own finding in a quotation is the survey's people's, or its clause's group's": (
        Case("다솜리서치가 지난달 내놓은 ‘2024 자영업자 휴무 실태 조사’에 따르면 국내 자영업자의 41.5%가 주 6일 이상 "
             "일한다. 함지우 다솜리서치 연구원은 “저희 조사에서 한 달 내내 쉬지 못했다는 응답이 18.2%였다”며 "
             "“음식점 사장님들의 휴무일은 월평균 2.1일이었다”고 말했다.",
             [("다솜리서치", "ORG"), ("함지우", "PERSON"), (("다솜리서치", 1), "ORG")],
             [("41.5%", 41.5, "%", "percent"), ("18.2%", 18.2, "%", "percent"), ("2.1일", 2.1, "일", "duration")],
             [("지난달", "2023-05")]),
        [("metric", "국내 자영업자", "41.5%", None), ("quote", "함지우", "함지우", None),
         ("metric", "국내 자영업자", "18.2%", None), ("quote", "함지우", "함지우", None)],
    ),
    "a person's figures go to the organisation a relative clause says the person founded": (
        Case("다온푸드를 2015년 창업한 한세린 대표는 영양사 출신이다. 지난해 매출은 84억 원으로 전년보다 32% 늘었다.",
             [("다온푸드", "ORG"), ("한세린", "PERSON")],
             [("84억 원", 8.4e9, "KRW", "money"), ("32%", 32, "%", "percent")], [("2015년", "2015"), ("지난해", "2022")]),
        [("event", "한세린", "founded", "2015"), ("metric", "다온푸드", "84억 원", "2022"), ("metric", "다온푸드", "32%", "2022")],
    ),
    "a survey's share of respondents is no forecast whatever its answer foretells": (
        Case("다솜리서치가 지난달 내놓은 ‘2024 중고 가전 구매 조사’에 따르면 국내 소비자의 42.3%가 중고 가전을 샀다. "
             "이들 가운데 68.5%는 다음에도 중고로 사겠다고 답했다. 다솜리서치는 내년 시장이 12% 커질 것으로 내다봤다.",
             [("다솜리서치", "ORG"), (("다솜리서치", 1), "ORG")],
             [("42.3%", 42.3, "%", "percent"), ("68.5%", 68.5, "%", "percent"), ("12%", 12, "%", "percent")],
             [("지난달", "2023-05")]),
        [("metric", "국내 소비자", "42.3%", None), ("metric", "국내 소비자", "68.5%", None)],
    ),
    "an announced plan takes its announcement's date, a past one too": (
        Case("다온그룹의 한 회장은 2021년 3월 주주총회에서 지주회사 체제로 전환하겠다는 계획을 발표했다.",
             [("다온그룹", "ORG")], [], [("2021년 3월", "2021-03")]),
        [("plan", "다온그룹", None, "2021-03")],
    ),
    "money put in (`투입하다`, `넣다`) is an investment": (
        Case("다래홀딩스는 지난해 5월 유상증자를 통해 자회사 다래페이에 300억 원을 투입했다. "
             "한결파트너스는 올해 2월 이 라운드에 40억 원을 넣어 지분 5%를 확보했다.",
             [("다래홀딩스", "ORG"), ("다래페이", "ORG"), ("한결파트너스", "ORG")],
             [("300억 원", 3e10, "KRW", "money"), ("40억 원", 4e9, "KRW", "money"), ("5%", 5, "%", "percent")],
             [("지난해 5월", "2022-05"), ("올해 2월", "2023-02")]),
        [("event", "다래홀딩스", "invested", "2022-05"), ("event", "한결파트너스", "invested", "2023-02"),
         ("metric", "한결파트너스", "5%", "2023-02")],
    ),
    "a year opening a group's phrase (`같은 해`) says when, not who": (
        Case("다솜리서치가 지난달 내놓은 ‘2024 클라우드 이용 조사’에 따르면 국내 중견기업은 지난해 평균 2억1000만 원을 "
             "클라우드에 썼다. 같은 해 대기업은 평균 9억4000만 원을 썼다.",
             [("다솜리서치", "ORG")],
             [("2억1000만 원", 2.1e8, "KRW", "money"), ("9억4000만 원", 9.4e8, "KRW", "money")],
             [("지난달", "2023-05"), ("지난해", "2022")]),
        [("metric", "국내 중견기업", "2억1000만 원", "2022"), ("metric", "대기업", "9억4000만 원", "2022")],
    ),
    "staff of a kind a clause is set in (`입사 1년 미만 직원에서는`) own its figures": (
        Case("한솔유통은 입사 경로별 이직을 분석했다. 입사 2년 미만 직원에서는 추천으로 들어온 직원의 이직률이 4.2%였다.",
             [("한솔유통", "ORG")], [("4.2%", 4.2, "%", "percent")]),
        [("metric", "입사 2년 미만 직원", "4.2%", None)],
    ),
    "a group the article names with an alias (`(이하 시범 매장)`) is that alias wherever a phrase names it": (
        Case("가람마트는 전자 가격표를 실험했다. 전자 가격표를 단 매장(이하 시범 매장)의 폐기율은 4.1%에서 3.2%로 낮아졌다. "
             "같은 기간 나머지 매장(이하 대조 매장)은 4.0%에서 3.9%로 거의 그대로였다. "
             "시범 매장 직원의 가격 오류 신고는 38% 줄었다.",
             [("가람마트", "ORG")],
             [("4.1%", 4.1, "%", "percent"), ("3.2%", 3.2, "%", "percent"), ("4.0%", 4.0, "%", "percent"),
              ("3.9%", 3.9, "%", "percent"), ("38%", 38, "%", "percent")]),
        [("metric", "시범 매장", "4.1%", None), ("metric", "시범 매장", "3.2%", None),
         ("metric", "대조 매장", "4.0%", None), ("metric", "대조 매장", "3.9%", None),
         ("metric", "시범 매장", "38%", None)],
    ),
    "a study's arm aliased in one word (`(이하 실험군)`) is that alias wherever a phrase names it": (
        Case("서울대 연구팀은 상담원 1200명을 두 집단으로 나눴다.\n\n도구를 쓴 상담원(이하 실험군)의 시간당 처리 건수는 "
             "평균 9.8건이었다. 첫 접촉 해결률은 실험군이 78.2%로 대조군(72.5%)보다 높았다.",
             [("서울대", "ORG")],
             [("1200명", 1200, "명", "count"), ("9.8건", 9.8, "건", "count"), ("78.2%", 78.2, "%", "percent"),
              ("72.5%", 72.5, "%", "percent")]),
        [("metric", "서울대", "1200명", None), ("metric", "실험군", "9.8건", None), ("metric", "실험군", "78.2%", None)],
    ),
    "a collective of companies (`카드 3사`) owns its figures, written bare (`3사의`) in its full form": (
        Case("가람카드·누리카드·해솔카드 등 카드 3사와 분석업체 다온데이터가 자료를 냈다. "
             "3사의 해외 승인액은 3150억 원이었다. 같은 기간 한국 배터리 3사의 점유율은 23.8%였다.",
             [("가람카드", "ORG"), ("누리카드", "ORG"), ("해솔카드", "ORG"), ("다온데이터", "ORG"), ("한국", "LOCATION")],
             [("3사", 3, "사", "count"), (("3사", 1), 3, "사", "count"), ("3150억 원", 315_000_000_000, "KRW", "money"),
              (("3사", 2), 3, "사", "count"), ("23.8%", 23.8, "%", "percent")]),
        [("metric", "카드 3사", "3150억 원", None), ("metric", "한국 배터리 3사", "23.8%", None)],
    ),
    "newcomers a relative clause defines are a group, the clause's negation included": (
        Case("다온유통은 현장직 신입에게 선배를 붙였다. 선배를 배정받은 신입의 1년 유지율은 77.2%였다. "
             "선배를 배정받지 못한 신입의 1년 유지율은 63.5%였다.",
             [("다온유통", "ORG")], [("1년", 1, "year", "duration"), ("77.2%", 77.2, "%", "percent"),
                                    (("1년", 1), 1, "year", "duration"), ("63.5%", 63.5, "%", "percent")]),
        [("metric", "선배를 배정받은 신입", "77.2%", None), ("metric", "선배를 배정받지 못한 신입", "63.5%", None)],
    ),
    "a store opened with `내다` is a founding, no other thing it takes": (
        Case("가온제과는 2018년 4월 대만 타이베이에 직영 1호점을 냈다. 가온제과는 2019년 손실 12억 원을 냈다.",
             [("가온제과", "ORG"), ("대만", "LOCATION"), ("타이베이", "LOCATION"), (("가온제과", 1), "ORG")],
             [("12억 원", 1_200_000_000, "KRW", "money")], [("2018년 4월", "2018-04"), ("2019년", "2019")]),
        [("event", "가온제과", "founded", "2018-04"), ("metric", "가온제과", "12억 원", "2019")],
    ),
    "the people of an aliased unit group are that group, though their own noun names a group (gold guide)": (
        Case("누리생명은 새 수당 제도를 시험했다. 새 제도를 적용한 지점(이하 시범 지점) 설계사의 해지율은 9.1%로 낮아졌다. "
             "시범 지점 고객의 민원은 12% 줄었다. 누리생명은 지점 40곳을 둔다. 시범 지점의 해지는 1만 건당 4.2건이었다.",
             [("누리생명", "ORG"), (("누리생명", 1), "ORG")],
             [("9.1%", 9.1, "%", "percent"), ("12%", 12, "%", "percent"), ("40곳", 40, "곳", "count"),
              ("1만 건", 1e4, "건", "count"), ("4.2건", 4.2, "건", "count")]),
        [("metric", "시범 지점", "9.1%", None), ("metric", "시범 지점", "12%", None), ("metric", "누리생명", "40곳", None),
         ("metric", "시범 지점", "4.2건", None)],
    ),
    "a commodity's price is the commodity's, as the sentence writes it, not the company's the paragraph is about": (
        Case("누리제지는 원가 부담이 커졌다. 지난해 국제 펄프 가격이 t당 900달러를 넘었다. "
             "2022년 옥수수와 대두, 원당의 국제 가격은 30% 올랐다. 원/엔 환율은 한때 960원까지 올랐다. "
             "누리제지의 복사지 가격은 10% 올랐다.",
             [("누리제지", "ORG"), (("누리제지", 1), "ORG")],
             [("900달러", 900, "USD", "money"), ("30%", 30, "%", "percent"), ("960원", 960, "KRW", "money"),
              ("10%", 10, "%", "percent")],
             [("지난해", "2023"), ("2022년", "2022")]),
        [("metric", "국제 펄프", "900달러", "2023"), ("metric", "옥수수와 대두, 원당", "30%", "2022"),
         ("metric", "원/엔 환율", "960원", None), ("metric", "누리제지", "10%", None)],
    ),
    "a place opening the sentence as the scene of a relative clause owns the figure": (
        Case("유럽연합은 규제를 늘렸다. 덴마크에서 지난해 팔린 신차 가운데 전기차 비중은 36%였다.",
             [("유럽연합", "ORG"), ("덴마크", "LOCATION")], [("36%", 36, "%", "percent")], [("지난해", "2022")]),
        [("metric", "덴마크", "36%", "2022")],
    ),
    "a part named after `이 가운데` measures the whole's owner, whose figure it stays": (
        Case("누리식품의 지난해 매출은 900억 원이었다. 이 가운데 바삭칩의 비중은 25%다. 그중 한빛마트의 몫은 10%다. "
             "바삭칩의 판매량은 300만 봉이다.",
             [("누리식품", "ORG"), ("바삭칩", "PRODUCT"), ("한빛마트", "ORG"), (("바삭칩", 1), "PRODUCT")],
             [("900억 원", 9e10, "KRW", "money"), ("25%", 25, "%", "percent"), ("10%", 10, "%", "percent"),
              ("300만 봉", 3e6, "봉", "count")]),
        [("metric", "누리식품", "900억 원", None), ("metric", "누리식품", "25%", None),
         ("metric", "누리식품", "10%", None), ("metric", "바삭칩", "300만 봉", None)],
    ),
    "a sentence that names the survey (`조사한 결과`, `조사에서`) reports the surveyed group's findings": (
        Case("한빛리서치가 지난해 직장인 2000명을 조사한 결과 재택을 원하는 비율은 58%였다. "
             "한빛리서치 조사에서 주 4일제를 원하는 비율은 31%였다.",
             [("한빛리서치", "ORG"), (("한빛리서치", 1), "ORG")],
             [("2000명", 2000, "명", "count"), ("58%", 58, "%", "percent"), ("31%", 31, "%", "percent")],
             [("지난해", "2022")]),
        [("metric", "직장인", "58%", "2022"), ("metric", "직장인", "31%", None)],
    ),
    "a survey report about its surveyor: the opening paragraph's population owns the findings no sentence gives to "
    "anyone, after a heading too; the surveyor's own figures stay its": (
        Case("글로벌 소비자의 중고 거래가 늘고 있다. 시장조사 기업 담터리서치가 지난달 내놓은 ‘2025 중고 거래 조사’에 "
             "따르면 글로벌 중고 앱 이용자 한 명이 한 해에 파는 물건은 평균 7.2건이었다. 1년 전보다 0.8건 늘었다.\n\n"
             "담터리서치는 패널 9만 명을 운영한다. 담터리서치는 해마다 조사를 한다.\n\n주요 결과\n\n"
             "판매 수익은 한 해 평균 38만 원이었다.",
             [("담터리서치", "ORG"), (("담터리서치", 1), "ORG"), (("담터리서치", 2), "ORG")],
             [("7.2건", 7.2, "건", "count"), ("0.8건", 0.8, "건", "count"), ("9만 명", 9e4, "명", "count"),
              ("38만 원", 3.8e5, "KRW", "money")]),
        [("metric", "글로벌 중고 앱 이용자", "7.2건", None), ("metric", "글로벌 중고 앱 이용자", "0.8건", None),
         ("metric", "담터리서치", "9만 명", None), ("metric", "글로벌 중고 앱 이용자", "38만 원", None)],
    ),
    "a survey's report (`… 실태 보고서’에 따르면`) cites a survey as `조사` does": (
        Case("직장인의 주거비 부담이 커지고 있다. 한빛주거연구원이 최근 내놓은 ‘직장인 주거 실태 보고서’에 따르면 "
             "국내 직장인 가운데 월세를 내는 사람의 비율은 43%였다.\n\n"
             "한빛주거연구원은 2010년 문을 열었다. 한빛주거연구원은 해마다 조사를 한다.",
             [("한빛주거연구원", "ORG"), (("한빛주거연구원", 1), "ORG"), (("한빛주거연구원", 2), "ORG")],
             [("43%", 43, "%", "percent")], [("2010년", "2010")]),
        [("metric", "국내 직장인", "43%", None), ("event", "한빛주거연구원", "founded", "2010")],
    ),
    "a survey report's population: the paragraph's first group where the citing sentence names a sub-group": (
        Case("국내 중소기업의 해외 진출이 빨라지고 있다. 한빛경제연구소가 내놓은 ‘수출 실태 조사’에 따르면 "
             "해외 매출이 늘어난 기업은 41%였다. 수출 상담 건수는 평균 12건이었다.\n\n"
             "한빛경제연구소는 2010년 문을 열었다. 한빛경제연구소는 해마다 조사를 한다.",
             [("한빛경제연구소", "ORG"), (("한빛경제연구소", 1), "ORG"), (("한빛경제연구소", 2), "ORG")],
             [("41%", 41, "%", "percent"), ("12건", 12, "건", "count")]),
        [("metric", "국내 중소기업", "41%", None), ("metric", "국내 중소기업", "12건", None)],
    ),
    "a survey report's population without a scope word: the group the citing sentence names after the survey": (
        Case("공장마다 사람이 모자라다. 한빛제조연구원이 내놓은 ‘2025 인력 조사’에 따르면 중소 부품기업의 "
             "결원율은 7.2%였다. 사람을 구하지 못한 기업들은 임금을 올렸다. 응답 기업의 40.1%가 외국인을 뽑았다.\n\n"
             "한빛제조연구원은 2010년 문을 열었다. 한빛제조연구원은 해마다 조사를 한다.\n\n"
             "채용 계획이 없다는 응답은 영세 부품기업이 31.2%로 가장 많았다.",
             [("한빛제조연구원", "ORG"), (("한빛제조연구원", 1), "ORG"), (("한빛제조연구원", 2), "ORG")],
             [("7.2%", 7.2, "%", "percent"), ("40.1%", 40.1, "%", "percent"), ("31.2%", 31.2, "%", "percent")]),
        [("metric", "중소 부품기업", "7.2%", None), ("metric", "중소 부품기업", "40.1%", None),
         ("metric", "영세 부품기업", "31.2%", None)],
    ),
    "a survey report's population may be staff, and staff of a kind a sub-group": (
        Case("병원 일이 늘고 있다. 한빛의료연구원이 내놓은 ‘2025 의료 인력 조사’에 따르면 종합병원 직원 가운데 야간 근무를 "
             "하는 사람은 38.2%였다. 응답자의 41%가 이직을 고민했다. 대형병원 직원은 야간 근무를 한다는 비율이 45.1%로 가장 높았다.\n\n"
             "한빛의료연구원은 2015년 문을 열었다. 한빛의료연구원은 해마다 조사를 한다.",
             [("한빛의료연구원", "ORG"), (("한빛의료연구원", 1), "ORG"), (("한빛의료연구원", 2), "ORG")],
             [("38.2%", 38.2, "%", "percent"), ("41%", 41, "%", "percent"), ("45.1%", 45.1, "%", "percent")]),
        [("metric", "종합병원 직원", "38.2%", None), ("metric", "종합병원 직원", "41%", None),
         ("metric", "대형병원 직원", "45.1%", None)],
    ),
    "staff of a kind whose share follows their genitive are a sub-group of a survey of staff": (
        Case("병원 일이 늘고 있다. 한빛의료연구원이 내놓은 ‘2025 의료 인력 조사’에 따르면 종합병원 직원 가운데 야간 근무를 "
             "하는 사람은 38.2%였다. 대형병원 직원의 45.1%가 야간 근무를 한다고 답했다.\n\n"
             "한빛의료연구원은 2015년 문을 열었다. 한빛의료연구원은 해마다 조사를 한다.",
             [("한빛의료연구원", "ORG"), (("한빛의료연구원", 1), "ORG"), (("한빛의료연구원", 2), "ORG")],
             [("38.2%", 38.2, "%", "percent"), ("45.1%", 45.1, "%", "percent")]),
        [("metric", "종합병원 직원", "38.2%", None), ("metric", "대형병원 직원", "45.1%", None)],
    ),
    "a two-syllable word that ends as people's do is what a survey asked, not whom": (
        Case("야근이 늘고 있다. 한빛인사연구소가 내놓은 ‘2025 근로시간 조사’에 따르면 국내 직장인의 야근 비율은 41%였다. "
             "전체 직원에게 이직을 망설이는 요인을 물은 결과 ‘연봉’이 52%로 1위였다. ‘이직할 생각이 없다’는 응답은 "
             "23%였다.\n\n한빛인사연구소는 2015년 문을 열었다. 한빛인사연구소는 해마다 조사를 한다.",
             [("한빛인사연구소", "ORG"), (("한빛인사연구소", 1), "ORG"), (("한빛인사연구소", 2), "ORG")],
             [("41%", 41, "%", "percent"), ("52%", 52, "%", "percent"), ("23%", 23, "%", "percent")]),
        [("metric", "국내 직장인", "41%", None), ("metric", "국내 직장인", "52%", None),
         ("metric", "국내 직장인", "23%", None)],
    ),
    "a survey the sentence names by its people is the source of that sentence's findings": (
        Case("야근이 늘고 있다. 한빛인사연구소가 내놓은 ‘2025 근로시간 조사’에 따르면 국내 직장인의 야근 비율은 41%였다. "
             "보고서에 함께 실린 국내 대학생 조사에서 ‘창업을 원한다’는 응답은 18.5%였다. 응답자의 33%가 주말에 일했다.\n\n"
             "한빛인사연구소는 2015년 문을 열었다. 한빛인사연구소는 해마다 조사를 한다.",
             [("한빛인사연구소", "ORG"), (("한빛인사연구소", 1), "ORG"), (("한빛인사연구소", 2), "ORG")],
             [("41%", 41, "%", "percent"), ("18.5%", 18.5, "%", "percent"), ("33%", 33, "%", "percent")]),
        [("metric", "국내 직장인", "41%", None), ("metric", "국내 대학생", "18.5%", None),
         ("metric", "국내 직장인", "33%", None)],
    ),
    "what a survey asked about is no group it asked: the findings stay the population's": (
        Case("야근이 늘고 있다. 한빛인사연구소가 내놓은 ‘2025 근로시간 조사’에 따르면 국내 직장인의 주당 야근 시간은 "
             "평균 6.1시간이었다.\n\n한빛인사연구소는 기업의 보상 체계를 주로 조사해 왔다. 한빛인사연구소는 해마다 "
             "조사를 한다. 올해는 처음으로 야근 수당 지급 여부를 함께 물었다.\n\n응답자의 41%가 수당을 받지 못했다고 답했다.",
             [("한빛인사연구소", "ORG"), (("한빛인사연구소", 1), "ORG"), (("한빛인사연구소", 2), "ORG")],
             [("6.1시간", 6.1, "시간", "duration"), ("41%", 41, "%", "percent")]),
        [("metric", "국내 직장인", "6.1시간", None), ("metric", "국내 직장인", "41%", None)],
    ),
    "a generic noun of people owns no figure; an age band's respondents are the band": (
        Case("야근이 늘고 있다. 한빛인사연구소가 내놓은 ‘2025 근로시간 조사’에 따르면 국내 직장인 가운데 주말에도 "
             "일하는 사람의 비율은 18.2%였다. 20대 응답자의 야근 비율은 31.5%였다.\n\n"
             "한빛인사연구소는 2015년 문을 열었다. 한빛인사연구소는 해마다 조사를 한다.",
             [("한빛인사연구소", "ORG"), (("한빛인사연구소", 1), "ORG"), (("한빛인사연구소", 2), "ORG")],
             [("18.2%", 18.2, "%", "percent"), ("31.5%", 31.5, "%", "percent")]),
        [("metric", "국내 직장인", "18.2%", None), ("metric", "20대", "31.5%", None)],
    ),
    "a market-wide group the sentence opens with before `가운데` owns a share of it; a firm's customers do not": (
        Case("국내 전기차 보유자 가운데 완속 충전기를 주로 쓰는 비율은 2022년 41.0%에서 지난해 52.3%로 높아졌다.\n\n"
             "한빛모터스는 중고차를 판다. 구매 고객 가운데 할부를 쓴 비율은 38%였다.",
             [("한빛모터스", "ORG")],
             [("41.0%", 41.0, "%", "percent"), ("52.3%", 52.3, "%", "percent"), ("38%", 38, "%", "percent")],
             [("2022년", "2022"), ("지난해", "2022")]),
        [("metric", "국내 전기차 보유자", "41.0%", "2022"), ("metric", "국내 전기차 보유자", "52.3%", "2022"),
         ("metric", "한빛모터스", "38%", None)],
    ),
    "a statistic alone as a topic (`중앙값은`) names no one": (
        Case("맞벌이 가구는 한 달 외식비로 평균 62만 원을 썼다. 다만 일부 가구가 평균을 끌어올린 탓에 "
             "중앙값은 48만 원으로 평균을 밑돌았다.",
             [], [("62만 원", 620000, "KRW", "money"), ("48만 원", 480000, "KRW", "money")]),
        [("metric", "맞벌이 가구", "62만 원", None)],
    ),
    "a noun and `없는`/`있는` before a group in front of its bracketed figure define the group": (
        Case("맞벌이 직원의 이직률은 8.4%로 자녀 없는 직원(11.9%)보다 낮았다. 차량 있는 가구(41.2%)도 많았다.",
             [], [("8.4%", 8.4, "%", "percent"), ("11.9%", 11.9, "%", "percent"), ("41.2%", 41.2, "%", "percent")]),
        [("metric", "맞벌이 직원", "8.4%", None), ("metric", "자녀 없는 직원", "11.9%", None),
         ("metric", "차량 있는 가구", "41.2%", None)],
    ),
    "a job type is a group of people; a two-syllable word in `자` a thing: a ranked list's item stays the population's": (
        Case("야근이 늘고 있다. 한빛인사연구소가 내놓은 ‘2025 부업 조사’에 따르면 국내 직장인의 부업 비율은 "
             "27.4%였다.\n\n부업 수입의 쓰임새(복수 응답)는 생활비(61.2%), 주식·투자(44.5%), 대출 상환(29.8%) 순이었다. "
             "서울 구직자(12.1%)도 늘었다. 직무별로는 사무·관리직이 31.0%로 가장 높았고 생산·기술직(24.3%) 순이었다."
             "\n\n한빛인사연구소는 2015년 문을 열었다. 한빛인사연구소는 해마다 조사를 한다.",
             [("한빛인사연구소", "ORG"), (("한빛인사연구소", 1), "ORG"), (("한빛인사연구소", 2), "ORG"), ("서울", "LOCATION")],
             [("27.4%", 27.4, "%", "percent"), ("61.2%", 61.2, "%", "percent"), ("44.5%", 44.5, "%", "percent"),
              ("29.8%", 29.8, "%", "percent"), ("12.1%", 12.1, "%", "percent"), ("31.0%", 31.0, "%", "percent"),
              ("24.3%", 24.3, "%", "percent")]),
        [("metric", "국내 직장인", "27.4%", None), ("metric", "국내 직장인", "61.2%", None),
         ("metric", "국내 직장인", "44.5%", None), ("metric", "국내 직장인", "29.8%", None),
         ("metric", "서울 구직자", "12.1%", None), ("metric", "사무·관리직", "31.0%", None),
         ("metric", "생산·기술직", "24.3%", None)],
    ),
    "a job type Kiwi splits off its `직` is a group of people; where respondents chose the items (`꼽혔고`), they are "
    "answers, the population's": (
        Case("채용이 어렵다. 한빛인사연구소가 국내 중소기업 300곳을 조사한 결과 인력이 부족하다는 기업은 "
             "41.0%였다.\n\n직종별 이직률은 연구·설계직(18.2%), 영업·판매직(15.1%), "
             "품질·검사직(9.4%) 순이었다. 가장 뽑기 어려운 직무로는 생산·기능직을 꼽은 기업이 48.0%로 가장 "
             "많았고 연구·설계직(21.0%)이 뒤를 이었다.",
             [("한빛인사연구소", "ORG")],
             [("300곳", 300, "곳", "count"), ("41.0%", 41.0, "%", "percent"), ("18.2%", 18.2, "%", "percent"), ("15.1%", 15.1, "%", "percent"),
              ("9.4%", 9.4, "%", "percent"), ("48.0%", 48.0, "%", "percent"), ("21.0%", 21.0, "%", "percent")]),
        [("metric", "국내 중소기업", "41.0%", None), ("metric", "연구·설계직", "18.2%", None),
         ("metric", "영업·판매직", "15.1%", None), ("metric", "품질·검사직", "9.4%", None),
         ("metric", "국내 중소기업", "48.0%", None), ("metric", "국내 중소기업", "21.0%", None)],
    ),
    "an organisation that reports its own analysis of records in the opening paragraph (`…을 분석한 결과`) reports "
    "a population's figures, as a surveyor does: the findings no sentence gives to another are the population's": (
        Case("배당이 늘었다. 한빛리서치가 상장사 배당 공시를 분석한 결과, 지난해 배당을 늘린 국내 상장사는 "
             "412곳이었다. 배당 총액은 31조 원으로 늘었다.\n\n한빛리서치는 2015년 문을 열었다. 한빛리서치는 해마다 "
             "보고서를 낸다.",
             [("한빛리서치", "ORG"), (("한빛리서치", 1), "ORG"), (("한빛리서치", 2), "ORG")],
             [("412곳", 412, "곳", "count"),
              ("31조 원", 31e12, "KRW", "money")],
             [("지난해", "2022"), ("2015년", "2015")]),
        [("metric", "국내 상장사", "412곳", "2022"), ("metric", "국내 상장사", "31조 원", None),
         ("event", "한빛리서치", "founded", "2015")],
    ),
    "a product respondents chose (`…를 꼽은 비율`) is an answer, not the product whose users the figure counts": (
        Case("바름리서치가 지난달 내놓은 ‘2025 투자 조사’에 따르면 국내 개인투자자의 비중은 62%였다. "
             "30대는 누리증권앱을 꼽은 비율이 41.0%였다.\n\n바름리서치는 2015년 문을 열었다. 바름리서치는 해마다 조사를 한다.",
             [("바름리서치", "ORG"), ("누리증권앱", "PRODUCT"), (("바름리서치", 1), "ORG"), (("바름리서치", 2), "ORG")],
             [("62%", 62, "%", "percent"), ("41.0%", 41.0, "%", "percent")], [("2015년", "2015")]),
        [("metric", "국내 개인투자자", "62%", None), ("metric", "30대", "41.0%", None),
         ("event", "바름리서치", "founded", "2015")],
    ),
    "a surveyed group that did something (`투자한 기업은`) makes no event: a finding; a named company's deal does": (
        Case("설비 투자가 늘었다. 한빛인사연구소가 내놓은 ‘2025 중소기업 설비 조사’에 따르면 국내 중소기업의 "
             "인력 부족 비율은 41.0%였다. 지난해 자동화 설비에 투자한 기업은 36.5%였다. "
             "가람정밀은 지난해 5월 로봇에 20억 원을 투자했다.\n\n"
             "한빛인사연구소는 2015년 문을 열었다. 한빛인사연구소는 해마다 조사를 한다.",
             [("한빛인사연구소", "ORG"), ("가람정밀", "ORG"), (("한빛인사연구소", 1), "ORG"), (("한빛인사연구소", 2), "ORG")],
             [("41.0%", 41.0, "%", "percent"), ("36.5%", 36.5, "%", "percent"), ("20억 원", 2e9, "KRW", "money")],
             [("지난해", "2022"), ("지난해 5월", "2022-05"), ("2015년", "2015")]),
        [("metric", "국내 중소기업", "41.0%", None), ("metric", "국내 중소기업", "36.5%", "2022"),
         ("event", "가람정밀", "invested", "2022-05"), ("event", "한빛인사연구소", "founded", "2015")],
    ),
    "a survey cited in the paragraph after a lead that only sets a scene names its population; nouns joined by `·` are one": (
        Case("도청 복도에는 밤늦게까지 불이 켜져 있다. 서류를 옮겨 적는 일이 여전히 많다.\n\n"
             "한빛행정연구원이 지난달 내놓은 ‘지방 공무원 업무 조사’에 따르면 시·도 공무원 가운데 결재를 종이로만 하는 사람은 "
             "38.2%였다. 회의록 작성에 AI를 쓴다는 응답은 21.5%였다.\n\n"
             "한빛행정연구원은 2012년 문을 열었다. 한빛행정연구원은 해마다 조사를 한다.",
             [("한빛행정연구원", "ORG"), (("한빛행정연구원", 1), "ORG"), (("한빛행정연구원", 2), "ORG")],
             [("38.2%", 38.2, "%", "percent"), ("21.5%", 21.5, "%", "percent")]),
        [("metric", "시·도 공무원", "38.2%", None), ("metric", "시·도 공무원", "21.5%", None)],
    ),
    "a name Kiwi reads as a noun and a verb, its particle as the verb's ending (`쌀`/NNG `담`/VV `은`/ETM), is still the topic": (
        Case("가람마트는 지난해 점포 30곳을 열었다. 2019년 설립된 쌀담은 차를 판다. 매출은 120억 원이었다.",
             [("가람마트", "ORG"), ("쌀담", "ORG")],
             [("30곳", 30, "곳", "count"), ("120억 원", 1.2e10, "KRW", "money")]),
        [("metric", "가람마트", "30곳", None), ("metric", "쌀담", "120억 원", None)],
    ),
    "a survey cited past the opening paragraph names no population": (
        Case("누리제과는 올해 매장을 넓혔다. 매출은 900억 원이었다.\n\n"
             "누리제과가 내놓은 ‘고객 조사’에 따르면 국내 고객은 매장을 다시 찾았다.\n\n재방문율은 30%였다.\n\n"
             "누리제과는 공장을 지었다.",
             [("누리제과", "ORG"), (("누리제과", 1), "ORG"), (("누리제과", 2), "ORG")],
             [("900억 원", 9e10, "KRW", "money"), ("30%", 30, "%", "percent")]),
        [("metric", "누리제과", "900억 원", None), ("metric", "누리제과", "30%", None)],
    ),
    "a survey the opening paragraph cites from another than the article's organisation names no population": (
        Case("누리제과는 올해 매장을 넓혔다. 국내 소비자의 간식 지출이 늘고 있다. 한빛리서치가 내놓은 ‘간식 소비 조사’에 "
             "따르면 국내 소비자는 과자를 더 샀다. 누리제과는 공장을 지었다. 누리제과는 직원을 늘렸다.\n\n"
             "매출은 900억 원이었다.",
             [("한빛리서치", "ORG"), ("누리제과", "ORG"), (("누리제과", 1), "ORG"), (("누리제과", 2), "ORG")],
             [("900억 원", 9e10, "KRW", "money")]),
        [("metric", "누리제과", "900억 원", None)],
    ),
    "households asked: `가구` after an age band stays out of the group, as `응답자` does; `1인 가구` keeps it": (
        Case("난방비 고지서가 무거워졌다. 비영리 연구기관 한빛주거연구원이 지난달 펴낸 ‘가구 난방비 조사’ 보고서에 따르면 "
             "국내 가구가 낸 난방비는 월평균 9만 원이었다. 60대 이상 가구는 월평균 11만 원을 냈다. "
             "1인 가구는 월평균 5만 원을 냈다.",
             [("한빛주거연구원", "ORG")],
             [("9만 원", 9e4, "KRW", "money"), ("11만 원", 1.1e5, "KRW", "money"), ("5만 원", 5e4, "KRW", "money")]),
        [("metric", "국내 가구", "9만 원", None), ("metric", "60대 이상", "11만 원", None),
         ("metric", "1인 가구", "5만 원", None)],
    ),
    "in a survey report a band's people of any noun are the band; `1인 가구` keeps its noun": (
        Case("점심값 부담이 커졌다. 조사업체 가람리서치가 지난달 내놓은 ‘직장인 점심 조사’에 따르면 전국 직장인의 54.2%가 "
             "점심값이 부담된다고 답했다. 20대 직장인은 71.3%가 부담된다고 답했다. 1인 가구 직장인은 60.1%였다.",
             [("가람리서치", "ORG")],
             [("54.2%", 54.2, "%", "percent"), ("71.3%", 71.3, "%", "percent"), ("60.1%", 60.1, "%", "percent")]),
        [("metric", "전국 직장인", "54.2%", None), ("metric", "20대", "71.3%", None),
         ("metric", "1인 가구 직장인", "60.1%", None)],
    ),
    "a survey the opening paragraph cites on a page about no organisation names the population": (
        Case("난방비 고지서가 무거워졌다. 비영리 연구기관 한빛주거연구원이 지난달 펴낸 ‘가구 난방비 조사’ 보고서에 따르면 "
             "국내 가구가 낸 난방비는 월평균 9만 원이었다. 요금이 부담된다는 응답은 21%였다.\n\n"
             "한전은 지난해 요금을 올렸다. 가스공사도 요금을 올렸다.",
             [("한빛주거연구원", "ORG"), ("한전", "ORG"), ("가스공사", "ORG")],
             [("9만 원", 9e4, "KRW", "money"), ("21%", 21, "%", "percent")]),
        [("metric", "국내 가구", "9만 원", None), ("metric", "국내 가구", "21%", None)],
    ),
    "restaurants, franchisees, insurance agents and teams are groups a study's figures are about": (
        Case("가람배달은 지난해 수수료를 올렸다. 동네 음식점은 가격을 2.1% 올렸다. 대형 가맹점의 주문 건수는 3.5% 줄었다. "
             "신입 설계사는 계약을 12% 늘렸다. 개발 팀은 산출이 8% 늘었다.",
             [("가람배달", "ORG")],
             [("2.1%", 2.1, "%", "percent"), ("3.5%", 3.5, "%", "percent"), ("12%", 12, "%", "percent"),
              ("8%", 8, "%", "percent")]),
        [("metric", "동네 음식점", "2.1%", None), ("metric", "대형 가맹점", "3.5%", None),
         ("metric", "신입 설계사", "12%", None), ("metric", "개발 팀", "8%", None)],
    ),
    "nurses are a group a study's figures are about": (
        Case("가람병원은 올해 근무표 시스템을 도입했다. 신규 간호사의 이직률은 9.1%로 낮아졌다.",
             [("가람병원", "ORG")], [("9.1%", 9.1, "%", "percent")]),
        [("metric", "신규 간호사", "9.1%", None)],
    ),
    "store owners (`점주`) are a group, and a survey's population a relative clause describes": (
        Case("한빛재단이 지난달 발표한 조사에 따르면 동네 빵집을 운영하는 점주의 월평균 임대료는 210만 원이었다. "
             "제과점 점주의 월평균 인건비는 180만 원이었다.",
             [("한빛재단", "ORG")], [("210만 원", 2.1e6, "KRW", "money"), ("180만 원", 1.8e6, "KRW", "money")],
             [("지난달", "2024-04")]),
        [("metric", "동네 빵집을 운영하는 점주", "210만 원", None),
         ("metric", "제과점 점주", "180만 원", None)],
    ),
    "members, a study's groups and shops are groups a study's figures are about": (
        Case("커피 체인 가람커피는 올해 앱 할인 실험을 했다. 할인을 받은 회원의 방문 횟수는 8.2% 늘었다. "
             "통제 집단의 재방문율은 11%였다. 골목 안 점포의 매출은 4.5% 줄었다.",
             [("가람커피", "ORG")],
             [("8.2%", 8.2, "%", "percent"), ("11%", 11, "%", "percent"), ("4.5%", 4.5, "%", "percent")]),
        [("metric", "할인을 받은 회원", "8.2%", None), ("metric", "통제 집단", "11%", None),
         ("metric", "골목 안 점포", "4.5%", None)],
    ),
    "a group subject right before its figure owns it, not the topic's group (`… 회원의 비율은 쿠폰을 받은 회원이 3.1%`)": (
        Case("커피 체인 가람커피는 올해 앱 할인 실험을 했다. 앱을 지운 회원의 비율은 할인 쿠폰을 받은 회원이 3.1%, "
             "통제 집단이 5.4%였다.",
             [("가람커피", "ORG")], [("3.1%", 3.1, "%", "percent"), ("5.4%", 5.4, "%", "percent")]),
        [("metric", "할인 쿠폰을 받은 회원", "3.1%", None), ("metric", "통제 집단", "5.4%", None)],
    ),
    "a group subject before `평균` and its figure owns the figure (`새 창고를 쓴 업체가 평균 1.8일로`)": (
        Case("연구팀은 업체 40곳의 배송 기록을 분석했다.\n\n주문 한 건당 배송 시간은 새 창고를 쓴 업체가 평균 1.8일로 "
             "나머지 업체보다 짧았다.",
             [], [("40곳", 40, "곳", "count"), ("1.8일", 1.8, "일", "duration")]),
        [("metric", "새 창고를 쓴 업체", "1.8일", None)],
    ),
    "a time before a surveyed group says when it was asked, not who (`실험이 끝난 뒤`, `지난해 말`)": (
        Case("연구진은 실험이 끝난 뒤 가람마트 회원 900명에게 설문을 했다. 응답자의 40%가 할인을 원했다.\n\n"
             "누리랩은 지난해 말 물류 관리자 200명을 대상으로 조사했다. ‘사람이 없다’는 응답이 31%였다.",
             [("가람마트", "ORG"), ("누리랩", "ORG")],
             [("900명", 900, "명", "count"), ("40%", 40, "%", "percent"), ("200명", 200, "명", "count"),
              ("31%", 31, "%", "percent")],
             [("지난해", "2022")]),
        [("metric", "가람마트 회원", "40%", None), ("metric", "물류 관리자", "31%", "2022")],
    ),
    "where nothing else names one, a sentence's figures are the market its paragraph's sentence before measured": (
        Case("가람제철은 공장을 지었다. 누리강판도 공장을 지었다.\n\n"
             "9월 국내 철강재의 미국 수출량은 16만t이었다. 수출액은 2억 달러로 27% 줄었다.\n\n"
             "수출액은 3억 달러였다.",
             [("가람제철", "ORG"), ("누리강판", "ORG"), ("미국", "LOCATION")],
             [("16만t", 1.6e5, "t", "other"), ("2억 달러", 2e8, "USD", "money"), ("27%", 27, "%", "percent"),
              ("3억 달러", 3e8, "USD", "money")], [("9월", "2024-09")]),
        [("metric", "국내 철강재", "16만t", "2024-09"), ("metric", "국내 철강재", "2억 달러", None),
         ("metric", "국내 철강재", "27%", None)],
    ),
    "`이 회사` after a date points back to the organisation its sentence cites (`X에 따르면`)": (
        Case("가람항공은 노선을 늘렸다. 누리여행에 따르면 지난해 이 회사의 해외 송출객은 50만 명이었다.",
             [("가람항공", "ORG"), ("누리여행", "ORG")],
             [("50만 명", 5e5, "명", "count")], [("지난해", "2022")]),
        [("metric", "누리여행", "50만 명", "2022")],
    ),
    "`이 회사` points back to the organisation that released the source its sentence cites, a date after it": (
        Case("누리강판은 수출을 줄였다. 가람제철이 5일 공시한 실적에 따르면 이 회사의 3분기 매출은 4조 원이었다.",
             [("누리강판", "ORG"), ("가람제철", "ORG")],
             [("4조 원", 4e12, "KRW", "money")], [("5일", "XXXX-XX-05"), ("3분기", "2024-Q3")]),
        [("metric", "가람제철", "4조 원", "2024-Q3")],
    ),
    "a change over `같은 기간` spans the period before: its start takes the first date, its end the last": (
        Case("누리식품의 지난해 매출은 900억 원으로 2020년(400억 원)의 두 배를 넘었다. "
             "같은 기간 영업이익은 10억 원에서 95억 원으로 불었다.",
             [("누리식품", "ORG")],
             [("900억 원", 9e10, "KRW", "money"), ("400억 원", 4e10, "KRW", "money"),
              ("10억 원", 1e9, "KRW", "money"), ("95억 원", 9.5e9, "KRW", "money")],
             [("지난해", "2022"), ("2020년", "2020")]),
        [("metric", "누리식품", "900억 원", "2022"), ("metric", "누리식품", "400억 원", "2020"),
         ("metric", "누리식품", "10억 원", "2020"), ("metric", "누리식품", "95억 원", "2022")],
    ),
    "`같은 기간` is the period the sentence before names (`올해 1∼6월`), not a year it names later": (
        Case("가람조선은 올해 1∼6월 선박 40척을 수주해 올해 목표(80척)의 절반을 채웠다. 누리조선은 같은 기간 선박 25척을 수주했다.",
             [("가람조선", "ORG"), ("누리조선", "ORG")],
             [("40척", 40, "척", "count"), ("80척", 80, "척", "count"), ("25척", 25, "척", "count")],
             [("올해 1∼6월", "2023-01"), (("올해", 1), "2023")]),
        [("metric", "가람조선", "40척", "2023-01"), ("plan", "가람조선", "80척", "2023"),
         ("metric", "누리조선", "25척", "2023-01")],
    ),
    "the group that is subject of a clause of the time when (`…했을 때`) owns the figures of its situation": (
        Case("연구진은 공장 1200곳을 분석했다. 중소 제조 기업이 해외 공장을 세웠을 때 영업이익률은 평균 2.4%였다.",
             [], [("1200곳", 1200, "곳", "count"), ("2.4%", 2.4, "%", "percent")]),
        [("metric", "중소 제조 기업", "2.4%", None)],
    ),
    "a group a relative clause defines owns the measure its genitive names, the clause written in": (
        Case("가람마트는 지난해 실험을 했다. 할인 쿠폰을 받은 고객의 주문 금액은 평균 4.2% 늘었다. "
             "신규 회원 가운데 앱으로 처음 주문한 고객의 재구매율은 31%였다.",
             [("가람마트", "ORG")],
             [("4.2%", 4.2, "%", "percent"), ("31%", 31, "%", "percent")], [("지난해", "2022")]),
        [("metric", "할인 쿠폰을 받은 고객", "4.2%", None), ("metric", "앱으로 처음 주문한 고객", "31%", None)],
    ),
    "a survey report's findings with an answer word are its population's, a sub-group its topic names its own": (
        Case("글로벌 소비자의 중고 거래가 늘고 있다. 담터리서치가 지난달 내놓은 ‘2025 중고 거래 조사’에 따르면 "
             "글로벌 중고 앱 이용자는 물건을 더 많이 팔았다. 담터리서치는 패널을 운영한다. 담터리서치는 해마다 조사를 한다.\n\n"
             "판매 이유(복수 응답)로는 ‘공간 부족’이 41%로 가장 많았고 ‘현금 마련’(33%)이 뒤를 이었다. "
             "대학생 이용자는 ‘현금 마련’을 꼽은 비율이 52%였다.\n\n담터리서치는 조사를 넓힌다. "
             "이 회사는 내년부터 조사 횟수를 연 2회로 늘릴 계획이다.",
             [("담터리서치", "ORG"), (("담터리서치", 1), "ORG"), (("담터리서치", 2), "ORG"), (("담터리서치", 3), "ORG")],
             [("41%", 41, "%", "percent"), ("33%", 33, "%", "percent"), ("52%", 52, "%", "percent"),
              ("2회", 2, "회", "count")], [("내년", "2024")]),
        [("metric", "글로벌 중고 앱 이용자", "41%", None), ("metric", "글로벌 중고 앱 이용자", "33%", None),
         ("metric", "대학생 이용자", "52%", None), ("plan", "담터리서치", "2회", "2024")],
    ),
    "a compound ending in a group noun is a group alone (`중소기업은`), a bare group noun is not": (
        Case("누리랩은 기업들을 분석했다. 중소기업은 매출이 4.1% 늘었다. 기업은 대체로 비용을 줄였다. 이익은 2% 늘었다.",
             [("누리랩", "ORG")],
             [("4.1%", 4.1, "%", "percent"), ("2%", 2, "%", "percent")]),
        [("metric", "중소기업", "4.1%", None), ("metric", "누리랩", "2%", None)],
    ),
    "a method box's lines of sample and period hold no claims; the findings below do": (
        Case("누리리서치는 소비자를 조사했다.\n\n- 조사 대상: 전국 성인 3000명\n- 표본: 가맹점 48곳\n"
             "- 기간: 2023년 1∼6월(6개월)\n- 방법: 팀을 나눠 40개 팀(700명)에만 적용\n\n"
             "누리리서치에 따르면 소비자의 지출은 4.2% 늘었다.",
             [("누리리서치", "ORG"), (("누리리서치", 1), "ORG")],
             [("3000명", 3000, "명", "count"), ("48곳", 48, "곳", "count"), ("6개월", 6, "개월", "duration"),
              ("40개", 40, "개", "count"), ("700명", 700, "명", "count"), ("4.2%", 4.2, "%", "percent")]),
        [("metric", "소비자", "4.2%", None)],
    ),
    "a multiple or a gap between two figures the sentence states is no claim, also against an earlier survey's "
    "(gold guide); a change from an earlier survey to a value the sentence does not state is": (
        Case("누리마트의 온라인 매출 비중은 12%로 오프라인 매출 비중(4%)의 3배였다. "
             "누리마트의 고객 만족도는 62%로 2022년 조사(50%)보다 12%p 높았다. "
             "재구매 의향은 2022년 조사(41%)보다 7%p 높아졌다.",
             [("누리마트", "ORG"), (("누리마트", 1), "ORG")],
             [("12%", 12, "%", "percent"), ("4%", 4, "%", "percent"), ("3배", 3, "배", "ratio"),
              ("62%", 62, "%", "percent"), ("50%", 50, "%", "percent"), ("12%p", 12, "%p", "percent"),
              ("41%", 41, "%", "percent"), ("7%p", 7, "%p", "percent")],
             [("2022년", "2022"), (("2022년", 1), "2022")]),
        [("metric", "누리마트", "12%", None), ("metric", "누리마트", "62%", None), ("metric", "누리마트", "50%", "2022"),
         ("metric", "누리마트", "41%", "2022"), ("metric", "누리마트", "7%p", None)],
    ),
    "a percent change between two figures the sentence states is no claim, against a group or an earlier time; "
    "against an earlier time whose value leads to none stated, it is": (
        Case("누리마트의 점포당 물류비는 3200만 원으로 1년 전(2800만 원)보다 14.3% 늘었다. 누리마트 도심 점포의 "
             "계산 대기 시간은 4.2분으로 외곽 점포(6.0분)보다 30% 짧았다. 누리마트의 배송 건수는 1년 전(80만 건)보다 "
             "12% 늘었다.",
             [("누리마트", "ORG"), (("누리마트", 1), "ORG"), (("누리마트", 2), "ORG")],
             [("3200만 원", 3.2e7, "KRW", "money"), ("2800만 원", 2.8e7, "KRW", "money"), ("14.3%", 14.3, "%", "percent"),
              ("4.2분", 4.2, "분", "duration"), ("6.0분", 6.0, "분", "duration"), ("30%", 30, "%", "percent"),
              ("80만 건", 8e5, "건", "count"), ("12%", 12, "%", "percent")]),
        [("metric", "누리마트", "3200만 원", None), ("metric", "누리마트", "2800만 원", None),
         ("metric", "누리마트", "4.2분", None), ("metric", "외곽 점포", "6.0분", None), ("metric", "누리마트", "80만 건", None),
         ("metric", "누리마트", "12%", None)],
    ),
    "the date of a source's release (`지난달 내놓은 ‘…’에 따르면`) is not its findings'": (
        Case("누리랩이 지난달 내놓은 ‘2023 배달 조사’에 따르면 가람이츠의 주문은 평균 12% 늘었다. "
             "가람이츠는 지난달 매출에 따라 수수료를 3%로 낮췄다.",
             [("누리랩", "ORG"), ("가람이츠", "ORG"), (("가람이츠", 1), "ORG")],
             [("12%", 12, "%", "percent"), ("3%", 3, "%", "percent")],
             [("지난달", "2023-05"), (("지난달", 1), "2023-05")]),
        [("metric", "가람이츠", "12%", None), ("metric", "가람이츠", "3%", "2023-05")],
    ),
    "the year of an age (`올해 45세인`) dates the age, not a quotation its speaker says": (
        Case("올해 45세인 한지우 누리랩 대표는 “고객이 먼저다”라고 말했다. 한 대표는 2021년 “속도가 답이다”라고 했다.",
             [("한지우", "PERSON"), ("누리랩", "ORG")],
             [("45세", 45, "세", "other")], [("올해", "2023"), ("2021년", "2021")]),
        [("quote", "한지우", "한지우", None), ("quote", "한지우", "한지우", "2021")],
    ),
    "a survey report's population with no scope word: a group a relative clause describes": (
        Case("지방 소도시에서 혼자 가게를 꾸리는 자영업자의 빚이 늘고 있다. 가람연구소가 지난달 내놓은 ‘자영업 부채 조사’에 "
             "따르면 대출이 늘었다. 가람연구소는 해마다 조사를 한다. 가람연구소는 패널을 운영한다.\n\n"
             "대출 잔액은 평균 8200만 원이었다.",
             [("가람연구소", "ORG"), (("가람연구소", 1), "ORG"), (("가람연구소", 2), "ORG")],
             [("8200만 원", 8.2e7, "KRW", "money")]),
        [("metric", "혼자 가게를 꾸리는 자영업자", "8200만 원", None)],
    ),
    "`이들` is the group named before it, in its sentence or the paragraph; `이들 지점` names its own noun": (
        Case("커피 체인 가람커피는 쿠폰 실험을 했다. 기존 우수 회원은 달랐다. 이들의 방문 빈도는 1.1% 늘어나는 데 그쳤다. "
             "그런데도 전체 쿠폰 사용 건수의 61%를 이들이 차지했다.\n\n보험사 누리생명은 수수료 제도를 바꿨다. "
             "경력 3년 미만 설계사는 신계약이 9.2% 줄었고, 이들의 해지율은 4.1%p 낮아졌다. 누리생명은 지점을 골랐다. "
             "이들 지점의 매출은 3.3% 늘었다.",
             [("가람커피", "ORG"), ("누리생명", "ORG"), (("누리생명", 1), "ORG")],
             [("1.1%", 1.1, "%", "percent"), ("61%", 61, "%", "percent"), ("9.2%", 9.2, "%", "percent"),
              ("4.1%p", 4.1, "%p", "percent"), ("3.3%", 3.3, "%", "percent")]),
        [("metric", "기존 우수 회원", "1.1%", None), ("metric", "기존 우수 회원", "61%", None),
         ("metric", "경력 3년 미만 설계사", "9.2%", None), ("metric", "경력 3년 미만 설계사", "4.1%p", None),
         ("metric", "누리생명", "3.3%", None)],
    ),
    "a group written as the survey population's last words is the population; a group of its own is not": (
        Case("가람연구소가 지난달 내놓은 ‘중고 거래 조사’에 따르면 혼자 가게를 꾸리는 온라인 판매자의 거래가 늘었다. "
             "가람연구소는 해마다 조사를 한다. 가람연구소는 패널을 운영한다.\n\n반품을 받아 준 판매자의 판매액은 평균 "
             "47만 원이었다. 온라인 판매자의 12%는 폐업했다. 서울 판매자의 판매액은 52만 원이었다.",
             [("가람연구소", "ORG"), (("가람연구소", 1), "ORG"), (("가람연구소", 2), "ORG"), ("서울", "LOCATION")],
             [("47만 원", 4.7e5, "KRW", "money"), ("12%", 12, "%", "percent"), ("52만 원", 5.2e5, "KRW", "money")]),
        [("metric", "혼자 가게를 꾸리는 온라인 판매자", "47만 원", None),
         ("metric", "혼자 가게를 꾸리는 온라인 판매자", "12%", None), ("metric", "서울 판매자", "52만 원", None)],
    ),
    "a group that opens with its bound takes the words the article writes before such a bound, not an adverb "
    "before the group itself": (
        Case("가람연구소는 점포를 조사했다. 연 매출 5억 원 미만 점포의 임대료는 180만 원, 5억 원 이상 점포는 420만 원이었다. "
             "특히 65세 이상 점주의 근무 시간은 4.2% 늘었다.",
             [("가람연구소", "ORG")],
             [("5억 원", 5e8, "KRW", "money"), ("180만 원", 1.8e6, "KRW", "money"), (("5억 원", 1), 5e8, "KRW", "money"),
              ("420만 원", 4.2e6, "KRW", "money"), ("65세", 65, "세", "count"), ("4.2%", 4.2, "%", "percent")]),
        [("metric", "연 매출 5억 원 미만 점포", "180만 원", None), ("metric", "연 매출 5억 원 이상 점포", "420만 원", None),
         ("metric", "65세 이상 점주", "4.2%", None)],
    ),
    "a group a range picks out (`6∼9명 팀`) takes the words written before a bound of its kind, as a bounded one does": (
        Case("가람연구소는 팀을 조사했다. 팀원 5명 이하 팀의 퇴사율은 9.8%, 6∼9명 팀은 11.9%였다.",
             [("가람연구소", "ORG")], [("5명", 5, "명", "count"), ("9.8%", 9.8, "%", "percent"),
                                      ("6∼9명", 6, "명", "count"), ("11.9%", 11.9, "%", "percent")]),
        [("metric", "팀원 5명 이하 팀", "9.8%", None), ("metric", "팀원 6∼9명 팀", "11.9%", None)],
    ),
    "job postings a study compares are a group of its units (`근무지를 밝힌 공고`)": (
        Case("가람연구소는 채용 공고를 분석했다. 근무지를 밝힌 공고의 적격 지원자 비중은 42.1%였다.",
             [("가람연구소", "ORG")], [("42.1%", 42.1, "%", "percent")]),
        [("metric", "근무지를 밝힌 공고", "42.1%", None)],
    ),
    "a circled number opening a summary's item is no word of the group": (
        Case("가람연구소는 직원을 조사했다.\n\n① 주 4일 이상 출근자의 이직률은 8.2%로 원격 근무자(11.5%)보다 낮았다.",
             [("가람연구소", "ORG")], [("4일", 4, "일", "duration"), ("8.2%", 8.2, "%", "percent"),
                                      ("11.5%", 11.5, "%", "percent")]),
        [("metric", "주 4일 이상 출근자", "8.2%", None), ("metric", "원격 근무자", "11.5%", None)],
    ),
    "a bounded group takes the words written before a bound in its own unit, not another unit's": (
        Case("가람연구소는 점주를 조사했다. 연 매출 3억 원 미만 점주의 임대료는 150만 원이었다. "
             "경력 10년 이상 점주의 임대료는 260만 원으로 5년 미만 점주(190만 원)보다 많았다.",
             [("가람연구소", "ORG")],
             [("3억 원", 3e8, "KRW", "money"), ("150만 원", 1.5e6, "KRW", "money"), ("10년", 10, "년", "duration"),
              ("260만 원", 2.6e6, "KRW", "money"), ("5년", 5, "년", "duration"), ("190만 원", 1.9e6, "KRW", "money")]),
        [("metric", "연 매출 3억 원 미만 점주", "150만 원", None), ("metric", "경력 10년 이상 점주", "260만 원", None),
         ("metric", "경력 5년 미만 점주", "190만 원", None)],
    ),
    "a group a bound picks out (`입사 3년 미만 직원`) is a sub-group, whatever its noun; its full form takes no clause": (
        Case("누리솔루션은 면담 제도를 도입했다. 입사 3년 미만 직원의 퇴사율은 5.2%p 떨어졌다. 반면 입사 3년 이상 직원은 "
             "1.1%p 떨어지는 데 그쳤다. 회의가 열린 비율이 8명 이상 팀은 61%였다. 8명 미만 팀에서는 퇴사율이 3.1%p 낮아졌다.",
             [("누리솔루션", "ORG")],
             [("3년", 3, "년", "duration"), ("5.2%p", 5.2, "%p", "percent"), (("3년", 1), 3, "년", "duration"),
              ("1.1%p", 1.1, "%p", "percent"), ("8명", 8, "명", "count"), ("61%", 61, "%", "percent"),
              (("8명", 1), 8, "명", "count"), ("3.1%p", 3.1, "%p", "percent")]),
        [("metric", "입사 3년 미만 직원", "5.2%p", None), ("metric", "입사 3년 이상 직원", "1.1%p", None),
         ("metric", "8명 이상 팀", "61%", None), ("metric", "8명 미만 팀", "3.1%p", None)],
    ),
    "respondents who say they plan something (`줄일 계획이라는 점주는 38.5%`) are a finding; a goal's content stays a plan": (
        Case("가람연구소가 지난달 내놓은 ‘가게 운영 조사’에 따르면 동네 빵집을 운영하는 점주의 인건비가 늘었다. "
             "가람연구소는 해마다 조사를 한다. 가람연구소는 패널을 운영한다.\n\n올해 안에 직원을 줄일 계획이라는 점주는 "
             "38.5%였다. 가람연구소는 내년까지 패널을 5만 명으로 늘리겠다는 목표를 세웠다.",
             [("가람연구소", "ORG"), (("가람연구소", 1), "ORG"), (("가람연구소", 2), "ORG"), (("가람연구소", 3), "ORG")],
             [("38.5%", 38.5, "%", "percent"), ("5만 명", 5e4, "명", "count")], [("올해", "2024"), ("내년", "2025")]),
        [("metric", "동네 빵집을 운영하는 점주", "38.5%", "2024"), ("plan", "가람연구소", "5만 명", "2025")],
    ),
    "a relative clause describing a population goes on past a postposition verb (`앱을 통해`)": (
        Case("가람연구소가 지난달 내놓은 ‘중고 거래 조사’에 따르면 앱을 통해 물건을 파는 판매자의 거래가 늘었다. "
             "가람연구소는 해마다 조사를 한다. 가람연구소는 패널을 운영한다.\n\n한 달 판매액은 평균 47만 원이었다.",
             [("가람연구소", "ORG"), (("가람연구소", 1), "ORG"), (("가람연구소", 2), "ORG")],
             [("47만 원", 4.7e5, "KRW", "money")]),
        [("metric", "앱을 통해 물건을 파는 판매자", "47만 원", None)],
    ),
    "a survey report's population with no scope word: a group a place opens": (
        Case("택시 운행이 다시 늘고 있다. 누리데이터가 내놓은 ‘택시 운행 조사’에 따르면 대구 택시 운전자의 근무 시간이 "
             "길어졌다. 누리데이터는 해마다 조사를 한다. 누리데이터는 패널을 운영한다.\n\n하루 운행 거리는 평균 210km였다.",
             [("누리데이터", "ORG"), ("대구", "LOCATION"), (("누리데이터", 1), "ORG"), (("누리데이터", 2), "ORG")],
             [("210km", 210, "km", "length")]),
        [("metric", "대구 택시 운전자", "210km", None)],
    ),
    "a time of day (`오전 7∼9시`) is what a figure counts in, not its date": (
        Case("가람택시는 올해 2분기 평일 오전 7∼9시 호출 건수가 12% 늘었다고 밝혔다.",
             [("가람택시", "ORG")], [("12%", 12, "%", "percent")],
             [("올해 2분기", "2023-Q2"), ("오전 7∼9시", "T09:00")]),
        [("metric", "가람택시", "12%", "2023-Q2")],
    ),
    "a survey report's population may end in a suffix of people (`국내 소상공인`)": (
        Case("국내 소상공인의 계산대가 바뀌고 있다. 가람연구소가 지난달 내놓은 ‘가게 결제 조사’에 따르면 카드 결제가 늘었다. "
             "가람연구소는 해마다 조사를 한다. 가람연구소는 패널을 운영한다.\n\n카드 수수료는 월평균 41만 원이었다.",
             [("가람연구소", "ORG"), (("가람연구소", 1), "ORG"), (("가람연구소", 2), "ORG")],
             [("41만 원", 4.1e5, "KRW", "money")]),
        [("metric", "국내 소상공인", "41만 원", None)],
    ),
    "a group of nouns joined by `·` before a bracketed figure (`버스·택시 운전자(31%)`) owns it": (
        Case("가람리서치는 올해 배달 앱 이용자를 조사했다. 직업별로는 사무직 직장인이 44%로 가장 많았고 버스·택시 운전자(31%), "
             "개인 자영업자(12%) 순이었다.",
             [("가람리서치", "ORG")],
             [("44%", 44, "%", "percent"), ("31%", 31, "%", "percent"), ("12%", 12, "%", "percent")]),
        [("metric", "사무직 직장인", "44%", None), ("metric", "버스·택시 운전자", "31%", None), ("metric", "개인 자영업자", "12%", None)],
    ),
    "a duration ranked as long or short, or in a ranked list (`41분으로 가장 길었고 … (37분) … 순이었다`), is measured": (
        Case("가람리서치는 올해 배달 앱 이용자를 조사했다. 유형별로는 신규 이용자가 41분으로 가장 길었고 기존 이용자(37분), "
             "휴면 이용자(33분) 순이었다.",
             [("가람리서치", "ORG")],
             [("41분", 41, "분", "duration"), ("37분", 37, "분", "duration"), ("33분", 33, "분", "duration")]),
        [("metric", "신규 이용자", "41분", None), ("metric", "기존 이용자", "37분", None), ("metric", "휴면 이용자", "33분", None)],
    ),
    "items listed after a first item that owns its figure (`피자 전문점은 … 가장 높았고, 족발집(52.4%)과 떡볶이집(41.5%)이 "
    "뒤를 이었다`) own theirs (items listed as answers, `(복수 응답)`, stay the respondents': the job-type case above)": (
        Case("배달앱 의존도는 업종마다 달랐다. 피자 전문점은 매출의 61.2%를 배달앱에서 올려 가장 높았고, "
             "족발집(52.4%)과 떡볶이집(41.5%)이 뒤를 이었다.",
             [],
             [("61.2%", 61.2, "%", "percent"), ("52.4%", 52.4, "%", "percent"),
              ("41.5%", 41.5, "%", "percent")]),
        [("metric", "피자 전문점", "61.2%", None), ("metric", "족발집", "52.4%", None), ("metric", "떡볶이집", "41.5%", None)],
    ),
    "a duration in a clause about a time (`대기 시간 단축 폭은`) or said to be the longest (`가장 오래`) is measured; "
    "a time beside other words (`24시간 문을 연다`) is not": (
        Case("가람리서치는 올해 택배 기사를 조사했다. 배송 대기 시간 단축 폭은 도심 점포가 4.2분, 외곽 점포가 1.8분이었다. "
             "정규직 근로자가 주당 58.1시간으로 가장 오래 일했다. 물류센터는 24시간 문을 연다.",
             [("가람리서치", "ORG")],
             [("4.2분", 4.2, "분", "duration"), ("1.8분", 1.8, "분", "duration"), ("58.1시간", 58.1, "시간", "duration"),
              ("24시간", 24, "시간", "duration")]),
        [("metric", "도심 점포", "4.2분", None), ("metric", "외곽 점포", "1.8분", None), ("metric", "정규직 근로자", "58.1시간", None)],
    ),
    "a table's row of cells gives each cell's figure to its first cell, dated by the caption": (
        Case("국내 배달 앱의 성적표를 정리했다.\n\n[표] 주요 배달 앱 비교(2023년 기준)\n기업\t월간 이용자 수\t연간 매출액\n"
             "가람이츠\t820만 명\t3100억 원\n누리배달\t410만 명\t1200억 원\n자료: 각 사",
             [("가람이츠", "ORG"), ("누리배달", "ORG")],
             [("820만 명", 8.2e6, "명", "count"), ("3100억 원", 3.1e11, "KRW", "money"), ("410만 명", 4.1e6, "명", "count"),
              ("1200억 원", 1.2e11, "KRW", "money")],
             [("2023년", "2023", "as_of")]),
        [("metric", "가람이츠", "820만 명", "2023"), ("metric", "가람이츠", "3100억 원", "2023"),
         ("metric", "누리배달", "410만 명", "2023"), ("metric", "누리배달", "1200억 원", "2023")],
    ),
    "a genitive's owner is the phrase's head, not a name before its class noun (`코스피 상장사 가람제약(…)의`)": (
        Case("서울에 본사를 둔 코스피 상장사 가람제약(Garam Pharm)의 지난해 매출은 4200억 원이었다.",
             [("서울", "LOCATION"), ("코스피", "ORG"), ("가람제약", "ORG"), ("Garam Pharm", "ORG", "가람제약")],
             [("4200억 원", 4.2e11, "KRW", "money")], [("지난해", "2022")]),
        [("metric", "가람제약", "4200억 원", "2022")],
    ),
    "a comparison's base in brackets after its date (`2023년(3900억 원)보다`) is no date `같은 해` ties to": (
        Case("가람제약의 2024년 매출은 4200억 원으로 2023년(3900억 원)보다 늘었다. 같은 해 영업이익은 310억 원이었다.",
             [("가람제약", "ORG")],
             [("4200억 원", 4.2e11, "KRW", "money"), ("3900억 원", 3.9e11, "KRW", "money"), ("310억 원", 3.1e10, "KRW", "money")],
             [("2024년", "2024"), ("2023년", "2023")]),
        [("metric", "가람제약", "4200억 원", "2024"), ("metric", "가람제약", "3900억 원", "2023"),
         ("metric", "가람제약", "310억 원", "2024")],
    ),
    "a place and a noun of people (`한국 취업자의`) are a group; after `이 가운데` they are parts of the whole before": (
        Case("한국은 오래 일하는 나라다. 2023년 한국 취업자의 연간 근로시간은 1872시간이었다.\n\n"
             "누리랩의 앱 이용자는 300만 명이다. 이 가운데 미국 이용자가 120만 명, 일본 이용자가 80만 명이다.",
             [("한국", "LOCATION"), (("한국", 1), "LOCATION"), ("누리랩", "ORG"), ("미국", "LOCATION"), ("일본", "LOCATION")],
             [("1872시간", 1872, "시간", "duration"), ("300만 명", 3e6, "명", "count"), ("120만 명", 1.2e6, "명", "count"),
              ("80만 명", 8e5, "명", "count")], [("2023년", "2023")]),
        [("metric", "한국 취업자", "1872시간", "2023"), ("metric", "누리랩", "300만 명", None),
         ("metric", "누리랩", "120만 명", None), ("metric", "누리랩", "80만 명", None)],
    ),
    "a place a clause is set in (`대구에서는`) says where an organisation's measure, the topic, stands, not whose it is": (
        Case("간편결제 업체 가람페이는 빠르게 컸다. 가람페이의 간편결제 점유율은 부산에서 12%였지만, 대구에서는 31%에 이르렀다.",
             [("가람페이", "ORG"), (("가람페이", 1), "ORG"), ("부산", "LOCATION"), ("대구", "LOCATION")],
             [("12%", 12, "%", "percent"), ("31%", 31, "%", "percent")]),
        [("metric", "가람페이", "12%", None), ("metric", "가람페이", "31%", None)],
    ),
    "a place in a breakdown of an organisation's measure (`…의 수출을 지역별로 보면 미국이`) is a share of that organisation's": (
        Case("가람식품의 지난해 수출을 지역별로 보면 미국이 420억 원으로 가장 많았고, 일본이 150억 원으로 뒤를 이었다. "
             "도시별로는 도쿄가 12%로 가장 많았다.",
             [("가람식품", "ORG"), ("미국", "LOCATION"), ("일본", "LOCATION"), ("도쿄", "LOCATION")],
             [("420억 원", 4.2e10, "KRW", "money"), ("150억 원", 1.5e10, "KRW", "money"), ("12%", 12, "%", "percent")],
             [("지난해", "2022")]),
        [("metric", "가람식품", "420억 원", "2022"), ("metric", "가람식품", "150억 원", "2022"), ("metric", "도쿄", "12%", None)],
    ),
    "a group's bound after its figure stays in its name (`근속 2년 미만 간호사`)": (
        Case("근속 2년 미만 간호사의 이직률은 9.1%였다.", [],
             [("2년", 2, "년", "duration"), ("9.1%", 9.1, "%", "percent")]),
        [("metric", "근속 2년 미만 간호사", "9.1%", None)],
    ),
    "a tally (`집계로는`) says where a figure comes from, not whose it is": (
        Case("베트남은 외국 기업의 공장을 모으고 있다. 베트남 기획투자부 집계로는 지난해 베트남에 들어온 "
             "외국인직접투자도 약 290억 달러로 사상 최대였다.",
             [("베트남", "LOCATION"), (("베트남", 1), "LOCATION"), ("기획투자부", "ORG"), (("베트남", 2), "LOCATION")],
             [("290억 달러", 2.9e10, "USD", "money")], [("지난해", "2022")]),
        [("metric", "베트남", "290억 달러", "2022")],
    ),
    "hours are a measured duration (`3.5시간`); `…년간` is a time frame": (
        Case("가람물류의 평균 배송 시간은 3.5시간이다. 가람물류는 지난 3년간 평균 매출을 늘렸다.",
             [("가람물류", "ORG"), (("가람물류", 1), "ORG")],
             [("3.5시간", 3.5, "시간", "duration"), ("3년간", 3, "년", "duration")]),
        [("metric", "가람물류", "3.5시간", None)],
    ),
    "a group that opens with its bound takes the words the article writes before such a bound (`월 소득`)": (
        Case("가람리서치는 가계를 조사했다. 월 소득 300만 원 미만 소비자는 지출이 21만 원이었고, "
             "300만 원 이상 소비자는 지출이 63만 원이었다.",
             [("가람리서치", "ORG")],
             [("300만 원", 3e6, "KRW", "money"), ("21만 원", 2.1e5, "KRW", "money"),
              (("300만 원", 1), 3e6, "KRW", "money"), ("63만 원", 6.3e5, "KRW", "money")]),
        [("metric", "월 소득 300만 원 미만 소비자", "21만 원", None), ("metric", "월 소득 300만 원 이상 소비자", "63만 원", None)],
    ),
    "a noun of people Kiwi keeps whole (`세입자`) ends a group as a group noun does": (
        Case("가람연구소는 주거비를 조사했다. 서울 세입자는 소득의 29%를 집에 썼다. 경기 구직자는 12%를 썼다.",
             [("가람연구소", "ORG")],
             [("29%", 29, "%", "percent"), ("12%", 12, "%", "percent")]),
        [("metric", "서울 세입자", "29%", None), ("metric", "경기 구직자", "12%", None)],
    ),
    "a market estimated as an object is the figure's subject; who estimates it is not": (
        Case("시장조사업체 데이터온은 국내 반려동물 보험 시장 규모를 2023년 약 800억 원으로 추정했다.",
             [("데이터온", "ORG")], [("800억 원", 8e10, "KRW", "money", "approx")], [("2023년", "2023")]),
        [("metric", "국내 반려동물 보험 시장", "800억 원", "2023")],
    ),
    "starting to sell, to deliver or to run a service (`판매를 시작했다`, `배달을 시작했다`, `운행을 시작했다`) is a launch": (
        Case("가람모빌리티는 2024년 6월 판교에서 자율주행 셔틀의 유료 운행을 시작했다. 누리푸드는 2023년 3월 온라인 판매를 "
             "시작했다. 다온마켓은 지난해 5월 새벽 배달을 시작했다.",
             [("가람모빌리티", "ORG"), ("판교", "LOCATION"), ("누리푸드", "ORG"), ("다온마켓", "ORG")],
             [], [("2024년 6월", "2024-06"), ("2023년 3월", "2023-03"), ("지난해 5월", "2023-05")]),
        [("event", "가람모빌리티", "launched", "2024-06"), ("event", "누리푸드", "launched", "2023-03"),
         ("event", "다온마켓", "launched", "2023-05")],
    ),
    "starting a franchise business (`가맹사업을 시작했다`) launches it; starting another business still founds it": (
        Case("누리제과는 2019년 가맹사업을 시작했다. 가람식품은 2021년 수산물 유통 사업을 시작했다.",
             [("누리제과", "ORG"), ("가람식품", "ORG")], [], [("2019년", "2019"), ("2021년", "2021")]),
        [("event", "누리제과", "launched", "2019"), ("event", "가람식품", "founded", "2021")],
    ),
    "a business that opened its doors (`문을 열었다`, `문을 연`) was founded; opening hours and suppositions are no "
    "founding": (
        Case("가람베이커리는 2020년 서울 마포구에서 문을 열었다. 1998년 부산에서 문을 연 누리의원은 병상을 늘렸다. "
             "가람베이커리는 지난해부터 오전 7시에 문을 연다. 누리의원은 내년 3월 새 병동이 문을 열면 병상을 늘린다.",
             [("가람베이커리", "ORG"), ("서울", "LOCATION"), ("마포구", "LOCATION"), ("부산", "LOCATION"), ("누리의원", "ORG"),
              (("가람베이커리", 1), "ORG"), (("누리의원", 1), "ORG")],
             [], [("2020년", "2020"), ("1998년", "1998"), ("지난해", "2023"), ("내년 3월", "2025-03")]),
        [("event", "가람베이커리", "founded", "2020"), ("event", "누리의원", "founded", "1998")],
    ),
    "an event verb in a relative clause is the act of that clause's subject": (
        Case("누리식품이 2020년 5월 출시한 ‘달빛차’는 첫해 300만 병이 팔렸다. 2019년 설립된 솔빛랩은 성장했다.",
             [("누리식품", "ORG"), ("달빛차", "PRODUCT"), ("솔빛랩", "ORG")],
             [("300만 병", 3e6, "병", "count")], [("2020년 5월", "2020-05"), ("2019년", "2019")]),
        [("event", "누리식품", "launched", "2020-05"), ("metric", "달빛차", "300만 병", "2020-05"),
         ("event", "솔빛랩", "founded", "2019")],
    ),
    "a plan without a figure is dated by its deadline, else the nearest date before its plan word that is not past": (
        Case("누리소프트는 2019년 설립됐다. 누리소프트는 올해 하반기 일본에 진출할 계획이다. "
             "솔빛랩은 2021년 협약을 맺으며 2030년까지 전력을 모두 재생에너지로 바꾸겠다는 계획을 밝혔다.",
             [("누리소프트", "ORG"), ("누리소프트", "ORG"), ("일본", "LOCATION"), ("솔빛랩", "ORG")], [],
             [("2019년", "2019"), ("올해 하반기", "2023-H2"), ("2021년", "2021"), ("2030년까지", "2030", "by")]),
        [("event", "누리소프트", "founded", "2019"), ("plan", "누리소프트", None, "2023-H2"),
         ("event", "솔빛랩", "partnered", "2021"), ("plan", "솔빛랩", None, "2030")],
    ),
    "a plan referred to is no plan; a plan stated, aimed at or named is": (
        Case("누리소프트는 투자자들과 목표를 합의했다. 투자자들도 이 계획에 돈을 걸었다. "
             "누리소프트는 내년 상반기 상장을 목표로 하고 있다. 누리소프트의 올해 목표는 흑자 전환이다.",
             [("누리소프트", "ORG"), ("누리소프트", "ORG"), ("누리소프트", "ORG")], [],
             [("내년 상반기", "2024-H1"), ("올해", "2023")]),
        [("plan", "누리소프트", None, "2024-H1"), ("plan", "누리소프트", None, "2023")],
    ),
    "a survey a figure comes from is not its actor": (
        Case("코다커머스는 배송센터를 늘렸다. 한빛리서치 조사에서 재구매율은 61%였다.",
             [("코다커머스", "ORG"), ("한빛리서치", "ORG")], [("61%", 61, "%", "percent")]),
        [("metric", "코다커머스", "61%", None)],
    ),
    "time frames, list names and glosses are not measured values": (
        Case("바이두는 지난 5년간 5대 AI 기술에 집중해 매출 1000억 위안(약 18조 원)을 올렸다.",
             [("바이두", "ORG")],
             [("5년간", 5, "년", "duration"), ("5대", 5, "대", "count"), ("1000억 위안", 1e11, "CNY", "money"),
              ("18조 원", 18e12, "KRW", "money", "approx")]),
        [("metric", "바이두", "1000억 위안", None)],
    ),
    "a figure alone in brackets after a date is that date's value; after a comparison, not yet": (
        Case("한결물산의 영업이익률은 지난해 5.2%로, 2018년(7.9%)보다 낮고 업계 평균(6.1%)에도 못 미친다.",
             [("한결물산", "ORG")],
             [("5.2%", 5.2, "%", "percent"), ("7.9%", 7.9, "%", "percent"), ("6.1%", 6.1, "%", "percent")],
             [("지난해", "2023"), ("2018년", "2018")]),
        [("metric", "한결물산", "5.2%", "2023"), ("metric", "한결물산", "7.9%", "2018")],
    ),
    "a date passes along a chain of tied sentences, and through a tie inside a sentence": (
        Case("한결물산은 2021년 흑자로 돌아섰다. 같은 해 매출은 300억 원이었다. 당시 직원은 120명이었다. "
             "상장 당시 시가총액은 5000억 원이었다.",
             [("한결물산", "ORG")],
             [("300억 원", 3e10, "KRW", "money"), ("120명", 120, "명", "count"), ("5000억 원", 5e11, "KRW", "money")],
             [("2021년", "2021")]),
        [("metric", "한결물산", "300억 원", "2021"), ("metric", "한결물산", "120명", "2021"),
         ("metric", "한결물산", "5000억 원", "2021")],
    ),
    "a tie word with a particle after it ties too": (
        Case("한결물산은 2015년 흑자로 돌아섰다. 회사는 그때부터 매출의 9%를 연구개발에 썼다.",
             [("한결물산", "ORG")], [("9%", 9, "%", "percent")], [("2015년", "2015")]),
        [("metric", "한결물산", "9%", "2015")],
    ),
    "a date passes to the same survey": (
        Case("한빛리서치가 2022년 직장인을 조사한 결과 응답자의 58%가 재택을 원했다. "
             "같은 조사에서 출근을 원한 응답은 21%였다.",
             [("한빛리서치", "ORG")], [("58%", 58, "%", "percent"), ("21%", 21, "%", "percent")],
             [("2022년", "2022")]),
        [("metric", "직장인", "58%", "2022"), ("metric", "직장인", "21%", "2022")],
    ),
    "`같은 시점` (at the same point) takes the date of the sentence before": (
        Case("가온은행의 가계대출 잔액은 3월 말 52조 원이었다. 같은 시점 기업대출 잔액은 38조 원이었다.",
             [("가온은행", "ORG")], [("52조 원", 5.2e13, "KRW", "money"), ("38조 원", 3.8e13, "KRW", "money")],
             [("3월 말", "2023-03")]),
        [("metric", "가온은행", "52조 원", "2023-03"), ("metric", "가온은행", "38조 원", "2023-03")],
    ),
    "a tie word does not reach a dated sentence of an earlier paragraph past the one before": (
        Case("한결물산은 2021년 흑자로 돌아섰다. 수출도 크게 늘었다.\n\n한결물산은 매출이 늘었다. 당시 직원은 120명이었다.",
             [("한결물산", "ORG"), (("한결물산", 1), "ORG")], [("120명", 120, "명", "count")], [("2021년", "2021")]),
        [("metric", "한결물산", "120명", None)],
    ),
    "a verb joined to a plan by a connective is planned, no event; a past one is an event": (
        Case("한결물산은 2025년까지 공장 2곳을 더 열고 수출을 늘릴 계획이다. "
             "한결물산은 2021년 공장 2곳을 열었고, 2025년까지 수출을 늘릴 계획이다. "
             "한결물산은 2021년 공장을 열고 수출을 늘렸다. 한결물산은 올해 9월 교육센터를 열 계획이다.",
             [("한결물산", "ORG"), (("한결물산", 1), "ORG"), (("한결물산", 2), "ORG"), (("한결물산", 3), "ORG")], [],
             [("2025년까지", "2025"), (("2021년", 0), "2021"), (("2025년까지", 1), "2025"), (("2021년", 1), "2021"),
              ("올해 9월", "2026-09")]),
        [("plan", "한결물산", None, "2025"), ("event", "한결물산", "founded", "2021"), ("plan", "한결물산", None, "2025"),
         ("event", "한결물산", "founded", "2021"), ("plan", "한결물산", None, "2026-09")],
    ),
    "an investment received is the investor's event and the raiser's figure; unnamed investors make no event": (
        Case("누리게임즈는 지난달 한빛벤처스 등에서 50억 원을 투자받았다. "
             "누리게임즈는 지난달 벤처캐피털 두 곳으로부터 50억 원을 투자받았다.",
             [("누리게임즈", "ORG"), ("한빛벤처스", "ORG"), (("누리게임즈", 1), "ORG")],
             [("50억 원", 5e9, "KRW", "money"), (("50억 원", 1), 5e9, "KRW", "money")],
             [("지난달", "2023-02"), (("지난달", 1), "2023-02")]),
        [("event", "한빛벤처스", "invested", "2023-02"), ("metric", "누리게임즈", "50억 원", "2023-02"),
         ("metric", "누리게임즈", "50억 원", "2023-02")],
    ),
    "in a list of names each with its figure, the name right before a figure owns it": (
        Case("지난해 국내 배달앱 시장 점유율은 누리배달 48.2%, 한빛이츠 30.1%, 가람오더 12.5% 순이었다. "
             "한빛이츠는 지난해 매출 3200억 원을 올렸다.",
             [("누리배달", "ORG"), ("한빛이츠", "ORG"), ("가람오더", "ORG"), (("한빛이츠", 1), "ORG")],
             [("48.2%", 48.2, "%", "percent"), ("30.1%", 30.1, "%", "percent"), ("12.5%", 12.5, "%", "percent"),
              ("3200억 원", 3.2e11, "KRW", "money")],
             [("지난해", "2022"), (("지난해", 1), "2022")]),
        [("metric", "누리배달", "48.2%", "2022"), ("metric", "한빛이츠", "30.1%", "2022"),
         ("metric", "가람오더", "12.5%", "2022"), ("metric", "한빛이츠", "3200억 원", "2022")],
    ),
    "listed names with the subject's particle each own the figure after them; places so listed split one figure": (
        Case("2013년 5월 한결커피는 중국 외식기업 다온외식관리와 합작법인을 세웠다. 합작법인 지분은 한결커피가 55%, "
             "다온외식관리가 45%를 가졌다. 한결커피의 수출을 지역별로 보면 미국이 120억 원, 일본이 80억 원이었다.",
             [("한결커피", "ORG"), ("중국", "LOCATION"), ("다온외식관리", "ORG"), (("한결커피", 1), "ORG"),
              (("다온외식관리", 1), "ORG"), (("한결커피", 2), "ORG"), ("미국", "LOCATION"), ("일본", "LOCATION")],
             [("55%", 55, "%", "percent"), ("45%", 45, "%", "percent"), ("120억 원", 1.2e10, "KRW", "money"),
              ("80억 원", 8e9, "KRW", "money")],
             [("2013년 5월", "2013-05")]),
        [("event", "한결커피", "founded", "2013-05"), ("event", "한결커피", "partnered", "2013-05"),
         ("metric", "한결커피", "55%", "2013-05"), ("metric", "다온외식관리", "45%", "2013-05"),
         ("metric", "한결커피", "120억 원", None), ("metric", "한결커피", "80억 원", None)],
    ),
    "groups named in quotation marks in brackets own the figures listed after their names": (
        Case("누리북스는 구독자 9000명을 무작위로 두 집단에 나눴다. 첫째 집단(‘단순 안내 집단’)에는 새 가격만 알렸고, "
             "둘째 집단(‘상세 안내 집단’)에는 인상 이유를 설명했다. 90일 해지율은 단순 안내 집단 9.1%, 상세 안내 집단 "
             "6.4%였다.",
             [("누리북스", "ORG")],
             [("9000명", 9000, "명", "count"), ("9.1%", 9.1, "%", "percent"), ("6.4%", 6.4, "%", "percent")]),
        [("metric", "단순 안내 집단", "9.1%", None), ("metric", "상세 안내 집단", "6.4%", None)],
    ),
    "a syllable of a name that Kiwi reads as `후` (after) does not cut the name from its phrase": (
        Case("아토모스게임즈는 흑자를 냈다. 맹지후 아토모스게임즈 최고재무책임자는 “판매량의 85%가 해외에서 나왔다”고 말했다.",
             [("아토모스게임즈", "ORG"), ("맹지후", "PERSON"), (("아토모스게임즈", 1), "ORG")],
             [("85%", 85, "%", "percent")]),
        [("quote", "맹지후", "맹지후", None)],
    ),
    "a company the copula says was set up (`세워진`, an auxiliary joined) as a firm of prefixed nouns is founded": (
        Case("가온리사이클은 2016년 경북 구미에 세워진 폐배터리 재활용 업체다.",
             [("가온리사이클", "ORG"), ("경북", "LOCATION"), ("구미", "LOCATION")], [], [("2016년", "2016")]),
        [("event", "가온리사이클", "founded", "2016")],
    ),
    "a timeline's line that ends in its event noun is a dated event; a line with no date is none": (
        Case("가람로봇의 10년\n\n가람로봇은 협동로봇을 만든다.\n\n2018년 3월 경기 화성시에서 가람로봇 설립\n"
             "2020년 5월 첫 제품 ‘가람 A1’ 출시\n2022년 11월 서울 본사 이전\n\n신제품 출시 준비",
             [("가람로봇", "ORG"), (("가람로봇", 1), "ORG"), (("가람로봇", 2), "ORG"), ("가람 A1", "PRODUCT")], [],
             [("2018년 3월", "2018-03"), ("2020년 5월", "2020-05"), ("2022년 11월", "2022-11")]),
        [("event", "가람로봇", "founded", "2018-03"), ("event", "가람로봇", "launched", "2020-05")],
    ),
    "in a dated change only the end takes the date; the start keeps its own, or one before `현재`": (
        Case("누리피트는 지난해 7월 월 구독료를 9.99달러에서 10.99달러로 올렸다. "
             "누리피트의 매출은 2014년 30억 원에서 지난해 90억 원으로 늘었다. "
             "누리피트의 직원은 2019년 40명에서 현재 65명으로 늘었다.",
             [("누리피트", "ORG"), (("누리피트", 1), "ORG"), (("누리피트", 2), "ORG")],
             [("9.99달러", 9.99, "USD", "money"), ("10.99달러", 10.99, "USD", "money"), ("30억 원", 3e9, "KRW", "money"),
              ("90억 원", 9e9, "KRW", "money"), ("40명", 40, "명", "count"), ("65명", 65, "명", "count")],
             [("지난해 7월", "2022-07"), ("2014년", "2014"), (("지난해", 1), "2022"), ("2019년", "2019")]),
        [("metric", "누리피트", "9.99달러", None), ("metric", "누리피트", "10.99달러", "2022-07"),
         ("metric", "누리피트", "30억 원", "2014"), ("metric", "누리피트", "90억 원", "2022"),
         ("metric", "누리피트", "40명", "2019"), ("metric", "누리피트", "65명", None)],
    ),
    "the start of a change that says what a thing was takes no date either": (
        Case("누리뷰티는 2021년 상반기 52개이던 제품을 20개로 줄였다. "
             "누리뷰티는 2020년 30곳에 이르던 매장을 12곳으로 닫았다.",
             [("누리뷰티", "ORG"), (("누리뷰티", 1), "ORG")],
             [("52개", 52, "개", "count"), ("20개", 20, "개", "count"), ("30곳", 30, "곳", "count"),
              ("12곳", 12, "곳", "count")],
             [("2021년 상반기", "2021-H1"), ("2020년", "2020")]),
        [("metric", "누리뷰티", "52개", None), ("metric", "누리뷰티", "20개", "2021-H1"),
         ("metric", "누리뷰티", "30곳", None), ("metric", "누리뷰티", "12곳", "2020")],
    ),
    "`N년 전의` before a figure is no figure of its own, and the figure after it is of then, undated; "
    "a multiple of then is now's": (
        Case("누리피트의 해지율은 2023년 4분기 1.9%로, 1년 전의 1.4%보다 높아졌다. "
             "누리피트의 매출은 지난해 5년 전의 3배가 됐다.",
             [("누리피트", "ORG"), (("누리피트", 1), "ORG")],
             [("1.9%", 1.9, "%", "percent"), ("1년", 1, "년", "duration"), ("1.4%", 1.4, "%", "percent"),
              ("5년", 5, "년", "duration"), ("3배", 3, "배", "ratio")],
             [("2023년 4분기", "2023-Q4"), ("지난해", "2022")]),
        [("metric", "누리피트", "1.9%", "2023-Q4"), ("metric", "누리피트", "1.4%", None),
         ("metric", "누리피트", "3배", "2022")],
    ),
    "`내놨다` (Kiwi: `내다` + `놓다`) launches a named product as `내놓았다` does": (
        Case("한빛마트는 2022년 장보기 앱 ‘누리장터’를 내놨지만 반응은 미지근했다.",
             [("한빛마트", "ORG"), ("누리장터", "PRODUCT")], [], [("2022년", "2022")]),
        [("event", "한빛마트", "launched", "2022")],
    ),
    "a price belongs to the product named with the price noun, also where a company is the subject": (
        Case("한빛미디어는 지난해 3월 누리플러스 월 요금을 9900원에서 1만2900원으로 올렸다. 한빛미디어의 매출은 300억 원이다.",
             [("한빛미디어", "ORG"), ("누리플러스", "PRODUCT"), (("한빛미디어", 1), "ORG")],
             [("9900원", 9900, "KRW", "money"), ("1만2900원", 12900, "KRW", "money"), ("300억 원", 3e10, "KRW", "money")],
             [("지난해 3월", "2022-03")]),
        [("metric", "누리플러스", "9900원", None), ("metric", "누리플러스", "1만2900원", "2022-03"),
         ("metric", "한빛미디어", "300억 원", None)],
    ),
    "a sentence opening with `가격은` prices the product its paragraph's last topic named, across a sentence": (
        Case("Q. 주력 제품은 무엇입니까?\n\n주력 제품인 ‘가람 R7’은 협동로봇입니다. 물에 강합니다. "
             "가격은 대당 2900만 원입니다. 직원은 120명입니다.",
             [("가람 R7", "PRODUCT")],
             [("2900만 원", 2.9e7, "KRW", "money"), ("120명", 120, "명", "count")], interviewee=("윤서하", "가람로봇")),
        [("metric", "가람 R7", "2900만 원", None), ("metric", "가람로봇", "120명", None)],
    ),
    "a sentence opening with `이용료는` prices the product the sentence before launched, not its launcher; what "
    "the launcher's own sentence says after it stays the launcher's": (
        Case("가람랩스는 올해 5월 반려견 건강 기록 앱 ‘멍노트’를 내놓았다. 이용료는 월 3900원이다. "
             "가람랩스의 직원은 45명이다.",
             [("가람랩스", "ORG"), ("멍노트", "PRODUCT"), (("가람랩스", 1), "ORG")],
             [("3900원", 3900, "KRW", "money"), ("45명", 45, "명", "count")], [("올해 5월", "2023-05")]),
        [("event", "가람랩스", "launched", "2023-05"), ("metric", "멍노트", "3900원", None),
         ("metric", "가람랩스", "45명", None)],
    ),
    "`값` is a price noun: a sentence opening with it prices the product the sentence before launched": (
        Case("누리유업은 지난해 저지방 우유 ‘맑은목장’을 선보였다. 한 팩 값은 4500원이다.",
             [("누리유업", "ORG"), ("맑은목장", "PRODUCT")], [("4500원", 4500, "KRW", "money")], [("지난해", "2022")]),
        [("event", "누리유업", "launched", "2022"), ("metric", "맑은목장", "4500원", None)],
    ),
    "an airline's first flight on a route (`취항`) is a launch": (
        Case("가람항공은 2022년 12월 인천∼시드니 노선에 취항했다.",
             [("가람항공", "ORG"), ("인천", "LOCATION"), ("시드니", "LOCATION")], [], [("2022년 12월", "2022-12")]),
        [("event", "가람항공", "launched", "2022-12")],
    ),
    "a survey's year before `조사보다` dates the base of the comparison, not the difference": (
        Case("리서치랩은 국내 대학생 800명을 조사했다. 창업을 원한다는 응답은 41%로 2021년 조사보다 6.2%p 늘었다.",
             [("리서치랩", "ORG")],
             [("800명", 800, "명", "count"), ("41%", 41, "%", "percent"), ("6.2%p", 6.2, "%p", "percent")],
             [("2021년", "2021")]),
        [("metric", "국내 대학생", "41%", None), ("metric", "국내 대학생", "6.2%p", None)],
    ),
    "the investor before its alias in brackets is named as well": (
        Case("누리게임즈는 지난달 한빛벤처스(이하 한빛VC)로부터 50억 원을 투자받았다.",
             [("누리게임즈", "ORG"), ("한빛벤처스", "ORG"), ("한빛VC", "ORG")],
             [("50억 원", 5e9, "KRW", "money")], [("지난달", "2023-02")]),
        [("event", "한빛VC", "invested", "2023-02"), ("metric", "누리게임즈", "50억 원", "2023-02")],
    ),
    "investors named together each made the investment received": (
        Case("누리게임즈는 지난달 한빛벤처스와 가람캐피털 등에서 50억 원을 투자받았다.",
             [("누리게임즈", "ORG"), ("한빛벤처스", "ORG"), ("가람캐피털", "ORG")],
             [("50억 원", 5e9, "KRW", "money")], [("지난달", "2023-02")]),
        [("event", "한빛벤처스", "invested", "2023-02"), ("event", "가람캐피털", "invested", "2023-02"),
         ("metric", "누리게임즈", "50억 원", "2023-02")],
    ),
    "in an interview's answer that names no actor, an investment received is the interviewee's organisation's": (
        Case("Q. 투자는 어떻게 받았습니까?\n\n2021년 한빛벤처스가 먼저 10억 원을 투자했습니다. "
             "지난해 5월에는 가람캐피털 등에서 170억 원을 투자받았습니다.",
             [("한빛벤처스", "ORG"), ("가람캐피털", "ORG")],
             [("10억 원", 1e9, "KRW", "money"), ("170억 원", 1.7e10, "KRW", "money")],
             [("2021년", "2021"), ("지난해 5월", "2022-05")], interviewee=("윤서하", "가람로봇")),
        [("event", "한빛벤처스", "invested", "2021"), ("event", "가람캐피털", "invested", "2022-05"),
         ("metric", "가람로봇", "170억 원", "2022-05")],
    ),
    "money raised (`유치`) in a round a named investor led is that investor's event; with none named, a figure only": (
        Case("가람로봇은 2021년 7월 녹원파트너스가 주도한 시리즈A에서 45억 원을 유치했다. 가람로봇은 지난해 80억 원을 유치했다.",
             [("가람로봇", "ORG"), ("녹원파트너스", "ORG"), (("가람로봇", 1), "ORG")],
             [("45억 원", 4.5e9, "KRW", "money"), ("80억 원", 8e9, "KRW", "money")],
             [("2021년 7월", "2021-07"), ("지난해", "2022")]),
        [("event", "녹원파트너스", "invested", "2021-07"), ("metric", "가람로봇", "45억 원", "2021-07"),
         ("metric", "가람로봇", "80억 원", "2022")],
    ),
    "each who joins a funding round (`…도 이 라운드에 참여했다`) invests, and so does the lead named in its clause": (
        Case("도란푸드는 2022년 5월 청솔벤처스가 이끈 시리즈A에서 30억 원을 유치했고, 미래파트너스도 이 라운드에 참여했다. "
             "2024년 3월 누리캐피털이 주도한 시리즈B에는 기존 투자사 미래파트너스와 청솔벤처스도 참여했다. "
             "임상에는 환자 40명이 참여했다.",
             [("도란푸드", "ORG"), ("청솔벤처스", "ORG"), ("미래파트너스", "ORG"), ("누리캐피털", "ORG"),
              (("미래파트너스", 1), "ORG"), (("청솔벤처스", 1), "ORG")],
             [("30억 원", 3e9, "KRW", "money"), ("40명", 40, "명", "count")],
             [("2022년 5월", "2022-05"), ("2024년 3월", "2024-03")]),
        [("event", "청솔벤처스", "invested", "2022-05"), ("event", "미래파트너스", "invested", "2022-05"),
         ("metric", "도란푸드", "30억 원", "2022-05"), ("event", "누리캐피털", "invested", "2024-03"),
         ("event", "미래파트너스", "invested", "2024-03"), ("event", "청솔벤처스", "invested", "2024-03")],
    ),
    "money received (`받았다`) from named investors in a round is their investment; a sum to now takes no deal's date": (
        Case("도란푸드는 2024년 3월 시리즈B에서 누리캐피털로부터 90억 원을 받았다. 지금까지 유치한 투자금은 모두 120억 원이다. "
             "도란푸드는 2023년 한빛마트로부터 납품 대금 5억 원을 받았다.",
             [("도란푸드", "ORG"), ("누리캐피털", "ORG"), (("도란푸드", 1), "ORG"), ("한빛마트", "ORG")],
             [("90억 원", 9e9, "KRW", "money"), ("120억 원", 1.2e10, "KRW", "money"), ("5억 원", 5e8, "KRW", "money")],
             [("2024년 3월", "2024-03"), ("2023년", "2023")]),
        [("event", "누리캐피털", "invested", "2024-03"), ("metric", "도란푸드", "90억 원", "2024-03"),
         ("metric", "도란푸드", "120억 원", None), ("metric", "도란푸드", "5억 원", "2023")],
    ),
    "in an interview's answer, a relative clause's subject is not the interviewee's left-out `저희는`": (
        Case("Q. 투자는 어떻게 받았습니까?\n\n2022년 4월에는 한빛벤처스가 주도한 시리즈A에서 60억 원을 유치했습니다. "
             "직원은 모두 95명입니다. 우리가 만든 앱 12개 가운데 9개가 흑자입니다.",
             [("한빛벤처스", "ORG")],
             [("60억 원", 6e9, "KRW", "money"), ("95명", 95, "명", "count"), ("12개", 12, "개", "count"),
              ("9개", 9, "개", "count")],
             [("2022년 4월", "2022-04")], interviewee=("윤서하", "가람앱스")),
        [("event", "한빛벤처스", "invested", "2022-04"), ("metric", "가람앱스", "60억 원", "2022-04"),
         ("metric", "가람앱스", "95명", None), ("metric", "가람앱스", "12개", None), ("metric", "가람앱스", "9개", None)],
    ),
    "`이 은행` in a sentence with no actor of its own is no product carried to it, but its company": (
        Case("누리뱅크는 지난달 소상공인 대출 ‘가게든든’을 내놨다. 이 상품은 한 달 만에 가입자 9000명을 모았다. "
             "한도는 최대 5000만 원이다. 이 은행의 소상공인 대출 잔액은 올해 3월 말 8200억 원이었다.",
             [("누리뱅크", "ORG"), ("가게든든", "PRODUCT")],
             [("9000명", 9000, "명", "count"), ("5000만 원", 5e7, "KRW", "money"), ("8200억 원", 8.2e11, "KRW", "money")],
             [("지난달", "2023-05"), ("올해 3월 말", "2023-03", "end")]),
        [("event", "누리뱅크", "launched", "2023-05"), ("metric", "가게든든", "9000명", None),
         ("metric", "가게든든", "5000만 원", None), ("metric", "누리뱅크", "8200억 원", "2023-03")],
    ),
    "`이 회사` in a sentence with no actor of its own is no product carried to it, but its company": (
        Case("한결랩스는 2022년 6월 가계부 앱 ‘모아봄’을 내놨다. 모아봄의 가입자는 지난 3월 62만 명을 넘었다. "
             "이 회사는 지난해 11월 시리즈A 투자로 60억 원을 유치했다.",
             [("한결랩스", "ORG"), ("모아봄", "PRODUCT"), (("모아봄", 1), "PRODUCT")],
             [("62만 명", 620000, "명", "count"), ("60억 원", 6e9, "KRW", "money")],
             [("2022년 6월", "2022-06"), ("지난 3월", "2023-03"), ("지난해 11월", "2022-11")]),
        [("event", "한결랩스", "launched", "2022-06"), ("metric", "모아봄", "62만 명", "2023-03"),
         ("metric", "한결랩스", "60억 원", "2022-11")],
    ),
    "`이 회사` in a clause of its own is no product another clause names, but its company": (
        Case("가람소프트는 2020년 근태 관리 앱 ‘가람워크’를 내놨다. 가람워크를 쓰는 사업장은 지난해 말 8200곳으로 "
             "늘었고, 이 회사의 지난해 매출은 96억 원이었다.",
             [("가람소프트", "ORG"), ("가람워크", "PRODUCT"), (("가람워크", 1), "PRODUCT")],
             [("8200곳", 8200, "곳", "count"), ("96억 원", 9.6e9, "KRW", "money")],
             [("2020년", "2020"), ("지난해 말", "2022"), (("지난해", 1), "2022")]),
        [("event", "가람소프트", "launched", "2020"), ("metric", "가람워크", "8200곳", "2022"),
         ("metric", "가람소프트", "96억 원", "2022")],
    ),
    "what the interviewer's line states is a claim of whom it names, and no actor of the answer": (
        Case("Q. 경쟁사 가람랩은 지난해 매출 120억 원을 냈다고 밝혔습니다. 어떻게 보십니까?\n\n"
             "매출 규모보다 고객 유지율이 중요합니다. 고객 유지율은 92%입니다.",
             [("가람랩", "ORG")], [("120억 원", 1.2e10, "KRW", "money"), ("92%", 92, "%", "percent")],
             [("지난해", "2022")], interviewee=("윤서하", "누리앱스")),
        [("metric", "가람랩", "120억 원", "2022"), ("metric", "누리앱스", "92%", None)],
    ),
    "the lead of a round may be said with `이끈` as with `주도한`": (
        Case("누리헬스는 2023년 9월 한빛벤처스가 이끈 시리즈B에서 120억 원을 유치했다.",
             [("누리헬스", "ORG"), ("한빛벤처스", "ORG")], [("120억 원", 1.2e10, "KRW", "money")],
             [("2023년 9월", "2023-09")]),
        [("event", "한빛벤처스", "invested", "2023-09"), ("metric", "누리헬스", "120억 원", "2023-09")],
    ),
    "`투자를 받았다` is an investment received, as `투자받았다` is": (
        Case("한결펫은 2022년 3월 누리벤처스에서 30억 원 규모의 투자를 받았다.",
             [("한결펫", "ORG"), ("누리벤처스", "ORG")], [("30억 원", 3e9, "KRW", "money")], [("2022년 3월", "2022-03")]),
        [("event", "누리벤처스", "invested", "2022-03"), ("metric", "한결펫", "30억 원", "2022-03")],
    ),
    "direct speech with a speaker; a scare quote is not speech": (
        Case("김범수 카카오 의장은 “기술로 사회 문제를 해결하겠다”고 말했다. 업계에서는 “살아남았다”는 표현이 나왔다.",
             [("김범수", "PERSON"), ("카카오", "ORG")]),
        [("quote", "김범수", "김범수", None)],
    ),
    "a quotation the speaker says while conceding (`”면서도`, `”면서`) is speech too": (
        Case("하은솔 누리증권 연구원은 “수요는 탄탄하다”면서도 “재고가 부담”이라고 말했다. "
             "도윤재 가람식품 대표는 “값을 올리지 않겠다”면서 웃었다.",
             [("하은솔", "PERSON"), ("누리증권", "ORG"), ("도윤재", "PERSON"), ("가람식품", "ORG")]),
        [("quote", "하은솔", "하은솔", None), ("quote", "하은솔", "하은솔", None), ("quote", "도윤재", "도윤재", None)],
    ),
    "a speaker the text does not name says nothing on anyone's behalf; a named one does": (
        Case("한빛전자는 올해 흑자로 돌아섰다. 한 증권사 애널리스트는 “반도체 경기가 살아났다”고 말했다. "
             "한빛전자의 한 임원은 “공장을 더 늘린다”고 말했다. 부산의 한 협력사 김도윤 대표는 “주문이 늘었다”고 말했다.",
             [("한빛전자", "ORG"), (("한빛전자", 1), "ORG"), ("김도윤", "PERSON")], [], [("올해", "2023")]),
        [("quote", "김도윤", "김도윤", None)],
    ),
    "an organisation's person the text does not name (`… 관계자는`, a worker it describes) says nothing; the "
    "organisation itself (`… 측은`) does": (
        Case("가온물산은 올해 공장을 늘렸다. 가온물산 관계자는 “주문이 밀렸다”고 말했다. 부산 공장에서 일하는 입사 2년 차 "
             "직원은 “야근이 줄었다”고 했다. 가온물산 측은 “내년에도 늘린다”고 밝혔다.",
             [("가온물산", "ORG"), (("가온물산", 1), "ORG"), (("가온물산", 2), "ORG")], [], [("올해", "2023")]),
        [("quote", "가온물산", "가온물산", None)],
    ),
    "a pull-quote takes its speaker and date from the sentence after it": (
        Case("“우리는 더 이상 게임 회사가 아니다.”\n\n방준혁 넷마블 의장은 2019년 3월 기자간담회에서 이렇게 말했다.",
             [("방준혁", "PERSON"), ("넷마블", "ORG")], [], [("2019년 3월", "2019-03")]),
        [("quote", "방준혁", "방준혁", "2019-03")],
    ),
    "a pull-quote whose words the body quotes again is said by the speaker there, not by the company the next "
    "sentence is about": (
        Case("현금 경영\n\n“재고가 곧 현금이다”\n\n경북 구미에서 금형을 만드는 다솜정밀은 지난해 매출 210억 원을 올렸다.\n\n"
             "공기성 다솜정밀 대표는 “재고가 곧 현금이다”라고 말했다.",
             [("다솜정밀", "ORG"), ("공기성", "PERSON"), (("다솜정밀", 1), "ORG")],
             [("210억 원", 21_000_000_000, "KRW", "money")], [("지난해", "2022")]),
        [("quote", "공기성", "공기성", None), ("metric", "다솜정밀", "210억 원", "2022"), ("quote", "공기성", "공기성", None)],
    ),
    "in an interview a pull-quote no sentence attributes is the interviewee's, not a name the next question asks about": (
        Case("로봇이 바꾸는 공장\n\n공장 자동화는 빠르게 늘고 있다.\n\n“공장의 힘든 일은 로봇이, 판단은 사람이 맡아야 합니다”\n\n"
             "Q. 스위스의 한빛로보틱스가 이 시장의 1위입니다. 어떻게 맞서십니까?\n\n저희는 가격으로 승부합니다.",
             [("한빛로보틱스", "ORG")], interviewee=("윤서하", "가람로봇")),
        [("quote", "윤서하", "윤서하", None)],
    ),
    "a pull-quote's attribution line (`- … 연례 보고서 중`) names its speaker with no particle": (
        Case("나눔재단의 10년\n\n재단은 기부를 늘렸다.\n\n“버려지는 음식이 없어야 굶는 사람도 없다.”\n\n"
             "- 가람나눔재단 연례 보고서 중\n\n재단은 올해도 일한다.",
             [("가람나눔재단", "ORG")]),
        [("quote", "가람나눔재단", "가람나눔재단", None)],
    ),
    "outside an interview a pull-quote nobody is named for is no quote": (
        Case("로봇이 바꾸는 공장\n\n공장 자동화는 빠르게 늘고 있다.\n\n“공장의 힘든 일은 로봇이, 판단은 사람이 맡아야 합니다”\n\n"
             "자동화의 속도는 더 빨라질 것이다."),
        [],
    ),
    "the people a company was founded by or with are its story, not a measure of it": (
        Case("서하은 대표는 2018년 대학 동기 4명과 함께 루멘로보틱스를 세웠다. 루멘로보틱스의 직원은 지금 85명이다. "
             "케이던스랩은 2015년 카이스트 동문 3명이 세운 회사다. 케이던스랩은 2020년 협력사 30곳과 함께 공장을 세웠다.",
             [("서하은", "PERSON"), ("루멘로보틱스", "ORG"), (("루멘로보틱스", 1), "ORG"), ("케이던스랩", "ORG"),
              (("케이던스랩", 1), "ORG")],
             [("4명", 4, "명", "count"), ("85명", 85, "명", "count"), ("3명", 3, "명", "count"), ("30곳", 30, "곳", "count")],
             [("2018년", "2018"), ("2015년", "2015"), ("2020년", "2020")]),
        [("event", "서하은", "founded", "2018"), ("metric", "루멘로보틱스", "85명", None),
         ("event", "케이던스랩", "founded", "2015"), ("event", "케이던스랩", "founded", "2020"),
         ("metric", "케이던스랩", "30곳", "2020")],
    ),
    "the staff a company was founded with are its metric, dated at the founding (gold guide)": (
        Case("누리정밀은 1996년 5월 한도윤 창업주가 직원 12명과 함께 세운 부품 회사다.",
             [("누리정밀", "ORG"), ("한도윤", "PERSON")], [("12명", 12, "명", "count")], [("1996년 5월", "1996-05")]),
        [("event", "한도윤", "founded", "1996-05"), ("metric", "누리정밀", "12명", "1996-05")],
    ),
    "a place where an event happens, or one carried from a sentence about it, is not its actor": (
        Case("스텔라페이는 동남아 진출을 서둘렀다. 스텔라페이는 현지 인력을 늘렸다. 스텔라페이는 앱을 고쳤다. 프랑스에서는 2021년 3월 현지 유통사 "
             "메디플러스와 독점 계약을 맺었다. 베트남은 인구가 젊고 모바일 결제가 빠르게 늘고 있다. 2022년 5월 "
             "현지 결제 기업 파이노와 제휴를 맺었다. 선전시는 2017년 12월 전기버스 노선을 개설했다.",
             [("스텔라페이", "ORG"), (("스텔라페이", 1), "ORG"), (("스텔라페이", 2), "ORG"), ("프랑스", "LOCATION"), ("메디플러스", "ORG"),
              ("베트남", "LOCATION"), ("파이노", "ORG"), ("선전시", "LOCATION")], [],
             [("2021년 3월", "2021-03"), ("2022년 5월", "2022-05"), ("2017년 12월", "2017-12")]),
        [("event", "스텔라페이", "partnered", "2021-03"), ("event", "스텔라페이", "partnered", "2022-05"),
         ("event", "선전시", "founded", "2017-12")],
    ),
    "a product brought out is its maker's launch; a service that acts launches its own": (
        Case("누리헬스는 웨어러블 기기를 만든다. 누리헬스는 병원과 일한다. 누리헬스는 앱을 고쳤다. "
             "2021년 4월 출시된 누리밴드는 병원에서 인기를 끌었다. 지난해 9월 선보인 수면 분석기 ‘누리슬립 2’는 병원에서 "
             "쓰인다. 소스 브랜드 ‘바로 라이트’는 2022년 3월 출시됐다. 누리마켓은 2023년 5월 장보기 서비스를 선보였다.",
             [("누리헬스", "ORG"), (("누리헬스", 1), "ORG"), (("누리헬스", 2), "ORG"), ("누리밴드", "PRODUCT"),
              ("누리슬립 2", "PRODUCT"), ("바로 라이트", "PRODUCT"), ("누리마켓", "PRODUCT")], [],
             [("2021년 4월", "2021-04"), ("지난해 9월", "2022-09"), ("2022년 3월", "2022-03"), ("2023년 5월", "2023-05")]),
        [("event", "누리헬스", "launched", "2021-04"), ("event", "누리헬스", "launched", "2022-09"),
         ("event", "누리헬스", "launched", "2022-03"), ("event", "누리마켓", "launched", "2023-05")],
    ),
    "a product brought out with no maker in view is the launch of the organisation last named": (
        Case("누리랩은 언어 모델을 만든다.\n\n가격 경쟁\n\n2024년 5월 선보인 누리GPT의 가격은 5달러였다.",
             [("누리랩", "ORG"), ("누리GPT", "PRODUCT")], [("5달러", 5, "USD", "money")], [("2024년 5월", "2024-05")]),
        [("event", "누리랩", "launched", "2024-05"), ("metric", "누리GPT", "5달러", "2024-05")],
    ),
    "a product the launch verb acts on launches nothing": (
        Case("한솔음료는 식혜를 만든다. 2021년 당을 뺀 ‘한솔식혜 제로’를 내놓은 뒤 판매량이 반등했다.",
             [("한솔음료", "ORG"), ("한솔식혜 제로", "PRODUCT")], [], [("2021년", "2021")]),
        [("event", "한솔음료", "launched", "2021")],
    ),
    "a product a demonstrative after the launch's relative clause points to launches nothing": (
        Case("한솔음료는 두유를 만든다.\n\n2019년 4월 ‘아침두유’라는 이름으로 내놓은 이 제품이 회사를 살렸다.",
             [("한솔음료", "ORG"), ("아침두유", "PRODUCT")], [], [("2019년 4월", "2019-04")]),
        [("event", "한솔음료", "launched", "2019-04")],
    ),
    "a product's plan and launch are the article's only organisation's, though it is named further on": (
        Case("소스 브랜드 ‘바로 라이트’는 지난해 9월 출시됐다. 회사는 올해 바로 라이트 매출 목표를 100억 원으로 잡았다. "
             "바로식품의 마케팅팀이 이를 맡는다.",
             [("바로 라이트", "PRODUCT"), (("바로 라이트", 1), "PRODUCT"), ("바로식품", "ORG")],
             [("100억 원", 1e10, "KRW", "money")], [("지난해 9월", "2022-09"), ("올해", "2023")]),
        [("event", "바로식품", "launched", "2022-09"), ("plan", "바로식품", "100억 원", "2023")],
    ),
    "a question asserts nothing; the answer does": (
        Case("Q. 앞으로의 계획은 무엇입니까? 2025년까지 매장을 50곳으로 늘릴 계획입니다. "
             "Q. 매출 100억 원을 넘긴 비결은 무엇입니까? 지난해 매출은 120억 원이었습니다.",
             [], [("50곳", 50, "곳", "count"), ("100억 원", 1e10, "KRW", "money"), ("120억 원", 1.2e10, "KRW", "money")],
             [("2025년까지", "2025", "by"), ("지난해", "2022")], interviewee=("문가온", "가온베이커리")),
        [("plan", "가온베이커리", "50곳", "2025"), ("metric", "가온베이커리", "120억 원", "2022")],
    ),
    "a plan's change starts from a value measured now": (
        Case("바른제과는 수출 비중을 지금의 15%에서 2028년까지 40%로 높일 계획이다. "
             "바른제과는 온라인 매출 비중을 20% 미만에서 2027년까지 50%로 늘리겠다는 목표를 세웠다.",
             [("바른제과", "ORG"), (("바른제과", 1), "ORG")],
             [("15%", 15, "%", "percent"), ("40%", 40, "%", "percent"), ("20%", 20, "%", "percent"), ("50%", 50, "%", "percent")],
             [("2028년까지", "2028", "by"), ("2027년까지", "2027", "by")]),
        [("metric", "바른제과", "15%", None), ("plan", "바른제과", "40%", "2028"),
         ("metric", "바른제과", "20%", None), ("plan", "바른제과", "50%", "2027")],
    ),
    "places before a name in the actor's phrase only say where it is": (
        Case("텍사스주 오스틴의 한빛전자 공장에서는 하루 1만 대를 생산한다. 중국 선전은 택시 2만 대를 전기차로 바꿨다.",
             [("텍사스주", "LOCATION"), ("오스틴", "LOCATION"), ("한빛전자", "ORG"), ("중국", "LOCATION"),
              ("선전", "LOCATION")],
             [("1만 대", 1e4, "대", "count"), ("2만 대", 2e4, "대", "count")]),
        [("metric", "한빛전자", "1만 대", None), ("metric", "선전", "2만 대", None)],
    ),
    "a decade or a recurring date dates no event": (
        Case("라온푸드는 매년 5월 새 매장을 열었다. 라온푸드는 2023년 3월 1980년대 인기 과자를 되살린 ‘옛날 과자’를 "
             "출시했다. 라온푸드는 1990년대 공장을 세웠다.",
             [("라온푸드", "ORG"), (("라온푸드", 1), "ORG"), (("라온푸드", 2), "ORG"), ("옛날 과자", "PRODUCT")], [],
             [("매년 5월", "XXXX-05"), ("2023년 3월", "2023-03"), ("1980년대", "198X"), ("1990년대", "199X")]),
        [("event", "라온푸드", "launched", "2023-03")],
    ),
    "a day of a year the page does not give dates an event; a recurring month does not": (
        Case("누리금융은 9월 3일 사모펀드 운용사 솔빛PE로부터 한들생명 지분 60%를 7000억 원에 인수하는 주식매매계약을 "
             "맺었다. 가온카드는 14일 여행 앱 누비고와 제휴를 맺었다. 가온카드는 매년 5월 누비고와 할인 행사를 열었다.",
             [("누리금융", "ORG"), ("솔빛PE", "ORG"), ("한들생명", "ORG"), ("가온카드", "ORG"), ("누비고", "PRODUCT"),
              (("가온카드", 1), "ORG"), (("누비고", 1), "PRODUCT")],
             [("60%", 60, "%", "percent"), ("7000억 원", 7e11, "KRW", "money")],
             [("9월 3일", "XXXX-09-03"), ("14일", "XXXX-XX-14"), ("매년 5월", "XXXX-05")]),
        [("event", "누리금융", "acquired", "XXXX-09-03"), ("metric", "누리금융", "60%", "XXXX-09-03"),
         ("event", "가온카드", "partnered", "XXXX-XX-14")],
    ),
    "Kiwi's determiner 한 glued to a verbal noun is 하다's adnominal": (
        Case("2021년 1월 창업한 실내 골프 스타트업 스윙랩은 지금까지 120억 원을 모았다.",
             [("스윙랩", "ORG")], [("120억 원", 1.2e10, "KRW", "money")], [("2021년 1월", "2021-01")]),
        [("event", "스윙랩", "founded", "2021-01"), ("metric", "스윙랩", "120억 원", None)],
    ),
    "each of a coordinated subject does the act; a partnership's conjuncts are partners": (
        Case("한서윤 대표와 민도현 이사는 2018년 5월 누리소프트를 공동 창업했다. "
             "누리소프트와 가온전자는 2022년 3월 손잡았다.",
             [("한서윤", "PERSON"), ("민도현", "PERSON"), ("누리소프트", "ORG"), (("누리소프트", 1), "ORG"),
              ("가온전자", "ORG")], [], [("2018년 5월", "2018-05"), ("2022년 3월", "2022-03")]),
        [("event", "한서윤", "founded", "2018-05"), ("event", "민도현", "founded", "2018-05"),
         ("event", "누리소프트", "partnered", "2022-03")],
    ),
    "a target reached, or a part of it (`목표(60억 달러)의 87%를 채웠다`): the figures are values reached, the bracketed target a plan": (
        Case("가람조선은 선박 40척, 52억 달러어치를 수주해 올해 목표(60억 달러)의 87%를 채웠다.",
             [("가람조선", "ORG")],
             [("40척", 40, "척", "count"), ("52억 달러", 5.2e9, "USD", "money"), ("60억 달러", 6e9, "USD", "money"),
              ("87%", 87, "%", "percent")], [("올해", "2023")]),
        [("metric", "가람조선", "40척", None), ("metric", "가람조선", "52억 달러", None),
         ("plan", "가람조선", "60억 달러", "2023"), ("metric", "가람조선", "87%", "2023")],
    ),
    "a bound in a relative clause picks out a group and measures nothing; a target and a thing's share stay claims": (
        Case("한빛리서치가 조사했다. 앱 2개 이상을 쓰는 응답자는 38%였다. 매출이 5% 이상 줄어든 가맹점은 21%였다. "
             "가람마트는 2027년까지 매장을 300곳 이상으로 늘린다는 목표를 세웠다. "
             "누리소프트는 영업이익의 40% 이상을 벌어들이는 클라우드 사업에 집중한다.",
             [("한빛리서치", "ORG"), ("가람마트", "ORG"), ("누리소프트", "ORG")],
             [("2개", 2, "개", "count"), ("38%", 38, "%", "percent"), ("5%", 5, "%", "percent"),
              ("21%", 21, "%", "percent"), ("300곳", 300, "곳", "count"), ("40%", 40, "%", "percent")],
             [("2027년", "2027")]),
        [("metric", "한빛리서치", "38%", None), ("metric", "한빛리서치", "21%", None),
         ("plan", "가람마트", "300곳", "2027"), ("metric", "누리소프트", "40%", None)],
    ),
    "a report's or a survey's release is no event, of a verb of launching or of announcing": (
        Case("가람리서치가 지난달 내놓은 ‘2024 배달 앱 이용 조사’에 따르면 이용자의 61%가 배달비를 줄였다. "
             "누리연구원은 올해 3월 ‘물류 인력 보고서’를 발표했다. 가람리서치는 올해 1월 앱 ‘배달콕’을 내놓았다.",
             [("가람리서치", "ORG"), ("누리연구원", "ORG"), (("가람리서치", 1), "ORG"), ("배달콕", "PRODUCT")],
             [("61%", 61, "%", "percent")], [("지난달", "2024-04"), ("올해 3월", "2024-03"), ("올해 1월", "2024-01")]),
        [("metric", "가람리서치", "61%", None), ("event", "가람리서치", "launched", "2024-01")],
    ),
    "a body's statistics or results released are no event, a bracket after the title or none": (
        Case("한국은행은 올해 3월 ‘2023년 기업경영분석(속보)’ 통계를 발표했다. 누리전자는 올해 2월 ‘2023년 경영실적(잠정)’을 "
             "발표했다. 누리전자는 올해 1월 새 전략을 발표했다.",
             [("한국은행", "ORG"), ("누리전자", "ORG"), (("누리전자", 1), "ORG")], [],
             [("올해 3월", "2024-03"), ("올해 2월", "2024-02"), ("올해 1월", "2024-01")]),
        [("event", "누리전자", "announced", "2024-01")],
    ),
    "a book's publication is its publisher's launch; a book with no publisher named launches nothing": (
        Case("원서는 2021년 3월 미국 블루오크프레스에서 출간됐다. 한국어판은 지난달 누리북스가 펴냈다. "
             "개정판은 올해 1월 출간됐다.",
             [("블루오크프레스", "ORG"), ("누리북스", "ORG")], [],
             [("2021년 3월", "2021-03"), ("지난달", "2023-05"), ("올해 1월", "2023-01")]),
        [("event", "블루오크프레스", "launched", "2021-03"), ("event", "누리북스", "launched", "2023-05")],
    ),
    "a product's share of a company's whole is the company's; an organisation's share of another's stays its own": (
        Case("가람식품은 소스를 만든다. 2019년 내놓은 ‘바로소스’는 지난해 가람식품 매출의 35%를 차지했다. "
             "누리유통은 가람식품 매출의 20%를 차지한다.",
             [("가람식품", "ORG"), ("바로소스", "PRODUCT"), (("가람식품", 1), "ORG"), ("누리유통", "ORG"),
              (("가람식품", 2), "ORG")],
             [("35%", 35, "%", "percent"), ("20%", 20, "%", "percent")], [("2019년", "2019"), ("지난해", "2023")]),
        [("event", "가람식품", "launched", "2019"), ("metric", "가람식품", "35%", "2023"), ("metric", "누리유통", "20%", None)],
    ),
    "a study's researchers make no claims: their numbers are its method, their plans the authors'": (
        Case("연구진은 가람마트 회원 2만 명을 4개 집단으로 나눴다. 연구진은 내년에 후속 연구를 할 계획이다. "
             "가람마트의 회원은 30만 명이다.",
             [("가람마트", "ORG"), (("가람마트", 1), "ORG")],
             [("2만 명", 2e4, "명", "count"), ("4개", 4, "개", "count"), ("30만 명", 3e5, "명", "count")],
             [("내년", "2024")]),
        [("metric", "가람마트", "30만 명", None)],
    ),
    "researchers named with their university are still the study's: their numbers are no claims of it": (
        Case("누리마트는 매장 80곳을 운영한다. 미국 오리건대 연구진은 2019년 식료품 체인 매장 46곳에서 "
             "가격표를 바꿔 판매량 12만 건을 비교했다.",
             [("누리마트", "ORG"), ("오리건대", "ORG")],
             [("80곳", 80, "곳", "count"), ("46곳", 46, "곳", "count"), ("12만 건", 12e4, "건", "count")],
             [("2019년", "2019")]),
        [("metric", "누리마트", "80곳", None)],
    ),
    "a stake is its holder's, a person's too": (
        Case("가람테크는 로봇을 만든다. 창업자 한서윤은 지금도 지분 35%를 갖고 있다.",
             [("가람테크", "ORG"), ("한서윤", "PERSON")], [("35%", 35, "%", "percent")]),
        [("metric", "한서윤", "35%", None)],
    ),
    "an organisation the article comes to only late is an example, not what the article is about": (
        Case("소비자는 할인에 민감하다. 판매량은 평균 12% 늘었다. 할인 폭이 클수록 반응도 컸다. "
             "할인이 잦으면 정가를 믿지 않게 된다.\n\n가람마트는 할인 행사를 줄였다. 가람마트는 매출이 늘었다. "
             "가람마트의 직원은 300명이다.",
             [("가람마트", "ORG"), (("가람마트", 1), "ORG"), (("가람마트", 2), "ORG")],
             [("12%", 12, "%", "percent"), ("300명", 300, "명", "count")]),
        [("metric", "가람마트", "300명", None)],
    ),
    "a journal the article cites most is not what it is about: a figure with no actor stays without one": (
        Case("저널 오브 리테일링은 유통 분야 학술지다. 이 연구는 저널 오브 리테일링에 실렸다. "
             "저널 오브 리테일링의 편집진은 논문을 심사했다.\n\n실험 대상은 품목 1200개였다.",
             [("저널 오브 리테일링", "ORG"), (("저널 오브 리테일링", 1), "ORG"), (("저널 오브 리테일링", 2), "ORG")],
             [("1200개", 1200, "개", "count")]),
        [],
    ),
    "a study's group as topic holds its findings, whoever the article is about; not a count of it, nor `이 회사`": (
        Case("가람페이는 간편결제 서비스다. 가람페이는 올해 이용자 4만 명을 모았다. "
             "신규 가입자는 할인 쿠폰을 받았을 때 첫 결제율이 9.5% 높았다. "
             "직원 300명 미만 중소기업은 도입 뒤 결제액이 3.2% 늘었다. 유료 가입자는 1만2000명이다.",
             [("가람페이", "ORG"), (("가람페이", 1), "ORG")],
             [("4만 명", 4e4, "명", "count"), ("9.5%", 9.5, "%", "percent"), ("300명", 300, "명", "count", "less_than"),
              ("3.2%", 3.2, "%", "percent"), ("1만2000명", 1.2e4, "명", "count")], [("올해", "2023")]),
        [("metric", "가람페이", "4만 명", "2023"), ("metric", "신규 가입자", "9.5%", None),
         ("metric", "직원 300명 미만 중소기업", "3.2%", None), ("metric", "가람페이", "1만2000명", None)],
    ),
    "a group as the subject (`이`/`가`) of a figure's clause holds it too; a name listed as its example "
    "(`누리카드 등 국내 카드사가`) does not, the group after it does": (
        Case("가람페이는 간편결제 서비스다. 가람페이는 올해 이용자 4만 명을 모았다. "
             "결제액은 경기 거주 이용자가 평균 12만 원으로 가장 많았다. 누리카드 등 국내 카드사가 점유율 60%를 차지했다.",
             [("가람페이", "ORG"), (("가람페이", 1), "ORG"), ("누리카드", "ORG")],
             [("4만 명", 4e4, "명", "count"), ("12만 원", 1.2e5, "KRW", "money"), ("60%", 60, "%", "percent")],
             [("올해", "2023")]),
        [("metric", "가람페이", "4만 명", "2023"), ("metric", "경기 거주 이용자", "12만 원", None),
         ("metric", "국내 카드사", "60%", None)],
    ),
    "a group named by a noun Kiwi splits into a noun and a person suffix (`통근`+`자`) is a group too": (
        Case("바른리서치는 조사 기업이다. 부산 거주 통근자는 평균 48분을 쓴다.",
             [("바른리서치", "ORG"), ("부산", "LOCATION")],
             [("48분", 48, "minute", "duration")], []),
        [("metric", "부산 거주 통근자", "48분", None)],
    ),
    "a time a group's phrase opens with says when, not who (`… 대란 때 자동화 기업의`, `같은 기간 비교 기업은`)": (
        Case("2023년 물류 대란 때 자동화 기업의 배송 지연일수는 평균 3.2일이었다. 같은 기간 비교 기업은 평균 7.5일로 길었다.",
             [], [("3.2일", 3.2, "day", "duration"), ("7.5일", 7.5, "day", "duration")], [("2023년", "2023")]),
        [("metric", "자동화 기업", "3.2일", "2023"), ("metric", "비교 기업", "7.5일", "2023")],
    ),
    "a figure alone in brackets right after a name or a group is that one's (`포르투(7.4%)`)": (
        Case("여행지로는 리스본이 12.1%로 가장 많았고 포르투(7.4%), 세비야(5.2%) 순이었다. "
             "추가 요금을 내겠다는 응답은 수도권 거주 구독자(38.5%)가 지방 거주 구독자보다 많았다.",
             [("리스본", "LOCATION"), ("포르투", "LOCATION"), ("세비야", "LOCATION"), ("수도권", "LOCATION")],
             [("12.1%", 12.1, "%", "percent"), ("7.4%", 7.4, "%", "percent"), ("5.2%", 5.2, "%", "percent"),
              ("38.5%", 38.5, "%", "percent")], []),
        [("metric", "리스본", "12.1%", None), ("metric", "포르투", "7.4%", None), ("metric", "세비야", "5.2%", None),
         ("metric", "수도권 거주 구독자", "38.5%", None)],
    ),
    "a group whose measure the topic is (`신규 가입자의 …은`) holds it too; not a firm named before": (
        Case("가람페이는 간편결제 서비스다. 가람페이는 올해 이용자 4만 명을 모았다. "
             "신규 가입자의 첫 결제율은 9.5%였다. 출시 뒤 이 회사의 결제액은 3.2% 늘었다.",
             [("가람페이", "ORG"), (("가람페이", 1), "ORG")],
             [("4만 명", 4e4, "명", "count"), ("9.5%", 9.5, "%", "percent"), ("3.2%", 3.2, "%", "percent")],
             [("올해", "2023")]),
        [("metric", "가람페이", "4만 명", "2023"), ("metric", "신규 가입자", "9.5%", None),
         ("metric", "가람페이", "3.2%", None)],
    ),
    "a company as topic, founded by a subject of its own: the founders act, the company is the object": (
        Case("한결소재는 화학 회사에서 배터리를 연구하던 박서준 대표와 이하늘 이사가 2015년 3월 함께 세웠다. "
             "가온미디어는 최윤 대표가 2018년 부산에서 세운 광고 대행사다. "
             "누리제과는 1950년 제빵사 김철수가 연 작은 가게에서 출발했다.",
             [("한결소재", "ORG"), ("박서준", "PERSON"), ("이하늘", "PERSON"), ("가온미디어", "ORG"), ("최윤", "PERSON"),
              ("부산", "LOCATION"), ("누리제과", "ORG"), ("김철수", "PERSON")],
             [], [("2015년 3월", "2015-03"), ("2018년", "2018"), ("1950년", "1950")]),
        [("event", "박서준", "founded", "2015-03"), ("event", "이하늘", "founded", "2015-03"),
         ("event", "최윤", "founded", "2018"), ("event", "누리제과", "founded", "1950")],
    ),
    "an act done together with an organisation is also a partnership; with people it is not": (
        Case("가온전자는 2022년 7월 누리화학과 함께 울산에 합작 공장을 세웠다. "
             "한서윤 대표는 2018년 5월 동료 3명과 함께 누리소프트를 세웠다.",
             [("가온전자", "ORG"), ("누리화학", "ORG"), ("울산", "LOCATION"), ("한서윤", "PERSON"), ("누리소프트", "ORG")],
             [("3명", 3, "명", "count")], [("2022년 7월", "2022-07"), ("2018년 5월", "2018-05")]),
        [("event", "가온전자", "founded", "2022-07"), ("event", "가온전자", "partnered", "2022-07"),
         ("event", "한서윤", "founded", "2018-05")],
    ),
    "a branch's figures are its company's, not its place's": (
        Case("한빛백화점은 매장을 고쳤다. 한빛백화점은 컸다. 한빛백화점은 웃었다.\n\n"
             "2023년 1분기 수원점의 영업이익은 12% 늘었다.",
             [("한빛백화점", "ORG"), (("한빛백화점", 1), "ORG"), (("한빛백화점", 2), "ORG"), ("수원", "LOCATION")],
             [("12%", 12, "%", "percent")], [("2023년 1분기", "2023-Q1")]),
        [("metric", "한빛백화점", "12%", "2023-Q1")],
    ),
    "the author's own career is the author's": (
        Case("필자는 2010년 컨설팅회사 A사를 설립했다.", [("A사", "ORG")], [], [("2010년", "2010")], author="홍길동"),
        [("event", "홍길동", "founded", "2010")],
    ),
}


@pytest.mark.parametrize("case, expected", CASES.values(), ids=CASES.keys())
def test_claims(case: Case, expected: list[tuple]) -> None:
    doc = build(case)
    assert [summary(doc, claim) for claim in doc.claims] == expected


def test_claim_records_reference_their_quantity_and_date_and_carry_their_qualifiers() -> None:
    doc = build(Case("2017년 기준 알리바바의 활성 고객 수는 약 5억3000만 명이다.",
                     [("알리바바", "ORG")], [("5억3000만 명", 5.3e8, "명", "count", "approx")],
                     [("2017년", "2017", "as_of")]))
    [claim] = doc.claims
    assert (claim.quantity, claim.date, claim.qualifiers) == ("q0", "d0", ["approx", "as_of"])
    assert claim.predicate == "활성 고객 수"


def test_a_rate_word_glued_into_a_noun_is_part_of_it() -> None:
    """`하루`, `초과` are left out of predicates as rate and bound words, but not inside a word:
    `하루견과` is a company, `초과근무` overtime."""
    doc = build(Case("하루견과의 매출은 지난해 312억 원이었다. 누리병원 간호사의 월평균 초과근무 시간은 11시간이었다.",
                     [], [("312억 원", 3.12e10, "KRW", "money"), ("11시간", 11, "시간", "duration")], [("지난해", "2023")]))
    assert [(c.subject, c.predicate) for c in doc.claims] == [
        ("하루견과", "하루견과 매출"), ("누리병원 간호사", "누리병원 간호사 월평균 초과근무 시간")]


def test_a_noun_phrase_runs_on_over_a_middle_dot() -> None:
    doc = build(Case("한빛물류는 2022년 냉장·냉동 창고 3000㎡를 늘렸다. 누리연구소는 국내 식품·외식 기업 임원 300명을 조사했다. "
                     "응답자의 40%가 물류비를 걱정했다.",
                     [("한빛물류", "ORG"), ("누리연구소", "ORG")],
                     [("3000㎡", 3000, "㎡", "other"), ("300명", 300, "명", "count"), ("40%", 40, "%", "percent")],
                     [("2022년", "2022")]))
    assert [(c.subject, c.predicate) for c in doc.claims] == [
        ("한빛물류", "냉장·냉동 창고"), ("국내 식품·외식 기업", "비중")]


def test_merger_partner_and_deal_object() -> None:
    merger = build(CASES["a merger of a coordinated pair: the first is the subject, the partner the object"][0])
    assert merger.claims[0].object == "디디다처"
    deal = build(CASES["a deal event carries its amount, which is then no metric of its own"][0])
    event = next(c for c in deal.claims if c.type == "event")
    assert event.quantity == "q1" and event.qualifiers == ["approx"]


def test_claims_link_their_subject_object_and_speaker_to_the_entity_table() -> None:
    merger = build(CASES["a merger of a coordinated pair: the first is the subject, the partner the object"][0])
    ids = {e.canonical: e.id for e in merger.linked_entities}
    (claim,) = merger.claims
    assert (claim.subject_entity, claim.object_entity) == (ids[claim.subject], ids["디디다처"])
    quote = build(CASES["direct speech with a speaker; a scare quote is not speech"][0])
    speaker_ids = {e.canonical: e.id for e in quote.linked_entities}
    assert quote.claims[0].speaker_entity == speaker_ids["김범수"] == quote.claims[0].subject_entity
    noun_phrase = build(Case("한 증권사는 상장사 592개를 분석해 보고서를 냈다.",
                             quantities=[("592개", 592, "개", "count")]))
    assert [(c.subject, c.subject_entity) for c in noun_phrase.claims] == [("한 증권사", None)]


def test_quote_object_is_the_quoted_text() -> None:
    doc = build(CASES["direct speech with a speaker; a scare quote is not speech"][0])
    assert doc.claims[0].object == "기술로 사회 문제를 해결하겠다"


def test_pull_quote_evidence_spans_the_quote_and_its_attribution() -> None:
    doc = build(CASES["a pull-quote takes its speaker and date from the sentence after it"][0])
    [claim] = doc.claims
    assert claim.evidence.startswith("“우리는") and claim.evidence.endswith("이렇게 말했다.")


# --- The reference article ---------------------------------------------------


@pytest.fixture(scope="module")
def reference_with_gold_inputs() -> tuple[Record, Record]:
    """The reference article through clean and morph, with the gold entities,
    quantities and dates in place of the stages that find them."""
    gold = Record.model_validate_json(GOLD.read_text(encoding="utf-8"))
    doc = Pipeline((("clean", clean.run), ("morph", morph.run))).run(
        Document(doc_id=gold.doc_id, raw=ARTICLE.read_text(encoding="utf-8")))
    assert doc.text == gold.text
    doc.metadata = gold.metadata

    def in_morph_sentences(records: list) -> list:
        return [r.model_copy(update={"sentence": doc.sentence_at(r.start).id}) for r in records]

    doc.entities = in_morph_sentences(gold.entities)
    doc.quantities = in_morph_sentences(gold.quantities)
    doc.dates = in_morph_sentences(gold.dates)
    claims.run(doc)
    return to_record(doc), gold


def test_reference_claims_are_well_formed(reference_with_gold_inputs: tuple[Record, Record]) -> None:
    predicted, _ = reference_with_gold_inputs
    quantities = {q.id for q in predicted.quantities}
    dates = {d.id for d in predicted.dates}
    sentences = {s.id: s for s in predicted.sentences}
    assert [c.id for c in predicted.claims] == [f"c{i}" for i in range(len(predicted.claims))]
    positions = [sentences[c.sentence].start for c in predicted.claims]
    assert positions == sorted(positions)  # text order
    for claim in predicted.claims:
        assert predicted.text[claim.start : claim.end] == claim.evidence
        assert claim.start <= sentences[claim.sentence].start < sentences[claim.sentence].end <= claim.end
        assert claim.quantity is None or claim.quantity in quantities
        assert claim.date is None or claim.date in dates
        assert claim.subject and (claim.type != "quote" or claim.speaker == claim.subject)


def test_a_book_reviews_book_words_name_the_book_in_book_marks() -> None:
    """`원서는` is the book of the title in book marks, not the publisher last named."""
    page = ("느린 성장을 읽고\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n『느린 성장』은 헤일 교수의 책이다. "
            "한빛출판은 지난해 번역본을 냈다. 원서는 2019년 10월 미국에서 출간돼 베스트셀러 1위에 올랐다.\n")
    record = Pipeline().process(page, "book")
    ranks = [c for c in record.claims if c.type == "metric" and "1위" in c.evidence]
    assert [c.subject for c in ranks] == ["느린 성장"]


def test_a_share_in_a_quoted_answer_does_not_name_the_quotations_subject_twice() -> None:
    doc = build(Case("누리리서치가 직장인 800명에게 물은 결과, 이직 이유는 ‘연봉이 낮아서’가 52%로 가장 많았고 "
                     "‘업무가 많아서’(21%)가 뒤를 이었다.",
                     [("누리리서치", "ORG")],
                     [("800명", 800, "명", "count"), ("52%", 52, "%", "percent"), ("21%", 21, "%", "percent")]))
    assert [claim.predicate for claim in doc.claims] == ["연봉 낮아서 비중", "업무 많아서 비중"]


def test_a_passive_acquisitions_object_is_what_was_bought() -> None:
    doc = build(Case("한빛소프트는 2020년 3월 미국 기업 레드웨이브에 인수됐다.",
                     [("한빛소프트", "ORG"), ("미국", "LOCATION"), ("레드웨이브", "ORG")], [],
                     [("2020년 3월", "2020-03")]))
    assert [(c.subject, c.predicate, c.object) for c in doc.claims] == [("레드웨이브", "acquired", "한빛소프트")]


def _metrics(raw: str, doc_id: str) -> list[tuple[str, str | None]]:
    """(subject, quantity text) of each metric claim of a page run through the whole pipeline."""
    record = Pipeline().process(raw, doc_id)
    quantities = {q.id: q.text for q in record.quantities}
    return [(c.subject, quantities.get(c.quantity)) for c in record.claims if c.type == "metric"]


def _dated_events(raw: str, doc_id: str) -> list[tuple[str | None, str | None, str | None]]:
    """(subject, event kind, date value) of each event claim of a page run through the whole pipeline."""
    record = Pipeline().process(raw, doc_id)
    dates = {d.id: d.value for d in record.dates}
    return [(c.subject, c.predicate, dates.get(c.date)) for c in record.claims if c.type == "event"]


def _dated_figures(raw: str, doc_id: str) -> list[tuple[str | None, str | None, str | None]]:
    """(subject, quantity text, date value) of each claim of a page run through the whole pipeline."""
    record = Pipeline().process(raw, doc_id)
    quantities = {q.id: q.text for q in record.quantities}
    dates = {d.id: d.value for d in record.dates}
    return [(c.subject, quantities.get(c.quantity), dates.get(c.date)) for c in record.claims]


def test_a_reviewed_books_information_line_gives_its_pages_and_price() -> None:
    raw = ("서명 뒤에 오는 협상\n『가람의 시간』\n김민수 지음 · 이지은 옮김 · 누리출판 · 320쪽 · 1만6000원\n"
           "홍길동 | 392호 (2024년 5월 Issue 1)\n\n『가람의 시간』은 공급 계약의 재협상을 다룬 책이다.\n")
    record = Pipeline().process(raw, "review")
    quantities = {q.id: q.text for q in record.quantities}
    assert [(c.type, c.subject, quantities.get(c.quantity)) for c in record.claims] == [
        ("metric", "가람의 시간", "320쪽"), ("metric", "가람의 시간", "1만6000원")]


@pytest.mark.parametrize(
    ("raw", "doc_id", "metrics"),
    [
        pytest.param(
            ("구독 지출 조사\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람리서치는 성인 2000명을 조사했다.\n\n"
             "[그래프] 연령대별 구독률\n20대 38.5%\n30대 42.1%\n자료: 가람리서치\n\n"
             "[표] 소득별 구독률\n300만 원 미만 14.7%\n300만∼500만 원 27.9%\n"),
            "chart",
            [
                ("20대", "38.5%"), ("30대", "42.1%"), ("300만 원 미만", "14.7%"), ("300만∼500만 원", "27.9%"),
            ],
            id="a_charts_rows_give_their_labels_values",
        ),
        pytest.param(
            ("카드 금리 조사\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n"
             "국내 소비자의 카드 빚이 커졌다. 가람리서치가 내놓은 ‘2024 카드 이용 조사’에 따르면 국내 소비자 한 명이 "
             "내는 이자는 늘었다. 가람리서치는 패널을 운영한다. 가람리서치는 해마다 조사를 한다.\n\n"
             "월 소득 200만 원 미만 소비자는 금리가 가장 높았다. 서울 거주 소비자는 연체가 적었다.\n\n"
             "[그래프] 월 소득별 평균 카드 금리\n200만 원 미만 7.2%\n200만∼400만 원 5.1%\n전체 6.0%\n자료: 가람리서치\n\n"
             "[그래프] 지역별 연체율\n서울 2.1%\n부산 3.3%\n"),
            "chart",
            [
                ("월 소득 200만 원 미만 소비자", "7.2%"), ("월 소득 200만∼400만 원 소비자", "5.1%"), ("국내 소비자", "6.0%"),
                ("서울 거주 소비자", "2.1%"), ("부산 거주 소비자", "3.3%"),
            ],
            id="a_charts_row_labels_take_the_words_the_text_writes_around_them",
        ),
        pytest.param(
            ("수수료 조사\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n"
             "가람연구소는 가게를 조사했다. 연 매출 5억 원 미만 자영업자는 수수료를 덜 냈다.\n\n"
             "[표] 연 매출 규모별 월평균 수수료\n연 매출 5억 원 미만 21만 원(매출의 1.1%)\n"
             "연 매출 5억 원 이상 63만 원(매출의 1.4%)\n자료: 가람연구소\n"),
            "table",
            [
                ("연 매출 5억 원 미만 자영업자", "21만 원"), ("연 매출 5억 원 미만 자영업자", "1.1%"),
                ("연 매출 5억 원 이상 자영업자", "63만 원"), ("연 매출 5억 원 이상 자영업자", "1.4%"),
            ],
            id="a_table_rows_value_is_its_last_figure_outside_brackets_and_the_bracketed_one_after_is_the_rows_too",
        ),
        pytest.param(
            ("수수료 조사\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람연구소는 가게를 조사했다.\n\n"
             "[표] 업종별 월평균 수수료와 가입률\n음식점 18만 원 / 31.2%\n소매점 12만 원 / 22.5%\n자료: 가람연구소\n"),
            "table",
            [
                ("음식점", "18만 원"), ("음식점", "31.2%"), ("소매점", "12만 원"), ("소매점", "22.5%"),
            ],
            id="a_table_row_whose_cells_a_slash_parts_is_labelled_by_its_first_cell",
        ),
        pytest.param(
            ("근무 조사\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람연구소는 직원을 조사했다.\n\n"
             "[표] 근무 형태별 이직률과 만족도\n구분 / 이직률 / 만족도\n주 4일 이상 출근자 / 8.2% / 3.4점\n"
             "원격 근무자 / 11.5% / 3.9점\n자료: 가람연구소\n"),
            "slash-table",
            [
                ("주 4일 이상 출근자", "8.2%"), ("주 4일 이상 출근자", "3.4점"), ("원격 근무자", "11.5%"), ("원격 근무자", "3.9점"),
            ],
            id="a_table_row_whose_first_cell_is_only_its_label_gives_every_value_after_it_to_that_label",
        ),
        pytest.param(
            ("매장 실험\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람연구소는 매장 직원을 조사했다.\n\n"
             "[표] 집단별 월 수입과 이직률\n구분 / 월 수입 / 이직률\n시범 매장 직원(도입 전 4주) / 231만 원 / 4.1%\n"
             "시범 매장 직원(도입 뒤 8주) / 236만 원 / 3.2%\n자료: 가람연구소\n"),
            "bracketed-table",
            [
                ("시범 매장 직원", "231만 원"), ("시범 매장 직원", "4.1%"), ("시범 매장 직원", "236만 원"),
                ("시범 매장 직원", "3.2%"),
            ],
            id="a_bracketed_part_of_a_rows_label_qualifies_its_figures_and_is_no_part_of_the_group",
        ),
        pytest.param(
            ("세탁 시장\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n무인 세탁 사업자들이 몸집을 키우고 있다. "
             "무인 세탁 업체 빨래온은 올해 매장을 늘렸다. 경쟁 업체 클린포켓도 뒤를 쫓는다. "
             "여민호 빨래온 최고재무책임자는 “수익성이 먼저”라고 말했다.\n\n"
             "[표] 주요 무인 세탁 사업자 비교\n사업자\t매장 수\t매출\n빨래온\t420곳\t380억 원\n"
             "클린포켓\t260곳\t210억 원\n자료: 각 사\n"),
            "company-table",
            [
                ("빨래온", "420곳"), ("빨래온", "380억 원"), ("클린포켓", "260곳"), ("클린포켓", "210억 원"),
            ],
            id="a_table_row_of_cells_whose_first_cell_names_a_company_gives_that_companys_values",
        ),
        pytest.param(
            ("세탁 시장\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n무인 세탁 사업자들이 몸집을 키우고 있다. "
             "무인 세탁 업체 빨래온은 올해 매장을 늘렸다. 경쟁 업체 클린포켓도 뒤를 쫓는다. "
             "빨래온 관계자는 “수익성이 먼저”라고 말했다. 클린포켓 관계자는 말을 아꼈다.\n\n"
             "[표] 주요 무인 세탁 사업자 비교\n사업자 / 매장 수 / 매출\n빨래온 / 420곳 / 380억 원\n"
             "클린포켓 / 260곳 / 210억 원\n자료: 각 사\n"),
            "company-table-slashes",
            [
                ("빨래온", "420곳"), ("빨래온", "380억 원"), ("클린포켓", "260곳"), ("클린포켓", "210억 원"),
            ],
            id="a_table_row_whose_cells_slashes_part_gives_its_first_cells_company_its_values",
        ),
        pytest.param(
            ("수출 물류 조사\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람연구소는 중소 수출 기업 500곳을 조사했다. "
             "유럽연합 수출 기업은 납기 지연을 가장 많이 겪었다.\n\n"
             "[그래프] 주력 수출 지역별 납기 지연 경험 비율\n유럽연합 57.4%\n북미 41.2%\n자료: 가람연구소\n"),
            "organisation-chart",
            [("유럽연합 수출 기업", "57.4%"), ("북미 수출 기업", "41.2%")],
            id="a_charts_row_that_names_an_organisation_stays_the_group_the_text_writes_around_it",
        ),
        pytest.param(
            ("근무 실험\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람연구소는 재택근무를 먼저 허용한 지점(이하 시범 지점)과 "
             "나머지 지점(이하 비교 지점)을 견줬다.\n\n"
             "[표] 지점별 이직률과 결근율\n구분\t시범 지점(전)\t시범 지점(후)\t비교 지점(전)\t비교 지점(후)\n"
             "이직률\t21.4%\t15.2%\t20.8%\t19.9%\n결근율\t3.1%\t2.4%\t3.0%\t2.9%\n자료: 가람연구소\n"),
            "group-columns",
            [
                ("시범 지점", "21.4%"), ("시범 지점", "15.2%"), ("비교 지점", "20.8%"), ("비교 지점", "19.9%"),
                ("시범 지점", "3.1%"), ("시범 지점", "2.4%"), ("비교 지점", "3.0%"), ("비교 지점", "2.9%"),
            ],
            id="a_tables_columns_headed_by_groups_the_article_aliases_give_each_cell_to_its_columns_group",
        ),
        pytest.param(
            ("수출 조사\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n김치 수출이 늘었다.\n\n"
             "[표] 한국 김치의 국가별 수출액(2024년)\n국가\t수출액\n일본\t5000만 달러\n미국\t3000만 달러\n자료: 관세청\n"),
            "breakdown-table",
            [
                ("한국", "5000만 달러"), ("한국", "3000만 달러"),
            ],
            id="a_tables_rows_that_break_down_a_named_ones_figure_by_country_are_that_ones",
        ),
        pytest.param(
            ("숫자로 본 라면 수출\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n태국 라면 수출액은 지난해 9억 달러였다.\n\n"
             "[그래프] 라면 수출 상위 2개국(2024년)\n1위 미국 2억1000만 달러\n2위 일본 1억4000만 달러\n자료: 관세청\n"),
            "breakdown-written",
            [
                ("태국", "9억 달러"), ("태국", "1위"), ("태국", "2억1000만 달러"), ("태국", "2위"), ("태국", "1억4000만 달러"),
            ],
            id="a_charts_rows_that_break_down_a_figure_its_caption_names_no_owner_of_are_the_ones_the_text_writes_it_of",
        ),
        pytest.param(
            ("커피 전쟁\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n일본 커피 시장에서 한국 브랜드가 선전하고 있다. "
             "가람커피와 누리커피가 대표적이다.\n\n[그래프] 일본 커피 전문점 시장의 브랜드별 점유율(2024년)\n"
             "가람커피 12.3%\n누리커피 8.1%\n자료: 한빛리서치\n"),
            "brand-shares",
            [("가람커피", "12.3%"), ("누리커피", "8.1%")],
            id="a_charts_rows_that_name_companies_in_a_places_market_are_each_companys_share",
        ),
        pytest.param(
            ("게임사 실적\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n게임사들의 실적이 엇갈렸다. 가람게임즈와 "
             "누리소프트가 대표적이다.\n\n[표] 게임사 2곳 2023년 실적\n(단위: 억 원)\n회사 매출 영업이익\n"
             "가람게임즈 8,240 1,105\n누리소프트 3,310 -212\n자료: 각 사 공시\n"),
            "spaced-cells",
            [("가람게임즈", "8,240"), ("가람게임즈", "1,105"), ("누리소프트", "3,310"), ("누리소프트", "-212")],
            id="a_tables_rows_whose_cells_spaces_part_give_each_figure_to_the_rows_name",
        ),
        pytest.param(
            ("숫자로 본 외식 산업\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n외식 기업들의 실적이 엇갈렸다.\n\n"
             "③ 외식 기업 2곳의 성적표\n\n기업\t주력 브랜드\t매출\t매장 수\n가람푸드\t한솥밥상\t2140억 원\t312곳\n"
             "누리다이닝\t누리국수\t880억 원\t97곳\n자료: 각 사\n\n가람푸드는 올해 매장을 늘린다.\n"),
            "panel-table",
            [("가람푸드", "2140억 원"), ("가람푸드", "312곳"), ("누리다이닝", "880억 원"), ("누리다이닝", "97곳")],
            id="a_numbered_panels_title_captions_the_table_in_the_block_under_it",
        ),
        pytest.param(
            ("제약사 실적\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n경쟁사들의 3분기 성적은 엇갈렸다. 내수 비중이 큰 다올제약은 "
             "3분기 매출 980억 원을 올렸다고 공시했다. 다올의 3분기 수출 비중은 12.0%에 그쳤다.\n\n[표] 제약 2사 3분기 실적\n"
             "회사 / 매출 / 수출 비중\n누리 / 1128억 원 / 71.4%\n다올 / 980억 원 / 12.0%\n"),
            "short-name-row",
            [("다올제약", "980억 원"), ("다올제약", "12.0%"), ("누리", "1128억 원"), ("누리", "71.4%"), ("다올제약", "980억 원"),
             ("다올제약", "12.0%")],
            id="a_rows_label_the_article_writes_as_a_companys_short_name_is_that_company",
        ),
        pytest.param(
            ("공항 임대료\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람면세점과 한빛면세점이 공항 매장을 나눠 운영한다.\n\n"
             "[표] 공항 면세점 사업권별 여객 1인당 임대료\n사업권\t품목\t운영사\t여객 1인당 임대료\n"
             "A1\t화장품·향수\t가람면세점\t8610원\nA2\t패션·잡화\t한빛면세점\t7340원\n자료: 공항공사\n"),
            "later-cell",
            [("가람면세점", "8610원"), ("한빛면세점", "7340원")],
            id="a_rows_first_cell_of_no_name_leaves_its_values_to_the_one_company_a_later_cell_names",
        ),
        pytest.param(
            ("구독 지출\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n연령대별로 지출이 달랐다.\n\n"
             "[그래프] 연령대별 배달 앱 월평균 지출액\n20대: 5만2000원\n30대: 6만4000원\n자료: 가람리서치\n"),
            "colon-rows",
            [("20대", "5만2000원"), ("30대", "6만4000원")],
            id="a_rows_label_ends_before_the_colon_that_parts_it_from_its_value",
        ),
    ],
)


def test_chart_and_table_rows_give_their_values(raw: str, doc_id: str, metrics: list[tuple[str, str]]) -> None:
    assert _metrics(raw, doc_id) == metrics


def test_a_chart_whose_caption_ends_in_a_scope_groups_measure_gives_its_rows() -> None:
    # the caption's last word closes the group's phrase: nothing after it to look at
    raw = ("OTT 요금\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n구독료가 오르고 있다.\n\n"
           "[그래프] 국내 OTT 월평균 구독료\n2021년 9870원\n2023년 1만1650원\n자료: 가람리서치\n")
    assert [(figure, date) for _, figure, date in _dated_figures(raw, "caption-end")] == [
        ("9870원", "2021"), ("1만1650원", "2023")]


def test_a_ranked_charts_rank_cell_is_a_figure_of_its_row() -> None:
    raw = ("배달앱 순위\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n배달앱 시장은 세 회사가 나눈다.\n\n"
           "[그래프] 국내 배달앱 월간 이용자(2023년 12월 기준)\n1위 가람이츠 2100만 명\n2위 누리배달 900만 명\n"
           "자료: 한빛데이터\n")
    assert [(subject, figure) for subject, figure in _metrics(raw, "ranked-chart")] == [
        ("가람이츠", "1위"), ("가람이츠", "2100만 명"), ("누리배달", "2위"), ("누리배달", "900만 명")]


def test_a_charts_row_of_a_year_after_the_issue_is_a_forecast_no_claim() -> None:
    raw = ("로봇 시장\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n국내 물류로봇 시장이 커지고 있다.\n\n"
           "[그래프] 국내 물류로봇 시장 규모\n단위: 억 원\n2022년 3100\n2023년 3900\n2028년 9500\n"
           "주: 2028년은 전망치\n자료: 가람리서치\n")
    assert [figure for _, figure in _metrics(raw, "forecast-row")] == ["3100", "3900"]


@pytest.mark.parametrize(
    ("raw", "metrics"),
    [
        # The article is about the retailer; the table is its supplier's.
        ("편의점의 과자\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n한빛리테일은 편의점 업체다. 한빛리테일은 과자 매대를 "
         "늘렸다. 한빛리테일의 첫 거래처는 누리제과였다.\n\n[표] 누리제과의 매출과 수출 비중 추이\n연도\t매출\t수출 비중\n"
         "2022년\t310억 원\t21%\n2023년\t380억 원\t27%\n2024년\t450억 원\t33%\n자료: 누리제과\n",
         [("누리제과", "310억 원", "2022"), ("누리제과", "21%", "2022"), ("누리제과", "380억 원", "2023"),
          ("누리제과", "27%", "2023"), ("누리제과", "450억 원", "2024"), ("누리제과", "33%", "2024")]),
        # spaces part the cells: every figure after the row's date is a cell
        ("지역 마트의 반격\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n누리마트는 전북 익산의 마트다. 매장을 줄이고 "
         "배송을 늘렸다.\n\n[그래픽] 누리마트 연도별 매출·영업손익\n연도 매출 영업손익\n2022년 410억 원 -12억 원\n"
         "2023년 455억 원 9억 원\n자료: 누리마트\n",
         [("누리마트", "410억 원", "2022"), ("누리마트", "-12억 원", "2022"), ("누리마트", "455억 원", "2023"),
          ("누리마트", "9억 원", "2023")]),
        # a country whose figures the caption says they are, under a panel's title ending in its unit
        ("숫자로 본 김 수출\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n① 일본의 김 수출입 추이(2022∼2023년, 단위: 만 달러)\n\n"
         "연도\t수출\t수입\n2022년\t410\t95\n2023년\t455\t88\n자료: 가람무역연구원\n\n김 수출이 늘고 있다.\n",
         [("일본", "410", "2022"), ("일본", "95", "2022"), ("일본", "455", "2023"), ("일본", "88", "2023")]),
    ],
)
def test_a_table_of_years_gives_each_row_to_the_name_its_caption_names_dated_by_the_row(raw, metrics) -> None:
    assert _dated_figures(raw, "year-table") == metrics


def test_a_charts_rows_of_answers_to_a_survey_question_are_the_surveyed_groups_figures() -> None:
    raw = ("키오스크 조사\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람리서치가 지난달 전국 자영업자 1200명을 조사했다. "
           "응답자의 48%가 키오스크를 쓴다고 답했다.\n\n[그래프] 키오스크를 쓰지 않는 이유(복수 응답)\n설치 비용이 부담돼서 44.2%\n"
           "손님이 불편해해서 31.5%\n자료: 가람리서치\n\n[그래프] 자영업자가 꼽은 필요한 지원(복수 응답)\n설치비 보조 52.0%\n"
           "사용 교육 27.3%\n자료: 가람리서치\n")
    assert _metrics(raw, "answers") == [
        ("전국 자영업자", "48%"), ("전국 자영업자", "44.2%"), ("전국 자영업자", "31.5%"), ("전국 자영업자", "52.0%"),
        ("전국 자영업자", "27.3%"),
    ]


def test_a_charts_rows_of_a_single_choice_are_the_surveyed_groups_answers() -> None:
    raw = ("출근 조사\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람리서치가 지난달 수도권 직장인 2000명을 조사했다. "
           "응답자의 31%가 자전거를 탄 적이 있다고 답했다.\n\n[그래프] 가장 자주 쓴 출근 수단(최근 한 달, 한 가지 선택)\n"
           "지하철 44.1%\n버스 27.6%\n자료: 가람리서치\n")
    assert _metrics(raw, "single-choice") == [
        ("수도권 직장인", "31%"), ("수도권 직장인", "44.1%"), ("수도권 직장인", "27.6%")]


def test_a_charts_rows_the_text_quotes_as_answers_are_the_surveyed_groups_figures() -> None:
    raw = ("전기차 조사\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람리서치가 지난달 내놓은 ‘2024 전기차 구매자 조사’에 "
           "따르면 국내 전기차 구매자의 61%가 온라인에서 차를 알아봤다. 가람리서치는 해마다 이 조사를 한다.\n\n"
           "차를 고를 때 가장 먼저 본 것으로는 ‘주행거리’를 꼽은 응답자가 38.2%로 가장 많았다.\n\n"
           "[그래프] 차를 고를 때 가장 먼저 본 것\n주행거리 38.2%\n충전 속도 24.5%\n자료: 가람리서치\n")
    assert _metrics(raw, "quoted-answers") == [("국내 전기차 구매자", "61%"), ("국내 전기차 구매자", "38.2%"),
                                               ("국내 전기차 구매자", "38.2%"), ("국내 전기차 구매자", "24.5%")]


def test_a_surveyor_cited_as_the_source_is_carried_to_no_finding_and_a_base_compared_with_dates_no_change() -> None:
    raw = ("전기차 조사\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람리서치가 지난달 내놓은 ‘2024 전기차 구매자 조사’에 "
           "따르면 국내 전기차 구매자의 61%가 온라인에서 차를 알아봤다. 2022년 조사(48%)와 비교하면 13%p 높아졌다. "
           "그러나 계약까지 온라인으로 끝낸 사람은 18%에 그쳤다.\n")
    record = Pipeline().process(raw, "cited-surveyor")
    quantities, dates = {q.id: q.text for q in record.quantities}, {d.id: d.value for d in record.dates}
    assert [(c.subject, quantities.get(c.quantity), dates.get(c.date)) for c in record.claims if c.type == "metric"] == [
        ("국내 전기차 구매자", "61%", None), ("국내 전기차 구매자", "13%p", None), ("국내 전기차 구매자", "18%", None)]


def test_a_difference_in_differences_estimate_is_the_effect_on_the_group_the_study_treats() -> None:
    raw = ("점심시간 교대제의 효과\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n누리은행은 지점 12곳(이하 도입 지점)에 점심시간 "
           "교대제를 도입하고 나머지 20곳(이하 비교 지점)은 그대로 두었다.\n\n[표] 교대제 도입 전후 이탈률\n구분 / 이탈률\n"
           "도입 지점(전) / 8.1%\n비교 지점(후) / 7.7%\n이중차분 추정치 / -1.9%p\n\n"
           "[표] 교대제 도입 전후 불만 접수율\n구분\t도입 지점(전)\t도입 지점(후)\t비교 지점(전)\t비교 지점(후)\t이중차분 추정치\n"
           "불만 접수율\t3.2%\t2.1%\t3.0%\t2.9%\t-1.0%p\n\n"
           "같은 기간 비교 지점은 고객 이탈률이 거의 그대로였다. 두 집단을 견준 이중차분 추정치로는 이탈률이 1.9%p 낮아졌다. "
           "이중차분 추정치로 줄어든 이탈만 따지면 누리은행의 절감액은 3억 원이다.\n")
    metrics = _metrics(raw, "did")
    assert metrics[:9] == [  # the groups' sizes an alias names (`12곳(이하 도입 지점)`) are no claims
        ("도입 지점", "8.1%"), ("비교 지점", "7.7%"), ("도입 지점", "-1.9%p"),
        ("도입 지점", "3.2%"), ("도입 지점", "2.1%"), ("비교 지점", "3.0%"), ("비교 지점", "2.9%"), ("도입 지점", "-1.0%p"),
        ("도입 지점", "1.9%p")]
    assert ("도입 지점", "3억 원") not in metrics  # the estimate frames a relative clause: a saving worked out from it


def test_a_figure_in_an_answers_own_words_is_no_claim_the_share_giving_it_is() -> None:
    raw = ("점심값 조사\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람리서치가 지난달 내놓은 ‘2024 직장인 점심 조사’에 "
           "따르면 국내 직장인의 점심값은 평균 9800원이었다. 한 끼에 1만2000원 이상을 쓴다는 응답은 38.1%였다. "
           "월 20만 원 이상을 쓴다는 응답도 12.4%였다.\n")
    assert _metrics(raw, "answers-wording") == [
        ("국내 직장인", "9800원"), ("국내 직장인", "38.1%"), ("국내 직장인", "12.4%")]


@pytest.mark.parametrize("sentence, expected", [
    ("코스닥 상장사 312곳이 2023년 자사주를 사들였다.", ("코스닥 상장사", "312곳", "2023")),
    ("국내 배달 라이더 1200명이 2023년 일을 그만뒀다.", ("국내 배달 라이더", "1200명", "2023")),
])
def test_a_count_that_is_its_clauses_subject_takes_the_date_later_in_the_clause(sentence, expected) -> None:
    assert _dated_figures(sentence, "counted-subject") == [expected]


def test_the_time_since_an_undated_founding_tells_no_founding_but_a_dated_one_does() -> None:
    raw = ("포장재로 세계를 잡다\n\n홍길동 | 392호 (2025년 9월 Issue 1)\n\n가람패키지는 냉장 포장재를 만든다. "
           "창업한 지 12년, 올해 51세인 한도윤 가람패키지 대표를 지난달 본사에서 만났다. "
           "누리로보틱스는 2017년 창업한 지 9년 만에 코스닥 상장을 추진한다.\n")
    assert _dated_events(raw, "time-since") == [("누리로보틱스", "founded", "2017")]


def test_an_event_verb_describing_a_noun_takes_no_date_after_it() -> None:
    raw = ("빵의 힘\n\n홍길동 | 392호 (2025년 9월 Issue 1)\n\n서울 연남동의 골목 빵집에서 출발한 누리베이커리는 지난해 말 "
           "국내 매장 210곳을 둔 프랜차이즈다. 사모펀드 운용사 한빛인베스트먼트는 누리가 인수를 위해 세운 특수목적법인에 "
           "지난달 300억 원을 넣었다.\n")
    assert _dated_events(raw, "described-event") == []


def test_a_group_a_study_classes_what_it_studies_into_owns_its_figures_as_an_alias_does() -> None:
    raw = ("쿠폰이 깨운 고객\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n연구진은 대형마트 누리마트와 함께 실험을 했다. "
           "누리마트는 전국에 매장 120곳을 둔 유통 기업이다. 연구진은 최근 1년 동안 구매가 없던 고객을 이탈 고객으로, "
           "그 밖의 고객을 활성 고객으로 분류했다.\n\n이탈 고객이 8주 안에 다시 구매한 비율은 쿠폰 집단에서 6.2%였다.\n")
    assert _metrics(raw, "classed-groups") == [("누리마트", "120곳"), ("이탈 고객", "6.2%")]


def test_a_group_the_article_aliases_owns_a_measure_given_in_it_with_에서() -> None:
    raw = ("재택근무 실험\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n누리은행은 재택근무를 먼저 허용한 지점(이하 시범 지점)과 "
           "나머지 지점(이하 비교 지점)을 1년 동안 견줬다. 월 이직률은 시범 지점에서 2.1%에서 1.4%로 낮아졌다. "
           "고객 대기 시간은 비교 지점에서 12분으로 그대로였다.\n")
    assert _metrics(raw, "alias-locative") == [("시범 지점", "2.1%"), ("시범 지점", "1.4%"), ("비교 지점", "12분")]



@pytest.mark.parametrize(
    ("sentence", "metrics"),
    [
        pytest.param("결근율은 시범 지점이 3.2%로 비교 지점(4.6%)보다 1.4%p 낮았다.",
                     [("시범 지점", "3.2%"), ("비교 지점", "4.6%")],
                     id="the_aliased_group_before_a_bracketed_figure_owns_it"),
        pytest.param("시범 지점 직원의 64%가 첫 달에 재택근무를 골랐다.", [("시범 지점", "64%")],
                     id="the_aliased_group_opening_a_share's_genitive_owns_it_not_its_people"),
        pytest.param("비교 지점 직원이 한 달에 쓴 연차는 평균 1.2일에서 1.4일로 늘었다.",
                     [("비교 지점", "1.2일"), ("비교 지점", "1.4일")],
                     id="the_aliased_group_in_a_relative_clause_before_a_topic_naming_no_one_owns_its_figures"),
    ],
)
def test_a_group_the_article_aliases_owns_the_figure_its_words_stand_right_before(
        sentence: str, metrics: list[tuple[str, str]]) -> None:
    raw = ("재택근무 실험\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n누리은행은 재택근무를 먼저 허용한 지점(이하 시범 지점)과 "
           f"나머지 지점(이하 비교 지점)을 1년 동안 견줬다. {sentence}\n")
    assert _metrics(raw, "alias-before") == metrics

def test_a_speakers_words_quoted_before_the_quotation_with_the_plan_word_are_no_plans() -> None:
    raw = ("매장의 변화\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람커피는 무인 주문기를 들였다. 김민수 가람커피 이사는 "
           "“처음에는 직원들이 일이 늘어난다며 불편해했는데, 지금은 손님이 먼저 찾습니다”라며 “내년까지 매장을 50곳으로 "
           "늘릴 계획입니다”라고 말했다.\n")
    record = Pipeline().process(raw, "two-quotations")
    quantities = {q.id: q.text for q in record.quantities}
    assert [(c.subject, quantities.get(c.quantity)) for c in record.claims if c.type == "plan"] == [("가람커피", "50곳")]


def test_a_timeline_lines_event_noun_takes_what_it_acts_on_from_the_words_before_it() -> None:
    raw = ("제철의 길\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n한빛철강은 전기로 전환을 서둘렀다. 한빛철강의 공장 가동률은 "
           "지난해 91%였다.\n\n■ 한빛철강 연혁\n2009년 3월 한빛철강 설립\n2014년 5월 충남 당진 제철소 가동\n"
           "2021년 9월 베트남 하이퐁 공장 가동\n")
    assert _dated_events(raw, "timeline-operation") == [
        ("한빛철강", "founded", "2009-03"), ("한빛철강", "founded", "2014-05"), ("한빛철강", "founded", "2021-09")]


def test_업소_is_a_group_noun_of_a_surveys_sub_groups() -> None:
    raw = ("외식 조사\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람연구원이 지난달 전국 음식점 1500곳을 조사했다. "
           "지방 업소의 월평균 임대료는 180만 원으로 서울 업소(310만 원)보다 적었다. 배달 전문 업소는 41%가 광고비를 줄였다.\n")
    assert _metrics(raw, "shops") == [("지방 업소", "180만 원"), ("서울 업소", "310만 원"), ("배달 전문 업소", "41%")]


def test_a_sentence_opening_with_a_studys_sample_describes_it_with_method_numbers() -> None:
    raw = ("원격 수업 연구\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n누리대 연구진은 한빛학원 강사들의 수업 기록을 분석했다. "
           "분석 대상 강사의 평균 경력은 7.2년이었고, 38%가 여성이었다. 실험에 참여한 학원은 모두 42곳이다. "
           "표본 학원 전체로 보면 한빛학원의 수강생 이탈률은 12%에서 9%로 낮아졌다.\n")
    assert [quantity for _, quantity in _metrics(raw, "sample")] == ["12%", "9%"]


def test_a_collective_of_companies_speaks_as_a_name_beside_an_entity_carried_over() -> None:
    raw = ("연말 소비\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람통신·누리텔레콤·한빛모바일 등 이동통신 3사와 데이터 "
           "분석업체 솔빛데이터가 5일 공개한 보고서에 따르면 솔빛데이터는 2019년 설립됐다. 연말 3사의 데이터 사용량은 12만 TB로 "
           "지난해보다 18% 늘었다. 3사의 로밍 이용 건수는 48만 건이었다.\n")
    assert _metrics(raw, "telcos") == [("이동통신 3사", "12만 TB"), ("이동통신 3사", "18%"), ("이동통신 3사", "48만 건")]


def test_a_span_of_time_a_group_phrase_opens_with_says_when_not_who() -> None:
    raw = ("통신 보고서\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람통신·누리텔레콤·한빛모바일 등 이동통신 3사는 5일 보고서를 "
           "냈다. 연휴 5일간 3사의 데이터 사용량은 12만 TB였다. 분석 기간 3년간 알뜰폰 이용자의 해지율은 18%로 높았다.\n")
    assert _metrics(raw, "durations") == [("이동통신 3사", "12만 TB"), ("알뜰폰 이용자", "18%")]


@pytest.mark.parametrize("sentence, group", [
    ("한빛리서치가 지난해 9월 국내 직장인 1200명을 조사한 결과 38%가 부업을 하고 있다고 답했다.", "국내 직장인"),
    ("누리증권은 지난달 개인투자자 800명에게 물은 결과 27%가 해외 주식을 늘리겠다고 답했다.", "개인투자자"),
    ("가람연구소가 지난 3월 수도권 대학생 500명을 설문한 결과 61%가 중고 거래 앱을 쓴다고 했다.", "수도권 대학생"),
])
def test_a_time_of_the_issue_before_a_surveyed_group_says_when_not_who_on_a_page_without_an_issue_date(
        sentence: str, group: str) -> None:
    assert [subject for subject, _ in _metrics(sentence, "undated-survey")] == [group]


@pytest.mark.parametrize("sentence, group", [
    ("한국물류협회가 지난 5월 회원사 140곳을 조사한 결과 42%가 인력난을 겪고 있다고 답했다.", "한국물류협회 회원사"),
    ("누리가맹점협의회가 회원 점주 600명에게 물은 결과 55%가 로열티가 부담된다고 했다.", "누리가맹점협의회 회원 점주"),
])
def test_members_a_survey_asks_are_the_surveying_organisations(sentence: str, group: str) -> None:
    assert [subject for subject, _ in _metrics(sentence, "member-survey")] == [group]


def test_a_mergers_price_is_the_merged_events_quantity_and_no_metric() -> None:
    record = Pipeline().process("한빛제약은 2022년 4월 경쟁 업체 세진약품을 380억 원에 흡수합병했다.", "priced-merger")
    quantities = {q.id: q.text for q in record.quantities}
    assert [(c.type, c.subject, c.predicate, quantities.get(c.quantity)) for c in record.claims] == [
        ("event", "한빛제약", "merged", "380억 원")]


def test_a_date_tie_inside_quoted_speech_ties_the_saying_to_no_date() -> None:
    raw = ("공장 이야기\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n한빛식품은 2019년 3월 김해에 공장을 지었다. "
           "김민수 한빛식품 대표는 “그때 처음 수출을 생각했다”고 말했다. 당시 공장의 직원은 40명이었다.\n")
    record = Pipeline().process(raw, "quoted-tie")
    dates = {d.id: d.value for d in record.dates}
    assert [(c.type, dates.get(c.date)) for c in record.claims] == [
        ("event", "2019-03"), ("quote", None), ("metric", "2019-03")]


def test_a_charts_row_of_firms_takes_their_employees_where_the_text_writes_them() -> None:
    raw = ("점심 조사\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람리서치가 지난달 국내 직장인 2000명을 조사했다. "
           "100인 미만 기업 직원의 평균 점심값은 1만1200원이었다.\n\n[그래프] 기업 규모별 평균 점심값\n100인 미만 1만1200원\n"
           "100인 이상 9800원\n자료: 가람리서치\n")
    assert _metrics(raw, "employees")[-2:] == [("100인 미만 기업 직원", "1만1200원"), ("100인 이상 기업 직원", "9800원")]


def test_a_bound_that_names_a_compared_group_is_no_figure_but_a_share_bounded_is() -> None:
    raw = ("카드 조사\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람연구원이 지난달 전국 소상공인 800명을 조사했다. "
           "카드 수수료 부담률은 연 매출 5억 원 미만이 1.1%로 5억 원 이상(0.8%)보다 높았다. "
           "월세 100만 원 이상 점포는 27%가 적자였다. 응답 업체의 90% 이상이 카드를 받는다.\n")
    assert [quantity for _, quantity in _metrics(raw, "bounds")] == ["1.1%", "27%", "90%"]


def test_a_stock_markets_listed_firms_are_a_group_not_the_exchange() -> None:
    raw = ("배당 통계\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n코스닥에서는 지난해 512곳이 배당을 했다. 증가 속도는 코스닥이 "
           "빨랐다. 코스닥 상장사의 배당 총액은 2조1000억 원으로 늘었다. 코스닥 상장사 누리바이오는 처음으로 120억 원을 배당했다.\n")
    assert _metrics(raw, "listed")[1:] == [("코스닥 상장사", "2조1000억 원"), ("누리바이오", "120억 원")]


def test_a_charts_row_of_an_industry_takes_the_industry_word_the_text_writes_after_it() -> None:
    raw = ("배당 통계\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람자본시장연구원은 지난해 상장사의 배당을 분석했다. 은행 업종은 "
           "배당을 가장 많이 늘렸다.\n\n[그래프] 업종별 배당 총액 비중(2024년)\n은행 31.2%\n통신 12.5%\n자료: 가람자본시장연구원\n")
    assert _metrics(raw, "industries") == [("은행 업종", "31.2%"), ("통신 업종", "12.5%")]


def test_a_charts_row_takes_no_group_word_from_a_phrase_that_is_an_object() -> None:
    raw = ("수소 충전\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람에너지연구소는 나라별 수소 충전소를 집계했다. 충전소가 "
           "모자란 곳에서는 일본 운전자를 붙잡기 어렵다.\n\n[그래프] 세계 수소 충전소의 국가별 비중(2024년)\n일본 28.1%\n"
           "독일 17.4%\n자료: 가람에너지연구소\n")
    assert _metrics(raw, "object-form") == [("일본", "28.1%"), ("독일", "17.4%")]


def test_what_a_company_founding_founds_is_a_company_though_read_as_a_product() -> None:
    raw = ("채용 시장\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n한빛대 연구진은 공고 기록을 분석했다. 채용 플랫폼 일자리온은 "
           "2014년 서울에서 설립됐다. 일자리온은 2023년 3월 연봉 표시 기능을 선보였다.\n")
    assert _dated_events(raw, "founded-product") == [
        ("일자리온", "founded", "2014"), ("일자리온", "launched", "2023-03")]


def test_a_figure_in_brackets_after_an_earlier_time_is_the_actors_value_then_undated() -> None:
    raw = ("실적\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n누리은행의 3분기 순이익은 5120억 원으로 전년 동기(4870억 원)보다 "
           "5.1% 늘었다. 누리은행의 연체율은 0.41%로 전 분기(0.38%)보다 높았다.\n")
    assert _dated_figures(raw, "time-base") == [
        ("누리은행", "5120억 원", "XXXX-Q3"), ("누리은행", "4870억 원", None), ("누리은행", "0.41%", None),
        ("누리은행", "0.38%", None)]


@pytest.mark.parametrize(
    ("line", "founders"),
    [
        pytest.param("2016년 4월 김민준·이서연, 서울 망원동에서 하늘랩스 창업", ["김민준", "이서연"], id="two_founders_joined_by_a_dot"),
        pytest.param("2016년 4월 김민준 창업주, 서울 망원동에서 하늘랩스 설립", ["김민준"], id="a_founder_with_the_title"),
    ],
)
def test_the_people_a_timeline_line_opens_with_found_what_it_says_was_founded(line: str, founders: list[str]) -> None:
    raw = ("중고 거래의 신뢰\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n하늘랩스는 중고 명품 거래 플랫폼이다. 하늘랩스의 지난해 "
           f"거래액은 3120억 원이었다.\n\n■ 하늘랩스 연혁\n{line}\n2019년 7월 검수 후 거래 방식으로 전환\n2021년 11월 부산 "
           "검수센터 개설\n2023년 10월 일본 법인 설립\n")
    record = Pipeline().process(raw, "line-founders")
    dates = {d.id: d.value for d in record.dates}
    assert [c.subject for c in record.claims if c.type == "event" and dates.get(c.date) == "2016-04"] == founders


def test_a_rank_before_a_name_is_the_names_dated_by_its_clause_though_the_clause_measures_more() -> None:
    raw = ("보험 실적\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n업계 2위 한빛손해보험은 상반기 순이익이 3200억 원이었다. "
           "국내 1위 누리제과는 지금 공장 5곳을 돌리고, 지난해 매출은 900억 원이었다.\n")
    assert _dated_figures(raw, "rank-before-name") == [
        ("한빛손해보험", "2위", "XXXX-H1"), ("한빛손해보험", "3200억 원", "XXXX-H1"), ("누리제과", "1위", None),
        ("누리제과", "5곳", None), ("누리제과", "900억 원", "2023")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("누리제약은 지난해 매출 8400억 원을 올렸다. 2023년보다 12.5% 늘어난 규모다.",
                     [("누리제약", "8400억 원", "2023"), ("누리제약", "12.5%", "2023")],
                     id="a_change_from_a_base_year_goes_on_with_the_figure_before"),
        pytest.param("가람리서치가 올해 4월 직장인 1000명을 조사한 결과 재택근무를 하는 직장인은 31%였다. "
                     "2021년 같은 조사(12%)보다 19%p 늘었다.",
                     [("직장인", "31%", "2024-04"), ("직장인", "12%", "2021"), ("직장인", "19%p", "2024-04")],
                     id="a_gap_from_an_earlier_survey_goes_on_with_the_survey_before"),
        pytest.param("누리제약은 지난해 매출 8400억 원을 올렸다. 수출 비중은 2023년보다 1.2%p 높아졌다.",
                     [("누리제약", "8400억 원", "2023"), ("누리제약", "1.2%p", None)],
                     id="a_sentence_with_a_topic_of_its_own_does_not"),
        pytest.param("누리제약은 지난해 매출 8400억 원을 올렸다. 임상 기간도 예상보다 4개월 줄였다.",
                     [("누리제약", "8400억 원", "2023"), ("누리제약", "4개월", None)],
                     id="nor_does_one_with_a_도_phrase_of_its_own"),
    ],
)
def test_a_sentence_naming_no_one_that_compares_with_a_base_takes_the_date_of_the_figure_before(
        text: str, expected: list[tuple[str, str, str | None]]) -> None:
    raw = f"실적\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n{text}\n"
    assert _dated_figures(raw, "based") == expected


def test_a_quotation_heading_a_section_is_the_quote_of_who_says_it_below() -> None:
    raw = ("가격의 힘\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n물가가 오르자 기업들이 가격을 올렸다.\n\n"
           "“가격은 약속이다”\n\n가람식품 김민수 대표는 “가격은 약속이다”라며 “함부로 올리지 않겠다”고 말했다.\n")
    record = Pipeline().process(raw, "heading-quote")
    heading = next(b for b in record.blocks if b.kind == "heading")
    assert [(c.speaker, c.object) for c in record.claims if c.type == "quote" and c.start == heading.start] == [
        ("김민수", "가격은 약속이다")]


def test_a_firm_a_sentence_ends_by_naming_is_the_one_the_next_sentences_speak_of() -> None:
    raw = ("골목 상권\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람마트는 지난해 점포 40곳을 닫았다. "
           "눈여겨볼 곳은 부산의 식자재 도매업체 한빛푸드(Hanbit Foods)다. 2009년 창업한 이 회사의 매출은 지난해 "
           "820억 원이었다. 직원은 150명이다.\n")
    assert _metrics(raw, "introduced") == [("가람마트", "40곳"), ("한빛푸드", "820억 원"), ("한빛푸드", "150명")]


def test_a_figure_in_brackets_after_an_account_is_the_actors_value_of_it() -> None:
    raw = ("원가 부담\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n한빛제지의 펄프 구입비는 지난해 90억 원 늘었다. "
           "같은 해 영업이익(64억 원)을 웃도는 돈이다. 한빛제지의 운전자금은 지난해 매출(2100억 원)의 8%다.\n")
    assert _dated_figures(raw, "account-value") == [
        ("한빛제지", "90억 원", "2023"), ("한빛제지", "64억 원", "2023"), ("한빛제지", "2100억 원", "2023"),
        ("한빛제지", "8%", "2023")]


def test_buying_is_an_acquisition_only_of_a_company_a_stake_or_a_facility() -> None:
    raw = ("유통 이야기\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람유통은 2021년 산지 농가에서 사과를 사들였다. "
           "누리프라이빗에쿼티는 2023년 가람유통 지분 60%를 사들였다. 한빛전자는 2022년 사들인 주식을 지난해 모두 소각했다. "
           "솔빛자산운용은 2020년 부산의 호텔 두 곳을 사들였다.\n")
    assert _dated_events(raw, "bought") == [
        ("누리프라이빗에쿼티", "acquired", "2023"), ("솔빛자산운용", "acquired", "2020")]


def test_the_group_a_paragraph_was_about_comes_before_the_articles_firm_but_not_for_this_company() -> None:
    raw = ("택배의 시간\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람택배는 2010년 설립됐다. 가람택배는 물류센터 12곳을 "
           "운영한다. 가람택배의 매출은 지난해 1200억 원이었다.\n\n국내 택배 물량은 지난해 42억 개였다. 단가는 평균 2300원으로 "
           "떨어졌다. 택배 노선을 넓힌 이 회사는 직원이 800명이다.\n")
    assert _metrics(raw, "market-before") == [
        ("가람택배", "12곳"), ("가람택배", "1200억 원"), ("국내 택배", "42억 개"), ("국내 택배", "2300원"), ("가람택배", "800명")]


def test_a_chart_of_years_whose_caption_names_no_firm_gives_its_rows_to_the_group_the_caption_opens_with() -> None:
    raw = ("공항 이야기\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람공항공사와 누리항공이 손을 잡았다.\n\n"
           "[그래프] 국내 공항 여객 수\n2022년 3200만 명\n2023년 6800만 명\n자료: 가람공사\n\n"
           "[그래프] 연도별 방한 외국인 관광객 수\n2023년 1100만 명\n2024년 1640만 명\n")
    assert _dated_figures(raw, "chart-of-years") == [
        ("국내 공항", "3200만 명", "2022"), ("국내 공항", "6800만 명", "2023"),
        ("방한 외국인 관광객", "1100만 명", "2023"), ("방한 외국인 관광객", "1640만 명", "2024")]


def test_a_rounds_lead_and_a_list_of_its_joiners_each_invest_dated_by_the_round_the_sentence_before_raised() -> None:
    raw = ("투자 소식\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람푸드는 지난 3월 200억 원 규모의 시리즈B 투자를 "
           "마무리했다. 이번 라운드는 누리벤처스가 이끌었고 KB인베스트먼트, 한빛캐피탈, 솔빛벤처스가 참여했다.\n")
    assert [(s, p, d) for s, p, d in _dated_events(raw, "round-joiners") if s != "가람푸드"] == [
        ("누리벤처스", "invested", "2024-03"), ("KB인베스트먼트", "invested", "2024-03"),
        ("한빛캐피탈", "invested", "2024-03"), ("솔빛벤처스", "invested", "2024-03")]



def test_investors_of_a_round_that_leads_with_the_investment_as_object_take_the_date_of_the_round_raised_before() -> None:
    raw = ("투자 소식\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n다온바이오는 지난 2월 시리즈A로 90억 원을 유치했다. "
           "KB인베스트먼트가 투자를 주도했고 한빛캐피탈과 솔빛벤처스가 참여했다.\n")
    assert [(s, p, d) for s, p, d in _dated_events(raw, "round-object") if s != "다온바이오"] == [
        ("KB인베스트먼트", "invested", "2024-02"), ("한빛캐피탈", "invested", "2024-02"), ("솔빛벤처스", "invested", "2024-02")]


def test_a_round_a_company_closes_is_money_it_raised_not_an_investment_it_made() -> None:
    raw = ("투자 소식\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람푸드는 지난 3월 200억 원 규모의 시리즈B 투자를 마무리했다.\n")
    record = Pipeline().process(raw, "round-closed")
    quantities = {q.id: q.text for q in record.quantities}
    assert [(c.type, c.subject, quantities.get(c.quantity)) for c in record.claims] == [("metric", "가람푸드", "200억 원")]


@pytest.mark.parametrize("number", ["", "2. ", "② "])
def test_a_heading_that_opens_with_a_firm_and_a_comma_gives_it_the_headings_figures(number: str) -> None:
    raw = ("푸드테크 브리핑\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n올해 푸드테크 투자가 늘었다.\n\n"
           f"{number}가람푸드, 대체육으로 120억 원\n\n가람푸드는 지난 3월 투자를 유치했다.\n\n식품 시장, 1조 원 넘어\n\n시장이 커졌다.\n")
    assert _metrics(raw, "heading-firm") == [("가람푸드", "120억 원")]


def test_a_section_headed_by_a_firm_gives_it_the_figures_no_sentence_gives_anyone() -> None:
    raw = ("새벽배송 브리핑\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n가람푸드는 새벽배송 시장의 1위 업체다. 가람푸드의 "
           "지난해 매출은 900억 원이었다.\n\n2. 한빛식품, 산지 직송으로 흑자\n\n지난해 매출은 150억 원으로 1년 전보다 30% "
           "늘었다.\n\n시장 전망\n\n지난해 매출은 80억 원이었다.\n")
    assert _metrics(raw, "section-firm") == [("가람푸드", "1위"), ("가람푸드", "900억 원"), ("한빛식품", "150억 원"),
                                              ("한빛식품", "30%")]


def test_a_plan_stated_as_a_copulas_subject_is_that_subject_without_its_particle() -> None:
    raw = "철강\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n누리스틸은 앨라배마에 공장을 짓고 있다. 2027년 상반기 가동이 목표다.\n"
    record = Pipeline().process(raw, "copula-plan")
    assert [c.predicate for c in record.claims if c.type == "plan"] == ["가동"]


def test_a_tables_column_of_dates_gives_each_rows_company_its_event_dated_by_the_cell() -> None:
    raw = ("핀테크 브리핑\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n올해 핀테크 투자가 늘었다. 누리머니랩스는 해외송금 앱을 "
           "운영하고, 솔빛데이터랩스는 결제 데이터를 분석한다.\n\n[표] 이 글에서 다룬 핀테크 스타트업 2곳\n회사\t설립\t누적 투자\n"
           "솔빛데이터랩스\t2019년\t120억 원\n누리머니랩스\t2021년\t45억 원\n자료: 각 사\n")
    assert _dated_events(raw, "dated-column") == [("솔빛데이터랩스", "founded", "2019"), ("누리머니랩스", "founded", "2021")]


def test_a_tables_column_of_deal_parties_gives_each_rows_party_its_event_dated_by_the_caption() -> None:
    raw = ("투자 현황\n\n홍길동 | 392호 (2024년 5월 Issue 1)\n\n올해 식품 스타트업 투자가 늘었다.\n\n"
           "[표] 올해 상반기 식품 스타트업 투자 유치\n기업\t라운드\t금액\t주도 투자사\n가람푸드\t시리즈A\t90억 원\tKB인베스트먼트\n"
           "누리밀\t시리즈B\t150억 원\t솔빛벤처스\n")
    assert _dated_events(raw, "deal-table") == [
        ("KB인베스트먼트", "invested", "2024-H1"), ("솔빛벤처스", "invested", "2024-H1")]
    assert _metrics(raw, "deal-table") == [("가람푸드", "90억 원"), ("누리밀", "150억 원")]


SURVEY = "가람리서치가 지난달 전국 가맹점주 800명을 조사했다. "


@pytest.mark.parametrize(
    "sentence, figures",
    [
        # the clause has a subject of its own: the mark picks out a class
        (SURVEY + "대출이 5000만 원을 웃도는 점주는 6.2%였다.", ["6.2%"]),
        (SURVEY + "직원이 5명을 넘는 점포를 가진 점주는 21%였다.", ["21%"]),
        # the measure is named right before the mark
        (SURVEY + "월 매출 3000만 원이 넘는 점주는 12.5%였다.", ["12.5%"]),
        # a bin of a breakdown, given its own figure
        (SURVEY + "점주들이 낸 배달 주문 가운데 3만 원을 넘는 주문은 8.4%였다.", ["8.4%"]),
        # a count of the noun itself, a period before it, the amount itself, a verb ending the sentence
        ("마루편의점은 전국에 2000곳이 넘는 점포를 운영한다.", ["2000곳"]),
        ("마루편의점은 하루 5000건이 넘는 택배를 받는다.", ["5000건"]),
        ("투자사는 마루편의점에 2000억 원이 넘는 금액을 제시했다.", ["2000억 원"]),
        ("마루편의점의 지난해 매출은 1조 원을 넘었다.", ["1조 원"]),
    ],
)
def test_a_mark_a_relative_clause_picks_a_class_out_by_is_no_figure(sentence: str, figures: list[str]) -> None:
    raw = f"편의점 업계\n\n홍길동 | 401호 (2025년 3월 Issue 2)\n\n{sentence}\n"
    assert [quantity for _, quantity in _metrics(raw, "thresholds")] == figures


@pytest.mark.parametrize(
    "sentence, figures",
    [
        # a source's forecast reaches back over untensed conjuncts, an adverb and what is said
        ("나래리서치는 올해 간편결제 이용률이 60%를 넘어서고, 1인당 결제액도 월 40만 원 안팎으로 늘어날 것으로 내다봤다.", []),
        ("세계해운협회는 컨테이너 물동량이 해마다 4% 넘게 늘 것으로 내다봤다.", []),
        ("나래리서치는 내년 간편결제 이용률이 70%까지 오를 수 있다고 내다봤다.", []),
        # a broker's estimate and target price: a forecast, no plan
        ("한빛증권은 마루전자의 4분기 영업이익을 820억 원으로 예상하고, 목표주가를 5만 원에서 6만2000원으로 올렸다.", []),
        # a clause told in the past, or dated so, is a fact beside the forecast
        ("마루전자의 매출은 지난해 1200억 원이었고, 회사는 올해 매출이 1500억 원을 넘을 것으로 내다본다.", [("metric", "1200억 원")]),
        ("국내 밀키트 시장 규모는 지난해 약 3400억 원으로 추산되고, 2028년에는 6000억 원을 넘을 전망이다.",
         [("metric", "3400억 원")]),
    ],
)
def test_a_forecast_speaks_for_the_clauses_it_ends_but_not_for_facts_told_in_the_past(
        sentence: str, figures: list[tuple[str, str]]) -> None:
    record = Pipeline().process(f"전망\n\n홍길동 | 410호 (2025년 3월 Issue 1)\n\n{sentence}\n", "forecasts")
    quantities = {q.id: q.text for q in record.quantities}
    assert [(c.type, quantities.get(c.quantity)) for c in record.claims] == figures


@pytest.mark.parametrize(
    "sentence, figures",
    [
        ("국내 파운드리 시장에서 상위 3개사의 점유율 합계는 71.5%였다.", [("metric", "71.5%")]),
        ("마루물류는 올해 매출 하위 20% 가맹점의 수수료를 2%로 낮출 계획이다.", [("plan", "2%")]),
    ],
)
def test_the_top_or_bottom_of_a_ranking_bounds_a_class_and_is_no_figure(sentence: str, figures: list[tuple[str, str]]) -> None:
    record = Pipeline().process(f"순위\n\n홍길동 | 410호 (2025년 3월 Issue 1)\n\n{sentence}\n", "rankings")
    quantities = {q.id: q.text for q in record.quantities}
    assert [(c.type, quantities.get(c.quantity)) for c in record.claims] == figures


@pytest.mark.parametrize(
    "sentence, figures",
    [
        ("마루호텔은 지난해 5월 부산의 건물주와 임대 계약을 맺었다. 임대 기간은 20년이며, 월 임대료는 1억2000만 원이다.",
         [("event", None), ("metric", "1억2000만 원")]),
        ("마루물류의 한빛마트 배송 대행 계약 기간은 최소 3년이다.", []),
        # an average over a whole book of leases is the company's measure
        ("마루리스는 올해 트럭 리스 기간을 평균 4년에서 5년으로 늘렸다.", [("metric", "4년"), ("metric", "5년")]),
    ],
)
def test_a_contracts_term_is_its_condition_and_no_figure(sentence: str, figures: list[tuple[str, str | None]]) -> None:
    record = Pipeline().process(f"계약\n\n홍길동 | 410호 (2025년 3월 Issue 1)\n\n{sentence}\n", "contract-terms")
    quantities = {q.id: q.text for q in record.quantities}
    assert [(c.type, quantities.get(c.quantity)) for c in record.claims] == figures


@pytest.mark.parametrize(
    "sentence, metrics",
    [
        ("마루마트는 지난해 회원 4만 명을 두 집단으로 나눠 쿠폰 실험을 했다. 단골 고객은 장바구니 금액을 평균 4.2% 늘렸고, "
         "방문 횟수는 1.3% 줄었다.", [("마루마트", "4만 명"), ("단골 고객", "4.2%"), ("단골 고객", "1.3%")]),
        ("마루마트는 지난해 쿠폰 실험을 했다. 신규 고객은 첫 주문 금액이 6.1% 많았지만 재구매율은 2.4% 낮았다.",
         [("신규 고객", "6.1%"), ("신규 고객", "2.4%")]),
        # a count of the group is its owner's, and so is what the clause after it measures
        ("마루마트의 유료 회원은 지난해 말 12만 명으로 늘었고, 같은 기간 월 해지율은 2.1%로 낮아졌다.",
         [("마루마트", "12만 명"), ("마루마트", "2.1%")]),
    ],
)
def test_a_clause_naming_no_one_goes_on_with_the_group_whose_finding_the_clause_before_gave(
        sentence: str, metrics: list[tuple[str, str]]) -> None:
    assert _metrics(f"쿠폰 실험\n\n홍길동 | 410호 (2025년 3월 Issue 1)\n\n{sentence}\n", "joined-clauses") == metrics


PRACTITIONER = "밀키트를 다시 만든 1년\n\n하서윤 - 마루식품 구매팀장\n\n하서윤 | 410호 (2025년 3월 Issue 1)\n\n"


@pytest.mark.parametrize(
    "body, metrics",
    [
        # a practitioner's `우리 회사`, `우리 재단` is the byline's organisation, named in the text
        ("내가 일하는 마루식품은 경기 이천에서 밀키트를 만든다. 지난해 우리 회사는 매출 820억 원을 올렸다. "
         "우리 회사의 직원은 모두 310명이다.", [("마루식품", "820억 원"), ("마루식품", "310명")]),
        # not where `우리` is said once, nor in another's quoted words
        ("마루식품은 경기 이천에서 밀키트를 만든다. 한빛마트의 지난해 매출은 2조 원이었다. "
         "한빛마트 관계자는 “우리 회사는 밀키트를 늘린다”고 말했다.", [("한빛마트", "2조 원")]),
    ],
)
def test_a_practitioners_first_person_is_the_bylines_organisation(body: str, metrics: list[tuple[str, str]]) -> None:
    record = Pipeline().process(PRACTITIONER + body + "\n", "practitioner")
    quantities = {q.id: q.text for q in record.quantities}
    assert [(c.subject, quantities.get(c.quantity)) for c in record.claims if c.type == "metric"] == metrics
    assert not [e.text for e in record.entities if e.text.startswith(("우리 ", "저희 "))]


def test_the_same_period_is_the_period_the_results_before_are_of_not_the_day_they_were_told() -> None:
    raw = ("게임사 실적\n\n홍길동 기자\n\n마루게임즈는 3분기 매출이 820억 원으로 1년 전보다 12% 늘었다고 14일 공시했다. "
           "같은 기간 영업이익은 96억 원이었다.\n")
    figures = _dated_figures(raw, "same-period")
    assert ("마루게임즈", "96억 원", "XXXX-Q3") in figures


@pytest.mark.parametrize(
    "headline, metrics",
    [
        ("가람항공 3분기 영업익 420억 원 ‘분기 최대’, 한솔항공은 적자 전환", [("가람항공", "420억 원", "XXXX-Q3")]),
        # a comma after the opening name marks it; a deal's sum is its event's
        ("한빛유통, 마루마트 지분 60% 3200억 원에 인수… 점주 반발", [("한빛유통", "60%", None)]),
        # after `…` a part of its own; a name an adnominal after the figure describes owns it
        ("나래뷰티 2분기 영업익 35% 급증… 면세 매출 30% 줄어든 다온코스메틱은 적자",
         [("나래뷰티", "35%", "XXXX-Q2"), ("다온코스메틱", "30%", "XXXX-Q2")]),
        # a middle dot after a figure parts the headline as a comma does
        ("가람항공 과징금 120억 원·한솔항공 45억 원… 항공업계 긴장",
         [("가람항공", "120억 원", None), ("한솔항공", "45억 원", None)]),
    ],
)
def test_a_news_headlines_figures_are_the_organisation_its_part_opens_with(headline: str, metrics: list) -> None:
    names = "가람항공과 한솔항공, 한빛유통, 나래뷰티, 다온코스메틱이 실적을 냈다."
    figures = _dated_figures(f"{headline}\n\n홍길동 기자\n\n{names}\n", "headline")
    assert figures == metrics


@pytest.mark.parametrize(
    "sentence, date",
    [
        # a date in a relative clause on the speaker says when the writer met them
        ("지난달 12일 성수동 본사에서 만난 하도윤 대표는 “우리는 속도로 경쟁한다”고 말했다.", None),
        ("2019년 회사를 세운 하도윤 대표는 “우리는 속도로 경쟁한다”고 말했다.", None),
        ("지난달 12일 성수동 본사에서 만난 올해 38세의 하도윤 대표는 “우리는 속도로 경쟁한다”고 말했다.", None),  # an age between
        # one in the clause of the saying, or on the medium carrying it, dates the quote
        ("하도윤 대표는 지난달 12일 “우리는 속도로 경쟁한다”고 말했다.", "2025-02-12"),
        ("하도윤 대표는 지난달 12일 직원들에게 보낸 메시지에서 “우리는 속도로 경쟁한다”고 밝혔다.", "2025-02-12"),
    ],
)
def test_a_date_on_the_speaker_does_not_date_the_quote(sentence: str, date: str | None) -> None:
    raw = f"마루로지스의 10년\n\n홍길동 | 410호 (2025년 3월 Issue 1)\n\n{sentence}\n"
    record = Pipeline().process(raw, "quote-dates")
    dates = {d.id: d.value for d in record.dates}
    assert [(c.speaker, dates.get(c.date)) for c in record.claims if c.type == "quote"] == [("하도윤", date)]


@pytest.mark.parametrize(
    "sentence",
    [
        "한빛리서치는 2019년 세워진 조사기관이다.",
        "한빛경제연구소는 2011년 은행 출신 연구자들이 세운 민간 연구기관으로, 매년 보고서 12권을 낸다.",
    ],
)
def test_an_institution_founded_is_a_founding(sentence: str) -> None:
    raw = f"조사 기관\n\n홍길동 | 410호 (2025년 3월 Issue 1)\n\n{sentence}\n"
    assert [(subject, kind) for subject, kind, _ in _dated_events(raw, "institution")][:1] == [
        (sentence.split("는 ")[0], "founded")]


@pytest.mark.parametrize(
    "sentence, kinds",
    [
        # an act dated after the issue's year is an intention, no event
        ("마루리스는 2028년까지 부산에 물류센터 3곳을 열고 매출 500억 원을 올린다는 목표를 세웠다.", ["plan", "plan"]),
        ("마루리스의 다음 목표는 2027년까지 경북 구미에 제2공장을 세우는 것이다.", ["plan"]),
        ("마루리스는 2023년 부산에 물류센터를 열었다.", ["event"]),
    ],
)
def test_an_act_dated_after_the_issue_is_no_event(sentence: str, kinds: list[str]) -> None:
    record = Pipeline().process(f"물류 경쟁\n\n홍길동 | 410호 (2025년 3월 Issue 1)\n\n{sentence}\n", "future-acts")
    assert [c.type for c in record.claims] == kinds


@pytest.mark.parametrize(
    "finding, figures",
    [
        # a multiple with no base of its own restates two groups' figures set side by side
        ("30대의 구독률은 64.2%로 50대(21.0%)보다 43.2%p 높았고 3배에 가까웠다.", ["64.2%", "21.0%"]),
        # one with a base of its own stays
        ("20대의 보유율은 52.0%로 60대(26.0%)보다 높았고, 60대의 2배였다.", ["52.0%", "26.0%", "2배"]),
    ],
)
def test_a_multiple_restating_two_groups_figures_is_no_claim(finding: str, figures: list[str]) -> None:
    raw = f"구독 조사\n\n홍길동 | 410호 (2025년 3월 Issue 1)\n\n가람리서치가 지난달 전국 성인 2000명을 조사했다. {finding}\n"
    assert [quantity for _, quantity in _metrics(raw, "multiples")] == figures


@pytest.mark.parametrize(
    ("words", "band"),
    [("20대", True), ("60대 이상 고객", True), ("65세 이상 고령인구", True), ("20∼29세", True),
     # one person's age is no band of people
     ("34세", False), ("올해 34세", False)],
)
def test_an_age_band_is_a_decade_a_span_or_a_bounded_age(words: str, band: bool) -> None:
    assert bool(AGE_BAND.fullmatch(words)) is band


def test_a_book_reviews_author_word_is_the_reviewed_books_author() -> None:
    # `저자는 “…”라고 쓴다`: the person the book's credit line names before `지음` (gold guide)
    page = ("공장은 왜 값을 못 올리나\n『값의 문법』\n올리버 크레인 지음, 하다온 옮김 / 누리북스 / 312쪽, 2만 원\n\n"
            "홍길동 | 300호 (2025년 7월 Issue 1)\n\n"
            "올리버 크레인(Oliver Crane)의 『값의 문법』은 작은 공장의 가격 이야기다. 번역은 하다온 작가가 맡았다.\n\n"
            "저자는 “값은 용기의 문제다”라고 쓴다.\n")
    record = to_record(Pipeline().run(Document(doc_id="t", raw=page)))
    assert [(c.type, c.subject) for c in record.claims if c.type == "quote"] == [("quote", "올리버 크레인")]


def test_answers_a_ranked_list_goes_on_with_after_the_first_are_the_surveyed_groups_findings() -> None:
    page = ("소비자 조사기관 마루리서치가 지난달 국내 1인 가구 1500명을 조사했다. 배달앱을 끊었다는 응답자는 그 이유로 "
            "‘배달비가 비싸서’(44.2%)를 가장 많이 꼽았다. 다음은 ‘음식이 늦게 와서’(31.5%)였고 ‘포장이 불편해서’(18.0%)가 "
            "이어졌다.")
    assert _metrics(page, "ranked-answers") == [
        ("국내 1인 가구", "44.2%"), ("국내 1인 가구", "31.5%"), ("국내 1인 가구", "18.0%")]


@pytest.mark.parametrize("sentence, figures", [
    ("조사기관 새봄리서치가 지난달 도내 간호사 1200명을 조사한 결과 하루 평균 근무 시간은 9.4시간이었다. 2년 전 "
     "조사보다 0.6시간 늘었다.", ["9.4시간", "0.6시간"]),
    ("조사기관 새봄리서치에 따르면 수도권 직장인의 평균 점심시간은 52분이었다. 2년 전 조사와 비교하면 판교 직장인은 4분, "
     "여의도 직장인은 2분 줄었다.", ["52분", "4분", "2분"]),
    ("조사기관 새봄리서치는 5년 동안 간호사 300명을 추적해 이 결과를 냈다. 그사이 병동 2곳이 늘었다.", []),
])
def test_a_duration_a_change_verb_follows_is_what_a_time_changed_by(sentence: str, figures: list[str]) -> None:
    assert [figure for _, figure in _metrics(sentence, "time-change") if figure.endswith(("시간", "분", "년"))] == figures


def test_a_count_given_as_a_value_before_an_earlier_survey_is_no_sample() -> None:
    page = ("새봄연구재단이 지난달 편의점 가맹점 점주 800명을 조사한 결과 인건비가 부담된다는 답이 71%였다. "
            "점포당 아르바이트 직원은 평균 3.2명으로 지난해 조사(3.8명)보다 0.6명 줄었다.")
    assert "3.2명" in [figure for _, figure in _metrics(page, "value-before-survey")]


@pytest.mark.parametrize("sentence, metrics", [
    ("중소기업연구소 새길랩이 수출 중소기업 600곳을 조사했다. 업종별로는 식품 업체의 온라인 수출 비중이 24%로 가장 "
     "높았고 화장품(19%), 의류(12%) 순이었다.", [("식품 업체", "24%"), ("화장품 업체", "19%"), ("의류 업체", "12%")]),
    ("중소기업연구소 새길랩이 소상공인 900명을 조사했다. 응답 업체의 매출을 결제 수단별로 나누면 카드가 71%로 가장 "
     "많았고 현금(13%), 간편결제(9%) 순이었다.", [("소상공인", "71%"), ("소상공인", "13%"), ("소상공인", "9%")]),
])
def test_a_ranked_lists_one_word_items_take_the_noun_of_firms_its_first_item_ends_in(sentence, metrics) -> None:
    assert _metrics(sentence, "ranked-items") == metrics


def test_a_tables_columns_headed_by_names_give_each_cell_to_its_columns_name() -> None:
    page = ("두 제약사의 실적\n\n[표] 가람제약·다온제약의 매출과 연구개발비\n단위: 억 원\n"
            "연도 가람제약 매출 가람제약 연구개발비 다온제약 매출 다온제약 연구개발비\n"
            "2023년 2310 412 864 301\n2024년 2655 468 1022 355\n자료: 각 사\n\n가람제약은 1987년 설립된 중견 제약사다.")
    assert _metrics(page, "named-columns") == [
        ("가람제약", "2310"), ("가람제약", "412"), ("다온제약", "864"), ("다온제약", "301"),
        ("가람제약", "2655"), ("가람제약", "468"), ("다온제약", "1022"), ("다온제약", "355")]


def test_a_section_naming_a_second_surveys_people_gives_them_its_findings_and_charts() -> None:
    page = ("소비 트렌드 연구기관 한결소비연구소가 지난달 펴낸 ‘2026 전자상거래 종사자 조사’ 보고서에 따르면, 국내 전자상거래 "
            "기업 직원의 62%가 AI 도구를 업무에 쓰고 있었다. 2019년 설립된 한결소비연구소는 유통 종사자를 해마다 조사해 왔다.\n\n"
            "보고서에 함께 실린 온라인 쇼핑 이용자 조사에서 배송이 빨라졌다고 느낀다는 응답은 41%에 그쳤다.\n\n"
            "이용자는 다르게 본다\n\n온라인 쇼핑 이용자가 매긴 배송 만족도는 100점 만점에 71점이었다. 반품을 포기한 적이 "
            "있다는 응답은 23%였다.\n\n[그래프] 이용자가 바라는 점(복수 응답)\n무료 반품 58%\n빠른 환불 44%\n자료: 한결소비연구소")
    assert _metrics(page, "second-survey") == [
        ("국내 전자상거래 기업 직원", "62%"), ("온라인 쇼핑 이용자", "41%"), ("온라인 쇼핑 이용자", "71점"),
        ("온라인 쇼핑 이용자", "23%"), ("온라인 쇼핑 이용자", "58%"), ("온라인 쇼핑 이용자", "44%")]


@pytest.mark.parametrize("sentence, events", [
    ("한빛전자는 2025년 4월 광고형 요금제를 내놓았다.", [("한빛전자", "launched", "2025-04")]),
    ("한빛전자는 2023년 5월 중고 거래 앱을 내놨다.", [("한빛전자", "launched", "2023-05")]),
    ("한빛전자는 2024년 3월 새 대책을 내놓았다.", []),  # `내놓다` of anything else is no launch
])
def test_goods_named_by_their_kind_are_what_내놓다_launches(sentence, events) -> None:
    assert _dated_events(sentence, "offering") == events


@pytest.mark.parametrize("sentence, events", [
    ("새길전기는 2025년 3월 미국 마이크론에서 1800만 달러 규모의 장비를 수주했다.", [("새길전기", "partnered", "2025-03")]),
    ("새길전기는 2024년 5월 캐나다의 한 전력회사로부터 변압기 20대를 수주했다.", [("새길전기", "partnered", "2024-05")]),
    ("새길조선은 2025년 1∼9월 선박 154척을 수주했다.", []),  # orders won from no one in particular
    ("새길조선은 2022년 북미·유럽 선사들로부터 40억 달러어치를 수주했다.", []),  # a class of clients
])
def test_an_order_won_from_a_client_named_or_introduced_as_one_is_a_partnership(sentence, events) -> None:
    assert _dated_events(sentence, "order") == events


@pytest.mark.parametrize("sentence, events", [
    # two words of one sentence tell one founding
    ("2016년 설립된 누리페이는 동남아 상점에서 QR코드로 결제하는 서비스로 출발했다.", [("누리페이", "founded", "2016")]),
    # two objects are two events
    ("2021년 5월 해솔베이커리는 중국 외식기업 진펑외식관리와 합작법인을 세우고 상하이에 첫 매장을 냈다.",
     [("해솔베이커리", "founded", "2021-05"), ("해솔베이커리", "partnered", "2021-05"), ("해솔베이커리", "founded", "2021-05")]),
])
def test_a_sentence_gives_one_claim_per_event_it_tells(sentence, events) -> None:
    assert _dated_events(sentence, "one-event") == events


def test_money_put_into_a_round_is_the_putters_investment() -> None:
    page = ("로봇 스타트업 바른봇은 2025년 3월 시리즈B에서 200억 원을 유치했다. 한빛벤처스는 이 라운드에 40억 원을 넣어 "
            "지분 8%를 확보했다.")
    assert ("한빛벤처스", "invested", "2025-03") in _dated_events(page, "put-into-round")


@pytest.mark.parametrize("page, subjects", [
    ("관세청에 따르면 한국의 와인 수입액은 지난해 5억 달러로 1년 전보다 4% 줄었다. 나라별로는 프랑스산이 1억8000만 "
     "달러로 전체의 36%를 차지했다.", ["한국", "한국", "한국", "한국"]),
    # the home country's goods abroad are its own
    ("일본 수입 맥주 시장에서는 한국산이 2023년부터 1위를 지키고 있다.", ["한국"]),
])
def test_a_foreign_places_goods_alone_are_the_importers_figures(page, subjects) -> None:
    assert [subject for subject, _ in _metrics(page, "origin-goods")] == subjects


def test_a_list_items_mark_is_no_word_of_the_group_a_relative_clause_defines() -> None:
    page = "연구진은 신입 6400명의 기록을 분석했다.\n• 멘토를 배정받은 신입의 1년 유지율은 78.6%였다."
    assert _metrics(page, "list-mark") == [("멘토를 배정받은 신입", "78.6%")]


def test_a_lead_of_the_round_the_sentence_before_raised_invests_in_it() -> None:
    page = "로봇 스타트업 바른봇은 2025년 3월 시리즈B로 200억 원을 투자받았다. 한빛벤처스가 주도했고 다온캐피털이 참여했다."
    assert ("한빛벤처스", "invested", "2025-03") in _dated_events(page, "lead-before")
