// This chapter's quotations (The climb, in his words and the reports' narration), verbatim from their
// reports; the build and the tests check each one (see the story's quotes.ts). Who said them, and our
// translations, are each edition's (words.ts, words.fr.ts).
import type { QuoteText } from '../../../../kit/content/editions.ts';
import type { ReportId } from '../../sources/reports.ts';

export const RESCUE_QUOTES = [
  {
    id: 'football-match',
    text: 'The hero also explained to BFM TV that he was just on his way to a local restaurant to watch a football match when he saw the crisis going on.',
    report: 'B',
  },
  { id: 'ran-across-road', text: 'I just didn’t have time to think, I ran across the road to go and save him', report: 'A' },
  { id: 'crossed-street', text: 'I ran. I crossed the street to save him', report: 'C' },
  { id: 'climbed-god-helped-a', text: 'I just climbed up and thank God, God helped me.', report: 'A' },
  { id: 'climbed-god-helped-b', text: 'I climbed up and God helped me.', report: 'B' },
  { id: 'more-i-climbed', text: 'The more I climbed the more I had the courage to climb up higher, that’s it.', report: 'A' },
  { id: 'gave-me-courage', text: 'When I started to climb, it gave me courage to keep climbing.', report: 'C' },
  {
    id: 'balcony-to-balcony',
    text: 'the Malian migrant clambered and swung up from one balcony to the next in just a few seconds to pull the dangling child to safety.',
    report: 'B',
  },
  {
    id: 'sixth-floor-flat',
    text: 'the boy … was apparently outside … when he fell from the balcony of their sixth floor flat. Somehow, the child was able to grab hold of the fourth story balcony to halt his fall',
    report: 'B',
  },
  {
    id: 'partition-wall',
    text: 'Another tenant is also seen trying to reach out to the child, but a partition wall is preventing him from grabbing hold of the kid to lift him up to safety.',
    report: 'B',
  },
  { id: 'fear-after', text: 'He only felt fear, he said, after he reached the boy and pulled him to safety.', report: 'C' },
  { id: 'knees-shaking', text: 'by the time he was able to reach the fourth story apartment, his knees were shaking', report: 'B' },
  { id: 'thank-god-saved', text: 'Thank God I saved him', report: 'C' },
] as const satisfies readonly QuoteText<ReportId>[];
