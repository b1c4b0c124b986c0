// How we know what we say: what the reports are, how quotes are checked, how we compared the reports,
// what is ours and who translated what. The words are the story's (`story.method`).
//   <MethodNote />
import { useStory } from '../hooks/useStory.ts';

export function MethodNote() {
  const { story } = useStory();
  return (
    <section className="method sources__part" aria-labelledby="method-title" data-method-note data-stand-in="method">
      <h3 id="method-title" className="sources__subtitle">
        {story.ui.sources.method}
      </h3>
      {story.method.map((paragraph) => (
        <p key={paragraph.lead}>
          <strong>{paragraph.lead}</strong> {paragraph.text}
        </p>
      ))}
    </section>
  );
}
