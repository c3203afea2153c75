// What every extension page of ours does before it renders: the document's language and title from
// _locales, its stylesheet (a <style> of its own: extension pages are ours to change), and the
// element the app renders into.
import { languageOf } from '../shared/i18n';
import { t } from './i18n';

/** Sets up the page and returns its #app element; `page` names the page in the error. */
export function prepareExtensionPage(page: string, title: string, css: string): HTMLElement {
  document.documentElement.lang = languageOf(t);
  document.title = title;
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const root = document.getElementById('app');
  if (!root) throw new Error(`${page} has no #app element`);
  return root;
}
