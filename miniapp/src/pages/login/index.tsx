// Login. On WeChat one button (wx.login → provider wechat); on H5, which only runs against the
// local and test stacks, one button per demo user (provider dev).
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { isApiError } from '../../api/apiError';
import { DEMO_USERS, type DemoUser } from '../../auth/demoUsers';
import { offersDevLogin } from '../../auth/platform';
import { loginWithDemoUser, loginWithWechat } from '../../auth/session';
import { useLargeText } from '../../hooks/useLargeText';
import { zh } from '../../i18n/zh';
import { openPrivacyPolicy } from '../../privacy/PrivacyPopup';

export default function LoginPage() {
  const { rootClassName } = useLargeText();
  const [submitting, setSubmitting] = useState(false);
  const [errorMessage, setErrorMessage] = useState<string>();

  async function run(attempt: () => Promise<unknown>) {
    setSubmitting(true);
    setErrorMessage(undefined);
    try {
      await attempt();
      await Taro.reLaunch({ url: '/pages/index/index' });
    } catch (error) {
      setErrorMessage(isApiError(error) ? error.message : zh.login.failed);
    } finally {
      setSubmitting(false);
    }
  }

  const loginAs = (user: DemoUser) => run(() => loginWithDemoUser(user));
  const buttonClassName = submitting ? 'button button--disabled' : 'button';

  return (
    <View className={rootClassName}>
      <Text className="title">{zh.app.title}</Text>
      <Text className="hint">{zh.login.intro}</Text>
      {errorMessage && <Text className="error-text">{errorMessage}</Text>}
      {submitting && <Text className="hint">{zh.login.submitting}</Text>}
      {offersDevLogin() ? (
        <View>
          <Text className="hint">{zh.login.devHeading}</Text>
          {DEMO_USERS.map((user) => (
            <Button
              key={user.devUser}
              className={buttonClassName}
              disabled={submitting}
              onClick={() => loginAs(user)}
            >
              {zh.demoUsers[user.devUser]}
            </Button>
          ))}
        </View>
      ) : (
        <Button
          className={buttonClassName}
          disabled={submitting}
          onClick={() => run(loginWithWechat)}
        >
          {zh.login.wechatButton}
        </Button>
      )}
      <Button id="login-privacy" className="button button--secondary" onClick={openPrivacyPolicy}>
        {zh.privacy.link}
      </Button>
    </View>
  );
}
