// Accessibility on every screen (issue 12 §5): nothing to tap is smaller than 44 × 44 CSS px, and
// Lighthouse's accessibility audit scores ≥ 0.95. One Chromium for all screens; Lighthouse
// connects to it (its debugging port) and opens each screen in a tab of the same profile.
import type { Filing } from '@yidi/shared';
import { lighthouseAccessibility, debuggingPort, smallTouchTargets } from './support/a11y';
import { freshUserName, loginAs, type Session } from './support/api';
import { appUrl, openApp } from './support/app';
import { launchPhone, type PhoneBrowser } from './support/browser';
import { fileLongTermResident, insuredWithActiveFiling } from './support/filings';
import { HEFEI, insuredUser, type InsuredUser } from './support/people';

const MIN_SCORE = 0.95;

interface Screen {
  name: string;
  route: () => string;
  /** Rendered once this is visible (the screen has its data). */
  ready: () => string;
  session: () => Session | undefined;
}

describe('accessibility of every screen', () => {
  let phone: PhoneBrowser;
  let port: number;
  let insured: InsuredUser;
  let active: Filing;
  let pending: Filing;
  let reviewer: Session;

  beforeAll(async () => {
    let withActive: Awaited<ReturnType<typeof insuredWithActiveFiling>>;
    let other: InsuredUser;
    [phone, withActive, other, reviewer] = await Promise.all([
      launchPhone({ args: ['--remote-debugging-port=0'] }),
      insuredWithActiveFiling('e2e_a11y', { name: '王秀英', region: HEFEI }),
      insuredUser('e2e_a11y_pending', { name: '赵建华', region: HEFEI }),
      loginAs(freshUserName('e2e_a11y_reviewer'), { roles: ['REVIEWER'], regions: [HEFEI] }),
    ]);
    ({ insured, filing: active } = withActive);
    pending = await fileLongTermResident(other);
    port = await debuggingPort(phone.userDataDir);
  }, 120_000);
  afterAll(async () => {
    await phone?.close();
  });

  const screens: Screen[] = [
    {
      name: 'login',
      route: () => '/pages/login/index',
      ready: () => '#login-privacy',
      session: () => undefined,
    },
    {
      name: 'home',
      route: () => '/pages/index/index',
      ready: () => `[id="filing-${active.id}-open"]`,
      session: () => insured.session,
    },
    {
      name: 'privacy policy',
      route: () => '/about/privacy/index',
      ready: () => '#privacy-retention',
      session: () => insured.session,
    },
    {
      name: 'family add',
      route: () => '/family/add/index',
      ready: () => '#person-submit',
      session: () => insured.session,
    },
    {
      name: 'wizard',
      route: () => `/filing/wizard/index?personId=${insured.personId}`,
      ready: () => '#wizard-question',
      session: () => insured.session,
    },
    {
      name: 'new filing',
      route: () => `/filing/new/index?personId=${insured.personId}&category=LONG_TERM_RESIDENT`,
      ready: () => '#destination-search',
      session: () => insured.session,
    },
    {
      name: 'filing detail',
      route: () => `/filing/detail/index?id=${active.id}`,
      ready: () => '#certificate-status',
      session: () => insured.session,
    },
    {
      name: 'action (cancel)',
      route: () => `/filing/action/index?id=${active.id}&kind=cancel`,
      ready: () => '#action-submit',
      session: () => insured.session,
    },
    {
      name: 'messages',
      route: () => `/inbox/messages/index?personId=${insured.personId}`,
      ready: () => '[data-testid="message"]',
      session: () => insured.session,
    },
    {
      name: 'staff queue',
      route: () => '/staff/queue/index',
      ready: () => `[id="queue-${pending.id}-open"]`,
      session: () => reviewer,
    },
    {
      name: 'staff review',
      route: () => `/staff/review/index?id=${pending.id}`,
      ready: () => '#review-submit',
      session: () => reviewer,
    },
  ];

  it.each(screens.map((screen) => [screen.name, screen] as const))(
    '%s: touch targets ≥ 44 px and Lighthouse accessibility ≥ 0.95',
    async (_name, screen) => {
      const { page } = phone;
      await openApp(page, screen.route(), screen.session()?.token);
      await page.locator(screen.ready()).filter({ visible: true }).first().waitFor();
      expect(await smallTouchTargets(page)).toEqual([]);

      const report = await lighthouseAccessibility(port, appUrl(screen.route()));
      // A failure names the failed audits and the elements they point at.
      if (report.score < MIN_SCORE) {
        throw new Error(`Lighthouse accessibility ${report.score}: ${report.failures.join('; ')}`);
      }
      expect(report.score).toBeGreaterThanOrEqual(MIN_SCORE);
    },
    120_000,
  );

  it('logged no errors in the browser', () => {
    expect(phone.problems).toEqual([]);
  });
});
