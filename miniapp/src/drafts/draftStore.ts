// Drafts in Taro storage (wx storage / localStorage): one per person, so leaving the app — or
// the phone killing it — never loses what was typed, nor the idempotency key of a submission.
import Taro from '@tarojs/taro';
import type { FilingDraft } from './filingDraft';

const PREFIX = 'yidi.draft.filing.';

const keyOf = (personId: string) => `${PREFIX}${personId}`;

function isDraft(value: unknown): value is FilingDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<FilingDraft>;
  return (
    typeof draft.personId === 'string' &&
    typeof draft.category === 'string' &&
    typeof draft.step === 'number' &&
    Array.isArray(draft.materials) &&
    typeof draft.contact === 'object'
  );
}

export function loadDraft(personId: string): FilingDraft | undefined {
  const stored: unknown = Taro.getStorageSync(keyOf(personId));
  if (typeof stored !== 'string' || stored.length === 0) return undefined;
  try {
    const parsed: unknown = JSON.parse(stored);
    return isDraft(parsed) && parsed.personId === personId ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(draft: FilingDraft, now: Date = new Date()): FilingDraft {
  const saved = { ...draft, updatedAt: now.toISOString() };
  Taro.setStorageSync(keyOf(draft.personId), JSON.stringify(saved));
  return saved;
}

/** After a successful filing: the next one starts fresh with a new key. */
export function clearDraft(personId: string): void {
  Taro.removeStorageSync(keyOf(personId));
}
