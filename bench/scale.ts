// Matcher scale: throughput with indexes of 30 to 100,000 entities against one RegExp alternation
// of the same forms, plus the compiled matcher's size and load time at each size.
import { compileMatcher } from '../src/match/compile';
import { findMentions, loadMatcher } from '../src/match/find-mentions';
import { generateEntities, generateText } from './generate';
import { timeRuns, type Sample } from './stats';

export interface ScaleRow {
  entities: number;
  compileMs: number;
  dataBytes: number;
  load: Sample;
  ours: Sample;
  oursMBps: number;
  regex: Sample;
  regexMBps: number;
  regexTextBytes: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The straightforward alternative: one alternation, longest forms first, Unicode word edges. */
function regexMatcher(forms: string[]): (text: string) => number {
  const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}_])(?:${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}\\p{M}_])`, 'gu');
  return (text) => {
    let count = 0;
    pattern.lastIndex = 0;
    while (pattern.exec(text)) count++;
    return count;
  };
}

export function measureScale(sizes: number[], textBytes: number, runs: number): ScaleRow[] {
  return sizes.map((size) => {
    const entities = generateEntities(size);
    // Each index is read over text that mentions its own entities at the same density, so every
    // size does the same amount of reporting work per byte.
    const text = generateText(entities, textBytes);
    let started = performance.now();
    const data = compileMatcher(entities);
    const compileMs = performance.now() - started;
    const json = JSON.stringify(data);
    const load = timeRuns(() => loadMatcher(JSON.parse(json)), Math.min(runs, 5));
    const matcher = loadMatcher(data);
    // Several unmeasured runs first: the first size measured would otherwise pay for JIT warm-up.
    const ours = timeRuns(() => findMentions(matcher, text), runs, 3);
    // The alternation is slow at scale: give it a smaller slice and report its MB/s.
    const regexText = text.slice(0, size > 5_000 ? Math.min(textBytes, 100_000) : textBytes);
    started = performance.now();
    const countRegex = regexMatcher(entities.flatMap((e) => [e.name, ...e.aliases]));
    countRegex('warm up');
    const regex = timeRuns(() => countRegex(regexText), Math.min(runs, size > 5_000 ? 3 : runs), 2);
    return {
      entities: size,
      compileMs,
      dataBytes: json.length,
      load,
      ours,
      oursMBps: textBytes / 1e6 / (ours.median / 1000),
      regex,
      regexMBps: regexText.length / 1e6 / (regex.median / 1000),
      regexTextBytes: regexText.length,
    };
  });
}
