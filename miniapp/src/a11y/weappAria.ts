// The runtime half of config/weappAria.cjs: Taro's runtime must know the same extra attributes as
// the templates, or it numbers every attribute differently from them. Imported first in app.ts,
// before any page renders (Taro computes its attribute aliases on the first render).
import { mergeInternalComponents } from '@tarojs/shared';
import attributes from './weappAriaAttributes.json';

export function mergeWeappAriaAttributes(): void {
  if (process.env.TARO_ENV !== 'weapp') return;
  const patch: Record<string, Record<string, string>> = {};
  for (const [component, attrs] of Object.entries(attributes)) {
    patch[component] = Object.fromEntries(Object.keys(attrs).map((attr) => [attr, "''"]));
  }
  mergeInternalComponents(patch);
}

mergeWeappAriaAttributes();
