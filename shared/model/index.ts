export * from './primitives';
export * from './body';
export * from './meeting';
