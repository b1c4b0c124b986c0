// Where the three reports disagree: each difference in our plain words, with every side in its own
// report's exact words. Steps name the ones they show (`discrepancyIds`); the sources chapter lists all.
// `npm test` and the build check each excerpt is verbatim and each has two readings from two reports.
import type { Discrepancy } from './types.ts';

export const DISCREPANCIES: readonly Discrepancy[] = [
  {
    id: 'height',
    title: 'How high did he climb?',
    explanation: [
      'In France the floor at street level is the rez-de-chaussée, and the counting starts above it: the premier étage is the first floor up. The boy’s balcony, on the 4e étage, is four floors above the street, and the fifth storey if the street level counts as the first.',
      'So “four floors” and the president’s “4 étages” (Report A) and “five stories” (Report C) can describe the same climb. Report B’s “fourth story” keeps the French number.',
      'Report B alone says where the boy fell from: the family’s “sixth floor flat”, above the balcony that stopped his fall. It does not say which count it uses.',
      'The switch under the rescue drawing relabels its floors in either count.',
    ],
    isSideBySide: false,
    readings: [
      {
        label: 'Four floors',
        excerpts: [
          { source: 'A', text: 'scaled four floors of an apartment building' },
          {
            source: 'A',
            text: 'en escaladant 4 étages à mains nues',
            lang: 'fr',
            translation: 'climbing 4 floors bare-handed (the president’s post)',
          },
        ],
      },
      {
        label: 'A four-story balcony',
        excerpts: [
          { source: 'B', text: 'climbing up to a four-story balcony' },
          { source: 'B', text: 'the child was able to grab hold of the fourth story balcony to halt his fall' },
        ],
      },
      {
        label: 'Five stories',
        excerpts: [{ source: 'C', text: 'scaled five stories of an apartment building' }],
      },
      {
        label: 'Fell from a sixth-floor flat',
        excerpts: [{ source: 'B', text: 'he fell from the balcony of their sixth floor flat' }],
      },
    ],
  },
  {
    id: 'words-ran',
    title: '“I ran across the road”, three ways',
    explanation: [
      'Reports A and C both quote what Gassama told the president about running to the boy, and their English differs: across the road or across the street, “I just didn’t have time to think” or simply “I ran”. Report B gives only “I didn’t think about it”; Report C, in its own words, has him not think twice.',
      'None of the reports prints what he said in French, so none of these is his exact wording.',
    ],
    isSideBySide: true,
    readings: [
      {
        label: 'No time to think; across the road',
        excerpts: [{ source: 'A', text: 'I just didn’t have time to think, I ran across the road to go and save him' }],
      },
      {
        label: 'Did not think about it',
        excerpts: [{ source: 'B', text: 'I didn\'t think about it' }],
      },
      {
        label: 'Ran; across the street',
        excerpts: [
          { source: 'C', text: 'I ran. I crossed the street to save him' },
          { source: 'C', text: 'saying he didn\'t think twice about trying to rescue the child' },
        ],
      },
    ],
  },
  {
    id: 'words-climbed',
    title: '“I climbed up”, three ways',
    explanation: [
      'The reports render what he said next differently too. Reports A and B agree on “I climbed up” and on God’s help, A with a “just” and a “thank God” that B does not have. Reports A and C have him say that climbing gave him courage, in sentences that share almost no words; Report C puts God’s help in its own words.',
    ],
    isSideBySide: true,
    readings: [
      {
        label: 'God helped; more courage the higher he went',
        excerpts: [
          {
            source: 'A',
            text: 'I just climbed up and thank God, God helped me. The more I climbed the more I had the courage to climb up higher, that’s it.',
          },
        ],
      },
      {
        label: 'God helped',
        excerpts: [{ source: 'B', text: 'I climbed up and God helped me.' }],
      },
      {
        label: 'Climbing gave him courage',
        excerpts: [
          { source: 'C', text: 'When I started to climb, it gave me courage to keep climbing.' },
          { source: 'C', text: 'Gassama said God helped him in his efforts.' },
        ],
      },
    ],
  },
  {
    id: 'legal-status',
    title: 'Was he in France legally?',
    explanation: [
      'Report A gives his own account: he had papers allowing him to stay in Italy. Report C calls him an illegal immigrant who “entered France illegally”, then, citing CBS, gives the same account of papers for Italy. Report B says only that he came from Mali.',
      'The two need not contradict each other: papers for Italy are not papers for France, and both reports say the president promised him the papers to stay in France.',
    ],
    isSideBySide: false,
    readings: [
      {
        label: 'Papers to stay in Italy',
        excerpts: [
          { source: 'A', text: 'Gassama said he had papers to legally stay in Italy' },
          { source: 'C', text: 'CBS reports that while Gassama says he was authorized to stay legally in Italy, he traveled to France' },
        ],
      },
      {
        label: 'Entered France illegally',
        excerpts: [
          { source: 'C', text: 'a 22-year-old immigrant from Mali who entered France illegally' },
          { source: 'C', text: 'An act of heroism by an illegal immigrant in Paris' },
        ],
      },
    ],
  },
  {
    id: 'brother-years',
    title: 'How long had his brother lived in France?',
    explanation: [
      'Both reports that mention his older brother say Gassama came to France to be with him. Report A says the brother had lived there “for years”; Report C, citing CBS, “for decades”. Decades is a far stronger claim, neither report gives a date, and we cannot tell which is closer. Report B does not mention the brother.',
    ],
    isSideBySide: false,
    readings: [
      {
        label: 'For years',
        excerpts: [{ source: 'A', text: 'wants to be with his older brother who has lived in France for years.' }],
      },
      {
        label: 'For decades',
        excerpts: [{ source: 'C', text: 'he traveled to France to join his older brother, who has lived in the country for decades.' }],
      },
    ],
  },
  {
    id: 'offers',
    title: 'What was he offered, and when?',
    explanation: [
      'The president’s own words, in his post reproduced by Report A, promise that Gassama would be “régularisé” as soon as possible: given the papers to stay in France. Report C quotes him telling Gassama the same, “today”. Report B dates the residency permit to Tuesday 29 May, the day after the meeting.',
      'The reports also speak of citizenship: Report C says the act “earned” it, Report A speaks of “awarding” it, and Report B of “honorary” citizenship and of a “chance” to be conferred nationality. A permit to stay and citizenship are different things, and none of the reports quotes the president offering citizenship.',
    ],
    isSideBySide: false,
    readings: [
      {
        label: 'His papers put in order',
        excerpts: [
          {
            source: 'A',
            text: 'il allait être régularisé dans les plus brefs délais',
            lang: 'fr',
            translation: 'his papers would be put in order as soon as possible (the president’s post)',
          },
          { source: 'A', text: 'promised him documents that would allow him to stay in the country' },
          { source: 'C', text: 'we are obviously, today, going to regularize all your papers.' },
        ],
      },
      {
        label: 'A residency permit, on Tuesday 29 May',
        excerpts: [{ source: 'B', text: 'Gassama is set to receive his residency permit on Tuesday, May 29.' }],
      },
      {
        label: 'Citizenship',
        excerpts: [
          { source: 'A', text: 'awarding Gassama citizenship' },
          { source: 'C', text: 'earned the Mali-born migrant his French citizenship' },
        ],
      },
      {
        label: 'Honorary citizenship, or a chance of nationality',
        excerpts: [
          { source: 'B', text: 'has been offered honorary French citizenship' },
          { source: 'B', text: 'as well a chance to be officially conferred French nationality' },
        ],
      },
    ],
  },
];
