// WeChat's privacy check (base library ≥ 2.32.3, `__usePrivacyCheck__` in app.json): a privacy
// API (chooseMedia, …) the user has not yet agreed to stays pending and WeChat calls the
// onNeedPrivacyAuthorization listener with a `resolve`. The listener is registered once at app
// start; it keeps the pending `resolve` here until a mounted PrivacyPopup shows it and the user
// answers. H5 has no such check: nothing is registered there.
import Taro from '@tarojs/taro';

export type PrivacyAnswer = { event: 'agree'; buttonId: string } | { event: 'disagree' };
type Resolve = (option: {
  event: 'exposureAuthorization' | 'agree' | 'disagree';
  buttonId?: string;
}) => void;

let pending: Resolve | undefined;
let registered = false;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** The listener WeChat calls; exported for tests and for the app's start. */
export function needPrivacyAuthorization(resolve: Resolve): void {
  pending = resolve;
  notify();
}

/** Called once at app start (app.ts); a second call does nothing. */
export function registerPrivacyAuthorization(): void {
  if (registered || process.env.TARO_ENV !== 'weapp') return;
  // Base libraries before 2.32.3 have no privacy check and no such API: nothing to wait for.
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
  registered = true;
  Taro.onNeedPrivacyAuthorization(needPrivacyAuthorization);
}

export function privacyRequestPending(): boolean {
  return pending !== undefined;
}

/** The popup tells WeChat it is on screen (WeChat asks for this exposure report). */
export function reportPrivacyPopupShown(): void {
  pending?.({ event: 'exposureAuthorization' });
}

/** The user's answer goes to the waiting API; agree names the agree button WeChat checks. */
export function answerPrivacy(answer: PrivacyAnswer): void {
  const resolve = pending;
  pending = undefined;
  resolve?.(answer);
  notify();
}

/** Subscribes to "a request arrived / was answered"; returns the unsubscribe. */
export function onPrivacyRequestChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
