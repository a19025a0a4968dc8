import { FILING_STATUSES } from '@yidi/shared';
import { daysLeft, readableDate } from './dates';
import { statusView } from './filingStatus';
import { refusalView } from './refusal';

describe('statusView', () => {
  it('gives every status its own label and symbol', () => {
    const views = FILING_STATUSES.map(statusView);
    expect(new Set(views.map((v) => v.icon)).size).toBe(FILING_STATUSES.length);
    expect(new Set(views.map((v) => v.label)).size).toBe(FILING_STATUSES.length);
    expect(statusView('ACTIVE')).toEqual({ label: '已生效', icon: '✓', tone: 'good' });
  });

  it.each(FILING_STATUSES)('draws %s with a plain symbol, not an emoji', (status) => {
    expect(statusView(status).icon).not.toMatch(/\p{Emoji_Presentation}/u);
  });
});

describe('dates', () => {
  it.each([
    { today: '2026-11-23', due: '2027-02-23', expected: 92 },
    { today: '2026-11-23', due: '2026-11-23', expected: 0 },
    { today: '2026-11-23', due: '2026-11-20', expected: -3 },
  ])('daysLeft $today → $due is $expected', ({ today, due, expected }) => {
    expect(daysLeft(today, due)).toBe(expected);
  });

  it('reads ISO dates in Chinese and leaves other text alone', () => {
    expect(readableDate('2027-05-22')).toBe('2027年5月22日');
    expect(readableDate(null)).toBe('');
    expect(readableDate('长期')).toBe('长期');
  });
});

describe('refusalView', () => {
  it('says why, the rule and from when', () => {
    expect(
      refusalView({
        allowed: false,
        code: 'CHANGE_LOCKED',
        rule: 'AH-14-1',
        until: '2027-05-22',
        message: '备案生效后6个月内不能变更。',
      }),
    ).toEqual({
      message: '备案生效后6个月内不能变更。',
      ruleText: '依据规则：AH-14-1',
      untilText: '2027年5月22日起可以办理',
    });
  });

  it.each([
    ['the Chinese date', '备案生效后6个月内不能变更，2027年5月22日起可以办理。'],
    ['the ISO date', '2027-05-22前不能变更。'],
  ])('does not repeat the date when the message names %s', (_label, message) => {
    const view = refusalView({
      allowed: false,
      code: 'CHANGE_LOCKED',
      rule: 'AH-14-1',
      until: '2027-05-22',
      message,
    });
    expect(view).toEqual({ message, ruleText: '依据规则：AH-14-1' });
  });

  it('leaves out what the server did not say', () => {
    expect(
      refusalView({ allowed: false, code: 'FILING_NOT_ACTIVE', message: '备案已取消。' }),
    ).toEqual({ message: '备案已取消。' });
  });
});
