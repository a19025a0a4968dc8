import { render, screen } from '@testing-library/react';
import { PRIVACY_POLICY_VERSION } from '@yidi/shared';
import { zh } from '../../i18n/zh';
import PrivacyPolicyPage from './index';

describe('PrivacyPolicyPage', () => {
  it('says what is collected, who sees it, how long and how to withdraw', () => {
    const { container } = render(<PrivacyPolicyPage />);
    const text = container.textContent ?? '';
    for (const section of zh.privacy.sections) expect(text).toContain(section.heading);
    for (const collected of ['姓名', '身份证号', '手机号', '地址', '转诊单', '签名']) {
      expect(text).toContain(collected);
    }
    expect(text).toContain('医保经办机构');
    expect(text).toContain('代办人');
    expect(screen.getByText(zh.privacy.version(PRIVACY_POLICY_VERSION))).toBeTruthy();
  });

  it('gives each region its own commitment-letter period, from the policy data', () => {
    const { container } = render(<PrivacyPolicyPage />);
    const retention = container.querySelector('#privacy-retention')?.textContent ?? '';
    expect(retention).toContain(zh.privacy.retentionLine('安徽省 合肥市', 2));
    expect(retention).toContain(zh.privacy.retentionLine('江苏省 淮安市', 3));
    expect(retention).not.toContain('攀枝花');
  });
});
