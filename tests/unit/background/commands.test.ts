import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STEP_COMMANDS, stepForCommand } from '../../../src/background/commands';

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../manifest.json'), 'utf8')) as {
  commands: Record<string, { suggested_key?: Record<string, string>; description?: string }>;
};

describe('keyboard commands', () => {
  it('maps next and previous mention to steps, and nothing else', () => {
    expect(stepForCommand('next-mention')).toBe('next');
    expect(stepForCommand('previous-mention')).toBe('previous');
    expect(stepForCommand('toString')).toBeUndefined();
    expect(stepForCommand('_execute_action')).toBeUndefined();
  });

  it('answers exactly the commands the manifest declares, each described, with distinct suggested keys', () => {
    expect(Object.keys(manifest.commands).sort()).toEqual(Object.keys(STEP_COMMANDS).sort());
    const keys = Object.values(manifest.commands).map((command) => command.suggested_key?.default);
    expect(new Set(keys).size).toBe(keys.length);
    for (const command of Object.values(manifest.commands)) {
      expect(command.description).toBeTruthy();
      // Chrome accepts a suggested key only with Ctrl or Alt (MacCtrl/Command on a Mac).
      expect(command.suggested_key?.default).toMatch(/^(Ctrl|Alt)\+/);
    }
  });
});
