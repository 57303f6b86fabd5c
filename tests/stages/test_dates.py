"""Dates stage: a table of sentences with ALL the dates each must yield, in order.

An issue date, where a row needs one, comes from a byline line before the body
(`홍길동 | 300호 (2018년 4월 Issue 1)` gives 2018-04).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from pipeline import Pipeline
from pipeline.schema import Record


class D(NamedTuple):
    text: str
    value: str
    granularity: str
    qualifier: str | None = None
    end_value: str | None = None
    end_qualifier: str | None = None


APRIL_2018 = "2018-04"
JULY_2020 = "2020-07"

CASES: list[tuple[str, str | None, str, list[D]]] = [
    # explicit dates --------------------------------------------------------------
    ("year-month", None, "2018년 1월 미국 스탠퍼드대가 주최한 대회에서 1위를 차지했다.", [D("2018년 1월", "2018-01", "month")]),
    ("year-month-day-glued", None, "2017년 11월8일 열린 텐센트 콘퍼런스에서 발표했다.", [D("2017년 11월8일", "2017-11-08", "day")]),
    ("year-month-day-spaced", None, "2019년 3월 15일 상장했다.", [D("2019년 3월 15일", "2019-03-15", "day")]),
    ("year-only", None, "바이두는 2016년 소스코드를 개방했다.", [D("2016년", "2016", "year")]),
    ("year-after-jinan", None, "마윈 회장은 지난 2016년 항저우에서 단언했다.", [D("2016년", "2016", "year")]),
    ("quarter", None, "2017년 1분기에는 해외 연구소를 개설했다.", [D("2017년 1분기", "2017-Q1", "quarter")]),
    ("quarter-old-style", None, "2018년 1·4분기 실적이 발표됐다.", [D("2018년 1·4분기", "2018-Q1", "quarter")]),
    ("quarter-slash-style", None, "2018년 3/4분기 영업이익이 늘었다.", [D("2018년 3/4분기", "2018-Q3", "quarter")]),
    ("first-half", None, "2017년 상반기 매출이 늘었다.", [D("2017년 상반기", "2017-H1", "half")]),
    ("second-half", None, "2019년 하반기 출시 예정이다.", [D("2019년 하반기", "2019-H2", "half")]),
    ("fiscal-year-do", None, "2018년도 예산이 확정됐다.", [D("2018년도", "2018", "year")]),
    ("fiscal-year", None, "2021회계연도 매출이 늘었다.", [D("2021회계연도", "2021", "year")]),
    ("fiscal-year-spaced-quarter", None, "애플의 2022 회계연도 4분기 실적이 나왔다.", [D("2022 회계연도 4분기", "2022-Q4", "quarter")]),
    ("fiscal-year-then-months", None, "이 회사의 2019회계연도(2019년 4월∼2020년 3월) 순이익은 줄었다.",
     [D("2019회계연도", "2019", "year"), D("2019년 4월∼2020년 3월", "2019-04", "month", end_value="2020-03")]),
    ("short-year", None, "’17년 매출은 사상 최대였다.", [D("’17년", "2017", "year")]),
    ("dotted-date", None, "회사는 2018.4.15 공시를 냈다.", [D("2018.4.15", "2018-04-15", "day")]),
    ("dotted-date-spaced", None, "정부는 2018. 4. 15. 대책을 내놨다.", [D("2018. 4. 15", "2018-04-15", "day")]),
    ("this-month-two-days", APRIL_2018, "이달 15일과 16일 행사가 열린다.", [D("이달 15일", "2018-04-15", "day"), D("16일", "2018-04-16", "day")]),
    ("iso-date", None, "공시일은 2018-04-15이다.", [D("2018-04-15", "2018-04-15", "day")]),
    ("founded-year", None, "9Kresearch는 2015년 12월 설립됐다.", [D("2015년 12월", "2015-12", "month")]),
    ("year-before-figures", None, "2016년 총 거래액(GMV)은 350억 달러다.", [D("2016년", "2016", "year")]),
    ("year-then-china", None, "2018년 중국 진출을 선언했다.", [D("2018년", "2018", "year")]),
    ("year-then-malaysia", None, "2017년 말레이시아 법인을 세웠다.", [D("2017년", "2017", "year")]),
    ("year-series", None, "수익은 2016년 30억2000만 위안, 2017년 66억6000만 위안으로 늘었다.",
     [D("2016년", "2016", "year"), D("2017년", "2017", "year")]),
    ("two-dates", None, "2019년 3월 출시된 뒤 2020년 1월 단종됐다.", [D("2019년 3월", "2019-03", "month"), D("2020년 1월", "2020-01", "month")]),
    ("months-listed", None, "2014년 1, 2월 판매량이 줄었다.", [D("2014년 1", "2014-01", "month"), D("2월", "2014-02", "month")]),
    ("months-listed-three", None, "2019년 7, 8, 9월 석 달간 시범 운영했다.",
     [D("2019년 7", "2019-07", "month"), D("8", "2019-08", "month"), D("9월", "2019-09", "month")]),
    ("months-listed-no-year", None, "3, 4월에는 주문이 적다.", [D("3", "XXXX-03", "month"), D("4월", "XXXX-04", "month")]),
    ("two-quarters", None, "2019년 4분기와 2020년 1분기 모두 적자였다.", [D("2019년 4분기", "2019-Q4", "quarter"), D("2020년 1분기", "2020-Q1", "quarter")]),
    # position and relation words (kept out of the span) ---------------------------
    ("start-cho", None, "2017년 초 신제품을 출시했다.", [D("2017년", "2017", "year", "start")]),
    ("mid-jungsun", None, "신제품은 2018년 5월 중순 공개된다.", [D("2018년 5월", "2018-05", "month", "mid")]),
    ("end-mal", None, "2017년 말 알리바바는 연구소를 설립한다고 밝혔다.", [D("2017년", "2017", "year", "end")]),
    ("end-mal-glued", None, "계약은 2019년 3월말 끝난다.", [D("2019년 3월", "2019-03", "month", "end")]),
    ("late-haswun", None, "2019년 8월 하순 착공한다.", [D("2019년 8월", "2019-08", "month", "end")]),
    ("during-jung", None, "2018년 중 출시할 계획이다.", [D("2018년", "2018", "year")]),
    ("approx-jeonhu", None, "2015년 전후 바이두가 침체기를 겪었다.", [D("2015년", "2015", "year", "approx")]),
    ("approx-gyeong", None, "이 회사는 2015년경 설립됐다.", [D("2015년", "2015", "year", "approx")]),
    ("approx-kke", None, "신제품은 5월께 나온다.", [D("5월", "XXXX-05", "month", "approx")]),
    ("by-kkaji", None, "2020년까지 인력을 1000명으로 확대한다.", [D("2020년", "2020", "year", "by")]),
    ("as-of-gijun", None, "2017년 7월 기준 스타트업 수는 592개다.", [D("2017년 7월", "2017-07", "month", "as_of")]),
    ("as-of-gijun-euro", None, "2017년 7월 기준으로 일평균 주문량은 2000만 건이다.", [D("2017년 7월", "2017-07", "month", "as_of")]),
    ("as-of-hyeonjae", None, "2017년 6월 현재 7억 명이 앱을 내려받았다.", [D("2017년 6월", "2017-06", "month", "as_of")]),
    ("base-rate-not-as-of", None, "한국은행은 3월 16일 기준금리를 0.75%로 내렸다.", [D("3월 16일", "XXXX-03-16", "day")]),
    ("since-ihu", None, "2018년 이후 성장세가 꺾였다.", [D("2018년", "2018", "year", "since")]),
    ("since-buteo", None, "2015년부터 사업을 시작했다.", [D("2015년", "2015", "year", "since")]),
    ("end-then-kkaji", None, "2017년 말까지 공장을 짓는다.", [D("2017년", "2017", "year", "end")]),
    ("start-then-kkaji", None, "2012년 초까지 본사를 판교에 뒀다.", [D("2012년", "2012", "year", "start")]),
    ("start-then-buteo", None, "2016년 초부터 온라인 판매를 시작했다.", [D("2016년", "2016", "year", "start")]),
    ("before-ijeon", None, "2025년 이전에 상장한다.", [D("2025년", "2025", "year")]),
    ("plan-sentence-three-years", None,
     "그러면서 2020년까지 거래액을 1조 달러로 끌어올리고, 2017년 기준 약 5억3000만 명인 고객 수를 2036년 20억 명으로 늘린다.",
     [D("2020년", "2020", "year", "by"), D("2017년", "2017", "year", "as_of"), D("2036년", "2036", "year")]),
    # ranges -------------------------------------------------------------------
    ("range-buteo-kkaji", None, "필자는 1999년부터 2012년까지 애널리스트로 활동했다.", [D("1999년부터 2012년", "1999", "year", end_value="2012")]),
    ("range-tilde-years", None, "2012∼2015년 매출이 두 배로 늘었다.", [D("2012∼2015년", "2012", "year", end_value="2015")]),
    ("range-hyphen-years", None, "2017-2018년 시즌 실적이다.", [D("2017-2018년", "2017", "year", end_value="2018")]),
    ("range-months", None, "2017년 1∼3월 판매량이 늘었다.", [D("2017년 1∼3월", "2017-01", "month", end_value="2017-03")]),
    ("range-days", None, "행사는 2017년 11월 8∼10일 열린다.", [D("2017년 11월 8∼10일", "2017-11-08", "day", end_value="2017-11-10")]),
    ("range-between", None, "매출은 2016년에서 2018년 사이 두 배로 늘었다.", [D("2016년에서 2018년", "2016", "year", end_value="2018")]),
    ("range-month-to-month", None, "2017년 1월부터 3월까지 시범 운영했다.", [D("2017년 1월부터 3월", "2017-01", "month", end_value="2017-03")]),
    ("range-halves", None, "2018년 하반기부터 2019년 상반기까지 진행된다.",
     [D("2018년 하반기부터 2019년 상반기", "2018-H2", "half", end_value="2019-H1")]),
    ("range-quarters", None, "2019년 1∼3분기 누적 매출이다.", [D("2019년 1∼3분기", "2019-Q1", "quarter", end_value="2019-Q3")]),
    ("range-days-buteo", None, "11월 8일부터 10일까지 열린다.", [D("11월 8일부터 10일", "XXXX-11-08", "day", end_value="XXXX-11-10")]),
    ("range-end-to-start", None, "2015년 말부터 2016년 초까지 주가가 떨어졌다.",
     [D("2015년 말부터 2016년", "2015", "year", "end", "2016", "start")]),
    ("range-end-to-start-between", None, "2016년 말에서 2017년 초 사이 공장을 옮겼다.",
     [D("2016년 말에서 2017년", "2016", "year", "end", "2017", "start")]),
    ("range-to-end", None, "2014년부터 2019년 말까지 이 회사에서 일했다.",
     [D("2014년부터 2019년", "2014", "year", None, "2019", "end")]),
    ("range-months-mid-to-end", None, "2020년 3월 중순부터 5월 말까지 매장을 닫았다.",
     [D("2020년 3월 중순부터 5월", "2020-03", "month", "mid", "2020-05", "end")]),
    ("change-not-range", None, "2016년에서 2018년으로 연기됐다.", [D("2016년", "2016", "year"), D("2018년", "2018", "year")]),
    # years taken from earlier in the sentence, or unknown --------------------------
    ("day-takes-sentence-year", None, "알리샤오미는 2017년 11월11일 ‘광군제’, 12월12일 ‘쌍십이절(双12)’ 같은 이벤트에 적용됐다.",
     [D("2017년 11월11일", "2017-11-11", "day"), D("12월12일", "2017-12-12", "day")]),
    ("day-without-year", None, "12월12일 쌍십이절 행사가 열린다.", [D("12월12일", "XXXX-12-12", "day")]),
    ("no-year-from-a-founding-clause", None, "2018년 3월 설립된 가온페이는 6월 말 가입자가 40만 명이다.",
     [D("2018년 3월", "2018-03", "month"), D("6월", "XXXX-06", "month", "end")]),
    ("no-year-from-a-launch-clause", None, "2021년 출시된 게임 ‘달빛검’의 3분기 매출은 90억 원이다.",
     [D("2021년", "2021", "year"), D("3분기", "XXXX-Q3", "quarter")]),
    ("year-from-a-clause-of-the-measure", None, "2022년 2분기 처리한 주문은 8만 건으로 1분기의 2배였다.",
     [D("2022년 2분기", "2022-Q2", "quarter"), D("1분기", "2022-Q1", "quarter")]),
    ("month-without-year", None, "5월 출시 예정이다.", [D("5월", "XXXX-05", "month")]),
    ("quarter-without-year", None, "2분기 매출이 늘었다.", [D("2분기", "XXXX-Q2", "quarter")]),
    ("half-without-year", APRIL_2018, "상반기 중 출시할 예정이다.", [D("상반기", "XXXX-H1", "half")]),
    ("month-after-year-in-sentence", None, "2019년 실적이 좋았고 12월에는 신고가를 냈다.", [D("2019년", "2019", "year"), D("12월", "2019-12", "month")]),
    ("days-joined-by-gwa", None, "11월 11일과 12일 행사가 열린다.", [D("11월 11일", "XXXX-11-11", "day"), D("12일", "XXXX-11-12", "day")]),
    ("bare-day-after-jinan", "2024-05", "정부는 지난 15일 대책을 발표했다.", [D("15일", "XXXX-XX-15", "day")]),
    ("not-bare-day-after-jinan-unknown-issue", None, "정부는 지난 15일 대책을 발표했다.", []),  # relative to nothing
    ("not-bare-day-naming-a-group", "2024-05", "해지율은 14일 예고 집단이 3일 예고 집단의 절반이었다.", []),
    ("not-range-after-jinan-unknown-issue", None, "연휴였던 지난 3일부터 9일까지 승인액이 늘었다.", []),
    ("leap-day-unknown-year", None, "2월 29일 개막한다.", [D("2월 29일", "XXXX-02-29", "day")]),
    ("every-year-month", None, "이 행사는 매년 5월 열린다.", [D("5월", "XXXX-05", "month")]),
    ("every-month-day", None, "급여는 매월 25일 지급된다.", [D("25일", "XXXX-XX-25", "day")]),
    ("every-year-does-not-anchor", None, "매년 5월 열리며 2019년 6월에는 취소됐다.", [D("5월", "XXXX-05", "month"), D("2019년 6월", "2019-06", "month")]),
    ("every-year-month-day-sale", None, "이 쇼핑몰은 매년 3월14일 할인 행사를 연다.", [D("3월14일", "XXXX-03-14", "day")]),
    ("every-year-after-year", None, "2015년 문을 연 뒤 매년 10월 축제를 연다.", [D("2015년", "2015", "year"), D("10월", "XXXX-10", "month")]),
    ("season-left-out", None, "회사는 2011년 여름 첫 매장을 열었다.", [D("2011년", "2011", "year")]),
    ("season-left-out-spring", None, "2004년 봄 두 회사가 합병했다.", [D("2004년", "2004", "year")]),
    ("following-year", None, "2015년 설립된 뒤 이듬해 상장했다.", [D("2015년", "2015", "year"), D("이듬해", "2016", "year")]),
    ("same-year-month", None, "볼트루프는 2020년 6월 투자를 받았다. 그해 7월에는 첫 교환소를 열었다.",
     [D("2020년 6월", "2020-06", "month"), D("그해 7월", "2020-07", "month")]),
    ("same-year-quarter", None, "넷플릭스는 2011년 요금을 올렸다. 같은 해 3분기 구독자는 줄었다.",
     [D("2011년", "2011", "year"), D("같은 해 3분기", "2011-Q3", "quarter")]),
    ("not-same-year-alone", None, "2011년 요금을 올렸다. 그해 매출은 줄었다.", [D("2011년", "2011", "year")]),
    ("same-year-without-a-year", None, "그해 7월 문을 열었다.", [D("그해 7월", "XXXX-07", "month")]),
    # relative dates, resolved against the issue date ------------------------------
    ("last-year", APRIL_2018, "지난해 매출이 20% 늘었다.", [D("지난해", "2017", "year")]),
    ("this-year-quarter", APRIL_2018, "올해 3분기 신제품을 출시한다.", [D("올해 3분기", "2018-Q3", "quarter")]),
    ("next-year-half", APRIL_2018, "내년 상반기 상장한다.", [D("내년 상반기", "2019-H1", "half")]),
    ("jaknyeon-quarter", APRIL_2018, "작년 4분기 실적이 개선됐다.", [D("작년 4분기", "2017-Q4", "quarter")]),
    ("two-years-ago-month", APRIL_2018, "재작년 12월 공장을 세웠다.", [D("재작년 12월", "2016-12", "month")]),
    ("ol-half", APRIL_2018, "올 상반기 매출이 늘었다.", [D("올 상반기", "2018-H1", "half")]),
    ("geumnyeon", APRIL_2018, "금년 투자 계획을 밝혔다.", [D("금년", "2018", "year")]),
    ("bare-quarter-after-relative-year", APRIL_2018, "지난해 상반기 매출은 늘었고, 3분기에는 줄었다.",
     [D("지난해 상반기", "2017-H1", "half"), D("3분기", "2017-Q3", "quarter")]),
    ("last-year-end-gijun", APRIL_2018, "지난해 말 기준 가입자는 500만 명이다.", [D("지난해", "2017", "year", "end")]),
    ("this-year-end-kkaji", APRIL_2018, "올해 말까지 공사를 마친다.", [D("올해", "2018", "year", "end")]),
    ("year-end-word", APRIL_2018, "연말까지 인력을 늘린다.", [D("연말", "2018", "year", "end")]),
    ("year-start-word", APRIL_2018, "연초 목표를 상향했다.", [D("연초", "2018", "year", "start")]),
    ("this-month-day", APRIL_2018, "이달 15일 신제품을 발표한다.", [D("이달 15일", "2018-04-15", "day")]),
    ("last-month", APRIL_2018, "지난달 출시된 제품이 인기다.", [D("지난달", "2018-03", "month")]),
    ("last-month-january", "2018-01", "지난달 출시된 제품이 인기다.", [D("지난달", "2017-12", "month")]),
    ("next-month", APRIL_2018, "다음 달 공개할 예정이다.", [D("다음 달", "2018-05", "month")]),
    ("not-relative-year-unknown-issue", None, "지난해 매출이 20% 늘었다.", []),
    ("not-relative-month-unknown-issue", None, "이달 출시한다.", []),
    ("not-relative-quarter-unknown-issue", None, "내년 2분기 공장을 가동한다.", []),
    ("not-year-end-unknown-issue", None, "연말에는 주문이 몰린다.", []),
    ("not-following-year-alone", APRIL_2018, "이듬해에는 해외 법인도 세웠다.", []),
    ("following-year-after-decade-alone", None, "1990년대 문을 닫았고 이듬해 다시 열었다.", [D("1990년대", "199X", "decade")]),
    ("last-named-month", "2023-07", "회장은 지난 3월 이사회에서 사임했다.", [D("지난 3월", "2023-03", "month")]),
    ("last-named-month-previous-year", "2023-02", "지난 11월 출시한 제품이 인기다.", [D("지난 11월", "2022-11", "month")]),
    ("coming-named-month", "2023-02", "회사는 오는 5월 신제품을 낸다.", [D("오는 5월", "2023-05", "month")]),
    ("coming-named-month-next-year", "2023-08", "오는 3월 2호점을 연다.", [D("오는 3월", "2024-03", "month")]),
    ("last-named-month-day", "2023-08", "지난 3월 15일 공시했다.", [D("지난 3월 15일", "2023-03-15", "day")]),
    ("not-last-named-month-unknown-issue", None, "지난 3월 출시했다.", []),  # relative to nothing, as `지난달`
    ("relative-range", JULY_2020, "지난해부터 올해까지 투자를 늘렸다.", [D("지난해부터 올해", "2019", "year", end_value="2020")]),
    ("this-year-month-range", APRIL_2018, "올해 1~3월 수출이 늘었다.", [D("올해 1~3월", "2018-01", "month", end_value="2018-03")]),
    ("this-year-start-ol", APRIL_2018, "올 초 조직을 개편했다.", [D("올", "2018", "year", "start")]),
    ("relative-year-then-comparison", APRIL_2018, "지난해 4분기 영업이익은 전년 동기 대비 20% 줄었다.", [D("지난해 4분기", "2017-Q4", "quarter")]),
    ("every-year-month-day", None, "이 법은 매년 1월 1일 갱신된다.", [D("1월 1일", "XXXX-01-01", "day")]),
    ("since-new-year-day", None, "2023년 1월 1일부터 시행된다.", [D("2023년 1월 1일", "2023-01-01", "day", "since")]),
    ("month-end-gijun", None, "3월 말 기준 가입자는 100만 명이다.", [D("3월", "XXXX-03", "month", "end")]),
    ("first-half-jeonbangi", None, "2019년 전반기 실적이 부진했다.", [D("2019년 전반기", "2019-H1", "half")]),
    # times of day ---------------------------------------------------------------
    ("bare-day-then-time", "2024-05", "지난 3일 오전 10시 공시했다.", [D("3일 오전 10시", "XXXX-XX-03T10:00", "time")]),
    ("date-with-time", None, "개막식은 2017년 11월8일 오후 3시에 열린다.", [D("2017년 11월8일 오후 3시", "2017-11-08T15:00", "time")]),
    ("time-pm", None, "행사는 오후 3시에 시작한다.", [D("오후 3시", "T15:00", "time")]),
    ("time-minutes", None, "오전 9시 30분 개장한다.", [D("오전 9시 30분", "T09:30", "time")]),
    ("time-half-hour", None, "저녁 7시 반에 만찬이 열린다.", [D("저녁 7시 반", "T19:30", "time")]),
    ("time-range", None, "매장은 오전 9시부터 오후 6시까지 운영한다.", [D("오전 9시부터 오후 6시", "T09:00", "time", end_value="T18:00")]),
    ("time-night", None, "밤 10시 이후 배송은 다음 날 도착한다.", [D("밤 10시", "T22:00", "time", "since")]),
    ("time-with-date-morning", None, "2018년 2월 8일 오전 10시 공시했다.", [D("2018년 2월 8일 오전 10시", "2018-02-08T10:00", "time")]),
    # comparison bases and other things that are not dates ---------------------------
    ("not-jeonnyeon-donggi", APRIL_2018, "매출은 전년 동기 대비 10% 증가했다.", []),
    ("not-last-year-same-period", APRIL_2018, "지난해 같은 기간보다 20% 늘었다.", []),
    ("not-comparison-last-year-boda", "2021-05", "매출은 지난해보다 12% 늘었다.", []),
    ("not-comparison-jeonnyeon-daebi", "2021-05", "수출은 전년 대비 8% 줄었다.", []),
    ("not-years-ago", None, "6년 전 이 회사는 적자였다.", []),
    ("not-years-ago-base", None, "이익은 10년 전보다 3배 많다.", []),
    ("not-jeondal", APRIL_2018, "전달보다 3% 줄었다.", []),
    ("not-explicit-year-base", None, "2017년 대비 2배 성장했다.", []),
    ("comparison-base-lends-year", None, "2017년 2분기 대비 3분기 매출이 늘었다.", [D("3분기", "2017-Q3", "quarter")]),
    ("decade-late", None, "1990년대 후반부터 성장했다.", [D("1990년대", "199X", "decade", "end")]),
    ("decade", None, "1970년대 이 동네에는 공장이 많았다.", [D("1970년대", "197X", "decade")]),
    ("decade-by", None, "2000년대까지만 해도 수출 비중이 작았다.", [D("2000년대", "200X", "decade", "by")]),
    ("decade-lends-no-year", None, "1980년대 문을 연 가게가 5월 리모델링했다.", [D("1980년대", "198X", "decade"), D("5월", "XXXX-05", "month")]),
    ("century", None, "18세기 산업혁명이 시작됐다.", [D("18세기", "17XX", "century")]),
    ("century-end", None, "19세기 말 이 항구가 번성했다.", [D("19세기", "18XX", "century", "end")]),
    ("century-start", None, "21세기 초 스마트폰이 등장했다.", [D("21세기", "20XX", "century", "start")]),
    ("not-year-of-service", None, "3년차 직원들이 대상이다.", []),
    ("not-lost-date-markers", None, "2013 731 사건 이후 규제가 강화됐다.", []),
    ("not-covid19", None, "코로나19 이후 온라인 쇼핑이 급증했다.", []),
    ("not-title-white-paper", None, "중국과 미국의 AI 기술을 비교한 ‘2017년 중국 인공지능 백서’에 따르면 그렇다.", []),
    ("not-title-report", None, "「2019년 글로벌 모바일 보고서」에 실렸다.", []),
    ("title-rule-needs-title-noun", None, "‘2020년까지 매출 2배’라는 목표를 세웠다.", [D("2020년", "2020", "year", "by")]),
    ("speech-is-no-title", "2025-05", "그는 “올해 하반기에는 신입 지원금을 12억 원으로 늘릴 계획”이라고 말했다.",
     [D("올해 하반기", "2025-H2", "half")]),
    ("not-version-time", None, "2018년 2월 ‘AI 2.0 시대를 준비하는 디디’라는 포럼을 열었다.", [D("2018년 2월", "2018-02", "month")]),
    ("not-quarters-counted", None, "이 회사는 3분기 연속 적자를 냈다.", []),
    ("not-duration-days", None, "파업은 15일간 이어졌다.", []),
    ("not-duration-days-dongan", None, "3일 동안 전시회가 열린다.", []),
    ("not-duration-years", None, "지난 5년간 투자를 지속했다.", []),
    ("not-hours", None, "이 매장은 24시간 운영한다.", []),
    ("not-month-count", None, "공사 기간은 18개월이다.", []),
    ("not-year-end-tax", None, "연말정산 시즌이 돌아왔다.", []),
    ("not-invalid-day", None, "2월 30일은 없다.", []),
    ("not-invalid-month", None, "13월의 월급이라 불린다.", []),
    ("not-bare-day", None, "15일 안에 답을 줘야 한다.", []),
    ("not-days-a-week", None, "정부는 주 4일 근무제를 검토한다.", []),
    ("not-hour-and-minutes", None, "회의는 1시간 30분 동안 이어졌다.", []),
    ("news-day-of-the-month", None, "청명은행은 23일 이사회를 열고 배당을 정했다.", [D("23일", "XXXX-XX-23", "day")]),
    ("news-day-reported", None, "가람전자는 신공장을 준공했다고 24일 밝혔다.", [D("24일", "XXXX-XX-24", "day")]),
    ("news-day-local-time", None, "누리화학은 23일(현지 시간) 공장을 열었다.", [D("23일", "XXXX-XX-23", "day")]),
    # a newspaper's copy in the magazine writes its days so too (the gold's newspaper pages)
    ("news-day-in-an-issue", "2024-03", "이 회사는 23일 이사회를 열었다.", [D("23일", "XXXX-XX-23", "day")]),
    ("not-news-day-change-in-an-issue", "2024-03", "회수 기간은 45일에서 73일로 28일 늘었다.", []),
    ("not-news-day-bound-in-an-issue", "2024-03", "재택 일수가 1일 미만인 직원이 늘었다.", []),
    ("not-news-day-per-day", None, "1일 평균 방문객은 300명이다.", []),
    ("not-news-day-measure", None, "발표 뒤 3일 누적초과수익률은 1.1%였다.", []),
    ("not-fourth-industrial", None, "4차 산업혁명 시대가 왔다.", []),
    ("not-decades-range", None, "1970~80년대 고도성장기를 거쳤다.", []),
]


def _page(issue_date: str | None, sentence: str) -> str:
    if issue_date is None:
        return sentence
    year, month = issue_date.split("-")
    return f"홍길동 | 300호 ({year}년 {int(month)}월 Issue 1)\n\n{sentence}"


@pytest.fixture(scope="module")
def run(pipeline: Pipeline):
    def process(issue_date: str | None, sentence: str) -> Record:
        return pipeline.process(_page(issue_date, sentence), doc_id="date-case")

    return process


@pytest.mark.parametrize(
    ("issue_date", "sentence", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_dates(run, issue_date: str | None, sentence: str, expected: list[D]) -> None:
    record = run(issue_date, sentence)
    assert record.metadata.issue_date == issue_date
    got = [D(d.text, d.value, d.granularity, d.qualifier, d.end_value, d.end_qualifier) for d in record.dates]
    assert got == expected


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 80
    assert len({case[0] for case in CASES}) == len(CASES)


def test_records_carry_ids_sentences_and_raw_offsets(run) -> None:
    page = _page(APRIL_2018, "지난해 매출이 늘었다. 2019년 3월 15일 상장한다.")
    record = run(APRIL_2018, "지난해 매출이 늘었다. 2019년 3월 15일 상장한다.")
    assert [d.id for d in record.dates] == ["d0", "d1"]
    for date in record.dates:
        assert record.text[date.start : date.end] == date.text
        assert page[date.raw_start : date.raw_end] == date.text
        sentence = next(s for s in record.sentences if s.id == date.sentence)
        assert sentence.start <= date.start < date.end <= sentence.end


def test_a_year_in_an_earlier_sentence_does_not_lend_itself(run) -> None:
    record = run(None, "2017년 실적이 좋았다. 12월에는 신고가를 냈다.")
    assert [d.value for d in record.dates] == ["2017", "XXXX-12"]
