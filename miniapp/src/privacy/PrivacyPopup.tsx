// The privacy popup WeChat requires before a privacy API runs for the first time: what we ask for,
// a link to the policy, and agree (a button with open-type="agreePrivacyAuthorization", whose id
// WeChat checks) or disagree. Shows only while a request is pending (privacyAuthorization.ts).
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { roleProps } from '../a11y/role';
import { zh } from '../i18n/zh';
import {
  answerPrivacy,
  onPrivacyRequestChange,
  privacyRequestPending,
  reportPrivacyPopupShown,
} from './privacyAuthorization';

export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree';
export const PRIVACY_POLICY_URL = '/about/privacy/index';

export function openPrivacyPolicy(): void {
  void Taro.navigateTo({ url: PRIVACY_POLICY_URL });
}

export function PrivacyPopup() {
  const [open, setOpen] = useState(privacyRequestPending);

  useEffect(() => onPrivacyRequestChange(() => setOpen(privacyRequestPending())), []);
  useEffect(() => {
    if (open) reportPrivacyPopupShown();
  }, [open]);

  if (!open) return null;
  return (
    <View
      className="privacy-popup"
      id="privacy-popup"
      {...roleProps('dialog')}
      aria-modal
      aria-label={zh.privacy.popupTitle}
    >
      <View className="card privacy-popup__panel">
        <Text className="title">{zh.privacy.popupTitle}</Text>
        <Text className="hint">{zh.privacy.popupBody}</Text>
        <Button id="privacy-view" className="button button--secondary" onClick={openPrivacyPolicy}>
          {zh.privacy.popupView}
        </Button>
        <Button
          id={PRIVACY_AGREE_BUTTON_ID}
          className="button"
          openType="agreePrivacyAuthorization"
          onAgreePrivacyAuthorization={() =>
            answerPrivacy({ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID })
          }
        >
          {zh.privacy.popupAgree}
        </Button>
        <Button
          id="privacy-disagree"
          className="button button--secondary"
          onClick={() => answerPrivacy({ event: 'disagree' })}
        >
          {zh.privacy.popupDisagree}
        </Button>
      </View>
    </View>
  );
}
