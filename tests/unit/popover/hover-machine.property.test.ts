// Random event sequences against a model of the DOM glue (one timer slot per kind, a visible
// popover or none): the reducer never throws, never starts a timer that is already running, never
// cancels one that is not, ignores late timers, and shows only after a dwell or an explicit open.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INITIAL_HOVER_STATE, reduceHover, type HoverEvent, type HoverState, type MentionRef, type TimerKind } from '../../../src/popover/hover-machine';

const MENTIONS: MentionRef[] = [
  { key: 'a', entityId: 'person:x' },
  { key: 'b', entityId: 'place:y' },
  { key: 'c', entityId: 'person:x' },
];

type Action =
  | { kind: 'event'; event: HoverEvent }
  | { kind: 'fire'; timer: TimerKind }
  | { kind: 'fire-stale'; timer: TimerKind; token: number };

const mention = fc.constantFrom(...MENTIONS);
const action: fc.Arbitrary<Action> = fc.oneof(
  mention.map((m) => ({ kind: 'event', event: { type: 'mention-enter', mention: m } }) as const),
  mention.map((m) => ({ kind: 'event', event: { type: 'mention-leave', key: m.key } }) as const),
  fc.constantFrom<HoverEvent>({ type: 'popover-enter' }, { type: 'popover-leave' }, { type: 'escape' }, { type: 'tap-elsewhere' }).map((event) => ({ kind: 'event', event }) as const),
  mention.map((m) => ({ kind: 'event', event: { type: 'keyboard-open', mention: m } }) as const),
  mention.map((m) => ({ kind: 'event', event: { type: 'mention-tap', mention: m } }) as const),
  fc.constantFrom<TimerKind>('dwell', 'hide').map((timer) => ({ kind: 'fire', timer }) as const),
  fc.record({ kind: fc.constant('fire-stale' as const), timer: fc.constantFrom<TimerKind>('dwell', 'hide'), token: fc.integer({ min: -1, max: 60 }) }),
);

const delays = fc.record({ showDelayMs: fc.integer({ min: 0, max: 2000 }), hideDelayMs: fc.integer({ min: 0, max: 2000 }) });

function shownOf(state: HoverState) {
  return state.phase === 'idle' ? null : state.shown;
}

describe('hover reducer properties', () => {
  it('keeps the glue’s timers and visibility consistent for any sequence of events', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), delays, (actions, config) => {
        let state = INITIAL_HOVER_STATE;
        const running = new Map<TimerKind, number>();
        let visible: MentionRef | null = null;
        let highestToken = 0;

        for (const act of actions) {
          let event: HoverEvent;
          let explicitOpen = false;
          if (act.kind === 'event') {
            event = act.event;
            explicitOpen = event.type === 'keyboard-open' || event.type === 'mention-tap';
          } else if (act.kind === 'fire') {
            const token = running.get(act.timer);
            if (token === undefined) continue;
            running.delete(act.timer);
            event = { type: act.timer === 'dwell' ? 'dwell-elapsed' : 'hide-elapsed', token };
            explicitOpen = act.timer === 'dwell';
          } else {
            if (running.get(act.timer) === act.token) continue;
            event = { type: act.timer === 'dwell' ? 'dwell-elapsed' : 'hide-elapsed', token: act.token };
          }

          const step = reduceHover(state, event, config);
          if (act.kind === 'fire-stale') {
            expect(step.effects).toEqual([]);
            expect(step.state).toBe(state);
          }
          let hid = false;
          for (const effect of step.effects) {
            switch (effect.kind) {
              case 'start-timer':
                expect(running.has(effect.timer)).toBe(false);
                expect(effect.token).toBeGreaterThan(highestToken);
                expect(effect.ms).toBe(effect.timer === 'dwell' ? config.showDelayMs : config.hideDelayMs);
                highestToken = effect.token;
                running.set(effect.timer, effect.token);
                break;
              case 'cancel-timer':
                expect(running.has(effect.timer)).toBe(true);
                running.delete(effect.timer);
                break;
              case 'show':
                expect(explicitOpen).toBe(true);
                visible = effect.mention;
                break;
              case 'hide':
                expect(visible).not.toBeNull();
                visible = null;
                hid = true;
                break;
              case 'restore-focus':
                expect(hid).toBe(true);
                break;
            }
          }
          state = step.state;

          const expectedTimers = state.phase === 'pending' ? ['dwell'] : state.phase === 'closing' ? ['hide'] : [];
          expect([...running.keys()]).toEqual(expectedTimers);
          if (running.size > 0) expect([...running.values()]).toEqual([state.token]);
          expect(visible?.key ?? null).toBe(shownOf(state)?.mention.key ?? null);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a timer event whose token is not the live one never changes anything', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), fc.integer({ min: -5, max: 50 }), (actions, token) => {
        let state = INITIAL_HOVER_STATE;
        for (const act of actions) if (act.kind === 'event') state = reduceHover(state, act.event).state;
        for (const type of ['dwell-elapsed', 'hide-elapsed'] as const) {
          if (token === state.token) continue;
          const step = reduceHover(state, { type, token });
          expect(step.effects).toEqual([]);
          expect(step.state).toBe(state);
        }
      }),
    );
  });
});
