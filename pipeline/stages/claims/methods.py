"""A study's method numbers, no claims (gold guide): its sample, the numbers of its method and
of its answers' wording, the lines of its method box, a clinical trial's design, the
description of its sample."""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.schema import Quantity
from pipeline.stages.claims import lexicon
from pipeline.stages.claims.surveys import ANALYSIS_WORDS, SAMPLE_WORDS, asked_phrases
from pipeline.stages.claims.views import View

METHOD_WORDS = lexicon.words("method_word")

# A sentence that opens with a study's sample as its topic or subject (`분석 대상 간호사의`,
# `표본 팀의`, `실험에 참여한 설계사는`), its particle in the first two words.
_SAMPLE_HEADS = "|".join(map(re.escape, lexicon.in_order("sample_head")))
_DESCRIBED = re.compile(rf"(?:{_SAMPLE_HEADS})(?:[은는이가의]| [^\s,]+?[은는이가의])\s"
                        r"|(?:실험|연구|분석|조사)에 참여한 [^\s,]+?[은는이가]\s")


def sample(view: View, quantity: Quantity) -> bool:
    """Whether a count is the sample of a survey (`국내 직장인 1200명을 대상으로`), or the
    people whose records a study analysed (`고객 1만2000명의 동선과 결제 기록을 분석했다`)."""
    after = bisect_left(view.starts, quantity.end)
    valued = after < len(view.tokens) and view.tokens[after].text in ("로", "으로")  # `3.2명으로 지난해 조사(3.8명)보다`
    if not valued and any(token.lemma in SAMPLE_WORDS for token in view.tokens[after : after + 3]):
        return True
    before = view.token_at(quantity.start) - 1
    if before >= 0 and view.ending(before) == "ETM" and any(
            token.lemma in SAMPLE_WORDS for token in view.tokens[max(before - 2, 0) : before + 1]):
        return True  # the people a study verb describes: `인터뷰한 214명`, `설문 조사한 기업 300곳`
    if any(view.tokens[p.first].start <= quantity.start < view.tokens[p.particle].start for p in asked_phrases(view)):
        return True  # a count within the group asked: `국내 기업 120곳의 신임 팀장 850명을 조사한`
    if quantity.unit != "명" or after >= len(view.tokens) or view.tokens[after].first != "JKG":
        return False
    return any(token.lemma in ANALYSIS_WORDS for token in view.tokens[after : view.clause_end_from(after) + 1])


# The end of an answer's own words, which a share of the respondents follows (`… 번다는 응답은`).
_ANSWER_AFTER = re.compile(r"[^,.“”]{0,20}?[가-힣]다는 (?:응답|답)")


# An alias after a count (`24곳(이하 표시 매장)`): the count is the size of a study's group.
_ALIASED = re.compile(r"\(이하 ")


def method_number(text: str, view: View, quantity: Quantity) -> bool:
    """Whether a figure is a number of a survey's method, its margin of error or confidence
    (`표본오차는 95% 신뢰수준에서 ±3.1%p다`): a word of the method in the figure's clause
    (Kiwi cuts them in two, `표본`+`오차`, so the clause's text is searched); a count an alias
    names (`뽑힌 24곳(이하 표시 매장)에서는`), the size of a group the study compares; or a number
    of an answer's wording (`월 100만 원 이상을 번다는 응답은 14.3%였다`: the answer, no figure of anyone's)."""
    if quantity.unit != "%" and _ANSWER_AFTER.match(text, quantity.end):
        return True
    if quantity.kind == "count" and _ALIASED.match(text, quantity.end):
        return True
    index = view.token_at(quantity.start)
    first, last = view.tokens[view.clause_start(index)], view.tokens[view.clause_end_from(index)]
    clause = text[first.start : last.end]
    if not any(word in clause for word in METHOD_WORDS):
        return False
    # a bracket the figure is not in speaks of its own figures (`물은 결과(… 표본오차 ±2.2%p), 응답자들은 …`)
    clause = _BRACKETED.sub(lambda m: m[0] if m.start() <= quantity.start - first.start < m.end() else "", clause)
    return any(word in clause for word in METHOD_WORDS)


_BRACKETED = re.compile(r"\([^()]*\)")


# A line of a study's method box, and its label (`- 조사 대상: … 직장인 5000명`, `· 업종별 표본:
# 제조 287개사`).
_BOX_LINE = re.compile(r"[ \t]*[-·•][ \t]*([^:\n]{1,20}):")
METHOD_LABELS = lexicon.words("method_label")


def method_box(text: str, quantity: Quantity) -> bool:
    """Whether a figure stands on a line of a study's method box, whose label names the
    sample, the population, the method or the period (`- 조사 대상: 전국 만 20∼69세 성인
    4000명`, `· 업종별 표본: 제조 287개사`, `· 방법: … 71개 팀(1220명)에만`): method numbers,
    no claims."""
    line = _BOX_LINE.match(text, text.rfind("\n", 0, quantity.start) + 1)
    return line is not None and line.end() <= quantity.start and any(word in line.group(1) for word in METHOD_LABELS)


# A clinical trial named in a sentence: `임상 1상`, `2상에는`.
TRIAL = re.compile(r"임상|(?<![\d.])[1-4]상(?:에|은|는|이|을|의|에서)?(?![가-힣])")
TRIAL_SITES = lexicon.words("trial_site")
ENROLMENT_WORDS = lexicon.words("enrolment_word")


def trial_design(text: str, view: View, quantity: Quantity) -> bool:
    """Whether a figure is a clinical trial's design, its sites, enrolment or arms (`국내 4개
    병원에서 시작됐다`, `1상에는 환자 36명이 참여했다`, `전체 환자의 60%를 병용군에 배정했다`):
    method numbers like a survey's sample, no claim (gold guide). Its results are claims
    (`투약을 중단한 환자는 4명에 그쳤다`)."""
    if not TRIAL.search(text, view.start, view.end):
        return False
    after = bisect_left(view.starts, quantity.end)
    if after < len(view.tokens) and view.tokens[after].lemma in TRIAL_SITES:
        return True
    index = view.token_at(quantity.start)
    clause = view.tokens[view.clause_start(index) : view.clause_end_from(index) + 1]
    # The enrolling verb, not a measure named after it (`환자 모집 기간이 평균 23% 짧아졌고`).
    return any(t.lemma in ENROLMENT_WORDS and following.first == "XSV" for t, following in zip(clause, clause[1:]))


def sample_description(text: str, view: View) -> bool:
    """Whether the sentence describes a study's sample, opening with it as its topic or
    subject (`분석 대상 간호사의 평균 나이는 29.8세, 평균 경력은 5.1년이었고`, `표본 팀의 팀원
    수는 평균 8.9명이었다`, `실험에 참여한 설계사는 모두 2138명으로`): method numbers; not a
    finding over the whole sample (`표본 기업 전체로 보면`)."""
    return _DESCRIBED.match(text, view.start) is not None
