// The options page as a user meets it, run against any browser: options-chromium.test.ts and
// options-firefox.test.ts each launch their browser once and pass a driver to these cases
// (options-page-cases.ts, options-card-cases.ts, then options-storage-cases.ts, whose last case
// must run last).
import { afterAll, beforeAll, describe } from 'vitest';
import { cardCases } from './options-card-cases';
import { pageCases } from './options-page-cases';
import { storageCases } from './options-storage-cases';
import { writeStorage, type OptionsContext, type OptionsDriver, type UiPage } from './options-support';
import { FIXTURE_PAGES, serve, type Served } from './support/server';

export { until, type OptionsDriver, type UiPage } from './options-support';

export function describeOptions(browserName: string, launch: () => Promise<OptionsDriver>): void {
  describe(`options page in ${browserName}`, () => {
    let driver: OptionsDriver | undefined;
    let server: Served | undefined;
    const timings: string[] = [];
    const ready = <T>(value: T | undefined, what: string): T => {
      if (value === undefined) throw new Error(`${what} did not start`);
      return value;
    };
    const ctx: OptionsContext = {
      browserName,
      driver: () => ready(driver, 'the browser'),
      origin: () => ready(server, 'the fixture server').origin,
      async freshOptions(): Promise<UiPage> {
        const options = await ctx.driver().openOptions();
        await writeStorage(options, {});
        await options.close();
        return ctx.driver().openOptions();
      },
      timings,
    };

    beforeAll(async () => {
      server = await serve({ mounts: { '/fixtures/': FIXTURE_PAGES } });
      driver = await launch();
    });
    afterAll(async () => {
      if (timings.length > 0) console.log(`${browserName}: time from the click to the open tab showing it:\n  ${timings.join('\n  ')}`);
      await driver?.close();
      await server?.close();
    });

    pageCases(ctx);
    cardCases(ctx);
    storageCases(ctx);
  });
}
