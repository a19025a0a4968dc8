// Filing use cases (issue 3): file, read, supplement, change, cancel, extend, and the approval a
// reviewer gives. Each takes the repositories and a clock, so it runs without HTTP.
export type { Actor, FilingServiceDeps } from './common/deps';
export type { FilingView } from './common/present';
export { presentFiling } from './common/present';
export { filingStateOf } from './common/filingState';
export { fileFiling, filingNumberOf } from './file/fileFiling';
export type { FileFilingInput } from './file/input';
export { getFiling } from './read/getFiling';
export { listFilings } from './read/listFilings';
export type { GetFilingInput, ListFilingsInput } from './read/input';
export { supplementFiling } from './supplement/supplementFiling';
export type { SupplementFilingInput } from './supplement/input';
export { changeFiling } from './change/changeFiling';
export type { ChangeFilingInput } from './change/input';
export { cancelFiling } from './cancel/cancelFiling';
export type { CancelFilingInput } from './cancel/input';
export { extendFiling } from './extend/extendFiling';
export type { ExtendFilingInput } from './extend/input';
export { recordAdmission } from './admission/recordAdmission';
export type { RecordAdmissionInput } from './admission/input';
export { approveFiling } from './approve/approveFiling';
export type { ApproveFilingInput, Reviewer } from './approve/input';
