// The sources: how we worked, the three reports, every claim against every report, and every place
// where the reports disagree.
import { useStory } from '../hooks/useStory.ts';
import { Corrections } from './Corrections.tsx';
import { CLAIMS_TABLE } from './sourcesParts.ts';
import { EmbedSnippet } from './EmbedSnippet.tsx';
import { MethodNote } from './MethodNote.tsx';
import { SourcesDifferences } from './SourcesChapter.Differences.tsx';
import { SourcesReport } from './SourcesChapter.Report.tsx';

interface SourcesChapterProps {
  /** Inside a publisher's iframe the embed code is not offered again. */
  isEmbedded: boolean;
}

// App renders it in a memoised slot (src/App.tsx): a step change never re-renders it.
export function SourcesChapter({ isEmbedded }: SourcesChapterProps) {
  const { story } = useStory();
  const words = story.ui.sources;
  return (
    <section className="sources" data-chapter="sources" id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title" className="chapter__title">
        {words.title}
      </h2>
      <p className="sources__intro">{story.sourcesIntro}</p>
      <MethodNote />
      <section className="sources__part" aria-labelledby="reports-title" data-stand-in="reports">
        <h3 id="reports-title" className="sources__subtitle">
          {words.reports}
        </h3>
        {story.reports.map((report) => (
          <SourcesReport key={report.id} report={report} />
        ))}
      </section>
      <section className="sources__part" aria-labelledby="claims-title" data-stand-in="claims">
        <h3 id="claims-title" className="sources__subtitle">
          {words.claims}
        </h3>
        <p>{story.claimsIntro}</p>
        <CLAIMS_TABLE.Part />
      </section>
      <section className="sources__part" aria-labelledby="differences-title" data-stand-in="differences">
        <h3 id="differences-title" className="sources__subtitle">
          {words.differences}
        </h3>
        <SourcesDifferences />
      </section>
      <Corrections />
      {!isEmbedded && <EmbedSnippet />}
    </section>
  );
}
