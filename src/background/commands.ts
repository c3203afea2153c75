// Keyboard commands (manifest.json `commands`, remappable in the browser) -> what the content
// script of the active tab is asked to do.
import type { StepDirection } from '../shared/messages';

/** Manifest command name -> step direction; names not here are not ours to answer. */
export const STEP_COMMANDS: Readonly<Record<string, StepDirection>> = {
  'next-mention': 'next',
  'previous-mention': 'previous',
};

export function stepForCommand(command: string): StepDirection | undefined {
  return Object.hasOwn(STEP_COMMANDS, command) ? STEP_COMMANDS[command] : undefined;
}
