// What the last read of storage found: fields that fell back to defaults, older or newer data,
// unknown keys, or storage that could not be read at all. Says that nothing was overwritten.
import type { Found } from './options-state';

export function StorageReport({ found }: { found: Found }) {
  const lines = [...found.errors.map((error) => error.message), ...found.notices];
  if (!found.unreadable && lines.length === 0) return null;
  return (
    <section class="report" aria-labelledby="report-title">
      <h2 id="report-title">{found.unreadable ? 'Stored settings could not be read' : 'Backstory found problems in its stored settings'}</h2>
      {found.unreadable ? <p>{found.unreadable}</p> : null}
      {lines.length > 0 ? (
        <ul>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
      <p>
        {found.unreadable ? 'This page shows the defaults' : 'Each of those settings shows its default (or the part that was valid), and Backstory uses that'}.
        What is stored stays as it is until you change a setting here; then this page's settings replace it.
      </p>
    </section>
  );
}
