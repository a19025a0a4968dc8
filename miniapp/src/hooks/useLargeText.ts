// Display preferences, remembered on the device: large text (on by default when the phone's
// own font size is set large) and high contrast. Pages put `rootClassName` on their root view;
// app.scss scales sizes and colours from the CSS variables under these classes.
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';

const LARGE_TEXT_KEY = 'yidi.display.largeText';
const HIGH_CONTRAST_KEY = 'yidi.display.highContrast';
/** WeChat's default font size setting in px; larger means the user asked for bigger text. */
const DEFAULT_SYSTEM_FONT_SIZE = 17;

function systemAsksForLargeText(): boolean {
  try {
    const info = Taro.getSystemInfoSync() as { fontSizeSetting?: number };
    return (
      typeof info.fontSizeSetting === 'number' && info.fontSizeSetting > DEFAULT_SYSTEM_FONT_SIZE
    );
  } catch {
    return false;
  }
}

function storedFlag(key: string): boolean | undefined {
  const value: unknown = Taro.getStorageSync(key);
  return typeof value === 'boolean' ? value : undefined;
}

function useStoredFlag(key: string, fallback: () => boolean) {
  const [value, setValue] = useState<boolean>(() => storedFlag(key) ?? fallback());
  const toggle = useCallback(() => {
    setValue((current) => {
      Taro.setStorageSync(key, !current);
      return !current;
    });
  }, [key]);
  return [value, toggle] as const;
}

export function useLargeText(): {
  largeText: boolean;
  toggle: () => void;
  highContrast: boolean;
  toggleContrast: () => void;
  rootClassName: string;
} {
  const [largeText, toggle] = useStoredFlag(LARGE_TEXT_KEY, systemAsksForLargeText);
  const [highContrast, toggleContrast] = useStoredFlag(HIGH_CONTRAST_KEY, () => false);
  const classes = ['page-root', largeText ? 'large-text' : '', highContrast ? 'high-contrast' : ''];
  return {
    largeText,
    toggle,
    highContrast,
    toggleContrast,
    rootClassName: classes.filter(Boolean).join(' '),
  };
}
