// An ARIA role on a Taro component, on both platforms: WeChat reads `aria-role` (its 无障碍
// attributes), the browser reads `role`. Taro's typings have neither on most components, so the
// attribute is spread in. TARO_ENV is replaced at build time; the other branch is dropped.
export type AriaRole = 'button' | 'radio' | 'radiogroup' | 'checkbox' | 'group' | 'dialog' | 'link';

export function roleProps(role: AriaRole): Record<string, string> {
  return process.env.TARO_ENV === 'weapp' ? { 'aria-role': role } : { role };
}
