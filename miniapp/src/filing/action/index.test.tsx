import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { policyForRegion, publicPolicyView } from '@yidi/shared';
import { filingFixture } from '../../../test/fixtures/filing';
import { taroDouble } from '../../../test/mocks/taro';
import { zh } from '../../i18n/zh';
import FilingActionPage from './index';

const RETURNED = filingFixture({
  status: 'RETURNED',
  version: 4,
  review: {
    dueBy: '2026-11-05',
    notices: [
      { docType: 'RESIDENCE_PERMIT', problem: '居住证看不清楚，请重新拍照上传' },
      { docType: 'IDENTITY', problem: '缺少身份证' },
      { problem: '联系地址不完整' },
    ],
  },
});

/** GET /v1/regions/340300/policy as the server answers it. */
const POLICY = { statusCode: 200, data: publicPolicyView(policyForRegion('340300')!) };
const isPolicy = (request: { url: string }) => request.url.endsWith('/policy');

describe('FilingActionPage: resubmission after a return', () => {
  beforeEach(() => {
    taroDouble.setParams({ id: RETURNED.id, kind: 'resubmit' });
  });

  it('lists the notices and offers an upload for each document they name', async () => {
    taroDouble.respondWith((request) =>
      isPolicy(request) ? POLICY : { statusCode: 200, data: RETURNED },
    );
    render(<FilingActionPage />);

    expect(await screen.findByText(zh.action.resubmitTitle)).toBeTruthy();
    expect(screen.getAllByTestId('resubmit-notice')).toHaveLength(3);
    expect(
      [...document.querySelectorAll('[id^="upload-"][id$="-choose"]')].map((button) => button.id),
    ).toEqual(['upload-RESIDENCE_PERMIT-choose', 'upload-IDENTITY-choose']);
  });

  it('offers the documents of the public policy when no notice names one', async () => {
    const unnamed = {
      ...RETURNED,
      review: { dueBy: '2026-11-05', notices: [{ problem: '地址不完整' }] },
    };
    taroDouble.respondWith((request) =>
      isPolicy(request) ? POLICY : { statusCode: 200, data: unnamed },
    );
    render(<FilingActionPage />);
    // 蚌埠 LONG_TERM_RESIDENT (AH-11): the residence permit.
    expect(await screen.findByText(zh.action.resubmitTitle)).toBeTruthy();
    await waitFor(() =>
      expect(
        [...document.querySelectorAll('[id^="upload-"][id$="-choose"]')].map((button) => button.id),
      ).toEqual(['upload-RESIDENCE_PERMIT-choose']),
    );
  });

  it('resubmits with the version seen, keeping the Idempotency-Key across a retry', async () => {
    let resubmissions = 0;
    taroDouble.respondWith((request) => {
      if (isPolicy(request)) return POLICY;
      if (!request.url.endsWith('/resubmission')) return { statusCode: 200, data: RETURNED };
      resubmissions += 1;
      return resubmissions === 1
        ? new Error('request:fail timeout')
        : { statusCode: 200, data: { ...RETURNED, status: 'PENDING_REVIEW', version: 5 } };
    });
    render(<FilingActionPage />);
    const submit = await screen.findByRole('button', { name: zh.action.resubmitConfirm });

    fireEvent.click(submit);
    expect(await screen.findByText(`⚠ ${zh.common.networkError}`)).toBeTruthy();
    fireEvent.click(submit);
    await waitFor(() =>
      expect(taroDouble.navigations).toEqual([{ kind: 'navigateBack', url: '' }]),
    );

    const sent = taroDouble.requests.filter((request) => request.url.endsWith('/resubmission'));
    expect(sent.map((request) => [request.method, request.url, request.data])).toEqual([
      ['POST', 'http://localhost:3000/v1/filings/f1/resubmission', { expectedVersion: 4 }],
      ['POST', 'http://localhost:3000/v1/filings/f1/resubmission', { expectedVersion: 4 }],
    ]);
    const keys = sent.map((request) => request.header['Idempotency-Key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });
});

describe('FilingActionPage: extension request and admissions', () => {
  const ACTIVE = filingFixture({ status: 'ACTIVE', version: 2 });

  it('PZH-4-2-2: sends the extension request with its reason', async () => {
    taroDouble.setParams({ id: ACTIVE.id, kind: 'extend' });
    taroDouble.respondWith((request) =>
      isPolicy(request) ? POLICY : { statusCode: 200, data: ACTIVE },
    );
    render(<FilingActionPage />);
    const reason = await screen.findByLabelText(zh.action.extendReasonLabel);
    fireEvent.input(reason, { target: { value: '床位紧张未能入院' } });
    fireEvent.click(screen.getByRole('button', { name: zh.action.extendConfirm }));
    await waitFor(() =>
      expect(taroDouble.requests.some((request) => request.url.endsWith('/extensions'))).toBe(true),
    );
    const sent = taroDouble.requests.find((request) => request.url.endsWith('/extensions'));
    expect(sent?.data).toEqual({ expectedVersion: 2, reason: '床位紧张未能入院' });
  });

  it('records the discharge of the open stay, starting from its admission', async () => {
    const inHospital = filingFixture({
      status: 'ACTIVE',
      version: 3,
      admissions: [{ hospitalName: '上海市第六人民医院', admissionDate: '2027-12-10' }],
    });
    taroDouble.setParams({ id: inHospital.id, kind: 'admission' });
    taroDouble.respondWith((request) =>
      isPolicy(request) ? POLICY : { statusCode: 200, data: inHospital },
    );
    render(<FilingActionPage />);
    const discharge = await screen.findByLabelText(zh.action.dischargeDateLabel);
    fireEvent.input(discharge, { target: { value: '2027-12-22' } });
    fireEvent.click(screen.getByRole('button', { name: zh.action.admissionConfirm }));
    await waitFor(() =>
      expect(taroDouble.requests.some((request) => request.url.endsWith('/admissions'))).toBe(true),
    );
    const sent = taroDouble.requests.find((request) => request.url.endsWith('/admissions'));
    expect(sent?.data).toEqual({
      expectedVersion: 3,
      hospitalName: '上海市第六人民医院',
      admissionDate: '2027-12-10',
      dischargeDate: '2027-12-22',
    });
  });
});
