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


# --- a flat copy (line breaks lost) of cards and forms: the breaks put back where a full-width mark would have had them ---
from zhenggai.importer.parse.normalize import restore_lost_breaks  # noqa: E402


def _lines(text: str) -> list[str]:
    return [x.strip() for x in restore_lost_breaks([text]) if x.strip()]


def test_a_field_label_after_a_value_ending_in_a_digit_or_a_latin_letter_opens_a_line_of_a_flat_copy():
    lines = _lines("为切实增强社会单位和公众火灾防范意识,及时消除火灾隐患,全力维护消防安全形势稳定,某区消防救援大队开展消防安全大检查。 "
                   "检查中发现部分单位消防安全主体责任落实不到位,火灾隐患突出。 现曝光3家单位存在的消防安全问题。 单位名称:某某酒店 地址:城关镇建设路88号 存在问题:灭火器过期 "
                   "单位名称:某某超市 地址:新华街B座1205 4.存在问题:疏散通道堵塞 单位名称:某某网吧 地址:人民路17号 "
                   "存在问题:应急照明损坏 整改情况:已整改完毕。")
    assert "存在问题:灭火器过期" in lines
    assert "4.存在问题:疏散通道堵塞" in lines
    assert "地址:人民路17号" in lines


def test_a_flat_copy_breaks_after_an_ascii_bracket_before_a_number_and_after_a_colon_before_a_bullet():
    lines = _lines("为切实增强社会单位和公众火灾防范意识,及时消除火灾隐患,全力维护消防安全形势稳定,某市消防救援支队在全市范围内开展集中除患攻坚大整治行动,督促社会单位严格落实消防安全主体责任。 "
                   "为进一步推动火灾隐患整改,维护消防安全形势稳定,某市消防救援支队在全市范围内开展火灾隐患曝光行动。 "
                   "一、某区某某商行 存在问题:(1)电线私拉乱接(当场责令改正) (2)灭火器失效 整改措施:责令限期整改 "
                   "二、某区某宾馆 ★存在问题: ★处理措施:责令限期改正 三、某区某网吧 ★存在问题:安全出口上锁 ★处理措施:罚款")
    assert "(2)灭火器失效" in lines
    assert "★存在问题:" in lines and "★处理措施:责令限期改正" in lines
    # (near misses: a label and its value after an ASCII colon stay one line)
    text = ("重点工程督查工作 来源: 水土保持生态环境建设网 上传日期:2018-10-30 截至2018年10月25日,某委完成了6省国家水土"
            "保持重点工程督查工作。 根据水利部要求,某委组成3个督查组,由局领导带队,对选定的14个项目县开展督查。 督查组"
            "到项目现场抽取重点措施图斑进行核查,并查看了工程建设档案资料和管理信息系统使用情况。 督查发现: 少数项目县变更过大,工程进度较慢,配套资金未足额到位,需加快整改。")
    lines = _lines(text)
    assert "来源:" not in lines and "督查发现:" not in lines


def test_a_sentence_with_a_bracketed_code_or_a_time_keeps_its_spaces_in_a_flat_copy():
    # (near misses: a gap before a label's own value, "时间: 2024…"; Latin words and a code before words with no colon)
    text = ("检查时间: 2024年3月5日 检查组对园区内企业开展检查,发现PM2.5 浓度超标、ISO 9001 认证过期等问题,"
            "均已责令整改。")
    assert _lines(text) == [text]
    table_row = "1\t某某公司\t未落实安全责任:制度缺失\t2024年6月\t已完成\t某某局\t专项检查\t复查合格\t李某\t备注:无"
    assert _lines(table_row) == [table_row]


def test_a_cards_zero_padded_number_and_an_entry_opened_by_its_time_open_lines_of_a_flat_copy():
    lines = _lines("为切实增强社会单位和公众火灾防范意识,及时消除火灾隐患,全力维护消防安全形势稳定,某市消防救援支队在全市范围内开展集中除患攻坚大整治行动,督促社会单位严格落实消防安全主体责任。 "
                   "现对以下3家单位进行火灾隐患曝光 01 某县某某食品有限公司 存在的主要隐患: 1、厂房内未设置室内消火栓; "
                   "2、灭火器过期。 02 某县某某购物广场 存在的主要隐患: 1、安全出口上锁。 03 某县某宾馆 存在的主要隐患:"
                   "未按规定设置火灾自动报警系统。")
    assert "02" in lines and "某县某某购物广场" in lines and "03" in lines
    lines = _lines("为深入整治形式主义、官僚主义,持续纠治“四风”顽疾,推动全市机关干部转变工作作风、提升服务效能,按照市委统一部署。 "
                   "5月7日至5月9日,市纪委对各县区机关工作作风进行了暗访,现将暗访发现的问题通报如下。 某县:上班时间玩手机 "
                   "时间:5月8日上午 9:10,某县政务服务中心二楼窗口无人在岗。 9:45,某县人社局两名工作人员看视频。 "
                   "10:20,某镇便民服务中心大门紧锁,无人值守。 11:05,某县交通局办公室一名男同志玩游戏。")
    assert any(x.startswith("9:45,") for x in lines) and any(x.startswith("11:05,") for x in lines)
    # (near misses: a count with a blank before its measure word, a clock time inside a sentence)
    text = ("检查组共检查企业 12 家,发现问题 35 个,其中 08 时前完成整改的有 20 个,截至 18:00 前已全部整改到位,"
            "其余问题已交由属地督促整改,并将持续跟踪问效,确保问题整改到位、取得实效。")
    assert _lines(text) == [text]


def test_items_run_on_after_ascii_semicolons_are_one_a_line_but_a_sentence_keeps_its_inline_run():
    lines = _lines("为切实增强社会单位和公众火灾防范意识,及时消除火灾隐患,某市消防救援支队开展集中除患攻坚大整治行动,"
                   "现对以下单位进行火灾隐患曝光。 某区某某纸业有限公司 存在的主要隐患: 1、车间内未设置室内消火栓; 2、仓库灭火器过期; 4、疏散通道堆放杂物。 "
                   "某区某幼儿园 存在的主要隐患: 1、应急照明灯损坏; 2、消防控制室无人值守。 某区某宾馆 存在的主要隐患: "
                   "1、未按规定设置火灾自动报警系统; 2、建筑主体未经消防验收。 整改要求:责令限期整改到位。")
    assert "存在的主要隐患:" in lines and "2、仓库灭火器过期;" in lines and "4、疏散通道堆放杂物。" in lines
    text = ("某校于2018年6月11日组织各部门负责人开展自查,检查中发现还存在以下问题: 1、教室照明不足; 2、体育场地不达标; "
            "3、厕所卫生条件差。 针对以上问题,我校立即成立整改领导小组,现将整改情况报告如下: 1、加装灯管,7月底完成; "
            "2、加快操场建设,9月底完成; 3、新建水冲式厕所,10月底完成。")
    assert any(x.startswith("某校于") and "2、体育场地不达标" in x for x in _lines(text))


def test_a_flat_piece_opening_on_a_bracketed_or_chinese_number_is_left_to_the_other_readers():
    # (a crash found by perturb flat: a piece "(1)…; 2、…" or "一、…; 2、…" has no arabic item to open a run on)
    text = ("为进一步推动整改工作落实,现将有关情况通报如下,请各单位对照检查,认真抓好整改落实工作,确保按期完成整改任务。 "
            "(1)部分单位整改台账不规范; 2、个别问题整改进度滞后; 3、整改资料归档不及时。 一、某某单位未按期报送; "
            "2、某某单位整改措施不具体。 二、下一步工作要求 各单位要高度重视,认真落实整改责任。")
    assert _lines(text)
