// Links to a story's other editions (English / Français), each named in its own language, keeping the
// reader's place: the step they are on (given, or the address's fragment) and the embed mode (the
// query), read when the link is followed. A story told once shows none. No edition is chosen for the
// reader by their browser's language: the reader chooses.
//   <EditionLinks stepId={activeStepId} />
import type { MouseEvent } from 'react';
import { useStory } from '../hooks/useStory.ts';

interface EditionLinksProps {
  /** The step to land on in the other edition; without it, the address's own fragment is kept. */
  stepId?: string;
  /** Beside the step buttons, only the other editions are listed. */
  isOthersOnly?: boolean;
}

/** From this edition's page to the story's root: "./" from the first edition's, "../" from "fr/". */
const toRoot = (path: string) => (path === '' ? './' : '../'.repeat(path.split('/').filter(Boolean).length));

export function EditionLinks({ stepId, isOthersOnly = false }: EditionLinksProps) {
  const { meta } = useStory().story;
  const editions = meta.editions ?? [];
  const current = editions.find((edition) => edition.lang === meta.lang);
  if (editions.length < 2 || !current) return null;
  const keepPlace = (event: MouseEvent<HTMLAnchorElement>) => {
    event.currentTarget.search = window.location.search;
    if (!stepId) event.currentTarget.hash = window.location.hash;
  };
  return (
    <ul className="edition-links">
      {editions.filter((edition) => !isOthersOnly || edition !== current).map((edition) => (
        <li key={edition.lang} className="edition-links__item" lang={edition.lang}>
          {edition === current ? (
            <span className="edition-links__current" aria-current="page">
              {edition.name}
            </span>
          ) : (
            <a className="edition-links__link" href={`${toRoot(current.path)}${edition.path}${stepId ? `#${stepId}` : ''}`} hrefLang={edition.lang} onClick={keepPlace} data-edition={edition.lang}>
              {edition.name}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
