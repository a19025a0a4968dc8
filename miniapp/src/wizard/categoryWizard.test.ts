import {
  answeredQuestions,
  nextQuestion,
  rewindTo,
  wizardOutcome,
  type WizardAnswers,
  type WizardContext,
} from './categoryWizard';

const AH: WizardContext = { emergencyMode: 'DEEMED_FILED', minimumResidenceMonths: null };
const YJ: WizardContext = {
  emergencyMode: 'RETRO_FILING_BEFORE_DISCHARGE',
  minimumResidenceMonths: 6,
};
const PZH: WizardContext = {
  emergencyMode: 'RETRO_FILING_BEFORE_DISCHARGE',
  minimumResidenceMonths: 24,
};

describe('nextQuestion', () => {
  it.each<{ answers: WizardAnswers; expected: ReturnType<typeof nextQuestion> }>([
    { answers: {}, expected: 'emergency' },
    { answers: { emergency: true }, expected: null },
    { answers: { emergency: false }, expected: 'referred' },
    { answers: { emergency: false, referred: true }, expected: null },
    { answers: { emergency: false, referred: false }, expected: 'retiredSettled' },
    { answers: { emergency: false, referred: false, retiredSettled: false }, expected: 'posted' },
    {
      answers: { emergency: false, referred: false, retiredSettled: false, posted: 'STUDENT' },
      expected: null,
    },
    {
      answers: { emergency: false, referred: false, retiredSettled: false, posted: 'NONE' },
      expected: 'residenceMonths',
    },
  ])('$answers → $expected', ({ answers, expected }) => {
    expect(nextQuestion(answers)).toBe(expected);
  });
});

describe('wizardOutcome', () => {
  const none = { emergency: false, referred: false, retiredSettled: false } as const;
  it.each<{ name: string; answers: WizardAnswers; context: WizardContext; expected: unknown }>([
    {
      name: 'emergency in a deemed-filed region needs no filing',
      answers: { emergency: true },
      context: AH,
      expected: { kind: 'NO_FILING_NEEDED', reason: 'EMERGENCY_DEEMED_FILED' },
    },
    {
      name: 'emergency where retro-filing is allowed is the EMERGENCY category',
      answers: { emergency: true },
      context: YJ,
      expected: { kind: 'CATEGORY', category: 'EMERGENCY' },
    },
    {
      name: 'a hospital referral',
      answers: { emergency: false, referred: true },
      context: AH,
      expected: { kind: 'CATEGORY', category: 'REFERRAL' },
    },
    {
      name: 'retired and settled',
      answers: { emergency: false, referred: false, retiredSettled: true },
      context: AH,
      expected: {
        kind: 'CATEGORY',
        category: 'RETIRED_RESETTLED',
        facts: { retired: true, hukouMoved: true },
      },
    },
    {
      name: 'posted by an employer',
      answers: { ...none, posted: 'WORKER' },
      context: AH,
      expected: { kind: 'CATEGORY', category: 'STATIONED_WORKER', facts: {} },
    },
    {
      name: 'a student counts as a stationed worker (YJ-5)',
      answers: { ...none, posted: 'STUDENT' },
      context: YJ,
      expected: { kind: 'CATEGORY', category: 'STATIONED_WORKER', facts: { student: true } },
    },
    {
      name: 'half a year or more with no stated minimum is long-term residence',
      answers: { ...none, posted: 'NONE', residenceMonths: 6 },
      context: AH,
      expected: { kind: 'CATEGORY', category: 'LONG_TERM_RESIDENT', facts: { residenceMonths: 6 } },
    },
    {
      name: 'a short stay is other temporary care',
      answers: { ...none, posted: 'NONE', residenceMonths: 0 },
      context: AH,
      expected: { kind: 'CATEGORY', category: 'OTHER_TEMPORARY' },
    },
    {
      name: 'the region minimum decides the long stay (PZH: 2 years)',
      answers: { ...none, posted: 'NONE', residenceMonths: 12 },
      context: PZH,
      expected: { kind: 'CATEGORY', category: 'OTHER_TEMPORARY' },
    },
    {
      name: 'an unfinished questionnaire names the next question',
      answers: { emergency: false },
      context: AH,
      expected: { kind: 'INCOMPLETE', next: 'referred' },
    },
  ])('$name', ({ answers, context, expected }) => {
    expect(wizardOutcome(answers, context)).toMatchObject(expected as object);
  });
});

describe('rewindTo', () => {
  it('forgets the question and every later answer', () => {
    const answers: WizardAnswers = { emergency: false, referred: false, retiredSettled: true };
    expect(rewindTo(answers, 'referred')).toEqual({ emergency: false });
    expect(answeredQuestions(rewindTo(answers, 'emergency'))).toEqual([]);
  });
});

describe("the work-months question (the region's STATIONED_WORKER minimum, public policy)", () => {
  const posted: WizardAnswers = {
    emergency: false,
    referred: false,
    retiredSettled: false,
    posted: 'WORKER',
  };
  const YJ_WORK: WizardContext = { ...YJ, minimumWorkMonths: 6 };

  it('YJ-5: asked where the region sets a minimum, not where it sets none', () => {
    expect(nextQuestion(posted, YJ_WORK)).toBe('workMonths');
    expect(nextQuestion(posted, AH)).toBeNull();
    expect(nextQuestion({ ...posted, posted: 'STUDENT' }, YJ_WORK)).toBeNull();
  });

  it('YJ-5: the answer reaches the facts the server checks', () => {
    expect(wizardOutcome({ ...posted, workMonths: 6 }, YJ_WORK)).toEqual({
      kind: 'CATEGORY',
      category: 'STATIONED_WORKER',
      facts: { workMonths: 6 },
    });
    expect(wizardOutcome(posted, YJ_WORK)).toEqual({ kind: 'INCOMPLETE', next: 'workMonths' });
  });
});
