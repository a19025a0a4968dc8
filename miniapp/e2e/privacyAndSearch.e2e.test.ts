// The privacy policy is one tap from login and from home, with each region's commitment-letter
// period; and a destination is found by typing its name instead of scrolling the provinces.
import { byId, fill, openApp, screenshot, text } from './support/app';
import { launchPhone, type PhoneBrowser } from './support/browser';
import { HEFEI, insuredUser, type InsuredUser } from './support/people';

describe('privacy policy and destination search', () => {
  let phone: PhoneBrowser;
  let insured: InsuredUser;
  beforeAll(async () => {
    [phone, insured] = await Promise.all([
      launchPhone(),
      insuredUser('e2e_privacy', { name: '陈桂兰', region: HEFEI }),
    ]);
  });
  afterAll(async () => {
    await phone.close();
  });

  it('login → privacy policy: what is collected, who sees it, how long per region', async () => {
    const { page } = phone;
    await openApp(page, '/pages/login/index');
    await byId(page, 'login-privacy').click();
    await byId(page, 'privacy-retention').waitFor();
    await text(page, '一、我们收集哪些信息').waitFor();
    await text(page, '三、谁能看到').waitFor();
    const retention = await byId(page, 'privacy-retention').innerText();
    expect(retention).toContain('安徽省 合肥市：承诺书保存2年');
    expect(retention).toContain('江苏省 淮安市：承诺书保存3年');
    await text(page, '五、怎样撤回同意、取消代办').waitFor();
    await screenshot(page, 'p1-privacy-policy');
  });

  it('home → privacy policy', async () => {
    const { page } = phone;
    await openApp(page, '/pages/index/index', insured.session.token);
    await byId(page, 'home-privacy').click();
    await byId(page, 'privacy-retention').waitFor();
  });

  it('typing 苏州 offers 江苏省 苏州市 and chooses it', async () => {
    const { page } = phone;
    await openApp(
      page,
      `/filing/new/index?personId=${insured.personId}&category=LONG_TERM_RESIDENT`,
      insured.session.token,
    );
    await byId(page, 'destination-search').waitFor();
    await fill(page, 'destination-search', '苏州');
    const match = byId(page, 'destination-match-320500');
    await expect(match.innerText()).resolves.toContain('江苏省 苏州市');
    // While searching, the 30-odd province buttons are out of the way.
    await expect(byId(page, 'province-320000').count()).resolves.toBe(0);
    await screenshot(page, 'p2-destination-search');
    await match.click();
    await byId(page, 'destination-chosen').filter({ hasText: '苏州' }).waitFor();
    await expect(byId(page, 'city-320500').getAttribute('aria-checked')).resolves.toBe('true');
  });

  it('logged no errors in the browser', () => {
    expect(phone.problems).toEqual([]);
  });
});
