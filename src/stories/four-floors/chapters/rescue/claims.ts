// The facts this chapter's steps rest on, each with every report's exact words for it (`states`) or
// against it (`differs`, explained by its discrepancy); a report not listed is silent (see the
// story's claims.ts for the checks).
// Our statement of each claim, and our translations, are each edition's (words.ts, words.fr.ts).
import type { ClaimEvidence } from '../../sources/claimEvidence.ts';

export const RESCUE_CLAIMS = [
  {
    id: 'child-hanging',
    evidence: [
      { report: 'A', stance: 'states', text: 'to rescue a four-year-old child who was dangling from a balcony.' },
      {
        report: 'B',
        stance: 'states',
        text: 'the child was able to grab hold of the fourth story balcony to halt his fall, and managed to hold on for life',
      },
      { report: 'C', stance: 'states', text: 'to rescue a 4-year-old who was dangling from a balcony.' },
    ],
  },
  {
    // Report B gives no age: "a child in danger of falling", "the boy that ‘Spider-Man’ rescued".
    id: 'child-age',
    evidence: [
      { report: 'A', stance: 'states', text: 'to rescue a four-year-old child who was dangling from a balcony.' },
      { report: 'C', stance: 'states', text: 'to rescue a 4-year-old who was dangling from a balcony.' },
    ],
  },
  {
    id: 'saturday-evening',
    evidence: [
      { report: 'A', stance: 'states', text: 'an apartment building in Paris’ northern 18th district Saturday evening' },
      { report: 'B', stance: 'states', text: 'On Saturday evening, the boy that ‘Spider-Man’ rescued was apparently outside' },
    ],
  },
  { id: 'in-the-18th', evidence: [{ report: 'A', stance: 'states', text: 'an apartment building in Paris’ northern 18th district' }] },
  {
    id: 'football-match',
    evidence: [
      {
        report: 'B',
        stance: 'states',
        text: 'he was just on his way to a local restaurant to watch a football match when he saw the crisis going on.',
      },
    ],
  },
  {
    id: 'ran-to-save',
    discrepancyId: 'words-ran',
    evidence: [
      { report: 'A', stance: 'states', text: 'I just didn’t have time to think, I ran across the road to go and save him' },
      { report: 'B', stance: 'states', text: 'I didn\'t think about it … I ran and I looked for solutions to save him' },
      { report: 'C', stance: 'states', text: 'I ran. I crossed the street to save him … saying he didn\'t think twice about trying to rescue the child' },
    ],
  },
  {
    id: 'climbed-facade',
    evidence: [
      { report: 'A', stance: 'states', text: 'à mains nues, un homme a escaladé la façade d’un immeuble', lang: 'fr', post: 'infos-francaises' },
      { report: 'B', stance: 'states', text: 'the Malian migrant clambered and swung up from one balcony to the next' },
      { report: 'C', stance: 'states', text: 'scaled five stories of an apartment building to rescue a 4-year-old' },
    ],
  },
  {
    // Only Report B has balconies on the way up; Reports A and C say only that he scaled the building.
    id: 'balcony-by-balcony',
    evidence: [{ report: 'B', stance: 'states', text: 'the Malian migrant clambered and swung up from one balcony to the next' }],
  },
  {
    id: 'courage-grew',
    discrepancyId: 'words-climbed',
    evidence: [
      { report: 'A', stance: 'states', text: 'The more I climbed the more I had the courage to climb up higher, that’s it.' },
      { report: 'C', stance: 'states', text: 'When I started to climb, it gave me courage to keep climbing.' },
    ],
  },
  {
    id: 'in-seconds',
    evidence: [
      { report: 'A', stance: 'states', text: 'Saturday evening in mere seconds to rescue a four-year-old child' },
      { report: 'B', stance: 'states', text: 'swung up from one balcony to the next in just a few seconds to pull the dangling child to safety.' },
    ],
  },
  {
    id: 'neighbour-partition',
    evidence: [
      {
        report: 'B',
        stance: 'states',
        text: 'Another tenant is also seen trying to reach out to the child, but a partition wall is preventing him from grabbing hold of the kid',
      },
    ],
  },
  {
    id: 'fell-from-flat',
    discrepancyId: 'height',
    evidence: [{ report: 'B', stance: 'states', text: 'the boy … was apparently outside … when he fell from the balcony of their sixth floor flat.' }],
  },
  {
    id: 'height',
    discrepancyId: 'height',
    evidence: [
      { report: 'A', stance: 'states', text: 'went into action and scaled four floors of an apartment building' },
      { report: 'B', stance: 'states', text: 'after climbing up to a four-story balcony to save a child in danger of falling.' },
      { report: 'C', stance: 'differs', text: 'scaled five stories of an apartment building' },
    ],
  },
  {
    id: 'pulled-to-safety',
    evidence: [
      { report: 'A', stance: 'states', text: 'to rescue a four-year-old child who was dangling from a balcony.' },
      { report: 'B', stance: 'states', text: 'to pull the dangling child to safety.' },
      { report: 'C', stance: 'states', text: 'after he reached the boy and pulled him to safety.' },
    ],
  },
  {
    id: 'shaken-after',
    evidence: [
      { report: 'B', stance: 'states', text: 'by the time he was able to reach the fourth story apartment, his knees were shaking.' },
      { report: 'C', stance: 'states', text: 'He only felt fear, he said, after he reached the boy and pulled him to safety.' },
    ],
  },
  {
    id: 'thank-god-saved',
    evidence: [
      { report: 'B', stance: 'states', text: '‘Thank God I saved him,’ he added.' },
      { report: 'C', stance: 'states', text: '‘Thank God I saved him,’ he said.' },
    ],
  },
  {
    id: 'crowd-watched',
    discrepancyId: 'crowd',
    evidence: [
      { report: 'B', stance: 'states', text: 'To the cheers of onlookers' },
      { report: 'C', stance: 'states', text: 'The large crowd of people looking on in horror' },
    ],
  },
] as const satisfies readonly ClaimEvidence[];
