// The toolbar popup: what Backstory found on the tab (asked of its content script every second
// while open, so counts follow the page), the site and pause switches (saved through
// platform/storage.ts, the one settings module), and what the index holds.
import { useEffect, useReducer, useRef } from 'preact/hooks';
import { t } from '../platform/i18n';
import { askTab } from '../platform/runtime';
import { loadSettings, onSettingsChanged, saveSettings } from '../platform/storage';
import { openOptionsPage } from '../platform/tabs';
import { formatPhrase } from '../settings/phrase';
import { defaultSettings, type Settings } from '../settings/schema';
import { withSiteSwitched } from '../settings/sites';
import { isPageReport, type FoundEntity } from '../shared/messages';
import { IndexFooter } from './IndexFooter';
import { PageSection } from './PageSection';
import { INITIAL_POPUP_STATE, popupView, reducePopup } from './popup-state';
import { SiteSection } from './SiteSection';

/** Often enough that counts follow a changing page; one small message a second costs the page nothing. */
export const ASK_INTERVAL_MS = 1000;

export interface PopupAppProps {
  /** The tab to describe; undefined when there is none. */
  tabId: Promise<number | undefined>;
  /** The real popup closes once the page shows the chosen entity; a test's tab stays. */
  closeAfterReveal: boolean;
}

export function PopupApp({ tabId, closeAfterReveal }: PopupAppProps) {
  const [state, dispatch] = useReducer(reducePopup, INITIAL_POPUP_STATE);
  // Saves run one after another: each reads what the previous one wrote.
  const saving = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    const lifetime = new AbortController();
    loadSettings().then(
      ({ settings }) => dispatch({ type: 'settings-read', settings }),
      (error: unknown) => {
        dispatch({ type: 'settings-read', settings: defaultSettings() });
        dispatch({ type: 'announce', announcement: t('storageFailed', error instanceof Error ? error.message : String(error)) });
      },
    );
    onSettingsChanged(({ settings }) => dispatch({ type: 'settings-read', settings }), lifetime.signal);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const id = await tabId;
      // No answer, or a rejection ("Receiving end does not exist"): no content script runs there.
      const report = id === undefined ? undefined : await askTab(id, 'page/describe', {}).catch(() => undefined);
      if (lifetime.signal.aborted) return;
      dispatch(isPageReport(report) ? { type: 'described', report } : { type: 'unreachable' });
      timer = setTimeout(() => void ask(), ASK_INTERVAL_MS);
    };
    void ask();
    return () => {
      lifetime.abort();
      clearTimeout(timer);
    };
  }, []);

  useEffect(() => {
    const theme = state.settings?.theme;
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  }, [state.settings?.theme]);

  const view = popupView(state);
  const { host } = view.site;

  const save = (before: Settings, next: Settings, announcement: string) => {
    dispatch({ type: 'switched', settings: next, announcement });
    saving.current = saving.current.then(async () => {
      const result = await saveSettings(next);
      if (!result.ok) dispatch({ type: 'save-failed', settings: before, error: formatPhrase(t, result.error) });
    });
  };

  const onSite = (on: boolean) => {
    const settings = state.settings;
    if (!settings || !host) return;
    const next = { ...settings, disabledSites: withSiteSwitched(settings.disabledSites, host, !on) };
    save(settings, next, on ? t('popupSiteOnAgain', host) : t('popupSiteTurnedOff', host));
  };

  const onPause = (paused: boolean) => {
    const settings = state.settings;
    if (!settings) return;
    save(settings, { ...settings, enabled: !paused }, paused ? t('popupPausedNow') : t('popupRunsAgain'));
  };

  const onChoose = async (entity: FoundEntity) => {
    const id = await tabId;
    const shown = id === undefined ? false : await askTab(id, 'mention/reveal', { entityId: entity.id }).catch(() => false);
    if (shown === true && closeAfterReveal) window.close();
    else dispatch({ type: 'announce', announcement: shown === true ? t('popupShowing', entity.name) : t('popupGone', entity.name) });
  };

  return (
    <main class="popup" aria-busy={view.page.kind === 'loading' ? 'true' : undefined}>
      <header class="top">
        <h1>{t('extensionName')}</h1>
        {host && <p class="host">{host}</p>}
      </header>
      <PageSection view={view.page} host={host} onChoose={(entity) => void onChoose(entity)} />
      {view.page.kind !== 'loading' && <SiteSection site={view.site} onSite={onSite} onPause={onPause} />}
      {state.error && (
        <p class="error" role="alert">
          {state.error}
        </p>
      )}
      <p class="visually-hidden" role="status" aria-live="polite" id="announcer">
        {state.announcement}
      </p>
      <IndexFooter onSettings={() => void openOptionsPage()} />
    </main>
  );
}
