// Curators' corrections (seeds/overrides.json, format in OVERRIDES.md): drop, merge, rename,
// retype an entity, add an alias. Validated; every problem is `overrides.json:line: what`.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isEntityType, type EntityType } from '../shared/entity-index.js';
import type { MergedEntity } from './merge.js';
import { slugify } from './forms.js';

export interface Overrides {
  file: string;
  /** The JSON text, to give each problem its line. */
  source: string;
  drop: string[];
  merge: { into: string; from: string[] }[];
  rename: { entity: string; name: string }[];
  retype: { entity: string; type: string }[];
  alias: { entity: string; alias: string }[];
}

export async function readOverrides(path: string): Promise<{ overrides?: Overrides; errors: string[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e: unknown) {
    return { errors: [`${basename(path)}:1: cannot read overrides (${e instanceof Error ? e.message : String(e)})`] };
  }
  return parseOverrides(basename(path), text);
}

export function parseOverrides(file: string, text: string): { overrides?: Overrides; errors: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e: unknown) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : offsetOfUnexpectedToken(text);
    const before = text.slice(0, offset).split('\n');
    return { errors: [`${file}:${before.length}:${before[before.length - 1]!.length + 1}: invalid JSON: ${message.replace(/ in JSON at position.*$/, '')}`] };
  }
  const errors: string[] = [];
  const line = (value: unknown): number => {
    const at = text.indexOf(JSON.stringify(value));
    return at < 0 ? 1 : text.slice(0, at).split('\n').length;
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { errors: [`${file}:1: overrides must be a JSON object`] };
  const o = raw as Record<string, unknown>;
  if (o['version'] !== 1) errors.push(`${file}:${line('version')}: "version" must be 1`);
  const known = ['version', 'drop', 'merge', 'rename', 'retype', 'alias', '_about'];
  for (const k of Object.keys(o)) if (!known.includes(k)) errors.push(`${file}:${line(k)}: unknown key "${k}" (expected one of ${known.join(', ')})`);
  const list = (key: string): unknown[] => {
    const v = o[key];
    if (v === undefined) return [];
    if (Array.isArray(v)) return v;
    errors.push(`${file}:${line(key)}: "${key}" must be an array`);
    return [];
  };
  const str = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
  const obj = (key: string, fields: string[]): Record<string, unknown>[] => list(key).filter((item): item is Record<string, unknown> => {
    const ok = typeof item === 'object' && item !== null && fields.every((f) => f === 'from' ? Array.isArray((item as Record<string, unknown>)[f]) && ((item as Record<string, unknown>)[f] as unknown[]).every(str) : str((item as Record<string, unknown>)[f]));
    if (!ok) errors.push(`${file}:${line(item)}: each "${key}" item needs ${fields.map((f) => `"${f}"`).join(' and ')} (strings)`);
    return ok;
  });
  const drop = list('drop').filter((v): v is string => {
    if (!str(v)) errors.push(`${file}:${line('drop')}: "drop" items must be entity names or ids`);
    return str(v);
  });
  const retype = obj('retype', ['entity', 'type']) as { entity: string; type: string }[];
  for (const r of retype) if (!isEntityType(r.type)) errors.push(`${file}:${line(r.type)}: type must be person, place or organization, not "${r.type}"`);
  return {
    overrides: {
      file, source: text, drop, retype,
      merge: obj('merge', ['into', 'from']) as { into: string; from: string[] }[],
      rename: obj('rename', ['entity', 'name']) as { entity: string; name: string }[],
      alias: obj('alias', ['entity', 'alias']) as { entity: string; alias: string }[],
    },
    errors,
  };
}

/** Node 20 names no position for `Unexpected token`: the shortest prefix that fails on it ends there. */
function offsetOfUnexpectedToken(text: string): number {
  for (let i = 1; i <= text.length; i++) {
    try {
      JSON.parse(text.slice(0, i));
    } catch (e: unknown) {
      if (e instanceof Error && e.message.startsWith('Unexpected token')) return i - 1;
    }
  }
  return text.length;
}

/** Applies overrides in a fixed order (drop, merge, rename, retype, alias); unknown entities are errors. */
export function applyOverrides(entities: MergedEntity[], o: Overrides): { entities: MergedEntity[]; errors: string[] } {
  const errors: string[] = [];
  let list = [...entities];
  const find = (ref: string): MergedEntity | undefined => {
    const hit = list.find((e) => e.name === ref || `${e.type}:${slugify(e.name)}` === ref);
    if (!hit) {
      const at = o.source.indexOf(JSON.stringify(ref));
      errors.push(`${o.file}:${at < 0 ? 1 : o.source.slice(0, at).split('\n').length}: unknown entity "${ref}" (use an entity's name or id)`);
    }
    return hit;
  };
  for (const ref of o.drop) {
    const e = find(ref);
    if (e) list = list.filter((x) => x !== e);
  }
  for (const { into, from } of o.merge) {
    const target = find(into);
    for (const ref of from) {
      const e = find(ref);
      if (!target || !e || e === target) continue;
      target.parts.push(...e.parts);
      for (const f of [...e.forms, e.name]) target.forms.add(f);
      list = list.filter((x) => x !== e);
    }
  }
  for (const { entity, name } of o.rename) {
    const e = find(entity);
    if (e) {
      e.forms.add(e.name);
      e.name = name;
    }
  }
  for (const { entity, type } of o.retype) {
    const e = find(entity);
    if (e && isEntityType(type)) e.type = type as EntityType;
  }
  for (const { entity, alias } of o.alias) find(entity)?.forms.add(alias);
  return { entities: list, errors };
}
