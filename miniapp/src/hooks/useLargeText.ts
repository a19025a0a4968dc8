// The large-text preference, remembered on the device. Pages put `rootClassName` on their
// root view; app.scss scales every size from the CSS variables under `.large-text`.
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';

const LARGE_TEXT_KEY = 'yidi.display.largeText';

export function useLargeText(): { largeText: boolean; toggle: () => void; rootClassName: string } {
  const [largeText, setLargeText] = useState<boolean>(
    () => Taro.getStorageSync(LARGE_TEXT_KEY) === true,
  );
  const toggle = useCallback(() => {
    setLargeText((current) => {
      Taro.setStorageSync(LARGE_TEXT_KEY, !current);
      return !current;
    });
  }, []);
  return { largeText, toggle, rootClassName: largeText ? 'page-root large-text' : 'page-root' };
}
