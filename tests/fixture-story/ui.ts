// The fixture's interface words, unlike the published story's in every label, so that a test can
// tell that each word on its page came from this file and none from the kit.
import type { InterfaceCopy } from '../../src/kit/content/interfaceCopy.ts';

export const UI: InterfaceCopy = {
  skipToSources: 'Jump to the notes',
  openFullStory: 'Read it whole',
  opensInNewTab: '(new tab)',
  readAsArticle: 'One column, please',
  turnMotionOff: 'Keep it still',
  previousStep: 'Back a step',
  nextStep: 'On a step',
  stepsOf: 'Moves in {chapter}',
  ourTranslation: 'In our words:',
  sceneFailed: 'The drawing is missing; the words are all here.',
  howWeKnow: {
    label: 'Our evidence',
    claim: 'one fact ({count})',
    claims: '{count} facts',
    disputed: ', {count} in dispute',
    saysOtherwise: 'disagrees:',
    whyTheyDiffer: 'On the dispute:',
    moreQuotes: 'More words',
  },
  stanceMarks: { states: 'agrees', differs: 'disagrees', silent: 'no word' },
  stanceCells: { states: 'Yes', differs: 'No', silent: '–' },
  reportsDiffer: 'A dispute',
  sources: {
    title: 'Notes',
    method: 'How it was made',
    reports: 'The two test reports',
    claims: 'Fact by fact',
    differences: 'The disputes',
    whatItAdds: 'Its part',
    quotations: '{count} lines from {report}',
  },
  claimsTable: {
    sortLabel: 'Order:',
    sortGroup: 'Order the facts',
    orders: { story: 'As told', claim: 'By fact', agreement: 'By agreement' },
    caption: '{count} facts, report by report',
    claimColumn: 'Fact',
    reportWord: 'Test report ',
    agreeColumn: 'Yes votes',
    agreeOf: ' out of {count}',
  },
  embed: {
    title: 'Put it on your page',
    fixedIntro: 'A frame of fixed height.',
    fixedLabel: 'Code for a fixed frame',
    responsiveIntro: 'A frame that grows.',
    responsiveLabel: 'Code for a growing frame',
  },
};
