// Where the three reports disagree: each difference in our plain words, with every side in its own
// report's exact words. Steps name the ones they show (`discrepancyIds`); the sources chapter lists all.
// `npm test` and the build check each excerpt is verbatim and each has two readings from two reports.
// Anything we add from outside the reports is said to be ours, in the same paragraph.
import type { Discrepancy, StoryIds } from '../../../kit/content/types.ts';
import { PRESIDENT } from './postContexts.ts';
import type { SourceId } from './reports.ts';
import type { FourFloorsIds } from '../ids.ts';


const discrepancies = [
  {
    id: 'height',
    title: 'How high did he climb?',
    explanation: [
      'Reports A and B count four floors, and the president’s post says “4 étages”; Report C says five stories.',
      'Our note, not the reports’: in France the street level is the rez-de-chaussée and the count starts above it, so the 4e étage is the fifth storey counted from the ground. None of the reports says which count it uses, so that may or may not be why they differ.',
      'Only Report B says where the boy fell from: the family’s “sixth floor flat”. The switch under the rescue drawing relabels its floors in either count.',
    ],
    isSideBySide: false,
    readings: [
      {
        label: 'Four floors',
        excerpts: [
          { source: 'A', text: 'scaled four floors of an apartment building' },
          { source: 'A', text: 'en escaladant 4 étages à mains nues', lang: 'fr', context: PRESIDENT, translation: 'by climbing 4 floors with his bare hands' },
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
    id: 'crowd',
    title: 'Cheers, or horror?',
    explanation: [
      'Report B has him climb to the “cheers of onlookers”; Report C has a crowd looking on “in horror” until he reached the boy. Report A does not describe the crowd.',
    ],
    isSideBySide: false,
    readings: [
      {
        label: 'Cheering as he climbed',
        excerpts: [{ source: 'B', text: 'To the cheers of onlookers, the Malian migrant clambered and swung up from one balcony to the next' }],
      },
      {
        label: 'Horror, then relief and elation as he reached the boy',
        excerpts: [{ source: 'C', text: 'The large crowd of people looking on in horror as the boy’s life literally hung in the balance found their fear turn to relief then elation as the young hero reached him.' }],
      },
    ],
  },
  {
    id: 'words-ran',
    title: 'What he said about running to the boy',
    explanation: [
      'All three reports quote him, in English that differs; Report B’s second version is from CNN, and Report C adds, in its own words, that he did not think twice. None says in which language he spoke or who put his words into English.',
    ],
    isSideBySide: true,
    readings: [
      {
        label: 'No time to think; across the road',
        excerpts: [{ source: 'A', text: 'I just didn’t have time to think, I ran across the road to go and save him' }],
      },
      {
        label: 'Did not think; looked for solutions',
        excerpts: [
          { source: 'B', text: 'I didn\'t think about it' },
          { source: 'B', text: 'I ran and I looked for solutions to save him' },
        ],
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
    title: 'What he said about the climb',
    explanation: [
      'Reports A and B agree on “I climbed up” and God’s help; Reports A and C have climbing give him courage, in different words, and Report C puts God’s help in its own.',
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
    title: 'How do the reports describe his status?',
    explanation: [
      'Reports A and C give his account of papers to stay legally in Italy; Report C also says, in its own words, that he “entered France illegally”. Report A does not say how he entered France; Report B says only that he “immigrated to Paris from Mali”.',
      'Our reading, not the reports’: the two need not contradict each other, since papers for Italy are not papers for France.',
    ],
    isSideBySide: false,
    readings: [
      {
        label: 'Papers to stay in Italy, by his account',
        excerpts: [
          { source: 'A', text: 'Gassama said he had papers to legally stay in Italy' },
          { source: 'C', text: 'CBS reports that while Gassama says he was authorized to stay legally in Italy, he traveled to France' },
        ],
      },
      {
        label: 'Entered France illegally, in Report C’s words',
        excerpts: [
          { source: 'C', text: 'a 22-year-old immigrant from Mali who entered France illegally' },
          { source: 'C', text: 'An act of heroism by an illegal immigrant in Paris' },
        ],
      },
      {
        label: 'Immigrated from Mali',
        excerpts: [{ source: 'B', text: 'A young man who immigrated to Paris from Mali' }],
      },
    ],
  },
  {
    id: 'brother-years',
    title: 'How long had his brother lived in France?',
    explanation: [
      'Report A, relaying what Gassama said, has “for years”; Report C, citing CBS, “for decades”. Neither gives a date, so we cannot tell which is closer. Report B does not mention the brother.',
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
    id: 'citizenship',
    title: 'Papers, a permit, or citizenship?',
    explanation: [
      'The president’s own post says Gassama would be “régularisé”, his status regularised; Report C quotes him on his “papers”; Report B speaks of a residency permit.',
      'Each report also speaks of citizenship, Report B as “honorary” and, in a sentence it attributes to the Telegraph, as a “chance” of nationality. Our note: none quotes the president offering citizenship, which is not the same as a permit to stay.',
    ],
    isSideBySide: false,
    readings: [
      {
        label: 'His status regularised',
        excerpts: [
          { source: 'A', text: 'il allait être régularisé dans les plus brefs délais', lang: 'fr', context: PRESIDENT, translation: 'his status would be regularised as soon as possible' },
          { source: 'A', text: 'promised him documents that would allow him to stay in the country' },
          { source: 'C', text: 'we are obviously, today, going to regularize all your papers.' },
        ],
      },
      {
        label: 'A residency permit',
        excerpts: [{ source: 'B', text: 'Gassama is set to receive his residency permit' }],
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
          { source: 'B', text: 'as well [sic] a chance to be officially conferred French nationality' },
        ],
      },
    ],
  },
  {
    id: 'papers-when',
    title: 'When would his status be settled?',
    explanation: [
      'The president’s post says as soon as possible; Report C quotes him saying “today”; Report B dates the permit to Tuesday 29 May, the day after the meeting. They need not conflict, but they are not the same promise.',
    ],
    isSideBySide: false,
    readings: [
      {
        label: 'As soon as possible',
        excerpts: [{ source: 'A', text: 'il allait être régularisé dans les plus brefs délais', lang: 'fr', context: PRESIDENT, translation: 'his status would be regularised as soon as possible' }],
      },
      {
        label: 'Today',
        excerpts: [{ source: 'C', text: 'we are obviously, today, going to regularize all your papers.' }],
      },
      {
        label: 'On Tuesday 29 May',
        excerpts: [{ source: 'B', text: 'Gassama is set to receive his residency permit on Tuesday, May 29.' }],
      },
    ],
  },
  {
    id: 'medal',
    title: 'A medal, a certificate, or neither?',
    explanation: [
      'Reports A and B say he was given a gold medal, B adding a certificate and citing the Telegraph. Report C gives “courage and devotion” as the reason for citizenship and a job, and mentions no medal.',
    ],
    isSideBySide: false,
    readings: [
      {
        label: 'A gold medal, for his courage and devotion',
        excerpts: [{ source: 'A', text: 'Macron awarded Gassama a gold medal from the French state for his ‘courage and devotion’' }],
      },
      {
        label: 'A gold medal and a certificate',
        excerpts: [{ source: 'B', text: 'He was also given a gold medal and a certificate to commemorate his act of courage, according to the Telegraph' }],
      },
      {
        label: 'Courage and devotion, as the reason for citizenship and a job',
        excerpts: [{ source: 'C', text: 'Macron announced that he had rewarded Gassama for his ‘courage and devotion’ by offering him French citizenship as well as a potential job as a firefighter' }],
      },
    ],
  },
  {
    id: 'brigade-offer',
    title: 'How firm was the fire-brigade offer?',
    explanation: [
      'From a job offered (Report A) to a potential job (Report C); Report B quotes a “could join”, then says he “is also to start working” with the brigade. The president’s post says only that the brigade was ready to welcome him.',
    ],
    isSideBySide: false,
    readings: [
      {
        label: 'A job, offered',
        excerpts: [{ source: 'A', text: 'offered him a job as a firefighter.' }],
      },
      {
        label: 'Ready to welcome him',
        excerpts: [{ source: 'A', text: 'la brigade des sapeurs-pompiers de Paris était prête à l’accueillir', lang: 'fr', context: PRESIDENT, translation: 'the Paris fire brigade was ready to welcome him' }],
      },
      {
        label: 'He could join; he is to start',
        excerpts: [
          { source: 'B', text: 'If this fits your wishes, you could join the fire brigade' },
          { source: 'B', text: 'He is also to start working with the Paris fire brigade' },
        ],
      },
      {
        label: 'A potential job',
        excerpts: [{ source: 'C', text: 'as well as a potential job as a firefighter' }],
      },
    ],
  },
] as const satisfies readonly Discrepancy<StoryIds & { source: SourceId }>[];

export type DiscrepancyId = (typeof discrepancies)[number]['id'];

export const DISCREPANCIES: readonly Discrepancy<FourFloorsIds>[] = discrepancies;
