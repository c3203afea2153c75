// A list too long for one storage.sync item (8 KB per key) is stored in parts: `key` holds the first,
// `key.1`, `key.2`, … the rest, and `key.parts` how many there are. One set() writes every part and
// the count together, so a reader never joins parts of two different lists: parts past the count
// (left by a longer list until the save removes them) are never read. A list that fits in one item
// is stored as before, `key` alone, which is also what versions without parts read.
import { phrase, type Phrase } from './phrase';
import { storedBytes, SYNC_ITEM_BYTES } from './validate';

const COUNT_SUFFIX = '.parts';
/** Far above 100 KB / 8 KB; a larger count is not ours. */
const MAX_PARTS = 64;

export const partKey = (key: string, index: number): string => (index === 0 ? key : `${key}.${index}`);
export const countKey = (key: string): string => key + COUNT_SUFFIX;

/** True for `key.1`, `key.2`, … and `key.parts`: storage keys that belong to `key`'s list. */
export function isPartOf(storageKey: string, key: string): boolean {
  if (!storageKey.startsWith(key + '.')) return false;
  const rest = storageKey.slice(key.length + 1);
  return rest === COUNT_SUFFIX.slice(1) || /^[1-9]\d*$/.test(rest);
}

/** The storage items for `list` under `key`: one item if it fits, else parts of at most `maxBytes` each. */
export function splitList(key: string, list: readonly unknown[], maxBytes = SYNC_ITEM_BYTES): Record<string, unknown> {
  const parts: unknown[][] = [[]];
  // Bytes of the part being filled, as storedBytes counts them; the key's digits are reserved up front.
  const emptyBytes = (index: number) => storedBytes(partKey(key, index), []);
  let bytes = emptyBytes(0);
  for (const item of list) {
    const itemBytes = storedBytes('', item);
    const current = parts.at(-1)!;
    const added = itemBytes + (current.length > 0 ? 1 : 0);
    if (current.length > 0 && bytes + added > maxBytes) {
      parts.push([item]);
      bytes = emptyBytes(parts.length - 1) + itemBytes;
    } else {
      current.push(item);
      bytes += added;
    }
  }
  const items: Record<string, unknown> = {};
  parts.forEach((part, index) => (items[partKey(key, index)] = part));
  if (parts.length > 1) items[countKey(key)] = parts.length;
  return items;
}

export interface Joined {
  /** The record with `key` holding the whole list and no part keys left. */
  record: Record<string, unknown>;
  /** What was wrong with the parts (a missing part, a bad count). */
  problems: Phrase[];
}

/** Joins the parts of `key`'s list in a stored record; never throws, never mutates `raw`. */
export function joinParts(raw: Readonly<Record<string, unknown>>, key: string): Joined {
  const record: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) if (!isPartOf(name, key)) record[name] = value;
  const problems: Phrase[] = [];
  if (!Object.hasOwn(raw, countKey(key))) return { record, problems };
  const count = raw[countKey(key)];
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_PARTS) {
    problems.push(phrase('storedBadPartCount', key, JSON.stringify(count) ?? String(count)));
    return { record, problems };
  }
  if (!Array.isArray(raw[key])) return { record, problems };
  const joined: unknown[] = [...(raw[key] as unknown[])];
  for (let index = 1; index < count; index++) {
    const part = raw[partKey(key, index)];
    if (Array.isArray(part)) joined.push(...(part as unknown[]));
    else problems.push(phrase('storedMissingPart', index + 1, count, key));
  }
  record[key] = joined;
  return { record, problems };
}

/**
 * Items to add to a save's set() so that a list that shrank to one part is read as one at once:
 * storage still holds the longer list's count and parts until the save removes them afterwards.
 */
export function shrinkBridge(stored: Readonly<Record<string, unknown>>, items: Readonly<Record<string, unknown>>, key: string): Record<string, unknown> {
  const hadParts = Object.hasOwn(stored, countKey(key));
  return hadParts && Object.hasOwn(items, key) && !Object.hasOwn(items, countKey(key)) ? { [countKey(key)]: 1 } : {};
}
