// This chapter's quotations (The weekend's posts and the reports' lines on the reactions), verbatim
// from their reports; the build and the tests check each one (see the story's quotes.ts). Who said
// them, and our translations, are each edition's (words.ts, words.fr.ts).
import type { QuoteText } from '../../../../kit/content/editions.ts';
import type { ReportId } from '../../sources/reports.ts';

export const REACTIONS_QUOTES = [
  {
    id: 'infos-francaises-post',
    text: 'Paris : à mains nues, un homme a escaladé la façade d’un immeuble du 18ᵉ arrondissement pour sauver un enfant de 4 ans suspendu dans le vide. Les parents de l\'enfant n\'étaient pas présents, une enquête a été ouverte, son père a été placé en garde à vue (LCI).',
    report: 'A',
    lang: 'fr',
  },
  { id: 'spider-man-of-18th', text: 'Spider-Man of the 18th', report: 'A' },
  // Her own words for him, in the post Report A reproduces.
  { id: 'spiderman-du-18eme', text: 'le Spiderman du 18ème', report: 'A', lang: 'fr' },
  {
    id: 'hidalgo-spiderman-post',
    text: 'Cet homme aussi téméraire que courageux a sauvé la vie d’un enfant au péril de la sienne. Je souhaiterais, comme nombre de Parisiens, savoir qui est le Spiderman du 18ème pour le féliciter.',
    report: 'A',
    lang: 'fr',
  },
  {
    id: 'hidalgo-phone-post',
    text: 'Un grand bravo à Mamoudou Gassama pour son acte de bravoure qui a permis de sauver hier soir la vie d’un enfant. J’ai eu plaisir à m’entretenir avec lui aujourd’hui par téléphone, afin de le remercier chaleureusement.',
    report: 'A',
    lang: 'fr',
  },
  {
    id: 'hidalgo-dream',
    text: 'He explained to me that he arrived from Mali a few months ago with the dream of making a life for himself here',
    report: 'A',
  },
  {
    id: 'hidalgo-support',
    text: 'I replied that his heroic act is an example for all citizens and that the city of Paris will obviously be keen to support him in his efforts to settle in France.',
    report: 'A',
  },
  { id: 'headline-c', text: 'VIRAL VIDEO: Here\'s The Heroic Act That Earned An Immigrant His French Citizenship', report: 'C' },
  { id: 'now-often-called', text: '‘Spider-Man,’ as Mamoudou Gassama is now often called', report: 'B' },
  {
    id: 'father-shopping',
    text: 'The child’s father was allegedly out shopping when the incident took place and is now being investigated for neglect.',
    report: 'A',
  },
] as const satisfies readonly QuoteText<ReportId>[];
