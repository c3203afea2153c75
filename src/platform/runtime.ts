// Typed messaging over webextension-polyfill, derived from the maps in shared/messages.ts.
// With the polyfill a listener answers by returning a Promise; returning undefined means
// "not mine", so another listener (or nobody) answers.
import browser from 'webextension-polyfill';
import {
  isEnvelope,
  isTabEnvelope,
  type Envelope,
  type MessageName,
  type RequestOf,
  type ResponseOf,
  type TabEnvelope,
  type TabMessageName,
  type TabRequestOf,
  type TabResponseOf,
} from '../shared/messages';

export async function send<N extends MessageName>(name: N, request: RequestOf<N>): Promise<ResponseOf<N>> {
  const envelope: Envelope<N> = { name, request };
  return (await browser.runtime.sendMessage(envelope)) as ResponseOf<N>;
}

export type Handlers = { [N in MessageName]: (request: RequestOf<N>) => Promise<ResponseOf<N>> | ResponseOf<N> };

/** Answers our own extension's well-formed messages; everything else is ignored, never thrown at. */
export function handle(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.name] as (request: unknown) => unknown;
    return Promise.resolve(handler(message.request));
  });
}

/** Background side: one message to the content script of `tabId`; rejects when none listens there. */
export async function sendToTab<N extends TabMessageName>(tabId: number, name: N, request: TabRequestOf<N>): Promise<TabResponseOf<N>> {
  const envelope: TabEnvelope<N> = { name, request };
  return (await browser.tabs.sendMessage(tabId, envelope)) as TabResponseOf<N>;
}

export type TabHandlers = { [N in TabMessageName]: (request: TabRequestOf<N>) => Promise<TabResponseOf<N>> | TabResponseOf<N> };

/**
 * Content-script side: answers well-formed messages from our own background until `signal` aborts.
 * A message from anywhere else, or of the wrong shape, is left unanswered.
 */
export function handleFromBackground(handlers: TabHandlers, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (message: unknown, sender: browser.Runtime.MessageSender) => {
    if (signal.aborted || sender.id !== browser.runtime.id || !isTabEnvelope(message)) return undefined;
    const handler = handlers[message.name] as (request: unknown) => unknown;
    return Promise.resolve(handler(message.request));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      try {
        browser.runtime.onMessage.removeListener(listener);
      } catch (error: unknown) {
        // Chrome throws once the extension context is gone; the listener died with it.
        if (!/context invalidated/i.test(String(error))) throw error;
      }
    },
    { once: true },
  );
}
