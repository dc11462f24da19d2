/** Hash routes: the app also runs from app:// and file-less servers, so no history API. */
export type Route =
  | { name: 'home' }
  | { name: 'newBody' }
  | { name: 'body'; bodyId: string }
  | { name: 'setup'; meetingId: string }
  /** `entryId`: open the meeting at that entry (a search hit). */
  | { name: 'live'; meetingId: string; entryId?: string }
  | { name: 'close'; meetingId: string }
  | { name: 'revision'; meetingId: string; revision: number }
  | { name: 'chair'; meetingId: string }
  | { name: 'notFound'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, id, sub, number] = parts;
  if (parts.length === 0) return { name: 'home' };
  if (first === 'body' && id === 'new') return { name: 'newBody' };
  if (first === 'body' && id) return { name: 'body', bodyId: id };
  if (first === 'chair' && id) return { name: 'chair', meetingId: id };
  if (first === 'meeting' && id && sub === 'setup') return { name: 'setup', meetingId: id };
  if (first === 'meeting' && id && sub === 'close') return { name: 'close', meetingId: id };
  if (first === 'meeting' && id && sub === 'revision' && number && /^[1-9][0-9]{0,5}$/.test(number)) return { name: 'revision', meetingId: id, revision: Number(number) };
  if (first === 'meeting' && id && sub === 'entry' && number && parts.length === 4) return { name: 'live', meetingId: id, entryId: number };
  if (first === 'meeting' && id && !sub) return { name: 'live', meetingId: id };
  return { name: 'notFound', path };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'newBody':
      return '#/body/new';
    case 'body':
      return `#/body/${encodeURIComponent(route.bodyId)}`;
    case 'setup':
      return `#/meeting/${encodeURIComponent(route.meetingId)}/setup`;
    case 'live':
      return `#/meeting/${encodeURIComponent(route.meetingId)}${route.entryId ? `/entry/${encodeURIComponent(route.entryId)}` : ''}`;
    case 'close':
      return `#/meeting/${encodeURIComponent(route.meetingId)}/close`;
    case 'revision':
      return `#/meeting/${encodeURIComponent(route.meetingId)}/revision/${route.revision}`;
    case 'chair':
      return `#/chair/${encodeURIComponent(route.meetingId)}`;
    case 'notFound':
      return '#/';
  }
}
