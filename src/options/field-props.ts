// What every field component gets: its setting's key and value, its save status, and a way to
// commit a valid value, which saves it (typed fields commit once typing pauses: use-typed-commit.ts).
import type { SettingKey, Settings } from '../settings/schema';
import type { FieldStatus } from './options-state';

export interface FieldProps<K extends SettingKey> {
  settingKey: K;
  value: Settings[K];
  status: FieldStatus | undefined;
  onCommit: (value: Settings[K]) => void;
}
