export * from './primitives';
export * from './body';
export * from './letterhead';
export * from './meeting';
export * from './integrity';
export * from './time';
export * from './readonly';
