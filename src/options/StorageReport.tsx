// What the last read of storage found: fields that fell back to defaults, older or newer data,
// unknown keys, or storage that could not be read at all. Says that nothing was overwritten.
import { t } from '../platform/i18n';
import { formatPhrase } from '../settings/phrase';
import type { Found } from './options-state';

export function StorageReport({ found }: { found: Found }) {
  const lines = [...found.errors.map((error) => error.message), ...found.notices].map((line) => formatPhrase(t, line));
  if (!found.unreadable && lines.length === 0) return null;
  return (
    <section class="report" aria-labelledby="report-title">
      <h2 id="report-title">{found.unreadable ? t('optionsReportUnreadable') : t('optionsReportProblems')}</h2>
      {found.unreadable ? <p>{found.unreadable}</p> : null}
      {lines.length > 0 ? (
        <ul>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
      <p>{found.unreadable ? t('optionsReportShowsDefaults') : t('optionsReportUsesDefaults')}</p>
    </section>
  );
}
