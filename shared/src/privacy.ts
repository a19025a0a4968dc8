// The version of the privacy policy (用户隐私保护指引) the app shows. A consent records the
// version it was given for (PIPL 第十四条: consent must be informed), so a changed policy can
// ask again. Bump it whenever the text in miniapp/src/i18n/zh.ts `privacy` changes in substance.
export const PRIVACY_POLICY_VERSION = '2026-12-01';
