import { grantsFromAnswers, PURPOSE_OF_KIND } from './subscriptions';

describe('grantsFromAnswers (one-time subscriptions: one accept, one message)', () => {
  it.each([
    [
      { review: 'accept', reminder: 'accept' },
      { review: 1, reminder: 1 },
    ],
    [{ review: 'accept', reminder: 'reject', status: 'ban' }, { review: 1 }],
    [{ reminder: 'filter' }, {}],
    [{}, {}],
  ] as const)('%j grants %j', (templates, expected) => {
    expect(grantsFromAnswers(templates)).toEqual(expected);
  });
});

describe('PURPOSE_OF_KIND', () => {
  it('sends review results with the review template and deadlines with the reminder one', () => {
    expect(PURPOSE_OF_KIND.REVIEW_RETURNED).toBe('review');
    expect(PURPOSE_OF_KIND.COMMITMENT_DUE).toBe('reminder');
    expect(PURPOSE_OF_KIND.EXPIRY).toBe('reminder');
    expect(PURPOSE_OF_KIND.TERMINATED).toBe('status');
  });
});
