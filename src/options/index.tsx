// Entry of the options page (options.html). Parts: options.css.ts (styles) and OptionsApp.tsx (the
// form, which loads, validates and saves settings through platform/storage.ts). Runs the same on
// every site setting: a disabled site changes only what the content script does.
import { render } from 'preact';
import { t } from '../platform/i18n';
import { languageOf } from '../shared/i18n';
import { OptionsApp } from './OptionsApp';
import { OPTIONS_CSS } from './options.css';

document.documentElement.lang = languageOf(t);
document.title = t('optionsTitle');
const style = document.createElement('style');
style.textContent = OPTIONS_CSS;
document.head.append(style);

const root = document.getElementById('app');
if (!root) throw new Error('options.html has no #app element');
render(<OptionsApp />, root);
