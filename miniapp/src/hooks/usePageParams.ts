// The current page's query parameters ('/filing/detail/index?id=f1' → { id: 'f1' }).
import Taro from '@tarojs/taro';
import { useMemo } from 'react';

export function usePageParams(): Record<string, string | undefined> {
  return useMemo(() => {
    const params = Taro.getCurrentInstance().router?.params ?? {};
    return Object.fromEntries(
      Object.entries(params).map(([key, value]) => [
        key,
        value ? decodeURIComponent(value) : value,
      ]),
    );
  }, []);
}
