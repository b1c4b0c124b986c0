// Monday 28 May at the Élysée: what was said and what was offered. The English edition's words for the
// chapter (its plan is plan.ts), and its quotations (its claims' words are claimWords.ts).
import { tellChapter } from '../../../../kit/content/editions.ts';
import type { QuoteWordsOf } from '../../ids.ts';
import { MEETING_PLAN } from './plan.ts';
import type { MEETING_QUOTES } from './quotes.ts';

export const MEETING = tellChapter(MEETING_PLAN, {
  title: 'The meeting at the Élysée',
  dek: 'Monday 28 May: the president receives Mamoudou Gassama.',
  caption: 'Illustration of the Élysée encounter, Monday 28 May 2018',
  sceneWords: {
    gassama: 'Mamoudou Gassama',
    president: 'Emmanuel Macron',
    gassamaSays: '“I didn’t think about it”',
    presidentSays: '“You saved a child”',
    medal: 'A gold medal',
    papers: 'His papers',
    brigade: 'The Paris fire brigade',
    accountTitle: 'His account: Report A; Report C, via CBS',
    italy: 'Italy',
    italyNote: 'papers to stay',
    france: 'France',
    franceNote: 'his older brother',
    toReporters: 'To reporters',
    policyLine: '“An exceptional act does not make policy”',
  },
  steps: {
    'meeting-invitation': {
      kicker: 'Monday 28 May · the Élysée Palace',
      body: [
        'On the Monday, President Emmanuel Macron received Gassama at the Élysée Palace. Report B says he invited him there to make him several offers.',
      ],
      alt: 'An illustration of a formal salon at the Élysée Palace, with a tall window and two flags: the president, his arm held out, welcomes Mamoudou Gassama.',
    },
    'meeting-account': {
      kicker: 'His account, the president’s answer',
      body: [
        'Gassama told the president what had happened: by his account he had not stopped to think; he had run, and climbed. The reports quote the same moment in different English.',
        'The president’s reply is quoted in the same words by Reports A and C.',
      ],
      alt: 'The two men face each other and talk. Gassama’s words: “I didn’t think about it”; the president’s: “You saved a child”.',
    },
    'meeting-medal': {
      kicker: 'A medal',
      body: [
        'Report A says the president awarded him a gold medal for his “courage and devotion”. Report B, citing the Telegraph, says he was given a gold medal and a certificate “to commemorate his act of courage”.',
        'On what it was for, Reports A and C differ: Report C gives “courage and devotion” as the reason for citizenship and a job, and mentions no medal.',
      ],
      alt: 'The gold medal Report A says the president awarded him, drawn passing from the president’s hand to Gassama’s chest.',
    },
    'meeting-papers': {
      kicker: 'His status',
      body: [
        'In his own post after the meeting, the president says he told Gassama his status would be regularised “dans les plus brefs délais”, as soon as possible (our translation). Report C quotes him saying “we are obviously, today, going to regularize all your papers.”',
        'The reports name what he was offered in different terms.',
      ],
      alt: 'Gassama, the medal on his chest, holds papers, drawn for what the president said of his status; no report says papers were handed to him.',
    },
    'meeting-brigade': {
      kicker: 'The fire brigade',
      body: ['The president also spoke of the Paris fire brigade, the sapeurs-pompiers. How firm an offer it was, the reports do not agree.'],
      alt: 'A firefighter’s helmet, for the Paris fire brigade, rests on the side table beside the president.',
    },
    'meeting-status': {
      kicker: 'His status before the meeting',
      body: [
        'Report A gives his own account, and Report C relays it from CBS: he said he had papers allowing him to stay in Italy, and had come to France to be with his older brother. Report C, in its own words, also says he “entered France illegally”. The two reports differ on how long the brother had lived in France.',
      ],
      alt: 'The room fades behind his own account, as Report A gives it and Report C relays it from CBS: papers to stay in Italy, and France, where his older brother lives.',
    },
    'meeting-policy': {
      kicker: 'The politics',
      body: [
        'Report A notes that the president was in the process of tightening France’s immigration laws, and that he denied any contradiction between that and “awarding Gassama citizenship”.',
      ],
      alt: 'At a cluster of microphones, the president’s words to reporters: “An exceptional act does not make policy”.',
    },
  },
});

export const MEETING_QUOTE_WORDS: QuoteWordsOf<typeof MEETING_QUOTES> = {
  'invited-offers': { speaker: 'Report B' },
  'didnt-think': { speaker: 'Mamoudou Gassama, to the president' },
  'saved-a-child': { speaker: 'Emmanuel Macron, at the meeting' },
  'courage-capability': { speaker: 'Emmanuel Macron, to Gassama' },
  'gold-medal': { speaker: 'Report A' },
  'macron-post': {
    speaker: 'Emmanuel Macron (@EmmanuelMacron), 28 May 2018, as reproduced in Report A',
    translation: 'With Mr GASSAMA, who on Saturday saved a child’s life by climbing 4 floors with his bare hands. I told him that, in recognition of this heroic act, his status would be regularised as soon as possible, and that the Paris fire brigade was ready to welcome him.',
  },
  'regularize-papers': { speaker: 'Emmanuel Macron, as quoted by Report C' },
  'honorary-citizenship': { speaker: 'Report B' },
  'what-firemen-do': { speaker: 'Emmanuel Macron, to Gassama, as quoted by Report B (the brackets are its own)' },
  'tightening-laws': { speaker: 'Report A' },
  'exceptional-act': { speaker: 'Emmanuel Macron, to reporters' },
  'papers-italy-a': { speaker: 'Report A' },
  'papers-italy-c': { speaker: 'Report C, citing CBS' },
  'entered-illegally': { speaker: 'Report C' },
};
