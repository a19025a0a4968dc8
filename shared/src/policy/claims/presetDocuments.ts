// The document lists the presets use for claims: HA-18's own words per kind, and the bills alone
// where a notice lists nothing (AH-47, PZH, YJ): settling "按参保地目录" needs the receipt and the
// itemised bill, and asking for more than that would be a list no notice gave (AH-12-4, HA-18).
import type { ClaimKind, DocType } from '../../schemas/enums';

export interface ClaimDocumentInput {
  docType: DocType;
  alsoAccepted: DocType[];
  label: string;
}
export type ClaimDocumentsInput = Record<ClaimKind, ClaimDocumentInput[]>;

const doc = (docType: DocType, label: string, alsoAccepted: DocType[] = []) => ({
  docType,
  alsoAccepted,
  label,
});

/** 淮安 第十八条 (一)–(四), word for word. */
export const HA18_DOCUMENTS: ClaimDocumentsInput = {
  INPATIENT: [
    doc('RECEIPT', '医院收费票据'),
    doc('ITEMISED_BILL', '住院费用清单'),
    doc('DIAGNOSIS', '诊断证明（或出院小结）', ['DISCHARGE_SUMMARY']),
  ],
  OUTPATIENT: [
    doc('RECEIPT', '医院收费票据'),
    doc('ITEMISED_BILL', '门诊费用清单'),
    doc('PRESCRIPTION', '门诊处方底方（或门诊病历）'),
  ],
  EMERGENCY: [
    doc('RECEIPT', '医院收费票据'),
    doc('ITEMISED_BILL', '医药费明细清单'),
    doc('DIAGNOSIS', '急诊诊断证明（或急诊病历）'),
  ],
  MATERNITY: [
    doc('RECEIPT', '生育或产前检查医药费票据'),
    doc('ITEMISED_BILL', '医疗费明细清单'),
    doc('DISCHARGE_SUMMARY', '出院小结'),
  ],
};

const BILLS = [doc('RECEIPT', '医院收费票据'), doc('ITEMISED_BILL', '费用明细清单')];

/** Where the notice lists no claim documents: the bills, for every kind. */
export const BILLS_ONLY: ClaimDocumentsInput = {
  INPATIENT: BILLS,
  OUTPATIENT: BILLS,
  EMERGENCY: BILLS,
  MATERNITY: BILLS,
};

export const ALL_CLAIM_KINDS: ClaimKind[] = ['INPATIENT', 'OUTPATIENT', 'EMERGENCY', 'MATERNITY'];
