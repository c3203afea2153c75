// Merged entity -> display name and aliases that obey INDEX-FORMAT.md: each occurs as a whole word
// in an article that lists the entity, no possessives, no duplicates, never the name itself.
import type { ParsedArticle } from './parse-article.js';
import type { MergedEntity } from './merge.js';
import { normalizeForm } from './forms.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function finalizeForms(m: MergedEntity, articleOf: (id: string) => ParsedArticle | undefined): { name: string; aliases: string[] } {
  const texts = [...new Set(m.parts.map((p) => p.article))].map((id) => {
    const a = articleOf(id);
    return a ? normalizeForm([a.title ?? '', a.byline ?? '', ...a.paragraphs.map((p) => p.text)].join('\n')) : '';
  });
  const occurs = (form: string): boolean => {
    const re = new RegExp(`(?<![\\p{L}\\p{N}@#])${escape(normalizeForm(form))}(?![\\p{L}\\p{N}])`, 'u');
    return texts.some((t) => re.test(t));
  };
  const name = m.name;
  const seen = new Set([normalizeForm(name)]);
  const aliases: string[] = [];
  for (const form of [...m.forms].sort()) {
    const key = normalizeForm(form);
    if (seen.has(key) || /['’]s$/.test(form) || !occurs(form)) continue;
    seen.add(key);
    aliases.push(form);
  }
  return { name, aliases };
}
