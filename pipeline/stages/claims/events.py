"""Event claims: a dated business event of a fixed kind (SPEC §6), its actor, object
and, for deals, amount."""

from __future__ import annotations

from pipeline.schema import DateRecord, EventKind, Quantity
from pipeline.stages.claims.actors import Actor, conjuncts, head_entity
from pipeline.stages.claims.figures import PLAN_WORDS
from pipeline.stages.claims.predicates import LIGHT_VERBS, TARGET_PARTICLES
from pipeline.stages.claims.state import Draft, State, actor_at, sources, tied_date
from pipeline.stages.claims.views import Phrase, View, words_of


# Event nouns, as predicates (`설립했다`, `설립된`) or objects of a light verb
# (`투자를 진행했다`, `파트너십을 맺고`).
EVENT_NOUNS: dict[str, EventKind] = {
    "설립": "founded", "출범": "founded", "개설": "founded", "창립": "founded", "창업": "founded",
    "출시": "launched", "론칭": "launched", "런칭": "launched",
    "인수": "acquired",
    "투자": "invested",
    "제휴": "partnered", "파트너십": "partnered", "업무협약": "partnered",
    "합병": "merged",
    "발표": "announced", "선포": "announced",
}

# Event verbs, by lemma.
EVENT_VERBS: dict[str, EventKind] = {"선보이다": "launched"}

# Verb nouns that make an event only with a certain object: (verb noun, word in
# the object) → kind. `소스코드를 개방` is open-sourcing; `사업을 시작한` a founding.
OBJECT_EVENTS: dict[tuple[str, str], EventKind] = {
    ("개방", "소스"): "launched", ("공개", "소스"): "launched",
    ("시작", "사업"): "founded",
}


LIGHT_VERB_NOUNS = frozenset({"진행", "단행", "체결", "완료", "마무리"})

# Deal events carry the deal amount as their quantity (SPEC §8).
DEAL_KINDS = frozenset({"acquired", "invested", "partnered"})


def events(state: State, view: View, fallback: Actor | None) -> list[Draft]:
    drafts = []
    for index, token in enumerate(view.tokens):
        kind = event_kind(state, view, index)
        if kind is None or view.quoted(token.start) or intended(state, view, index):
            continue
        date, date_view = event_date(state, view, index)
        subject = actor_at(state, view, token.start, fallback)
        if date is None or subject is None:
            continue  # SPEC: an event is dated and someone's
        anchor = min(date.start, token.start) if date_view is view else token.start
        drafts.append(Draft(
            "event", anchor, view, subject, predicate=kind, object=event_object(state, view, index, kind, subject),
            quantity=deal_amount(state, view, index) if kind in DEAL_KINDS else None, date=date,
            sources=sources(state, view, subject, date_view),
        ))
    return drafts


def intended(state: State, view: View, index: int) -> bool:
    """Whether the verb at ``index`` says what is to happen (`투자하겠다고`,
    `설립할`, `인수하기로 했다`) rather than what happened."""
    for after in range(index + 1, min(index + 4, len(view.tokens))):
        token = view.tokens[after]
        if ("EP" in token.tags and "겠" in token.text) or token.adnominal_future or token.text.startswith("기로"):
            return True
        if view.clause_end(after):
            break
    return False


def event_kind(state: State, view: View, index: int) -> EventKind | None:
    tokens = view.tokens
    token = tokens[index]
    if token.first == "VV":
        return EVENT_VERBS.get(token.lemma)
    if token.first not in ("NNG", "NNP", "SL"):
        return None
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None:
        return None
    if following.first == "XSV":
        kind = EVENT_NOUNS.get(token.lemma)
        obj = next((p for p in view.phrases if p.particle == index - 1 and p.role == "object"), None)
        if kind == "announced" and obj is not None and tokens[obj.last].lemma in PLAN_WORDS:
            return None  # `계획을 발표했다`: the plan claims say it
        if kind is not None:
            return kind
        object_text = state.text[tokens[obj.first].start : tokens[obj.last].end] if obj else ""
        return next((k for (verb, word), k in OBJECT_EVENTS.items() if token.lemma == verb and word in object_text),
                    None)
    if token.lemma in EVENT_NOUNS and following.last == "JKO" and index + 2 < len(tokens):
        verb = tokens[index + 2]
        after = tokens[index + 3] if index + 3 < len(tokens) else None
        if verb.lemma in LIGHT_VERBS or (
            verb.lemma in LIGHT_VERB_NOUNS and after is not None and after.first == "XSV"
        ):
            return EVENT_NOUNS[token.lemma]
    return None


def event_date(state: State, view: View, index: int) -> tuple[DateRecord | None, View | None]:
    position = view.tokens[index].start
    dates = [d for d in view.dates if not view.quoted(d.start)]
    before = [d for d in dates if d.end <= position]
    if before:
        return before[-1], view
    if dates:
        return dates[0], view
    return tied_date(state, view)


def event_object(state: State, view: View, index: int, kind: EventKind, subject: Actor) -> str | None:
    """What was founded, launched, bought or invested in, or the partner."""
    tokens = view.tokens
    verb = index + 1 if index + 1 < len(tokens) and tokens[index + 1].first == "XSV" else index
    if tokens[verb].ending == "ETM":
        # `2017년 4월 출시한 아폴로`: what the relative clause describes
        phrase = next((p for p in view.phrases if p.first == verb + 1), None)
        if phrase is not None:
            named = named_entity(state, view, phrase)
            return named if named != subject.name else None
    if kind in ("merged", "partnered"):
        subjects = [p for p in view.phrases if p.role in ("subject", "topic") and p.particle < index]
        partners = conjuncts(view, subjects[-1]) if subjects else []
        if partners:
            return ", ".join(dict.fromkeys(e.canonical for e in partners))
    clause = view.clause_start(index)
    targets = [p for p in view.phrases if clause <= p.first and p.particle < index and p.role == "adverbial"
               and tokens[p.particle].text in TARGET_PARTICLES]
    obj = next((p for p in view.phrases if p.particle == index - 1 and p.role == "object"), None)
    # A deal's object is the money; what it went to is the target (`업체에 … 투자`).
    target = targets[-1] if targets else None
    phrase = (target or obj) if kind in DEAL_KINDS else (obj or target)
    return named_entity(state, view, phrase) if phrase is not None else None


def named_entity(state: State, view: View, phrase: Phrase) -> str | None:
    head = head_entity(view, phrase)
    return head.canonical if head else words_of(state.text, view, phrase) or None


def deal_amount(state: State, view: View, index: int) -> Quantity | None:
    money = [q for q in view.quantities if q.kind == "money" and not view.in_round[view.token_at(q.start)]]
    position = view.tokens[index].start
    before = [q for q in money if q.end <= position]
    return before[-1] if before else (money[0] if money else None)
