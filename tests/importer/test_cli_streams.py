"""`zhenggai parse FILE` (summary) and `--json` stream the problems from the parse child's file: the output is what
the whole result would print, and a large ledger is never held whole by either process."""
from __future__ import annotations

import json

from tests.importer.test_extract import BULLETIN
from zhenggai.importer.cli import main as cli_main
from zhenggai.importer.cli import summary
from zhenggai.importer.parse import parse_file
from zhenggai.importer.sandbox import parse_in_sandbox

LEDGER = "序号,反馈问题,整改措施,责任单位,整改时限,状态\n" + "".join(
    f"{i},问题{i}：制度执行不严格,修订完善制度{i}；开展检查{i},局办公室、行政审批处,2026年12月31日,{'已完成' if i % 3 else '正在推进'}\n"
    for i in range(1, 41))


def test_the_json_is_the_whole_result_as_json_dumps_would_write_it(tmp_path, capsys):
    for name, text in (("台账.csv", LEDGER), ("通报.txt", BULLETIN)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        whole = parse_in_sandbox(path, name).result  # the problems read back into the result
        assert cli_main([str(path), "--json"]) == 0
        out = capsys.readouterr().out
        assert out == json.dumps(whole, ensure_ascii=False, indent=1) + "\n", name
        assert len(json.loads(out)["problems"]) == len(whole["problems"]) > 0


def test_the_summary_is_what_the_whole_result_prints(tmp_path, capsys):
    for name, text in (("台账.csv", LEDGER), ("通报.txt", BULLETIN)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert cli_main([str(path)]) == 0
        out = capsys.readouterr().out
        assert out == summary(parse_file(path)), name
        assert ("识别出问题40个" if name.endswith(".csv") else "识别出问题2个") in out
