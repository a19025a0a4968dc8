// Login → home with the demo accounts the H5 login page offers (infra/src/demo/seedDemo.ts).
import { launchPhone, type PhoneBrowser } from './support/browser';
import { appUrl, byId, screenshot, text } from './support/app';
import { checkChineseGlyphs, chineseRenders } from './support/cjk';

describe('login → home', () => {
  let phone: PhoneBrowser;
  beforeAll(async () => {
    phone = await launchPhone();
  });
  afterAll(async () => {
    await phone.close();
  });

  it('shows a button per demo account, in Chinese that really renders', async () => {
    const { page } = phone;
    await page.goto(appUrl('/pages/login/index'));
    await text(page, '选择演示账号').waitFor();
    for (const label of ['阿丽（参保人本人）', '阿博（为父母代办）', '卡萝（医保经办审核员）']) {
      await text(page, label, true).waitFor();
    }
    const glyphs = await checkChineseGlyphs(page);
    expect({ ...glyphs, renders: chineseRenders(glyphs) }).toMatchObject({ renders: true });
    await screenshot(page, '01-login');
  });

  it.each([
    // user button, what home must show
    ['阿丽（参保人本人）', ['李娜', '李建国', '等待本人确认授权'], '02-home-alice'],
    ['阿博（为父母代办）', ['李强', '李建国', '异地安置退休'], '03-home-bob'],
  ])('%s lands on home with her or his persons', async (button, expected, shot) => {
    const { page } = phone;
    await page.goto(appUrl('/pages/login/index'));
    await text(page, button, true).click();
    await text(page, '可以办理的参保人').waitFor();
    for (const words of expected) await text(page, words).waitFor();
    await screenshot(page, shot);
    await byId(page, 'home-logout').click();
    await text(page, '选择演示账号').waitFor();
  });

  it('logged no errors in the browser', () => {
    expect(phone.problems).toEqual([]);
  });
});
