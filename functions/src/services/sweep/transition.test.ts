import type { FilingRecord } from '../../store';
import { transitioned } from './transition';

const filing = {
  id: 'f1',
  status: 'ACTIVE',
  version: 3,
  commitment: {
    status: 'OPEN',
    signedAt: '2026-11-27T02:00:00.000Z',
    signedOn: '2026-11-27',
    dueDate: '2027-02-27',
    missing: ['RESIDENCE_PERMIT'],
    clawback: false,
  },
  details: { benefit: 'kept' },
} as unknown as FilingRecord;
const AT = '2027-02-28T18:00:00.000Z';

describe('transitioned', () => {
  it.each([
    ['CLAWBACK', 'AH-13-1', { clawback: true, creditReport: false, longTermBenefitsEnded: false }],
    [
      'CREDIT_REPORT',
      'HA-7',
      { clawback: false, creditReport: true, longTermBenefitsEnded: false },
    ],
    [
      'LONG_TERM_BENEFITS_ENDED',
      'BB-1-3',
      { clawback: false, creditReport: false, longTermBenefitsEnded: true },
    ],
  ] as const)('TERMINATED with %s (%s)', (consequence, rule, flags) => {
    const next = transitioned(
      filing,
      { status: 'TERMINATED', consequence, rule },
      AT,
      '2027-03-01',
    );
    expect(next).toMatchObject({
      status: 'TERMINATED',
      version: 4,
      updatedAt: AT,
      commitment: { status: 'BREACHED', clawback: flags.clawback, dueDate: '2027-02-27' },
      details: {
        benefit: 'kept',
        termination: {
          consequence,
          rule,
          on: '2027-03-01',
          creditReport: flags.creditReport,
          longTermBenefitsEnded: flags.longTermBenefitsEnded,
        },
      },
    });
  });

  it('EXPIRED keeps the commitment as it was and notes the rule', () => {
    const next = transitioned(filing, { status: 'EXPIRED', rule: 'AH-13-2' }, AT, '2027-03-01');
    expect(next.commitment).toEqual(filing.commitment);
    expect(next.details).toEqual({
      benefit: 'kept',
      expiry: { rule: 'AH-13-2', on: '2027-03-01' },
    });
  });
});
