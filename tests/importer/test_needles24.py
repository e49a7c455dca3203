"""clean24: the cheap tests (needles) put before readers that every document is asked: each must pass every line the
reader could take, so that the gate changes no reading (parse_snapshot over every labelled document: 0 differences)."""
import pytest

from zhenggai.importer.parse import readings as r

OWN_LABELS = ["存在的主要问题", "四、存在的主要问题：", "（二）工作中存在的不足", "查摆出的问题", "存在的薄弱环节。",
              "问题和不足之处", "主要问题", "问题清单", "六、存在的主要问题及改进措施", "存在的问题和整改情况：",
              "政府信息公开工作存在的主要问题 "]


@pytest.mark.parametrize("label", OWN_LABELS)
def test_every_label_the_own_shortfalls_reader_takes_passes_its_needles(label):
    head, _ = r._label_of(label)
    assert r.RE_OWN_SHORTFALLS_LABEL.match(head) or r.RE_SHORTFALLS_AND_MENDS.match(head)
    assert r.RE_SHORTFALLS_LABEL_END.search(label) and r.RE_SHORTFALL_WORD.search(label)


def test_a_heading_stating_a_shortfall_is_no_label_and_fails_the_needle():
    assert not r.RE_SHORTFALLS_LABEL_END.search("四、制度执行存在短板，整改推进缓慢")


def test_an_inline_section_of_shortfalls_passes_its_needle():
    text = "一、基本情况。本单位开展自查。二、存在问题,整改情况。(一)食堂卫生差,加强培训。(二)台账不全,已补齐。三、下一步工作打算。"
    assert r.RE_INLINE_SHORTFALLS_NEEDLE.search(text)


@pytest.mark.parametrize("line", ["存在问题：消防通道堵塞", "火灾隐患情况:灭火器过期", "主要隐患： 疏散指示灯损坏",
                                  "某某酒店，地址：某路1号，存在的主要问题：安全出口上锁", "安全隐患描述：电线私拉乱接"])
def test_every_finding_field_of_a_named_card_passes_its_needle(line):
    assert r.RE_NAMED_CARD_FINDING_LINE.match(line) or r.RE_NAMED_CARD_FINDING_RUN_IN.search(line)
    assert r.RE_CARD_FINDING_NEEDLE.search(line)


@pytest.mark.parametrize("line", ["单位名称：某某商贸有限公司", "隐患单位:某宾馆", "场所（商户）名称：某网吧", "检查对象", "门店：某超市"])
def test_every_unit_field_of_a_field_card_passes_its_needle(line):
    assert r.RE_FIELD_CARD_UNIT_NEEDLE.search(line)


def test_a_line_naming_a_unit_in_a_sentence_fails_the_field_card_needle():
    assert not r.RE_FIELD_CARD_UNIT_NEEDLE.search("责任单位要按期完成整改任务。")


def test_a_unit_label_alone_on_its_line_with_spaces_after_it_passes_the_field_card_needle():
    line = "隐患单位" + " " * 30
    assert line.rstrip().endswith(r._FIELD_CARD_UNIT_ENDINGS) and r.RE_FIELD_CARD_UNIT_NEEDLE.search(line)
