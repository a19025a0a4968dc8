// Asking for reminder messages (wx.requestSubscribeMessage) at the moment it makes sense to
// the user: right after they sign a commitment with a deadline. WeChat only; a refusal is fine.
import Taro from '@tarojs/taro';

export function reminderTemplateIds(): string[] {
  const configured = typeof SUBSCRIBE_TEMPLATE_IDS === 'string' ? SUBSCRIBE_TEMPLATE_IDS : '';
  return configured
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}

/** Must run inside the tap handler (WeChat requires a user gesture). */
export async function askForCommitmentReminders(): Promise<void> {
  const tmplIds = reminderTemplateIds();
  if (process.env.TARO_ENV !== 'weapp' || tmplIds.length === 0) return;
  try {
    // Taro's Option type demands entityIds too (its AtLeastOne is off); WeChat needs only tmplIds.
    await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option);
  } catch {
    // The user said no, or the template is not set up: the filing goes on without reminders.
  }
}
