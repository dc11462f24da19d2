export * from './primitives';
export * from './body';
export * from './letterhead';
export * from './meeting';
export * from './attachment-file';
export * from './integrity';
export * from './time';
export * from './readonly';
