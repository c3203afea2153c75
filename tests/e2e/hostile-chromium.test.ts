// The hostile pages (hostile-cases.ts) in Chromium, driven by playwright-core: one browser without
// the extension for the reference, then one with it, for the whole file (TESTING.md). Main-thread
// share: the CPU profiler's samples whose stack holds our content script, over the mutating storm.
import type { Page } from 'playwright-core';
import { launchChromium, launchPlainChromium } from './support/chromium';
import { describeHostile, type HostileDriver, type HostilePage, type MainThreadShare, type PlainDriver } from './hostile-cases';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Sample time in our code (any frame below one of `origin`'s scripts) and in anything but idle. */
export function shareOf(profile: Profile, origin: string, wallMs: number): MainThreadShare {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Set<number>();
  const mark = (id: number, inside: boolean) => {
    const node = byId.get(id)!;
    const here = inside || node.callFrame.url.startsWith(origin);
    if (here) ours.add(id);
    for (const child of node.children ?? []) mark(child, here);
  };
  mark(profile.nodes[0]!.id, false);
  let extensionUs = 0;
  let busyUs = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0;
    if (byId.get(id)!.callFrame.functionName !== '(idle)') busyUs += us;
    if (ours.has(id)) extensionUs += us;
  });
  return { extensionMs: extensionUs / 1000, busyMs: busyUs / 1000, wallMs };
}

async function open(pageOf: () => Promise<Page>, url: string, initScript: string, pages?: Map<HostilePage, Page>): Promise<HostilePage> {
  const page = await pageOf();
  await page.addInitScript(initScript);
  await page.goto(url);
  const wrapped: HostilePage = { evaluate: (expression) => page.evaluate(expression), close: () => page.close() };
  pages?.set(wrapped, page);
  return wrapped;
}

describeHostile(
  'Chromium',
  async (): Promise<HostileDriver> => {
    const run = await launchChromium();
    const origin = `chrome-extension://${run.extensionId}/`;
    const pages = new Map<HostilePage, Page>();
    return {
      open: (url, initScript) => open(() => run.context.newPage(), url, initScript, pages),
      async step(page) {
        await pages.get(page)!.bringToFront();
        // What the background does for the next-mention command: the active tab gets mention/step.
        return run.serviceWorker.evaluate(
          `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => chrome.tabs.sendMessage(tab.id, { name: 'mention/step', request: { direction: 'next' } }))`,
        );
      },
      async profile(page, during) {
        const raw = pages.get(page)!;
        const cdp = await raw.context().newCDPSession(raw);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
        await cdp.send('Profiler.start');
        const started = Date.now();
        await during();
        const { profile } = await cdp.send('Profiler.stop');
        const wallMs = Date.now() - started;
        await cdp.detach();
        return shareOf(profile as Profile, origin, wallMs);
      },
      errors: () => run.extensionErrors,
      requests: () => run.extensionRequests,
      close: () => run.close(),
    };
  },
  async (): Promise<PlainDriver> => {
    const run = await launchPlainChromium();
    return { open: (url, initScript) => open(() => run.context.newPage(), url, initScript), close: () => run.close() };
  },
);
