import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { generateIdNumber, ID_NUMBER_MESSAGES, PRIVACY_POLICY_VERSION } from '@yidi/shared';
import { taroDouble } from '../../../test/mocks/taro';
import { zh } from '../../i18n/zh';
import AddPersonPage from './index';

const REGIONS = [{ code: '340300', name: '蚌埠市', province: '安徽省', policyId: 'BB' }];
const VALID = generateIdNumber({
  regionCode: '340303',
  birthDate: '1950-03-01',
  sequence: 3,
  gender: 'MALE',
});

function idInput() {
  return screen.getByLabelText(zh.family.idNumberLabel);
}

describe('AddPersonPage', () => {
  beforeEach(() => {
    taroDouble.respondWith((request) =>
      request.url.endsWith('/regions')
        ? { statusCode: 200, data: REGIONS }
        : {
            statusCode: 201,
            data: {
              id: 'p2',
              name: '张建国',
              idNumberMasked: '3403**********0000',
              gender: 'MALE',
              birthDate: '1950-03-01',
              insuranceType: 'RESIDENT',
              insuredRegion: '340300',
              relationship: 'PARENT',
              authorization: 'PENDING',
            },
          },
    );
  });

  it.each([
    [{ code: '340300', name: '蚌埠市', province: '安徽省', policyId: 'BB' }, '安徽省蚌埠市'],
    [{ code: '340000', name: '安徽省省直', province: '安徽省', policyId: 'AH' }, '安徽省省直'],
    [{ code: '310000', name: '上海市', province: '上海市', policyId: 'SH' }, '上海市'],
  ])('names the region %o once as %s', async (region, label) => {
    taroDouble.respondWith(() => ({ statusCode: 200, data: [region] }));
    render(<AddPersonPage />);
    expect(await screen.findByRole('radio', { name: label })).toBeTruthy();
  });

  it('checks the ID number as it is typed', async () => {
    render(<AddPersonPage />);
    await screen.findByRole('radio', { name: '安徽省蚌埠市' });
    fireEvent.change(idInput(), { target: { value: '3403' } });
    expect(screen.getByText(zh.family.idNumberTyping(4))).toBeTruthy();
    fireEvent.change(idInput(), { target: { value: '3403a' } });
    expect(screen.getByText(`⚠ ${ID_NUMBER_MESSAGES.characters}`)).toBeTruthy();
    fireEvent.change(idInput(), { target: { value: VALID } });
    expect(screen.getByText(`✔ ${zh.family.idNumberValid('1950年3月1日', '男')}`)).toBeTruthy();
  });

  it('creates the person and says the family member must confirm', async () => {
    render(<AddPersonPage />);
    fireEvent.click(await screen.findByRole('radio', { name: '安徽省蚌埠市' }));
    fireEvent.change(screen.getByLabelText(zh.family.nameLabel), { target: { value: '张建国' } });
    fireEvent.change(idInput(), { target: { value: VALID } });
    fireEvent.change(screen.getByLabelText(zh.family.phoneLabel), {
      target: { value: '13812345678' },
    });
    fireEvent.click(screen.getByRole('radio', { name: '父母' }));
    fireEvent.click(screen.getByRole('radio', { name: '城乡居民医保' }));
    // The consent box starts unticked and saving waits for it (PIPL 第二十九条).
    const consent = screen.getByRole('button', { name: `☐ ${zh.family.consentHeading}` });
    expect(consent.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: zh.family.submit }));
    expect(taroDouble.requests).toHaveLength(1);
    fireEvent.click(consent);
    fireEvent.click(screen.getByRole('button', { name: zh.family.submit }));

    expect(await screen.findByText(`✔ ${zh.family.createdPending}`)).toBeTruthy();
    await waitFor(() => expect(taroDouble.requests).toHaveLength(2));
    expect(taroDouble.requests[1]?.data).toEqual({
      name: '张建国',
      idNumber: VALID,
      phone: '13812345678',
      relationship: 'PARENT',
      insuranceType: 'RESIDENT',
      insuredRegion: '340300',
      consent: { policyVersion: PRIVACY_POLICY_VERSION, sensitive: true },
    });
  });
});
