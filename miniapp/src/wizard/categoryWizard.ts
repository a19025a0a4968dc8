// The category wizard: plain questions → one of the six categories (docs/policy-sources.md §1). Pure: the page
// asks `nextQuestion`, records the answer, and shows `wizardOutcome` once nothing is left.
// Whether the person is eligible is explained by the shared engine and decided by the server.
import type { Category, EligibilityFacts } from '@yidi/shared';

export type QuestionId =
  'emergency' | 'referred' | 'retiredSettled' | 'posted' | 'workMonths' | 'residenceMonths';
export type PostedAnswer = 'WORKER' | 'STUDENT' | 'NONE';
/** Lower bounds of the answer buckets: under 6 months, 6–12, 12–24, 24 and more. */
export const RESIDENCE_BUCKETS = [0, 6, 12, 24] as const;
export type ResidenceBucket = (typeof RESIDENCE_BUCKETS)[number];

export interface WizardAnswers {
  emergency?: boolean;
  referred?: boolean;
  retiredSettled?: boolean;
  posted?: PostedAnswer;
  /** Months worked there so far; asked only where the region sets a minimum (0 = less). */
  workMonths?: number;
  residenceMonths?: ResidenceBucket;
}

/** How the insured region treats an emergency (the policy's `emergency.value.mode`). */
export type EmergencyMode = 'DEEMED_FILED' | 'RETRO_FILING_BEFORE_DISCHARGE' | 'NOT_A_CATEGORY';

export interface WizardContext {
  emergencyMode: EmergencyMode;
  /** LONG_TERM_RESIDENT's minimum stay in the region's policy; null when it sets none. */
  minimumResidenceMonths: number | null;
  /** STATIONED_WORKER's minimum time worked there (public policy); null when it sets none. */
  minimumWorkMonths?: number | null;
}

export type WizardOutcome =
  | { kind: 'INCOMPLETE'; next: QuestionId }
  | { kind: 'NO_FILING_NEEDED'; reason: 'EMERGENCY_DEEMED_FILED' }
  | { kind: 'CATEGORY'; category: Category; facts: EligibilityFacts };

/** Without a stated minimum, half a year is what "long-term" means in YJ-5 and everyday use. */
const DEFAULT_LONG_STAY_MONTHS = 6;

/** The first question still unanswered on the path the earlier answers took. */
export function nextQuestion(
  answers: WizardAnswers,
  context?: Pick<WizardContext, 'minimumWorkMonths'>,
): QuestionId | null {
  if (answers.emergency === undefined) return 'emergency';
  if (answers.emergency) return null;
  if (answers.referred === undefined) return 'referred';
  if (answers.referred) return null;
  if (answers.retiredSettled === undefined) return 'retiredSettled';
  if (answers.retiredSettled) return null;
  if (answers.posted === undefined) return 'posted';
  if (answers.posted === 'WORKER') {
    const asksWork = (context?.minimumWorkMonths ?? null) !== null;
    return asksWork && answers.workMonths === undefined ? 'workMonths' : null;
  }
  if (answers.posted !== 'NONE') return null;
  if (answers.residenceMonths === undefined) return 'residenceMonths';
  return null;
}

/** Questions answered so far, in the order they were asked (for "上一步"). */
export function answeredQuestions(answers: WizardAnswers): QuestionId[] {
  const order: QuestionId[] = [
    'emergency',
    'referred',
    'retiredSettled',
    'posted',
    'workMonths',
    'residenceMonths',
  ];
  return order.filter((question) => answers[question] !== undefined);
}

/** Forgets `question` and every answer after it. */
export function rewindTo(answers: WizardAnswers, question: QuestionId): WizardAnswers {
  const order = answeredQuestions(answers);
  const kept = order.slice(0, order.indexOf(question));
  const result: WizardAnswers = {};
  for (const id of kept) Object.assign(result, { [id]: answers[id] });
  return result;
}

export function wizardOutcome(answers: WizardAnswers, context: WizardContext): WizardOutcome {
  const next = nextQuestion(answers, context);
  if (next) return { kind: 'INCOMPLETE', next };
  if (answers.emergency) {
    return context.emergencyMode === 'DEEMED_FILED'
      ? { kind: 'NO_FILING_NEEDED', reason: 'EMERGENCY_DEEMED_FILED' }
      : { kind: 'CATEGORY', category: 'EMERGENCY', facts: {} };
  }
  if (answers.referred) return { kind: 'CATEGORY', category: 'REFERRAL', facts: {} };
  if (answers.retiredSettled) {
    return {
      kind: 'CATEGORY',
      category: 'RETIRED_RESETTLED',
      facts: { retired: true, hukouMoved: true },
    };
  }
  if (answers.posted === 'WORKER' || answers.posted === 'STUDENT') {
    return {
      kind: 'CATEGORY',
      category: 'STATIONED_WORKER',
      facts:
        answers.posted === 'STUDENT'
          ? { student: true }
          : answers.workMonths !== undefined
            ? { workMonths: answers.workMonths }
            : {},
    };
  }
  const months = answers.residenceMonths ?? 0;
  const longStay = context.minimumResidenceMonths ?? DEFAULT_LONG_STAY_MONTHS;
  return months >= longStay
    ? { kind: 'CATEGORY', category: 'LONG_TERM_RESIDENT', facts: { residenceMonths: months } }
    : { kind: 'CATEGORY', category: 'OTHER_TEMPORARY', facts: { residenceMonths: months } };
}
