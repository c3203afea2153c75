// Typed messaging over webextension-polyfill, derived from the maps in shared/messages.ts.
// With the polyfill a listener answers by returning a Promise; returning undefined means
// "not mine", so another listener (or nobody) answers.
import browser from 'webextension-polyfill';
import {
  isEnvelope,
  isPopupEnvelope,
  isTabEnvelope,
  type Envelope,
  type MessageName,
  type PopupEnvelope,
  type PopupMessageName,
  type PopupRequestOf,
  type PopupResponseOf,
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

/** Where a message came from: the tab of the content script that sent it; undefined from our own pages. */
export interface MessageOrigin {
  tabId: number | undefined;
}

export type Handlers = {
  [N in MessageName]: (request: RequestOf<N>, origin: MessageOrigin) => Promise<ResponseOf<N>> | ResponseOf<N>;
};

/** Answers our own extension's well-formed messages; everything else is ignored, never thrown at. */
export function handle(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.name] as (request: unknown, origin: MessageOrigin) => unknown;
    const tabId = sender.tab?.id;
    return Promise.resolve(handler(message.request, { tabId: typeof tabId === 'number' && tabId >= 0 ? tabId : undefined }));
  });
}

/** Background side: one message to the content script of `tabId`; rejects when none listens there. */
export async function sendToTab<N extends TabMessageName>(tabId: number, name: N, request: TabRequestOf<N>): Promise<TabResponseOf<N>> {
  const envelope: TabEnvelope<N> = { name, request };
  return (await browser.tabs.sendMessage(tabId, envelope)) as TabResponseOf<N>;
}

/** Popup side: one question to the content script of `tabId`; rejects where none runs (browser pages, stores, PDFs). */
export async function askTab<N extends PopupMessageName>(tabId: number, name: N, request: PopupRequestOf<N>): Promise<PopupResponseOf<N>> {
  const envelope: PopupEnvelope<N> = { name, request };
  return (await browser.tabs.sendMessage(tabId, envelope)) as PopupResponseOf<N>;
}

export type TabHandlers = { [N in TabMessageName]: (request: TabRequestOf<N>) => Promise<TabResponseOf<N>> | TabResponseOf<N> };

/**
 * Content-script side: answers well-formed messages from our own background until `signal` aborts.
 * A message from anywhere else, or of the wrong shape, is left unanswered.
 */
export function handleFromBackground(handlers: TabHandlers, signal: AbortSignal): void {
  listenInContent(isTabEnvelope, handlers, signal);
}

export type PopupHandlers = {
  [N in PopupMessageName]: (request: PopupRequestOf<N>) => Promise<PopupResponseOf<N>> | PopupResponseOf<N>;
};

/** Content-script side: answers our popup's well-formed questions until `signal` aborts. */
export function handleFromPopup(handlers: PopupHandlers, signal: AbortSignal): void {
  listenInContent(isPopupEnvelope, handlers, signal);
}

function listenInContent(
  isWanted: (message: unknown) => message is { name: string; request: unknown },
  handlers: Record<string, unknown>,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const listener = (message: unknown, sender: browser.Runtime.MessageSender) => {
    if (signal.aborted || sender.id !== browser.runtime.id || !isWanted(message)) return undefined;
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
