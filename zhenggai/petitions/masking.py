"""Complainants' personal data out of everything published: names, mobile and landline numbers, ID numbers,
house numbers. The public 边督边改公开一览表 page and its .docx/.xlsx go through `public_text`, and only it.

Masking is deliberately wide: a word wrongly masked costs a little readability, a name wrongly published cannot
be taken back. The office can publish a word the rules would hide (a place taken for a name) by listing it on
the case (`PetitionCase.unmasked_words`, audited); nothing else is ever unmasked.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# The commonest surnames (over 90% of people): a name is only masked after a marker, and only when it starts
# with one of these, so "举报人反映" keeps its verb.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪"
    "范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞"
    "颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇"
    "栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
_MARKERS = r"(?:举报人|来信人|来电人|投诉人|反映人|信访人|联系人|当事人|村民|居民|业主|住户|群众|网民|市民|老人|户主|姓名[:：]?|本人|我叫|名叫)"
# The name after a marker: the surname and one or two characters. Three characters unless the third is one a
# sentence goes on with (举报人张三反映 → 张三; 举报人张建国反映 → 张建国); a wrong guess masks a character too many.
_NAME_AFTER_MARKER = re.compile(_MARKERS + r"\s*(?P<name>[\u4e00-\u9fff]{2,3})")
_GOES_ON = set("反称说举投来表核向于在家的与和及等认要希请对已多因也都所为是到被将就不未还打致电联提诉写求指介讲告拨住同均"
               "经先女师大阿老同反映称，,。；;、（(")
_NAME_TITLE = re.compile(r"(?P<name>[%s][\u4e00-\u9fff]{1,2})(?=(?:先生|女士|师傅|大爷|大妈|阿姨|老板|同志))" % "".join(sorted(SURNAMES)))
_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])|(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9A-Za-z])(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?![0-9A-Za-z])")
_LANDLINE = re.compile(r"(?<![0-9A-Za-z])(?:0\d{2,3}[-\s]?)?\d{7,8}(?![0-9A-Za-z])")
# House, building, unit and room numbers: 12号, 3栋, 2单元, 501室, 5号楼, 8幢 (not 第25批, not 2024年).
_HOUSE = re.compile(r"(?<![0-9A-Za-z第])\d{1,5}(?:-\d{1,5})?(?=\s*(?:号楼|号院|号|栋|幢|单元|室|户|楼\d|组\d))")


def _keep(text: str, keep: set[str]) -> bool:
    return any(text in word or word in text for word in keep if word)


def names_in(text: str) -> set[str]:
    """Complainants' names the text gives after a marker (举报人张建国 → 张建国)."""
    found = set()
    for m in _NAME_AFTER_MARKER.finditer(text or ""):
        name = m.group("name")
        if name[0] not in SURNAMES or "某" in name:
            continue
        if len(name) == 3 and name[2] in _GOES_ON:
            name = name[:2]
        found.add(name)
    for m in _NAME_TITLE.finditer(text or ""):
        found.add(m.group("name"))
    return found


def mask(text: str, keep: Iterable[str] = (), names: Iterable[str] = ()) -> str:
    """The text with personal data masked; words in `keep` (the office's on-purpose exceptions) stay.

    `names` are masked wherever they occur (a name given once after 举报人 and again without it)."""
    if not text:
        return text
    keep = {w.strip() for w in keep if w and w.strip()}

    def masked(rx: re.Pattern, repl) -> None:
        nonlocal text

        def sub(m: re.Match) -> str:
            whole = m.group(0)
            return whole if _keep(whole, keep) else repl(m)
        text = rx.sub(sub, text)

    masked(_ID, lambda m: "*" * len(m.group(0)))
    masked(_MOBILE, lambda m: "*" * len(m.group(0)))
    masked(_LANDLINE, lambda m: "*" * len(m.group(0)))
    for name in sorted(names_in(text) | set(names), key=len, reverse=True):
        if name and not _keep(name, keep):
            text = text.replace(name, name[0] + "某" * (len(name) - 1))
    masked(_HOUSE, lambda m: "*" * len(m.group(0)))
    return text


PUBLIC_FIELDS = ("complaint", "investigation", "goal", "handling", "accountability")


def public_text(case, field: str) -> str:
    """A case's text field as it may be published: the names any of its fields gives are masked in all of them."""
    names: set[str] = set()
    for name in PUBLIC_FIELDS:
        names |= names_in(getattr(case, name) or "")
    return mask(getattr(case, field) or "", case.unmasked_words, names)
