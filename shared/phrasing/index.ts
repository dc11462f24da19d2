/**
 * Italian phrasing of the verbale: pure functions from plain values to sentences (or runs where emphasis matters).
 * buildVerbale composes them; nothing else should write a sentence of the minutes.
 */
export * from './format';
export * from './labels';
export * from './articles';
export * from './body-values';
export * from './opening';
export * from './people';
export * from './president';
export * from './movement';
export * from './statement';
export * from './decision';
