// The Chinese-rendering check must be able to fail: the same page in a Chromium whose fontconfig
// sees no CJK font (only DejaVu, as on a machine without fonts-noto-cjk) has to be caught.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appUrl, screenshot, text } from './support/app';
import { launchPhone } from './support/browser';
import { checkChineseGlyphs, chineseRenders } from './support/cjk';

const WITHOUT_CJK_FONTS = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/truetype/dejavu</dir>
  <cachedir>CACHE_DIR</cachedir>
</fontconfig>
`;

describe('Chinese text rendering check', () => {
  it.each([
    // fontconfig, whether Chinese must count as rendered
    ['the system fonts (fonts-noto-cjk)', false, true],
    ['DejaVu only, no CJK font', true, false],
  ])('with %s', async (_label, restrictFonts, expected) => {
    const scratch = mkdtempSync(join(tmpdir(), 'yidi-e2e-fonts-'));
    const configFile = join(scratch, 'fonts.conf');
    writeFileSync(configFile, WITHOUT_CJK_FONTS.replace('CACHE_DIR', join(scratch, 'cache')));
    const phone = await launchPhone(restrictFonts ? { env: { FONTCONFIG_FILE: configFile } } : {});
    try {
      await phone.page.goto(appUrl('/pages/login/index'));
      await text(phone.page, '选择演示账号').waitFor();
      const glyphs = await checkChineseGlyphs(phone.page);
      expect(chineseRenders(glyphs)).toBe(expected);
      if (restrictFonts) await screenshot(phone.page, 'fonts-check-no-cjk-tofu');
    } finally {
      await phone.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
