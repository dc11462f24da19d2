import type { Migration } from '../migration';
import { initialSchema } from './001-initial';
import { undoIndex } from './002-undo-index';
import { namedLists } from './003-named-lists';
import { searchIndex } from './004-search-index';
import { storedFiles } from './005-stored-files';
import { verbaleStyle } from './006-verbale-style';
import { bodyFilesOnce } from './007-body-files-once';

/** Every migration, in order. Add new ones at the end with the next number; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [initialSchema, undoIndex, namedLists, searchIndex, storedFiles, verbaleStyle, bodyFilesOnce];
