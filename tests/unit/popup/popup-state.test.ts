import { describe, expect, it } from 'vitest';
import { INITIAL_POPUP_STATE, popupView, reducePopup, type PopupAction, type PopupState } from '../../../src/popup/popup-state';
import { defaultSettings, type Settings } from '../../../src/settings/schema';
import type { PageReport } from '../../../src/shared/messages';

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...patch });
const report = (patch: Partial<PageReport> = {}): PageReport => ({
  host: 'news.example',
  state: 'active',
  found: [{ id: 'place:tehran', name: 'Tehran', type: 'place', count: 2 }],
  ...patch,
});
const run = (...actions: PopupAction[]): PopupState => actions.reduce(reducePopup, INITIAL_POPUP_STATE);
const read = (s = settings()): PopupAction => ({ type: 'settings-read', settings: s });
const described = (r = report()): PopupAction => ({ type: 'described', report: r });

describe('popupView', () => {
  it('loads until both the settings and the tab answered', () => {
    expect(popupView(run()).page.kind).toBe('loading');
    expect(popupView(run(read())).page.kind).toBe('loading');
    expect(popupView(run(described())).page.kind).toBe('loading');
  });

  it('lists what the content script found, grouped', () => {
    const view = popupView(run(read(), described()));
    expect(view.page).toMatchObject({ kind: 'found', entities: 1, mentions: 2 });
    expect(view.site).toEqual({ host: 'news.example', canSwitchSite: true, siteOn: true, coveredBy: [], paused: false });
  });

  it('says so where no content script answers: no site switch, the pause switch stays', () => {
    const view = popupView(run(read(), { type: 'unreachable' }));
    expect(view.page.kind).toBe('unsupported');
    expect(view.site.host).toBeUndefined();
    expect(view.site.canSwitchSite).toBe(false);
  });

  it('follows the settings at once, the list once the content script has caught up', () => {
    const off = settings({ disabledSites: ['*.example'] });
    const view = popupView(run(read(off), described()));
    expect(view.page.kind).toBe('site-off');
    expect(view.site).toMatchObject({ siteOn: false, coveredBy: ['*.example'] });
    // Turned back on: the content script still says disabled until its rescan starts.
    expect(popupView(run(read(), described(report({ state: 'disabled-site', found: [] })))).page.kind).toBe('starting');
    expect(popupView(run(read(), described(report({ found: [] })))).page.kind).toBe('empty');
    expect(popupView(run(read(settings({ enabled: false, disabledSites: ['news.example'] })), described())).page.kind).toBe('paused');
  });

  it('offers no site switch for a host the list cannot hold', () => {
    expect(popupView(run(read(), described(report({ host: '[::1]' })))).site.canSwitchSite).toBe(false);
  });
});

describe('reducePopup', () => {
  it('shows a switch at once and puts it back with the reason when the save fails', () => {
    const before = settings();
    const switched = run(read(before), described(), { type: 'switched', settings: settings({ enabled: false }), announcement: 'Paused.' });
    expect(popupView(switched).site.paused).toBe(true);
    const failed = reducePopup(switched, { type: 'save-failed', settings: before, error: 'Not saved: full.' });
    expect(popupView(failed).site.paused).toBe(false);
    expect(failed).toMatchObject({ error: 'Not saved: full.', announcement: 'Not saved: full.' });
  });
});
