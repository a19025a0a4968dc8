// Filing: destination → dates and contact → proof (upload, or commitment with a signature) →
// review and submit. The draft is saved after every change (drafts/draftStore.ts), and the
// submission's Idempotency-Key is kept with it, so a retry never files twice.
import { Button, Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  DOC_TYPE_LABELS,
  REFERRAL_CONDITIONS,
  REFERRAL_CONDITION_LABELS,
  addDays,
  categorySchema,
  type Category,
  type DocType,
  type Person,
  type PublicPolicyView,
  type ReferralCondition,
} from '@yidi/shared';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/apiError';
import { createFiling } from '../../api/client';
import { ChoiceList } from '../../components/ChoiceList';
import { DestinationPicker } from '../../components/DestinationPicker';
import { ErrorText, errorMessageOf } from '../../components/ErrorText';
import { FilingReviewStep } from '../../components/FilingReviewStep';
import { MaterialUploader } from '../../components/MaterialUploader';
import { SignaturePad } from '../../components/SignaturePad';
import { TextField } from '../../components/TextField';
import { clearDraft, loadDraft, saveDraft } from '../../drafts/draftStore';
import {
  buildFilingBody,
  newDraft,
  prepareSubmission,
  type FilingDraft,
} from '../../drafts/filingDraft';
import { readableDate, todayInChina } from '../../format/dates';
import { useLargeText } from '../../hooks/useLargeText';
import { usePageParams } from '../../hooks/usePageParams';
import { zh } from '../../i18n/zh';
import { askForCommitmentReminders, askOnSubmit } from '../../notify/subscribe';
import { uploadMaterial } from '../../upload/uploadMaterial';
import { factsFromParam } from '../../wizard/factsParam';
import { proofOptionTexts } from '../common/CategoryExplainer';
import { usePersonAndPolicy, type CategoryView } from '../common/usePersonAndPolicy';
import { proofDocTypes } from './proofDocTypes';
import { roleProps } from '../../a11y/role';

const LAST_STEP = zh.filing.steps.length - 1;

function DateField({
  id,
  label,
  value,
  onChange,
  hint,
  quick,
}: {
  id: string;
  label: string;
  value?: string;
  onChange: (date: string) => void;
  hint?: string;
  quick?: Array<{ label: string; date: string }>;
}) {
  return (
    <View className="field">
      <Text className="field-label">{label}</Text>
      {quick && (
        <View className="row">
          {quick.map((option, index) => (
            <Button
              key={option.label}
              id={`${id}-quick-${index}`}
              className={value === option.date ? 'button' : 'button button--secondary'}
              onClick={() => onChange(option.date)}
            >
              {option.label}
            </Button>
          ))}
        </View>
      )}
      <Picker
        mode="date"
        value={value ?? ''}
        onChange={(event) => onChange(String(event.detail.value))}
        id={id}
      >
        <View className="input" aria-label={label}>
          <Text>{value ? readableDate(value) : zh.common.choose}</Text>
        </View>
      </Picker>
      {hint && <Text className="hint">{hint}</Text>}
    </View>
  );
}

function ProofList({ view }: { view: CategoryView }) {
  return (
    <View className="card" id="proof-list">
      <Text className="field-label">{zh.filing.proofListTitle}</Text>
      {proofOptionTexts(view).map((text) => (
        <Text key={text} className="hint" data-testid="proof-option">
          • {text}
        </Text>
      ))}
    </View>
  );
}

function DatesAndContactStep({
  draft,
  update,
  view,
  fields,
}: {
  draft: FilingDraft;
  update: (change: Partial<FilingDraft>) => void;
  view: CategoryView;
  fields: Record<string, string>;
}) {
  const today = todayInChina();
  const contact = (change: Partial<FilingDraft['contact']>) =>
    update({ contact: { ...draft.contact, ...change } });
  return (
    <View>
      <DateField
        id="filing-start-date"
        label={zh.filing.startDateLabel}
        value={draft.startDate}
        onChange={(startDate) => update({ startDate })}
        hint={fields.startDate ? `⚠ ${fields.startDate}` : zh.filing.startDateHint}
        quick={[
          { label: `今天（${readableDate(today)}）`, date: today },
          { label: `明天（${readableDate(addDays(today, 1))}）`, date: addDays(today, 1) },
        ]}
      />
      {view.validity.value.kind === 'PROOF_END_DATE' && (
        <DateField
          id="filing-proof-end-date"
          label={zh.filing.proofEndDateLabel}
          value={draft.proofEndDate}
          onChange={(proofEndDate) => update({ proofEndDate })}
          hint={fields.proofEndDate ? `⚠ ${fields.proofEndDate}` : zh.filing.proofEndDateHint}
        />
      )}
      {draft.category === 'REFERRAL' && (
        <View>
          <TextField
            id="filing-referral-hospital"
            label={zh.filing.referralHospitalLabel}
            value={draft.referral.hospitalName}
            onChange={(hospitalName) => update({ referral: { ...draft.referral, hospitalName } })}
            error={fields['referral.hospitalName']}
          />
          <Text className="field-label">{zh.filing.referralConditionLabel}</Text>
          <ChoiceList<ReferralCondition>
            idPrefix="filing-referral-condition"
            choices={REFERRAL_CONDITIONS.map((value) => ({
              value,
              label: REFERRAL_CONDITION_LABELS[value],
            }))}
            selected={draft.referral.condition}
            onSelect={(condition) =>
              update({
                referral: {
                  ...draft.referral,
                  condition: draft.referral.condition === condition ? undefined : condition,
                },
              })
            }
          />
        </View>
      )}
      {draft.category === 'EMERGENCY' && (
        <View>
          <DateField
            id="filing-emergency-admission"
            label={zh.filing.emergencyAdmissionLabel}
            value={draft.emergency.admissionDate}
            onChange={(admissionDate) =>
              update({ emergency: { ...draft.emergency, admissionDate } })
            }
            quick={[{ label: `今天（${readableDate(today)}）`, date: today }]}
          />
          <TextField
            id="filing-emergency-hospital"
            label={zh.filing.emergencyHospitalLabel}
            value={draft.emergency.hospitalName}
            onChange={(hospitalName) => update({ emergency: { ...draft.emergency, hospitalName } })}
            error={fields['emergency.hospitalName']}
          />
          <Text className="field-label">{zh.filing.emergencyDischargedLabel}</Text>
          <ChoiceList
            idPrefix="filing-emergency-discharged"
            choices={[
              { value: 'no', label: zh.common.no },
              { value: 'yes', label: zh.common.yes },
            ]}
            selected={draft.emergency.discharged ? 'yes' : 'no'}
            onSelect={(value) =>
              update({ emergency: { ...draft.emergency, discharged: value === 'yes' } })
            }
          />
        </View>
      )}
      <TextField
        id="filing-address"
        label={zh.filing.addressLabel}
        value={draft.contact.address}
        onChange={(address) => contact({ address })}
        error={fields['contact.address']}
      />
      <TextField
        id="filing-phone"
        label={zh.filing.phoneLabel}
        value={draft.contact.phone}
        type="number"
        onChange={(phone) => contact({ phone })}
        error={fields['contact.phone']}
      />
      <TextField
        id="filing-phone2"
        label={`${zh.filing.phone2Label}${zh.common.optional}`}
        value={draft.contact.phone2}
        type="number"
        onChange={(phone2) => contact({ phone2 })}
        error={fields['contact.phone2']}
      />
    </View>
  );
}

function ProofStep({
  draft,
  update,
  person,
  policy,
  view,
}: {
  draft: FilingDraft;
  update: (change: Partial<FilingDraft>) => void;
  person: Person;
  policy: PublicPolicyView;
  view: CategoryView;
}) {
  const [signing, setSigning] = useState(false);
  const [signError, setSignError] = useState<string>();
  const docTypes: DocType[] =
    draft.category === 'REFERRAL'
      ? ['REFERRAL_CERTIFICATE']
      : proofDocTypes(view.proofOptions.value);
  const months = view.commitmentAllowed.value ? policy.commitment.value?.months : undefined;
  const countOf = (docType: DocType) => draft.materials.filter((m) => m.docType === docType).length;

  async function uploadSignature(file: Parameters<typeof uploadMaterial>[0]['file']) {
    setSigning(true);
    setSignError(undefined);
    try {
      const id = await uploadMaterial({
        personId: person.id,
        docType: 'COMMITMENT_SIGNATURE',
        file,
      });
      update({ commitment: { ...draft.commitment, signatureMaterialId: id } });
    } catch (error) {
      setSignError(errorMessageOf(error));
    } finally {
      setSigning(false);
    }
  }

  return (
    <View>
      <ProofList view={view} />
      {months && (
        <ChoiceList
          idPrefix="filing-proof-kind"
          choices={[
            { value: 'MATERIALS', label: zh.filing.proofKindMaterials },
            { value: 'COMMITMENT', label: zh.filing.proofKindCommitment },
          ]}
          selected={draft.proofKind}
          onSelect={(proofKind) => update({ proofKind })}
        />
      )}
      {(draft.proofKind === 'MATERIALS' || !months) &&
        docTypes.map((docType) => (
          <MaterialUploader
            key={docType}
            personId={person.id}
            docType={docType}
            uploadedCount={countOf(docType)}
            onUploaded={(id) => update({ materials: [...draft.materials, { id, docType }] })}
          />
        ))}
      {draft.proofKind === 'COMMITMENT' && months && (
        <View id="commitment">
          <Text className="field-label">{zh.filing.commitmentMissingLabel}</Text>
          {docTypes.map((docType) => {
            const checked = draft.commitment.missing.includes(docType);
            return (
              <Button
                key={docType}
                id={`commitment-missing-${docType}`}
                {...roleProps('checkbox')}
                aria-checked={checked}
                className={checked ? 'button' : 'button button--secondary'}
                onClick={() =>
                  update({
                    commitment: {
                      ...draft.commitment,
                      missing: checked
                        ? draft.commitment.missing.filter((d) => d !== docType)
                        : [...draft.commitment.missing, docType],
                    },
                  })
                }
              >
                {checked ? `☑ ${DOC_TYPE_LABELS[docType]}` : `☐ ${DOC_TYPE_LABELS[docType]}`}
              </Button>
            );
          })}
          <View className="card" id="commitment-text">
            <Text className="field-label">{zh.filing.commitmentTitle}</Text>
            <Text>
              {zh.filing.commitmentText(
                person.name,
                months,
                draft.commitment.missing.map((d) => DOC_TYPE_LABELS[d]).join('、') || '证明材料',
              )}
            </Text>
          </View>
          {draft.commitment.signatureMaterialId ? (
            <Text className="title" id="signature-saved">
              ✔ {zh.filing.signatureSaved}
            </Text>
          ) : (
            <View>
              <Text className="hint">{zh.filing.subscribePrompt}</Text>
              <SignaturePad
                busy={signing}
                onConfirmTap={() => void askForCommitmentReminders()}
                onSigned={(file) => void uploadSignature(file)}
              />
            </View>
          )}
          {signError && <Text className="error-text">⚠ {signError}</Text>}
        </View>
      )}
    </View>
  );
}

export default function NewFilingPage() {
  const { rootClassName } = useLargeText();
  const params = usePageParams();
  const personId = params.personId;
  const parsedCategory = categorySchema.safeParse(params.category);
  const category: Category | undefined = parsedCategory.success ? parsedCategory.data : undefined;
  const facts = factsFromParam(params.facts);
  const state = usePersonAndPolicy(personId);
  const [draft, setDraft] = useState<FilingDraft>();
  const [restored, setRestored] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    if (!personId || !category) return;
    const stored = loadDraft(personId);
    if (stored && stored.category === category) {
      // Answers given in the wizard just now are the latest word on eligibility.
      setDraft(facts ? saveDraft({ ...stored, facts }) : stored);
      setRestored(true);
    } else {
      setDraft(saveDraft(newDraft(personId, category, new Date(), facts)));
    }
    // `facts` comes from the URL, which does not change while the page is open.
  }, [personId, category]);

  function update(change: Partial<FilingDraft>) {
    setDraft((current) => (current ? saveDraft({ ...current, ...change }) : current));
  }

  if (state.kind === 'failed') {
    return (
      <View className={rootClassName}>
        <ErrorText error={state.error} />
      </View>
    );
  }
  if (state.kind === 'loading' || !draft) {
    return (
      <View className={rootClassName}>
        <Text className="hint">{zh.common.loading}</Text>
      </View>
    );
  }
  const { person, policy } = state;
  const view = policy.categories.find((c) => c.category === draft.category);
  if (!view) return null;
  const fields = isApiError(error) ? (error.fields ?? {}) : {};

  async function submit() {
    if (!draft) return;
    const built = buildFilingBody(draft);
    if (!built.ok) return;
    // Inside the tap, before any await: WeChat shows its subscribe prompt only on a gesture.
    void askOnSubmit();
    const prepared = prepareSubmission(draft, built.body);
    setDraft(saveDraft(prepared.draft));
    setSubmitting(true);
    setError(undefined);
    try {
      const filing = await createFiling(built.body, prepared.idempotencyKey);
      clearDraft(draft.personId);
      void Taro.showToast({ title: zh.filing.submitted, icon: 'success' });
      await Taro.redirectTo({ url: `/filing/detail/index?id=${filing.id}` });
    } catch (failure) {
      setError(failure);
    } finally {
      setSubmitting(false);
    }
  }

  function discard() {
    clearDraft(draft?.personId ?? '');
    if (personId && category) setDraft(saveDraft(newDraft(personId, category, new Date(), facts)));
    setRestored(false);
  }

  return (
    <View className={rootClassName}>
      <Text className="title">
        {zh.filing.title}：{view.label}
      </Text>
      <Text className="hint" id="filing-step">
        {zh.filing.stepOf(draft.step + 1, zh.filing.steps.length)} · {zh.filing.steps[draft.step]}
      </Text>
      {restored && (
        <View className="card" id="draft-restored">
          <Text className="hint">{zh.filing.draftRestored}</Text>
          <Button id="draft-discard" className="button button--secondary" onClick={discard}>
            {zh.filing.discardDraft}
          </Button>
        </View>
      )}
      {draft.step === 0 && (
        <View>
          <ProofList view={view} />
          <DestinationPicker
            value={draft.destination}
            onChange={(destination) => update({ destination })}
            wholeProvinceAccepted={policy.destination.wholeProvinceAccepted.value}
          />
          {fields['destination.code'] && (
            <Text className="error-text">⚠ {fields['destination.code']}</Text>
          )}
        </View>
      )}
      {draft.step === 1 && (
        <DatesAndContactStep draft={draft} update={update} view={view} fields={fields} />
      )}
      {draft.step === 2 && (
        <ProofStep draft={draft} update={update} person={person} policy={policy} view={view} />
      )}
      {draft.step === LAST_STEP && (
        <FilingReviewStep
          draft={draft}
          personName={person.name}
          submitting={submitting}
          onEdit={(step) => update({ step })}
          onSubmit={() => void submit()}
        />
      )}
      <ErrorText error={error} id="filing-error" />
      <View className="row">
        {draft.step > 0 && (
          <Button
            id="filing-previous"
            className="button button--secondary"
            onClick={() => update({ step: draft.step - 1 })}
          >
            {zh.common.previous}
          </Button>
        )}
        {draft.step < LAST_STEP && (
          <Button
            id="filing-next"
            className="button"
            onClick={() => update({ step: draft.step + 1 })}
          >
            {zh.common.next}
          </Button>
        )}
      </View>
    </View>
  );
}
