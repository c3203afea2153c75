// Sizes a user pays for: the content script (raw and gzip), index bytes per entity, and the
// extension's files compressed as a store package would be.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Sizes {
  contentRaw: number;
  contentGzip: number;
  indexBytesPerEntity: number;
  entities: number;
  extensionDeflated: number;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

export function measureSizes(dist: string): Sizes {
  if (!existsSync(path.join(dist, 'chrome/content.js'))) throw new Error(`no build in ${dist}: run npm run build first`);
  const content = readFileSync(path.join(dist, 'chrome/content.js'));
  const indexText = readFileSync(path.join(dist, 'index.json'));
  const entities = (JSON.parse(indexText.toString('utf8')) as { entities: unknown[] }).entities.length;
  const extensionDeflated = files(path.join(dist, 'chrome')).reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  return {
    contentRaw: content.length,
    contentGzip: gzipSync(content, { level: 9 }).length,
    indexBytesPerEntity: Buffer.byteLength(JSON.stringify(JSON.parse(indexText.toString('utf8')))) / entities,
    entities,
    extensionDeflated,
  };
}
