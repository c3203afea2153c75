// The popover's glue: pointer, touch and keyboard input become hover-machine events; the effects the
// reducer returns run here (timers, show, hide, focus). Parts:
//   popover-host.ts    <backstory-host>, created on first use
//   popover-view.tsx   renders the card and places it (popover/placement.ts)
//   pointer-input.ts   hit-testing (caret.ts + the highlighter's range index), taps
//   keyboard-input.ts  Escape, Tab into the card and out; mention-steps.ts for next/previous
//   details-cache.ts   an entity's facts from the background, on first show
// Everything hangs on the session's signal: a settings change or a disabled site removes it all.
import { announceStep } from '../popover/announce';
import {
  INITIAL_HOVER_STATE,
  reduceHover,
  type HoverEffect,
  type HoverEvent,
  type HoverState,
  type MentionRef,
  type TimerKind,
} from '../popover/hover-machine';
import type { Point } from '../popover/placement';
import { t } from '../platform/i18n';
import { handleFromBackground, send } from '../platform/runtime';
import type { Settings } from '../settings/schema';
import type { StepDirection } from '../shared/messages';
import { caretAt, pointIsOnRange } from './caret';
import { createDetailsCache } from './details-cache';
import { isContextLost, type Guard } from './guard';
import type { HighlightedMention, Highlighter } from './highlighter';
import { listenToKeyboard } from './keyboard-input';
import { markCurrent, pickStep, scrollToMention } from './mention-steps';
import { provideMentionOpener } from './reveal';
import { createPopoverHost } from './popover-host';
import { createPopoverView } from './popover-view';
import { listenToPointer, type PointerTarget } from './pointer-input';

export function startPopover(highlighter: Highlighter, settings: Settings, signal: AbortSignal, guard: Guard): void {
  const delays = { showDelayMs: settings.showDelayMs, hideDelayMs: settings.hideDelayMs };
  const host = createPopoverHost(signal);
  const cache = createDetailsCache((id) => send('entity/get', { id }));
  const mentions = createMentionKeys();
  let state: HoverState = INITIAL_HOVER_STATE;
  const timers: Partial<Record<TimerKind, ReturnType<typeof setTimeout>>> = {};
  /** Where the pointer last was, over what: the glue sends enter/leave only on a change. */
  let under: { key: string | undefined; onCard: boolean } = { key: undefined, onCard: false };
  let lastPoint: Point | undefined;
  /** When the dwell timer fired, to measure dwell end -> card painted. */
  let dwellEndedAt: number | undefined;
  let current: Range | undefined;
  let focusBefore: HTMLElement | undefined;

  const view = createPopoverView(host, {
    maxFacts: settings.maxFacts,
    theme: settings.theme === 'auto' ? undefined : settings.theme,
    onOpenArticle: (entityId, target) => {
      send('article/open', { entityId, factIndex: target.factIndex }).then(
        (result) => {
          if (!result?.ok) console.error('Backstory: cannot open the article:', result?.error ?? 'no answer');
        },
        (error: unknown) => console.error('Backstory: cannot open the article:', error),
      );
    },
    onClose: () => dispatch({ type: 'escape' }),
  });

  const dispatch = (event: HoverEvent): boolean => {
    const step = reduceHover(state, event, delays);
    state = step.state;
    for (const effect of step.effects) run(effect);
    mentions.keep(referenced(state));
    return step.effects.length > 0;
  };

  const run = (effect: HoverEffect) => {
    switch (effect.kind) {
      case 'start-timer':
        clearTimeout(timers[effect.timer]);
        timers[effect.timer] = setTimeout(
          () =>
            guard(() => {
              if (effect.timer === 'dwell') dwellEndedAt = performance.now();
              dispatch(effect.timer === 'dwell' ? { type: 'dwell-elapsed', token: effect.token } : { type: 'hide-elapsed', token: effect.token });
            }),
          effect.ms,
        );
        return;
      case 'cancel-timer':
        clearTimeout(timers[effect.timer]);
        timers[effect.timer] = undefined;
        return;
      case 'show':
        return show(effect.mention, effect.via === 'pointer' ? lastPoint : undefined);
      case 'hide':
        if (host.isOurs(document.activeElement)) restoreFocus();
        view.hide();
        return;
      case 'restore-focus':
        restoreFocus();
        return;
    }
  };

  const show = (ref: MentionRef, pointer: Point | undefined) => {
    const mention = mentions.get(ref.key);
    if (!mention) return;
    const startedAt = dwellEndedAt ?? performance.now();
    dwellEndedAt = undefined;
    void cache.get(ref.entityId).then((result) =>
      guard(() => {
        // The reader may have moved on while the facts were on their way.
        if (state.phase === 'idle' || state.shown?.mention.key !== ref.key) return;
        if (!result.ok) {
          // A lost extension context ends the session quietly (guard.ts); anything else costs only this card.
          if (isContextLost(result.error)) throw new Error(result.error);
          console.error(`Backstory: no facts for ${ref.entityId}: ${result.error}`);
          dispatch({ type: 'tap-elsewhere' });
          return;
        }
        view.show({ details: result.value, range: mention.range, pointer });
        // One frame later the card has been painted: the delay a reader feels after the dwell.
        requestAnimationFrame(() => {
          const card = host.current()?.frame;
          if (card) card.dataset.paintMs = (performance.now() - startedAt).toFixed(1);
        });
      }),
    );
  };

  const restoreFocus = () => {
    const target = focusBefore;
    focusBefore = undefined;
    if (!host.isOurs(document.activeElement)) return;
    if (target?.isConnected) target.focus({ preventScroll: true });
    else (document.activeElement as HTMLElement | null)?.blur();
  };

  const resolve = (point: Point, eventTarget: EventTarget | null): PointerTarget<HighlightedMention> => {
    if (host.isOurs(eventTarget)) return { mention: undefined, onCard: true };
    const caret = caretAt(point.x, point.y);
    const mention = caret ? highlighter.mentionAt(caret.node, caret.offset) : undefined;
    return { mention: mention && pointIsOnRange(mention.range, point.x, point.y) ? mention : undefined, onCard: false };
  };

  listenToPointer<HighlightedMention>(
    signal,
    resolve,
    {
      hover: (target, point) =>
        guard(() => {
          lastPoint = point;
          const key = target.mention ? mentions.keyOf(target.mention) : undefined;
          const before = under;
          under = { key, onCard: target.onCard };
          if (before.key !== undefined && before.key !== key) dispatch({ type: 'mention-leave', key: before.key });
          if (before.onCard && !target.onCard) dispatch({ type: 'popover-leave' });
          if (!before.onCard && target.onCard) dispatch({ type: 'popover-enter' });
          if (target.mention && key !== before.key) {
            // keyOf again: the leave just dispatched let go of every mention the state did not hold.
            const ref = { key: mentions.keyOf(target.mention), entityId: target.mention.entity.id };
            void cache.get(ref.entityId); // fetch during the dwell, so the card is ready when it ends
            dispatch({ type: 'mention-enter', mention: ref });
          }
        }),
      tap: (target, point) => {
        let opened = false;
        guard(() => {
          if (target.onCard) return;
          if (!target.mention) {
            dispatch({ type: 'tap-elsewhere' });
            return;
          }
          const ref = { key: mentions.keyOf(target.mention), entityId: target.mention.entity.id };
          const wasShown = state.phase !== 'idle' && state.shown?.mention.key === ref.key;
          lastPoint = point;
          dispatch({ type: 'mention-tap', mention: ref });
          opened = !wasShown;
        });
        return opened;
      },
      press: (target) =>
        guard(() => {
          if (target.onCard || state.phase === 'idle') return;
          const shownKey = state.shown?.mention.key;
          if (target.mention && mentions.keyOf(target.mention) === shownKey) return;
          if (state.shown?.via !== 'pointer') dispatch({ type: 'tap-elsewhere' });
        }),
    },
    (mention) => mention.range.startContainer.parentElement?.closest('a[href]') != null,
  );

  listenToKeyboard(signal, {
    escape: () => {
      let consumed = false;
      guard(() => {
        consumed = dispatch({ type: 'escape' });
        if (consumed) markCurrent(undefined);
      });
      return consumed;
    },
    card: () => (state.phase !== 'idle' && state.shown?.via === 'keyboard' ? view.element() : undefined),
    enter: () => {
      const active = document.activeElement;
      focusBefore = active instanceof HTMLElement && !host.isOurs(active) ? active : undefined;
    },
    leave: () => restoreFocus(),
    isInCard: (target) => host.isOurs(target),
  });

  /** Marks, scrolls to and opens a mention's card as a keyboard open, then announces it. */
  const openOn = (mention: HighlightedMention, announcement: string): void => {
    current = mention.range;
    markCurrent(current);
    scrollToMention(current);
    const parts = host.ensure();
    dispatch({ type: 'keyboard-open', mention: { key: mentions.keyOf(mention), entityId: mention.entity.id } });
    // A new text in an existing live region is what screen readers announce; set it a frame later
    // so a region created just now is already known to them.
    requestAnimationFrame(() => (parts.live.textContent = announcement));
  };
  const stepTo = (direction: StepDirection): boolean => {
    const step = pickStep(highlighter.mentions(), current, direction);
    if (!step) return false;
    openOn(step.mention, announceStep({ name: step.mention.entity.name, type: step.mention.entity.type, ...step }, t));
    return true;
  };
  // The popup's "show me" opens a card the same way a keyboard step does.
  provideMentionOpener((mention) => guard(() => openOn(mention, `${mention.entity.name}, ${mention.entity.type}`)), signal);
  handleFromBackground({ 'mention/step': ({ direction }) => {
    let moved = false;
    guard(() => {
      moved = stepTo(direction);
    });
    return moved;
  } }, signal);

  // The card follows its mention while the page scrolls or resizes, and closes once it is gone.
  let reflow = 0;
  const onViewportChange = () => {
    reflow ||= requestAnimationFrame(() =>
      guard(() => {
        reflow = 0;
        if (state.phase !== 'idle' && state.shown && !view.reposition()) dispatch({ type: 'tap-elsewhere' });
      }),
    );
  };
  window.addEventListener('scroll', onViewportChange, { capture: true, passive: true, signal });
  window.addEventListener('resize', onViewportChange, { passive: true, signal });

  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timers.dwell);
      clearTimeout(timers.hide);
      cancelAnimationFrame(reflow);
      markCurrent(undefined);
      view.hide();
      host.remove();
    },
    { once: true },
  );
}

/** Keys the machine can compare: one per mention object, held only while the state refers to it. */
function createMentionKeys() {
  const keys = new WeakMap<HighlightedMention, string>();
  const byKey = new Map<string, HighlightedMention>();
  let next = 0;
  return {
    keyOf(mention: HighlightedMention): string {
      let key = keys.get(mention);
      if (!key) keys.set(mention, (key = `m${++next}`));
      byKey.set(key, mention);
      return key;
    },
    get: (key: string) => byKey.get(key),
    keep(live: ReadonlySet<string>) {
      for (const key of byKey.keys()) if (!live.has(key)) byKey.delete(key);
    },
  };
}

function referenced(state: HoverState): Set<string> {
  const keys = new Set<string>();
  if (state.phase === 'pending') keys.add(state.target.key);
  if (state.phase !== 'idle' && state.shown) keys.add(state.shown.mention.key);
  return keys;
}
