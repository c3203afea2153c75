// A throwaway folder per browser launch: profile, HOME and TMPDIR all live inside it, because both
// browsers write outside their profiles (crash reports, caches; TESTING.md) and must not touch ours.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface Scratch {
  dir: string;
  profile: string;
  /** The environment for the browser process: ours, with HOME and TMPDIR inside the scratch folder. */
  env: Record<string, string>;
  remove(): Promise<void>;
}

export async function makeScratch(name: string): Promise<Scratch> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `backstory-${name}-`));
  const [profile, home, tmp] = ['profile', 'home', 'tmp'].map((sub) => path.join(dir, sub)) as [string, string, string];
  await Promise.all([profile, home, tmp].map((sub) => mkdir(sub)));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  Object.assign(env, { HOME: home, TMPDIR: tmp, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache') });
  return {
    dir,
    profile,
    env,
    remove: () => rm(dir, { recursive: true, force: true, maxRetries: 3 }),
  };
}
