import type { Migration } from '../migration';
import { SEARCH_SCHEMA, rebuildSearchIndex } from '../../search/search-index';

/** The archive search on FTS5 (electron/backend/search/search-index.ts), filled from the meetings already stored. */
export const searchIndex: Migration = {
  version: 4,
  name: 'indice di ricerca',
  up(db) {
    db.exec(SEARCH_SCHEMA);
    rebuildSearchIndex(db);
  },
};
