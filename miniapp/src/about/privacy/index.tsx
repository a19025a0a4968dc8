// 用户隐私保护指引 / 隐私政策: what is collected, why, who sees it, how long, how to withdraw, whom
// to ask. Readable before logging in (from the login page) and from home. How long each region
// keeps a commitment letter comes from the policy presets, not from this page.
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { commitmentLetterRetention, PRIVACY_POLICY_VERSION } from '@yidi/shared';
import { useMemo } from 'react';
import { useLargeText } from '../../hooks/useLargeText';
import { zh } from '../../i18n/zh';

const RETENTION_SECTION = 3;

export default function PrivacyPolicyPage() {
  const { rootClassName } = useLargeText();
  const retention = useMemo(commitmentLetterRetention, []);

  return (
    <View className={rootClassName} id="privacy-policy">
      <Text className="title">{zh.privacy.title}</Text>
      <Text className="hint" id="privacy-version">
        {zh.privacy.version(PRIVACY_POLICY_VERSION)}
      </Text>
      <Text className="hint">{zh.privacy.intro}</Text>
      {zh.privacy.sections.map((section, index) => (
        <View key={section.heading} className="privacy-section" id={`privacy-section-${index + 1}`}>
          <Text className="field-label">{section.heading}</Text>
          {section.items.map((item, itemIndex) => (
            <View key={item}>
              <Text className="privacy-item">{item}</Text>
              {index === RETENTION_SECTION && itemIndex === 0 && (
                <View id="privacy-retention">
                  {retention.map((entry) => (
                    <Text key={entry.regionCode} className="privacy-item privacy-item--nested">
                      {zh.privacy.retentionLine(entry.regionName, entry.years)}
                    </Text>
                  ))}
                </View>
              )}
            </View>
          ))}
        </View>
      ))}
      <Button
        id="privacy-back"
        className="button button--secondary"
        onClick={() =>
          void Taro.navigateBack().catch(() => Taro.reLaunch({ url: '/pages/index/index' }))
        }
      >
        {zh.common.back}
      </Button>
    </View>
  );
}
