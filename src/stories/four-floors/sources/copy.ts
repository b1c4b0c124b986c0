// The English edition's words for the sources: how it names and describes the reports, whose posts
// they reproduce, its account of each difference, the method note and the chapter's opening words.
import type { MethodParagraph } from '../../../kit/content/types.ts';
import type { EditionWords } from '../edition.ts';

export const REPORT_WORDS: EditionWords['sources'] = {
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
      'The father’s detention and the court date in September, citing CBS',
    ],
  },
};

/** Whose words a report reproduces, named beside the report's label where an excerpt is someone's post. */
export const POST_WORDS: EditionWords['posts'] = {
  'infos-francaises': 'the post by Infos Françaises',
  mayor: 'the mayor’s post',
  president: 'the president’s post',
};

// Each difference in our plain words; anything we add from outside the reports is said to be ours, in the same paragraph.
export const DISCREPANCY_WORDS: EditionWords['discrepancies'] = {
  height: {
    title: 'How high did he climb?',
    explanation: [
      'Reports A and B count four floors, and the president’s post says “4 étages”; Report C says five stories.',
      'Our note, not the reports’: in France the street level is the rez-de-chaussée and the count starts above it, so the 4e étage is the fifth storey counted from the ground. None of the reports says which count it uses, so that may or may not be why they differ.',
      'Only Report B says where the boy fell from: the family’s “sixth floor flat”. The switch under the rescue drawing relabels its floors in either count.',
    ],
    readings: [
      { label: 'Four floors', translations: [undefined, 'by climbing 4 floors with his bare hands'] },
      { label: 'A four-story balcony' },
      { label: 'Five stories' },
      { label: 'Fell from a sixth-floor flat' },
    ],
  },
  crowd: {
    title: 'Cheers, or horror?',
    explanation: [
      'Report B has him climb to the “cheers of onlookers”; Report C has a crowd looking on “in horror” until he reached the boy. Report A does not describe the crowd.',
    ],
    readings: [{ label: 'Cheering as he climbed' }, { label: 'Horror, then relief and elation as he reached the boy' }],
  },
  'words-ran': {
    title: 'What he said about running to the boy',
    explanation: [
      'All three reports quote him, in English that differs; Report B’s second version is from CNN, and Report C adds, in its own words, that he did not think twice. None says in which language he spoke or who put his words into English.',
    ],
    readings: [{ label: 'No time to think; across the road' }, { label: 'Did not think; looked for solutions' }, { label: 'Ran; across the street' }],
  },
  'words-climbed': {
    title: 'What he said about the climb',
    explanation: [
      'Reports A and B agree on “I climbed up” and God’s help; Reports A and C have climbing give him courage, in different words, and Report C puts God’s help in its own.',
    ],
    readings: [{ label: 'God helped; more courage the higher he went' }, { label: 'God helped' }, { label: 'Climbing gave him courage' }],
  },
  'legal-status': {
    title: 'How do the reports describe his status?',
    explanation: [
      'Reports A and C give his account of papers to stay legally in Italy; Report C also says, in its own words, that he “entered France illegally”. Report A does not say how he entered France; Report B says only that he “immigrated to Paris from Mali”.',
      'Our reading, not the reports’: the two need not contradict each other, since papers for Italy are not papers for France.',
    ],
    readings: [
      { label: 'Papers to stay in Italy, by his account' },
      { label: 'Entered France illegally, in Report C’s words' },
      { label: 'Immigrated from Mali' },
    ],
  },
  'brother-years': {
    title: 'How long had his brother lived in France?',
    explanation: [
      'Report A, relaying what Gassama said, has “for years”; Report C, citing CBS, “for decades”. Neither gives a date, so we cannot tell which is closer. Report B does not mention the brother.',
    ],
    readings: [{ label: 'For years' }, { label: 'For decades' }],
  },
  citizenship: {
    title: 'Papers, a permit, or citizenship?',
    explanation: [
      'The president’s own post says Gassama would be “régularisé”, his status regularised; Report C quotes him on his “papers”; Report B speaks of a residency permit.',
      'Each report also speaks of citizenship, Report B as “honorary” and, in a sentence it attributes to the Telegraph, as a “chance” of nationality. Our note: none quotes the president offering citizenship, which is not the same as a permit to stay.',
    ],
    readings: [
      { label: 'His status regularised', translations: ['his status would be regularised as soon as possible', undefined, undefined] },
      { label: 'A residency permit' },
      { label: 'Citizenship' },
      { label: 'Honorary citizenship, or a chance of nationality' },
    ],
  },
  'papers-when': {
    title: 'When would his status be settled?',
    explanation: [
      'The president’s post says as soon as possible; Report C quotes him saying “today”; Report B dates the permit to Tuesday 29 May, the day after the meeting. They need not conflict, but they are not the same promise.',
    ],
    readings: [
      { label: 'As soon as possible', translations: ['his status would be regularised as soon as possible'] },
      { label: 'Today' },
      { label: 'On Tuesday 29 May' },
    ],
  },
  medal: {
    title: 'A medal, a certificate, or neither?',
    explanation: [
      'Reports A and B say he was given a gold medal, B adding a certificate and citing the Telegraph. Report C gives “courage and devotion” as the reason for citizenship and a job, and mentions no medal.',
    ],
    readings: [
      { label: 'A gold medal, for his courage and devotion' },
      { label: 'A gold medal and a certificate' },
      { label: 'Courage and devotion, as the reason for citizenship and a job' },
    ],
  },
  'brigade-offer': {
    title: 'How firm was the fire-brigade offer?',
    explanation: [
      'From a job offered (Report A) to a potential job (Report C); Report B quotes a “could join”, then says he “is also to start working” with the brigade. The president’s post says only that the brigade was ready to welcome him.',
    ],
    readings: [
      { label: 'A job, offered' },
      { label: 'Ready to welcome him', translations: ['the Paris fire brigade was ready to welcome him'] },
      { label: 'He could join; he is to start' },
      { label: 'A potential job' },
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
    text: 'Every quotation and excerpt is printed exactly as in its report; only white space and the shape of quotation marks may differ, an ellipsis marks words left out, and [sic] a slip that is the report’s own. Our build compares each with its report and stops on a mismatch; it also stops if words of ours in quotation marks are no report’s, a hedge is dropped, a single-source claim about a person’s status or conduct does not name its report, or a difference lacks two readings from two reports.',
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
    text: 'The French posts appear in French, as Report A prints them, with our English beneath under the label Our translation. What Gassama and the president said aloud appears in the reports only in English, and none says in which language it was said or who put it into English, so we do not translate it again: we show the reports’ versions side by side. The president’s own account of what he told Gassama is also in his French post, which Report A reproduces.',
  },
];

export const SOURCES_INTRO =
  'Every fact in this story comes from three English-language news reports; what we add is marked as ours. This chapter shows which report says what, and where they disagree.';

export const CLAIMS_INTRO = 'Each claim is in our words; each report states it, says something different, or does not mention it.';
