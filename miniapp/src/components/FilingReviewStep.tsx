// The last step of a filing: everything as it will be sent, what is still missing, and the
// one submit button. The body is checked with the API's own schema before it is sent.
import { Button, Text, View } from '@tarojs/components';
import { CATEGORY_LABELS, DOC_TYPE_LABELS } from '@yidi/shared';
import { buildFilingBody, type FilingDraft } from '../drafts/filingDraft';
import { readableDate } from '../format/dates';
import { zh } from '../i18n/zh';

function Row({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <Text className="hint" id={id}>
      {label}：{value}
    </Text>
  );
}

export function FilingReviewStep({
  draft,
  personName,
  submitting,
  onEdit,
  onSubmit,
}: {
  draft: FilingDraft;
  personName: string;
  submitting: boolean;
  onEdit: (step: number) => void;
  onSubmit: () => void;
}) {
  const built = buildFilingBody(draft);
  const proofText =
    draft.proofKind === 'COMMITMENT'
      ? `${zh.filing.proofKindCommitment}（${draft.commitment.missing.map((d) => DOC_TYPE_LABELS[d]).join('、')}）`
      : draft.materials.length > 0
        ? zh.filing.materialsCount(draft.materials.length)
        : zh.filing.noMaterials;
  return (
    <View id="filing-review">
      <Text className="title">{zh.filing.reviewTitle}</Text>
      <View className="card">
        <Row id="review-person" label={zh.filing.personLabel} value={personName} />
        <Row
          id="review-category"
          label={zh.filing.categoryLabel}
          value={CATEGORY_LABELS[draft.category]}
        />
        <Row
          id="review-destination"
          label={zh.filing.destinationLabel}
          value={draft.destination?.name ?? '—'}
        />
        <Button
          id="review-edit-destination"
          className="button button--secondary"
          onClick={() => onEdit(0)}
        >
          {zh.filing.editDestination}
        </Button>
        <Row
          id="review-start-date"
          label={zh.filing.startDateLabel}
          value={readableDate(draft.startDate) || '—'}
        />
        {draft.proofEndDate && (
          <Row
            id="review-proof-end-date"
            label={zh.filing.proofEndDateLabel}
            value={readableDate(draft.proofEndDate)}
          />
        )}
        <Row
          id="review-address"
          label={zh.filing.addressLabel}
          value={draft.contact.address || '—'}
        />
        <Row id="review-phone" label={zh.filing.phoneLabel} value={draft.contact.phone || '—'} />
        <Button
          id="review-edit-contact"
          className="button button--secondary"
          onClick={() => onEdit(1)}
        >
          {zh.filing.editContact}
        </Button>
        <Row id="review-proof" label={zh.filing.proofLabel} value={proofText} />
        <Button
          id="review-edit-proof"
          className="button button--secondary"
          onClick={() => onEdit(2)}
        >
          {zh.filing.editProof}
        </Button>
      </View>
      {!built.ok && (
        <View className="notice" id="review-missing">
          <Text className="field-label">{zh.filing.missingFields}</Text>
          {Object.entries(built.fields).map(([field, message]) => (
            <Text key={field} className="error-text" data-testid="review-missing-field">
              ⚠ {message}
            </Text>
          ))}
        </View>
      )}
      {submitting && <Text className="hint">{zh.common.submitting}</Text>}
      <Button
        id="filing-submit"
        className={!built.ok || submitting ? 'button button--disabled' : 'button'}
        disabled={!built.ok || submitting}
        onClick={onSubmit}
      >
        {zh.filing.submit}
      </Button>
    </View>
  );
}
