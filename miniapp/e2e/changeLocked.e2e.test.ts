// Flow (c): a long-term registration approved today cannot be changed for 6 months (AH-14-1);
// the change button stays visible, greyed, with the reason, the rule and the date it lifts.
import { chineseDate, type Filing } from '@yidi/shared';
import { byId, openApp, screenshot } from './support/app';
import { launchPhone, type PhoneBrowser } from './support/browser';
import { insuredWithActiveFiling } from './support/filings';
import { HEFEI, type InsuredUser } from './support/people';

describe('a change refused by the 6-month lock', () => {
  let phone: PhoneBrowser;
  let insured: InsuredUser;
  let filing: Filing;
  beforeAll(async () => {
    let setUp: Awaited<ReturnType<typeof insuredWithActiveFiling>>;
    [phone, setUp] = await Promise.all([
      launchPhone(),
      insuredWithActiveFiling('e2e_locked', { name: '刘德明', region: HEFEI }),
    ]);
    ({ insured, filing } = setUp);
  });
  afterAll(async () => {
    await phone.close();
  });

  it('the API refuses the change until a date', () => {
    expect(filing.actions.change).toMatchObject({ allowed: false, code: 'CHANGE_LOCKED' });
  });

  it('shows the greyed button with the reason, rule AH-14-1 and that date', async () => {
    const { page } = phone;
    const change = filing.actions.change;
    if (change.allowed || !change.until) throw new Error('set-up: change should be locked');
    await openApp(page, '/pages/index/index', insured.session.token);
    await byId(page, `filing-${filing.id}-open`).click();
    await byId(page, 'certificate-status').filter({ hasText: '已生效' }).waitFor();

    const button = byId(page, 'action-change');
    await expect(button.getAttribute('aria-disabled')).resolves.toBe('true');
    const refusal = byId(page, 'action-change-refusal');
    await refusal.scrollIntoViewIfNeeded();
    const shown = await refusal.innerText();
    expect(shown).toContain('AH-14-1');
    expect(shown).toContain(`${chineseDate(change.until)}起可以办理`);
    await screenshot(page, 'c1-change-locked');

    // Tapping the greyed button goes nowhere.
    await button.click({ force: true });
    await expect(page.evaluate(() => location.hash)).resolves.toContain('/filing/detail/index');
  });

  it('logged no errors in the browser', () => {
    expect(phone.problems).toEqual([]);
  });
});
