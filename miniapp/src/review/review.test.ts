import type { Filing } from '@yidi/shared';
import { checklistFor, decisionReady, noticesFrom } from './checklist';
import { sortByDueDate, urgencyOf } from './reviewQueue';

describe('urgencyOf', () => {
  it.each([
    { dueBy: '2026-11-20', expected: 'OVERDUE' },
    { dueBy: '2026-11-23', expected: 'DUE_TODAY' },
    { dueBy: '2026-11-25', expected: 'ON_TIME' },
  ])('$dueBy on 2026-11-23 is $expected', ({ dueBy, expected }) => {
    expect(urgencyOf(dueBy, '2026-11-23')).toBe(expected);
  });
});

describe('sortByDueDate', () => {
  const filing = (id: string, dueBy: string | null) =>
    ({ id, review: dueBy ? { dueBy, notices: [] } : null }) as unknown as Filing;
  it('puts the earliest deadline first and no deadline last', () => {
    const sorted = sortByDueDate([
      filing('c', '2026-11-27'),
      filing('x', null),
      filing('a', '2026-11-20'),
      filing('b', '2026-11-24'),
    ]);
    expect(sorted.map((f) => f.id)).toEqual(['a', 'b', 'c', 'x']);
  });
});

describe('return checklist', () => {
  const items = checklistFor(['RESIDENCE_PERMIT', 'IDENTITY']);
  it('lists every ticked problem and the free text at once', () => {
    const notices = noticesFrom(
      items,
      new Set(['RESIDENCE_PERMIT.unclear', 'IDENTITY.expired']),
      '  联系地址不完整 ',
    );
    expect(notices).toEqual([
      { docType: 'RESIDENCE_PERMIT', problem: '居住证或居住证明看不清楚，请重新拍照上传' },
      { docType: 'IDENTITY', problem: '有效身份证件、社会保障卡或医保电子凭证已过期' },
      { problem: '联系地址不完整' },
    ]);
  });

  it.each([
    { decision: 'APPROVE', count: 0, expected: true },
    { decision: 'RETURN', count: 0, expected: false },
    { decision: 'RETURN', count: 1, expected: true },
    { decision: 'REJECT', count: 0, expected: false },
  ] as const)('$decision with $count notices ready: $expected', ({ decision, count, expected }) => {
    const notices = Array.from({ length: count }, () => ({ problem: '问题' }));
    expect(decisionReady(decision, notices)).toBe(expected);
  });
});
