// Entry of the options page (options.html). Parts: options.css.ts (styles) and OptionsApp.tsx (the
// form, which loads, validates and saves settings through platform/storage.ts). Runs the same on
// every site setting: a disabled site changes only what the content script does.
import { render } from 'preact';
import { prepareExtensionPage } from '../platform/extension-page';
import { t } from '../platform/i18n';
import { OptionsApp } from './OptionsApp';
import { OPTIONS_CSS } from './options.css';

render(<OptionsApp />, prepareExtensionPage('options.html', t('optionsTitle'), OPTIONS_CSS));
