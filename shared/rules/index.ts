export * from './types';
export * from './presence';
export * from './quorum';
export * from './tally';
export * from './outcome';
export * from './check';
export * from './population-weight';
