// When the popover shows and hides, as a pure reducer after MediaWiki Page Previews
// (src/reducers/preview.js). Pointer, keyboard and touch share it: the DOM glue turns callbacks into
// HoverEvents and runs the HoverEffects it gets back; it keeps at most one timer per kind.
//
//   idle --enter--> pending --dwell--> open --leave--> closing --hide--> idle
//   keyboard-open and tap open at once from any phase; Escape and tap-elsewhere close at once.
//
// Every started timer gets a new token; an elapsed event whose token is not the state's is late.

/** Page Previews' dwell: passing over a mention on the way elsewhere must not open it. */
export const DEFAULT_SHOW_DELAY_MS = 500;
/** Page Previews' hide delay: time to cross the gap onto the popover, or a mention's line wrap. */
export const DEFAULT_HIDE_DELAY_MS = 300;

export interface HoverDelays {
  showDelayMs: number;
  hideDelayMs: number;
}
export const DEFAULT_HOVER_DELAYS: HoverDelays = { showDelayMs: DEFAULT_SHOW_DELAY_MS, hideDelayMs: DEFAULT_HIDE_DELAY_MS };

/** One mention on the page; `key` tells mentions apart (two mentions of one entity differ). */
export interface MentionRef {
  key: string;
  entityId: string;
}
/** How the shown popover was opened: only a pointer-opened one closes when the pointer leaves. */
export type OpenVia = 'pointer' | 'keyboard' | 'tap';
export interface Shown {
  mention: MentionRef;
  via: OpenVia;
}

export type HoverState =
  | { phase: 'idle'; token: number }
  /** Dwell timer running for `target`; `shown` stays visible meanwhile (no flicker on switching). */
  | { phase: 'pending'; token: number; target: MentionRef; shown: Shown | null }
  | { phase: 'open'; token: number; shown: Shown }
  /** Hide timer running; re-entering the mention or the popover keeps it. */
  | { phase: 'closing'; token: number; shown: Shown };

export type HoverEvent =
  | { type: 'mention-enter'; mention: MentionRef }
  | { type: 'mention-leave'; key: string }
  | { type: 'popover-enter' }
  | { type: 'popover-leave' }
  | { type: 'dwell-elapsed'; token: number }
  | { type: 'hide-elapsed'; token: number }
  | { type: 'escape' }
  | { type: 'keyboard-open'; mention: MentionRef }
  | { type: 'mention-tap'; mention: MentionRef }
  | { type: 'tap-elsewhere' };

export type TimerKind = 'dwell' | 'hide';
export type HoverEffect =
  | { kind: 'start-timer'; timer: TimerKind; ms: number; token: number }
  | { kind: 'cancel-timer'; timer: TimerKind }
  /** Render the popover for `mention` (replacing any shown one). */
  | { kind: 'show'; mention: MentionRef; via: OpenVia }
  | { kind: 'hide' }
  /** After Escape: put focus back where reading was, if it was inside the popover. */
  | { kind: 'restore-focus' };

/** No effects means the event changed nothing: the glue should not consume it (e.g. Escape). */
export interface HoverStep {
  state: HoverState;
  effects: HoverEffect[];
}

export const INITIAL_HOVER_STATE: HoverState = { phase: 'idle', token: 0 };

/** Next state and effects; never throws, never mutates `state`. */
export function reduceHover(state: HoverState, event: HoverEvent, delays: HoverDelays = DEFAULT_HOVER_DELAYS): HoverStep {
  switch (event.type) {
    case 'mention-enter':
      return enterMention(state, event.mention, delays);
    case 'mention-leave':
      return leaveMention(state, event.key, delays);
    case 'popover-enter':
      // Only a shown popover can be entered; while pending over another mention, the pointer left it.
      if (state.phase === 'closing' || state.phase === 'pending') return state.shown ? keepOpen(state, state.shown) : unchanged(state);
      return unchanged(state);
    case 'popover-leave':
      return state.phase === 'open' && state.shown.via === 'pointer' ? startHide(state, state.shown, delays) : unchanged(state);
    case 'dwell-elapsed':
      if (state.phase !== 'pending' || event.token !== state.token) return unchanged(state);
      return show(state, [], state.target, 'pointer');
    case 'hide-elapsed':
      if (state.phase !== 'closing' || event.token !== state.token) return unchanged(state);
      return { state: { phase: 'idle', token: state.token }, effects: [{ kind: 'hide' }] };
    case 'escape':
      return dismiss(state, true);
    case 'tap-elsewhere':
      return dismiss(state, false);
    case 'keyboard-open':
      return openNow(state, event.mention, 'keyboard');
    case 'mention-tap':
      return openNow(state, event.mention, 'tap');
  }
}

function enterMention(state: HoverState, mention: MentionRef, delays: HoverDelays): HoverStep {
  if (state.phase === 'idle') return startDwell(state, [], mention, null, delays);
  if (state.phase === 'pending' && state.target.key === mention.key) return unchanged(state);
  const shown = state.shown;
  if (shown?.mention.key === mention.key) return state.phase === 'open' ? unchanged(state) : keepOpen(state, shown);
  return startDwell(state, cancelRunning(state), mention, shown, delays);
}

function leaveMention(state: HoverState, key: string, delays: HoverDelays): HoverStep {
  if (state.phase === 'pending' && state.target.key === key) {
    if (!state.shown) return { state: { phase: 'idle', token: state.token }, effects: cancelRunning(state) };
    return state.shown.via === 'pointer' ? startHide(state, state.shown, delays) : keepOpen(state, state.shown);
  }
  if (state.phase === 'open' && state.shown.mention.key === key && state.shown.via === 'pointer') {
    return startHide(state, state.shown, delays);
  }
  return unchanged(state);
}

function openNow(state: HoverState, mention: MentionRef, via: OpenVia): HoverStep {
  const shown = state.phase === 'idle' ? null : state.shown;
  const effects = cancelRunning(state);
  if (shown?.mention.key === mention.key) return { state: { phase: 'open', token: state.token, shown: { mention, via } }, effects };
  return show(state, effects, mention, via);
}

function dismiss(state: HoverState, byEscape: boolean): HoverStep {
  if (state.phase === 'idle') return unchanged(state);
  const effects = cancelRunning(state);
  if (state.shown) effects.push(...(byEscape ? [{ kind: 'hide' }, { kind: 'restore-focus' }] as const : [{ kind: 'hide' }] as const));
  return { state: { phase: 'idle', token: state.token }, effects };
}

function show(state: HoverState, effects: HoverEffect[], mention: MentionRef, via: OpenVia): HoverStep {
  return { state: { phase: 'open', token: state.token, shown: { mention, via } }, effects: [...effects, { kind: 'show', mention, via }] };
}

/** Back to open on what is already shown: cancels the running timer, shows nothing new. */
function keepOpen(state: HoverState, shown: Shown): HoverStep {
  return { state: { phase: 'open', token: state.token, shown }, effects: cancelRunning(state) };
}

function startDwell(state: HoverState, effects: HoverEffect[], target: MentionRef, shown: Shown | null, delays: HoverDelays): HoverStep {
  const token = state.token + 1;
  const start: HoverEffect = { kind: 'start-timer', timer: 'dwell', ms: sanitizeMs(delays.showDelayMs, DEFAULT_SHOW_DELAY_MS), token };
  return { state: { phase: 'pending', token, target, shown }, effects: [...effects, start] };
}

function startHide(state: HoverState, shown: Shown, delays: HoverDelays): HoverStep {
  const token = state.token + 1;
  const start: HoverEffect = { kind: 'start-timer', timer: 'hide', ms: sanitizeMs(delays.hideDelayMs, DEFAULT_HIDE_DELAY_MS), token };
  return { state: { phase: 'closing', token, shown }, effects: [...cancelRunning(state), start] };
}

function cancelRunning(state: HoverState): HoverEffect[] {
  if (state.phase === 'pending') return [{ kind: 'cancel-timer', timer: 'dwell' }];
  if (state.phase === 'closing') return [{ kind: 'cancel-timer', timer: 'hide' }];
  return [];
}

function unchanged(state: HoverState): HoverStep {
  return { state, effects: [] };
}

/** Settings are validated elsewhere; a NaN or negative delay here still must not break timers. */
function sanitizeMs(ms: number, fallback: number): number {
  return Number.isFinite(ms) && ms >= 0 ? ms : fallback;
}
