// How we know what we say: what the reports are, how quotes are checked, how we compared the reports,
// what is ours and who translated what. The words are the story's (STORY.method).
//   <MethodNote />
import { STORY } from '../../stories/four-floors/story.ts';

export function MethodNote() {
  return (
    <section className="method sources__part" aria-labelledby="method-title" data-method-note>
      <h3 id="method-title" className="sources__subtitle">
        Method
      </h3>
      {STORY.method.map((paragraph) => (
        <p key={paragraph.lead}>
          <strong>{paragraph.lead}</strong> {paragraph.text}
        </p>
      ))}
    </section>
  );
}
