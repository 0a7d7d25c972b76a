// The agreement between a detection's Sigma rules and its hand-written SIEM queries (see check.ts).

export { catalogAgreement } from './catalog';
export { type AgreementQuery, checkQueryAgreement } from './check';
