"""What an evidence file says about itself: the picture it shows (a perceptual hash) and the date it bears.

**Same photo, another file.** A photo re-saved at another size or JPEG quality has another SHA-256 but the same
DCT perceptual hash (``imagehash.phash``, 64 bits): the low frequencies of a 32×32 grey thumbnail, which resizing
and recompression barely move. Re-encodings of a real photo differ by 0–2 bits; unrelated photos by ~32;
screenshots of two different pages of this system by 8 or more (docs/screenshots, measured when the threshold
was set). Two hashes at most ``SAME_IMAGE_WITHIN`` bits apart are the same picture.

**Finding candidates without comparing every pair.** The 64 bits are cut into 4 bands of 16. Two hashes at most
7 bits apart differ in at most 1 bit of some band (pigeonhole), so the candidates of a hash are the stored
hashes equal, in some band, to that band or to one of its 16 one-bit neighbours: 4 indexed columns, 17 values
each. The distance is then checked exactly.

**Dates.** A photo's EXIF DateTimeOriginal (when the camera took it) and a PDF's creation date (its Info
dictionary ``/CreationDate`` or XMP ``xmp:CreateDate``, read from the raw bytes: no PDF parser runs on an
uploaded file here, so a hostile file cannot hang the scan).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

HASH_BITS = 64
BAND_BITS = 16
BANDS = HASH_BITS // BAND_BITS
SAME_IMAGE_WITHIN = 6          # bits; ≤ 7 is what the band lookup guarantees to find
MIN_SIDE = 64                  # icons and thumbnails say nothing
MAX_PIXELS = 60_000_000        # larger pictures are not decoded (memory); a phone photo is 12–50 MP
MIN_SET_BITS = 6               # a blank page or a flat colour hashes to (almost) all zeros or ones: not a picture

_EXIF_IFD = 0x8769
_DATE_TIME_ORIGINAL = 0x9003
_PDF_CREATION = re.compile(rb"/CreationDate\s*\(\s*D:\s*(\d{4})(\d{2})(\d{2})")
_XMP_CREATE = re.compile(rb"xmp:CreateDate\s*(?:=\s*[\"']|>)\s*(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class FileFacts:
    phash: str = ""                  # 16 hex digits, "" when the file is not a usable picture
    dated: dt.date | None = None     # the date the file bears, if any
    date_source: str = ""            # "exif" or "pdf"


def read_facts(path: Path, content_type: str) -> FileFacts:
    """The facts of one stored evidence file; a file that cannot be read yields empty facts, never an error."""
    try:
        if content_type in ("image/jpeg", "image/png"):
            return _image_facts(path)
        if content_type == "application/pdf":
            dated = pdf_created_on(path)
            return FileFacts(dated=dated, date_source="pdf" if dated else "")
    except (OSError, ValueError, SyntaxError):  # what Pillow raises for a truncated or malformed file
        pass
    return FileFacts()


def _image_facts(path: Path) -> FileFacts:
    import imagehash
    from PIL import Image, ImageOps

    with Image.open(path) as image:
        width, height = image.size
        taken = photo_taken_on(image)
        if min(width, height) < MIN_SIDE or width * height > MAX_PIXELS:
            return FileFacts(dated=taken, date_source="exif" if taken else "")
        # A JPEG decodes at 1/2…1/8 scale when asked for a small picture: the hash only needs 32×32.
        image.draft("RGB", (256, 256))
        picture = ImageOps.exif_transpose(image)  # what a person sees, whichever way the camera was held
        value = str(imagehash.phash(picture))
    if not MIN_SET_BITS <= int(value, 16).bit_count() <= HASH_BITS - MIN_SET_BITS:
        value = ""
    return FileFacts(phash=value, dated=taken, date_source="exif" if taken else "")


def photo_taken_on(image) -> dt.date | None:
    """EXIF DateTimeOriginal ("2026:03:02 09:15:00"), or None when absent or not a real date."""
    raw = image.getexif().get_ifd(_EXIF_IFD).get(_DATE_TIME_ORIGINAL)
    if not isinstance(raw, str):
        return None
    match = re.match(r"\s*(\d{4})[:\-](\d{2})[:\-](\d{2})", raw)
    return _date(*match.groups()) if match else None


def pdf_created_on(path: Path) -> dt.date | None:
    """The creation date a PDF declares (Info dictionary, else XMP), read from the bytes of the file."""
    data = path.read_bytes()
    for pattern in (_PDF_CREATION, _XMP_CREATE):
        match = pattern.search(data)
        if match:
            return _date(*(g.decode() for g in match.groups()))
    return None


def _date(year: str, month: str, day: str) -> dt.date | None:
    try:
        value = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None  # "0000:00:00", a camera that never had its clock set
    return value if value.year >= 1990 else None


def bands(phash: str) -> list[int]:
    """The hash cut into BANDS integers of BAND_BITS bits, most significant first."""
    value = int(phash, 16)
    mask = (1 << BAND_BITS) - 1
    return [(value >> (BAND_BITS * (BANDS - 1 - i))) & mask for i in range(BANDS)]


def band_neighbours(band: int) -> list[int]:
    """The band itself and every value one bit away from it."""
    return [band] + [band ^ (1 << bit) for bit in range(BAND_BITS)]


def distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()
