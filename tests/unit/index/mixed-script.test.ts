// Chinese and Japanese write no spaces, so Latin names run straight into CJK text
// (`Vellora发言人`, `Quenta Playにて`). An invented article: no form may mix the scripts.
import { describe, expect, it } from 'vitest';
import { deriveIndex } from '../../../src/index/build-index.js';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LATIN = /\p{Script=Latin}/u;

const text = [
  '据Vellora航天局发言人Marisol Tekken表示，Vellora安全负责人随后的审查发现并没有证据支持这一指控。',
  'Vellora称，Marisol Tekken将于下月访问Brenholt。Quenta Labs的研究结果发表在科学刊物上，Quenta Labs表示这一系统可以自学。',
  'このアプリはQuenta Playにて販売され、Quenta Storeおよび他のストアでも入手できる。',
  'Brenholt市长Oskar Lindqvar说：“我们欢迎Vellora。”',
].join('\n\n');

describe('an article that mixes Latin names into CJK text', () => {
  const { index, errors } = deriveIndex([{ file: 'mixed.txt', text }]);
  const forms = index.entities.flatMap((e) => [e.name, ...e.aliases]);

  it('derives without errors', () => expect(errors).toEqual([]));
  it('never glues CJK text onto a Latin name', () => {
    expect(forms.filter((f) => CJK.test(f) && LATIN.test(f))).toEqual([]);
  });
  it('keeps the Latin names whole', () => {
    expect(forms).toContain('Marisol Tekken');
    expect(forms.filter((f) => f.startsWith('Vellora'))).toEqual(forms.filter((f) => f === 'Vellora'));
  });
});
