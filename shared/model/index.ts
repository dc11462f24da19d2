export * from './primitives';
export * from './body';
export * from './meeting';
export * from './integrity';
export * from './time';
export * from './readonly';
