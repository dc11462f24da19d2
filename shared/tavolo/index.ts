/** Tavoli di co-programmazione: the verbale of a session, the register of the organisations, the documento di sintesi. */
export { buildTavoloVerbale, CATEGORY_NAMES } from './session-verbale';
export { tavoloRegister, sessionNumberOf, type RegisterRow } from './register';
export { tavoloSintesi, buildSintesiDocument, type SintesiTopic, type SintesiPoint } from './sintesi';
export { tavoloEntryLine } from './entries';
export { CATEGORY_LABELS, PROCEDURE_KIND_NAMES, STAFF_FUNCTION_NAMES, attendanceSummary } from './naming';
export {
  DEFAULT_OBSERVATION_DAYS,
  emptyTavoloSession,
  presenceLine,
  presenceOf,
  representativesForQuery,
  withKeyMark,
  withPresence,
  withTimes,
  type KeyMarkOutcome,
  type RepresentativeMatch,
  type TavoloPresence,
} from './attendance';
