import { describe, expect, it } from 'vitest';
import { formatSiteLines, parseSiteLines } from '../../../src/settings/site-lines';
import { inEnglish } from '../english';

describe('parseSiteLines', () => {
  it('reads one site per line, skipping blanks, lower-casing and dropping repeats', () => {
    expect(parseSiteLines('Example.com\n\n  *.news.org  \r\nexample.com\n')).toEqual({ sites: ['example.com', '*.news.org'], errors: [] });
    expect(parseSiteLines('')).toEqual({ sites: [], errors: [] });
  });

  it('names each bad line and says what to write instead', () => {
    const { sites, errors } = parseSiteLines('ok.com\nhttps://www.bbc.co.uk/news\nexample.com/path\nbad host\na.*.com\n-x.com');
    expect(sites).toEqual(['ok.com']);
    expect(errors.map(({ line, message }) => ({ line, message: inEnglish(message) }))).toEqual([
      { line: 2, message: 'Line 2: write just the site name (www.bbc.co.uk), without "https://".' },
      { line: 3, message: 'Line 3: write just the site name (example.com), without a path.' },
      { line: 4, message: 'Line 4: a site name has no spaces.' },
      { line: 5, message: 'Line 5: a wildcard may only start the name, as in *.example.com.' },
      { line: 6, message: 'Line 6: "-x.com" is not a site name like example.com or *.example.com.' },
    ]);
  });

  it('formats a list back to lines', () => {
    expect(formatSiteLines(['a.com', '*.b.org'])).toBe('a.com\n*.b.org');
  });
});
