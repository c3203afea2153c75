// addons-linter, as addons.mozilla.org runs it on upload, finds nothing in the Firefox build: no
// errors, warnings or notices (issue: a reviewer finds nothing to object to). No rule is turned off.
import linter, { type LintMessage } from 'addons-linter';
import { describe, expect, it } from 'vitest';
import { assertBuilt, DIST_FIREFOX } from './support/dist';

function describeMessages(messages: LintMessage[]): string[] {
  return messages.map((m) => `${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
}

describe('addons-linter on the Firefox build', () => {
  it('reports 0 errors, 0 warnings, 0 notices', async () => {
    const instance = linter.createInstance({
      config: {
        _: [assertBuilt(DIST_FIREFOX)],
        logLevel: 'fatal',
        stack: false,
        pretty: false,
        warningsAsErrors: false,
        metadata: false,
        output: 'none',
        boring: true,
        selfHosted: false,
      },
      runAsBinary: false,
    });
    const result = await instance.run();
    console.log(`addons-linter ${DIST_FIREFOX}: ${JSON.stringify(result.summary)}`);
    expect({
      errors: describeMessages(result.errors),
      warnings: describeMessages(result.warnings),
      notices: describeMessages(result.notices),
    }).toEqual({ errors: [], warnings: [], notices: [] });
  });
});
