import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { policyForRegion, publicPolicyView } from '@yidi/shared';
import { taroDouble, type RecordedRequest } from '../../../test/mocks/taro';
import { zh } from '../../i18n/zh';
import NewClaimPage from './index';

/** GET /v1/regions/320800/policy (淮安, HA-17/18/19) as the server answers it. */
const HUAIAN = { statusCode: 200, data: publicPolicyView(policyForRegion('320800')!) };
/** 安徽 (AH-47: 3 months, one extension). */
const ANHUI = { statusCode: 200, data: publicPolicyView(policyForRegion('340100')!) };
const ME = (region: string) => ({
  statusCode: 200,
  data: {
    user: { id: 'u1', roles: ['INSURED'] },
    persons: [{ id: 'p1', name: '张三', insuredRegion: region, relationship: 'SELF' }],
  },
});

function answer(policy: typeof HUAIAN, claimAnswer: (request: RecordedRequest) => unknown) {
  taroDouble.respondWith((request) => {
    if (request.url.endsWith('/policy')) return policy;
    if (request.url.endsWith('/me')) return ME(policy === HUAIAN ? '320800' : '340100');
    return claimAnswer(request) as { statusCode: number; data: unknown };
  });
}

function type(id: string, value: string) {
  fireEvent.change(document.getElementById(id)!, { target: { value } });
}

async function chooseOutpatient() {
  await screen.findByText(zh.claims.kindLabel);
  fireEvent.click(document.getElementById('claim-kind-OUTPATIENT')!);
}

describe('NewClaimPage (申请零星报销)', () => {
  beforeEach(() => taroDouble.setParams({ personId: 'p1' }));

  it('without a registration offers only the HA-17 cases that need none', async () => {
    answer(HUAIAN, () => ({ statusCode: 500, data: {} }));
    render(<NewClaimPage />);
    await screen.findByText(zh.claims.caseLabel);
    const cases = [...document.querySelectorAll('[id^="claim-case-"]')].map((b) => b.id);
    expect(cases).not.toContain('claim-case-NOT_SETTLED_DIRECTLY');
    expect(cases).toContain('claim-case-STUDENT_VACATION');
  });

  it('lists the documents of the kind (HA-18) before the form, from the region policy', async () => {
    answer(HUAIAN, () => ({ statusCode: 500, data: {} }));
    render(<NewClaimPage />);
    await chooseOutpatient();
    const listed = screen.getAllByTestId('claim-document').map((node) => node.textContent);
    expect(listed).toHaveLength(3);
    expect(listed.join()).toContain('处方底方');
    // 淮安 sets no deadline (HA-17): none is shown, the HA-19 payment time is.
    const rules = screen.getAllByTestId('claim-rule').map((node) => node.textContent);
    expect(rules.join()).toContain('HA-19');
    expect(rules.join()).not.toContain(zh.claims.deadlineRule('').slice(0, 4));
    expect(document.getElementById('claim-ask-extension')).toBeNull();
  });

  it('sends the amount in fen with an Idempotency-Key and tells every missing document at once', async () => {
    answer(HUAIAN, () => ({
      statusCode: 409,
      data: {
        error: {
          code: 'MATERIALS_INCOMPLETE',
          message: '材料不全，请一次补齐',
          rule: 'HA-18',
          missing: ['ITEMISED_BILL', 'PRESCRIPTION'],
        },
      },
    }));
    render(<NewClaimPage />);
    await chooseOutpatient();
    type('claim-hospital', '南京鼓楼医院');
    type('claim-paid-on', '2026-11-20');
    type('claim-amount', '1234.5');
    fireEvent.click(document.getElementById('claim-submit')!);

    await waitFor(() => expect(document.getElementById('claim-missing')).toBeTruthy());
    expect(screen.getAllByTestId('missing-document').map((n) => n.textContent)).toEqual([
      expect.stringContaining('明细清单'),
      expect.stringContaining('处方'),
    ]);
    const sent = taroDouble.requests.find((r) => r.method === 'POST' && r.url.endsWith('/claims'))!;
    expect(sent.data).toMatchObject({ personId: 'p1', kind: 'OUTPATIENT', amountFen: 123450 });
    expect(sent.header['Idempotency-Key']).toMatch(/.{8,}/);
  });

  it('names the AH-47 rule and the last day when the deadline passed, and offers the extension', async () => {
    answer(ANHUI, () => ({
      statusCode: 409,
      data: {
        error: {
          code: 'CLAIM_DEADLINE_PASSED',
          message: '已超过报销期限',
          rule: 'AH-47',
          until: '2026-08-20',
        },
      },
    }));
    render(<NewClaimPage />);
    await chooseOutpatient();
    expect(document.getElementById('claim-ask-extension')).toBeTruthy();
    type('claim-hospital', '上海瑞金医院');
    type('claim-paid-on', '2026-05-20');
    type('claim-amount', '300');
    fireEvent.click(document.getElementById('claim-submit')!);
    await waitFor(() => expect(document.getElementById('claim-deadline-passed')).toBeTruthy());
    const refusal = document.getElementById('claim-deadline-passed')!;
    expect(refusal.textContent).toContain('AH-47');
    expect(refusal.textContent).toContain('2026年8月20日');
  });
});
