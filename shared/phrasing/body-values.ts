import type { BodyKind, Gender } from '../model';
import { bodyFullName, bodyShortName, bodySubject, ofEntity } from './articles';

/** What a sentence may know of the body: its name (with gender) and its kind, when the caller has them. */
export interface BodyNaming {
  name?: string;
  gender?: Gender;
  kind?: BodyKind;
}

/** The body placeholders of a style's templates; those the caller cannot fill stay empty. */
export function bodyValues(body: BodyNaming) {
  const named = body.name && body.gender ? { name: body.name.trim().replace(/\.$/, ''), gender: body.gender } : null;
  return {
    organo: named?.name,
    organo_articolo: named ? bodyFullName(named) : undefined,
    dell_organo: named ? ofEntity(named.name, named.gender) : undefined,
    organo_breve: body.kind ? bodyShortName(body.kind) : undefined,
    organo_soggetto: body.kind ? bodySubject(body.kind) : undefined,
  };
}
