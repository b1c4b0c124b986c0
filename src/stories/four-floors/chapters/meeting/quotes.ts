// This chapter's quotations (The meeting at the Élysée), verbatim from their reports; the build and
// the tests check each one (see the story's quotes.ts). Who said them, and our translations, are each
// edition's (words.ts, words.fr.ts).
import type { QuoteText } from '../../../../kit/content/editions.ts';
import type { ReportId } from '../../sources/reports.ts';

export const MEETING_QUOTES = [
  {
    id: 'invited-offers',
    text: 'President Emmanuel Macron invited Gassama to the Élysée Palace on Monday, May 28, to make him several offers.',
    report: 'B',
  },
  { id: 'didnt-think', text: 'I didn’t think about it', report: 'B' },
  { id: 'saved-a-child', text: 'You saved a child. Without you, no one knows what would have become of him', report: 'A' },
  { id: 'courage-capability', text: 'You need courage and the capability to do that.', report: 'C' },
  {
    id: 'gold-medal',
    text: 'Macron awarded Gassama a gold medal from the French state for his ‘courage and devotion’ and offered him a job as a firefighter.',
    report: 'A',
  },
  {
    id: 'macron-post',
    text: 'Avec M. GASSAMA qui a sauvé samedi la vie d’un enfant en escaladant 4 étages à mains nues. Je lui ai annoncé qu’en reconnaissance de cet acte héroïque il allait être régularisé dans les plus brefs délais, et que la brigade des sapeurs-pompiers de Paris était prête à l’accueillir.',
    report: 'A',
    lang: 'fr',
  },
  { id: 'regularize-papers', text: 'we are obviously, today, going to regularize all your papers.', report: 'C' },
  {
    id: 'honorary-citizenship',
    text: 'has been offered honorary French citizenship and a job with the Paris fire brigade for his bravery.',
    report: 'B',
  },
  {
    id: 'what-firemen-do',
    text: 'What you have done corresponds with what firemen do. If this fits your wishes, you could join the fire brigade so that you can do [such acts] on a daily basis,',
    report: 'B',
  },
  {
    id: 'tightening-laws',
    text: 'The French president is in the process of tightening the country’s immigration laws and he denied there was any contradiction between that and awarding Gassama citizenship.',
    report: 'A',
  },
  { id: 'exceptional-act', text: 'An exceptional act does not make policy,', report: 'A' },
  {
    id: 'papers-italy-a',
    text: 'Gassama said he had papers to legally stay in Italy but wants to be with his older brother who has lived in France for years.',
    report: 'A',
  },
  {
    id: 'papers-italy-c',
    text: 'CBS reports that while Gassama says he was authorized to stay legally in Italy, he traveled to France to join his older brother, who has lived in the country for decades.',
    report: 'C',
  },
  { id: 'entered-illegally', text: 'a 22-year-old immigrant from Mali who entered France illegally', report: 'C' },
] as const satisfies readonly QuoteText<ReportId>[];
