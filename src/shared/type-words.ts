// An entity type in words, four ways (a card's badge, running text, a group's heading, a list in
// running text): separate messages, because a lower-cased label is wrong in many languages.
import type { EntityType } from './entity-index';
import type { Translate } from './i18n';

/** "Person", "Place", "Organisation". */
export function typeLabel(t: Translate, type: EntityType): string {
  if (type === 'person') return t('typePerson');
  if (type === 'place') return t('typePlace');
  return t('typeOrganization');
}

/** "person", "place", "organisation": inside a sentence. */
export function typeInText(t: Translate, type: EntityType): string {
  if (type === 'person') return t('typePersonInText');
  if (type === 'place') return t('typePlaceInText');
  return t('typeOrganizationInText');
}

/** "People", "Places", "Organisations": a heading or a choice. */
export function typePlural(t: Translate, type: EntityType): string {
  if (type === 'person') return t('typePeople');
  if (type === 'place') return t('typePlaces');
  return t('typeOrganizations');
}

/** "people", "places", "organisations": inside a sentence. */
export function typePluralInText(t: Translate, type: EntityType): string {
  if (type === 'person') return t('typePeopleInText');
  if (type === 'place') return t('typePlacesInText');
  return t('typeOrganizationsInText');
}
