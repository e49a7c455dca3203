"""Merging parser rounds has twice left one module-level name defined twice in one parse module (session 17:
RE_LIST_CLOSED and RE_UNFINISHED_COUNT; session 18: _CN_SMALL, two numeral tables of which the later silently served
both callers). Python keeps the last definition without a word, so this test reads the modules' source instead."""
import ast
from pathlib import Path

import pytest

PARSE = Path(__file__).resolve().parents[2] / "zhenggai" / "importer" / "parse"


def _rewraps(node: ast.Assign, names: list[str]) -> bool:
    """`X = Needles(X)`, `X = NearAnchor(X.pattern, …)`: the same pattern wrapped for speed, not a second meaning."""
    v = node.value
    if not (isinstance(v, ast.Call) and v.args):
        return False
    first = v.args[0]
    if isinstance(first, ast.Attribute):
        first = first.value
    return isinstance(first, ast.Name) and first.id in names


def _defined_twice(source: str) -> list[str]:
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            if _rewraps(node, names):
                continue
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen.setdefault(name, node.lineno)
    return twice


@pytest.mark.parametrize("module", sorted(p.name for p in PARSE.glob("*.py")))
def test_no_parse_module_defines_one_name_twice(module):
    assert _defined_twice((PARSE / module).read_text(encoding="utf-8")) == []


def test_the_check_finds_a_name_defined_twice_but_not_a_pattern_wrapped_for_speed():
    source = "import re\nA = re.compile('a')\nA = Needles(A)\nB = re.compile('b')\nB = NearAnchor(B.pattern, 'x', 1)\n" \
             "C = {1: 1}\ndef f():\n    return C\nC = {2: 2}\n"
    assert _defined_twice(source) == ["C (lines 6 and 9)"]
