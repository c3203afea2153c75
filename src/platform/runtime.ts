// Typed messaging over webextension-polyfill, derived from the maps in shared/messages.ts.
// With the polyfill a listener answers by returning a Promise; returning undefined means
// "not mine", so another listener (or nobody) answers.
import browser from 'webextension-polyfill';
import {
  isEnvelope,
  isPopupEnvelope,
  isTabEnvelope,
  type BackgroundToContent,
  type ContentToBackground,
  type EnvelopeIn,
  type MessageMap,
  type PopupToContent,
  type RequestIn,
  type ResponseIn,
} from '../shared/messages';

/** Answers one message of map M; a background handler also gets where the message came from. */
type Handler<M extends MessageMap, N extends keyof M, Extra extends unknown[] = []> = (
  request: RequestIn<M, N>,
  ...extra: Extra
) => Promise<ResponseIn<M, N>> | ResponseIn<M, N>;

export async function send<N extends keyof ContentToBackground>(
  name: N,
  request: RequestIn<ContentToBackground, N>,
): Promise<ResponseIn<ContentToBackground, N>> {
  const envelope: EnvelopeIn<ContentToBackground, N> = { name, request };
  return (await browser.runtime.sendMessage(envelope)) as ResponseIn<ContentToBackground, N>;
}

/** Where a message came from: the tab of the content script that sent it; undefined from our own pages. */
export interface MessageOrigin {
  tabId: number | undefined;
}

export type Handlers = { [N in keyof ContentToBackground]: Handler<ContentToBackground, N, [origin: MessageOrigin]> };

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

/** A sender of one map's messages to the content script of a tab; rejects when none listens there. */
function tabSender<M extends MessageMap>() {
  return async <N extends keyof M>(tabId: number, name: N, request: RequestIn<M, N>): Promise<ResponseIn<M, N>> => {
    const envelope: EnvelopeIn<M, N> = { name, request };
    return (await browser.tabs.sendMessage(tabId, envelope)) as ResponseIn<M, N>;
  };
}

/** Background side: one message to the content script of `tabId`. */
export const sendToTab = tabSender<BackgroundToContent>();

/** Popup side: one question to the content script of `tabId`; rejects where none runs (browser pages, stores, PDFs). */
export const askTab = tabSender<PopupToContent>();

export type TabHandlers = { [N in keyof BackgroundToContent]: Handler<BackgroundToContent, N> };

/**
 * Content-script side: answers well-formed messages from our own background until `signal` aborts.
 * A message from anywhere else, or of the wrong shape, is left unanswered.
 */
export function handleFromBackground(handlers: TabHandlers, signal: AbortSignal): void {
  listenInContent(isTabEnvelope, handlers, signal);
}

export type PopupHandlers = { [N in keyof PopupToContent]: Handler<PopupToContent, N> };

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
