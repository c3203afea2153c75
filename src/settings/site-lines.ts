// The disabled-sites box of the options page: one site per line, as typed. Pure; each line is
// checked alone so the page can say which line is wrong and why.
import { phrase, type Phrase } from './phrase';
import { describe, hostnamePatternList } from './validators';

export interface SiteLineError {
  /** 1-based, as the user counts lines. */
  line: number;
  message: Phrase;
}

export interface ParsedSiteLines {
  sites: string[];
  errors: SiteLineError[];
}

/** Why a line that is not a site name is wrong, with what to write instead where we can tell. */
function explain(line: string): Phrase {
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#\s]+)/i.exec(line);
  if (url) return phrase('siteLineScheme', url[1]!.toLowerCase(), line.slice(0, line.indexOf('//') + 2));
  if (/[/?#]/.test(line)) return phrase('siteLinePath', line.split(/[/?#]/)[0]!);
  if (/\s/.test(line)) return phrase('siteLineSpaces');
  if (line.includes('*') && !/^\*\.[^*]+$/.test(line)) return phrase('siteLineWildcard');
  return phrase('siteLineNotSite', describe(line));
}

/** Blank lines are skipped; duplicates kept once; names lower-cased as the validator stores them. */
export function parseSiteLines(text: string): ParsedSiteLines {
  const sites: string[] = [];
  const errors: SiteLineError[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const checked = hostnamePatternList([line]);
    const site = checked.ok ? checked.value[0] : undefined;
    if (site === undefined) errors.push({ line: index + 1, message: phrase('siteLine', index + 1, explain(line)) });
    else if (!sites.includes(site)) sites.push(site);
  });
  return { sites, errors };
}

export function formatSiteLines(sites: readonly string[]): string {
  return sites.join('\n');
}
