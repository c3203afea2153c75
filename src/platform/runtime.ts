// Typed messaging over webextension-polyfill, derived from the maps in shared/messages.ts.
// With the polyfill a listener answers by returning a Promise; returning undefined means
// "not mine", so another listener (or nobody) answers.
import browser from 'webextension-polyfill';
import { isEnvelope, type Envelope, type MessageName, type RequestOf, type ResponseOf } from '../shared/messages';

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
