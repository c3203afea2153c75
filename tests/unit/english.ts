// The English messages as browser.i18n.getMessage gives them, for unit tests of code that takes a
// `Translate`: named placeholders ($NAME$, any case) become their content, whose $1…$9 become the
// substitutions; "$$" is a dollar sign; a missing key comes back as the key (platform/i18n.ts).
// `inEnglish` puts a phrase of the settings module in those words, as the pages do with theirs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatPhrase, type Phrase } from '../../src/settings/phrase';
import type { Translate } from '../../src/shared/i18n';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export const MESSAGES_FILE = path.resolve(__dirname, '../../_locales/en/messages.json');
export const CATALOGUE = JSON.parse(readFileSync(MESSAGES_FILE, 'utf8')) as Record<string, MessageEntry>;

function substitute(text: string, substitutions: string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}

export function formatMessage(entry: MessageEntry, substitutions: string[]): string {
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = placeholders[name.toLowerCase()];
    return content === undefined ? whole : substitute(content, substitutions);
  });
  return substitute(named, substitutions);
}

export const english: Translate = (key, ...substitutions) => {
  const entry = CATALOGUE[key];
  return entry ? formatMessage(entry, substitutions.map(String)) : key;
};

export const inEnglish = (phrase: Phrase): string => formatPhrase(english, phrase);
