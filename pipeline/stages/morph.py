"""Stage ``morph``: Kiwi sentences and morphemes, as a spaCy ``Doc``.

Kiwi's morphemes can share characters (`했` = 하+었, `열린` = 열리+ᆫ); those that
overlap merge into one token, so tokens tile the text and spaCy's Matcher,
EntityRuler, ``ner`` and displaCy work on it. Each token keeps Kiwi's tags
(``tag_``, joined with ``+``), a Universal POS (``pos_``) and the first
morpheme's form as ``lemma_`` (with ``다`` for predicates).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.document import Document, Tokens
from pipeline.resources import kiwi
from pipeline.schema import Sentence

# Kiwi (Sejong) tag → Universal POS.
_UPOS = {
    "NNG": "NOUN", "NNB": "NOUN", "NR": "NUM", "NP": "PRON", "NNP": "PROPN",
    "VV": "VERB", "VA": "ADJ", "VX": "AUX", "VCP": "AUX", "VCN": "ADJ",
    "MM": "DET", "MAG": "ADV", "MAJ": "CCONJ", "IC": "INTJ",
    "SN": "NUM", "SL": "X", "SH": "X", "SW": "SYM", "SF": "PUNCT", "SP": "PUNCT",
    "SS": "PUNCT", "SSO": "PUNCT", "SSC": "PUNCT", "SE": "PUNCT", "SO": "PUNCT",
    "W_URL": "X", "W_EMAIL": "X", "W_HASHTAG": "X", "W_MENTION": "X", "W_SERIAL": "NUM", "W_EMOJI": "SYM",
    "XPN": "X", "XSN": "X", "XSV": "X", "XSA": "X", "XSM": "X", "XR": "X",
}
_PREDICATE_TAGS = ("VV", "VA", "VX", "VCP", "VCN")


@cache
def _upos(first_tag: str) -> str:
    head = first_tag.split("-")[0]
    if head.startswith("J") or head.startswith("E"):
        return "ADP" if head.startswith("J") else "PART"
    return _UPOS.get(head, "X")


# Kiwi's time grows faster than its input (0.4 s for 12 k characters, 37 s for 400 k in
# one string; 9 s as blocks), so it reads bounded pieces: blocks, and a block longer than
# this cut at sentence ends.
PIECE_MAX = 2000
_SENTENCE_BREAK = re.compile(r"[.?!…。][\"'”’」』)\]]*\s+")


def pieces(text: str, starts: Iterable[int]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the pieces Kiwi reads: the stretches between ``starts`` (block
    starts), each cut after the last sentence end (else the last space) within
    ``PIECE_MAX`` characters, or at ``PIECE_MAX`` when it has neither."""
    bounds = sorted({0, *starts, len(text)})
    for start, end in zip(bounds, bounds[1:]):
        while end - start > PIECE_MAX:
            window = text[start : start + PIECE_MAX]
            cut = max((m.end() for m in _SENTENCE_BREAK.finditer(window)), default=0) or window.rfind(" ") + 1
            cut = start + (cut or PIECE_MAX)
            yield start, cut
            start = cut
        if start < end:
            yield start, end


def analyse(text: str, starts: Iterable[int] = ()) -> list[tuple[int, list]]:
    """Kiwi's morphemes of each piece of ``text``, with the piece's start."""
    analyser = kiwi()
    return [(start, analyser.tokenize(text[start:end])) for start, end in pieces(text, starts)]


def token_table(text: str, analysed: Iterable[tuple[int, list]], cuts: Iterable[int] = ()) -> Tokens:
    """The tokens of ``text`` from Kiwi's morphemes of its pieces (``(piece start,
    morphemes)``, offsets within the piece): overlapping morphemes merged, what Kiwi skipped
    as whitespace tokens or trailing spaces. A sentence starts where Kiwi's does, at every
    piece, and at every position in ``cuts`` (block starts)."""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    pos: list[str] = []
    lemmas: list[str] = []
    sent_starts: list[bool] = []
    kiwi_starts: list[int] = []  # tokens where Kiwi alone, not a piece or a cut, starts a sentence
    position = 0
    group_tags: list[str] = []
    group_forms: list[str] = []
    group_start = group_end = -1
    group_sentence: tuple[int, int] = (-1, -1)
    previous_sentence: tuple[int, int] = (-1, -1)
    cuts = sorted(cuts)
    cut_index = 0

    def gap(until: int) -> None:
        """Whitespace (or anything Kiwi skipped) before ``until``: a trailing space
        of the previous token, and the rest as a token of its own."""
        nonlocal position
        between = text[position:until]
        if between.startswith(" ") and words and not spaces[-1]:
            spaces[-1] = True
            between = between[1:]
        if between:
            blank = between.isspace()
            words.append(between)
            spaces.append(False)
            tags.append("_SP" if blank else "SW")
            pos.append("SPACE" if blank else "X")
            lemmas.append(between)
            sent_starts.append(False)
        position = until

    def flush() -> None:
        nonlocal position, previous_sentence, cut_index
        if group_start < 0:
            return
        gap(group_start)
        starts_sentence = group_sentence != previous_sentence
        cut = False
        while cut_index < len(cuts) and cuts[cut_index] <= group_start:
            cut = True
            cut_index += 1
        if starts_sentence and not cut and group_sentence[0] == previous_sentence[0]:
            kiwi_starts.append(len(words))
        starts_sentence = starts_sentence or cut
        previous_sentence = group_sentence
        words.append(text[group_start:group_end])
        spaces.append(False)
        tags.append("+".join(group_tags))
        pos.append(_upos(group_tags[0]))
        lemma = group_forms[0]
        lemmas.append(lemma + "다" if group_tags[0].startswith(_PREDICATE_TAGS) else lemma)
        sent_starts.append(starts_sentence)
        position = group_end

    # A morpheme of no length (the copula Kiwi restores in `예다`) joins the
    # token that starts where it stands.
    pending_tags: list[str] = []
    pending_forms: list[str] = []
    for piece, (offset, morphemes) in enumerate(analysed):
        for morpheme in morphemes:
            start = offset + morpheme.start
            end = start + morpheme.len
            if start == end:
                pending_tags.append(morpheme.tag)
                pending_forms.append(morpheme.form)
                continue
            if start < group_end:
                group_end = max(group_end, end)
                group_tags.extend((*pending_tags, morpheme.tag))
                group_forms.extend((*pending_forms, morpheme.form))
            else:
                flush()
                group_start, group_end = start, end
                group_tags, group_forms = [*pending_tags, morpheme.tag], [*pending_forms, morpheme.form]
                group_sentence = (piece, morpheme.sent_position)
            pending_tags, pending_forms = [], []
    flush()
    gap(len(text))
    if sent_starts:
        sent_starts[0] = True
    starts, offset = [], 0
    for word, space in zip(words, spaces):
        starts.append(offset)
        offset += len(word) + space
    _mend_sentence_starts(words, spaces, sent_starts, kiwi_starts)
    return Tokens(words, tags, pos, lemmas, starts, spaces, sent_starts)


# What a sentence ends with. A sentence Kiwi starts inside a word, after anything else,
# starts in the wrong place.
_SENTENCE_END = tuple(".?!…。")


def _mend_sentence_starts(words: list[str], spaces: list[bool], sent_starts: list[bool], kiwi_starts: list[int]) -> None:
    """Kiwi may start a sentence inside a word: after a quoted name that opens the next
    sentence (`… 운영한다. ‘보증금 지킴’ | 의 누적 이용자는`), or after a noun ending (`만듦 |
    새`). Such a start moves back to the last word after a sentence end and a space (`…
    운영한다. | ‘보증금 지킴’의`), or, with none since the sentence began, goes."""

    def spaced(index: int) -> bool:
        return spaces[index - 1] or words[index - 1].isspace()

    def after_end(index: int) -> bool:
        previous = index - 1
        while previous > 0 and words[previous].isspace():
            previous -= 1
        return words[previous].endswith(_SENTENCE_END)

    for index in kiwi_starts:
        if spaced(index) or words[index - 1].endswith(_SENTENCE_END):
            continue
        sent_starts[index] = False
        for before in range(index - 1, 0, -1):
            if sent_starts[before]:
                break
            if not words[before].isspace() and spaced(before) and after_end(before):
                sent_starts[before] = True
                break


class KiwiTokenizer:
    """A spaCy tokenizer: Kiwi's morphemes, merged where they overlap, tiling the text."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return self.from_table(token_table(text, analyse(text)))

    def from_table(self, table: Tokens) -> Doc:
        return Doc(
            self.vocab, words=table.text, spaces=table.space_after, tags=table.tag, pos=table.pos,
            lemmas=table.lemma, sent_starts=table.sent_start,
        )

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> KiwiTokenizer:
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> KiwiTokenizer:
        return self


@spacy.registry.tokenizers("dbr.kiwi_tokenizer.v1")
def create_kiwi_tokenizer():
    def make(nlp: Language) -> KiwiTokenizer:
        return KiwiTokenizer(nlp.vocab)

    return make


@cache
def language() -> Language:
    """The process's spaCy pipeline: Korean language data, Kiwi as tokenizer."""
    return spacy.blank("ko", config={"nlp": {"tokenizer": {"@tokenizers": "dbr.kiwi_tokenizer.v1"}}})


def run(doc: Document) -> None:
    text = doc.text
    block_starts = [block.start for block in doc.blocks]
    # A line break kept inside a block (a chart's rows) starts a sentence, as a block does.
    line_starts = sorted({*block_starts[1:], *(match.end() for match in re.finditer("\n", text))})
    tokens = token_table(text, analyse(text, block_starts), line_starts)
    sentences: list[Sentence] = []
    boundaries = [i for i, starts in enumerate(tokens.sent_start) if starts] + [len(tokens)]
    for first, stop in zip(boundaries, boundaries[1:]):
        words = [i for i in range(first, stop) if not tokens.is_space(i)]
        if not words:
            continue
        start, end = tokens.start[words[0]], tokens.end(words[-1])
        raw_start, raw_end = doc.raw_span(start, end)
        block = max(bisect_right(block_starts, start) - 1, 0)
        sentences.append(
            Sentence(id=f"s{len(sentences)}", start=start, end=end, raw_start=raw_start, raw_end=raw_end, block=block)
        )
    doc.sentences = sentences
    doc.tokens = tokens
