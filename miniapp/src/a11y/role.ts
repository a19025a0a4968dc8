// An ARIA role on a Taro component, on both platforms: WeChat reads `aria-role` (its 无障碍
// attributes), the browser reads `role`. Taro's typings have neither on most components, so the
// attribute is spread in. TARO_ENV is replaced at build time; the other branch is dropped.
export type AriaRole = 'button' | 'radio' | 'radiogroup' | 'checkbox' | 'group' | 'dialog' | 'link';

export function roleProps(role: AriaRole): Record<string, string> {
  return process.env.TARO_ENV === 'weapp' ? { 'aria-role': role } : { role };
}

/**
 * On H5, Taro's Input, Textarea and Image render a native element inside their own wrapper, and
 * `aria-label` stays on the wrapper: the native one gets its name through `nativeProps`. On
 * weapp the component is the native one and `aria-label` reaches it directly.
 */
export function nativeLabel(label: string): { nativeProps?: Record<string, string> } {
  return process.env.TARO_ENV === 'h5' ? { nativeProps: { 'aria-label': label } } : {};
}

/** The text alternative of an Image's inner <img> on H5 (see nativeLabel). */
export function nativeAlt(text: string): { nativeProps?: Record<string, string> } {
  return process.env.TARO_ENV === 'h5' ? { nativeProps: { alt: text } } : {};
}
