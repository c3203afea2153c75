import { describe, expect, it } from 'vitest';
import { createScanner, type Mention } from '../../../src/match/find-mentions';
import { matcherFor, shown } from './helpers';

const M = matcherFor([
  { id: 'place:tehran', name: 'Tehran' },
  { id: 'org:tehran-university', name: 'Tehran University' },
  { id: 'place:iran', name: 'Iran' },
  { id: 'person:jose', name: 'José' },
  { id: 'place:beijing', name: '北京' },
]);

function scanChunks(chunks: string[]): { perPush: Mention[][]; all: Mention[] } {
  const scanner = createScanner(M);
  const perPush = chunks.map((chunk) => scanner.push(chunk));
  const all = [...perPush.flat(), ...scanner.end()];
  return { perPush, all };
}

describe('createScanner', () => {
  it('finds a mention split across text nodes, offsets in the concatenation', () => {
    const chunks = ['At Teh', 'ran Univ', 'ersity, ', 'not Iran', 'ian.'];
    const text = chunks.join('');
    expect(shown(M, text, scanChunks(chunks).all)).toEqual([['Tehran University', 'org:tehran-university']]);
    expect(scanChunks(chunks).all[0]).toEqual({ start: 3, end: 20, entity: 1 });
  });

  it('waits for the next chunk before deciding a form at a chunk end', () => {
    const { perPush, all } = scanChunks(['in Iran', 'ian hands and Iran', ' too']);
    expect(perPush[0]).toEqual([]);
    expect(all).toEqual([{ start: 21, end: 25, entity: 2 }]);
  });

  it('reports mentions as soon as they are settled', () => {
    const { perPush } = scanChunks(['Iran and Tehran, then', ' more']);
    expect(perPush[0]).toEqual([
      { start: 0, end: 4, entity: 2 },
      { start: 9, end: 15, entity: 0 },
    ]);
  });

  it('joins a surrogate pair and a combining mark split across chunks', () => {
    expect(scanChunks(['Jose', '\u0301 ', 'Iran\uD835', '\uDC00 Iran']).all).toEqual([
      { start: 0, end: 5, entity: 3 },
      { start: 13, end: 17, entity: 2 },
    ]);
  });

  it('finds CJK split across chunks and accepts empty chunks', () => {
    expect(scanChunks(['我在北', '', '京', '']).all).toEqual([{ start: 2, end: 4, entity: 4 }]);
  });

  it('starts over after end()', () => {
    const scanner = createScanner(M);
    scanner.push('Teh');
    expect(scanner.end()).toEqual([]);
    scanner.push('Iran');
    expect(scanner.end()).toEqual([{ start: 0, end: 4, entity: 2 }]);
  });
});
