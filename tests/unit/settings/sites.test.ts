import { describe, expect, it } from 'vitest';
import { isSiteDisabled, siteState, withSiteSwitched } from '../../../src/settings/sites';

describe('isSiteDisabled', () => {
  it('matches a plain host and its www. form only', () => {
    expect(isSiteDisabled('example.com', ['example.com'])).toBe(true);
    expect(isSiteDisabled('www.example.com', ['example.com'])).toBe(true);
    expect(isSiteDisabled('news.example.com', ['example.com'])).toBe(false);
    expect(isSiteDisabled('notexample.com', ['example.com'])).toBe(false);
  });

  it('matches every subdomain and the domain for a *. pattern', () => {
    const patterns = ['*.example.com'];
    expect(isSiteDisabled('example.com', patterns)).toBe(true);
    expect(isSiteDisabled('a.b.example.com', patterns)).toBe(true);
    expect(isSiteDisabled('badexample.com', patterns)).toBe(false);
  });

  it('ignores case and a trailing dot; an empty host (file:, about:) is never disabled', () => {
    expect(isSiteDisabled('Example.COM.', ['example.com'])).toBe(true);
    expect(isSiteDisabled('', ['*.com'])).toBe(false);
    expect(isSiteDisabled('example.com', [])).toBe(false);
  });
});

describe('siteState', () => {
  const on = { enabled: true, disabledSites: ['*.example.org', 'news.example'] };
  it('pause wins over the list; the list is read as isSiteDisabled reads it', () => {
    expect(siteState('www.news.example', on)).toBe('disabled-site');
    expect(siteState('a.example.org', on)).toBe('disabled-site');
    expect(siteState('example.com', on)).toBe('active');
    expect(siteState('example.com', { ...on, enabled: false })).toBe('paused');
    expect(siteState('news.example', { ...on, enabled: false })).toBe('paused');
  });
});

describe('withSiteSwitched', () => {
  it('off adds the host once, lower-cased; on removes every entry covering it, and only those', () => {
    expect(withSiteSwitched(['a.com'], 'News.Example.', true)).toEqual(['a.com', 'news.example']);
    expect(withSiteSwitched(['example.com'], 'www.example.com', true)).toEqual(['example.com']);
    expect(withSiteSwitched(['a.com', 'example.com', '*.example.com', 'b.example.com'], 'www.example.com', false)).toEqual(['a.com', 'b.example.com']);
    const list = ['a.com'];
    withSiteSwitched(list, 'b.com', true);
    expect(list).toEqual(['a.com']);
  });

  it('off then on gives back the list it started from', () => {
    const list = ['a.com', '*.b.org'];
    expect(withSiteSwitched(withSiteSwitched(list, 'news.example', true), 'news.example', false)).toEqual(list);
  });
});
