// Every transition of the hover reducer, written out by hand: which state follows and which
// effects the DOM glue must run. Properties over random event sequences are in hover-machine.property.test.ts.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HIDE_DELAY_MS,
  DEFAULT_SHOW_DELAY_MS,
  INITIAL_HOVER_STATE,
  reduceHover,
  type HoverEvent,
  type HoverState,
  type MentionRef,
} from '../../../src/popover/hover-machine';

const A: MentionRef = { key: 'm1', entityId: 'person:qassem-soleimani' };
const B: MentionRef = { key: 'm2', entityId: 'place:tehran' };
const A_AGAIN: MentionRef = { key: 'm3', entityId: 'person:qassem-soleimani' };
const DELAYS = { showDelayMs: 500, hideDelayMs: 300 };

function run(events: HoverEvent[], from: HoverState = INITIAL_HOVER_STATE) {
  let state = from;
  const steps = events.map((event) => {
    const step = reduceHover(state, event, DELAYS);
    state = step.state;
    return step.effects;
  });
  return { state, steps, last: steps.at(-1) ?? [] };
}

const enter = (mention: MentionRef): HoverEvent => ({ type: 'mention-enter', mention });
const leave = (mention: MentionRef): HoverEvent => ({ type: 'mention-leave', key: mention.key });
const dwell = (token: number): HoverEvent => ({ type: 'dwell-elapsed', token });
const hide = (token: number): HoverEvent => ({ type: 'hide-elapsed', token });

/** Open on A by pointer: enter, dwell (token 1). */
const OPEN_A = run([enter(A), dwell(1)]).state;

describe('constants', () => {
  it('are Page Previews’ delays', () => {
    expect(DEFAULT_SHOW_DELAY_MS).toBe(500);
    expect(DEFAULT_HIDE_DELAY_MS).toBe(300);
  });
});

describe('idle', () => {
  it('entering a mention starts the dwell with the configured delay and a new token', () => {
    const { state, last } = run([enter(A)]);
    expect(state).toEqual({ phase: 'pending', token: 1, target: A, shown: null });
    expect(last).toEqual([{ kind: 'start-timer', timer: 'dwell', ms: 500, token: 1 }]);
  });

  it('uses the delays it is given, not the defaults', () => {
    const step = reduceHover(INITIAL_HOVER_STATE, enter(A), { showDelayMs: 120, hideDelayMs: 40 });
    expect(step.effects).toEqual([{ kind: 'start-timer', timer: 'dwell', ms: 120, token: 1 }]);
  });

  it('falls back to the default delay for a NaN or negative one', () => {
    const step = reduceHover(INITIAL_HOVER_STATE, enter(A), { showDelayMs: Number.NaN, hideDelayMs: -1 });
    expect(step.effects).toEqual([{ kind: 'start-timer', timer: 'dwell', ms: 500, token: 1 }]);
  });

  it.each<HoverEvent>([leave(A), { type: 'popover-enter' }, { type: 'popover-leave' }, dwell(0), hide(0), { type: 'escape' }, { type: 'tap-elsewhere' }])(
    'ignores %o (no effects, so the glue lets Escape through to the page)',
    (event) => {
      const step = reduceHover(INITIAL_HOVER_STATE, event);
      expect(step.state).toBe(INITIAL_HOVER_STATE);
      expect(step.effects).toEqual([]);
    },
  );

  it('keyboard open shows at once: focus is a dwell', () => {
    const { state, last } = run([{ type: 'keyboard-open', mention: A }]);
    expect(state).toEqual({ phase: 'open', token: 0, shown: { mention: A, via: 'keyboard' } });
    expect(last).toEqual([{ kind: 'show', mention: A, via: 'keyboard' }]);
  });

  it('a tap on a mention shows at once', () => {
    const { state, last } = run([{ type: 'mention-tap', mention: A }]);
    expect(state).toEqual({ phase: 'open', token: 0, shown: { mention: A, via: 'tap' } });
    expect(last).toEqual([{ kind: 'show', mention: A, via: 'tap' }]);
  });
});

describe('pending', () => {
  it('dwell elapsed with the live token shows the mention', () => {
    const { state, last } = run([enter(A), dwell(1)]);
    expect(state).toEqual({ phase: 'open', token: 1, shown: { mention: A, via: 'pointer' } });
    expect(last).toEqual([{ kind: 'show', mention: A, via: 'pointer' }]);
  });

  it('leaving before the dwell cancels, and the late dwell timer is ignored', () => {
    const { state, steps } = run([enter(A), leave(A), dwell(1)]);
    expect(steps[1]).toEqual([{ kind: 'cancel-timer', timer: 'dwell' }]);
    expect(steps[2]).toEqual([]);
    expect(state.phase).toBe('idle');
  });

  it('a dwell timer from an earlier interaction is ignored', () => {
    const { state, last } = run([enter(A), leave(A), enter(B), dwell(1)]);
    expect(last).toEqual([]);
    expect(state).toEqual({ phase: 'pending', token: 2, target: B, shown: null });
  });

  it('moving onto another mention restarts the dwell for it', () => {
    const { state, last } = run([enter(A), enter(B)]);
    expect(last).toEqual([
      { kind: 'cancel-timer', timer: 'dwell' },
      { kind: 'start-timer', timer: 'dwell', ms: 500, token: 2 },
    ]);
    expect(state).toEqual({ phase: 'pending', token: 2, target: B, shown: null });
  });

  it('re-entering the same mention does not restart the dwell', () => {
    const first = run([enter(A)]).state;
    const step = reduceHover(first, enter(A));
    expect(step).toEqual({ state: first, effects: [] });
  });

  it('leaving some other mention changes nothing', () => {
    expect(run([enter(A), leave(B)]).last).toEqual([]);
  });

  it('Escape cancels the coming popover; there is nothing to hide', () => {
    const { state, last } = run([enter(A), { type: 'escape' }]);
    expect(last).toEqual([{ kind: 'cancel-timer', timer: 'dwell' }]);
    expect(state.phase).toBe('idle');
  });

  it('keyboard open and tap cancel the dwell and show at once', () => {
    expect(run([enter(A), { type: 'keyboard-open', mention: B }]).last).toEqual([
      { kind: 'cancel-timer', timer: 'dwell' },
      { kind: 'show', mention: B, via: 'keyboard' },
    ]);
    expect(run([enter(A), { type: 'mention-tap', mention: A }]).last).toEqual([
      { kind: 'cancel-timer', timer: 'dwell' },
      { kind: 'show', mention: A, via: 'tap' },
    ]);
  });

  it('hide-elapsed and popover events do nothing while nothing is shown', () => {
    expect(run([enter(A), hide(1), { type: 'popover-enter' }, { type: 'popover-leave' }]).steps.slice(1)).toEqual([[], [], []]);
  });
});

describe('open', () => {
  it('leaving the mention starts the hide delay; it elapses and hides', () => {
    const { state, steps } = run([leave(A), hide(2)], OPEN_A);
    expect(steps[0]).toEqual([{ kind: 'start-timer', timer: 'hide', ms: 300, token: 2 }]);
    expect(steps[1]).toEqual([{ kind: 'hide' }]);
    expect(state).toEqual({ phase: 'idle', token: 2 });
  });

  it('a line wrap (leave and re-enter the same mention within the hide delay) neither hides nor re-shows', () => {
    const { state, steps } = run([leave(A), enter(A), hide(2)], OPEN_A);
    expect(steps[1]).toEqual([{ kind: 'cancel-timer', timer: 'hide' }]);
    expect(steps[2]).toEqual([]);
    expect(steps.flat().some((effect) => effect.kind === 'show' || effect.kind === 'hide')).toBe(false);
    expect(state).toEqual({ phase: 'open', token: 2, shown: { mention: A, via: 'pointer' } });
  });

  it('the pointer may cross onto the popover (hoverable) and back', () => {
    const { state, steps } = run([leave(A), { type: 'popover-enter' }, hide(2), { type: 'popover-leave' }, enter(A), hide(3)], OPEN_A);
    expect(steps).toEqual([
      [{ kind: 'start-timer', timer: 'hide', ms: 300, token: 2 }],
      [{ kind: 'cancel-timer', timer: 'hide' }],
      [],
      [{ kind: 'start-timer', timer: 'hide', ms: 300, token: 3 }],
      [{ kind: 'cancel-timer', timer: 'hide' }],
      [],
    ]);
    expect(state.phase).toBe('open');
  });

  it('entering a different mention keeps A shown until B’s dwell, then switches without a hide', () => {
    const { state, steps } = run([leave(A), enter(B), dwell(3)], OPEN_A);
    expect(steps[1]).toEqual([
      { kind: 'cancel-timer', timer: 'hide' },
      { kind: 'start-timer', timer: 'dwell', ms: 500, token: 3 },
    ]);
    expect(steps[2]).toEqual([{ kind: 'show', mention: B, via: 'pointer' }]);
    expect(state).toEqual({ phase: 'open', token: 3, shown: { mention: B, via: 'pointer' } });
  });

  it('another mention of the same entity is another mention: it needs its own dwell', () => {
    expect(run([enter(A_AGAIN)], OPEN_A).last).toEqual([{ kind: 'start-timer', timer: 'dwell', ms: 500, token: 2 }]);
  });

  it('passing over another mention without dwelling leaves A shown, then closes as usual', () => {
    const { state, steps } = run([enter(B), leave(B), hide(3)], OPEN_A);
    expect(steps[1]).toEqual([
      { kind: 'cancel-timer', timer: 'dwell' },
      { kind: 'start-timer', timer: 'hide', ms: 300, token: 3 },
    ]);
    expect(steps[2]).toEqual([{ kind: 'hide' }]);
    expect(state.phase).toBe('idle');
  });

  it('coming back from a half-dwelt mention to A keeps A with no new show', () => {
    const { state, steps } = run([enter(B), leave(B), enter(A)], OPEN_A);
    expect(steps[2]).toEqual([{ kind: 'cancel-timer', timer: 'hide' }]);
    expect(state).toEqual({ phase: 'open', token: 3, shown: { mention: A, via: 'pointer' } });
  });

  it('entering A’s popover while B dwells keeps A and drops B', () => {
    const { state, last } = run([enter(B), { type: 'popover-enter' }], OPEN_A);
    expect(last).toEqual([{ kind: 'cancel-timer', timer: 'dwell' }]);
    expect(state).toEqual({ phase: 'open', token: 2, shown: { mention: A, via: 'pointer' } });
  });

  it('Escape hides and restores focus (dismissible)', () => {
    const { state, last } = run([{ type: 'escape' }], OPEN_A);
    expect(last).toEqual([{ kind: 'hide' }, { kind: 'restore-focus' }]);
    expect(state.phase).toBe('idle');
  });

  it('Escape while closing also cancels the hide timer', () => {
    expect(run([leave(A), { type: 'escape' }], OPEN_A).last).toEqual([
      { kind: 'cancel-timer', timer: 'hide' },
      { kind: 'hide' },
      { kind: 'restore-focus' },
    ]);
  });

  it('a tap elsewhere hides without moving focus', () => {
    expect(run([{ type: 'tap-elsewhere' }], OPEN_A).last).toEqual([{ kind: 'hide' }]);
  });

  it('stray timer events and unrelated leaves change nothing', () => {
    const { state, steps } = run([dwell(1), hide(1), leave(B), { type: 'popover-enter' }], OPEN_A);
    expect(steps).toEqual([[], [], [], []]);
    expect(state).toBe(OPEN_A);
  });
});

describe('keyboard and tap opened popovers persist', () => {
  const byKeyboard = run([{ type: 'keyboard-open', mention: A }]).state;
  const byTap = run([{ type: 'mention-tap', mention: A }]).state;

  it.each([
    ['keyboard', byKeyboard],
    ['tap', byTap],
  ])('opened by %s: pointer leaving the mention or the popover does not close it', (_via, opened) => {
    const { state, steps } = run([enter(A), leave(A), { type: 'popover-enter' }, { type: 'popover-leave' }], opened);
    expect(steps.flat()).toEqual([]);
    expect(state).toBe(opened);
  });

  it('a pointer passing over another mention returns to the keyboard-opened popover, still persistent', () => {
    const { state, steps } = run([enter(B), leave(B)], byKeyboard);
    expect(steps[1]).toEqual([{ kind: 'cancel-timer', timer: 'dwell' }]);
    expect(state).toEqual({ phase: 'open', token: 1, shown: { mention: A, via: 'keyboard' } });
  });

  it('moving the keyboard to the next mention switches at once', () => {
    expect(run([{ type: 'keyboard-open', mention: B }], byKeyboard).last).toEqual([{ kind: 'show', mention: B, via: 'keyboard' }]);
  });

  it('keyboard-opening the mention already shown by pointer shows nothing new but makes it persistent', () => {
    const { state, last } = run([{ type: 'keyboard-open', mention: A }], OPEN_A);
    expect(last).toEqual([]);
    expect(state).toEqual({ phase: 'open', token: 1, shown: { mention: A, via: 'keyboard' } });
    expect(run([leave(A)], state).last).toEqual([]);
  });

  it('tapping the shown mention again neither hides nor re-shows; tapping while closing cancels the hide', () => {
    expect(run([{ type: 'mention-tap', mention: A }], byTap).last).toEqual([]);
    expect(run([leave(A), { type: 'mention-tap', mention: A }], OPEN_A).last).toEqual([{ kind: 'cancel-timer', timer: 'hide' }]);
  });

  it('a tap on another mention switches at once', () => {
    expect(run([{ type: 'mention-tap', mention: B }], byTap).last).toEqual([{ kind: 'show', mention: B, via: 'tap' }]);
  });

  it('Escape and tap elsewhere close them', () => {
    expect(run([{ type: 'escape' }], byKeyboard).last).toEqual([{ kind: 'hide' }, { kind: 'restore-focus' }]);
    expect(run([{ type: 'tap-elsewhere' }], byTap).last).toEqual([{ kind: 'hide' }]);
  });
});

describe('purity', () => {
  it('does not mutate the state it is given', () => {
    const before = structuredClone(OPEN_A);
    reduceHover(OPEN_A, leave(A));
    reduceHover(OPEN_A, enter(B));
    expect(OPEN_A).toEqual(before);
  });
});
