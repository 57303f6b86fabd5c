"""Page furniture: lines that belong to the site, a newspaper's copy of the article, or
a PDF viewer rather than to the article (SPEC §2)."""

from __future__ import annotations

import re

# Lines of furniture wherever they stand.
_SITE = r"DBR(?:\s*동아비즈니스리뷰)?|동아비즈니스리뷰"
_CHROME = re.compile(
    "|".join((
        # the DBR site's navigation, its mobile and printable pages
        r"로그인\s*\|\s*회원가입(?:\s*\|\s*고객센터)?|Top|검색버튼\s*메뉴버튼|메뉴버튼|검색버튼",
        rf"{_SITE}|로그인|회원가입|고객센터|구독(?:\s*신청)?|매거진|토픽|인사이트|인물|메뉴",
        # a breadcrumb trail: `홈 > 매거진 > 453호 > 경영서 산책`
        r"(?:홈|HOME|Home)(?:\s*[>›]\s*[^>›]{1,20}){1,5}",
        r"(?:기사\s*)?공유(?:하기)?|스크랩|인쇄(?:하기)?|가\s*가|인쇄하기(?:\s*\|\s*(?:창\s*)?닫기)?|(?:창\s*)?닫기|이전\s*기사(?:\s*\|?\s*다음\s*기사)?|다음\s*기사",
        # a sharing widget's buttons, on a line or a line each: `페이스북 X(트위터) 카카오톡 URL 복사`
        r"(?:(?:페이스북|트위터|X(?:\s*\(트위터\))?|카카오톡|카카오스토리|네이버\s*블로그|밴드|링크드인|이메일|(?:URL|링크|주소)\s*복사)\s*)+",
        # the browser's title of the page: the article's title and the site's name
        rf".+\s[-|]\s*(?:{_SITE})",
        # a newspaper's copy: masthead, menus, time stamps, sharing and comment widgets
        r"(?:동아일보|조선일보|중앙일보|한국경제|매일경제|한겨레|경향신문|서울경제|머니투데이)(?:\s*닷컴)?",
        r"전체\s*메뉴(?:\s*열기)?|검색|(?:글자|글씨)\s*크기(?:\s*(?:설정|조절하기))?(?:\s*가)*|기사\s*저장|구독하기|추천해요",
        r"음성으로\s*듣기|번역\s*설정|뉴스(?:\s*홈)?",  # a portal's widgets and its section tab
        r"이미지\s*크게\s*보기|사진\s*확대",  # a photo's zoom button
        r"•?\s*(?:(?:기사\s*)?입력|업데이트|수정|최종\s*수정)\s*:?\s*\d{4}[-.]\s?\d{1,2}[-.]\s?\d{1,2}.*",
        r"코멘트(?:\s*\d+)?|댓글(?:\s*\d+)?|지금\s*뜨는\s*뉴스|많이\s*본\s*뉴스",
        r"▶\s*관련\s*기사\b.*",  # links to the paper's other articles
        r"(?:#[^\s#]+\s*){2,}",  # the copy's hashtags: `#IPO #공모주 #새내기주`
        # a PDF edition's viewer
        r"PDF\s*(?:보기|다운로드|뷰어)|다운로드\s*[\d,]+|조회\s*[\d,]+|목록|이전\s*글|다음\s*글|\d{1,3}\s*/\s*\d{1,3}",
    )),
    re.I,
)
# A newspaper's menu of its sections: four or more of these words and nothing else.
_MENU_WORDS = frozenset("정치 경제 국제 사회 문화 스포츠 오피니언 연예 IT 과학 산업 부동산 증권 라이프 "
                        "헬스 여행 교육 전국 사설 칼럼 뉴스 포토 영상 DBR 홈 랭킹 연재 팩트체크".split())
# A newspaper reporter's byline, at the top or the bottom of its copy.
_REPORTER = re.compile(r"^[가-힣]{2,4}\s*(?:기자|특파원|객원기자)(?:\s+[\w.+-]+@[\w.-]+)?$")
# A news agency's or paper's dateline opening the copy (`[서울=문가람 기자]`, `(서울=연합뉴스)`,
# `(서울=세움뉴스) 권도하 기자 =`), with the reporter it names.
DATELINE = re.compile(r"^\s*(?:\[[가-힣]{2,6}\s*=\s*[가-힣]{2,4}\s*(?:기자|특파원)\]|\([가-힣]{2,6}\s*=\s*[가-힣]{2,8}\)"
                      r"(?:\s*(?P<reporter>[가-힣]{2,4})\s*(?:기자|특파원)\s*=)?)\s*")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s+protected\]")
COPYRIGHT = re.compile(r"^(?:ⓒ|©|\(c\)\s|copyright\b)|무단\s*전재|재배포\s*금지|all rights reserved", re.I)
# A photo's copyright under its caption (`ⓒ라말그린홀딩스`, `ⓒ Getty Images`): the mark and a name,
# no more; the site's own line says more (`ⓒ 동아비즈니스리뷰 / 무단전재 및 재배포 금지`).
PHOTO_COPYRIGHT = re.compile(r"[ⓒ©]\s*[^\s|/,]+(?:\s[^\s|/,]+)?")
# A line of the site's menu: four or more short items parted by bars, one of them furniture or a
# newspaper's section on its own (`최신호 | 스페셜 리포트 | 케이스 스터디 | 인터뷰 | 동아일보 경제 |
# 구독신청`, `경제 홈 | 금융 | 증권 | 부동산`).
_MENU_ITEMS = 4
_MENU_ITEM_MAX = 10
# Where the page's footer starts: everything from here on is the site's, not the article's.
FOOTER_START = re.compile(r"^(?:•.*\||이 필자의 다른 기사 보기$|인기기사$|추천해요$|지금\s*뜨는\s*뉴스$|PDF\s*다운로드$|"
                          r"(?:▶\s*)?[\[<【]?관련\s*기사[\]>】]?$|키워드\s*:)")


def is_chrome(content: str) -> bool:
    """Whether a (stripped, non-empty) line is furniture."""
    if _CHROME.fullmatch(content) or _REPORTER.match(content) or (
            COPYRIGHT.search(content) and not PHOTO_COPYRIGHT.fullmatch(content)):
        return True
    words = content.split()
    if len(words) >= 4 and all(word in _MENU_WORDS for word in words):
        return True
    if len(words) >= 3 and all(_CHROME.fullmatch(word) for word in words):
        return True  # the site's buttons on one line: `전체메뉴 검색 로그인 회원가입`, `공유하기 페이스북 …`
    if "|" not in content:
        return False
    items = [item.strip() for item in content.split("|")]
    if all(_CHROME.fullmatch(item) for item in items):
        return True  # the site's buttons parted by bars: `로그인 | 회원가입 | 구독`
    if len(items) < _MENU_ITEMS:
        return False
    # an item may be longer where it is furniture itself: the site's name (`DBR 동아비즈니스리뷰`)
    return all(
        (0 < len(item) <= _MENU_ITEM_MAX or _CHROME.fullmatch(item)) and not re.search(r"\d", item) for item in items
    ) and any(_CHROME.fullmatch(item) or item in _MENU_WORDS for item in items)


# A breadcrumb trail, whose last step is the page's section (`홈 > 매거진 > 453호 > 경영서 산책`).
_TRAIL = re.compile(r"(?:홈|HOME|Home)(?:\s*[>›]\s*[^>›]{1,20}){0,4}\s*[>›]\s*(?P<last>[^>›]{1,20})")


def trail_end(content: str) -> str | None:
    """The last step of a breadcrumb trail, if the line is one."""
    trail = _TRAIL.fullmatch(content)
    return trail["last"].strip() if trail else None


def is_reporter(content: str) -> bool:
    return bool(_REPORTER.match(content))


def reporter_signature(content: str) -> tuple[str, str | None]:
    """The name and the e-mail address of a reporter's line (`천다현 기자 dahyun@donga.com`)."""
    words = content.split()
    return words[0], next((word for word in words[1:] if "@" in word), None)
