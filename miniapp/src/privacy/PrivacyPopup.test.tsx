import { act, fireEvent, render, screen } from '@testing-library/react';
import { taroDouble } from '../../test/mocks/taro';
import { zh } from '../i18n/zh';
import { PrivacyPopup, PRIVACY_POLICY_URL } from './PrivacyPopup';
import { needPrivacyAuthorization, registerPrivacyAuthorization } from './privacyAuthorization';

function pendingRequest() {
  const resolve = jest.fn();
  act(() => needPrivacyAuthorization(resolve));
  return resolve;
}

describe('PrivacyPopup', () => {
  it('stays hidden until WeChat asks', () => {
    render(<PrivacyPopup />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('agree answers WeChat with the agree button id, through open-type agreePrivacyAuthorization', () => {
    render(<PrivacyPopup />);
    const resolve = pendingRequest();
    const dialog = screen.getByRole('dialog', { name: zh.privacy.popupTitle });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(resolve).toHaveBeenCalledWith({ event: 'exposureAuthorization' });

    const agree = screen.getByRole('button', { name: zh.privacy.popupAgree });
    expect(agree.getAttribute('data-open-type')).toBe('agreePrivacyAuthorization');
    fireEvent.click(agree);
    expect(resolve).toHaveBeenLastCalledWith({ event: 'agree', buttonId: agree.id });
    expect(agree.id).toBe('privacy-agree');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('disagree answers disagree', () => {
    render(<PrivacyPopup />);
    const resolve = pendingRequest();
    fireEvent.click(screen.getByRole('button', { name: zh.privacy.popupDisagree }));
    expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows a request that arrived before it was mounted, and links to the policy', () => {
    const resolve = jest.fn();
    needPrivacyAuthorization(resolve);
    render(<PrivacyPopup />);
    fireEvent.click(screen.getByRole('button', { name: zh.privacy.popupView }));
    expect(taroDouble.navigations).toEqual([{ kind: 'navigateTo', url: PRIVACY_POLICY_URL }]);
    fireEvent.click(screen.getByRole('button', { name: zh.privacy.popupDisagree }));
  });
});

describe('registerPrivacyAuthorization', () => {
  it('registers one listener on weapp, however often it is called', () => {
    process.env.TARO_ENV = 'weapp';
    try {
      registerPrivacyAuthorization();
      registerPrivacyAuthorization();
    } finally {
      delete process.env.TARO_ENV;
    }
    expect(taroDouble.privacyListeners).toHaveLength(1);
    expect(taroDouble.privacyListeners[0]).toBe(needPrivacyAuthorization);
  });
});
