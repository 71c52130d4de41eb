"""Build the bundled Japanese font: Noto Sans CJK JP (SIL OFL 1.1) subset to what the app needs.

Source: Debian package fonts-noto-cjk, /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc, face 0
(Noto Sans CJK JP). Kept: ASCII and Latin-1, general punctuation, sub/superscripts, arrows, CJK
punctuation, hiragana, katakana, full-width forms, the 2,965 JIS X 0208 level-1 kanji (the common
kanji of Japanese text), and every character of the app's translation catalogues and lesson files.

    apt-get install fonts-noto-cjk && .venv/bin/pip install fonttools && .venv/bin/python tools/build_font.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
OUT = ROOT / "resources" / "fonts" / "NotoSansJP-Regular-subset.otf"

RANGES = [
    (0x20, 0x7E),
    (0xA0, 0xFF),
    (0x2000, 0x206F),
    (0x2070, 0x209F),
    (0x2100, 0x214F),
    (0x2190, 0x21FF),
    (0x2200, 0x22FF),
    (0x2460, 0x24FF),
    (0x25A0, 0x25FF),
    (0x3000, 0x303F),
    (0x3040, 0x309F),
    (0x30A0, 0x30FF),
    (0x31F0, 0x31FF),
    (0xFF00, 0xFFEF),
]


def jis_level1_kanji() -> set[int]:
    """JIS X 0208 rows 16-47 (level-1 kanji), decoded through Python's EUC-JP codec."""
    out = set()
    for row in range(16, 48):
        for cell in range(1, 95):
            try:
                ch = bytes([0xA0 + row, 0xA0 + cell]).decode("euc_jp")
            except UnicodeDecodeError:
                continue
            out.add(ord(ch))
    return out


def catalogue_chars() -> set[int]:
    chars: set[int] = set()
    for ts in (ROOT / "resources" / "i18n").glob("*.ts"):
        text = ts.read_text(encoding="utf-8")
        for m in re.finditer(r"<translation[^>]*>(.*?)</translation>", text, re.S):
            chars.update(ord(c) for c in m.group(1))
    for extra in (ROOT / "gui").rglob("*_ja.json"):
        chars.update(ord(c) for c in extra.read_text(encoding="utf-8"))
    for lesson in (ROOT / "resources" / "lessons").glob("*.json"):  # the lessons carry their own Japanese
        chars.update(ord(c) for c in lesson.read_text(encoding="utf-8"))
    return chars


def main() -> int:
    if not SOURCE.exists():
        print(f"missing {SOURCE}: apt-get install fonts-noto-cjk", file=sys.stderr)
        return 1
    font = TTCollection(str(SOURCE)).fonts[0]
    assert font["name"].getDebugName(1) == "Noto Sans CJK JP"
    unicodes = set().union(*(range(a, b + 1) for a, b in RANGES)) | jis_level1_kanji() | catalogue_chars()
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.layout_features = ["*"]
    opts.hinting = False
    opts.notdef_outline = True
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted(unicodes))
    sub.subset(font)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(OUT))
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size / 1e6:.2f} MB, {len(font.getGlyphOrder())} glyphs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
