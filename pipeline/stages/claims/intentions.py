"""Whether an event verb tells what is to happen rather than what happened: an intention
(`투자하겠다고`, `설립할`, `인수하기로 했다`), a plan it ends in, or an intention announced on a
date, which the gold labels as the event (`…공장을 짓겠다고 발표했다`)."""

from __future__ import annotations

from pipeline.stages.claims.plans import PLAN_WORDS
from pipeline.stages.claims.views import Token, View

# Verbs that report what was said.
REPORTING = frozenset({"발표", "밝히다"})


def intended(view: View, index: int) -> bool:
    """Whether the verb at ``index`` says what is to happen (`투자하겠다고`,
    `설립할`, `인수하기로 했다`) rather than what happened."""
    for after in range(index, min(index + 4, len(view.tokens))):
        token = view.tokens[after]
        if after > index and (
            ("EP" in token.tags and "겠" in token.text) or token.adnominal_future or token.text.startswith("기로")
        ) or after == index and token.adnominal_future and _plan_word_after(view, after) or _aimed_at(view, after):
            # An intention announced on a date is the event (`…공장을 짓겠다고 발표했다`).
            return not _announced(view, after)
        if view.clause_end(after):
            # A clause joined by a connective and no tense of its own takes the tense of the
            # sentence's last clause (`2곳을 더 열고 … 높일 계획이다`, `투자해 … 올리겠다는 계획이다`).
            return view.ending(after) == "EC" and not view.in_past(index, after) and _ends_in_a_plan(view, after + 1)
    return False


def _plan_word_after(view: View, index: int) -> bool:
    """`열 계획이다`: a plan word right after the verb's ㄹ-adnominal."""
    return index + 1 < len(view.tokens) and view.tokens[index + 1].lemma in PLAN_WORDS


def _aimed_at(view: View, index: int) -> bool:
    """`다크스토어 10곳을 여는 것을 목표로`: the act an adnominal at ``index`` makes a thing that a
    plan word names."""
    tokens = view.tokens[index : index + 4]
    return (len(tokens) == 4 and tokens[0].ending == "ETM" and tokens[1].lemma == "것"
            and tokens[2].first.startswith("J") and tokens[3].lemma in PLAN_WORDS)


def _ends_in_a_plan(view: View, start: int) -> bool:
    """Whether the sentence after ``start`` ends by stating a plan or an intention: its last
    predicate is `…할 계획이다`, `…하겠다는 계획이다` or `…하겠다` (not `…하겠다는 계획을
    밝혔다`, a past act that reports one, nor `…하기로 했다`, a decision taken on a date,
    which the gold labels as the event)."""
    tokens = view.tokens
    last = next((i for i in range(len(tokens) - 1, start - 1, -1) if view.clause_end(i)), None)
    if last is None:
        return False
    window = range(max(start, last - 5), last + 1)
    if any(tokens[i].lemma in REPORTING or quotative(tokens[i]) for i in window):
        return False  # `…짓겠다고 발표했다`: an intention announced, which is the event
    return any(
        ("EP" in tokens[i].tags and "겠" in tokens[i].text)
        or tokens[i].lemma in PLAN_WORDS and (i >= last - 2 or i > 0 and (tokens[i - 1].adnominal_future or (
            tokens[i - 1].text.endswith("다는") and not tokens[start - 1].text.endswith("고"))))
        for i in window
    )


def _announced(view: View, index: int) -> bool:
    """Whether a reporting verb follows the quotative ending at or just after ``index``."""
    tokens = view.tokens
    ending = next((i for i in range(index, min(index + 2, len(tokens))) if quotative(tokens[i])), None)
    return ending is not None and ending + 1 < len(tokens) and tokens[ending + 1].lemma in REPORTING


def quotative(token: Token) -> bool:
    """`세운다고`, `하겠다고`: a verb ending that reports speech."""
    return token.ending == "EC" and token.text.endswith("고") and token.first not in ("NNG", "NNP")
