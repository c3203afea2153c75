// The one door to browser.i18n: messages of the browser's language, else of `default_locale` (en).
import browser from 'webextension-polyfill';
import type { Translate } from '../shared/i18n';

export const t: Translate = (key, ...substitutions) =>
  // getMessage answers '' for a key no messages.json holds; the key itself is easier to spot.
  browser.i18n.getMessage(key, substitutions.map(String)) || key;
