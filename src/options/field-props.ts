// What every field component gets: its setting's key and value, its save status, and a way to
// commit a valid value (saved after `delayMs`, so typing makes one write per pause).
import type { SettingKey, Settings } from '../settings/schema';
import type { FieldStatus } from './options-state';

export interface FieldProps<K extends SettingKey> {
  settingKey: K;
  value: Settings[K];
  status: FieldStatus | undefined;
  onCommit: (value: Settings[K], delayMs: number) => void;
}

/** Clicks and choices save at once. */
export const CHOSEN_SAVE_DELAY_MS = 0;
