"""Clean the text layer: characters, spaces, site chrome, page and chunk markers,
broken lines, and run-together text.

Every step keeps the position (index of the input paragraph) of what it keeps,
and reports what it removed so the caller can list it as an anomaly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .numbering import cn_to_int, int_to_cn, parse_marker, RE_XS
from .rx import AtStops, NearAnchor, Needles

# What the parser matches on and what it keeps are two aligned strings of the same length:
# the text as written, and a "folded" copy in which full-width ASCII (，；：（）１２３…) is ASCII and
# traditional characters are simplified. Every rule reads the folded copy; every piece of text the
# result stores is taken back from the text as written (see ``Restorer``), so "，；（）" stay as typed.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({0xFE50: ord(","), 0xFE51: ord("、"), 0xFE52: ord(".")})
_FOLD_CHAR = {chr(a): chr(b) for a, b in _FOLD.items()}
_RE_FOLDABLE = re.compile("[" + "".join(_FOLD_CHAR) + "]")
_SPACES = {cp: " " for cp in (0x00A0, 0x1680, 0x3000, 0x202F, 0x205F, 0x2028, 0x2029)}
_SPACES.update({cp: " " for cp in range(0x2000, 0x200B)})
_ZERO = {cp: None for cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD)}
_TABLE = {**_SPACES, **_ZERO, ord("\t"): " ", ord("\r"): None}


_RE_LAYOUT_CHAR = re.compile("[" + "".join(re.escape(chr(cp)) for cp in _TABLE) + "]")


def document_scan(texts: list[str]) -> tuple[bool, bool]:
    """(any layout character, any full-width character to fold) in these paragraphs: clean_pair's two scans done once for
    a whole document."""
    joined = "\n".join(texts)
    return _RE_LAYOUT_CHAR.search(joined) is not None, _RE_FOLDABLE.search(joined) is not None


def normalize_chars(text: str) -> str:
    """Spaces and invisible characters only: layout, not text. Punctuation is left as written."""
    # finding one such character is a C loop; translating every paragraph through the table is not
    return text.translate(_TABLE) if _RE_LAYOUT_CHAR.search(text) else text


# "己全部整改到位", "己完成": an OCR or typing slip of 己 for 已 before the words that follow 已 in a
# progress sentence (自己 and 知己 are untouched: the slip is read only before these words).
_RE_JI_FOR_YI = re.compile(r"(?<![自知异克利])己(?=全部|完成|整改|经|办结|落实|销号|基本|达到|建立|制定|出台|形成)")


# "二Ο一四年", "二○二三年", "二0二一年": a zero typed as a look-alike (Greek or Cyrillic capital O, Latin O, a white
# circle, a digit 0) inside a year written in Chinese numerals is 〇 (only in a run of four that opens with 一 or 二 and
# is followed by 年, with a Chinese numeral beside the look-alike: "O2O年" or "2020年" are left alone)
_ZERO_LOOKALIKES = "ΟО○◯OＯ0０"
_RE_LOOKALIKE_YEAR = re.compile(r"[一二](?:[〇零一二三四五六七八九]|[ΟО○◯OＯ0０]){3}(?=\s*年)")
_ZERO_TABLE = str.maketrans({c: "〇" for c in _ZERO_LOOKALIKES})


def _zero_in_year(m: re.Match) -> str:
    return m.group(0).translate(_ZERO_TABLE)


# syn22: the ordinal lead-ins of a paragraph's items are one class — "一是…二是…" and "第一，…第二，…" (the 第 form with
# its comma, at a clause's start) — read as the one form every rule knows: "第一，" folds to "一是，" (the same length:
# the written copy keeps 第一，). Not "第一、" (a numbering of headings), not "质量第一，" (no clause start before it).
_RE_ORDINAL_LEAD = re.compile(r"第([一二三四五六七八九十]{1,2})(?=[，,])")
_ORDINAL_LEAD_AFTER = frozenset("。；;：:，,！!？?）) \t\u3000\n")


def _ordinal_lead(m: re.Match) -> str:
    s, i = m.string, m.start()
    if i and s[i - 1] not in _ORDINAL_LEAD_AFTER:
        return m.group(0)
    return m.group(1) + "是"


# syn22: a field's label is one of a class of the genre's words for it; each class is read as the member every rule
# knows (the same length: the written copy keeps the word printed). Only in a label's place: at a paragraph's or
# clause's start (after a numbering) and before a colon, a 】, a table's cell end or the paragraph's end — "制定主要措施"
# or "整改举措117条" are words of a sentence, not labels.
LABEL_CLASSES = {
    "整改措施": ("整改举措", "主要措施"),            # what is done
    "整改时限": ("时限要求", "整改期限"),            # by when (完成时限 is read as itself)
    "责任单位": ("承办单位", "责任部门"),            # who answers for it (牵头单位, who leads, is not folded)
    "整改进展": ("进展情况",),                      # how far it has gone
    "整改进展情况": ("整改落实情况",),
    "存在问题": ("主要问题",),                      # the problems found (反馈问题, 发现的问题 are read as themselves)
    "反馈问题": ("督察问题",),                      # task25: the inspection's problem, a 销号 公示's first row (bsgg666)
}
_LABEL_FOLD = {v: k for k, vs in LABEL_CLASSES.items() for v in vs}
assert all(len(v) == len(k) for v, k in _LABEL_FOLD.items())  # (fold keeps offsets)
_RE_LABEL_VARIANT = re.compile("(" + "|".join(sorted(_LABEL_FOLD, key=len, reverse=True)) + r")(?=\s*(?:[:：】\t|]|$))")
_LABEL_AFTER = frozenset("。；;，,、：:）)】.．|\t \u3000\n")


def _label_variant(m: re.Match) -> str:
    s, i = m.string, m.start()
    if i and s[i - 1] not in _LABEL_AFTER:
        return m.group(0)
    return _LABEL_FOLD[m.group(1)]


def fold(text: str, extra: dict[int, int] | None = None, foldable: bool = True) -> str:
    """The matching form of a text: one character for one character (offsets stay valid). ``foldable=False``: the
    caller knows the text holds no full-width character to fold (its whole document holds none)."""
    if foldable:
        found = _RE_FOLDABLE.findall(text)  # str.translate looks up every character (a KeyError each); few need it
        for ch in set(found):
            text = text.replace(ch, _FOLD_CHAR[ch])  # no folded character is itself folded: one pass each is the same
    if "己" in text:
        text = _RE_JI_FOR_YI.sub("已", text)
    if "第" in text:
        text = _RE_ORDINAL_LEAD.sub(_ordinal_lead, text)
    if "措" in text or "时限" in text or "期限" in text or "单位" in text or "部门" in text or "情况" in text or "主要问题" in text or "督察问题" in text:
        text = _RE_LABEL_VARIANT.sub(_label_variant, text)
    if "年" in text and ("一" in text or "二" in text):
        text = _RE_LOOKALIKE_YEAR.sub(_zero_in_year, text)
    return text.translate(extra) if extra else text


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def traditional_map(texts: list[str]) -> dict[int, int]:
    """{traditional character: simplified} for the characters these texts use, from OpenCC (t2s).

    Characters only, not phrases, so that the folded copy keeps the length of the text as written;
    an empty map when OpenCC is not installed (traditional text is then read as it is).
    """
    rx = _t2s_changed()
    if rx is None:
        return {}
    # one character-class scan of the text in C: the distinct characters of a document, taken one by one, cost
    # more than its parse's rules did
    found = set(rx.findall("".join(t for t in texts if isinstance(t, str))))
    return {ord(a): _T2S_CHANGED[a] for a in found}


def folded_simplified(text: str) -> str:
    """res21: ``text`` with each traditional character folded to its simplified form (character by character, the
    length kept) — for a word list matched before the document is converted (a Word table's label cells "整改問題",
    "完成時限" read by extract as "整改问题", "完成时限"); the text itself when OpenCC is not installed."""
    mapping = traditional_map([text])
    return text.translate(mapping) if mapping else text


_T2S = None
_T2S_CHANGED: dict[str, int] = {}  # every Chinese character OpenCC's t2s changes, alone → its simplified form
_RE_T2S_CHANGED: re.Pattern | None = None  # those characters as one class (4,221 of 28,160 in OpenCC 1.1)


def _t2s_changed() -> re.Pattern | None:
    """The character class of the Chinese characters t2s changes (U+3400–U+9FFF, U+F900–U+FAFF), each converted
    alone, once per process (~30 ms); None when OpenCC is not installed."""
    global _T2S, _RE_T2S_CHANGED
    if _RE_T2S_CHANGED is not None:
        return _RE_T2S_CHANGED
    try:
        import opencc
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    if _T2S is None:
        _T2S = opencc.OpenCC("t2s")
    for lo, hi in ((0x3400, 0xA000), (0xF900, 0xFB00)):
        for start in range(lo, hi, 2048):  # (in slices: the temporary strings stay small, not a process's peak)
            chars = "".join(map(chr, range(start, min(start + 2048, hi))))
            converted = _T2S.convert("\n".join(chars)).split("\n")  # (a line a character: no phrase spans two)
            if len(converted) == len(chars):
                _T2S_CHANGED.update((a, ord(b)) for a, b in zip(chars, converted) if len(b) == 1 and b != a)
    _RE_T2S_CHANGED = re.compile("[" + "".join(_T2S_CHANGED) + "]" if _T2S_CHANGED else "(?!)")
    return _RE_T2S_CHANGED


# A document is a traditional copy when this share of its Chinese characters are traditional forms (and there are at
# least TRADITIONAL_MIN of them): a simplified text with a name in 乾 or a quoted 於 stays as it is. Traditional copies
# run at 15-30 %.
TRADITIONAL_SHARE = 0.03
TRADITIONAL_MIN = 12


def to_simplified(paragraphs: list) -> tuple[list, dict[int, int], bool]:
    """A traditional-character copy (a Hong Kong or Taiwan republication of a mainland document) converted to
    simplified with OpenCC's phrase-aware t2s, before anything is read: its problems, units and names come out as
    in the simplified original (审计厅, not 審計廳). Anything else is returned as it is. Paragraphs stay paragraphs
    (positions are paragraph indexes), non-strings pass through. Returns the paragraphs, the character map
    `traditional_map` gives for them (what is left to fold) and whether they were converted."""
    texts = [p for p in paragraphs if isinstance(p, str)]
    mapping = traditional_map(texts)
    if not mapping:
        return paragraphs, mapping, False
    joined = "\n".join(texts)
    changed = sum(joined.count(chr(code)) for code in mapping)  # counted in C, one pass per distinct form
    if changed < TRADITIONAL_MIN or changed < TRADITIONAL_SHARE * len(_CJK.findall(joined)):
        return paragraphs, mapping, False
    converted = [_T2S.convert(p) if isinstance(p, str) else p for p in paragraphs]
    return converted, traditional_map([p for p in converted if isinstance(p, str)]), True


_RE_PAGE_NUMBER = re.compile(r"[-—–]\s+\d{1,3}\s+[-—–]")
# a blank between scripts: r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])|(?<=[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e])\s+(?=\d)"
# (perf22: every match opens with a blank — a NearAnchor tried it there only. perf23: the blank taken out of the three
# alternatives, each look-behind read after it and widened by it: led by a class the engine scans for, the same tries in
# the same order, no NearAnchor)
_RE_CJK_SPACE = re.compile(r"\s(?:(?<=[^\x00-\x7f]\s)\s*|\s*(?=[^\x00-\x7f])|(?<=[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]\s)\s*(?=\d))")
RE_PAGE_JUMP = re.compile(r"[(（]\s*(?:下转|上接|转|接|续)\s*(?:第)?\s*[\d一二三四五六七八九十]+\s*(?:版|页|面)\s*[)）]")
# pinyin glosses some sites put after characters: 關(guān)于, 質(zhì)量, 學習(xuéxí), 學習(xué xí) — page noise, like chunk
# markers (or after a Latin letter a garbled copy left in a character's place: "鸾Y(jié)算", blind28 flight). gloss24:
# a gloss of one or more syllables, blanks between them or inside one (a wrap a flat copy joined with a space, "(zh ì)"),
# a blank before it after a character. A candidate holds a tone mark and nothing but letters, blanks and apostrophes;
# it is a gloss only when its letters, tones taken off, split wholly into syllables of Mandarin (_is_pinyin): a name
# in brackets ("何塞(José)", "(Café)"), a code ("(PM2.5)", "(ISO9001)") or a unit ("(mg/L)") never does.
_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_RE_GLOSS_CANDIDATE = re.compile(
    r"(?:(?<=[\u3400-\u9fff])[ \t\u3000]?|(?<=[\]】A-Za-z]))[(（](?=[a-zü \t']*[" + _TONES + r"])"
    r"([a-zA-Z" + _TONES + _TONES.upper() + r"üÜ \t']{1,48})[)）]")
_RE_TONE_MARK = re.compile("[" + _TONES + "]")
_UNTONE = str.maketrans(_TONES + _TONES.upper(), "aaaaeeeeiiiioooouuuuüüüü" * 2)
_PINYIN_SYLLABLES = frozenset("""
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai
chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo
da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan
fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han
hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju
juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei
leng li lia lian liang liao lie lin ling liu lo long lou lu lü luan lüe lue lun luo ma mai man mang mao me mei men meng
mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou
nu nü nuan nüe nue nun nuo o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang
qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang
sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song
sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang
wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong
you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu
zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo""".split())


def _is_pinyin(content: str) -> bool:
    """Do a bracket's letters (blanks and apostrophes dropped, tones taken off) split wholly into Mandarin syllables?"""
    s = re.sub(r"[\s']", "", content).translate(_UNTONE).lower()
    if not s:
        return False
    ok = [True] + [False] * len(s)  # ok[i]: s[:i] splits into syllables
    for i in range(1, len(s) + 1):
        ok[i] = any(ok[j] and s[j:i] in _PINYIN_SYLLABLES for j in range(max(0, i - 6), i))
    return ok[len(s)]


class _PinyinGloss:
    """The glosses among _RE_GLOSS_CANDIDATE's matches (a duck of a pattern for ``_cut``: finditer, search, sub)."""
    pattern = _RE_GLOSS_CANDIDATE.pattern

    @staticmethod
    def finditer(text: str):
        for m in _RE_GLOSS_CANDIDATE.finditer(text):
            if _is_pinyin(m.group(1)):
                yield m

    def search(self, text: str):
        return next(self.finditer(text), None)

    def sub(self, repl: str, text: str) -> str:
        out, last = [], 0
        for m in self.finditer(text):
            out.append(text[last:m.start()])
            out.append(repl)
            last = m.end()
        return "".join(out) + text[last:]


RE_PINYIN_GLOSS = _PinyinGloss()
# vs18: an item numbered by a keycap emoji ("1️⃣" = digit, U+FE0F, U+20E3) opening a paragraph, or the same emoji lost
# on a copy as "1??" (each of its two marks a "?"), is the item number "1." (blind28 flight: "檢查發現具體問題如下:" then
# "1??有48家…"). Only at a paragraph's start, one or two digits: "是否?" or "2022??" inside a text stay as they are.
RE_KEYCAP_NUMBER = re.compile(r"(?:(?<=^\d)|(?<=^\d\d))(?:\?\?|\ufe0f?\u20e3)")


_RE_SPACES = re.compile(r"\s\s+")  # (perf22: \s\s+ for \s{2,}, a class first: scanned fast)


def _cut(pair: tuple[str, str], rx: re.Pattern, repl: str = "") -> tuple[str, str]:
    """Apply a substitution found on the folded copy to both copies."""
    orig, folded = pair
    out_o: list[str] = []
    out_f: list[str] = []
    last = 0
    for m in rx.finditer(folded):
        out_o.append(orig[last:m.start()])
        out_f.append(folded[last:m.start()])
        out_o.append(repl)
        out_f.append(repl)
        last = m.end()
    if not last:
        return pair
    out_o.append(orig[last:])
    out_f.append(folded[last:])
    return "".join(out_o), "".join(out_f)


def _strip(pair: tuple[str, str]) -> tuple[str, str]:
    orig, folded = pair
    if not (folded[:1].isspace() or folded[-1:].isspace()):
        return pair  # (most pieces: nothing at either end to strip)
    start = len(folded) - len(folded.lstrip())
    end = len(folded.rstrip())
    return orig[start:end], folded[start:end]


# res19: a forum's anti-scraping jammer (Discuz copies): runs of five or more one- or two-character ASCII tokens, one
# space apart, glued before or after a paragraph's words ("1.裸土未全覆盖。 w2 q& ~( F1 ]: ?# a8 c- Q", "' c) L' k; X7 K'
# a: m 4.临边洞口…"); the last token may be one letter glued to the next word ("…l9 D目前,已对…"), never a digit ("…Z |+
# }2 V 9月13日": the 9 is the date's). Only a run with three tokens holding a letter and two holding punctuation is one:
# a table's "| 1 | 2 | 3 |" or a list of codes "A B C D E" is not.
RE_JAMMER = re.compile(r"(?<![\x21-\x7e])(?:[\x21-\x7e]{1,2} ){4,}(?:[\x21-\x7e]{1,2}(?=\s|$)|[A-Za-z](?=[^\x00-\x7f]))")
_RE_JAMMER_LETTER = re.compile(r"[A-Za-z]")
_RE_JAMMER_PUNCT = re.compile(r"[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")


class _Jammer:
    """RE_JAMMER's runs that are jammers (a duck of a pattern for ``_cut``: finditer only)."""
    @staticmethod
    def finditer(text: str):
        for m in RE_JAMMER.finditer(text):
            tokens = m.group(0).split()
            if sum(1 for t in tokens if _RE_JAMMER_LETTER.search(t)) >= 3 and sum(1 for t in tokens if _RE_JAMMER_PUNCT.search(t)) >= 2:
                yield m


def clean_pair(raw: str, extra: dict[int, int] | None = None, layout: bool = True, foldable: bool = True) -> tuple[str, str]:
    """(text as written, folded copy) of one paragraph, cleaned of layout spaces and page numbers. ``layout=False`` /
    ``foldable=False``: the caller found no layout character / no full-width character to fold in the whole document
    (one scan of it, not one of each paragraph), so none is looked for here."""
    orig = normalize_chars(raw) if layout else raw
    pair = (orig, fold(orig, extra, foldable))
    spaced = " " in pair[1]  # most paragraphs have no space left once layout characters are normalised
    if spaced:
        pair = _cut(pair, _RE_PAGE_NUMBER)
    if "(" in pair[1] and _RE_TONE_MARK.search(pair[1]):  # a gloss has a tone mark: one character-class scan first
        pair = _cut(pair, RE_PINYIN_GLOSS)
    pair = _strip(pair)
    if pair[1][1:3] == "??" or pair[1][2:4] == "??" or "\u20e3" in pair[1][:5]:  # (a lost or kept keycap number: two string checks first)
        pair = _cut(pair, RE_KEYCAP_NUMBER, ".")
    if not spaced:
        return pair  # (stripped already: nothing below changes it)
    if pair[1].count(" ") >= 4:  # (a jammer holds four spaces at least)
        pair = _strip(_cut(pair, _Jammer))
    pair = _cut(pair, _RE_CJK_SPACE)
    pair = _cut(pair, _RE_SPACES, " ")
    return _strip(pair)


def clean_text(text: str) -> str:
    """Characters and spaces of one paragraph, in the folded (matching) form."""
    return clean_pair(text)[1]


def strip_page_jumps_pair(pair: tuple[str, str]) -> tuple[tuple[str, str], list[str]]:
    found = RE_PAGE_JUMP.findall(pair[1]) if "(" in pair[1] or "（" in pair[1] else []  # a jump opens with a parenthesis
    if not found:
        return pair, []
    return _strip(_cut(pair, RE_PAGE_JUMP)), found


def _char_class(chars: set[str]) -> re.Pattern | None:
    """A pattern finding any of these characters (None for none)."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]") if chars else None


_NONZERO = bytes([0] + [1] * 255)  # a byte table: 0 stays 0, any other byte is 1


def _differing_offsets(a: str, b: str) -> list[int]:
    """The offsets where two strings of one length hold different characters, in order: the copies compared as
    UTF-32 code units in C (XOR), then one find a differing character rather than a step a character."""
    if a == b:
        return []
    ea, eb = a.encode("utf-32-le", "surrogatepass"), b.encode("utf-32-le", "surrogatepass")  # (a lone surrogate too)
    x = (int.from_bytes(ea, "little") ^ int.from_bytes(eb, "little")).to_bytes(len(ea), "little").translate(_NONZERO)
    out: list[int] = []
    i = x.find(1)
    while i >= 0:
        k = i >> 2
        out.append(k)
        i = x.find(1, (k + 1) << 2)
    return out


class Restorer:
    """Gives back the text as written for a string the parser cut out of the folded copy.

    The folded and written copies of the document are aligned character by character. A string
    whose characters each come from one written character is mapped back directly; when the
    document writes a character both ways (an ASCII comma here, a full-width one there), the
    string is looked up in the folded copy (near ``hint`` first) and the written text at that
    place is returned.
    """

    def __init__(self, written: str, folded: str):
        self.written = written
        self.folded = folded
        self.active = written != folded
        back: dict[str, set[str]] = {}
        if not self.active:
            native: set[str] = set()
        elif len(written) != len(folded):  # (not aligned: every pair, as zip pairs them)
            pairs = set(zip(written, folded))  # the distinct (written, folded) pairs, built in C
            for w, f in pairs:
                if w != f:
                    back.setdefault(f, set()).add(w)
            native = {f for w, f in pairs if w == f and f in back}
        else:
            # only the offsets where the copies differ (one character in ten or fewer; a pair a character was most of
            # the time): a folded character is also written as itself when the folded copy holds it more often than
            # at those offsets
            differing: dict[str, int] = {}
            for i in _differing_offsets(written, folded):
                f = folded[i]
                back.setdefault(f, set()).add(written[i])
                differing[f] = differing.get(f, 0) + 1
            native = {f for f in back if folded.count(f) > differing[f]}
        # a folded character that also appears as itself (or comes from two written forms) is ambiguous
        self.ambiguous = {f for f, ws in back.items() if len(ws) > 1 or f in native}
        self.table = {ord(f): next(iter(ws)) for f, ws in back.items() if f not in self.ambiguous}
        self.targets = set(back)
        # (each set as a character class: a field is scanned in C, not taken apart a character at a time as
        # set.isdisjoint does; an empty set finds nothing)
        self._any_target = _char_class(self.targets)
        self._any_ambiguous = _char_class(self.ambiguous)

    def __call__(self, s, hint: int = 0):
        if not self.active or not s or not isinstance(s, str):
            return s
        if self._any_target is None or self._any_target.search(s) is None:  # (targets.isdisjoint(s))
            return s
        if self._any_ambiguous is None or self._any_ambiguous.search(s) is None:  # (ambiguous.isdisjoint(s))
            return s.translate(self.table)
        out: list[str] = []
        for k, piece in enumerate(s.split("\n")):
            if k:
                out.append("\n")
            out.append(self._locate(piece, hint))
        return "".join(out)

    def _find(self, piece: str, hint: int) -> int:
        i = self.folded.find(piece, hint)
        return i if i >= 0 else self.folded.find(piece)

    def _locate(self, piece: str, hint: int) -> str:
        out: list[str] = []
        rest = piece
        while rest:
            i = self._find(rest, hint)
            if i >= 0:
                out.append(self.written[i:i + len(rest)])
                break
            lo, hi = 0, len(rest)  # longest prefix present in the folded copy
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if self._find(rest[:mid], hint) >= 0:
                    lo = mid
                else:
                    hi = mid - 1
            if lo == 0:
                out.append(rest[0].translate(self.table))
                rest = rest[1:]
                continue
            i = self._find(rest[:lo], hint)
            out.append(self.written[i:i + lo])
            hint = i + lo
            rest = rest[lo:]
        return "".join(out)


# --- site chrome -------------------------------------------------------------
_CHROME_EXACT = {
    "分享", "分享到", "分享:", "打印", "关闭", "返回", "TOP", "顶部", "首页", "字体", "大", "中", "小",
    "英文版", "无障碍", "网站地图", "手机版", "手机WAP", "微信", "微博", "微信公众号", "媒体矩阵", "政务邮箱",
    "登录", "注册", "搜索", "收藏", "关注", "点赞", "纠错", "【打印】", "【关闭】", "【返回】",
}
_CHROME_SHORT = [  # only on short lines: these words also occur in real sentences
    r"^(?:您?当前的?(?:所在)?位置|当前页面|所在位置)\s*[:：]",
    r"^首页\s*[>＞»/]",
    r"(?:【|\[)\s*(?:打印|关闭|返回|字号|字体|收藏|分享)",
    r"扫一扫|在手机打开|手机扫描|分享到[:：]?$",
    # os18: a news page's footer blocks ("相关推荐", "扫码关注某某网公众号", "ID:chxk365": its WeChat account)
    r"^(?:相关推荐|推荐阅读|相关阅读|相关新闻)$|^扫码关注|^(?:微信)?ID[:：][A-Za-z][\w-]{2,30}$",
    r"^(?:-\s*)?(?:信息|文章|新闻)?来源\s*[:：].{0,40}(?:发布|日期|时间|浏览|点击|阅读|作者)",
    r"^(?:-\s*)?(?:发布日期|发布时间|发文日期|成文日期|浏览次数|点击数|阅读数|阅读量|浏览量|访问量|信息来源|来源|作者|责任编辑|编辑|字号)\s*[:：]",
    r"^(?:上一篇|下一篇|相关链接|相关文章|附件下载|打印本页|关闭窗口|返回顶部)",
    r"文档作品|禁止商用|著作权|配套讲稿|特殊限制|关\s*键\s*词|文库|原创力文档|道客巴巴|豆丁|人人文库|下载积分",
    r"^限制\d+内$",
    r"^版权所有|^Copyright|备案号|ICP备|网站标识码|公网安备|主办单位[:：]|承办单位[:：]|技术支持[:：]",
    r"^(?:-\s+)\S",
]
_CHROME_ANY = [  # unmistakable boilerplate of document-sharing sites
    r"由会员分享|分享文档赚钱|全文预览已结束|word讲稿|仅作为作品整体效果示例展示|下载后可编辑|本文档由用户上传",
]
# one alternation each: a single scan of the line instead of one per pattern
_RE_CHROME_SHORT = re.compile("|".join(f"(?:{p})" for p in _CHROME_SHORT))
# the same split in two: the alternatives anchored at the line's start (tried there only, by match) and the others
# (searched) — one alternation mixing both is tried in full at every offset of the line
_CHROME_SHORT_ALTS = [a for p in _CHROME_SHORT for a in (p.split("|") if p.startswith("^版权所有") else [p])]
_RE_CHROME_SHORT_AT = re.compile("|".join(f"(?:{a[1:]})" for a in _CHROME_SHORT_ALTS if a.startswith("^")))
_BRACKET_EITHER = r"(?:【|\[)"


def _flat(alt: str) -> list[str]:
    """An alternative opening with "either bracket" as two, each opening with its literal."""
    if alt.startswith(_BRACKET_EITHER):
        rest = alt[len(_BRACKET_EITHER):]
        return ["【" + rest, r"\[" + rest]
    return [alt]


# (the others flat, each opening with a literal, so that the engine scans for their first characters instead of trying
# every alternative at every offset: ~4x faster)
_RE_CHROME_SHORT_IN = re.compile("|".join(x for a in _CHROME_SHORT_ALTS if not a.startswith("^") for x in _flat(a)))
_RE_CHROME_ANY = re.compile("|".join(f"(?:{p})" for p in _CHROME_ANY))
_RE_BUTTONS = re.compile(r"(?:【[^】]{1,6}】\s*)+|TOP(?:\s*【[^】]{1,6}】)*")
# a field label in brackets on its own line ("【整改情况】", "【问题】") is the document's, not a page button
_RE_FIELD_BRACKET = re.compile(r"【\s*(?:问题|整改|存在|反馈|责任|完成|措施|进展|落实)")


def is_chrome(text: str) -> bool:
    t = text.strip()
    if not t:
        return True
    if t in _CHROME_EXACT or t.rstrip(":：") in _CHROME_EXACT:
        return True
    if t[0] in "【T" and _RE_BUTTONS.fullmatch(t) and not _RE_FIELD_BRACKET.search(t):  # (a match opens with 【 or TOP)
        return True
    if _RE_CHROME_ANY.search(t):
        return True
    return len(t) <= 80 and bool(_RE_CHROME_SHORT_AT.match(t) or _RE_CHROME_SHORT_IN.search(t))


# not "上传时间:2022-08-05": when a doc-sharing site got its copy, not when the document was issued
RE_META_DATE = re.compile(r"(?<!上传)(?:发布|发文|成文|更新)?(?:日期|时间)\s*[:：]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
RE_META_DATE = Needles(RE_META_DATE)  # (tried only in a text holding a literal every match reads)
RE_DATE_LINE = re.compile(r"^(\d{4}|[二〇零一三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日$")
# (chk21: a 邮政信箱 as a contact given, "邮政信箱:…" / "邮政信箱1001号", not one named in a sentence about the channels a
# check opened, "进驻期间,向社会公布举报投诉电话、邮政信箱,受理…": the article goes on)
RE_CLOSING = re.compile(r"欢迎广大|如有意见建议|如有意见和建议|联系电话[:：]|联系方式[:：]|邮政信箱(?![，,、。；;和及])|电子邮箱[:：]|监督电话|举报电话[:：]|特此通报|特此报告")


def is_date_line(text: str) -> bool:
    return "年" in text and bool(RE_DATE_LINE.match(text.strip()))  # (every match reads 年: a literal test first)


# --- doc-sharing page chunks ---------------------------------------------------
_RE_CHUNK = re.compile(r"^(\d{1,3})、")
_TERMINAL = set("。!！?？;；”）)】》…:：")


def remove_chunk_markers(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], int]:
    """Undo doc-sharing previews cut into numbered page chunks ("1、…", "2、…").

    The markers count 1, 2, 3… on long lines and fall mid-sentence, so the
    chunks are glued back together without a separator. Returns the lines and
    how many markers were removed.
    """
    idx = [i for i, (_, t) in enumerate(lines) if _RE_CHUNK.match(t)]
    run: list[int] = []
    best: list[int] = []
    for i in idx:
        n = int(_RE_CHUNK.match(lines[i][1]).group(1))
        if run and n == int(_RE_CHUNK.match(lines[run[-1]][1]).group(1)) + 1:
            run.append(i)
        elif n == 1:
            run = [i]
        else:
            run = []
        if len(run) > len(best):
            best = list(run)
    # (two chunks are enough on a page that says it is a doc-sharing site's: "《…》由会员分享，可在线阅读")
    if len(best) < 2 or (len(best) < 3 and not any(_RE_CHROME_ANY.search(t) for _, t in lines[:best[0]])):
        return lines, 0
    long_lines = sum(1 for i in best if len(lines[i][1]) >= 120)
    cut = sum(1 for i in best[1:] if lines[i - 1][1] and lines[i - 1][1][-1] not in _TERMINAL)
    if long_lines < 0.7 * len(best) or cut < 0.4 * (len(best) - 1):
        return lines, 0
    keep = set(best)
    out: list[tuple[int, str]] = []
    first = best[0]
    merged_pos, merged = lines[first][0], ""
    for i, (pos, text) in enumerate(lines):
        if i < first or (i > best[-1]):
            if i > best[-1] and merged:
                out.append((merged_pos, merged))
                merged = ""
            out.append((pos, text))
        elif i in keep:
            merged += _RE_CHUNK.sub("", text, count=1)
        else:
            merged += text
    if merged:
        out.append((merged_pos, merged))
    out.sort(key=lambda p: p[0])
    return out, len(best)


# --- page furniture of a text copied out of a paged document -----------------------------------------
# a page number alone on its line: "— 3 —", "-3-", "第3页", "第3页 共9页", "共9页 第3页"
RE_PAGE_FOOTER = re.compile(r"^\s*(?:[-—–－]+\s*\d{1,4}\s*[-—–－]+|第\s*\d{1,4}\s*页(?:\s*[/，,、]?\s*共\s*\d{1,4}\s*页)?"
                            r"|共\s*\d{1,4}\s*页\s*[/，,、]?\s*第\s*\d{1,4}\s*页)\s*$")
_RE_DIGITS = re.compile(r"\d+")


def page_furniture(paragraphs: list) -> set[int]:
    """Positions of the page numbers and running headers of a text copied out of a PDF or a printed page.

    A page number stands alone on its line. The line right after one opens the next page: it is the page's running
    header when it is short, does not end a sentence, and either comes back after another page number (its numbers
    aside) or is how the document's first line begins (the title's first words)."""
    footers = [i for i, p in enumerate(paragraphs) if isinstance(p, str) and len(p) <= 24 and RE_PAGE_FOOTER.match(p)]
    if not footers:
        return set()
    found = set(footers)
    first = next((p.strip() for p in paragraphs if isinstance(p, str) and p.strip()), "")
    after: dict[str, list[int]] = {}
    for i in footers:
        j = next((k for k in range(i + 1, min(i + 4, len(paragraphs)))
                  if isinstance(paragraphs[k], str) and paragraphs[k].strip()), None)
        if j is None or j in found:
            continue
        t = paragraphs[j].strip()
        # (robust25: a line that repeats the document's first words is its running header whatever it ends on, "公文高手,
        # 超级方便的公文写作神器!" over every page of a doc-sharing copy whose first line is that, "… 立即了解")
        # (wrap25: nor does a line repeating the first line lose that for opening like an item or a bullet, "• <wbr…"
        # over every page of a copy whose first line is that markup; a first line shorter than six characters, "网站首页",
        # repeated whole after a page number is its running header too)
        repeats_first = (len(t) >= 6 and first.startswith(t)) or (len(t) >= 2 and t == first)
        if len(t) > 40 or (not repeats_first and (t[-1] in _SENTENCE_END or starts_structure(t))) \
                or (t[-1] in _SENTENCE_END and not (len(t) >= 10 and first.startswith(t))):
            continue
        after.setdefault(_RE_DIGITS.sub("#", t.replace(" ", "")), []).append(j)
    for key, lines in after.items():
        text = paragraphs[lines[0]].strip()
        if len(lines) >= 2 or (((len(text) >= 6 and first.startswith(text)) or (len(text) >= 2 and text == first)) and lines[0] != next(
                k for k, p in enumerate(paragraphs) if isinstance(p, str) and p.strip())):
            found.update(lines)
    return found


# --- paragraphs ---------------------------------------------------------------
@dataclass
class Para:
    text: str
    pos: int
    page_jump_after: bool = False
    page_jump_before: bool = False
    joined: list[int] = field(default_factory=list)


def starts_structure(text: str) -> bool:
    return parse_marker(text) is not None or bool(RE_XS.match(text)) or is_label_line(text)


RE_LABEL_LINE = re.compile(
    r"^(?:整改目标|整改时限|完成时限|整改期限|整改措施|主要措施|具体措施|责任领导|牵头领导|责任单位|牵头单位|配合单位|协办单位|责任人|"
    r"整改责任单位|整改责任部门|责任科室|牵头科室|责任处室|牵头处室|责任股室|完成时间|整改时间|时间节点|完成期限|"
    r"整改结果及成效|整改措施及阶段性成效|整改情况|整改进展|整改进展情况|整改成效|阶段性成效|完成情况|整改结果|问题描述|存在问题|反馈问题)\s*[:：]"
)


def is_label_line(text: str) -> bool:
    return bool(RE_LABEL_LINE.match(text))


def _unbalanced(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count("《") > text.count("》") or text.count("(") > text.count(")")


def wrap_width(lengths: list[int]) -> int | None:
    """The width a text was hard-wrapped at, from its raw line lengths; None when it was not.

    Hard-wrapped text has many lines of exactly the same length and almost none
    longer; paragraphs kept whole vary in length.
    """
    from collections import Counter

    long = [n for n in lengths if n >= 20]
    if len(long) < 6:
        return None
    width, count = Counter(long).most_common(1)[0]
    longer = sum(1 for n in long if n > width)
    if count >= 5 and count >= 0.3 * len(long) and longer <= 0.1 * len(long):
        return width
    return None


def half_columns(text: str) -> int:
    """How wide a line is on a page, in half columns: a Chinese character (or full-width mark) two, an ASCII one."""
    return 2 * len(text) - len(text.encode("ascii", "ignore"))


def full_page_lines(lines: dict[int, str]) -> tuple[set[int], set[int]]:
    """The positions of the lines that run to the right margin of a hard-wrapped text: (sure, likely), both empty
    when it was not wrapped.

    A text editor wraps at a number of characters: many lines of exactly one length (``wrap_width``); a line of that
    length is surely full, one a character short likely so. A page (a PDF, text copied out of a viewer) wraps at a
    width: an ASCII letter or digit takes half a column, a closing mark hangs past the margin, a number is not cut,
    so its full lines are the same width give or take a column, and hardly any line is wider. Its full lines are
    likely so: those within two and a half columns of that width (a paragraph's first line, its indent lost)."""
    lengths = {i: len(t) for i, t in lines.items()}
    width = wrap_width(list(lengths.values()))
    if width:
        sure = {i for i, n in lengths.items() if n >= width}
        # (wrap25: a page's wrap can show as one of characters when most lines are Chinese: many lines of one length,
        # yet a line holding ASCII figures, or one whose closing mark would not fit and took its last character down
        # with it, "…经营问题较为突" | "出。", is a character or two shorter and still full: the page's measure in
        # columns counts it as likely full too)
        return sure, ({i for i, n in lengths.items() if n == width - 1} | _column_full_lines(lines)) - sure
    return set(), _column_full_lines(lines)


def _column_full_lines(lines: dict[int, str]) -> set[int]:
    """The lines of a page wrapped at a width in columns that likely run to its margin (``full_page_lines``)."""
    cols = {i: half_columns(t) for i, t in lines.items() if 20 <= len(t) <= _PAGE_MAX_COLUMNS}
    if len(cols) < 6:
        return set()
    # lines of each width, summed from the widest down (lines longer than any page are all "wider")
    total = len(cols) + sum(1 for t in lines.values() if len(t) > _PAGE_MAX_COLUMNS)
    per_width = [0] * (2 * _PAGE_MAX_COLUMNS + 8)
    for h in cols.values():
        per_width[h] += 1
    wider = [0] * (len(per_width) + 1)  # wider[h]: lines wider than h - 1 (within a page's measure)
    for h in range(len(per_width) - 1, -1, -1):
        wider[h] = wider[h + 1] + per_width[h]
    best, width = 0, None
    # the width with most lines within a column and a half of it and hardly any wider (of two, the wider)
    for w in sorted(set(cols.values()), reverse=True):
        near = wider[max(w - 3, 0)] - wider[w + 4]
        if near > best and wider[w + 4] + (total - len(cols)) <= 0.1 * total:
            best, width = near, w
    # a page is at least 25 characters wide, and its full lines mostly stop mid-sentence (a list of short items of
    # one length, each closed by its stop, is not a wrapped text)
    # (wrap25: a short text, a notice of a dozen lines, has only three or four lines that wrapped: three at one width
    # are enough when hardly any line is wider and most of them stop mid-sentence)
    if width is None or width < 50 or best < 3 or best < 0.2 * total:
        return set()
    at_width = [i for i, h in cols.items() if width - 2 <= h <= width + 2]
    if sum(1 for i in at_width if lines[i][-1] not in _SENTENCE_END) < 0.6 * len(at_width):
        return set()
    return {i for i, t in lines.items() if len(t) > _PAGE_MAX_COLUMNS or cols.get(i, 0) >= width - 5}


_SENTENCE_END = set("。!！?？;；")
_PAGE_MAX_COLUMNS = 120  # no page line is wider (in characters; two half columns each at most)


def join_broken_lines(paras: list[Para], title_like, full_lines: set[int] | None = None,
                      block_ends: set[int] | None = None, likely_full: set[int] | None = None) -> list[Para]:
    """Glue a paragraph to the next when the line was broken mid-sentence.

    ``full_lines`` are the positions of lines that surely run to the wrap width of a
    hard-wrapped text: such a line without closing punctuation always continues
    on the next line, even into a heading number or a label. ``likely_full`` lines
    (a page's width read from its columns, a line a character short) may just fill
    the width: they continue unless the next line opens an item, a label or a date
    (even into those when they stop on a comma or a 、: a paragraph never ends so).
    Either kind ending on a closing quote or bracket goes on under the same condition.
    """
    full_lines = full_lines or set()
    likely_full = likely_full or set()
    from .tree import bare_label_lines

    # gen19: in a document that heads its sections with bare label lines ("发现的问题", "责任单位", "整改时限" alone on
    # their lines, tree.bare_label_lines), each such line is a heading, as a numbered one is (starts_structure): no
    # wrapped line of the paragraph before it (unless that stops on an open word or mark), nor the start of the next
    labels = {paras[i].pos for i in bare_label_lines(paras)}
    out: list[Para] = []
    for k, p in enumerate(paras):
        if out:
            a = out[-1]
            if _field_value_wraps(a, p, paras[k + 1] if k + 1 < len(paras) else None):
                a.text += p.text
                a.joined.append(p.pos)
                a.page_jump_after = p.page_jump_after
                continue
            if labels and ((a.pos in labels and not a.joined) or (p.pos in labels and a.text and a.text[-1] not in _OPEN_ENDING)):
                out.append(Para(p.text, p.pos, p.page_jump_after, p.page_jump_before, list(p.joined)))
                continue
            last = a.joined[-1] if a.joined else a.pos
            # (ot19b: a field table's row, label_field_cells, starts a block too: "…整改完成情况公示表" over "整改任务：…"
            # is the table's caption, not a sentence its first row goes on)
            if block_ends and (last in block_ends or (p.pos in block_ends and RE_FIELD_LINE.match(p.text))):
                out.append(Para(p.text, p.pos, p.page_jump_after, p.page_jump_before, list(p.joined)))
                continue
            if ((last in full_lines and _continues(a, p))
                    or ((last in full_lines or last in likely_full) and _closed_mid_sentence(a, p))
                    or ((last in full_lines or last in likely_full) and _clause_at_margin(a, p))
                    or (last in likely_full and _continues(a, p)
                        and (a.text[-1] in _OPEN_PUNCT or not starts_structure(p.text)))):
                a.text += p.text
                a.joined.append(p.pos)
                a.page_jump_after = p.page_jump_after
                continue
            if _should_join(a, p, title_like):
                a.text += p.text
                a.joined.append(p.pos)
                a.page_jump_after = p.page_jump_after
                continue
        out.append(Para(p.text, p.pos, p.page_jump_after, p.page_jump_before, list(p.joined)))
    return out


# the next line goes on a sentence the margin broke when it holds a mark of prose (its stop, a comma: "标准。"); a line
# holding none is a label, a name or a headline of its own ("隐患单位", "某某纸业有限公司", a list of case titles set one a
# line, each as wide as the page) — unless the line before stops on a word that cannot end a phrase
_RE_ITEM_MARK_AT_END = re.compile(r"(?<=[;；,，。])\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[、.．])$")
_RE_PROSE_MARK = re.compile(r"[，,。；;、！!？?]")
_RE_LABEL_OPENING = re.compile(r"^\s*[^\s，,。；;、:：]{1,12}[:：]")  # a line opening with a label of its own: "存在的火灾隐患：…"


def rejoin_margin_lines(lines: list[Para], full_lines: set[int], likely_full: set[int]) -> list[Para]:
    """wrap25: the lines as printed, for the readers that read a document line by line (field cards, unit blocks,
    announced lines), with a line a page's margin broke joined back to the line it goes on: a line at the margin
    (``full_page_lines``) that stops on no mark closing a sentence, a clause or a field ("…电气线敷设不符合" | "标准。")
    goes on into the next line unless that one opens an item, a label, a field of its own ("地址：…"), a bullet or a
    date. A text that was not wrapped (no line at a margin) reads as before."""
    wide = full_lines | likely_full
    if not wide:
        return lines
    out: list[Para] = []
    for p in lines:
        if out:
            a = out[-1]
            last = a.joined[-1] if a.joined else a.pos
            if last in wide and _RE_PROSE_MARK.search(p.text) and (_clause_at_margin(a, p) or _RE_ITEM_MARK_AT_END.search(a.text)) \
                    and not starts_structure(p.text) and not _RE_LABEL_OPENING.match(p.text) and not a.page_jump_after:
                a.text += p.text  # (a clause, or an inline item's number, "…乱堆杂物;(3)" | "消防器材无检查记录,…", at the margin)
                a.joined.append(p.pos)
                continue
            if (last in wide and a.text and p.text and a.text[-1] not in _TERMINAL and not a.page_jump_after
                    and not p.page_jump_before and not starts_structure(p.text) and not RE_FIELD_LINE.match(p.text)
                    and not _RE_LABEL_OPENING.match(p.text) and not RE_BULLET_LINE.match(p.text)
                    and not is_date_line(p.text) and not RE_CLOSING.search(p.text)
                    and (a.text[-1] in _OPEN_ENDING or _RE_PROSE_MARK.search(p.text))):
                a.text += p.text
                a.joined.append(p.pos)
                continue
        out.append(Para(p.text, p.pos, p.page_jump_after, p.page_jump_before, list(p.joined)))
    return out


# res21: a block of labelled field lines copied from a PDF or a narrow form keeps the form's line breaks inside a value
# ("责任单位：某草原局、应急管理局、市生态环境" / "某某分局" / "配合单位：…"; "整改目标：完成…《县级历史遗留矿" / "山生态修复
# 方案》编制备案…"): a label line (is_label_line) whose value stops on no closing mark goes on into the next line when that
# line opens no item or label and either closes a bracket or quote the label line left open, or sits, with no sentence
# end inside it, right before the next label line (the block goes on: the line between two fields is the first one's
# value wrapped). Not a label line that ends on its colon or a stop ("整改时限：2024年底。" / "经核查…"), nor a line after
# the block's last field (what follows the form is prose of its own).
FIELD_WRAP_MIN = 15


# bw24: a line of fields whose last label, a deadline's, ends it with its value on the next line (a PDF's wrap: "牵头单位：
# 某科；配合单位：某科；完成时限：" | "2024年10月底前。"): the value is the field's, not a line of its own (nor a signature's date)
RE_DEADLINE_LABEL_AT_END = re.compile(r"(?:整改时限|完成时限|时限要求|整改期限|完成期限|完成时间|办结时限)\s*[:：]\s*$")
RE_DEADLINE_VALUE_LINE = re.compile(r"^\s*(?:(?:19|20)\d{2}\s*年)?\s*(?:\d{1,2}\s*月)?[^:：。；;]{0,12}?(?:前|底|末|内|立行立改|长期坚持|持续推进)"
                                    r"(?:[、，,](?:立行立改|长期坚持|持续推进))?\s*[。；;]?\s*$")


def _field_value_wraps(a: Para, b: Para, after: Para | None) -> bool:
    if (a.text and b.text and not a.page_jump_after and not b.page_jump_before and a.text[-1] in "：:"
            and RE_DEADLINE_LABEL_AT_END.search(a.text) and len(b.text) <= 24 and RE_DEADLINE_VALUE_LINE.match(b.text)):
        return True
    if (not a.text or not b.text or a.page_jump_after or b.page_jump_before or a.text[-1] in _TERMINAL
            or not is_label_line(a.text) or starts_structure(b.text) or is_date_line(b.text)):
        return False
    if _unbalanced(a.text) and (b.text.count("》") > b.text.count("《") or b.text.count("”") > b.text.count("“")
                                or b.text.count(")") + b.text.count("）") > b.text.count("(") + b.text.count("（")):
        return True
    if len(a.text) < FIELD_WRAP_MIN or after is None or not is_label_line(after.text):
        return False
    inner = b.text.rstrip("。；;")
    return "。" not in inner and "；" not in inner and ";" not in inner and len(b.text) <= len(a.text) + 4


def _continues(a: Para, b: Para) -> bool:
    if not a.text or not b.text or a.page_jump_after or b.page_jump_before:
        return False
    return a.text[-1] not in _TERMINAL and not is_date_line(b.text)


def _clause_at_margin(a: Para, b: Para) -> bool:
    """robust25: a full line of a wrapped page that ends on a semicolon ("…健康教育宣传资料;" | "二是部分医院未设置…"): the
    clause ended at the margin, the paragraph did not — a paragraph closes on its full stop, not on a semicolon —
    unless the next line opens an item, a label, a bullet or a date (a list of clauses one a line)."""
    if not a.text or not b.text or a.page_jump_after or b.page_jump_before or a.text[-1] not in "；;":
        return False
    # (an inline run's next lead-in opening the line, "…宣传资料;" | "二是部分医院…", goes on the run its line holds,
    # "（五）城区医疗机构一是…": not an item of its own)
    m = _RE_XS_OPEN.match(b.text)
    if m and _CN_BEFORE[m.group(1)] + "是" in a.text[1:]:
        return True
    # (nor when the next line opens as the paragraph or its last clause did: clauses set one a line, "在消防管理方面,…;" /
    # "在秩序管理方面,…;", "部分…;" / "部分…;" — each line a clause of the list, not a line the margin broke)
    clause = re.split(r"[；;]", a.text[:-1])[-1].lstrip()
    if b.text.lstrip()[:1] in (a.text.lstrip()[:1], clause[:1]) or (_RE_ASPECT_OPEN.match(b.text) and _RE_ASPECT_OPEN.match(clause)):
        return False
    return not (starts_structure(b.text) or is_label_line(b.text) or RE_BULLET_LINE.match(b.text) or is_date_line(b.text)
                or RE_CLOSING.search(b.text))


_RE_ASPECT_OPEN = re.compile(r"^\s*[^，,；;。]{1,10}方面")


_CLOSING_MARK = set("”’）)》」』】:：")


def _closed_mid_sentence(a: Para, b: Para) -> bool:
    """A full line of a wrapped page that ends on a closing quote or bracket, or a colon (the mark hangs at the margin:
    "1.关于“…不够到位”" | "问题的整改", "…整改任务为：" | "“…。”") goes on into the next line unless that one opens an
    item, a label or a date."""
    if not a.text or not b.text or a.page_jump_after or b.page_jump_before or a.text[-1] not in _CLOSING_MARK:
        return False
    return not (starts_structure(b.text) or is_date_line(b.text) or RE_CLOSING.search(b.text))


# a line ending on one of these has not finished its phrase: a negation, a particle or conjunction, an opening mark
_OPEN_ENDING = set("不未非的地得和及与或并对把被将向从、，,（(“《")
_OPEN_PUNCT = set("、，,（(“《")


# a line opening with a bullet: "- 检查企业…", "• 部分单位…", "● …" (not "-2.5%", a figure)
RE_BULLET_LINE = re.compile(r"^\s*[-•·●▪◦■◆]\s*(?=[\u4e00-\u9fff“《（(])")


# a line opening with a short label of its own and a colon, a value after it: "企业名称：…", "问题：…"
RE_SHORT_FIELD = re.compile(r"[\u4e00-\u9fff]{1,6}[:：]\s*[^\s:：]")


# a page's line of facts opening with its date in figures and holding no sentence: "2020-12-21 观察者网",
# "©原创 2018-12-07 15:34 云上荆州", "2018-12-25 本文已影响0人 某作者" (a copy may have lost the spaces between its parts)
RE_PAGE_FACTS_LINE = re.compile(r"^(?:©\s*)?(?:原创|转载|原文)?\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:(?<=-\d\d)|(?=\s))(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
                                r"(?![\d\-/.至到—~～])(?:[^，,。；;：:！!？?]{0,30}"
                                # os18: or the page's labelled facts after its timestamp, "2016-08-10 08:00:00 来源:某区人民政府
                                # 作者:某区政府 责任编辑:某某 字号:T|T" (each label one of a page's, each value short)
                                r"|\s*(?:(?:来源|信息来源|作者|编辑|责任编辑|字号|点击(?:数|量)?|浏览(?:次数)?|阅读|发布者|发布人|审核)"
                                r"\s*[:：][^:：，,。；;！!？?]{0,24}?)+)$")


# ns18b: a line that only announces the problems found ("存在问题如下：", "发现的主要问题如下:") and a line that only names a
# dated check ("2024年8月31日开学前安全检查") stand alone in a blog card or a check notice: the short line before them is
# not wrapped into them (only a line stopping on an open word or mark, "…对该校进行检查，", goes on into them)
RE_PROBLEMS_ANNOUNCED_LINE = re.compile(r"^(?:经检查[，,]?\s*)?(?:存在|发现)的?(?:主要|突出|具体)?问题(?:如下|有)?\s*[:：]$")
RE_DATED_CHECK_LINE = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^，,。；;:：\d\s]{0,12}?"
                                 r"(?:安全检查|检查|督查|督导|巡查|暗访)(?:工作)?$")


# a site named with the bodies charged with it, a line of its own over the site's faults:
# "胖东来时代广场(责任单位:魏都区,市消防支队)" (levels.place_group_line reads it as the items' group)
RE_CHARGED_SITE_LINE = re.compile(r"^([^，,。；;:：、()（）\d]{2,16})[(（]\s*(?:责任单位|责任部门|牵头单位)\s*[:：]([^()（）:：]{2,40})[)）]$")


# a speech's salutation alone on its line: "同志们：", "各位领导、同志们：", "尊敬的各位领导："
RE_SALUTATION_LINE = re.compile(r"^(?:尊敬的)?(?:各位(?:领导|同志|代表|委员|老师)[、，,]?)*同志们?\s*[:：]$|^尊敬的[^，,。:：]{2,16}[:：]$")


# us18: a bullet alone on its line, its item on the next (a page's <li> marker copied as a line of its own: "-" then
# "教学楼及宿舍隐患"): the bullet opens that line
RE_BARE_BULLET = re.compile(r"^\s*[-•·●▪◦■◆]\s*$")


_RE_SUM_CLOSING = re.compile(r"\d[\d,.，]*\s*(?:万|亿)?元$")
_RE_YEAR_OPENING = re.compile(r"\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月")


def _should_join(a: Para, b: Para, title_like) -> bool:
    if not a.text or not b.text or a.page_jump_after or b.page_jump_before:
        return False
    if b.text.endswith((":", "：", ":\n", "：\n")) and RE_SALUTATION_LINE.match(b.text):  # (a salutation ends on its colon)
        return False  # "在…会议上的讲话" | "同志们：": a speech's salutation is a line of its own, never the title's end (blind28)
    if a.text.endswith(("问题", "隐患", "清单")) and RE_CHARGED_SITE_LINE.match(b.text):
        return False  # "…督查发现的问题和隐患" | "胖东来时代广场(责任单位:…)": the list's title, then its first site (blind28)
    if len(a.text) <= 3 and RE_BARE_BULLET.match(a.text) and "\u4e00" <= b.text.lstrip()[:1] <= "\u9fff":
        return True
    # a page's line of facts is a line of its own: the headline above it and the lead below it are not wrapped into it
    if (a.text[:1].isdigit() or a.text[:1] == "©" or a.text.startswith(("原创", "转载", "原文"))) and RE_PAGE_FACTS_LINE.match(a.text) \
            or (b.text[:1].isdigit() or b.text[:1] == "©" or b.text.startswith(("原创", "转载", "原文"))) and RE_PAGE_FACTS_LINE.match(b.text):
        return False
    if a.text[-1] in _TERMINAL:
        return False
    # chk21: a line ending in a figure (an issue number "201704") and one opening with a figure ("9月13日至…") are not
    # one line broken: glued, the two figures would read as one ("2017049月13日", a month 49)
    if a.text[-1].isdigit() and b.text.lstrip()[:1].isdigit():
        return False
    # notice25: nor a heading closing on a sum ("应计未计固定资产2498元") over an account opening on a full date
    # ("2022年1月31日6#证列支…"): an audit finding and its facts, each a line of its own
    if a.text[-1] == "元" and _RE_SUM_CLOSING.search(a.text) and _RE_YEAR_OPENING.match(b.text):
        return False
    if is_date_line(b.text) or is_date_line(a.text) or RE_CLOSING.search(b.text):
        return False
    if a.text[-1] not in _OPEN_ENDING and (RE_PROBLEMS_ANNOUNCED_LINE.match(b.text) or RE_DATED_CHECK_LINE.match(a.text)
                                           or RE_DATED_CHECK_LINE.match(b.text)):
        return False  # (ns18b: a card's dated heading and its announcement of the problems are lines of their own)
    if ("(" in a.text or "（" in a.text) and _bracket_balance(a.text) > 0 and _bracket_balance(b.text) < 0:
        return True  # a bracket left open ("点位二(ZRBHD") that the next line closes ("(略)6):拆除看护房。"): one line cut
    if starts_structure(b.text) or is_label_line(a.text):
        return False
    if RE_SHORT_FIELD.match(a.text) and RE_SHORT_FIELD.match(b.text):
        return False  # "企业名称：某化工有限公司" then "问题：废水排放超标…": two fields of a record, each on its own line
    # a line that stops on a comma, a 、 or an opening mark has not finished: what follows continues it, even when
    # either part reads like a title ("…收集的尘土、" | "废物,…整改任务落实情况")
    if (title_like(a.text) or title_like(b.text)) and a.text[-1] not in _OPEN_PUNCT:
        return False
    if RE_BULLET_LINE.match(b.text):
        return False  # "- 固废处理不当" then "- …": each bullet opens an item of its own, as a number does
    if RE_BULLET_LINE.match(a.text):
        # a bulleted item continues on the next line only when broken mid-phrase ("- 加强…和" | "…")
        return _unbalanced(a.text) or a.text[-1] in _OPEN_ENDING
    marker = parse_marker(a.text)
    if marker is not None:
        # a heading broken over two lines still has an open quote or bracket, or stops on a word that cannot end a
        # phrase ("问题五：…规划推进不" | "力，…缓慢。": a soft line break in a Word page); a numbered line that already
        # holds a sentence, its run-in heading and the text after it, goes on too ("（一）全面自查自纠。围绕…协助完" |
        # "善本地…": a body paragraph wrapped, never a heading alone)
        # (robust25: nor one whose item's inline run has begun and not stopped, "（三）客运站一是无…宣传资料;二是候车" |
        # "大厅内有人吸烟…": the run goes on into the next line, a page's width broke it)
        return (_unbalanced(a.text) or (a.text[-1] in _OPEN_ENDING and len(marker.rest) >= 4)
                or (len(a.text) >= 20 and "。" in marker.rest)
                or (len(a.text) >= 20 and "一是" in marker.rest[1:] and a.text[-1] not in _TERMINAL))
    if len(a.text) < 15 and len(b.text) < 15:
        return False
    return True


# --- run-together text ---------------------------------------------------------
_BOUNDARY = "。;；!！?？)）”:：】"
_RE_SEG = re.compile(
    rf"(?:(?<=[{_BOUNDARY}])|(?<=清单)|(?<=台账)|(?<=如下)|(?<=一览表))(?=[一二三四五六七八九十]{{1,3}}、(?!是))"
    rf"|(?<=[{_BOUNDARY}])(?=[(（][一二三四五六七八九十]{{1,3}}[)）])"
    r"|(?<![(（])(?=(?:整改目标|整改时限|完成时限|整改期限|整改措施|责任领导|牵头领导|责任人|督办领导)[:：])"
    r"|(?<![(（:：])(?=(?:责任单位|牵头单位|配合单位)[:：])"
    rf"|(?<=[{_BOUNDARY}])(?=附件)|(?<=[^\s附])(?=附件[:：\d])"
)


# a web or doc-sharing copy that lost its line breaks keeps a space where each was: "…的通报 根据市委统一部署，…予以公布。
# 一、巡察整改工作…" — a gap between two Chinese characters (or after a sentence's end, before an opening bracket or
# quote) in a paragraph far longer than paragraphs run. Not between digits and 年/月 ("2021 年 12 月"), nor in ASCII.
# (flat19: nor before 上传日期/上传时间, which a page writes on its source's line, "来源: 某某网 上传日期:2025-05-23", the
# line facts.meta_date reads the page's date from)
LOST_BREAK_MIN = 200
# (res21: also after an ASCII sentence end right after a Chinese character, "…参训73人次. （二）在…方面", as a copy typed
# with ASCII stops writes its sentences' ends: the same break, its text after it an item or a heading as any other's;
# and before a circled number, "…建立制度4项。 ①关于…的整改", an item's mark as a bracket or a digit is)
_LOST_BREAK_REST = (r"[ \u3000\t]+(?!上传(?:日期|时间)[:：])(?=[\u4e00-\u9fff（(“【①-⑳⑴-⒇★☆●■◆▲]|\d{1,3}[、.．](?!\d)"
                    # the signature's date at the very end, a page's timestamp
                    r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$|(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}"
                    # gloss24: a card's zero-padded number standing before its body's name ("…过期。 02 宁强县某商场"), an
                    # entry opened by its time ("…全天 10:30,某中心窗口…")
                    r"|0[1-9](?=[ \u3000\t]+[\u4e00-\u9fff])|\d{1,2}:\d{2}[,，、])")
_YEAR_AFTER_STOP = r"|(?<=[。！？；])[ \u3000\t]+(?=(?:19|20)\d{2}\s*年)"
_RE_YEAR_AFTER_STOP = re.compile(r"[ \u3000\t]+(?=(?:19|20)\d{2}\s*年)")  # (the gap scanned for; the stop before it tested after)
_RE_LOST_BREAK = re.compile(r"(?<=[\u4e00-\u9fff。！？；：”）」』】])" + _LOST_BREAK_REST
                            # notice25: after a sentence's end before a year opening the next paragraph ("…支出1415.50万元。
                            # 2009年,海关总署将…", an audit result's finding over its account, flattened)
                            + _YEAR_AFTER_STOP
                            + r"|(?<=[\u4e00-\u9fff][.!?])" + _LOST_BREAK_REST
                            # gloss24: a field's label after a value ending in a digit or a Latin letter ("…中心路140号105
                            # 隐患情况:…", "…电话:0551-1234 整改时限:…"): a line of a form, whatever ended the line before
                            # (its number with it: "…座1609 4.存在隐患:"); and after an ASCII bracket closing Chinese
                            # words before an item's number, as after a full-width one ("…(当场责令停业) (2)外窗…")
                            + r"|(?<=[0-9A-Za-z%)）])[ \u3000\t]+(?=(?:\d{1,2}[.、．](?!\d))?[\u4e00-\u9fff]{2,6}[:：](?![\d/]))"
                            + r"|(?<=[\u4e00-\u9fff]\))[ \u3000\t]+(?=[(（]\d{1,2}[)）]|\d{1,2}[、.．](?!\d)|[①-⑳])"
                            # (after an ASCII colon only before a bullet, which opens a line wherever it stands: "★存在问题:
                            # ★处理措施:…"; not before words, "来源: 某网 上传日期:…" is a label and its value, nor before a
                            # number, "…存在以下问题: 1、…; 2、…" is a sentence with its inline run; a short label's items
                            # are _label_colon's)
                            + r"|(?<=[\u4e00-\u9fff]:)[ \u3000\t]+(?=[★☆●■◆▲])"
                            # bw25: or before a section's heading mark, "一、" / "（一）", which opens a line as after a
                            # full-width colon ("…现根据我校…存在的问题作以下整改: 一、食堂存在的主要问题 1.…"): a lead's
                            # "如下:" over its first section (a sentence's inline "一是…" run is no heading mark)
                            + r"|(?<=[\u4e00-\u9fff]:)[ \u3000\t]+(?=[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])"
                            # (and after such a card number: "02 宁强县…")
                            + r"|(?<=[ \u3000\t]0[1-9])[ \u3000\t]+(?=[\u4e00-\u9fff])")


RE_HTML_BLOCK = re.compile(r"</(?:h[1-6]|p|li|div|td|tr)\s*>|<br\s*/?>", re.I)


class BlockText(str):
    """A paragraph that was a block element of its own (a page's <h3>…</h3>): its end is a hard break, never a line
    wrapped mid-sentence (join_broken_lines leaves it whole though it has no closing stop)."""


def _bracket_balance(text: str) -> int:
    return text.count("(") + text.count("（") - text.count(")") - text.count("）")


def split_html_markup(paragraphs: list) -> list:
    """A text copy of a page's HTML source ("<h1>…</h1> <h3>…</h3>" in a .txt): each block element its own paragraph,
    the remaining tags dropped and the entities (&nbsp;) read. Only a paragraph with two block ends or more is touched."""
    import html

    if "<" not in _joined_text(paragraphs):
        return list(paragraphs)  # (perf20: no tag anywhere, one scan of the text instead of a loop)
    out: list = []
    for raw in paragraphs:
        if not isinstance(raw, str) or "<" not in raw or len(RE_HTML_BLOCK.findall(raw)) < 2:
            out.append(raw)
            continue
        for piece in RE_HTML_BLOCK.split(raw):
            text = html.unescape(re.sub(r"<[^<>]{0,200}>", "", piece)).replace("\xa0", " ").strip()
            if text:
                out.append(BlockText(text))
    return out


# the label cell of a two-column field table (a 公示 of one task on a small site: "整改任务 | 国道…", "整改进度 | 已完成"),
# read from the row's cells "整改任务\t国道…" — a field label alone in its cell, then its value in one cell
# (one19: the labels a one-task notice's sections carry (readings.SECTION_LABELS) label a table's rows too: the task
# as 整改问题 / 督察反馈问题 / 反馈意见(建议) / 问题内容, its unit as 整改责任单位 / 整改实施主体, its target as 目标任务,
# what was done as 重点措施 / 整改任务完成情况, the acceptance as 验收情况 / 验收(销号)意见)
# (res21: also the row naming the task, 任务名称 — a 销号 公示 table's first row, "任务名称 某采石场生态修复")
_FIELD_LABELS = (r"整改任务|整改事项|交办问题|反馈问题|督察反馈问题|反馈意见建议|反馈意见|整改问题|问题内容|问题描述|存在问题|问题类别|问题类型|任务名称|"
                 r"整改责任单位|责任单位|牵头单位|整改实施主体|责任部门|牵头部门|配合单位|责任领导|牵头领导|责任人|整改时限|完成时限|整改期限|"
                 r"整改目标|目标任务|整改措施|重点措施|整改完成情况|整改任务完成情况|整改落实情况|整改情况|整改进展情况|整改进展|整改进度|"
                 r"整改状态|完成情况|验收情况|验收意见|验收销号意见|"
                 # (task25: a 销号 公示 of one petition handed down, its case's row: "转办问题基本情况", "交办信访件基本情况")
                 r"转办问题基本情况|交办问题基本情况|转办信访件基本情况|交办信访件基本情况|转办件基本情况|交办件基本情况")
# (syn22: a table's label cells are read before the text is folded: every word of a label's class, LABEL_CLASSES, and the
# problem field said 发现的问题 / 主要问题 as 反馈问题 / 存在问题 are)
_FIELD_LABELS += "|" + "|".join(sorted({v for v in _LABEL_FOLD} | {"发现的问题"}, key=len, reverse=True))
_RE_FIELD_CELL = re.compile(r"^\s*(" + _FIELD_LABELS + r")\s*\t+\s*(?=\S)([^\t]*)$")
RE_FIELD_LABEL_CELL = re.compile(r"(?:" + _FIELD_LABELS + r")")  # (fullmatch: a cell that is a known label alone)
RE_FIELD_LINE = re.compile(r"^\s*(?:" + _FIELD_LABELS + r")\s*[:：]\s*\S")  # a line opening with a known field's label
# ks19: the form's other rows, once it is known to be a form: a short label of words alone in its cell ("任务编号",
# "整改前基本情况", "整改措施及完成情况", "验收结论") then its value
RE_OTHER_LABEL_CELL = re.compile(r"[\u4e00-\u9fff]{2,12}")
_RE_OTHER_FIELD_CELL = re.compile(r"^\s*([\u4e00-\u9fff]{2,12})\s*\t+\s*(?=\S)([^\t]*)$")


# ot19b: the same rows copied from a web page with "|" after each cell ("整改 任务 | （十一）…… |", "责任人 | 某某 |"): the
# label cell, its words maybe split by the cell's wrap ("整改 任务", "联系 电话"), a bar, then one value cell (no bar inside
# it; the closing bar may be cut off with the copy)
# (rs20: or as a markdown table, a bar before the label cell too, "| 反馈问题 | … |" — a tender site's copy of a 公示表;
# and the label cell may name its field twice, the second in brackets: "牵头部门 (责任单位)", read as its first name)
_RE_PIPE_FIELD_CELL = re.compile(r"^\s*(?:\|\s*)?([\u4e00-\u9fff][\u4e00-\u9fff ]{1,16}?)(?:\s*[(（][\u4e00-\u9fff]{2,8}[)）])?"
                                 # (res21: a copy cut off after the row may close it with its ellipsis: "| … |…")
                                 r"\s*\|\s*(?=[^\s|])([^|]*?)\s*\|?\s*(?:…+|\.{3,6})?\s*$")


# bs20: the same rows flattened to "label value" lines, one space between the cells ("整改目标 根据…", "整改措施 针对…",
# "公示时间 2025年4月7日-…", a portal's two-column 公示 table copied as text): a known label then a space, or in a form
# already known to be one a short label of words (at most 6) then a space. Counted, as the others, only when three rows
# or more carry a known label, so a stray "整改目标 …" line in prose is left alone.
_RE_SPACED_FIELD_CELL = re.compile(r"^\s*(" + _FIELD_LABELS + r")[ \u3000]+(?=[^\s:：|])([^\t|]*)$")
_RE_SPACED_OTHER_CELL = re.compile(r"^\s*([\u4e00-\u9fff]{2,6})[ \u3000]+(?=[^\s:：|])([^\t|]*)$")


def _spaced_field_cell(p: str, known: bool):
    m = (_RE_SPACED_FIELD_CELL if known else _RE_SPACED_OTHER_CELL).match(p)
    return (m.group(1), m.group(2).strip()) if m else None


def _field_cell(p: str, known: bool):
    """(label, value) of a two-column table's row ("label\tvalue" or "label | value |"), the label a known field's
    (``known``) or any short label of words; None for any other line."""
    if "\t" not in p and "|" not in p:
        return _spaced_field_cell(p, known) if " " in p[:14] or "\u3000" in p[:14] else None
    if "\t" in p:
        m = (_RE_FIELD_CELL if known else _RE_OTHER_FIELD_CELL).match(p)
        return (m.group(1), m.group(2)) if m else None
    if "|" not in p:
        return None
    m = _RE_PIPE_FIELD_CELL.match(p)
    if m is None:
        return None
    label = m.group(1).replace(" ", "")
    if not (RE_FIELD_LABEL_CELL.fullmatch(label) if known else RE_OTHER_LABEL_CELL.fullmatch(label)):
        return None
    return label, m.group(2)


# res21: a markdown table of two columns ("| 反馈问题 | … |" then "| 核查情况 | … |"), a bar before the label cell and
# one after the value, is a table whatever its labels: two such rows suffice for a form when one of them is the task's
# own field (PROBLEM_FIELD_WORDS) — a copy cut after its second row, where the form's other known labels are lost.
def _markdown_task_rows(paragraphs: list, rows: list[int]) -> bool:
    own = [i for i in rows if paragraphs[i].lstrip().startswith("|")
           and _PROBLEM_FIELD_LABELS.fullmatch(_field_cell(paragraphs[i], True)[0])]
    if not own:
        return False
    i = own[0]
    return any(0 <= j < len(paragraphs) and isinstance(paragraphs[j], str) and paragraphs[j].lstrip().startswith("|")
               and _field_cell(paragraphs[j], False) for j in (i - 1, i + 1))


_RE_CUT_MARK_LINE = re.compile(r"^\s*(?:…+|\.{3,6})\s*$")


def label_field_cells(paragraphs: list) -> list:
    """Rows of a two-column field table ("整改任务\t…", "整改任务 | … |") as labelled fields ("整改任务：…", each a block
    of its own); only when the document holds at least three such rows (a form, not one stray cell of a ledger), and never
    a row with a third cell.
    (ks19: in such a form, every other row whose first cell is a short label of words alone is a field too: "整改措施及
    完成情况\t1.…", "验收结论\t…同意销号" — a two-column 验收销号 table names many fields no list knows.)"""
    rows = [i for i, p in enumerate(paragraphs) if isinstance(p, str) and ("\t" in p or "|" in p or " " in p[:14]
                                                                          or "\u3000" in p[:14]) and _field_cell(p, True)]
    spaced = {i for i in rows if "\t" not in paragraphs[i] and "|" not in paragraphs[i]}
    # (a flattened row stands on its own line: the line after it is blank, the end, or another row — a line going on
    # into the next is wrapped text, a PDF's "配合单位 某局、各镇人民政" / "府、…", left to the joiner)
    spaced = {i for i in spaced if i + 1 >= len(paragraphs) or not isinstance(paragraphs[i + 1], str)
              or not paragraphs[i + 1].strip() or _field_cell(paragraphs[i + 1], False) or _field_cell(paragraphs[i + 1], True)
              or _RE_CUT_MARK_LINE.match(paragraphs[i + 1])}  # (res21: or the copy's cut mark, "……", after the last row)
    if len(spaced) < 3:  # (spaced rows count only as a form of their own: three of them)
        rows = [i for i in rows if i not in spaced]
        spaced = set()
    if len(rows) < 3 and not _markdown_task_rows(paragraphs, rows):
        return _label_lines_over_values(_strip_repeated_tags(paragraphs))
    known = set(rows)
    rows += [i for i, p in enumerate(paragraphs) if i not in known and isinstance(p, str)
             and ("\t" in p or "|" in p or (len(spaced) >= 3 and (" " in p[:8] or "\u3000" in p[:8])))
             and _field_cell(p, False)]
    out = list(paragraphs)
    for i in rows:
        label, value = _field_cell(out[i], i in known)
        # a table row: its end is a hard break, never joined to the line after (bs20: but a "label value" line, a row
        # flattened to text, may wrap onto the next line as any line of text does: "配合单位 某局、各镇人民政" / "府、…")
        out[i] = f"{label}：{value}" if i in spaced else BlockText(f"{label}：{value}")
    return out


# rs20: a column tag a portal prints before each heading of a list, "典型案例 | 某省…突出" on three lines or more in a
# row, the same words before one bar each time (as "【巡察整改】" before a title): the tag is dropped, the heading kept
_RE_BAR_TAG = re.compile(r"^\s*([\u4e00-\u9fff]{2,8})\s*\|\s*(?=[^\s|])([^|]{4,})$")


def _strip_repeated_tags(paragraphs: list) -> list:
    if "|" not in _joined_text(paragraphs):  # (perf20: one join and one scan of the text, not a loop over paragraphs)
        return paragraphs
    tagged = [(i, m) for i, p in enumerate(paragraphs) if isinstance(p, str) and "|" in p and (m := _RE_BAR_TAG.match(p))]
    out = None
    k = 0
    while k < len(tagged):
        run = [tagged[k]]
        while (k + len(run) < len(tagged) and tagged[k + len(run)][0] == run[-1][0] + 1
               and tagged[k + len(run)][1].group(1) == run[0][1].group(1)):
            run.append(tagged[k + len(run)])
        if len(run) >= 3:
            out = out or list(paragraphs)
            for i, m in run:
                out[i] = BlockText(m.group(2).strip().rstrip(">》").strip())  # (and a link's ">>>" after the last)
        k += len(run)
    return out or paragraphs


# rs20: the same two-column table of one task flattened one cell a line, each label alone on its line and its value on
# the next ("整改任务 / 河长巡查流于形式。… / 责任单位 / 某县水利局、… / 整改目标 / … / 整改措施 / （一）… （二）…", a
# 公示's annex copied from its table): each label joined to the value after it ("整改任务：…"), a value opening on an item
# mark left as it is under its label ("整改措施：" over "（一）…"). Only in a form of one task: three labels or more
# alone on their lines, one of them the task's own (整改任务 / 整改问题 / 反馈问题 …), none said twice (a flattened ledger
# of several tasks repeats its labels), each followed by a value that is no label.
# (the words that label the problem's own field: shared with titles.RE_FIELD_WORD_LABEL, which drops them from the title
# of an item opening on one)
PROBLEM_FIELD_WORDS = r"整改任务|整改事项|交办问题|反馈问题|督察反馈问题|反馈意见|整改问题|问题内容|问题描述|督察问题"
_PROBLEM_FIELD_LABELS = re.compile(PROBLEM_FIELD_WORDS)
_RE_VALUE_OPENS_ITEM = re.compile(r"\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.．、]|[一二三四五六七八九十]{1,3}\s*、|[①②③④⑤])")


# perf20: the whole text, its paragraphs (the strings among them) joined by NUL, for a literal test ("|" in it, "<" in
# it) that spares a loop over every paragraph. (A regex prefilter over this text — a known label then white space, three
# labels standing alone — was tried and dropped: a 45-word alternation tried at every offset cost five times the loops.)
def _joined_text(paragraphs: list) -> str:
    try:
        return "\x00".join(paragraphs)
    except TypeError:
        return "\x00".join(p for p in paragraphs if isinstance(p, str))


# ot20: a copy cut off after the form's second row keeps two labels only ("整改任务 / … / 责任单位 / 某局、…"): two
# suffice when the text above the first label names a one-task notice (its title or lead: "…整改任务销号的公示", "…问题
# 整改情况公示") — a notice has one form; meeting news or a report without such a heading needs the three labels.
_RE_ONE_TASK_HEAD = re.compile(r"公示|销号")


def _label_cell_alone(p: str) -> str:
    """A line's text as a label alone: without the bar a table's cell copied line by line closes it with ("督察问题 |")."""
    p = p.strip()
    return p[:-1].rstrip() if p.endswith("|") and "|" not in p[:-1] else p


def _label_lines_over_values(paragraphs: list) -> list:
    # (task25: or each cell of a two-column table on its own line, closed by its bar: "督察问题 |" / "督察还发现，… |" /
    # "整改目标 |" / "…。 |" — a 销号 公示's form copied from a web page cell by cell)
    alone = [i for i, p in enumerate(paragraphs) if isinstance(p, str) and 2 <= len(_label_cell_alone(p)) <= 8
             and RE_FIELD_LABEL_CELL.fullmatch(_label_cell_alone(p))]
    if len(alone) < 2 or (len(alone) == 2 and not any(
            isinstance(p, str) and _RE_ONE_TASK_HEAD.search(p) for p in paragraphs[: alone[0]])):
        return paragraphs
    labels = [_label_cell_alone(paragraphs[i]) for i in alone]
    if len(set(labels)) < len(labels) or not any(_PROBLEM_FIELD_LABELS.fullmatch(w) for w in labels):
        return paragraphs
    out = list(paragraphs)
    joins = []
    for i in alone:
        j = next((j for j in range(i + 1, min(i + 6, len(out))) if isinstance(out[j], str) and out[j].strip()), None)
        if j is None or j in alone:
            return paragraphs  # (a label with no value after it: no form of label and value lines)
        joins.append((i, j))
    for i, j in joins:
        label, value = _label_cell_alone(out[i]), out[j].strip()
        if out[i].rstrip().endswith("|"):
            value = _label_cell_alone(value)  # (its value cell closed by its bar too)
        if _RE_VALUE_OPENS_ITEM.match(value):
            out[i] = BlockText(f"{label}：")
            if value != out[j].strip():
                out[j] = value  # (the items' cell without its closing bar)
        else:
            out[i], out[j] = BlockText(f"{label}：{value}"), ""
    return out


# the same gaps found from the gap (a class the engine scans fast), the character before it tested after: a run of
# spaces after any other character holds no gap (each of its offsets has a space or that character before it)
_RE_LOST_BREAK_RUN = re.compile(_LOST_BREAK_REST)
_RE_LOST_BREAK_BEFORE = re.compile(r"[\u4e00-\u9fff。！？；：”）」』】]|(?<=[\u4e00-\u9fff])[.!?]")


def _lost_breaks(text: str) -> int:
    """len(_RE_LOST_BREAK.findall(text)), without trying its look-behind at every offset."""
    if " " not in text and "\u3000" not in text and "\t" not in text:
        return 0
    n = sum(1 for m in _RE_LOST_BREAK_RUN.finditer(text) if m.start() > 0 and _RE_LOST_BREAK_BEFORE.match(text, m.start() - 1))
    if "年" in text:  # (notice25's gap after a sentence's end before a year: counted where the gaps above do not hold it)
        n += sum(1 for m in _RE_YEAR_AFTER_STOP.finditer(text)
                 if m.start() > 0 and text[m.start() - 1] in "。！？；" and not _RE_LOST_BREAK_RUN.match(text, m.start()))
    return n


# (cut19) in such a paragraph, also the gaps around a page's date or timestamp, which the gaps above miss for a digit
# next to them: after "2023-02-22" or "18:10" / "14:22:54" before words or a date ("中国证券报 2023-02-22 2月9日，记者…",
# "…的通报 2025-04-29 18:10 根据市委…"; not between a date and its time), and before a signature's date standing after a
# sentence's end ("…约谈问责。 2020年10月5日 责编：…")
_RE_STAMP_BREAK = re.compile(r"(?:(?<=\d{4}-\d{2}-\d{2})|(?<=\d:\d{2}))[ \u3000\t]+(?=[\u4e00-\u9fff（(【]|\d(?!\d?:\d{2}))"
                             r"|(?<=[。！？])[ \u3000\t]+(?=(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
                             # (flat20) before a page's timestamp, a date with its time ("…“政治体检” 2017年01月06日
                             # 14:53:26 来源:…", "fq.fjsen.com 2020-04-28 10:30:03", "】 【 2024-08-29 13:51:01 】",
                             # "…将体检 24.10.2015  12:23"), or a date its source's label follows ("…意见书42份 2014年07月
                             # 10日 来源: 齐鲁晚报"), whatever stands before the gap: prose writes a time as 10时30分, never
                             # after a date so, and names no 来源 after a date
                             # (not after the date's own label: "发布时间 2021-06-25 16:57" is one line)
                             r"|(?<=\S)(?<!时间)(?<!日期)(?<!时间[:：])(?<!日期[:：])[ \u3000\t]+"
                             r"(?=(?:(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)"
                             r"|\d{2}\.\d{2}\.(?:19|20)\d{2})(?:[ \u3000]*\d{1,2}:\d{2}|[ \u3000]+(?:信息)?来源[:：]))"
                             # (a page's zero-padded 年月日 date ending the piece: its 来源 cut off already)
                             r"|(?<=\S)[ \u3000\t]+(?=(?:19|20)\d{2}年[01]\d月[0-3]\d日\s*$)"
                             # a page's labelled date after the title or a label left empty ("…巡察情况 信息来源: 发布时间:
                             # 2025/06/20 根据…"): the label opens a line, and the text after its date another
                             r"|[ \u3000\t]+(?=(?:发布|公开|更新|成文|发文)(?:时间|日期)[:：])"
                             r"|(?<=(?:19|20)\d{2}/\d{2}/\d{2})[ \u3000\t]+(?=[\u4e00-\u9fff])"
                             # bw25: a signature's body then its date, the two lines of a signature run into one piece
                             # ("…予以公布。 中共某省委巡视工作领导小组办公室 2025年7月31日 省委第一巡视组:…", a signature
                             # mid-text over an annex or a page's chrome after it): the date on a line of its own, as at
                             # the text's end — after a body's name only, the date closing the piece
                             r"|(?<=[局厅院部办室府会委组处科所司队站心])[ \u3000\t]+(?=(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*$)"
                             # bw25: a page's counter left empty (its figure drawn by a script the copy lost) closing the
                             # page's line, the text run on after it ("时间:2021/5/25 8:46:17 稿源:本网 阅读数: 根据…，5月24日，
                             # …", "2014-10-22 09:06:46 人气: 10月20日,市提升办…"): the text opens a line of its own, its
                             # first sentence read as a lead (not "阅读数: 1024", the count given)
                             r"|(?:(?<=人气[:：])|(?<=阅读[数量][:：])|(?<=浏览[数量][:：])|(?<=点击[数量率][:：])|(?<=访问量[:：])"
                             r"|(?<=阅读次数[:：])|(?<=浏览次数[:：])|(?<=点击次数[:：])|(?<=访问次数[:：]))[ \u3000\t]+"
                             r"(?=[\u4e00-\u9fff（(“【]|\d{1,2}月\d{1,2}日)")


# (flat19) a short page copied whole into one line (a snippet of 100-200 characters, or one with fewer than three gaps
# above) still shows where its page's date stood: a date written as a page writes it ("2022-06-08", "2016-08-17
# 11:05:24", "03.08.2016  18:37", "2021/05/13") alone between gaps, or a signature's date "2020年10月5日" after a
# sentence's end and before a gap or the text's end. Only those gaps are breaks: the date on a line of its own, the
# title before it and the text after it kept whole. Prose never writes a date in digits with dashes or dots between
# gaps; a 年月日 date inside a sentence ("于 2021年5月13日 召开") has no sentence's end before it.
LOST_STAMP_MIN = 100
_PAGE_DATE = (r"(?:(?:(?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2}|\d{2}\.\d{2}\.(?:19|20)\d{2})(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
              r"|(?:19|20)\d{2}年[01]\d月[0-3]\d日(?:[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?)?)")
_RE_STAMP_ALONE = re.compile(
    # (flat20: not after a date's label, "发布时间: 2025/06/20": the line a page writes)
    rf"(?<=\S)(?<!时间:)(?<!时间：)(?<!日期:)(?<!日期：)[ \u3000]+(?={_PAGE_DATE}(?:[ \u3000]|$))"
    rf"|(?<=[。！？!?])[ \u3000]+(?=(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日(?:[ \u3000]|$))"
    rf"|(?:(?<=\d{{4}}[-/]\d{{2}}[-/]\d{{2}})|(?<=\d{{2}}\.\d{{2}}\.\d{{4}})|(?<=\d:\d{{2}})|(?<=\d{{4}}年\d月\d日)"
    rf"|(?<=\d{{4}}年\d{{2}}月\d日)|(?<=\d{{4}}年\d月\d{{2}}日)|(?<=\d{{4}}年\d{{2}}月\d{{2}}日))[ \u3000]+(?=\S)(?!\d{{1,2}}:\d{{2}})")
# (perf22: the text's start, or a blank searched as a class: the same matches — rx.AtStops)
_RE_STAMP_HINT = AtStops(r"[ \u3000]", r"(?:(?:19|20)\d{2}[-/年]|\d{2}\.\d{2}\.(?:19|20))")


# the signature block at the end of such a line: "…特此通报。 中共某某县委巡察办 2023年5月6日" — after a sentence's end, a
# body's name (no stop or comma in it, ending as a body's name ends) and its date, the text's last words
_RE_SIGNATURE_TAIL = re.compile(r"(?<=[。！？!?])[ \u3000]+([^\s。！？!?，,；;：:]{1,38}(?:委员会|党组|党委|委|局|厅|院|部|办|办公室|政府|"
                                r"中心|组|处|科|所|公司|队|站|室|会|支部|小组))[ \u3000]+((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*$")


def _stamp_pieces(p: str) -> list[str]:
    """A one-line copy's page date put on a line of its own (only when it stands as _RE_STAMP_ALONE reads it), and its
    signature's body and date (_RE_SIGNATURE_TAIL) on lines of their own."""
    sig = _RE_SIGNATURE_TAIL.search(p) if p.rstrip().endswith("日") else None
    if sig is not None:
        return [*_stamp_pieces(p[:sig.start()]), sig.group(1), sig.group(2)]
    out: list[str] = []
    last = 0
    for m in _RE_STAMP_ALONE.finditer(p):
        piece = p[last:m.start()]
        # a gap after a date or a time breaks only after a page's date ("…上传日期:2025-05-23 打印本文章") or a date
        # split off alone (after a sentence's end): "…于2021年5月13日 召开…", "上午 10:30 在…" stay one line
        if piece[-1:].isdigit() or piece.endswith("日"):
            if not (_is_stamp(piece) or _RE_STAMP_TAIL.search(piece)):
                continue
        out.append(piece)
        last = m.end()
    out.append(p[last:])
    return [x for x in out if x.strip()]


_RE_STAMP_WHOLE = re.compile(rf"(?:{_PAGE_DATE}|(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日)")


_RE_STAMP_TAIL = re.compile(rf"(?<!\d)(?:{_PAGE_DATE})$")


def _is_stamp(piece: str) -> bool:
    return _RE_STAMP_WHOLE.fullmatch(piece.strip()) is not None


# the title at the start of such a line, among a text's first lines: a document's name (no stop or comma in it, ending
# as a document's name ends: 通报 / 报告 / 通知 / 公告 / 公示 / 情况 / 方案 / 意见 / 决定) then a gap and the text
# ("关于某某镇巡察整改情况的通报 根据县委统一部署，…")
_RE_TITLE_HEAD = re.compile(r"^[^\s。！？!?，,；;：:]{6,60}?(?:通报|报告|通知|公告|公示|情况|方案|意见|决定)(?=[ \u3000]+[\u4e00-\u9fff])")


def _title_head(p: str) -> list[str]:
    m = _RE_TITLE_HEAD.match(p)
    return [p] if m is None else [m.group(0), p[m.end():].lstrip(" \u3000")]


# (flat20) a list whose line breaks were lost still shows its numbering in sequence, each number after the gap the
# break left: "…报告如下: 1、…记录, 2、…设备, 3、…公示。", "(1)…; (2)…", "一、体育馆 1.… 2.…" — gaps after a comma, a
# semicolon or an ASCII colon, which _RE_LOST_BREAK does not read, or in a line too short for it. A numbering of one
# style (1. / 1、 / (1)) that opens the text or follows a gap, a sentence's end or a colon, and the next number of the
# same style after a gap: each is a line's start, as a clerk reads the list. Safe: a number inside a sentence has no
# gap before it ("第1.2条", "2.5亿元", "3、4月" are no numbering: a digit follows the mark), and one number alone (no
# successor after a gap) breaks nothing but after a colon ("…以下问题: 1、…": a list opens there). A table's row (a tab or "|" in it) keeps its line. The Chinese numberings
# (（一） / 一、) are only seen (``chinese=False``): a copy's 一、 sections and their （一） items are cut by
# segment_run_together, which reads a section of background apart from the problems; cut here they moved an audit
# notice's 基本情况 items into its problems.
_RE_GAP_NUMBER = re.compile(
    r"(?:^|(?<=[ \u3000])|(?<=[。！？；：;!?:]))(?:(\d{1,2})([.．、])(?!\d)|[(（](\d{1,2})[)）]|[(（]([一二三四五六七八九十]{1,3})[)）]"
    r"|(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,3})、(?!是)"
    # (res21: and the circled numbers, "①关于…的整改 一是…。 ②关于…": a run of them after the break's gaps, as any)
    r"|([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|[⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇]))")
_RE_HEADING_ITEM_GAP = re.compile(r"[一二三四五六七八九十]{1,3}、[^。，,；;:：()（）“”]{2,24}?\s*[(（]一[)）]")
_RE_GAP_NUMBER_HINT = re.compile(r"[ \u3000](?:\d{1,2}[.．、]|[(（]|[一二三四五六七八九十]{1,3}、|[①-⑳⑴-⒇])")


def _numbered_breaks(p: str, chinese: bool = False, probe: bool = False, heading: bool = True) -> list[str]:
    """``p`` cut before each numbering of a run in sequence (above); [p] when none is found. ``heading=False``: the
    paragraph ``p`` was cut from holds a section heading with its （一） after it (no cut before a 一、 then)."""
    if "\t" in p or "|" in p or not _RE_GAP_NUMBER_HINT.search(p):
        return [p]
    last: dict[str, tuple[int, int, bool]] = {}  # style -> (number, offset, after a gap or opening the text)
    cuts: set[int] = set()
    runs: set[str] = set()  # the styles whose run is open (two numbers in sequence at least, nothing else since)
    for m in _RE_GAP_NUMBER.finditer(p):
        at = m.start()
        if m.group(1):
            style, n = "d" + ("、" if m.group(2) == "、" else "."), int(m.group(1))
        elif m.group(3):
            style, n = "pd", int(m.group(3))
        elif m.group(4):
            style, n = "pc", cn_to_int(m.group(4))
        elif m.group(6):
            o = m.group(6)
            style, n = ("o", "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".index(o) + 1) if o in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳" else (
                "op", "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇".index(o) + 1)
        else:
            style, n = "c", cn_to_int(m.group(5))
        if n is None:
            continue
        gap = at == 0 or p[at - 1] in " \u3000"
        if style in ("pc", "c") and not chinese:
            runs.clear()  # (a heading between two runs: a nested list's)
            if n == 1 and gap and at > 1 and p[at - 2] in ":：" and heading and not _RE_HEADING_ITEM_GAP.match(p, at):
                # (but a list's first heading after a colon and a gap, "…存在问题如下: 一、体育馆"; not a section
                # heading with its （一） right after it, "…公告如下: 一、基本情况 （一）…": segment_run_together reads
                # those sections)
                cuts.add(at)
            continue
        prev = last.get(style)
        if n == 1 and prev is not None and prev[0] >= 2 and style in runs:
            # a second run of the same numbering, no other numbering between: a list of problems then one of their
            # measures in one paragraph ("…以下问题: 1、…; 2、…。 针对…如下: 1、…; 2、…"), which the paragraph's inline
            # reading pairs item by item — left whole
            return [] if probe else [p]
        if prev is None or prev[0] != n - 1:
            runs.discard(style)
        if gap and at > 0 and prev is not None and prev[0] == n - 1:
            cuts.add(at)
            if prev[1] > 0:
                cuts.add(prev[1])  # (the run's first number: after a gap, or glued to the colon before it)
            runs.add(style)
        elif n == 1 and gap and at > 1 and p[at - 2] in ":：":
            cuts.add(at)  # a list opened after a colon and the break's gap ("…存在以下问题: 1、…")
        last[style] = (n, at, gap)
        for other in [x for x in runs if x != style]:
            runs.discard(other)  # (another numbering between: the runs are a nested list's, not two lists)
    if not cuts or probe:
        return [p]
    bounds = [0, *sorted(cuts), len(p)]
    return [x for s, e in zip(bounds, bounds[1:]) if (x := p[s:e].rstrip(" \u3000"))]


# (flat20) a one-task notice's numbered field heading run into its value ("三、整改措施 2019年9月30日前，完成…"): the
# gap after a field's label (_FIELD_LABELS) that a 一、/（一） numbering opens is a break, whatever follows it (the gap
# rule above misses a value opening with a digit). A heading's label then a gap is no sentence: nothing is cut inside one.
_RE_FIELD_HEADING_GAP = re.compile(r"^((?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])(?:" + _FIELD_LABELS + r"))[ \u3000]+(?=\S)")


# gloss24: in a copy that lost its breaks, a short label with an ASCII colon, its items after a gap ("4.存在隐患: (1)…",
# "存在的主要隐患: 1、…"): the label was a line of its own (a sentence ending in a colon keeps its run, see above)
_RE_LABEL_COLON_GAP = re.compile(r"((?:\d{1,2}[.、．])?[★☆●■◆▲]?[\u4e00-\u9fff]{2,10}:)[ \u3000\t]+(?=\d{1,2}[、.．](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])")


def _label_colon(piece: str) -> list[str]:
    m = _RE_LABEL_COLON_GAP.match(piece) if ":" in piece[:16] else None
    return [piece] if m is None else [m.group(1), piece[m.end():]]


# gloss24: a piece of such a copy that opens on an item and runs on to the next ones after an ASCII semicolon and a gap
# ("1、厂房内未设置室内消火栓; 2、灭火器过期; 3、…", numbers rising): one item a line, as their lines were. Not a sentence
# leading into its run ("…存在以下问题: 1、…; 2、…": the run readers read it inline, paired with the answers' run)
_RE_SEMI_ITEM_OPEN = re.compile(r"(\d{1,2})[、.．](?!\d)")
_RE_SEMICOLON_ITEM = re.compile(r"(?<=[\u4e00-\u9fff];)[ \u3000\t]+(?=(\d{1,2})[、.．](?!\d))")


def _semicolon_items(piece: str) -> list[str]:
    first = _RE_SEMI_ITEM_OPEN.match(piece) if "; " in piece or ";\u3000" in piece else None
    if first is None:
        return [piece]
    cuts, last = [], int(first.group(1))
    for m in _RE_SEMICOLON_ITEM.finditer(piece):
        if int(m.group(1)) > last:
            cuts.append(m)
            last = int(m.group(1))
    bounds = [0] + [c for m in cuts for c in (m.start(), m.end())] + [len(piece)]
    return [piece[a:b] for a, b in zip(bounds[::2], bounds[1::2])]


def _field_heading(piece: str) -> list[str]:
    m = _RE_FIELD_HEADING_GAP.match(piece) if piece[:1] in "一二三四五六七八九十(（" else None
    return [piece] if m is None else [m.group(1), piece[m.end():]]


# flat25: a date in brackets closing a line, the gap after it a lost break: an announcement's date over its text
# ("(二〇二五年三月十九日公告) 2025年第4号…", "( 2025年4月1日公告) 根据…"), a title or a table's caption closed by its date
# ("第二督导组工作简报(2018年11月28日) 今天下午,…", "…公示(第八批 2025年8月24日) 甘肃省…", "…统计表(2018年7月20日)
# 分享到:") — an ASCII bracket, which the gaps above do not read as a line's end as they read "）". An announcement's own
# date ("…日公告)") is a line of its own: the gap before it a break too. Prose names a date in brackets with no gap after
# it ("于2018年11月28日(星期三)召开"): a weekday is no date, and no gap, no break.
_DATE_IN_BRACKET_HEAD = (r"[(（][ \u3000]*[^()（）\s]{0,8}[ \u3000]?(?:(?:19|20)\d{2}|二[〇零O○][一二三四五六七八九〇零O○]{2})年"
                         r"[^()（）\s]{1,6}日")
_RE_DATED_BRACKET_GAP = re.compile(r"(?<=\S)[ \u3000\t]+(?=" + _DATE_IN_BRACKET_HEAD + r"公告[)）])"
                                   r"|(?:(?<=日[)）])|(?<=日公告[)）])|(?<=日发布[)）])|(?<=日印发[)）]))[ \u3000\t]+(?=\S)")
_RE_DATE_IN_BRACKET_END = re.compile(_DATE_IN_BRACKET_HEAD + r"(?:公告|发布|印发)?[)）]$")


def _dated_bracket(piece: str) -> list[str]:
    if "日)" not in piece and "日）" not in piece and "公告)" not in piece and "发布)" not in piece and "印发)" not in piece:
        return [piece]
    out, start = [], 0
    for m in _RE_DATED_BRACKET_GAP.finditer(piece):
        head = piece[start:m.start()]
        after = piece[m.end():]
        if piece[m.start() - 1:m.start()] in ")）":
            # (the gap after a bracket: only when the bracket holds a date)
            if not _RE_DATE_IN_BRACKET_END.search(head):
                continue
        out.append(head)
        start = m.end()
    out.append(piece[start:])
    return [x for x in out if x.strip()]


# flat25: a case's or a finding's heading (no comma nor stop in it) run into its account, the account opening with the
# year of what it tells ("湖北省部分地方大气污染反弹严重 2024年5月,中央第四…督察组督察湖北省发现,…", "某县违规占用耕地建设
# 光伏项目 2023年3月,…", "一些企业危险废物处置不规范 2022年以来,…"): the heading was a line of its own. Only a piece
# opening with the heading (the break before it read already) and a year with its month, or 以来/至今, then a comma;
# not a sentence's words before a date ("会议定于 2021年5月13日,在…": the heading may not end with 于/在/自/从/至/到/
# 截至/将/对/为/是/和/与/及), nor a date inside a sentence (a comma before it).
_RE_HEADING_THEN_YEAR = re.compile(r"^([^\s，,。；;：:！？!?()（）“”]{6,32}?)(?<![于在自从至到将对为是和与及])[ \u3000]+"
                                   r"(?=(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?|以来|至今|初|底)(?:以来|至今|初|底)?[,，])")


def _heading_then_year(piece: str) -> list[str]:
    m = _RE_HEADING_THEN_YEAR.match(piece) if "年" in piece[:48] else None
    return [piece] if m is None else [m.group(1), piece[m.end():]]


# flat25: a page's counter with its figure run into the text after it ("发布时间:[2021-06-05 18:45 ] 浏览次数:411次 根据
# 上级…", "点击数:1024 为切实…"): the text opens a line of its own, as bw25 reads a counter left empty; and a full date
# standing between two gaps after words (a report's dateline "审计局局长 某某 2023年9月28日 主任、各位副主任…", a news
# item's "…专题组织生活会 2023年3月6日 下午14:00,…"; words opening the piece, no stop nor comma among them): the date a
# line of its own. Not a sentence's words before their
# date ("会议定于 2021年5月13日 召开": no cut after 于/在/自/从/至/到/截至/将/对/为/是/和/与/及/止/前/后 or a verb of handing
# in, 报送/提交/完成, nor before 前/后/起/止/至/内/以/之, "…报送 2025年7月31日 前完成"; nor after a date's label, "日期:
# 2023年9月28日"), nor a date with a comma or a stop after it (the heading rule above reads those).
_RE_COUNTER_FIGURE_GAP = re.compile(r"(?:人气|阅读[数量]|浏览[数量]|点击[数量率]|访问量|阅读次数|浏览次数|点击次数|访问次数)[:：]"
                                    r"[ \u3000]*\d{1,9}次?(?=[ \u3000\t]+[\u4e00-\u9fff（(“【])")
_RE_DATELINE_ALONE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![于在自从至到将对为是和与及止前后送交报成])[ \u3000\t]+"
                                r"((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[ \u3000\t]+(?=[\u4e00-\u9fff])(?![前后起止至内以之])")

# (and a page's date under a bare date label, its value in figures as a page writes it, a Taiwanese page's year of the
# Republic too: "監委巡察彰化縣 • 日期:93-06-24 本院地方機關巡察…", "…通知 日期:2021-06-05 为加强…": the label and its
# date a line of their own; not a date in words, "检查日期:2023年5月1日", which a form's line may go on after)
_RE_DATE_LABEL_LINE = re.compile(r"[ \u3000\t]+((?:[•·▪]\s*)?(?:公告|公布|发布|发文|成文|公开)?日期[:：][ \u3000]*\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2})"
                                 r"(?![\d/.-])(?:[ \u3000\t]+(?=[\u4e00-\u9fff])|$)")

# (and a report to a people's congress: its occasion line "——2021年7月25日在某省第十三届人民代表大会常务委员会第二十五次
# 会议上" run in between the page's timestamp and the reporter's name — "发布时间:2022-03-28 20:55:45 ——2021年7月25日在…
# 会议上 某省审计厅厅长 某某": the line from its dash to 会议上 stands alone, the date the report's own)
_RE_OCCASION_LINE = re.compile(r"(?:^|[ \u3000\t]+)(——[ \u3000]*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日在[^。，,；;——]{4,60}?会议上)"
                               r"(?:[ \u3000\t]+|$)")


def _page_line_tail(piece: str) -> list[str]:
    if "年" not in piece and ":" not in piece and "：" not in piece:
        return [piece]
    cuts: list[tuple[int, int]] = []  # (end of the piece before, start of the piece after; sorted, overlaps dropped)
    if "次" in piece or "数" in piece or "量" in piece or "率" in piece or "人气" in piece:
        for m in _RE_COUNTER_FIGURE_GAP.finditer(piece):
            cuts.append((m.end(), m.end() + len(piece[m.end():]) - len(piece[m.end():].lstrip(" \u3000\t"))))
    if "日 " in piece or "日\u3000" in piece or "日\t" in piece:
        for m in _RE_DATELINE_ALONE.finditer(piece):
            if m.start() > 40 or any(c in piece[:m.start()] for c in "。，,；;！？!?"):
                continue  # (only a heading's or a signature's words before it, opening the piece: no sentence)
            cuts.append((m.start(), m.start(1)))
            cuts.append((m.end(1), m.end()))
    if "——" in piece and "会议上" in piece:
        for m in _RE_OCCASION_LINE.finditer(piece):
            cuts.append((m.start(), m.start(1)))
            cuts.append((m.end(1), m.end()))
    if "日期" in piece:
        for m in _RE_DATE_LABEL_LINE.finditer(piece):
            cuts.append((m.start(), m.start(1)))
            cuts.append((m.end(1), m.end()))
    if not cuts:
        return [piece]
    out, start = [], 0
    for a, b in sorted(cuts):
        if a >= start:
            out.append(piece[start:a])
            start = b
    out.append(piece[start:])
    return [x for x in out if x.strip()]


# flat25: a report's dotted section numbers ("1.1 政治站位不高…", "1.2 政治纪律…", "2.1 …") run into the text before them
# after a gap ("…存在的深层问题 1.1 政治站位不高,…", "…应急处置机制 1.2 政治纪律和政治规矩执行不严"): each opens a line.
# Only a number that has its neighbour in sequence in the same paragraph (1.1 and 1.2, 1.3 and 2.1), a gap before it
# and Chinese words after it: prose's figures between gaps ("增长 1.5 个百分点", "共 2.3 万元") stand alone.
_RE_GAP_DOTTED = re.compile(r"(?<=[ \u3000\t])(\d{1,2})\.(\d{1,2})(?=[ \u3000]?[\u4e00-\u9fff])")


def _dotted_numbers(p: str) -> set[tuple[int, int]]:
    if " " not in p and "\u3000" not in p:
        return set()
    found = {(int(m.group(1)), int(m.group(2))) for m in _RE_GAP_DOTTED.finditer(p)}
    return {(a, b) for a, b in found if (a, b + 1) in found or (a, b - 1) in found or (a + 1, 1) in found
            or (b == 1 and any(x == a - 1 for x, _ in found))}


def _dotted_cut(piece: str, dotted: set[tuple[int, int]]) -> list[str]:
    if not dotted:
        return [piece]
    cuts = [m.start() for m in _RE_GAP_DOTTED.finditer(piece) if (int(m.group(1)), int(m.group(2))) in dotted]
    if not cuts:
        return [piece]
    bounds = [0, *cuts, len(piece)]
    return [x for a, b in zip(bounds, bounds[1:]) if (x := piece[a:b].rstrip(" \u3000\t"))]


_PAGE_LINE_MAX = 60  # (a line of a page, in characters: longer ones were never wrapped)


def rejoin_wrapped_flat(paragraphs: list) -> list:
    """robust25: a text that lost its breaks (a page scraper's: "…的问题。 二、审计发现的主要问题 扩大范围支出1415.50万元。
    2009年,…") then hard-wrapped by a PDF viewer or a narrow page: its lines run to the margin ("…年度审计发现的问题。
    二、审计发现的主要问题 扩大范围支出" / "1415.50万元。 2009年,海关总署…"), each too short for restore_lost_breaks to see
    the lost breaks. A run of full lines (``full_page_lines``) and the line after it is one printed paragraph: joined back
    (as printed, its spaces kept; the lines after it left blank, positions kept) when together they hold the lost
    breaks restore_lost_breaks reads (long, three gaps or more), so that it reads them as in the copy not wrapped."""
    if sum(1 for p in paragraphs if isinstance(p, str) and p.strip()) < 6 or not any(
            isinstance(p, str) and (" " in p.strip() or "\u3000" in p.strip()) for p in paragraphs):
        return paragraphs  # (no gap inside a line: no break lost to find)
    full, likely = full_page_lines({i: p.rstrip() for i, p in enumerate(paragraphs) if isinstance(p, str) and p.strip()})
    full |= likely
    if len(full) < 4:
        return paragraphs
    out = list(paragraphs)
    k = 0
    while k < len(out):
        if k not in full:
            k += 1
            continue
        j = k
        while (j in full and j + 1 < len(out) and isinstance(out[j + 1], str) and out[j + 1].strip()
               and len(out[j]) <= _PAGE_LINE_MAX):
            j += 1
        # (only a whole paragraph: the line before the run far from the margin — a paragraph's last line —, a title
        # (no comma or stop in it) or none, and the run's last line closing a sentence, the text or the page (its
        # footer after it); a run the widths cut in two is left to
        # join_broken_lines, which reads it as before)
        before = out[k - 1] if k > 0 and isinstance(out[k - 1], str) else ""
        after = out[j + 1] if j + 1 < len(out) and isinstance(out[j + 1], str) else ""
        margin = max(half_columns(out[i].strip()) for i in range(k, j + 1))
        b = before.strip()
        whole = (not b or half_columns(b) < 0.85 * margin or not any(c in b for c in "，,。；;")) and (
            not after.strip() or bool(RE_PAGE_FOOTER.match(after)) or out[j].rstrip()[-1:] in "。！？；!?;")
        # (nor a table's row its cells' bars break over lines: "63 | D3HN… | …经举报" / "后并未解决…")
        if j > k and whole and all(len(out[i]) <= _PAGE_LINE_MAX and "|" not in out[i] for i in range(k, j + 1)):
            joined = "".join(out[k:j + 1])
            if len(joined) >= LOST_BREAK_MIN and _lost_breaks(joined) >= 3:
                out[k:j + 1] = [joined] + [""] * (j - k)
        k = j + 1
    return out


def restore_lost_breaks(paragraphs: list) -> list:
    """Paragraphs with a long line that lost its breaks put back into lines at its spaces (others unchanged)."""
    # (a doc-sharing site's preview — "《…》由会员分享，可在线阅读" — numbers its page chunks 1、2、3、 mid-sentence: no list,
    # remove_chunk_markers glues them back; _numbered_breaks is not run on such a copy)
    preview = any(isinstance(p, str) and ("会员分享" in p or "在线阅读" in p) for p in paragraphs[:6])
    if not any(isinstance(p, str) and len(p) >= LOST_STAMP_MIN for p in paragraphs):
        return paragraphs if preview else _restore_numbered(paragraphs)
    out: list = []
    for k, p in enumerate(paragraphs):
        if isinstance(p, str) and len(p) >= LOST_BREAK_MIN and _lost_breaks(p) >= 3:
            dotted = _dotted_numbers(p)
            pieces = [x for piece in _inline_runs_kept(_RE_LOST_BREAK.split(p)) for part in _RE_STAMP_BREAK.split(piece)
                      if part.strip() for t in _dotted_cut(part, dotted) for v in _dated_bracket(t) for u in _heading_then_year(v) for w in _page_line_tail(u)
                      for y in _field_heading(w) for z in _label_colon(y)
                      for x in _semicolon_items(z)]
        elif isinstance(p, str) and len(p) >= LOST_STAMP_MIN and (" " in p or "\u3000" in p or p[:1].isdigit()) and (
                _RE_STAMP_HINT.search(p)):  # (the hint needs a gap before the date, or the date opening the text)
            pieces = _stamp_pieces(p)
            pieces = _title_head(pieces[0]) + pieces[1:] if k < 3 else pieces
        elif k < 3 and isinstance(p, str) and len(p) >= LOST_STAMP_MIN and (" " in p[:62] or "\u3000" in p[:62]):
            pieces = _title_head(p)
        else:
            pieces = [p]
        if len(pieces) > 1 or (isinstance(p, str) and len(p) >= LOST_STAMP_MIN and (" " in p or "\u3000" in p)):
            pieces = [x for piece in pieces for y in _dated_bracket(piece) for x in _page_line_tail(y)]  # (flat25)
        # (the numbered runs: not in a paragraph holding a second run of one numbering, see _numbered_breaks)
        out.extend(pieces if preview or (len(pieces) > 1 and _two_runs(p)) else
                   _restore_numbered(pieces, len(pieces) == 1 or not _RE_HEADING_ITEM_GAP.search(p)))
    return out


# res21: a gap before "三是" in a piece whose run reached "二是" is a stray space inside the paragraph's own inline run
# ("…二是落实…不到位。…平均值。 三是防范…"), not a lost break: the run goes on in the same paragraph, as on its line
_RE_XS_OPEN = re.compile(r"^([二三四五六七八九十])是")
_RE_XS_ANY = re.compile(r"^[一二三四五六七八九十]是")
_CN_BEFORE = dict(zip("二三四五六七八九十", "一二三四五六七八九"))


def _inline_runs_kept(pieces: list[str]) -> list[str]:
    out: list[str] = []
    for x in pieces:
        m = _RE_XS_OPEN.match(x) if out else None
        # (only a run that opened inside its piece, after the heading it runs on from: "（一）…有差距。一是…二是…" — a
        # piece opening on its item, "二是…", had its run's items one a line, each break a lost one)
        if m and (_CN_BEFORE[m.group(1)] + "是") in out[-1] and out[-1].find("一是") > 0 and not _RE_XS_ANY.match(out[-1]):
            out[-1] = out[-1] + " " + x
        else:
            out.append(x)
    return out


def _two_runs(p: str) -> bool:
    """A paragraph holding two runs of one numbering, nothing between (_numbered_breaks leaves it whole)."""
    return _numbered_breaks(p, probe=True) == []


def _restore_numbered(paragraphs: list, heading: bool = True) -> list:
    """Every paragraph with a gap cut by _numbered_breaks (a block element's pieces stay blocks)."""
    out: list = []
    for p in paragraphs:
        pieces = _numbered_breaks(p, heading=heading) if isinstance(p, str) and (" " in p or "\u3000" in p) else None
        if pieces is None or len(pieces) == 1:
            out.append(p)
        else:
            out.extend(BlockText(x) if isinstance(p, BlockText) else x for x in pieces)
    return out


# a copy whose line breaks were lost: "…如下: 一、基本情况 (一)…。 二、审计查出的主要问题 (一)关于“…”…问题。…(二)…"
_RE_SEG_LOST = re.compile(
    r"(?<![《“])(?=[(（][一二三四五六七八九十]{1,3}[)）]\s*关于)"  # a finding's wrapper "(一)关于…问题" starts an item
    r"|(?<=[。;；])(?=\d{1,2}[.．、]\s*关于)"  # also numbered "2.关于…问题"
)
_RE_SEG_LOST = NearAnchor(_RE_SEG_LOST.pattern, r"[(（\d]", 0)  # (perf22: every cut is at a bracket or a digit: tried there only)
# the first item right after a section heading that has no stop of its own ("一、基本情况(一)重点项目计划:…")
_RE_HEADING_THEN_ITEM = re.compile(r"([一二三四五六七八九十]{1,3}、[^。，,；;:：()（）“”]{2,24}?)(?=[(（]一[)）]|1[.．、](?!\d))")
# findings wrapped as "（一）关于…问题。" one after the other in one paragraph, at sentence stops
_RE_WRAPPED_AT_STOP = re.compile(r"(?:^|(?<=[。;；]))\s*(?:[(（]([一二三四五六七八九十]{1,3})[)）]|(\d{1,2})[.．、](?!\d))\s*关于")


def split_wrapped_findings(paras: list[Para]) -> tuple[list[Para], bool]:
    """A paragraph that opens with a wrapped finding ("（一）关于…的问题。…") and holds the next ones, numbered in
    order after sentence stops ("…。（二）关于…的问题。…"), is one paragraph per finding: its line breaks were lost."""
    out: list[Para] = []
    changed = False
    for p in paras:
        t = p.text
        first = _RE_WRAPPED_AT_STOP.match(t) if "关于" in t else None
        if first is None:
            out.append(p)
            continue
        found = list(_RE_WRAPPED_AT_STOP.finditer(t))
        numbers = [int(m.group(2)) if m.group(2) else cn_to_int(m.group(1)) for m in found]
        kind = [m.group(2) is None for m in found]
        in_order = [found[0]]
        for m, n, k in zip(found[1:], numbers[1:], kind[1:]):
            if k == kind[0] and n == numbers[0] + len(in_order):
                in_order.append(m)
        if len(in_order) < 2:
            out.append(p)
            continue
        changed = True
        bounds = [m.start() for m in in_order] + [len(t)]
        bounds[0] = 0
        for s, e in zip(bounds, bounds[1:]):
            piece = t[s:e].strip()
            if piece:
                out.append(Para(piece, p.pos))
    return out, changed


# the characters every _RE_SEG cut is before (its look-aheads' first characters: a numeral, a bracket, 整/完/责/牵/督/配 of a
# label, 附 of 附件)
_RE_SEG_NEXT = re.compile(r"[一二三四五六七八九十(（整完责牵督配附]")


def _seg_cuts(text: str) -> set[int]:
    """{m.start() for m in _RE_SEG.finditer(text) if m.start() > 0}: the pattern, all look-arounds, is tried only where
    its next character can be (a fast class scan), not at every offset of a long paragraph."""
    return {k for c in _RE_SEG_NEXT.finditer(text) if (k := c.start()) > 0 and _RE_SEG.match(text, k)}


def segment_run_together(paras: list[Para]) -> tuple[list[Para], bool]:
    """Split paragraphs that hold whole sections run together: very long ones, and the one paragraph
    that holds the whole body of a copy whose line breaks were lost (its 一、…二、 sections in order)."""
    out: list[Para] = []
    changed = False
    body = sum(len(p.text) for p in paras) or 1
    for p in paras:
        lost = len(p.text) >= 120 and len(p.text) >= 0.7 * body and _sections_in_order(p.text)
        if len(p.text) < 1500 and not lost:
            out.append(p)
            continue
        cuts = _seg_cuts(p.text)
        if lost:
            cuts |= {m.start() for m in _RE_SEG_LOST.finditer(p.text) if m.start() > 0}
        cuts = sorted(cuts)
        if len(cuts) < 3:
            out.append(p)
            continue
        changed = True
        bounds = [0, *cuts, len(p.text)]
        for s, e in zip(bounds, bounds[1:]):
            piece = p.text[s:e].strip()
            head = _RE_HEADING_THEN_ITEM.match(piece) if lost else None
            if head:
                out.append(Para(head.group(1), p.pos))
                piece = piece[head.end():]
            if piece:
                out.append(Para(piece, p.pos))
    return out, changed


_RE_SECTION_AT_STOP = re.compile(rf"(?:^|(?<=[{_BOUNDARY}]))([一二三四五六七八九十]{{1,2}})、(?!是)")
_RE_SECTION_AT_STOP = NearAnchor(_RE_SECTION_AT_STOP.pattern, "[一二三四五六七八九十]", 0)  # (perf22: tried at a numeral only)


def _sections_in_order(text: str) -> bool:
    """一、 and 二、 (at least) at sentence stops, in order, and a section heading with its (一) right after it
    ("二、审计查出的主要问题(一)关于…"): sections run together, not an inline 一、…；二、… list of a clause."""
    found = list(_RE_SECTION_AT_STOP.finditer(text))
    if len(found) < 2 or [m.group(1) for m in found[:2]] != ["一", "二"]:
        return False
    return any(_RE_HEADING_THEN_ITEM.match(text, m.start()) for m in found)


# a list of quoted feedback items ("一、关于“第一轮督察反馈指出，…。”整改进展情况：…") whose line breaks were lost in a copy
# (a document-sharing site's preview runs the whole list into a few lines, its page captions between): each item opens a
# paragraph, wherever it stands in the line — after the list's title, after the last measure of the item before
_RE_QUOTED_ITEM = re.compile(r"([一二三四五六七八九十][一二三四五六七八九十]?)、\s*关于\s*“")  # (perf22: X X? for X{1,2}, a class first: scanned fast)


def split_quoted_items(paras: list[Para]) -> tuple[list[Para], bool]:
    if not any("关于“" in p.text or "关于 “" in p.text for p in paras):
        return paras, False
    # (every item reads 关于: a paragraph without it is not scanned)
    found = [(k, m) for k, p in enumerate(paras) if "关于" in p.text for m in _RE_QUOTED_ITEM.finditer(p.text)]
    numbers = [cn_to_int(m.group(1)) for _, m in found]
    if len(found) < 2 or numbers != list(range(1, len(found) + 1)) or all(m.start() == 0 for _, m in found):
        return paras, False
    cuts: dict[int, list[int]] = {}
    for k, m in found:
        if m.start() > 0:
            cuts.setdefault(k, []).append(m.start())
    out: list[Para] = []
    for k, p in enumerate(paras):
        if k not in cuts:
            out.append(p)
            continue
        bounds = [0, *cuts[k], len(p.text)]
        for s, e in zip(bounds, bounds[1:]):
            piece = p.text[s:e].strip()
            if piece:
                out.append(Para(piece, p.pos, p.page_jump_after, p.page_jump_before, list(p.joined)))
    return out, True


# an item run on into the next one after its full stop, the line break lost ("1.…美观。2.消防水带…更换。"): when the
# paragraph opens with item N, item N+1 follows a full stop in it, and no list of its own starts inside it (no "1."
# after a stop or colon: "整改措施：1.…2.…" are its measures), the next item opens a paragraph of its own.
# (cut19: a page scraper that drops the breaks joins a list's items with a space whatever their numbering and
# wherever the item ends: "（一）…民主理财小组; （二）未按协议…", "(1)…未定期清洗; (2)…", "一、…。 二、…": the same when
# the paragraph opens with item N of one numbering — N、/N./（N）/（一）/一、 — and N+1 of that numbering follows a
# full stop or a semicolon (also !?) — or a comma and a space, the trace of the break ("…陪餐记录, 2、食堂内…"; "1、提高
#认识，2、…" without one is a clause's own list), or an item's closing note and that space ("…垃圾。(责任单位:英雄街道)
# 2.天桥下…") — the numbers running in sequence; a list restarting at 1 of that
# numbering after a stop or colon is the item's own.)
_RE_ITEM_OPEN = re.compile(r"^\s*(?:(\d{1,2})([.．、])(?!\d)|([(（])(\d{1,2})[)）]|([(（])([一二三四五六七八九十]{1,3})[)）]"
                           r"|([一二三四五六七八九十]{1,3})、)")
_RUN_ON_STOPS = "。；;！？!?"
_ARABIC_ONE = r"1[.．、](?!\d)"  # (1. and 1、 both restart a decimal list)


def _item_style(m: re.Match) -> tuple[str, int]:
    """(style, number) of an opening numbering: "d" 1./1、 (the mark kept apart: 1. and 1、 are two levels), "pd"
    (1), "pc" (一), "c" 一、."""
    if m.group(1):
        return "d" + m.group(2), int(m.group(1))
    if m.group(4):
        return "pd", int(m.group(4))
    if m.group(6):
        return "pc", cn_to_int(m.group(6))
    return "c", cn_to_int(m.group(7))


def _style_number(style: str, n: int) -> str:
    """The regex of numbering `n` in `style` (its mark after a stop)."""
    if style[0] == "d":
        return rf"{n}[{'、' if style[1] == '、' else '.．'}](?!\d)"
    if style == "pd":
        return rf"[(（]{n}[)）]"
    if style == "pc":
        return rf"[(（]{int_to_cn(n)}[)）]"
    return rf"(?<![一二三四五六七八九十]){int_to_cn(n)}、"


def _next_after_stop(t: str, style: str, n: int) -> int | None:
    """Where numbering `n` in `style` opens after a stop in `t` (None when it does not)."""
    m = re.search(rf"[{_RUN_ON_STOPS}，,)）](?:(?<=[{_RUN_ON_STOPS}])\s*|(?<=[，,)）])\s+){_style_number(style, n)}", t)
    return m.end() if m else None


def split_run_on_items(paras: list[Para]) -> tuple[list[Para], bool]:
    out: list[Para] = []
    changed = False
    for p in paras:
        t = p.text
        m = _RE_ITEM_OPEN.match(t) if len(t) > 8 else None
        if m is None:
            out.append(p)
            continue
        style, n = _item_style(m)
        # (perf22: "(?:[stops]\s*|[，,)）]\s+)" led by one class, the blank run after it told by the character read: the
        # engine scans for a class, where an alternation of classes was tried at every offset)
        if n is not None and style[0] == "d" and not _next_after_stop(t, style, n + 1):
            # check24: the copy's marks mixed in one run ("1.操作间…。2、学生…。3、留样…。4、…"): the run goes on in the
            # other arabic mark when its next two numbers follow after stops, in order
            other = "d、" if style[1] in ".．" else "d."
            at = _next_after_stop(t, other, n + 1)
            if at is not None and _next_after_stop(t[at:], other, n + 2) is not None:
                # (the first item takes the run's mark: one level for all, as 1. and 1、 are two levels elsewhere)
                style, t = other, t[: m.start(2)] + other[1] + t[m.end(2):]
        if n is None or not _next_after_stop(t, style, n + 1):
            out.append(p)
            continue
        # (a list restarting at 1 inside an item before the next item is the item's own: "整改措施：1.…2.…"; one
        # after the last item found, "…灭火器过期。 二、某公司 1、…", ends the run: the rest stays whole)
        one = _ARABIC_ONE if style[0] == "d" else _style_number(style, 1)
        restart = re.compile(rf"[:：{_RUN_ON_STOPS}]\s*{one}")
        pieces = []
        start = 0
        while True:
            nxt = re.search(rf"(?:(?<=[{_RUN_ON_STOPS}])\s*|(?<=[，,)）])\s+){_style_number(style, n + 1)}", t[start + 1:])
            if nxt is None:
                break
            at = start + 1 + nxt.start()
            if restart.search(t, start + 1, at):
                break
            pieces.append(t[start:at].strip())
            start = at
            n += 1
        if not pieces:
            out.append(p)
            continue
        pieces.append(t[start:].strip())
        changed = True
        out.extend(Para(x, p.pos, p.page_jump_after, p.page_jump_before, list(p.joined)) for x in pieces if x)
    return out, changed


# --- a 文库 copy's noise characters where its line breaks were --------------------------------------------------------
# Some document-sharing sites (the copies that carry "For personal use only in study and research") replace each line
# break — and with it the item's number — by one to five characters drawn from one grid of code points: U+7F7F…U+8888
# whose low byte is 7F…88 (莃 螁 袁肀 膇螅 …). Where a document has many such runs right after a stop or a colon, each run
# is a line break: "具体如下:莃花园市场:螁水果摊位…行为。虿市场入口…". A run of two or more grid characters anywhere is one
# too; a single grid character not after a stop is left (肆, 薄, 袁 are also words).
def _grid(ch: str) -> bool:
    c = ord(ch)
    return 0x7F <= (c >> 8) <= 0x88 and 0x7F <= (c & 0xFF) <= 0x88


_GRID_CLASS = "".join(chr(h << 8 | lo) for h in range(0x7F, 0x89) for lo in range(0x7F, 0x89))
RE_NOISE_AFTER_STOP = re.compile(r"(?<=[。:：;；)）!！?？])[" + _GRID_CLASS + r"]{1,5}(?=\S)")
RE_NOISE_RUN = re.compile(r"[" + _GRID_CLASS + r"]{2,5}")
_RE_GRID = re.compile(r"[" + _GRID_CLASS + r"]")  # (one grid character: every noise run holds one)
RE_NOISE_AT_DATE = re.compile(r"[" + _GRID_CLASS + r"](?=(?:19|20)\d{2}\s*年|[〇○零一二三四五六七八九]{4}\s*年[〇○零一二三四五六七八九十]{1,2}月)"
                              r"|(?<=[〇○零一二三四五六七八九十\d]日)[" + _GRID_CLASS + r"]")


def split_noise_breaks(paragraphs: list) -> list:
    """Each paragraph (plain text only) with noise runs standing for line breaks: split there (several paragraphs
    from one); a paragraph with fewer than six runs after a stop is left as it is."""
    out = []
    if _RE_GRID.search("\n".join(p for p in paragraphs if type(p) is str)) is None:
        return list(paragraphs)  # (no grid character in the whole text: one class scan, not one a paragraph)
    for p in paragraphs:
        # (a grid character first: a class scan, where the pattern led by its look-behind is tried at every offset)
        if type(p) is not str or _RE_GRID.search(p) is None or len(RE_NOISE_AFTER_STOP.findall(p)) < 6:
            out.append(p)
            continue
        t = RE_NOISE_RUN.sub("\n", RE_NOISE_AFTER_STOP.sub("\n", p))
        # res19: in such a copy a single noise character also stands for the breaks around a signature's date
        # ("科学城工商行政管理局袀二〇一二年七月二十日芇以下无正文"): the body's line, the date's, what follows
        t = RE_NOISE_AT_DATE.sub("\n", t)
        out.extend(s for s in t.split("\n") if s.strip())
    return out


# gloss24: a gloss a wrap split between two lines ("質(zh" / "ì)量", "質" / "(zhì)量"): each line alone holds no whole
# gloss for RE_PINYIN_GLOSS, so the two halves are found across the break and cut from both lines (the lines stay two:
# join_broken_lines decides whether they are one paragraph).
_GLOSS_LETTERS = "a-zA-Z" + _TONES + _TONES.upper() + "üÜ'"
_RE_GLOSS_HEAD = re.compile(r"(?:(?<=[\u3400-\u9fff])[ \t\u3000]?|(?<=[\]】A-Za-z]))[(（]([" + _GLOSS_LETTERS + r" \t]{0,47})\s*$")
_RE_GLOSS_TAIL = re.compile(r"^\s*([" + _GLOSS_LETTERS + r" \t]{0,47})[)）]")
_RE_CJK_END = re.compile(r"[\u3400-\u9fff]\s*$")


def mend_split_glosses(paragraphs: list) -> list:
    """Paragraphs with every pinyin gloss a line break split cut from both of its lines (plain strings only; a
    BlockText and anything else pass through). Cheap: a line is looked at only when it ends in a bracket or a letter
    and the next opens with a bracket or a letter, and the two halves hold a tone mark."""
    out = list(paragraphs)
    for i in range(len(out) - 1):
        p, q = out[i], out[i + 1]
        if type(p) is not str or type(q) is not str or not p or not q:
            continue
        end, start = p.rstrip()[-1:], q.lstrip()[:1]
        if not end or not start:
            continue
        if start in "(（" and _RE_CJK_END.search(p):  # "質" / "(zhì)量"
            m = _RE_GLOSS_TAIL.match(q.lstrip()[1:])
            if m and _RE_TONE_MARK.search(m.group(1)) and _is_pinyin(m.group(1)):
                out[i + 1] = q.lstrip()[1 + m.end():]
            continue
        if not (end in "(（" or end.isascii() and end.isalpha() or _RE_TONE_MARK.match(end)):
            continue
        head = _RE_GLOSS_HEAD.search(p)
        tail = _RE_GLOSS_TAIL.match(q) if head else None
        if tail is None:
            continue
        content = head.group(1) + tail.group(1)
        if _RE_TONE_MARK.search(content) and _is_pinyin(content):
            out[i], out[i + 1] = p[:head.start()], q[tail.end():]
    return out
