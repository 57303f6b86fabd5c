"""Quantities stage: a table of sentences in the manner of Korean business journalism.

Each row is one sentence (a single body line, run through the real pipeline) and
ALL the quantities it must yield, in order; an empty list means none at all.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import pytest

from pipeline import Pipeline
from pipeline.schema import Record


class Q(NamedTuple):
    text: str
    value: float | None
    unit: str | None
    kind: str
    qualifier: str | None = None
    value_max: float | None = None
    per: str | None = None


def money(text: str, value: float, code: str, qualifier: str | None = None, **more: object) -> Q:
    return Q(text, value, code, "money", qualifier, **more)


def count(text: str, value: float, unit: str, qualifier: str | None = None, **more: object) -> Q:
    return Q(text, value, unit, "count", qualifier, **more)


def pct(text: str, value: float, unit: str = "%", qualifier: str | None = None, **more: object) -> Q:
    return Q(text, value, unit, "percent", qualifier, **more)


def span(text: str, value: float, unit: str, qualifier: str | None = None, **more: object) -> Q:
    return Q(text, value, unit, "duration", qualifier, **more)


def other(text: str, value: float | None, unit: str | None, qualifier: str | None = None, **more: object) -> Q:
    return Q(text, value, unit, "other", qualifier, **more)


CASES: list[tuple[str, str, list[Q]]] = [
    # money: won -------------------------------------------------------------
    ("won-jo-eok", "삼성전자는 올해 1분기 매출 77조7800억 원을 기록했다.", [money("77조7800억 원", 77_780_000_000_000, "KRW")]),
    ("won-operating-profit", "SK하이닉스의 영업이익은 2조8639억 원으로 집계됐다.", [money("2조8639억 원", 2_863_900_000_000, "KRW")]),
    ("won-series-b", "이 회사는 시리즈B 투자에서 300억 원을 유치했다.", [money("300억 원", 30_000_000_000, "KRW")]),
    ("won-man-glued", "평균 객단가는 3만5000원 수준이다.", [money("3만5000원", 35_000, "KRW")]),
    ("won-valuation", "이 스타트업의 기업가치는 1조2000억 원으로 평가받았다.", [money("1조2000억 원", 1_200_000_000_000, "KRW")]),
    ("won-comma-spaced", "인수 금액은 1조 2,000억 원이다.", [money("1조 2,000억 원", 1_200_000_000_000, "KRW")]),
    ("won-cheon-baek", "사업비로 3천5백만 원이 들었다.", [money("3천5백만 원", 35_000_000, "KRW")]),
    ("won-cheon-man", "초기 자본금 5천만 원으로 시작했다.", [money("5천만 원", 50_000_000, "KRW")]),
    ("won-cheon-eok", "그룹은 3천억 원 규모의 펀드를 만들었다.", [money("3천억 원", 300_000_000_000, "KRW")]),
    ("won-coffee", "한 잔에 4500원인 커피가 인기다.", [money("4500원", 4500, "KRW")]),
    ("won-comma-thousands", "원·달러 환율은 1,320원까지 올랐다.", [money("1,320원", 1320, "KRW")]),
    ("won-per-dollar-rate-base", "환율은 1달러당 1,320원을 기록했다.", [money("1달러", 1, "USD"), money("1,320원", 1320, "KRW")]),
    ("won-dividend-per-share", "주당 배당금은 1,444원으로 결정됐다.", [money("1,444원", 1444, "KRW")]),
    ("won-salary-max", "신입 연구원의 연봉은 최대 1억5000만 원이다.", [money("1억5000만 원", 150_000_000, "KRW", "at_most", per="year")]),
    ("won-minimum-and-above", "신규 펀드는 최소 500억 원 이상으로 조성된다.", [money("500억 원", 50_000_000_000, "KRW", "at_least")]),
    ("won-inner-yeo", "매출은 4조8000억여 원으로 추산된다.", [money("4조8000억여 원", 4_800_000_000_000, "KRW", "approx")]),
    ("won-approaching", "이 펀드의 운용자산은 10조 원에 육박한다.", [money("10조 원", 10_000_000_000_000, "KRW", "approx")]),
    ("won-less-than", "해외 매출은 1000억 원 미만에 그쳤다.", [money("1000억 원", 100_000_000_000, "KRW", "less_than")]),
    ("won-around-anpak", "투자 규모는 200억 원 안팎이다.", [money("200억 원", 20_000_000_000, "KRW", "approx")]),
    ("won-estimate-paren", "올해 매출은 100억 원(추정)이다.", [money("100억 원", 10_000_000_000, "KRW", "estimate")]),
    ("won-estimate-clause", "국내 시장 규모는 50조 원으로 추산된다.", [money("50조 원", 50_000_000_000_000, "KRW", "estimate")]),
    ("won-approx-beats-estimate", "피해액은 약 30억 원으로 추정된다.", [money("30억 원", 3_000_000_000, "KRW", "approx")]),
    ("won-at-least-beats-estimate", "적자는 1조 원 이상으로 추정된다.", [money("1조 원", 1_000_000_000_000, "KRW", "at_least")]),
    ("won-exceeded", "분기 영업이익이 2000억 원을 웃돌았다.", [money("2000억 원", 200_000_000_000, "KRW", "more_than")]),
    ("usd-reserves-utdonda", "외환보유액은 4000억 달러를 웃돈다.", [money("4000억 달러", 400_000_000_000, "USD", "more_than")]),
    ("pct-below-mitdoneun", "수익률이 3%를 밑도는 펀드가 많다.", [pct("3%", 3, qualifier="less_than")]),
    ("won-below", "중고폰 시세가 1만 원 아래로 떨어졌다.", [money("1만 원", 10_000, "KRW", "less_than")]),
    ("won-line", "이 제품은 5000원 선에서 판매된다.", [money("5000원", 5000, "KRW", "approx")]),
    ("won-range-band", "환율이 1,350원대로 올라섰다.", [money("1,350원", 1350, "KRW", "approx")]),
    ("not-won-vague-thousands-of-eok", "그룹은 반도체에 수천억 원을 쏟아부었다.", []),
    ("not-won-vague-jo", "정부는 수조 원의 예산을 배정했다.", []),
    ("not-vague-beside-figure", "수백억 원을 들인 공장에서 연간 30만 대를 만든다.", [count("30만 대", 300_000, "대", per="year")]),
    ("won-three-jo-space", "총 사업비는 3조 5000억 원이다.", [money("3조 5000억 원", 3_500_000_000_000, "KRW")]),
    ("won-apartment-price", "분양가는 1억5000만 원부터 시작한다.", [money("1억5000만 원", 150_000_000, "KRW", "at_least")]),
    ("won-from-lower-bound", "기본 요금제는 월 4900원부터다.", [money("4900원", 4900, "KRW", "at_least", per="month")]),
    ("won-from-to-no-bound", "입장료는 1만 원부터 3만 원까지 다양하다.", [money("1만 원", 10_000, "KRW"), money("3만 원", 30_000, "KRW")]),
    ("won-fullwidth-digits", "투자금 ２０억 원을 받았다.", [money("20억 원", 2_000_000_000, "KRW")]),
    ("won-annual-revenue", "이 회사는 연 매출 100억 원을 올렸다.", [money("100억 원", 10_000_000_000, "KRW", per="year")]),
    ("won-monthly-subscription", "넷플릭스의 월 구독료는 1만7000원이다.", [money("1만7000원", 17_000, "KRW", per="month")]),
    ("won-every-month", "매월 300만 원을 지원금으로 지급한다.", [money("300만 원", 3_000_000, "KRW", per="month")]),
    ("won-quarterly", "분기마다 1000억 원을 벌어들인다.", [money("1000억 원", 100_000_000_000, "KRW", per="quarter")]),
    ("won-quarterly-dividend", "분기별 배당금은 주당 361원이다.", [money("361원", 361, "KRW", per="quarter")]),
    ("won-approx-in-parens", "네이버는 이번 인수에 16억 달러(약 2조 원)를 썼다.",
     [money("16억 달러", 1_600_000_000, "USD"), money("2조 원", 2_000_000_000_000, "KRW", "approx")]),
    ("won-five-years-one-jo", "카카오는 AI 분야에 향후 5년간 1조 원을 투자한다.",
     [span("5년간", 5, "년"), money("1조 원", 1_000_000_000_000, "KRW")]),
    ("won-range-magnitude-shared", "10~20억 원 규모의 투자를 검토 중이다.",
     [money("10~20억 원", 1_000_000_000, "KRW", "range", value_max=2_000_000_000)]),
    ("won-range-own-magnitudes", "건당 5000만~1억 원의 보조금이 나온다.",
     [money("5000만~1억 원", 50_000_000, "KRW", "range", value_max=100_000_000)]),
    ("won-range-both-units", "기업당 10억 원~20억 원을 투자한다.",
     [money("10억 원~20억 원", 1_000_000_000, "KRW", "range", value_max=2_000_000_000)]),
    ("won-per-area-rate-base", "강남 아파트는 3.3㎡당 5000만 원을 넘었다.",
     [other("3.3㎡", 3.3, "㎡"), money("5000만 원", 50_000_000, "KRW", "more_than")]),
    ("won-worth", "그는 1조 원어치 주식을 팔았다.", [money("1조 원", 1_000_000_000_000, "KRW")]),
    ("won-gyaryang-glued", "4000억 원가량이 투입됐다.", [money("4000억 원", 400_000_000_000, "KRW", "approx")]),
    ("won-market-cap-breakthrough", "시가총액이 100조 원 돌파를 앞뒀다.", [money("100조 원", 100_000_000_000_000, "KRW", "more_than")]),
    ("won-no-unit-magnitude", "올해 매출 목표는 1조2000억이다.", [other("1조2000억", 1_200_000_000_000, None)]),
    # money: foreign currencies ---------------------------------------------
    ("usd-ipo", "쿠팡은 뉴욕증시 상장으로 46억 달러를 조달했다.", [money("46억 달러", 4_600_000_000, "USD")]),
    ("usd-vision-fund", "소프트뱅크는 1000억 달러 규모의 비전펀드를 조성했다.", [money("1000억 달러", 100_000_000_000, "USD")]),
    ("usd-decimal-man", "현대차는 조지아주 공장에 55억4000만 달러를 투자한다.", [money("55억4000만 달러", 5_540_000_000, "USD")]),
    ("usd-chips-act", "반도체 보조금은 총 527억 달러다.", [money("527억 달러", 52_700_000_000, "USD")]),
    ("usd-market-cap-exceeded", "애플의 시가총액은 3조 달러를 넘어섰다.", [money("3조 달러", 3_000_000_000_000, "USD", "more_than")]),
    ("usd-unicorn", "기업가치가 10억 달러를 넘는 유니콘 기업으로 성장했다.", [money("10억 달러", 1_000_000_000, "USD", "more_than")]),
    ("usd-decimal-price", "평균 주문 가격은 10.3달러다.", [money("10.3달러", 10.3, "USD")]),
    ("usd-mi-dalleo", "정부는 100억 미 달러를 차입했다.", [money("100억 미 달러", 10_000_000_000, "USD")]),
    ("usd-gmv-after-year", "2016년 총 거래액(GMV)은 350억 달러다.", [money("350억 달러", 35_000_000_000, "USD")]),
    ("usd-about", "수출액은 6억 달러 가량이다.", [money("6억 달러", 600_000_000, "USD", "approx")]),
    ("usd-fullwidth", "투자액은 １２억７０００만 달러로 늘었다.", [money("12억7000만 달러", 1_270_000_000, "USD")]),
    ("not-usd-vague-tens-of-eok", "빅테크는 AI에 수십억 달러를 쏟는다.", []),
    ("cny-tesla", "테슬라는 상하이 공장에 50억 위안을 투입했다.", [money("50억 위안", 5_000_000_000, "CNY")]),
    ("cny-cloud-revenue", "알리바바 클라우드의 수익은 12억7000만 위안이다.", [money("12억7000만 위안", 1_270_000_000, "CNY")]),
    ("cny-yuanhwa", "중국 정부는 1조 위안화 규모의 부양책을 내놨다.", [money("1조 위안화", 1_000_000_000_000, "CNY")]),
    ("cny-not-rank", "상품권 2위안을 돌려받았다.", [money("2위안", 2, "CNY")]),
    ("cny-approx-invest", "텐센트는 33개 업체에 약 200억 위안을 투자했다.",
     [count("33개", 33, "개"), money("200억 위안", 20_000_000_000, "CNY", "approx")]),
    ("jpy-toyota", "도요타의 순이익은 2조8500억 엔에 달했다.", [money("2조8500억 엔", 2_850_000_000_000, "JPY")]),
    ("jpy-enhwa", "일본은행은 50조 엔화를 풀었다.", [money("50조 엔화", 50_000_000_000_000, "JPY")]),
    ("eur-eu-chips", "유럽연합(EU)은 반도체 산업에 430억 유로를 지원한다.", [money("430억 유로", 43_000_000_000, "EUR")]),
    ("gbp-fund", "영국 정부는 10억 파운드의 기금을 마련했다.", [money("10억 파운드", 1_000_000_000, "GBP")]),
    ("hkd-ipo", "홍콩 증시에서 300억 홍콩달러를 모았다.", [money("300억 홍콩달러", 30_000_000_000, "HKD")]),
    # percent -----------------------------------------------------------------
    ("pct-decimal", "AI 투자 누적액은 전 세계의 33.18%를 기록했다.", [pct("33.18%", 33.18)]),
    ("pct-startups-share", "스타트업 수는 592개로 전 세계의 23%를 차지했다.", [count("592개", 592, "개"), pct("23%", 23)]),
    ("pct-point", "점유율은 전년 대비 2.3%p 상승했다.", [pct("2.3%p", 2.3, "%p")]),
    ("pct-point-korean", "금리는 0.25%포인트 인하됐다.", [pct("0.25%포인트", 0.25, "%p")]),
    ("pct-peosenteu", "물가 상승률은 3.5퍼센트로 집계됐다.", [pct("3.5퍼센트", 3.5)]),
    ("pct-peosenteu-point", "실업률이 0.3퍼센트포인트 하락했다.", [pct("0.3퍼센트포인트", 0.3, "%p")]),
    ("pct-negative", "성장률은 -1.5%로 추락했다.", [pct("-1.5%", -1.5)]),
    ("pct-unicode-minus", "주가 변동률은 −2.5%였다.", [pct("−2.5%", -2.5)]),
    ("pct-plus", "주가는 +5.2% 올랐다.", [pct("+5.2%", 5.2)]),
    ("pct-plus-point", "점유율이 +5%p 늘었다.", [pct("+5%p", 5, "%p")]),
    ("pct-negative-in-parens", "영업이익률(-3.2%)이 악화됐다.", [pct("-3.2%", -3.2)]),
    ("pct-basis-points", "연준은 기준금리를 25bp 인상했다.", [pct("25bp", 25, "bp")]),
    ("pct-survey", "응답자의 72%가 긍정적으로 답했다.", [pct("72%", 72)]),
    ("pct-range-tilde", "시장 점유율 3∼5%를 목표로 한다.", [pct("3∼5%", 3, qualifier="range", value_max=5)]),
    ("pct-range-hyphen", "중개 수수료는 3-5%다.", [pct("3-5%", 3, qualifier="range", value_max=5)]),
    ("pct-range-both-units", "관세율이 10%~25%로 인상된다.", [pct("10%~25%", 10, qualifier="range", value_max=25)]),
    ("pct-between", "금리는 3%에서 5% 사이에서 결정된다.", [pct("3%에서 5%", 3, qualifier="range", value_max=5)]),
    ("pct-change-not-range", "금리가 3%에서 5%로 올랐다.", [pct("3%", 3), pct("5%", 5)]),
    ("pct-yearly-yield", "이 상품의 수익률은 연 4.5%다.", [pct("4.5%", 4.5, per="year")]),
    ("pct-cagr", "연평균 성장률은 12.4%에 이를 전망이다.", [pct("12.4%", 12.4, per="year")]),
    ("pct-at-least", "해외 매출 비중이 40% 이상을 차지한다.", [pct("40%", 40, qualifier="at_least")]),
    ("pct-more-than-chogwa", "지분 50% 초과 보유 시 공시해야 한다.", [pct("50%", 50, qualifier="more_than")]),
    ("pct-at-most", "부채비율을 200% 이하로 낮췄다.", [pct("200%", 200, qualifier="at_most")]),
    ("pct-max-discount", "할인율은 최대 70%다.", [pct("70%", 70, qualifier="at_most")]),
    ("pct-around-naeoe", "올해 성장률은 3% 내외로 전망된다.", [pct("3%", 3, qualifier="approx")]),
    ("pct-around-anpak", "물가 상승률은 2.5% 안팎이다.", [pct("2.5%", 2.5, qualifier="approx")]),
    ("pct-point-more-than", "점유율이 1%p 넘게 떨어졌다.", [pct("1%p", 1, "%p", qualifier="more_than")]),
    ("pct-game-share", "전체 매출의 40%를 점유하는 게임은 IEG의 주력 상품이다.", [pct("40%", 40)]),
    ("pct-band-dae", "성장률이 5%대로 떨어졌다.", [pct("5%", 5, qualifier="approx")]),
    ("pct-reduce-by-2030", "2030년까지 탄소 배출량을 40% 감축한다.", [pct("40%", 40)]),
    ("pct-top-ten", "상위 10% 고객이 매출의 절반을 낸다.", [pct("10%", 10)]),
    ("pct-one-day-not-a-rate", "엔비디아 주가는 하루 만에 5% 올랐다.", [pct("5%", 5)]),
    ("pct-close-to", "외국인 지분율이 50% 가까이 올랐다.", [pct("50%", 50, qualifier="approx")]),
    # counts ------------------------------------------------------------------
    ("count-employees", "국내 직원 수는 12만 명이다.", [count("12만 명", 120_000, "명")]),
    ("count-subscribers-exceeded", "누적 가입자는 2000만 명을 돌파했다.", [count("2000만 명", 20_000_000, "명", "more_than")]),
    ("count-stores-comma", "전국 1,200개 매장을 운영한다.", [count("1,200개", 1200, "개")]),
    ("count-hiring-approx", "신규 채용은 약 300명 규모다.", [count("300명", 300, "명", "approx")]),
    ("count-inner-yeo", "임직원 5000여 명이 참석했다.", [count("5000여 명", 5000, "명", "approx")]),
    ("count-yeo-man", "300여만 명이 이 앱을 내려받았다.", [count("300여만 명", 3_000_000, "명", "approx")]),
    ("count-countries", "해외 법인은 30개국에 있다.", [count("30개국", 30, "개국")]),
    ("count-companies", "협력사 120개사가 참여했다.", [count("120개사", 120, "개사")]),
    ("count-places", "전국 85곳에 물류센터를 두고 있다.", [count("85곳", 85, "곳")]),
    ("count-patents", "특허 출원 건수는 1만2000건에 달한다.", [count("1만2000건", 12_000, "건")]),
    ("count-ships", "LNG 운반선 17척을 수주했다.", [count("17척", 17, "척")]),
    ("count-cars", "전기차 50만 대를 판매했다.", [count("50만 대", 500_000, "대")]),
    ("count-robots", "공장에 로봇 10대를 도입했다.", [count("10대", 10, "대")]),
    ("count-five-major", "바이두는 5대 AI 기술에 집중한다.", [count("5대", 5, "대")]),
    ("count-top-ten-groups", "10대 그룹 총수들이 모였다.", [count("10대", 10, "대")]),
    ("count-four-eight-areas", "4대 영역과 8대 응용 분야에 집중한다.", [count("4대", 4, "대"), count("8대", 8, "대")]),
    ("count-kinds", "20가지 메뉴를 선보였다.", [count("20가지", 20, "가지")]),
    ("count-households", "1인 가구는 750만 가구를 넘었다.", [count("750만 가구", 7_500_000, "가구", "more_than")]),
    ("count-books", "신간 3권을 출간했다.", [count("3권", 3, "권")]),
    ("count-films", "투자사는 영화 5편에 투자했다.", [count("5편", 5, "편")]),
    ("count-product-lines", "신제품 20종을 출시했다.", [count("20종", 20, "종")]),
    ("count-apartments", "아파트 1500채를 분양한다.", [count("1500채", 1500, "채")]),
    ("count-trees", "나무 1만 그루를 심었다.", [count("1만 그루", 10_000, "그루")]),
    ("count-cows", "농장은 젖소 200마리를 키운다.", [count("200마리", 200, "마리")]),
    ("count-pages", "책은 352쪽, 보고서는 48페이지다.", [count("352쪽", 352, "쪽"), count("48페이지", 48, "페이지")]),
    ("count-rooms-nights", "이 호텔은 객실이 320실이고, 3박을 묵으면 1박이 무료다.",
     [count("320실", 320, "실"), count("3박", 3, "박"), count("1박", 1, "박")]),
    ("count-masks", "마스크 100만 장을 기부했다.", [count("100만 장", 1_000_000, "장")]),
    ("count-uniforms", "유니폼 3000벌을 제작했다.", [count("3000벌", 3000, "벌")]),
    ("count-shares", "자사주 100만 주를 소각한다.", [count("100만 주", 1_000_000, "주")]),
    ("count-new-stores", "신규 점포 30곳을 연다.", [count("30곳", 30, "곳")]),
    ("count-times-a-year", "이 회사는 연간 4회 배당한다.", [count("4회", 4, "회", per="year")]),
    ("count-weekly-broadcasts", "매주 2회 방송된다.", [count("2회", 2, "회", per="week")]),
    ("count-visitors-daily-avg", "하루 평균 방문자는 3만 명이다.", [count("3만 명", 30_000, "명", per="day")]),
    ("count-orders-ilpyeonggyun", "일평균 주문량은 2000만 건이다.", [count("2000만 건", 20_000_000, "건", per="day")]),
    ("count-monthly-users", "텐센트는 월 사용자 수가 10억 명에 달하는 위챗을 운영한다.",
     [count("10억 명", 1_000_000_000, "명", per="month")]),
    ("count-mau-parenthesis", "월간 활성 이용자(MAU)는 4800만 명이다.", [count("4800만 명", 48_000_000, "명", per="month")]),
    ("count-man-space-tail", "박람회에 15만 8000명이 방문했다.", [count("15만 8000명", 158_000, "명")]),
    ("count-developers-calls", "개발자 37만 명이 알고리즘을 하루 2억2000만 건 이상 활용한다.",
     [count("37만 명", 370_000, "명"), count("2억2000만 건", 220_000_000, "건", "at_least", per="day")]),
    ("count-nearly", "가입자는 1000만 명 가까이 늘었다.", [count("1000만 명", 10_000_000, "명", "approx")]),
    ("count-a-little-over", "50개 남짓한 업체가 남았다.", [count("50개", 50, "개", "approx")]),
    ("count-at-most", "참가자는 10만 명 이하로 제한된다.", [count("10만 명", 100_000, "명", "at_most")]),
    ("count-about-jeongdo", "설명회에는 100명 정도가 참석했다.", [count("100명", 100, "명", "approx")]),
    ("count-range", "올해 1000∼2000명을 채용한다.", [count("1000∼2000명", 1000, "명", "range", value_max=2000)]),
    ("count-between", "사용자는 100만 명에서 200만 명 사이로 추정된다.",
     [count("100만 명에서 200만 명", 1_000_000, "명", "range", value_max=2_000_000)]),
    ("not-count-vague-tens", "그룹은 수십 개의 계열사를 거느린다.", []),
    ("not-count-vague-millions", "수백만 명이 매일 이 앱을 쓴다.", []),
    ("not-count-vague-thousands-of-places", "전국 수천 곳의 편의점이 택배를 받는다.", []),
    ("count-fortune-500", "포천 500대 기업 중 120위에 올랐다.", [count("500대", 500, "대"), Q("120위", 120, "위", "rank")]),
    ("count-two-kinds", "아폴로의 설계는 크게 2가지 측면으로 구성돼 있다.", [count("2가지", 2, "가지")]),
    ("count-cities", "메이퇀은 중국 2800개 도시에서 서비스를 제공한다.", [count("2800개", 2800, "개")]),
    ("count-at-least-genitive", "바이두 브레인은 80개 이상의 핵심 알고리즘을 갖췄다.", [count("80개", 80, "개", "at_least")]),
    ("count-in-plan-target", "디디추싱은 AI 인력을 2020년까지 1000명으로 확대한다.", [count("1000명", 1000, "명")]),
    ("count-after-as-of-date", "2017년 7월 기준 입점 업체는 301만 개다.", [count("301만 개", 3_010_000, "개")]),
    ("count-seats", "여당은 과반인 160석을 확보했다.", [count("160석", 160, "석")]),
    ("count-teams", "개발팀 12팀이 경쟁했다.", [count("12팀", 12, "팀")]),
    ("count-boxes-daily", "물류센터는 매일 50만 상자를 처리한다.", [count("50만 상자", 500_000, "상자", per="day")]),
    # rate periods: which figure a period word governs ----------------------------
    ("per-rank-not-governed", "월 200만 건의 배송을 맡으며 업계 3위에 올랐다.",
     [count("200만 건", 2_000_000, "건", per="month"), Q("3위", 3, "위", "rank")]),
    ("per-loan-rate-yeon", "대출 금리는 연 7.2%로 낮아졌다.", [pct("7.2%", 7.2, per="year")]),
    ("per-not-verb-yeon", "지난봄 문을 연 매장에서 직원 12명이 일한다.", [count("12명", 12, "명")]),
    ("per-haemada", "회사는 해마다 신입 40명을 뽑는다.", [count("40명", 40, "명", per="year")]),
    ("per-han-hae", "이 공장은 한 해 8만 대를 만든다.", [count("8만 대", 80_000, "대", per="year")]),
    ("per-ilju-ile", "회원들은 일주일에 3회 이상 운동한다.", [count("3회", 3, "회", "at_least", per="week")]),
    ("per-maeju", "매주 신메뉴 2종을 내놓는다.", [count("2종", 2, "종", per="week")]),
    ("per-mau", "이 앱의 MAU는 350만 명이다.", [count("350만 명", 3_500_000, "명", per="month")]),
    ("per-dau", "게임의 DAU는 90만 명 수준이다.", [count("90만 명", 900_000, "명", per="day")]),
    ("per-not-per-hour", "포장 로봇은 시간당 600개를 처리한다.", [count("600개", 600, "개")]),
    ("per-not-per-person", "고객 1인당 평균 구매액은 5만 원이다.", [money("5만 원", 50_000, "KRW")]),
    ("per-adverb-governs-share", "해마다 순이익의 20%를 배당한다.", [pct("20%", 20, per="year")]),
    ("per-multiple-of-daily-average", "일평균 방문자는 작년보다 2배로 늘었다.", [Q("2배", 2, "배", "ratio")]),
    ("per-rate-noun", "연평균 매출 증가율은 8%다.", [pct("8%", 8, per="year")]),
    ("per-not-past-verb", "매일 접속하는 회원은 전체의 15%다.", [pct("15%", 15)]),
    ("per-change-same-unit", "월 이용료는 1만2000원에서 9000원으로 내렸다.",
     [money("1만2000원", 12_000, "KRW", per="month"), money("9000원", 9000, "KRW", per="month")]),
    ("per-change-other-unit", "하루 평균 대기 시간은 2시간에서 25분으로 줄었다.",
     [span("2시간", 2, "시간", per="day"), span("25분", 25, "분", per="day")]),
    ("per-adverb-after", "재고의 5%를 매주 새 상품으로 바꾼다.", [pct("5%", 5, per="week")]),
    ("per-not-single-day", "개장 첫날 하루에만 3만 명이 몰렸다.", [count("3만 명", 30_000, "명")]),
    ("per-not-within-month", "고객의 30%가 한 달 안에 다시 방문했다.", [pct("30%", 30)]),
    ("per-yeonsan", "회사는 연산 20만 t 규모의 공장을 짓는다.", [other("20만 t", 200_000, "t", per="year")]),
    ("per-jugdang-hours", "직원들의 근무 시간은 주당 평균 4시간 줄었다.", [span("4시간", 4, "시간", per="week")]),
    ("per-not-past-verb-amount", "연간 5만 t을 처리하는 창고 3곳을 세웠다.",
     [other("5만 t", 50_000, "t", per="year"), count("3곳", 3, "곳")]),
    ("not-generation-family", "3대째 이어온 양조장의 3대 회장이 취임했다.", []),
    ("count-monthly-users-grew-over-years", "월 이용자는 2년 사이 150만 명으로 늘었다.",
     [span("2년", 2, "년"), count("150만 명", 1_500_000, "명", per="month")]),
    ("pct-over-one-year-not-a-rate", "상담 건수는 2020년 한 해 동안 35% 늘었다.", [pct("35%", 35)]),
    ("count-in-persons", "근로자 300인 이상 사업장이 대상이다.", [count("300인", 300, "인", "at_least")]),
    ("not-household-type", "1인 가구와 4인 가족, 2인 1조 근무가 늘었다.", []),
    ("not-work-system", "주 4일제와 52시간제, 3교대제를 함께 검토했다.", []),
    ("hours-a-week-beside-a-system", "주 4일제를 도입한 팀은 주 32시간 일했다.", [span("32시간", 32, "시간", per="week")]),
    ("count-seven-of-ten", "소비자 10명 중 7명이 만족했다.", [count("10명", 10, "명"), count("7명", 7, "명")]),
    ("count-cars-in-months", "출시 6개월 만에 100만 대가 팔렸다.", [span("6개월", 6, "개월"), count("100만 대", 1_000_000, "대")]),
    # scores, ranks, ratios --------------------------------------------------
    ("rank-within-top", "3년 안에 세계 3위 안에 드는 것이 목표다.", [span("3년", 3, "년", "at_most"), Q("3위", 3, "위", "rank", "at_most")]),
    ("rank-range", "이 브랜드는 3~4위를 오간다.", [Q("3~4위", 3, "위", "rank", "range", 4)]),
    ("score-squad", "알리바바 모델은 82.44점을 기록해 인간의 82.30점보다 높았다.",
     [Q("82.44점", 82.44, "점", "score"), Q("82.30점", 82.30, "점", "score")]),
    ("score-out-of-100", "고객 만족도는 100점 만점에 95점이다.", [Q("100점", 100, "점", "score"), Q("95점", 95, "점", "score")]),
    ("rank-world", "세계 3위 반도체 기업이다.", [Q("3위", 3, "위", "rank")]),
    ("rank-first", "국내 시장 점유율 1위를 지켰다.", [Q("1위", 1, "위", "rank")]),
    ("rank-with-years-running", "이 회사는 3년째 1위를 지키고 있다.", [span("3년", 3, "년"), Q("1위", 1, "위", "rank")]),
    ("rank-deung", "브랜드 평가에서 1등을 차지했다.", [Q("1등", 1, "등", "rank")]),
    ("rank-ordinal-digits", "이 박람회는 올가을 27번째로 열린다.", [Q("27번째", 27, "번째", "rank")]),
    ("rank-ordinal-beside-words", "두 번째 물류센터에 이어 6번째 센터도 착공했다.", [Q("6번째", 6, "번째", "rank")]),
    ("not-ordinal-in-words", "세 번째 시도 끝에 열 번째 고객을 잡았다.", []),
    ("count-times-not-ordinal", "점검팀은 창고를 하루 4번 돈다.", [count("4번", 4, "번", per="day")]),
    ("ratio-double", "온라인 매출이 2배 늘었다.", [Q("2배", 2, "배", "ratio")]),
    ("ratio-decimal", "주가는 1년 새 1.5배 올랐다.", [span("1년", 1, "년"), Q("1.5배", 1.5, "배", "ratio")]),
    ("ratio-approx-glued", "경쟁률은 3배가량 높아졌다.", [Q("3배", 3, "배", "ratio", "approx")]),
    ("ratio-at-least", "처리 속도가 10배 이상 빨라졌다.", [Q("10배", 10, "배", "ratio", "at_least")]),
    # a competition ratio is one figure, its first number, in the unit `대 1` (gold guide)
    ("competition-ratio", "수요예측 경쟁률은 1234.5 대 1을 기록했다.", [Q("1234.5 대 1", 1234.5, "대 1", "ratio")]),
    ("competition-ratio-glued", "청약 경쟁률은 677.9대 1, 건수는 2만 건이었다.",
     [Q("677.9대 1", 677.9, "대 1", "ratio"), Q("2만 건", 20000, "건", "count")]),
    ("competition-ratio-bound", "경쟁률이 10 대 1에도 못 미쳤다.", [Q("10 대 1", 10, "대 1", "ratio", "less_than")]),
    ("competition-ratio-no-count", "청약 경쟁률은 10대 1을 기록했다.", [Q("10대 1", 10, "대 1", "ratio")]),
    # not where a number or a counter goes on: an age band, vehicles, then another figure
    ("no-ratio-age-band", "30대 1명이 다쳤다.", [Q("1명", 1, "명", "count")]),
    ("no-ratio-then-duration", "버스 2대 1시간 대기.", [span("1시간", 1, "시간")]),
    ("ratio-every-year", "클라우드 매출은 매년 2배씩 성장했다.", [Q("2배", 2, "배", "ratio", per="year")]),
    # data sizes --------------------------------------------------------------
    ("data-pb-daily", "이 플랫폼에서 하루 15PB의 데이터가 생성된다.", [Q("15PB", 15, "PB", "data_size", per="day")]),
    ("data-tb", "디디다처는 4500TB의 교통 데이터를 수집했다.", [Q("4500TB", 4500, "TB", "data_size")]),
    ("data-korean-words", "1페타바이트는 1024테라바이트다.",
     [Q("1페타바이트", 1, "PB", "data_size"), Q("1024테라바이트", 1024, "TB", "data_size")]),
    ("data-definition-in-parens", "매일 15PB(1페타바이트=1024TB)가 쌓이며, 현재 200PB를 축적했다.",
     [Q("15PB", 15, "PB", "data_size", per="day"), Q("1페타바이트", 1, "PB", "data_size"),
      Q("1024TB", 1024, "TB", "data_size"), Q("200PB", 200, "PB", "data_size")]),
    ("data-gb", "128GB 모델을 새로 출시했다.", [Q("128GB", 128, "GB", "data_size")]),
    ("data-gigabyte", "기본 메모리는 16기가바이트다.", [Q("16기가바이트", 16, "GB", "data_size")]),
    ("data-mb-at-most", "앱 크기는 500MB 이하로 줄었다.", [Q("500MB", 500, "MB", "data_size", "at_most")]),
    ("data-rate-gbps", "전송 속도는 10Gbps에 달한다.", [other("10Gbps", 10, "Gbps")]),
    # durations ---------------------------------------------------------------
    ("dur-five-years-gan", "지난 5년간 투자를 지속했다.", [span("5년간", 5, "년")]),
    ("dur-range-gan", "바이두는 지난 5∼6년간 AI에 투자했다.", [span("5∼6년간", 5, "년", "range", value_max=6)]),
    ("dur-range-tilde-gan", "이 효과는 2~3년간 유지된다.", [span("2~3년간", 2, "년", "range", value_max=3)]),
    ("dur-within-years", "전자상거래는 향후 30년 내 사라질 것이다.", [span("30년", 30, "년", "at_most")]),
    ("dur-milli-space", "100밀리 초 내에 배달 동선을 산출한다.", [span("100밀리 초", 100, "ms", "at_most")]),
    ("dur-millisecond", "응답 시간은 50밀리초로 줄었다.", [span("50밀리초", 50, "ms")]),
    ("dur-ms-symbol", "지연 시간이 20ms 미만이다.", [span("20ms", 20, "ms", "less_than")]),
    ("dur-months-gan", "새 서비스를 3개월간 시범 운영한다.", [span("3개월간", 3, "개월")]),
    ("dur-weeks-gan", "프로모션은 2주간 진행된다.", [span("2주간", 2, "주")]),
    ("dur-days-take", "배송에는 평균 2일이 걸린다.", [span("2일", 2, "일")]),
    ("dur-months", "공사 기간은 18개월이다.", [span("18개월", 18, "개월")]),
    ("dur-days-during", "3일 동안 전시회가 열린다.", [span("3일", 3, "일")]),
    ("dur-days-within", "7일 이내에 환불해준다.", [span("7일", 7, "일", "at_most")]),
    ("dur-days-gan", "파업은 15일간 이어졌다.", [span("15일간", 15, "일")]),
    ("dur-days-naming-a-group", "14일 예고 집단이 3일 예고 집단보다 덜 떠났다.", [span("14일", 14, "일"), span("3일", 3, "일")]),
    ("dur-hours", "이 매장은 24시간 운영한다.", [span("24시간", 24, "시간")]),
    ("dur-minutes-daily", "매일 7800만 명이 76분이나 이 앱에 머무른다.",
     [count("7800만 명", 78_000_000, "명", per="day"), span("76분", 76, "분", per="day")]),
    ("dur-charge-minutes", "배터리 충전에 18분이 걸린다.", [span("18분", 18, "분")]),
    ("dur-year-glued-yeo", "1년여 만에 흑자로 돌아섰다.", [span("1년", 1, "년", "approx")]),
    ("dur-five-years-manie", "진르터우탸오는 5년 만에 뉴스 앱을 위협했다.", [span("5년", 5, "년")]),
    ("dur-quarters-in-a-row", "이 회사는 3분기 연속 적자를 냈다.", [span("3분기", 3, "분기")]),
    ("dur-seconds", "결제는 10초 만에 끝난다.", [span("10초", 10, "초")]),
    ("dur-years-and-months", "신약을 2년 6개월 동안 개발했다.", [span("2년", 2, "년"), span("6개월", 6, "개월")]),
    ("dur-weeks-in-a-row", "코스피는 4주 연속 상승했다.", [span("4주", 4, "주")]),
    ("dur-week-hours", "회사는 주 52시간 근무제를 도입했다.", [span("52시간", 52, "시간", per="week")]),
    ("dur-within-years-ane", "3년 안에 상장하겠다는 목표다.", [span("3년", 3, "년", "at_most")]),
    ("dur-52-week-high", "주가는 52주 신고가를 경신했다.", [span("52주", 52, "주")]),
    ("dur-months-dal", "출시 3달 만에 100만 개가 팔렸다.", [span("3달", 3, "달"), count("100만 개", 1_000_000, "개")]),
    ("dur-days-a-week", "정부는 주 4일 근무제를 검토한다.", [span("4일", 4, "일", per="week")]),
    ("dur-hours-a-day", "직원들은 하루 8시간 일한다.", [span("8시간", 8, "시간", per="day")]),
    ("dur-hour-and-minutes", "회의는 1시간 30분 동안 이어졌다.", [span("1시간", 1, "시간"), span("30분", 30, "분")]),
    ("dur-years-ago", "10년 전 창업한 회사다.", [span("10년", 10, "년")]),
    ("dur-a-little-over", "문을 연 지 2년이 조금 넘은 가게다.", [span("2년", 2, "년", "more_than")]),
    ("pct-far-over", "이 펀드의 수익률은 40%를 훌쩍 넘었다.", [pct("40%", 40, qualifier="more_than")]),
    ("pct-falls-short", "신규 고객 비중은 5%에도 못 미친다.", [pct("5%", 5, qualifier="less_than")]),
    ("dur-not-yet", "출범한 지 8개월이 채 안 된 서비스다.", [span("8개월", 8, "개월", "less_than")]),
    ("ratio-close-to", "생산량은 작년의 3배 가까운 수준이다.", [Q("3배", 3, "배", "ratio", "approx")]),
    ("dur-years-ago-not-date", "6년 전 이 회사는 적자였다.", [span("6년", 6, "년")]),
    ("dur-years-ago-base", "이익은 10년 전보다 3배 많다.", [span("10년", 10, "년"), Q("3배", 3, "배", "ratio")]),
    ("dur-months-later", "출시 4개월 뒤 흑자로 돌아섰다.", [span("4개월", 4, "개월")]),
    ("dur-more-than-ten-years", "10년 넘게 1위를 지켰다.", [span("10년", 10, "년", "more_than"), Q("1위", 1, "위", "rank")]),
    # length, weight, area and other units -------------------------------------
    ("len-metres", "이 스피커는 5m 밖에서도 음성을 인식한다.", [Q("5m", 5, "m", "length")]),
    ("len-km", "이 차의 주행거리는 500km다.", [Q("500km", 500, "km", "length")]),
    ("len-mm", "두께는 7mm에 불과하다.", [Q("7mm", 7, "mm", "length")]),
    ("len-nano-process", "TSMC는 3나노 공정을 도입했다.", [Q("3나노", 3, "나노", "length")]),
    ("len-miteo", "높이 300미터의 타워를 짓는다.", [Q("300미터", 300, "미터", "length")]),
    ("len-kilometre-within", "배송 거리는 2킬로미터 이내다.", [Q("2킬로미터", 2, "킬로미터", "length", "at_most")]),
    ("len-inch", "화면 크기는 6.7인치다.", [Q("6.7인치", 6.7, "인치", "length")]),
    ("len-inch-wafer", "새 라인은 8인치 웨이퍼를 쓴다.", [Q("8인치", 8, "인치", "length")]),
    ("weight-tonnes-yearly", "제철소는 연간 500만t의 철강을 생산한다.", [other("500만t", 5_000_000, "t", per="year")]),
    ("weight-kg", "쌀 20kg을 기부했다.", [other("20kg", 20, "kg")]),
    ("weight-ton-word", "리튬 3만 톤을 확보했다.", [other("3만 톤", 30_000, "톤")]),
    ("area-square-metres", "면적은 3만3000㎡ 규모다.", [other("3만3000㎡", 33_000, "㎡")]),
    ("area-square-metres-sign-as-written", "매장 면적을 1200㎡로 넓혔다.", [other("1200㎡", 1200, "㎡")]),
    ("area-jegopmiteo", "부지는 8000제곱미터다.", [other("8000제곱미터", 8000, "제곱미터")]),
    ("area-pyeong", "부지 10만 평을 매입했다.", [other("10만 평", 100_000, "평")]),
    ("area-hectare", "농지 500ha를 확보했다.", [other("500ha", 500, "ha")]),
    ("oil-barrels-daily", "사우디는 하루 100만 배럴을 증산한다.", [other("100만 배럴", 1_000_000, "배럴", per="day")]),
    # twenty-foot containers are counted (gold guide)
    ("containers-teu", "이 회사의 선대는 지난해 말 86만 TEU로 늘었다.", [count("86만 TEU", 860_000, "TEU")]),
    ("containers-teu-spaced", "리퍼 컨테이너 6만8000 TEU를 빌려준다.", [count("6만8000 TEU", 68_000, "TEU")]),
    ("power-mw", "데이터센터 용량은 100MW다.", [other("100MW", 100, "MW")]),
    ("energy-gwh-yearly", "연간 2GWh 규모의 배터리를 생산한다.", [other("2GWh", 2, "GWh", per="year")]),
    ("voltage-kv", "154kV 송전선로를 새로 깐다.", [other("154kV", 154, "kV")]),
    ("transformer-capacity-mva", "두 공장의 생산능력은 연간 4만5000MVA다.", [other("4만5000MVA", 45_000, "MVA", per="year")]),
    ("containers-teu-yearly", "부산항은 연간 2000만 TEU를 처리한다.", [count("2000만 TEU", 20_000_000, "TEU", per="year")]),
    ("temperature", "기온은 35℃까지 올랐다.", [other("35℃", 35, "℃")]),
    ("age-years", "임원 평균 연령은 55세다.", [other("55세", 55, "세")]),
    ("age-limit", "지원 자격은 만 39세 이하다.", [other("39세", 39, "세", "at_most")]),
    # not quantities ----------------------------------------------------------
    ("not-heir-generation", "오너 3세가 경영 일선에 나섰고 4세 경영 체제를 준비한다.", []),
    ("not-covid19", "코로나19 이후 온라인 쇼핑이 급증했다.", []),
    ("not-iphone11", "아이폰11 출시 행사가 열렸다.", []),
    ("not-5g-3d", "5G 네트워크와 3D 프린팅 기술이 결합했다.", []),
    ("not-ai-2-0", "‘AI 2.0 시대를 준비하는 디디’라는 포럼을 열었다.", []),
    ("not-9k-research", "9K리서치는 투자 전문 리서치 회사다.", []),
    ("not-generations", "PC 기반의 1세대와 모바일 중심의 2세대를 넘어 AI를 활용한 3세대에 진입했다.", []),
    ("not-number-one-person", "포털 검색의 1인자인 바이두는 반격에 나섰다.", []),
    ("not-five-new-strategy", "알리바바는 ‘5신(新) 전략’을 실행하고 있다.", []),
    ("not-lost-date-markers", "2013 731 사건 이후 규제가 강화됐다.", []),
    ("not-dates", "2017년 11월8일 열린 콘퍼런스에서 발표했다.", []),
    ("not-quarter-date", "2017년 1분기에는 해외 연구소를 개설했다.", []),
    ("not-ordinal-je", "제3회 대회가 서울에서 열렸다.", []),
    ("not-age-group", "20대 여성 고객이 크게 늘었다.", []),
    ("not-age-range", "30~40대 남성이 주요 고객이다.", []),
    ("not-age-band-subject", "가입률은 40대가 가장 높았고 이어 50대(31%), 30대 순이었다.", [pct("31%", 31)]),
    ("not-age-band-owner", "지출은 60대의 증가 폭이 가장 컸다.", []),
    ("not-age-band-scope", "50대에서는 이 비율이 더 낮았다.", []),
    ("not-age-band-scope-also", "30대에서도 구독이 늘었다.", []),
    ("count-vehicles-before-a-particle", "시범 구간에는 셔틀 20대가 투입됐다.", [count("20대", 20, "대")]),
    ("not-age-band-with-bound", "고객 가운데 60대 이상 비중이 커졌다.", []),
    ("count-aircraft-grown-to-a-bound", "누리항공은 보유 항공기를 2030년까지 60대 이상으로 늘릴 계획이다.", [count("60대", 60, "대", "at_least")]),
    ("not-decade", "1990년대 후반부터 성장했다.", []),
    ("not-time-of-day", "행사는 오후 3시 30분에 시작한다.", []),
    ("not-year-of-service", "3년차 직원들이 대상이다.", []),
    ("rate-base-kg", "1kg당 가격이 올랐다.", [other("1kg", 1, "kg")]),
    ("rate-base-population", "이 도시는 인구 10만 명당 도서관이 4곳이다.", [count("10만 명", 100_000, "명"), count("4곳", 4, "곳")]),
    ("rate-base-deliveries", "배송 1만 건당 파손은 3건에 그쳤다.", [count("1만 건", 10_000, "건"), count("3건", 3, "건")]),
    ("not-per-head-idiom", "직원 1인당 교육비는 80만 원이다.", [money("80만 원", 800_000, "KRW")]),
    ("not-bare-day", "정부는 지난 15일 대책을 발표했다.", []),
    ("not-issue-number", "이 글은 DBR 247호에 실렸다.", []),
    ("not-model-name", "갤럭시S23 시리즈가 흥행했다.", []),
    ("not-company-3m", "3M과 GE가 손을 잡았다.", []),
    ("not-version", "Web 3.0 시대가 열렸다.", []),
    ("not-hyphenated-name", "COVID-19 팬데믹이 끝났다.", []),
    ("not-university-noun", "5대학이 공동으로 참여했다.", []),
    ("not-principle-noun", "회사는 3원칙을 세웠다.", []),
    # `전체` after a quarter is no `전` (before) that makes it a span of time: `3분기 전체` is the quarter
    ("not-quarter-whole", "상장 3곳이 3분기 전체의 57.5%를 차지했다.", [count("3곳", 3, "곳"), pct("57.5%", 57.5)]),
    ("not-bare-number", "점수는 82.44였다.", []),
    ("not-year-range", "2012∼2015년 매출이 늘었다.", []),
    ("not-fraction", "매출의 3분의 1을 해외에서 올린다.", []),
    ("not-fourth-industrial", "4차 산업혁명과 2차전지 산업이 커졌다.", []),
    ("not-march-first", "3·1절 기념식이 열렸다.", []),
    ("not-generation-3040", "3040세대가 주 고객이다.", []),
    ("dur-anniversary", "창립 10주년을 맞았다.", [span("10주년", 10, "주년")]),
    ("dur-anniversary-event", "출시 25주년 기념 한정판이 나왔다.", [span("25주년", 25, "주년")]),
    ("not-age-band-range", "40∼50대 비중이 절반을 넘는다.", []),
    ("not-age-band-range-subject", "30~40대가 이 매장을 주로 찾는다.", []),
    ("not-age-band-over", "60대 이상 가입자가 크게 늘었다.", []),
    ("count-range-of-tens-not-decades", "3∼5대 그룹이 참여했다.", [count("3∼5대", 3, "대", "range", value_max=5)]),
    ("not-descendants", "창업주의 4대 후손이 경영을 맡았다.", []),
    ("not-trial-phase-and-round", "임상 2상과 1차 심사를 통과했다.", []),
    ("pct-plus-minus-outside-span", "이 조사의 오차 범위는 ±3.1%p다.", [pct("3.1%p", 3.1, "%p")]),
    # counters of cans, boxes, seats, copies, units and companies; calories and millilitres
    ("count-cans", "이 음료는 지난해 5000만 캔이 팔렸다.", [count("5000만 캔", 50_000_000, "캔")]),
    ("count-boxes-glued", "이 창고는 하루 2000박스를 출고한다.", [count("2000박스", 2000, "박스", per="day")]),
    ("count-seats-glued", "고객사 직원 300명이 쓰면 300좌석만큼 요금을 받는다.",
     [count("300명", 300, "명"), count("300좌석", 300, "좌석")]),
    ("count-copies", "이 책은 국내에서만 20만 부가 팔렸다.", [count("20만 부", 200_000, "부")]),
    ("count-charging-units", "충전기 3만 기를 2030년까지 설치한다.", [count("3만 기", 30_000, "기")]),
    ("count-companies-glued", "이동통신 3사가 요금을 내렸다.", [count("3사", 3, "사")]),
    ("not-phase-of-new-towns", "정부는 3기 신도시 공급을 앞당겼다.", []),
    ("not-cohort", "1기 졸업생 30명이 입사했다.", [count("30명", 30, "명")]),
    ("not-division", "그는 1부 리그에서 뛰었다.", []),
    ("other-millilitres-kilocalories", "제로 콜라 500mL 한 캔의 열량은 0kcal다.",
     [other("500mL", 500, "mL"), other("0kcal", 0, "kcal")]),
    ("other-litres-kilolitres-cubic-metres", "이 양조장은 2L 병 3000개를 채웠고, 올해 생산량은 1200kL, 탱크 용량은 40㎥다.",
     [other("2L", 2, "L"), count("3000개", 3000, "개"), other("1200kL", 1200, "kL"), other("40㎥", 40, "㎥")]),
    ("dur-week-word", "공개 1주일 만에 구독자가 늘었다.", [span("1주일", 1, "주일")]),
    ("dur-days-first-next", "첫 30일은 듣고, 다음 30일은 성과를 낸다.", [span("30일", 30, "일"), span("30일", 30, "일")]),
    ("dur-days-changed", "심사 기간은 평균 5일에서 1.5일로 줄었다.", [span("5일", 5, "일"), span("1.5일", 1.5, "일")]),
    ("dur-days-more-than-a-month", "정부는 비축 일수를 100일로 늘린다.", [span("100일", 100, "일")]),
    ("not-day-of-month-moved-to", "주주총회는 28일로 미뤄졌다.", []),
    ("not-day-of-next-month", "새 모델은 다음 달 3일 나온다.", []),
    ("rank-credit-grades", "신용등급 4∼7등급 대출자에게 돈을 빌려준다.",
     [Q("4∼7등급", 4, "등급", "rank", "range", value_max=7)]),
]


@pytest.fixture(scope="module")
def run(pipeline: Pipeline):
    def process(sentence: str) -> Record:
        return pipeline.process(sentence, doc_id="quantity-case")

    return process


def _close(actual: float | None, expected: float | None) -> bool:
    if actual is None or expected is None:
        return actual is expected
    return math.isclose(actual, expected, rel_tol=1e-9)


@pytest.mark.parametrize(("sentence", "expected"), [(s, e) for _, s, e in CASES], ids=[i for i, _, _ in CASES])
def test_quantities(run, sentence: str, expected: list[Q]) -> None:
    record = run(sentence)
    got = [
        Q(q.text, q.value, q.unit, q.kind, q.qualifier, q.value_max, q.per) for q in record.quantities
    ]
    assert [q.text for q in got] == [q.text for q in expected]
    for actual, wanted in zip(got, expected, strict=True):
        assert _close(actual.value, wanted.value), (actual, wanted)
        assert _close(actual.value_max, wanted.value_max), (actual, wanted)
        assert (actual.unit, actual.kind, actual.qualifier, actual.per) == (
            wanted.unit, wanted.kind, wanted.qualifier, wanted.per,
        ), actual


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 200
    assert len({case_id for case_id, _, _ in CASES}) == len(CASES)


def test_records_carry_ids_sentences_and_raw_offsets(run) -> None:
    text = "홍길동 | 300호 (2020년 7월 Issue 1)\n\n매출은 10억 원이다. 직원은 30명이다."
    record = run(text)
    assert [q.id for q in record.quantities] == ["q0", "q1"]
    for quantity in record.quantities:
        assert record.text[quantity.start : quantity.end] == quantity.text
        assert text[quantity.raw_start : quantity.raw_end] == quantity.text
        sentence = next(s for s in record.sentences if s.id == quantity.sentence)
        assert sentence.start <= quantity.start < quantity.end <= sentence.end
    assert record.quantities[0].sentence != record.quantities[1].sentence


def test_heading_numbers_are_not_quantities(run) -> None:
    record = run("본문 첫 문장이다.\n\n1. 바이두(Baidu) - 기술 생태계에 올인하다\n\n매출은 3배 늘었다.")
    assert [q.text for q in record.quantities] == ["3배"]


@pytest.mark.parametrize(
    ("chart", "expected"),
    [
        # two units for two value columns, in order; a sign written against a cell
        ("[그래프] 가람 음료 수출 추이\n단위: 억 원, %\n연도\t수출액\t증감률\n2022년\t12.5\t-3.2\n2023년\t30\t140\n자료: 관세청",
         [money("12.5", 1.25e9, "KRW"), pct("-3.2", -3.2), money("30", 3e9, "KRW"), pct("140", 140)]),
        # one unit for every column
        ("[표] 지역별 매장 수\n단위: 곳\n지역\t2023년\t2024년\n서울\t1,200\t1,350\n부산\t310\t402",
         [count("1,200", 1200, "곳"), count("1,350", 1350, "곳"), count("310", 310, "곳"), count("402", 402, "곳")]),
        # a row a single space parts: its label, then its figure
        ("[그래프] 국내 중고 가전 거래액\n단위: 조 원\n2021년 1.8\n2022년 2.35\n주: 2022년은 추정치",
         [money("1.8", 1.8e12, "KRW"), money("2.35", 2.35e12, "KRW")]),
        ("[그래프] 지역별 점포 수\n단위: 곳\n수도권 남부 42\n부산 17",
         [count("42", 42, "곳"), count("17", 17, "곳")]),
        # a panel's title that ends in its unit, a blank line, then its rows
        ("① 가람 음료 수출 추이(2022∼2023년, 단위: 억 원)\n\n연도\t수출액\n2022년\t12.5\n2023년\t30\n자료: 관세청",
         [money("12.5", 1.25e9, "KRW"), money("30", 3e9, "KRW")]),
        ("④ 세계 라면 시장 점유율 상위 2개사(2024년, 단위: %)\n\n누리식품 19.8\n가람식품 17.4",
         [count("2개사", 2, "개사"), pct("19.8", 19.8), pct("17.4", 17.4)]),
        # a title with its unit on the line under it captions the rows of years below
        ("▣ 국내 밀키트 시장 규모\n(단위: 억 원)\n2022년 3400\n2023년 3900\n2024년 4500\n자료: 가람리서치",
         [money("3400", 3.4e11, "KRW"), money("3900", 3.9e11, "KRW"), money("4500", 4.5e11, "KRW")]),
        # as many units as columns, or none at all; rows of written figures keep theirs
        ("[표] 매출 비교\n단위: 억 원, %\n기업\t매출\t증감률\t비중\n가람\t120\t5\t30", []),
        ("[표] 매출 비교\n기업\t매출\n가람\t120", []),
    ],
)
def test_bare_numbers_under_a_unit_caption_take_its_units(run, chart: str, expected: list[Q]) -> None:
    record = run("차트 읽기\n\n홍길동 | 300호 (2025년 7월 Issue 1)\n\n가람은 수출을 늘렸다.\n\n" + chart)
    got = [Q(q.text, q.value, q.unit, q.kind, q.qualifier, q.value_max, q.per) for q in record.quantities]
    assert [q.text for q in got] == [q.text for q in expected]
    for actual, wanted in zip(got, expected, strict=True):
        assert _close(actual.value, wanted.value) and (actual.unit, actual.kind) == (wanted.unit, wanted.kind), actual
