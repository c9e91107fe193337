#!/usr/bin/python3
"""Bake DDC Uchen into "LastMile Uchen": a Tibetan font that JavaFX on Linux draws correctly.

JavaFX shapes text through Pango (HarfBuzz) but keeps only the glyph advances and drops the x/y
offsets. DDC Uchen positions the tsheg (and ཤ after a tsheg) with GPOS pair-positioning
*placements*, so JavaFX draws the tsheg under the next letter. This script rewrites every pair
adjustment so that it moves glyphs only through advances, which JavaFX keeps:

* XPlacement p2 of the second glyph  -> first glyph's XAdvance += p2, second's XAdvance -= p2.
* XPlacement p1 of the first glyph   -> the glyph *before* the pair gets XAdvance += p1 (through a
  new chained-context lookup that looks ahead at the pair), the first glyph's XAdvance -= p1.
  (Only at the very start of a text, where no glyph precedes, is the first glyph p1 further left.)
* YPlacement cannot be expressed with advances; the script reports it and stops if any occurs.

Each glyph is drawn where HarfBuzz draws it with the original font, and the pen ends where it
ended; audit_font.py --reference checks that.

The OFL forbids a modified font to use the Reserved Font Name "DDC Uchen", so the family is
renamed to "LastMile Uchen" (name IDs 1, 3, 4, 6, 16, 17, 18); the copyright, trademark and
licence notices (IDs 0, 7, 13, 14) are kept. The output is reproducible: the head timestamps are
copied from the input, so the same input gives the same bytes.

Latin, NOT in the shipped font (issue 11 item 9, only with --latin): DDC Uchen's own Latin
letters and digits are serif shapes that match nothing else in the interface. Every character of Basic Latin, Latin-1 and General Punctuation
that both fonts have is mapped to a new glyph drawn from Noto Sans SemiCondensed (OFL 1.1, no Reserved Font Name), scaled from its 1000
to Uchen's 1024 units per em, composites resolved, hinting dropped; Uchen's Latin glyphs stay in the
font unmapped, so no glyph id that GSUB or GPOS names moves. Noto's Latin is as tall as Uchen's
(cap height 0.714 em against 0.727) and about 11 % narrower over the English bundle (DejaVu Sans,
tried before, is 8 % wider and cut labels at 1024 px), so nothing Tibetan grows. The Latin kerning
is not copied. The spaces too: Uchen's word space is 0.61 em (2.6 times Noto's 0.233 em; Noto
Serif Tibetan's is 0.26 em) and spread Latin words apart, and its no-break space had no width.
Why it is not shipped yet: in the real window (GTK, Xvfb) one Tibetan label of the case screen
showed the digits of "6.6" as boxes with the Latin build while the line above showed them right
(the old build draws both), not explained before the session ended; see docs/i18n.md. The output
with --latin is reproducible (SHA-256 3fd9714e...428b0e from the inputs below).
The interface's font (issue 11 item 9, --ui, which implies --latin): "LastMile Uchen UI",
LastMileUchenUI-Regular.ttf, the --latin build under its own family name. The documents and the
sketch keep LastMileUchen-Regular.ttf with Uchen's own Latin. Why not leave Latin out of the cmap
so that the system's font draws it: Pango then takes digits inside a Tibetan or Chinese item from
the first font fontconfig sorts for that item's language (DDC Uchen's serif digits beside Tibetan,
the CJK font's beside Chinese), not from the interface's sans-serif face (LatinInTibetanTest).
Why the --latin build once drew "6.6" as boxes, most likely (not reproduced): it kept the family name "LastMile Uchen", and an
older build of that family installed in /root/.fonts was what fontconfig found for Pango, so glyph
ids of the new Latin glyphs were drawn from a file that lacks them; a family of its own avoids it.
Usage (python3-fonttools from Debian, hence /usr/bin/python3):
    /usr/bin/python3 build_font.py [INPUT.ttf] [OUTPUT.ttf] [--latin [LATIN.ttf] | --ui]
Defaults: /usr/share/fonts/truetype/tibetan/DDC_Uchen.ttf (Debian fonts-ddc-uchen 1.0-1.2)
          LastMileUchen-Regular.ttf beside this script
          /usr/share/fonts/truetype/noto/NotoSans-SemiCondensed.ttf (Debian fonts-noto-extra
          20201225-1, "Version 2.004")
"""
import os
import sys

from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.transformPen import TransformPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import otTables
from fontTools.ttLib.tables.otBase import ValueRecord

DEFAULT_INPUT = "/usr/share/fonts/truetype/tibetan/DDC_Uchen.ttf"
DEFAULT_LATIN = "/usr/share/fonts/truetype/noto/NotoSans-SemiCondensed.ttf"
DEFAULT_OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "LastMileUchen-Regular.ttf")

FAMILY = "LastMile Uchen"
STYLE = "Regular"
POSTSCRIPT = "LastMileUchen-Regular"
BAKE_NOTE = ("Modified by the LastMile project: GPOS pair placements folded into advances "
             "(build_font.py), renamed from the Reserved Font Name.")
LATIN_NAME = "Noto Sans SemiCondensed"
LATIN_NOTE = ("Latin letters, digits and punctuation from Noto Sans SemiCondensed, "
              "Copyright 2015 Google LLC, SIL Open Font License 1.1.")
UI_FAMILY = "LastMile Uchen UI"
UI_POSTSCRIPT = "LastMileUchenUI-Regular"
DEFAULT_UI_OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "LastMileUchenUI-Regular.ttf")
# Basic Latin, Latin-1, General Punctuation (where both fonts have a character).
LATIN_RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x2027), (0x2030, 0x203A)]

X_ADVANCE = 0x0004
PLACEMENT_BITS = 0x0001 | 0x0002  # XPlacement, YPlacement
DEVICE_BITS = 0x0010 | 0x0020 | 0x0040 | 0x0080


def value(record, name):
    return getattr(record, name, 0) if record is not None else 0


def new_value(x_advance):
    record = ValueRecord()
    record.XAdvance = x_advance
    return record


def fold_pair_values(v1, v2):
    """The pair's new (first XAdvance, second XAdvance) and the first's placement to move out."""
    if value(v1, "YPlacement") or value(v2, "YPlacement"):
        raise SystemExit("a pair adjustment has a YPlacement, which advances cannot express")
    p1, p2 = value(v1, "XPlacement"), value(v2, "XPlacement")
    a1, a2 = value(v1, "XAdvance"), value(v2, "XAdvance")
    return a1 + p2 - p1, a2 - p2, p1


def check_formats(subtable):
    for fmt in (subtable.ValueFormat1, subtable.ValueFormat2):
        if fmt & DEVICE_BITS:
            raise SystemExit("device tables in pair positioning are not supported")


def fold_pair_subtable(subtable, leading):
    """Rewrites one PairPos subtable in place; collects (first, seconds, p1) that need context."""
    check_formats(subtable)
    if subtable.Format == 1:
        for first, pair_set in zip(subtable.Coverage.glyphs, subtable.PairSet):
            for record in pair_set.PairValueRecord:
                a1, a2, p1 = fold_pair_values(record.Value1, record.Value2)
                record.Value1, record.Value2 = new_value(a1), new_value(a2)
                if p1:
                    leading.setdefault((first, p1), []).append(record.SecondGlyph)
    elif subtable.Format == 2:
        if any(value(r.Value1, "XPlacement") for c1 in subtable.Class1Record for r in c1.Class2Record):
            raise SystemExit("first-glyph placements in class-based pairs are not supported")
        for class1 in subtable.Class1Record:
            for record in class1.Class2Record:
                a1, a2, _ = fold_pair_values(record.Value1, record.Value2)
                record.Value1, record.Value2 = new_value(a1), new_value(a2)
    else:
        raise SystemExit("unknown PairPos format %s" % subtable.Format)
    subtable.ValueFormat1 = X_ADVANCE
    subtable.ValueFormat2 = X_ADVANCE


def coverage(glyphs, font):
    cov = otTables.Coverage()
    order = font.getReverseGlyphMap()
    cov.glyphs = sorted(set(glyphs), key=order.__getitem__)
    return cov


def lookup(lookup_type, subtables):
    result = otTables.Lookup()
    result.LookupType = lookup_type
    result.LookupFlag = 0
    result.SubTable = subtables
    result.SubTableCount = len(subtables)
    return result


def single_advance(font, x_advance):
    sub = otTables.SinglePos()
    sub.Format = 1
    sub.Coverage = coverage(font.getGlyphOrder(), font)
    sub.ValueFormat = X_ADVANCE
    sub.Value = new_value(x_advance)
    return lookup(1, [sub])


def leading_context_lookups(font, leading, first_index):
    """Lookups that give the glyph before (first, second) the first's former XPlacement."""
    advance_lookups = {}
    subtables = []
    for (first, p1), seconds in sorted(leading.items()):
        if p1 not in advance_lookups:
            advance_lookups[p1] = first_index + 1 + len(advance_lookups)
        sub = otTables.ChainContextPos()
        sub.Format = 3
        sub.BacktrackCoverage = []
        sub.InputCoverage = [coverage(font.getGlyphOrder(), font)]
        sub.LookAheadCoverage = [coverage([first], font), coverage(seconds, font)]
        record = otTables.PosLookupRecord()
        record.SequenceIndex = 0
        record.LookupListIndex = advance_lookups[p1]
        sub.PosLookupRecord = [record]
        sub.BacktrackGlyphCount, sub.InputGlyphCount, sub.LookAheadGlyphCount = 0, 1, 2
        sub.PosCount = 1
        subtables.append(sub)
    chain = lookup(8, subtables)
    singles = [single_advance(font, p1) for p1, _ in sorted(advance_lookups.items(), key=lambda kv: kv[1])]
    return chain, singles


def fold_gpos(font):
    gpos = font["GPOS"].table
    lookups = gpos.LookupList.Lookup
    leading = {}
    for index, item in enumerate(lookups):
        if item.LookupType != 2:
            # Only pair positioning exists in DDC Uchen; refuse what this script cannot check.
            raise SystemExit("lookup %d has type %d, which this script does not fold" % (index, item.LookupType))
        for sub in item.SubTable:
            fold_pair_subtable(sub, leading)
    if not leading:
        return 0
    chain, singles = leading_context_lookups(font, leading, len(lookups))
    chain_index = len(lookups)
    lookups.append(chain)
    lookups.extend(singles)
    gpos.LookupList.LookupCount = len(lookups)
    for feature in gpos.FeatureList.FeatureRecord:
        if feature.FeatureTag == "kern":
            feature.Feature.LookupListIndex.append(chain_index)
            feature.Feature.LookupCount = len(feature.Feature.LookupListIndex)
    return len(leading)


def rename(font, source_version, bake="LastMile bake 1", family=FAMILY, postscript=POSTSCRIPT):
    name = font["name"]
    replacements = {
        1: family,
        3: "%s: %s" % (family, source_version),
        4: family,
        6: postscript,
        16: family,
        17: STYLE,
        18: family,
    }
    for record in list(name.names):
        if record.nameID in replacements:
            name.setName(replacements[record.nameID], record.nameID, record.platformID,
                         record.platEncID, record.langID)
        elif record.nameID == 0:
            text = record.toUnicode().rstrip()
            newline = "\r\n" if "\r\n" in text else "\n"
            name.setName(text + newline + BAKE_NOTE, 0, record.platformID,
                         record.platEncID, record.langID)
        elif record.nameID == 5:
            name.setName(record.toUnicode().rstrip() + "; " + bake, 5, record.platformID,
                         record.platEncID, record.langID)
    for record in name.names:
        if record.nameID not in (0, 7, 13) and "DDC Uchen" in record.toUnicode():
            raise SystemExit("name %d still uses the reserved name: %s" % (record.nameID, record.toUnicode()))


def add_latin(font, latin):
    """Maps the visible Latin characters to new glyphs drawn from the Latin font (see above)."""
    if latin["name"].getDebugName(1) != LATIN_NAME:
        raise SystemExit("expected %s, found %s" % (LATIN_NAME, latin["name"].getDebugName(1)))
    scale = font["head"].unitsPerEm / latin["head"].unitsPerEm
    source_cmap = latin.getBestCmap()
    target_cmap = font.getBestCmap()
    glyph_set = latin.getGlyphSet()
    glyf = font["glyf"]
    hmtx = font["hmtx"]
    order = font.getGlyphOrder()
    mapped = {}
    for first, last in LATIN_RANGES:
        for code in range(first, last + 1):
            if code not in source_cmap or code not in target_cmap:
                continue
            source_name = source_cmap[code]
            name = "latin." + source_name
            if name not in glyf.glyphs:
                recording = DecomposingRecordingPen(glyph_set)
                glyph_set[source_name].draw(recording)
                pen = TTGlyphPen(None)
                recording.replay(TransformPen(pen, (scale, 0, 0, scale, 0, 0)))
                glyph = pen.glyph()
                glyph.recalcBounds(glyf)
                order.append(name)
                glyf.glyphs[name] = glyph
                advance = round(latin["hmtx"][source_name][0] * scale)
                hmtx.metrics[name] = (advance, getattr(glyph, "xMin", 0))
            mapped[code] = name
    font.setGlyphOrder(order)
    glyf.glyphOrder = order
    for table in font["cmap"].tables:
        if table.isUnicode():
            for code, name in mapped.items():
                if code in table.cmap:
                    table.cmap[code] = name
    font["maxp"].numGlyphs = len(order)
    font["hhea"].numberOfHMetrics = len(order)
    for record in font["name"].names:
        if record.nameID == 0:
            record.string = record.toUnicode().rstrip() + "\n" + LATIN_NOTE
    return len(mapped)


def main():
    args = sys.argv[1:]
    ui = "--ui" in args
    if ui:
        args.remove("--ui")
    latin_source = None
    if "--latin" in args:
        at = args.index("--latin")
        following = args[at + 1:at + 2]
        latin_source = following[0] if following and following[0].endswith(".ttf") else DEFAULT_LATIN
        del args[at:at + (2 if following and following[0] == latin_source else 1)]
    source = args[0] if len(args) > 0 else DEFAULT_INPUT
    target = args[1] if len(args) > 1 else (DEFAULT_UI_OUTPUT if ui else DEFAULT_OUTPUT)
    if ui:
        latin_source = latin_source or DEFAULT_LATIN
    # recalcTimestamp=False keeps the input's head.modified: the same input gives the same bytes.
    font = TTFont(source, recalcTimestamp=False)
    if font["name"].getDebugName(1) != "DDC Uchen":
        raise SystemExit("expected DDC Uchen, found %s" % font["name"].getDebugName(1))
    version = font["name"].getDebugName(5)
    contexts = fold_gpos(font)
    bake = "LastMile UI bake 1" if ui else "LastMile bake 2" if latin_source else "LastMile bake 1"
    if ui:
        rename(font, "%s; %s" % (version, bake), bake, UI_FAMILY, UI_POSTSCRIPT)
    else:
        rename(font, "%s; %s" % (version, bake), bake)
    latin = add_latin(font, TTFont(latin_source)) if latin_source else 0
    font.save(target, reorderTables=True)
    print("wrote %s (%d first-glyph placements moved to the preceding glyph, %d Latin characters "
          "from %s)" % (target, contexts, latin, LATIN_NAME if latin_source else "nowhere"))


if __name__ == "__main__":
    main()
