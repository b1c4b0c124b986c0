// Every quotation the story shows, verbatim from its report. `npm test` and the build check each one.
import type { Quote } from '../../kit/content/types.ts';

export const QUOTES: readonly Quote[] = [
  // The climb, in his words and the reports' narration
  {
    id: 'football-match',
    text: 'The hero also explained to BFM TV that he was just on his way to a local restaurant to watch a football match when he saw the crisis going on.',
    speaker: 'Report B, citing BFM TV',
    source: 'B',
  },
  {
    id: 'ran-across-road',
    text: 'I just didn’t have time to think, I ran across the road to go and save him',
    speaker: 'Mamoudou Gassama, to the president',
    source: 'A',
  },
  {
    id: 'crossed-street',
    text: 'I ran. I crossed the street to save him',
    speaker: 'Mamoudou Gassama, to the president',
    source: 'C',
  },
  {
    id: 'climbed-god-helped-a',
    text: 'I just climbed up and thank God, God helped me.',
    speaker: 'Mamoudou Gassama, to the president',
    source: 'A',
  },
  {
    id: 'climbed-god-helped-b',
    text: 'I climbed up and God helped me.',
    speaker: 'Mamoudou Gassama, in Report B’s account of the meeting',
    source: 'B',
  },
  {
    id: 'more-i-climbed',
    text: 'The more I climbed the more I had the courage to climb up higher, that’s it.',
    speaker: 'Mamoudou Gassama, to the president',
    source: 'A',
  },
  {
    id: 'gave-me-courage',
    text: 'When I started to climb, it gave me courage to keep climbing.',
    speaker: 'Mamoudou Gassama, to the president',
    source: 'C',
  },
  {
    id: 'balcony-to-balcony',
    text: 'the Malian migrant clambered and swung up from one balcony to the next in just a few seconds to pull the dangling child to safety.',
    speaker: 'Report B, describing the video',
    source: 'B',
  },
  {
    id: 'sixth-floor-flat',
    text: 'he fell from the balcony of their sixth floor flat. Somehow, the child was able to grab hold of the fourth story balcony to halt his fall',
    speaker: 'Report B',
    source: 'B',
  },
  {
    id: 'partition-wall',
    text: 'Another tenant is also seen trying to reach out to the child, but a partition wall is preventing him from grabbing hold of the kid to lift him up to safety.',
    speaker: 'Report B, describing the video',
    source: 'B',
  },
  {
    id: 'fear-after',
    text: 'He only felt fear, he said, after he reached the boy and pulled him to safety.',
    speaker: 'Report C, on Gassama’s account',
    source: 'C',
  },
  {
    id: 'knees-shaking',
    text: 'by the time he was able to reach the fourth story apartment, his knees were shaking',
    speaker: 'Report B, on Gassama’s account',
    source: 'B',
  },
  {
    id: 'thank-god-saved',
    text: 'Thank God I saved him',
    speaker: 'Mamoudou Gassama',
    source: 'C',
  },
  // Reactions
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
  // The meeting
  {
    id: 'invited-offers',
    text: 'President Emmanuel Macron invited Gassama to the Élysée Palace on Monday, May 28, to make him several offers.',
    speaker: 'Report B',
    source: 'B',
  },
  {
    id: 'didnt-think',
    text: 'I didn’t think about it',
    speaker: 'Mamoudou Gassama, to the president',
    source: 'B',
  },
  {
    id: 'saved-a-child',
    text: 'You saved a child. Without you, no one knows what would have become of him',
    speaker: 'Emmanuel Macron, at the meeting',
    source: 'A',
  },
  {
    id: 'courage-capability',
    text: 'You need courage and the capability to do that.',
    speaker: 'Emmanuel Macron, to Gassama',
    source: 'C',
  },
  {
    id: 'gold-medal',
    text: 'Macron awarded Gassama a gold medal from the French state for his ‘courage and devotion’ and offered him a job as a firefighter.',
    speaker: 'Report A',
    source: 'A',
  },
  {
    id: 'macron-post',
    text: 'Avec M. GASSAMA qui a sauvé samedi la vie d’un enfant en escaladant 4 étages à mains nues. Je lui ai annoncé qu’en reconnaissance de cet acte héroïque il allait être régularisé dans les plus brefs délais, et que la brigade des sapeurs-pompiers de Paris était prête à l’accueillir.',
    speaker: 'Emmanuel Macron (@EmmanuelMacron), 28 May 2018, as reproduced in Report A',
    source: 'A',
    lang: 'fr',
    translation:
      'With Mr GASSAMA, who on Saturday saved a child’s life by climbing 4 floors with his bare hands. I told him that, in recognition of this heroic act, his status would be regularised as soon as possible, and that the Paris fire brigade was ready to welcome him.',
  },
  {
    id: 'regularize-papers',
    text: 'we are obviously, today, going to regularize all your papers.',
    speaker: 'Emmanuel Macron, as quoted by Report C',
    source: 'C',
  },
  {
    id: 'honorary-citizenship',
    text: 'has been offered honorary French citizenship and a job with the Paris fire brigade for his bravery.',
    speaker: 'Report B',
    source: 'B',
  },
  {
    id: 'what-firemen-do',
    text: 'What you have done corresponds with what firemen do. If this fits your wishes, you could join the fire brigade so that you can do [such acts] on a daily basis,',
    speaker: 'Emmanuel Macron, to Gassama (the brackets are Report B’s)',
    source: 'B',
  },
  {
    id: 'tightening-laws',
    text: 'The French president is in the process of tightening the country’s immigration laws and he denied there was any contradiction between that and awarding Gassama citizenship.',
    speaker: 'Report A',
    source: 'A',
  },
  {
    id: 'exceptional-act',
    text: 'An exceptional act does not make policy,',
    speaker: 'Emmanuel Macron, to reporters',
    source: 'A',
  },
  {
    id: 'papers-italy-a',
    text: 'Gassama said he had papers to legally stay in Italy but wants to be with his older brother who has lived in France for years.',
    speaker: 'Report A',
    source: 'A',
  },
  {
    id: 'papers-italy-c',
    text: 'CBS reports that while Gassama says he was authorized to stay legally in Italy, he traveled to France to join his older brother, who has lived in the country for decades.',
    speaker: 'Report C, citing CBS',
    source: 'C',
  },
  {
    id: 'entered-illegally',
    text: 'a 22-year-old immigrant from Mali who entered France illegally',
    speaker: 'Report C',
    source: 'C',
  },
  // Aftermath
  {
    id: 'residency-permit',
    text: 'After his meeting with president Macron, Gassama is set to receive his residency permit on Tuesday, May 29.',
    speaker: 'Report B',
    source: 'B',
  },
  {
    id: 'brigade-statement',
    text: 'Mamoudou Gassama clearly has the required values to join',
    speaker: 'The Paris fire brigade, in a statement quoted by Report B',
    source: 'B',
  },
  {
    id: 'dubbed',
    text: '‘Spider-Man,’ as he has since been dubbed',
    speaker: 'Report C',
    source: 'C',
  },
  {
    id: 'brigade-start',
    text: 'He is also to start working with the Paris fire brigade, which expressed its warm welcome for the sudden hero.',
    speaker: 'Report B',
    source: 'B',
  },
  {
    id: 'court-september',
    text: 'was temporarily detained for neglect and is scheduled to appear in court in September.',
    speaker: 'Report C, citing CBS',
    source: 'C',
  },
];

/** Finds a quote by id; the content check guarantees every id the story names exists. */
export function getQuote(id: string): Quote {
  const quote = QUOTES.find((candidate) => candidate.id === id);
  if (!quote) throw new Error(`Unknown quote "${id}"`);
  return quote;
}
