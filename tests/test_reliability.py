"""The reliability matrix (docs/reliability.md): hostile inputs, each made here, with the
outcome a user should see. No input stops a batch: it becomes one line of errors.jsonl
and of stderr naming the file (and line) and the problem, the other articles are
extracted, the run ends with its summary, and a rerun does the same again."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.document import Document
from pipeline.io import BadInput, decode
from pipeline.schema import Record
from pipeline.stages import clean

from .conftest import REFERENCE
from .hostile import BAD_RECORDS, GOLD, gold, nested

runner = CliRunner()
ARTICLE = "김철수 | 300호 (2020년 7월 Issue 1)\n알리바바는 2016년 매출 100억 위안을 기록했다.\n"
OTHER_ARTICLE = "이영희 | 301호 (2020년 8월 Issue 1)\n바이두는 2017년 아폴로를 공개했다.\n"
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] >>\nendobj\n"
HTML_FRAGMENT = "<div class=\"article\">\n<p>알리바바는 2016년 매출 100억 위안을 기록했다.</p>\n<p>바이두는 2017년 아폴로를 공개했다.</p>\n</div>\n"


@pytest.mark.parametrize(
    ("data", "outcome"),
    [
        pytest.param(ARTICLE.encode("utf-16-le"), ("utf-16-le", ARTICLE), id="UTF-16 LE without BOM"),
        pytest.param(ARTICLE.encode("utf-16-be"), ("utf-16-be", ARTICLE), id="UTF-16 BE without BOM"),
        pytest.param(HTML_FRAGMENT.encode(), "HTML markup (<div>, <p>), not scraped plain text", id="HTML fragment"),
        pytest.param(("제목\n" + HTML_FRAGMENT.replace("div", "section")).encode(), "HTML markup (<section>, <p>)",
                     id="HTML fragment under a line of text"),
        pytest.param(PDF, "a PDF file, not text", id="uncompressed PDF renamed .txt"),
        pytest.param(b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Batang;}}\\f0 \\'be\\'cb}", "an RTF document, not text",
                     id="RTF renamed .txt"),
        pytest.param(bytes(range(256)) * 8, "binary file (contains NUL bytes)", id="binary with NUL bytes everywhere"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" * 40, "binary file (contains NUL bytes)",
                     id="a PNG image"),
        pytest.param((ARTICLE + "<표 1> 매출 추이와 <그림 2>를 보라.<br>\n").encode(), ("utf-8", None),
                     id="a table label and a lone <br> in prose are text"),
        pytest.param((ARTICLE + "웹 페이지는 <div>와 <p> 태그로 짜인다.\n").encode(), ("utf-8", None),
                     id="an article that names two tags is text"),
    ],
)
def test_what_a_file_is_read_as(data: bytes, outcome: tuple[str, str | None] | str) -> None:
    if isinstance(outcome, str):
        with pytest.raises(BadInput) as raised:
            decode(data)
        assert str(raised.value).startswith(outcome)
        return
    text, encoding = decode(data)
    assert encoding == outcome[0]
    assert outcome[1] is None or text == outcome[1]


def jsonl(*lines: dict | str) -> bytes:
    """JSON Lines; ``json.dumps`` writes a lone surrogate as its escape (``"\\ud800"``), legal JSON."""
    return "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines).encode()


def line(doc_id: object, text: object = ARTICLE, **extra: object) -> dict:
    return {"id": doc_id, "text": text, **extra}


LONG_STEM = "가" * 83  # 249 bytes in UTF-8: a 253-byte file name with ".txt", 254 with ".json"

# (the input files, by name relative to the input directory: bytes, or None for a
# directory; the errors expected, by where (file, or file:line) and the start of
# the message; the doc_ids of the records written)
EXTRACT_CASES = [
    pytest.param({"batch.jsonl": jsonl(line("a"), line("b", ARTICLE + "\ud800"), line("c"))},
                 {"batch.jsonl:2": f"text: a lone surrogate (U+D800) at character {len(ARTICLE)}, which is not Unicode"},
                 ["a", "c"], id="lone surrogate in a JSONL text"),
    pytest.param({"batch.jsonl": jsonl(line("a"), line("b\udfff"), line("c"))},
                 {"batch.jsonl:2": "id: a lone surrogate (U+DFFF) at character 1"}, ["a", "c"],
                 id="lone surrogate in a JSONL id"),
    pytest.param({"batch.jsonl": jsonl(line("a"), line("b", **{"\ud83durl": "x"}), line("c"))},
                 {"batch.jsonl:2": "the key `\\ud83durl` holds a lone surrogate (U+D83D) at character 0"}, ["a", "c"],
                 id="lone surrogate in a JSONL extra key"),
    pytest.param({"batch.jsonl": jsonl(line("a"), line("b", tags=["ok", "\udc00"]))},
                 {"batch.jsonl:2": "tags.1: a lone surrogate (U+DC00)"}, ["a"], id="lone surrogate in a JSONL extra value"),
    pytest.param({"batch.jsonl": jsonl(line("a", ARTICLE + "\x00"), line("b"))},
                 {"batch.jsonl:1": "text: a NUL character (U+0000)"}, ["b"], id="NUL in a JSONL text"),
    pytest.param({"batch.jsonl": jsonl(line("a", score=float("nan")), line("b", score=float("-inf")))},
                 {"batch.jsonl:1": "score: NaN is not a JSON number", "batch.jsonl:2": "score: -Infinity is not"}, [],
                 id="NaN and Infinity in a JSONL extra value"),
    pytest.param({"batch.jsonl": jsonl(line("a", views=10**30), line("b", views=2**63 - 1))},
                 {"batch.jsonl:1": "views: the integer 1000000000000000000000000000000 is outside the 64-bit range"},
                 ["b"], id="integer beyond 64 bits in a JSONL extra value"),
    pytest.param({"batch.jsonl": jsonl('{"id": "a", "text": "x", "n": ' + "9" * 5000 + "}", line("b"))},
                 {"batch.jsonl:1": "not JSON this program can read (an integer of more than 4300 digits)"}, ["b"],
                 id="integer of 5000 digits in a JSONL line"),
    pytest.param({"batch.jsonl": jsonl('{"id": "a", "x": ' + "[" * 100_000, line("b"))},
                 {"batch.jsonl:1": "not JSON this program can read (nested too deeply)"}, ["b"],
                 id="JSONL line nested 100000 deep"),
    pytest.param({"batch.jsonl": jsonl(line("a", extra=nested(65)), line("b"))},
                 {"batch.jsonl:1": "extra.0.0.0"}, ["b"], id="JSONL extra value nested 65 deep"),
    pytest.param({"batch.jsonl": jsonl(line("a", path="/elsewhere/a.txt"), line("b", line=7))},
                 {"batch.jsonl:1": "key `path` is the record's own (source.path)",
                  "batch.jsonl:2": "key `line` is the record's own"}, [], id="JSONL keys that the record's source takes"),
    pytest.param({"batch.jsonl": jsonl(line(True), line(2.5), line(7))},
                 {"batch.jsonl:1": "missing `id` (a string or an integer)", "batch.jsonl:2": "missing `id`"}, ["7"],
                 id="JSONL ids that are not strings or integers"),
    pytest.param({"batch.jsonl": jsonl(line("a\nb"), line("c\u202ed\u200be\u0301"))},
                 {"batch.jsonl:1": "doc_id 'a\\nb' cannot be a file name (it holds a control character)"},
                 ["c\u202ed\u200be\u0301"], id="doc_ids with a line break, and with RTL, zero-width and combining marks"),
    pytest.param({"batch.jsonl": b"\xef\xbb\xbf" + jsonl(line("a"), line("b"))}, {}, ["a", "b"],
                 id="JSONL with a UTF-8 BOM"),
    pytest.param({"batch.jsonl": b'["a list"]\n"text"\n' + jsonl(line("a"))},
                 {"batch.jsonl:1": "a line must be a JSON object with `id` and `text`, not an array",
                  "batch.jsonl:2": "a line must be a JSON object with `id` and `text`, not a string"}, ["a"],
                 id="JSONL lines that are not objects"),
    pytest.param({"shelf.jsonl": None, "a.txt": ARTICLE.encode()}, {"shelf.jsonl": "Is a directory"}, ["a"],
                 id="a directory named .jsonl"),
    pytest.param({"frag.txt": HTML_FRAGMENT.encode(), "a.txt": ARTICLE.encode()},
                 {"frag.txt": "HTML markup (<div>, <p>), not scraped plain text"}, ["a"], id="HTML fragment"),
    pytest.param({"report.txt": PDF, "a.txt": ARTICLE.encode()}, {"report.txt": "a PDF file, not text"}, ["a"],
                 id="uncompressed PDF renamed .txt"),
    pytest.param({"le.txt": ARTICLE.encode("utf-16-le"), "be.txt": OTHER_ARTICLE.encode("utf-16-be")}, {},
                 ["be", "le"], id="UTF-16 without BOM"),
    pytest.param({f"{LONG_STEM}.txt": ARTICLE.encode()}, {}, [LONG_STEM], id="253-byte file name"),
    pytest.param({f"{LONG_STEM}ab.txt": ARTICLE.encode(), "a.txt": ARTICLE.encode()},
                 {f"{LONG_STEM}ab.txt": f"doc_id is too long for a file name: {LONG_STEM}ab.json would be 256 bytes"},
                 ["a"], id="255-byte file name"),
    pytest.param({b"caf\xe9.txt": ARTICLE.encode(), "a.txt": ARTICLE.encode()},
                 {"caf\\udce9.txt": "the file name is not UTF-8: rename the file"}, ["a"], id="file name not in UTF-8"),
    pytest.param({"2019/intro.txt": ARTICLE.encode(), "2020/intro.txt": OTHER_ARTICLE.encode()},
                 {"2020/intro.txt": "doc_id 'intro' is also that of {inputs}/2019/intro.txt, read earlier in this run"},
                 ["intro"], id="two inputs with one doc_id in one run"),
    pytest.param({"batch.jsonl": jsonl(line("a"), line("a", OTHER_ARTICLE))},
                 {"batch.jsonl:2": "doc_id 'a' is also that of {inputs}/batch.jsonl:1, read earlier in this run"},
                 ["a"], id="two JSONL lines with one id"),
]


def make_inputs(directory: Path, files: dict[str | bytes, bytes | None]) -> None:
    for name, content in files.items():
        path = os.path.join(os.fsencode(directory), os.fsencode(name))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if content is None:
            os.mkdir(path)
        else:
            with open(path, "wb") as handle:
                handle.write(content)


def errors_of(out: Path) -> dict[str, str]:
    return {error["file"]: error["message"] for error in map(json.loads, (out / "errors.jsonl").read_text().splitlines())}


@pytest.mark.parametrize(("files", "errors", "records"), EXTRACT_CASES)
def test_each_bad_input_is_one_error_and_the_batch_goes_on(
    tmp_path: Path, files: dict, errors: dict[str, str], records: list[str]
) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    make_inputs(inputs, files)
    expected = {f"{inputs}/{where}": message.format(inputs=inputs) for where, message in errors.items()}
    result = runner.invoke(app, ["extract", str(inputs), "-o", str(out), "--workers", "1"])
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == (1 if errors else 0)
    found = errors_of(out)
    assert set(found) == set(expected)
    for where, message in expected.items():
        assert found[where].startswith(message), found[where]
        assert f"error: {where}: {found[where]}\n" in result.stderr
    assert sorted(p.stem for p in out.glob("*.json") if p.name != "manifest.json") == sorted(records)
    assert f"{len(records)} extracted, {len(errors)} failed, 0 skipped" in result.stderr
    if records:
        assert runner.invoke(app, ["validate", str(out)]).exit_code == 0

    again = runner.invoke(app, ["extract", str(inputs), "-o", str(out), "--workers", "1"])
    assert f"0 extracted, {len(errors)} failed, {len(records)} skipped" in again.stderr
    assert errors_of(out) == found


def test_utf16_without_bom_is_recorded_as_such(tmp_path: Path) -> None:
    (tmp_path / "le.txt").write_bytes(ARTICLE.encode("utf-16-le"))
    assert runner.invoke(app, ["extract", str(tmp_path / "le.txt"), "-o", str(tmp_path / "out")]).exit_code == 0
    record = Record.model_validate_json((tmp_path / "out" / "le.json").read_bytes())
    assert record.source.encoding == "utf-16-le" and record.metadata.issue_number == 300


def test_a_later_input_with_the_same_doc_id_fails_and_the_record_stays(tmp_path: Path) -> None:
    first, second = tmp_path / "2019" / "intro.txt", tmp_path / "2020" / "intro.txt"
    make_inputs(tmp_path, {"2019/intro.txt": ARTICLE.encode(), "2020/intro.txt": OTHER_ARTICLE.encode()})
    out = tmp_path / "out"
    assert runner.invoke(app, ["extract", str(first), "-o", str(out)]).exit_code == 0
    kept = (out / "intro.json").read_bytes()

    for options in ([], ["--force"]):
        result = runner.invoke(app, ["extract", str(second), "-o", str(out), *options])
        assert result.exit_code == 1
        message = (f"doc_id 'intro' is also that of {first}, whose record {out / 'intro.json'} is kept: "
                   "give one of the two inputs another name (or id), or remove that record")
        assert f"error: {second}: {message}\n" in result.stderr
        assert errors_of(out) == {str(second): message}
        assert (out / "intro.json").read_bytes() == kept

    batch = tmp_path / "batch.jsonl"
    batch.write_bytes(jsonl(line("intro", OTHER_ARTICLE)))
    assert errors_of(out) and runner.invoke(app, ["extract", str(batch), "-o", str(out)]).exit_code == 1
    assert errors_of(out)[f"{batch}:1"].startswith(f"doc_id 'intro' is also that of {first}")

    # The same file under another name is the same input: its record is redone, not refused.
    (tmp_path / "link").symlink_to(tmp_path / "2019")
    result = runner.invoke(app, ["extract", str(tmp_path / "link" / "intro.txt"), "-o", str(out)])
    assert result.exit_code == 0 and "1 extracted" in result.stderr


def test_a_file_in_the_output_that_is_not_the_record_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.json").write_text('{"my": "own notes"}')
    result = runner.invoke(app, ["extract", str(tmp_path / "notes.txt"), "-o", str(out)])
    assert result.exit_code == 1
    assert f"{out / 'notes.json'} exists and is not the record of doc_id 'notes': it is left as it is" in result.stderr
    assert (out / "notes.json").read_text() == '{"my": "own notes"}'


@pytest.mark.parametrize(
    ("output", "message"),
    [
        pytest.param("outputs", "{tmp}/outputs is a file: the output must be a directory (or - for stdout)",
                     id="-o naming an existing file"),
        pytest.param("outputs/run", "cannot make the output directory {tmp}/outputs/run: Not a directory",
                     id="-o under an existing file"),
    ],
)
def test_an_output_that_cannot_be_a_directory_is_a_clear_error(tmp_path: Path, output: str, message: str) -> None:
    (tmp_path / "outputs").write_text("keep me")
    result = runner.invoke(app, ["extract", str(REFERENCE), "-o", str(tmp_path / output)])
    assert result.exit_code == 2
    assert result.stderr == f"error: {message.format(tmp=tmp_path)}\n"
    assert (tmp_path / "outputs").read_text() == "keep me"


CARD = "  • 김철수 김철수 | -(현)한빛연구소 연구위원\n    이 필자의 다른 기사 보기\n인기기사\n구독경제의 역습, 해지 버튼을 숨기는 기업들\n"
LOST = "바이두는 2017년 자율주행 플랫폼 아폴로를 공개했고, 이 플랫폼은 1년 만에 협력사 100곳을 모았다."


@pytest.mark.parametrize(
    ("page", "warning"),
    [
        pytest.param("로그인|회원가입|고객센터\nTop\n검색버튼 메뉴버튼\n" + CARD + "ⓒ 동아비즈니스리뷰 & dbr.donga.com, 무단 전재 및 재배포 금지\n",
                     "no article text: nothing on the page but site chrome, a title or headings",
                     id="a page that is only site chrome"),
        pytest.param("로그인|회원가입\n김철수 | 300호 (2020년 7월 Issue 1)\n디지털 전환의 조건\n" + CARD,
                     "no article text: nothing on the page but site chrome, a title or headings",
                     id="a page that is chrome and a heading"),
        pytest.param(ARTICLE + CARD + LOST + "\n",
                     f"text after the page footer was dropped: 1 line(s) from raw character "
                     f"{len(ARTICLE + CARD)} ({LOST[:30]}…)",
                     id="a page with text after its footer"),
    ],
)
def test_a_page_that_loses_its_text_says_so_in_the_record_and_the_summary(
    tmp_path: Path, page: str, warning: str
) -> None:
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "page.txt"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert f"warning: {tmp_path / 'page.txt'}: {warning}\n" in result.stderr
    assert "1 extracted, 0 failed, 0 skipped, 1 with warnings" in result.stderr
    assert Record.model_validate_json((tmp_path / "out" / "page.json").read_bytes()).warnings == [warning]
    assert json.loads((tmp_path / "out" / "manifest.json").read_text())["counts"]["warned"] == 1


def test_real_pages_give_no_warning() -> None:
    pages = [REFERENCE, *sorted((REFERENCE.parent.parent / "tests" / "fixtures" / "pages").glob("*.txt"))]
    assert len(pages) > 15
    for page in pages:
        doc = Document(doc_id=page.stem, raw=page.read_text(encoding="utf-8"))
        clean.run(doc)
        assert doc.warnings == [], page.name


@pytest.mark.parametrize(("case", "make", "message"), BAD_RECORDS, ids=[case for case, _, _ in BAD_RECORDS])
def test_validate_names_each_bad_record_and_checks_the_rest(tmp_path: Path, case: str, make, message: str) -> None:
    (tmp_path / "a-good.json").write_bytes(GOLD.read_bytes())
    (tmp_path / "b-bad.json").write_bytes(make(gold() | {"doc_id": "b-bad"}))
    (tmp_path / "c-good.json").write_bytes(GOLD.read_bytes())
    result = runner.invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{tmp_path / 'b-bad.json'}: {message}" in result.stderr
    assert result.stdout == f"{tmp_path / 'a-good.json'}: ok\n{tmp_path / 'c-good.json'}: ok\n"


def test_validate_of_a_directory_without_records_fails(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a record")
    result = runner.invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == f"{tmp_path}: no .json records in this directory\n"
