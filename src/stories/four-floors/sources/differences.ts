// The English edition's account of each difference between the reports, and whose posts the reports
// reproduce. Loaded with the story's evidence, after its text (see evidence.ts).
import type { EvidenceWords } from '../../../kit/content/defineStory.ts';
import type { FourFloorsIds } from '../ids.ts';
import type { PostAuthor } from './posts.ts';

/** Whose words a report reproduces, named beside the report's label where an excerpt is someone's post. */
export const POST_WORDS: Readonly<Record<PostAuthor, string>> = {
  'infos-francaises': 'the post by Infos Françaises',
  mayor: 'the mayor’s post',
  president: 'the president’s post',
};

// Each difference in our plain words; anything we add from outside the reports is said to be ours, in the same paragraph.
export const DISCREPANCY_WORDS: EvidenceWords<FourFloorsIds>['discrepancies'] = {
  height: {
    title: 'How high did he climb?',
    explanation: [
      'Report A counts four floors; Report B has him climb to a “four-story balcony”; the president’s post, which Report A reproduces, says “4 étages”; Report C says five stories.',
      'Our note, not the reports’: in France the street level is the rez-de-chaussée and the count starts above it, so the 4e étage is the fifth storey counted from the ground, and Report C’s five stories may be the same height counted with the street level. None of the reports says which count it uses, so that may or may not be why they differ.',
      'Only Report B says where the boy apparently fell from: the family’s “sixth floor flat”. The switch under the rescue drawing relabels its floors in either count.',
    ],
    readings: [
      { label: 'Four floors', translations: [undefined, 'by climbing 4 floors with his bare hands'] },
      { label: 'A four-story balcony' },
      { label: 'Five stories' },
      { label: 'Apparently fell from a sixth-floor flat' },
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
      'Reports A and B both quote him saying he climbed up and God helped him, in words that are not quite the same; Reports A and C have climbing give him courage, in different words, and Report C puts God’s help in its own.',
    ],
    readings: [{ label: 'God helped; more courage the higher he went' }, { label: 'God helped' }, { label: 'Climbing gave him courage' }],
  },
  'legal-status': {
    title: 'How do the reports describe his status?',
    explanation: [
      'Report A gives his account of papers to stay legally in Italy, and Report C relays it from CBS; Report C also says, in its own words, that he “entered France illegally”. Report A does not say how he entered France; Report B says only that he “immigrated to Paris from Mali”.',
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
      'Each report also speaks of citizenship, Report B as “honorary” and, in a sentence it attributes to the Telegraph, as a “chance” of nationality. Our note: none quotes the president offering citizenship.',
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
      'The president’s post says as soon as possible; Report C quotes him saying “today”; Report B dates the permit to Tuesday 29 May, after the meeting. They need not conflict, but they are not the same promise.',
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
