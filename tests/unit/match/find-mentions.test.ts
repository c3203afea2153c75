import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/match/compile';
import { findMentions, loadMatcher } from '../../../src/match/find-mentions';
import { matcherFor, mentionsIn } from './helpers';

const NEWS = matcherFor([
  { id: 'place:tehran', name: 'Tehran' },
  { id: 'org:tehran-university', name: 'Tehran University', aliases: ['University of Tehran'] },
  { id: 'place:iran', name: 'Iran' },
  { id: 'place:us', name: 'US', aliases: ['United States'] },
  { id: 'person:trump', name: 'Donald Trump', aliases: ['Trump'] },
  { id: 'org:al-qaeda', name: 'al-Qaeda', aliases: ['al Qaeda'] },
  { id: 'place:cairo', name: 'Cairo' },
  { id: 'person:ali', name: 'Ali' },
  { id: 'person:xi', name: 'Xi' },
  { id: 'org:ap', name: 'AP' },
]);

describe('findMentions: whole words', () => {
  it('finds a name between spaces and punctuation', () => {
    expect(mentionsIn(NEWS, 'Talks in Tehran, then Cairo.')).toEqual([
      ['Tehran', 'place:tehran'],
      ['Cairo', 'place:cairo'],
    ]);
  });

  it('never finds Iran inside Iranian or US inside USB', () => {
    expect(mentionsIn(NEWS, 'Iranian officials bought USB sticks; Iran and the US did not.')).toEqual([
      ['Iran', 'place:iran'],
      ['US', 'place:us'],
    ]);
  });

  it('refuses a digit, an underscore or a combining mark next to a form', () => {
    expect(mentionsIn(NEWS, 'Iran2 _Iran Iran_ Iran\u0301 (Iran)')).toEqual([['Iran', 'place:iran']]);
  });

  it('is case-sensitive as written', () => {
    expect(mentionsIn(NEWS, 'tehran iran us Us')).toEqual([]);
  });
});

describe('findMentions: longest and leftmost', () => {
  it('prefers Tehran University over Tehran', () => {
    expect(mentionsIn(NEWS, 'Students at Tehran University and in Tehran.')).toEqual([
      ['Tehran University', 'org:tehran-university'],
      ['Tehran', 'place:tehran'],
    ]);
  });

  it('falls back to Tehran when the longer form is not a whole word', () => {
    expect(mentionsIn(NEWS, 'Tehran Universitys')).toEqual([['Tehran', 'place:tehran']]);
  });

  it('takes the leftmost of two overlapping forms', () => {
    const m = matcherFor([
      { id: 'a', name: 'New York' },
      { id: 'b', name: 'York Times' },
    ]);
    expect(mentionsIn(m, 'the New York Times said')).toEqual([['New York', 'a']]);
  });

  it('gives a form shared by two entities to the lower entity index', () => {
    const m = matcherFor([
      { id: 'person:first', name: 'Jordan', aliases: [] },
      { id: 'place:second', name: 'Jordan' },
    ]);
    expect(mentionsIn(m, 'Jordan')).toEqual([['Jordan', 'person:first']]);
  });

  it('gives a form as written priority over another entity’s ALL-CAPS variant', () => {
    const m = matcherFor([
      { id: 'nato-lower', name: 'Nato' },
      { id: 'nato-upper', name: 'NATO' },
    ]);
    expect(mentionsIn(m, 'NATO and Nato')).toEqual([
      ['NATO', 'nato-upper'],
      ['Nato', 'nato-lower'],
    ]);
  });
});

describe('findMentions: typography', () => {
  it('finds the name in straight and curly possessives', () => {
    expect(mentionsIn(NEWS, "Trump's plan, Trump’s plan, Trumpʼs plan")).toEqual([
      ['Trump', 'person:trump'],
      ['Trump', 'person:trump'],
      ['Trump', 'person:trump'],
    ]);
  });

  it('matches a hyphenated form written with any dash, and a spaced form across a no-break space', () => {
    const text = 'al‑Qaeda, al–Qaeda, al—Qaeda, al−Qaeda, al\u00A0Qaeda, al\nQaeda';
    expect(mentionsIn(NEWS, text).map(([surface]) => surface)).toEqual([
      'al‑Qaeda', 'al–Qaeda', 'al—Qaeda', 'al−Qaeda', 'al\u00A0Qaeda', 'al\nQaeda',
    ]);
  });

  it('matches a precomposed form in decomposed text and the reverse, offsets in the page text', () => {
    const m = matcherFor([
      { id: 'person:jose', name: 'José' },
      { id: 'place:zurich', name: 'Zu\u0308rich' },
    ]);
    const text = 'Jose\u0301 in Zürich';
    expect(findMentions(m, text)).toEqual([
      { start: 0, end: 5, entity: 0 },
      { start: 9, end: 15, entity: 1 },
    ]);
    expect(mentionsIn(m, 'Josef')).toEqual([]);
  });
});

describe('findMentions: ALL-CAPS', () => {
  it('finds a dateline', () => {
    expect(mentionsIn(NEWS, 'CAIRO — Officials said')).toEqual([['CAIRO', 'place:cairo']]);
  });

  it('finds capitals of a multi-word form and keeps them whole-word', () => {
    expect(mentionsIn(NEWS, 'DONALD TRUMP VISITS TEHRAN UNIVERSITY; ALIBI; ALI')).toEqual([
      ['DONALD TRUMP', 'person:trump'],
      ['TEHRAN UNIVERSITY', 'org:tehran-university'],
      ['ALI', 'person:ali'],
    ]);
  });

  it('gives two-letter forms no ALL-CAPS variant', () => {
    expect(mentionsIn(NEWS, 'SUPER BOWL XI, via AP')).toEqual([['AP', 'org:ap']]);
  });
});

describe('findMentions: scripts', () => {
  const m = matcherFor([
    { id: 'place:moscow', name: 'Москва', aliases: ['Москвы'] },
    { id: 'place:sao-paulo', name: 'São Paulo' },
    { id: 'place:beijing', name: '北京' },
    { id: 'place:tokyo', name: '東京' },
    { id: 'org:samsung', name: 'Samsung' },
  ]);

  it('finds Cyrillic and accented Latin words, not inside longer words', () => {
    expect(mentionsIn(m, 'Из Москвы в Москва-Сити; Москвабад; São Paulo, SãoPaulo')).toEqual([
      ['Москвы', 'place:moscow'],
      ['Москва', 'place:moscow'],
      ['São Paulo', 'place:sao-paulo'],
    ]);
  });

  it('finds a CJK form inside CJK text with no spaces', () => {
    expect(mentionsIn(m, '我在北京大学学习，去过東京。')).toEqual([
      ['北京', 'place:beijing'],
      ['東京', 'place:tokyo'],
    ]);
  });

  it('counts a CJK neighbour as a boundary for a Latin form', () => {
    expect(mentionsIn(m, 'Samsung은 三星Samsung电子')).toEqual([
      ['Samsung', 'org:samsung'],
      ['Samsung', 'org:samsung'],
    ]);
  });

  it('still refuses a letter from outside the BMP next to a form', () => {
    expect(mentionsIn(m, 'Samsung\u{1D400} Samsung\u{1F600}')).toEqual([['Samsung', 'org:samsung']]);
  });
});

describe('findMentions: edge cases', () => {
  it('returns nothing for empty text, an empty index or empty forms', () => {
    expect(findMentions(NEWS, '')).toEqual([]);
    const empty = matcherFor([{ id: 'blank', name: '  ', aliases: [''] }]);
    expect(findMentions(empty, 'anything at all')).toEqual([]);
    expect(findMentions(matcherFor([]), 'Iran')).toEqual([]);
  });

  it('accepts lone surrogates in text and ignores forms that contain them', () => {
    const m = matcherFor([{ id: 'iran', name: 'Iran', aliases: ['Ir\uD800an'] }]);
    expect(mentionsIn(m, '\uDC00Iran\uD800 Ir\uD800an')).toEqual([['Iran', 'iran']]);
  });

  it('survives a JSON round trip with the same results', () => {
    const entities = [
      { id: 'place:tehran', name: 'Tehran', type: 'place' as const, aliases: ['طهران'] },
      { id: 'place:beijing', name: '北京', type: 'place' as const, aliases: ['Beijing'] },
    ];
    const data = compileMatcher(entities);
    const text = 'TEHRAN — طهران, 北京 and Beijing’s Tehran';
    const direct = findMentions(loadMatcher(data), text);
    const loaded = loadMatcher(JSON.parse(JSON.stringify(data)));
    expect(findMentions(loaded, text)).toEqual(direct);
    expect(direct.map((x) => text.slice(x.start, x.end))).toEqual(['TEHRAN', 'طهران', '北京', 'Beijing', 'Tehran']);
  });
});
