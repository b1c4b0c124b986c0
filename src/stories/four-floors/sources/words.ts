// The English edition's words for the sources: how it names and describes the reports, the method note
// and the chapter's opening words.
import type { MethodParagraph } from '../../../kit/content/types.ts';
import type { EditionWords } from '../../../kit/content/defineStory.ts';
import type { FourFloorsIds } from '../ids.ts';

export const REPORT_WORDS: EditionWords<FourFloorsIds>['reports'] = {
  A: {
    label: 'Report A',
    description:
      'An English-language news report that reproduces the French posts of the mayor of Paris, the president and the account Infos Françaises.',
    contributes: [
      'The posts of the mayor and the president, in French',
      'Gassama’s words to the president, and the president’s answer',
      'The medal, the brigade offer and the policy context',
    ],
  },
  B: {
    label: 'Report B',
    description: 'An English-language report that cites the Telegraph, BFM TV and CNN for parts of its account.',
    contributes: ['The other tenant, the family’s flat and the football match', 'The residency permit date and the fire brigade’s statement'],
  },
  C: {
    label: 'Report C',
    description:
      'An English-language report headlined on the viral video, which cites CBS for his account of papers for Italy, his brother and the father’s case.',
    contributes: [
      'The height as “five stories”',
      'Its own description of him as having “entered France illegally”',
      'The father’s detention, citing CBS',
    ],
  },
};

export const METHOD: readonly MethodParagraph[] = [
  {
    lead: 'The reports.',
    text: 'Three English-language news reports, all written after the meeting at the Élysée. Report A reproduces French posts by the mayor of Paris, the president and the account Infos Françaises; Reports B and C cite other outlets for parts of their accounts. We name them by letter: the copies we worked from do not name their publishers.',
  },
  {
    lead: 'Quotes are verbatim, and checked.',
    text: 'Every quotation and excerpt is printed exactly as in its report; only white space and the shape of quotation marks may differ, an ellipsis marks words left out, and [sic] a slip that is the report’s own. Our build compares each with its report and stops on a mismatch; it also stops if words of ours in quotation marks are no report’s, a hedge is dropped, a claim gives a number or a day of the week that a report marked as stating it does not give, a single-source claim about a person’s status or conduct does not name its report, or a difference lacks two readings from two reports.',
  },
  {
    lead: 'Claims and differences.',
    text: 'We split the story into the claims it rests on and noted whether each report states each one, says something different or is silent. Under every step, How we know lists its claims, each with its own marks and the reports’ words; where the reports differ, we say how, and give each side in its own words.',
  },
  {
    lead: 'What is ours.',
    text: 'The translations, how French floors are counted, and the dates and weekdays we work out from the reports are ours, and marked as ours where they appear.',
  },
  {
    lead: 'Translations.',
    text: 'The French posts appear in French, as Report A prints them, with our English beneath under the label Our translation. What Gassama and the president said aloud appears in the reports only in English, and none says in which language it was said or who put it into English, so we do not translate it: we show the reports’ versions side by side. The president’s own account of what he told Gassama is also in his French post, which Report A reproduces.',
  },
];

export const SOURCES_INTRO =
  'Every fact in this story comes from three English-language news reports; what we add is marked as ours. This chapter shows which report says what, and where they disagree.';

export const CLAIMS_INTRO = 'Each claim is in our words; each report states it, says something different, or does not mention it.';
