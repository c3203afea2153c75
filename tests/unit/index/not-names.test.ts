// Everyday nouns capitalised for emphasis or as a feature's label are not entities; the names
// around them stay (an invented article).
import { describe, expect, it } from 'vitest';
import { deriveIndex } from '../../../src/index/build-index.js';

const text = [
  'Phone review: a quiet upgrade',
  '',
  'The new Corvane handset from Telvex keeps Messages and Photos where they were, and the elders of the village, the Aunties, still prefer paper.',
  '',
  'Telvex chief executive Imogen Harrow said the company tested the handset for weeks before launch.',
  '',
  'At the factory gate stands the Whenuroa, a carved family marker, which workers touch for luck.',
  '',
  'The handset costs as much as a used Morgan Cruiser. Its battery holds lithium tetrafluorate, known as LTF, which Telvex buys abroad.',
  '',
  'Harrow, who won the Calloway Prize for Investigative Journalism in 2011, also tested a skin patch called Dermavex.',
].join('\n');

describe('plurals of common nouns', () => {
  const { index } = deriveIndex([{ file: 'review.txt', text }]);
  const forms = index.entities.flatMap((e) => [e.name, ...e.aliases]);
  it('are not names', () => {
    for (const word of ['Messages', 'Photos', 'Aunties']) expect(forms).not.toContain(word);
  });
  it('nor is a thing the article glosses for its readers (`the X, a carved marker,`)', () => {
    expect(forms).not.toContain('Whenuroa');
  });
  it('nor a prize category or a product introduced as one (`a patch called X`)', () => {
    expect(forms).not.toContain('Investigative Journalism');
    expect(forms).not.toContain('Dermavex');
  });
  it('nor a thing counted with an article and an adjective (`a used Morgan Cruiser.`)', () => {
    expect(forms).not.toContain('Morgan Cruiser');
  });
  it('nor another name for a thing named in lower case (`tetrafluorate, known as LTF`)', () => {
    expect(forms).not.toContain('LTF');
  });
  it('leave real names alone', () => {
    expect(forms).toContain('Imogen Harrow');
    expect(forms).toContain('Telvex');
  });
});
