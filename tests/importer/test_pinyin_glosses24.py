"""gloss24: a copying site's pinyin glosses (CONVENTIONS §3.1, C24: never part of a problem title, category or unit, in
any copy) go in every form: one syllable or several, blanks between or inside them, a blank before the bracket, and a
gloss a wrap split over two lines; real Latin in brackets (a name, a code, a unit) stays."""
from __future__ import annotations

import re

import pytest

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.normalize import RE_PINYIN_GLOSS, clean_pair, mend_split_glosses


@pytest.mark.parametrize("raw,clean", [
    ("學(xué)習(xí)", "學習"),  # one syllable after each character
    ("加強學習(xuéxí)制度建設", "加強學習制度建設"),  # two syllables after a word
    ("實實在在(shíshízàizài)地抓整改", "實實在在地抓整改"),  # four syllables, one tone each
    ("落實省政府 (shěng zhèng fǔ) 部署", "落實省政府部署"),  # a blank before it and between its syllables
    ("整改質(zh ì)量不高", "整改質量不高"),  # a wrap a flat copy joined with a blank, inside the syllable
    ("西安(xī'ān)市审计局", "西安市审计局"),  # an apostrophe between syllables
    ("會(huì )議", "會議"),  # a blank before the closing bracket
    ("督察（dū chá）组", "督察组"),  # full-width brackets
])
def test_a_pinyin_gloss_of_any_number_of_syllables_is_cut_from_the_text(raw, clean):
    assert clean_pair(raw)[0] == clean
    assert RE_PINYIN_GLOSS.sub("", raw).replace(" ", "") == clean.replace(" ", "")


@pytest.mark.parametrize("raw", [
    "聘请外籍专家何塞(José)担任顾问",  # a name with an accent: "jose" is no run of syllables
    "咖啡(Café)店证照不全",
    "细颗粒物(PM2.5)浓度超标",  # a code with digits
    "未通过质量管理体系认证(ISO9001)",
    "氨氮浓度(mg/L)超过限值",  # a unit
    "某公司(Beijing Co. Ltd.)未履行合同",  # Latin without a tone mark
    "外方合作单位(Société Générale)未签约",  # accented French words
])
def test_bracketed_latin_that_is_no_pinyin_stays_as_printed(raw):
    assert re.sub(r"\s", "", clean_pair(raw)[0]) == re.sub(r"\s", "", raw)  # (blanks: clean_pair's own rules)
    assert RE_PINYIN_GLOSS.search(raw) is None


def test_a_gloss_a_wrap_split_over_two_lines_is_cut_from_both_lines():
    assert mend_split_glosses(["加強質(zh", "ì)量管理"]) == ["加強質", "量管理"]
    assert mend_split_glosses(["落實學習(xué", "xí)制度"]) == ["落實學習", "制度"]
    assert mend_split_glosses(["規範財務(wù)管", "理(lǐ)制度"]) == ["規範財務(wù)管", "理(lǐ)制度"]  # (whole: clean_pair's)
    assert mend_split_glosses(["檢查發現食堂衛", "(wèi)生不達標"]) == ["檢查發現食堂衛", "生不達標"]


def test_a_line_split_inside_real_bracketed_latin_is_left_as_it_is():
    for lines in (["聘请专家何塞(Jo", "sé)担任顾问"], ["细颗粒物(PM2", ".5)浓度超标"], ["某公司", "(Beijing)分公司"]):
        assert mend_split_glosses(lines) == lines


def _titles(text: str) -> list[str]:
    return [p.title for p in parse_text(text).problems]


def test_problem_titles_of_a_glossed_traditional_copy_hold_no_gloss_of_any_form():
    text = ("某縣巡察整改情況的通報\n一、存在的問題\n"
            "1.黨(dǎng)組織學習(xuéxí)制度落實不到位。\n"
            "2.財務 (cái wù) 管理不規範,存在白條入賬問題。\n"
            "3.部分項目未按ISO9001標準(biāozhǔn)驗收。\n"
            "二、整改措施\n")
    titles = _titles(text)
    assert titles and not any("(" in t for t in titles if "ISO" not in t), titles
    assert any("ISO9001" in t for t in titles)
