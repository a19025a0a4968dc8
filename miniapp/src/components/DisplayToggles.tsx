// Large text and high contrast switches, shown on every main screen.
import { Button, View } from '@tarojs/components';
import { zh } from '../i18n/zh';

export function DisplayToggles({
  largeText,
  toggle,
  highContrast,
  toggleContrast,
}: {
  largeText: boolean;
  toggle: () => void;
  highContrast: boolean;
  toggleContrast: () => void;
}) {
  return (
    <View className="row">
      <Button id="toggle-large-text" className="button button--secondary" onClick={toggle}>
        {largeText ? zh.common.largeTextOff : zh.common.largeTextOn}
      </Button>
      <Button
        id="toggle-high-contrast"
        className="button button--secondary"
        onClick={toggleContrast}
      >
        {highContrast ? zh.common.highContrastOff : zh.common.highContrastOn}
      </Button>
    </View>
  );
}
