// Sites where Backstory does nothing: one per line, each line checked as it is typed. The list
// saves once typing pauses while every line is a site name and the list is within what syncs.
import { useLayoutEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { formatPhrase } from '../settings/phrase';
import { formatSiteLines, parseSiteLines } from '../settings/site-lines';
import { sameValue } from '../settings/same-value';
import { sizeProblem } from '../settings/validate';
import { describedBy, Field, fieldIds } from './Field';
import type { FieldProps } from './field-props';
import { useTypedCommit } from './use-typed-commit';

function problemsOf(text: string): { sites: string[]; problems: string[] } {
  const { sites, errors } = parseSiteLines(text);
  const problems = errors.map((error) => formatPhrase(t, error.message));
  const tooBig = sizeProblem('disabledSites', sites);
  if (tooBig) problems.push(t('optionsSitesTooBig', formatPhrase(t, tooBig)));
  return { sites, problems };
}

export function SitesField({ settingKey, value, status, onCommit }: FieldProps<'disabledSites'>) {
  const [draft, setDraft] = useState(formatSiteLines(value));
  const [problems, setProblems] = useState<string[]>([]);
  const typing = useTypedCommit((sites: string[]) => onCommit(sites));

  // Before paint: a value read from storage shows in the field in the same frame the page says it has loaded.
  useLayoutEffect(() => {
    const typed = problemsOf(draft);
    if (typed.problems.length > 0 || !sameValue(typed.sites, value)) {
      setDraft(formatSiteLines(value));
      setProblems([]);
    }
  }, [formatSiteLines(value)]);

  const onInput = (text: string) => {
    setDraft(text);
    const typed = problemsOf(text);
    setProblems(typed.problems);
    if (typed.problems.length === 0 && !sameValue(typed.sites, value)) typing.schedule(typed.sites);
    else typing.cancel();
  };

  const error = problems.length > 0 ? problems.join(' ') : undefined;
  return (
    <Field settingKey={settingKey} layout="single" status={status} error={error}>
      <textarea
        id={fieldIds(settingKey).control}
        rows={5}
        value={draft}
        spellcheck={false}
        autocapitalize="off"
        placeholder={'example.com\n*.example.org'}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(settingKey)}
        onInput={(event) => onInput(event.currentTarget.value)}
        onBlur={typing.flush}
      />
    </Field>
  );
}
