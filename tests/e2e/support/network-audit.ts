// Proves Backstory makes no network requests (README "Threat model"), in every browser test file.
//
// Chromium: a second CDP client (puppeteer-core on --remote-debugging-port, beside Playwright's
// pipe) attaches to every page, frame and worker target, the extension's service worker included,
// and watches Network.requestWillBeSent. A request counts as the extension's when
//   - its document is ours (chrome-extension://<id>/…: the worker, the popup, options, article
//     pages) and it goes to the network (http, https, ws, wss, ftp), or
//   - any frame of its initiator's stack is our code (chrome-extension://<id>/content.js: a
//     content script's fetch, or an element it added that loads something).
// A page's own requests have neither mark. A target that starts and requests within the few
// milliseconds before we attach could escape; content scripts run at document_idle, long after.
// Loads of our own packaged files (chrome-extension://…), data: and blob: URLs are not requests.
//
// Firefox: firefox.ts sends every host but 127.0.0.1 to countingProxy() below, which accepts a
// connection, notes its request line (CONNECT host:443 or GET http://host/…) and closes it. The
// extension knows no 127.0.0.1 port, so anything it sent would land here; so do a saved page's own
// resources, which is why tests on fixture pages expect zero and corpus runs only report. Firefox's
// own services (*.mozilla.com and kin: remote settings) are counted apart as the browser's.
//
// Every launch appends its count to .cache/network-audit.log: the suite's total is the sum.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import puppeteer, { type CDPSession } from 'puppeteer-core';
import { ROOT } from './dist';

export const AUDIT_LOG = path.join(ROOT, '.cache', 'network-audit.log');

const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);
const WATCHED_TARGETS = new Set(['page', 'iframe', 'service_worker', 'worker', 'shared_worker', 'background_page']);
const PORT_FILE_TIMEOUT_MS = 10_000;

interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

interface RequestWillBeSent {
  documentURL: string;
  request: { url: string };
  initiator: { type: string; url?: string; stack?: StackTrace };
}

function stackMentions(stack: StackTrace | undefined, origin: string): boolean {
  for (let at = stack; at; at = at.parent) if (at.callFrames.some((frame) => frame.url.startsWith(origin))) return true;
  return false;
}

/** Whether a request seen on any target was caused by the extension at `origin` (see the file's head). */
export function isExtensionRequest(event: RequestWillBeSent, origin: string): boolean {
  let scheme: string;
  try {
    scheme = new URL(event.request.url).protocol;
  } catch {
    return false;
  }
  // Our own packaged files (chrome-extension://), data: and blob: URLs never leave the browser.
  if (!NETWORK_SCHEMES.has(scheme)) return false;
  if (event.documentURL.startsWith(origin)) return true;
  return (event.initiator.url ?? '').startsWith(origin) || stackMentions(event.initiator.stack, origin);
}

export interface NetworkAudit {
  /** `target url -> request url` of every request the extension caused so far. */
  readonly requests: string[];
  stop(): Promise<void>;
}

async function readDevToolsPort(profileDir: string): Promise<string> {
  const file = path.join(profileDir, 'DevToolsActivePort');
  const started = Date.now();
  while (!existsSync(file) || readFileSync(file, 'utf8').split('\n').length < 2) {
    if (Date.now() - started > PORT_FILE_TIMEOUT_MS) throw new Error(`no ${file}: was --remote-debugging-port=0 passed?`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const [port, browserPath] = readFileSync(file, 'utf8').split('\n');
  return `ws://127.0.0.1:${port}${browserPath}`;
}

/** Chromium launched with --remote-debugging-port=0 on `profileDir`: watches every target's requests. */
export async function auditChromiumNetwork(profileDir: string, extensionId: string): Promise<NetworkAudit> {
  const origin = `chrome-extension://${extensionId}/`;
  const requests: string[] = [];
  // targetFilter: puppeteer itself attaches to nothing; we attach by hand, below.
  const browser = await puppeteer.connect({ browserWSEndpoint: await readDevToolsPort(profileDir), defaultViewport: null, targetFilter: () => false });
  const root = await browser.target().createCDPSession();
  const connection = root.connection()!;
  const attached = new Set<string>();
  const watch = async (session: CDPSession) => {
    session.on('Network.requestWillBeSent', (event: RequestWillBeSent) => {
      if (isExtensionRequest(event, origin)) requests.push(`${event.documentURL} -> ${event.request.url}`);
    });
    // Out-of-process frames of a page are its children: attach to them too.
    session.on('Target.attachedToTarget', (event: { sessionId: string }) => {
      const child = connection.session(event.sessionId);
      if (child) void watch(child);
    });
    await Promise.all([
      session.send('Network.enable'),
      session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }).catch(() => undefined),
    ]).catch(() => undefined); // a target that closed meanwhile
  };
  const attach = async (info: { targetId: string; type: string }) => {
    if (!WATCHED_TARGETS.has(info.type) || attached.has(info.targetId)) return;
    attached.add(info.targetId);
    const reply = await root.send('Target.attachToTarget', { targetId: info.targetId, flatten: true }).catch(() => undefined);
    const session = reply && connection.session(reply.sessionId);
    if (session) await watch(session);
  };
  root.on('Target.targetCreated', (event: { targetInfo: { targetId: string; type: string } }) => void attach(event.targetInfo));
  root.on('Target.targetDestroyed', (event: { targetId: string }) => attached.delete(event.targetId));
  await root.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = await root.send('Target.getTargets');
  await Promise.all(targetInfos.map(attach));
  return {
    requests,
    stop: async () => {
      await browser.disconnect().catch(() => undefined);
    },
  };
}

export interface CountingProxy {
  port: number;
  /** The first line of every connection: `CONNECT host:443 HTTP/1.1`, `GET http://host/ HTTP/1.1`. */
  readonly requests: string[];
  /** How many connections went to hosts `isIgnored` picked out (the browser's own services). */
  readonly ignored: number;
  close(): Promise<void>;
}

/** The host a proxy request line names: `CONNECT a.b:443 …` or `GET http://a.b/… …`. */
export function requestHost(line: string): string {
  const target = line.split(' ')[1] ?? '';
  try {
    return new URL(/^[a-z]+:\/\//i.test(target) ? target : `http://${target}`).hostname;
  } catch {
    return '';
  }
}

/** A proxy that answers nothing: notes each connection's request line and closes it. */
export async function countingProxy(isIgnored: (host: string) => boolean = () => false): Promise<CountingProxy> {
  const requests: string[] = [];
  let ignored = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    let head = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      head += chunk;
      const end = head.indexOf('\r\n');
      if (end === -1 && head.length < 4096) return;
      const line = head.slice(0, end === -1 ? 200 : end);
      if (isIgnored(requestHost(line))) ignored++;
      else requests.push(line);
      socket.destroy();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    get ignored() {
      return ignored;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * One line per browser launch: browser, the test file, how many requests, each distinct one with its
 * count, and the connections to the browser's own services (Firefox) that were not counted.
 */
export function logAudit(browserName: string, requests: readonly string[], browserOwn = 0): void {
  const testFile = path.relative(ROOT, testPath() ?? 'unknown');
  const distinct: Record<string, number> = {};
  for (const request of requests) distinct[request] = (distinct[request] ?? 0) + 1;
  mkdirSync(path.dirname(AUDIT_LOG), { recursive: true });
  appendFileSync(AUDIT_LOG, `${new Date().toISOString()}\t${browserName}\t${testFile}\t${requests.length}\t${JSON.stringify(distinct)}\tbrowser-own ${browserOwn}\n`);
}

function testPath(): string | undefined {
  // vitest keeps the running file on its worker state; outside vitest there is none.
  const state = (globalThis as { __vitest_worker__?: { filepath?: string } }).__vitest_worker__;
  return state?.filepath;
}
