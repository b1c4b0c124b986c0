// The corrections made since publication, at the end of the story; nothing when there are none.
//   <Corrections />
import { fillIn } from '../content/interfaceWords.ts';
import { storyDate } from '../content/storyDate.ts';
import { useStory } from '../hooks/useStory.ts';

export function Corrections() {
  const { corrections, meta, ui } = useStory().story;
  if (corrections.length === 0) return null;
  return (
    <section className="corrections sources__part" aria-labelledby="corrections-title" data-corrections>
      <h3 id="corrections-title" className="sources__subtitle">
        {ui.corrections.title}
      </h3>
      <ul>
        {corrections.map((correction) => (
          <li key={correction.date + correction.text} data-correction>
            <time dateTime={correction.date}>{fillIn(ui.corrections.made, { date: storyDate(correction.date, meta) })}</time> {correction.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
