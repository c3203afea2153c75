// What Backstory knows: the bundled index's size and build day (build.mjs), and the way to settings.
import info from 'backstory:index-info';
import { plural } from './group-found';

export interface IndexFooterProps {
  onSettings(): void;
}

function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function IndexFooter({ onSettings }: IndexFooterProps) {
  return (
    <footer class="footer">
      <p id="index-info">
        Index: {plural(info.entities, 'entity', 'entities')} from {plural(info.articles, 'article')}
        {info.builtOn ? (
          <>
            , built <time dateTime={info.builtOn}>{formatDay(info.builtOn)}</time>
          </>
        ) : null}
        .
      </p>
      <button type="button" class="link" id="open-settings" onClick={onSettings}>
        All settings
      </button>
    </footer>
  );
}
