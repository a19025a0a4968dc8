// Does Chinese text actually render, or does it fall back to tofu boxes? Without a CJK font
// (Debian: fonts-noto-cjk) Chromium draws every Chinese character as the same .notdef box, so
// two different characters come out pixel-identical — and identical to a code point no font has.
// Drawn on a canvas in the page's own font stack, which resolves fallbacks exactly as its text does.
import type { Page } from 'playwright-core';

export interface GlyphCheck {
  fontFamily: string;
  /** Something was drawn at all. */
  inked: boolean;
  /** 备 and 案 differ (tofu boxes would not). */
  distinct: boolean;
  /** Neither looks like the box for a code point no font covers. */
  unlikeMissingGlyph: boolean;
}

export function chineseRenders(check: GlyphCheck): boolean {
  return check.inked && check.distinct && check.unlikeMissingGlyph;
}

export function checkChineseGlyphs(page: Page): Promise<GlyphCheck> {
  return page.evaluate(() => {
    const fontFamily = getComputedStyle(document.body).fontFamily || 'sans-serif';
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2d canvas');
    const draw = (text: string) => {
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.fillStyle = '#000';
      context.font = `40px ${fontFamily}`;
      context.textBaseline = 'top';
      context.fillText(text, 8, 8);
      const alpha = context
        .getImageData(0, 0, canvas.width, canvas.height)
        .data.filter((_value, index) => index % 4 === 3);
      return Array.from(alpha).join(',');
    };
    const first = draw('备');
    const second = draw('案');
    // U+10FFFD: a private-use code point at the very end of Unicode, in no installed font.
    const missing = draw('\u{10FFFD}');
    return {
      fontFamily,
      inked: /[1-9]/.test(first),
      distinct: first !== second,
      unlikeMissingGlyph: first !== missing && second !== missing,
    };
  });
}
