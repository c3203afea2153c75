// Folder -> article texts. Rejects what is not a UTF-8 text article (with the line of the first
// bad byte) and files over the size limit; an unreadable folder is an error, not an exception.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Longest article we derive from. News articles run to tens of KB; a multi-MB `.txt` is a dump
 * or a mistake, and deriving from it would take long and flood the index. Files over it are errors.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface ReadResult {
  articles: { file: string; text: string }[];
  warnings: string[];
  errors: string[];
}

export async function readArticles(dir: string): Promise<ReadResult> {
  const result: ReadResult = { articles: [], warnings: [], errors: [] };
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => /\.txt$/i.test(f)).sort();
  } catch (e: unknown) {
    result.errors.push(`${dir}:1: cannot read the articles folder (${e instanceof Error ? e.message : String(e)})`);
    return result;
  }
  if (!files.length) result.warnings.push(`${dir}:1: no .txt articles in this folder`);
  for (const file of files) {
    const path = join(dir, file);
    try {
      const size = (await stat(path)).size;
      if (size > MAX_ARTICLE_BYTES) {
        result.errors.push(`${file}:1: article is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1048576} MB limit for one article`);
        continue;
      }
      const bytes = await readFile(path);
      const nul = bytes.indexOf(0);
      if (nul >= 0) {
        result.errors.push(`${file}:${lineOfByte(bytes, nul)}: contains NUL bytes; a binary file, not a text article`);
        continue;
      }
      const bad = firstInvalidUtf8(bytes);
      if (bad >= 0) {
        result.errors.push(`${file}:${lineOfByte(bytes, bad)}: invalid UTF-8 (byte 0x${bytes[bad]!.toString(16)} at offset ${bad}); save the article as UTF-8`);
        continue;
      }
      result.articles.push({ file, text: bytes.toString('utf8') });
    } catch (e: unknown) {
      result.errors.push(`${file}:1: cannot read (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  return result;
}

function lineOfByte(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    if (need === 2 && ((b === 0xe0 && bytes[i + 1]! < 0xa0) || (b === 0xed && bytes[i + 1]! > 0x9f))) return i;
    if (need === 3 && ((b === 0xf0 && bytes[i + 1]! < 0x90) || (b === 0xf4 && bytes[i + 1]! > 0x8f))) return i;
    i += need + 1;
  }
  return -1;
}
