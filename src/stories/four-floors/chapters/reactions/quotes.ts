// This chapter's quotations (The weekend's posts and the reports' lines on the reactions), verbatim from their reports; the build and the tests
// check each one (see the story's quotes.ts).
import type { Quote, StoryIds } from '../../../../kit/content/types.ts';
import type { SourceId } from '../../sources/reports.ts';

export const REACTIONS_QUOTES = [
  {
    id: 'infos-francaises-post',
    text: 'Paris : à mains nues, un homme a escaladé la façade d’un immeuble du 18ᵉ arrondissement pour sauver un enfant de 4 ans suspendu dans le vide. Les parents de l\'enfant n\'étaient pas présents, une enquête a été ouverte, son père a été placé en garde à vue (LCI).',
    speaker: 'Infos Françaises (@InfosFrancaises), 27 May 2018, as reproduced in Report A',
    source: 'A',
    lang: 'fr',
    translation:
      'Paris: with his bare hands, a man climbed the front of a building in the 18th arrondissement to save a four-year-old child dangling in mid-air. The child’s parents were not there; an investigation has been opened and his father has been taken into police custody (LCI).',
  },
  {
    id: 'spider-man-of-18th',
    text: 'Spider-Man of the 18th',
    speaker: 'Anne Hidalgo, mayor of Paris, on social media, as quoted in English by Report A',
    source: 'A',
  },
  {
    id: 'hidalgo-spiderman-post',
    text: 'Cet homme aussi téméraire que courageux a sauvé la vie d’un enfant au péril de la sienne. Je souhaiterais, comme nombre de Parisiens, savoir qui est le Spiderman du 18ème pour le féliciter.',
    speaker: 'Anne Hidalgo (@Anne_Hidalgo), 27 May 2018, as reproduced in Report A',
    source: 'A',
    lang: 'fr',
    translation:
      'This man, as daring as he is brave, saved a child’s life at the risk of his own. Like many Parisians, I would like to know who the Spiderman of the 18th is, so that I can congratulate him.',
  },
  {
    id: 'hidalgo-phone-post',
    text: 'Un grand bravo à Mamoudou Gassama pour son acte de bravoure qui a permis de sauver hier soir la vie d’un enfant. J’ai eu plaisir à m’entretenir avec lui aujourd’hui par téléphone, afin de le remercier chaleureusement.',
    speaker: 'Anne Hidalgo (@Anne_Hidalgo), 27 May 2018, as reproduced in Report A',
    source: 'A',
    lang: 'fr',
    translation:
      'Huge congratulations to Mamoudou Gassama for his act of bravery, which saved a child’s life yesterday evening. I was glad to speak with him by phone today, to thank him warmly.',
  },
  {
    id: 'hidalgo-dream',
    text: 'He explained to me that he arrived from Mali a few months ago with the dream of making a life for himself here',
    speaker: 'Anne Hidalgo, mayor of Paris, on Twitter, as quoted in English by Report A',
    source: 'A',
  },
  {
    id: 'hidalgo-support',
    text: 'I replied that his heroic act is an example for all citizens and that the city of Paris will obviously be keen to support him in his efforts to settle in France.',
    speaker: 'Anne Hidalgo, mayor of Paris, on Twitter, as quoted in English by Report A',
    source: 'A',
  },
  {
    id: 'headline-c',
    text: 'VIRAL VIDEO: Here\'s The Heroic Act That Earned An Immigrant His French Citizenship',
    speaker: 'Report C, its headline, written after the meeting on Monday 28 May',
    source: 'C',
  },
  {
    id: 'now-often-called',
    text: '‘Spider-Man,’ as Mamoudou Gassama is now often called',
    speaker: 'Report B',
    source: 'B',
  },
  {
    id: 'father-shopping',
    text: 'The child’s father was allegedly out shopping when the incident took place and is now being investigated for neglect.',
    speaker: 'Report A',
    source: 'A',
  },
  {
    id: 'mother-away',
    text: 'The child’s mother was reportedly not in Paris at the time of the incident.',
    speaker: 'Report A',
    source: 'A',
  },
] as const satisfies readonly Quote<StoryIds & { source: SourceId }>[];
