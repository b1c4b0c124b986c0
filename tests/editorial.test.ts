// The standards desk's rules (the kit's editorialRules.ts): quoted words are a report's, hedges stay,
// single-source claims about legal status or conduct name their report, slips carry [sic]. Tried on
// the desk's fixture (tests/desk-fixture/): the fixture story with three invented reports that have
// hedges, a slip, numbers, days and French names. The published story's own record under the rules
// is in src/stories/four-floors/tests/editorial.test.ts.
import { describe, expect, it } from 'vitest';
import { findEditorialProblems, findQuotedWordProblems, isHedged, quotedSpans } from '../src/kit/checks/editorialRules.ts';
import { locateExcerpt } from '../src/kit/checks/reportContext.ts';
import { isVerbatimIn } from '../src/kit/checks/validate.ts';
import type { AnyChapter, Claim, Step, Story } from '../src/kit/content/types.ts';
import { DESK_REPORTS as REPORTS, DESK_REPORT_A, DESK_REPORT_B, DESK_STORY as STORY, DESK_STORY_FR as STORY_FR } from './desk-fixture/desk.ts';

const { reports: STORY_REPORTS, claims: CLAIMS, discrepancies: DISCREPANCIES } = STORY;

const problems = (content: Story) => findEditorialProblems(content, REPORTS).join('\n');

it('the desk’s fixture passes every rule as it is', () => {
  expect(problems(STORY)).toBe('');
  expect(problems(STORY_FR)).toBe('');
});

/** The story with its first step changed. */
function withFirstStep(change: (step: Step) => Step, content: Story = STORY): Story {
  const [first, ...rest] = content.chapters as [AnyChapter, ...AnyChapter[]];
  const steps = first.steps.map((step, index) => (index === 0 ? change(step) : step));
  return { ...content, chapters: [{ ...first, steps }, ...rest] };
}

function withClaim(claim: Claim, stepChange: (step: Step) => Step = (step) => step, content: Story = STORY): Story {
  const changed = withFirstStep((step) => stepChange({ ...step, claimIds: [...step.claimIds, claim.id] }), content);
  return { ...changed, claims: [...content.claims, claim] };
}

describe('quoted words', () => {
  it('are found in curly and straight quotation marks and in guillemets', () => {
    expect(quotedSpans('He is “the keeper”, "now often called" so, « gardien du phare ».')).toEqual(['the keeper', 'now often called', 'gardien du phare']);
  });

  it('fail the check in a step’s alt text, kicker and body, a chapter’s caption, the method note and a claim', () => {
    expect(problems(withFirstStep((step) => ({ ...step, alt: 'The “hero of the harbour” climbs.' })))).toMatch(/steps\[tower-door\]\.alt quotes words no report has: “hero of the harbour”/);
    expect(problems(withFirstStep((step) => ({ ...step, kicker: 'The "night watchman" arrives' })))).toMatch(/\.kicker quotes words no report has: “night watchman”/);
    expect(problems(withFirstStep((step) => ({ ...step, body: ['He « sprinted ».'] })))).toMatch(/\.body\.0 quotes words no report has: “sprinted”/);
    const [tower, ...rest] = STORY.chapters as [AnyChapter, ...AnyChapter[]];
    const captioned = { ...STORY, chapters: [{ ...tower, caption: 'Drawn “to scale”.' }, ...rest] };
    expect(problems(captioned)).toMatch(/chapters\[tower\]\.caption quotes words no report has: “to scale”/);
    const method = { ...STORY, method: [{ lead: 'Ours.', text: 'Under every step, “How we know” opens.' }] };
    expect(problems(method)).toMatch(/method\.0\.text quotes words no report has: “How we know”/);
    const claims = CLAIMS.map((claim, index) => (index === 0 ? { ...claim, statement: 'He was called “the hero”.' } : claim));
    expect(problems({ ...STORY, claims })).toMatch(/claims\[dusk\]\.statement quotes words no report has: “the hero”/);
  });

  it('fail the check in the interface’s labels, the page’s own words and the words a scene draws', () => {
    const ui = { ...STORY, ui: { ...STORY.ui, readAsArticle: 'The article “at a glance”' } };
    expect(problems(ui)).toMatch(/story\.ui\.readAsArticle quotes words no report has: “at a glance”/);
    const meta = { ...STORY, meta: { ...STORY.meta, shareImageAlt: 'The “hero of the harbour” on the stairs.' } };
    expect(problems(meta)).toMatch(/story\.meta\.shareImageAlt quotes words no report has: “hero of the harbour”/);
    const [tower, ...rest] = STORY.chapters as [AnyChapter, ...AnyChapter[]];
    const scene = { ...STORY, chapters: [{ ...tower, sceneWords: { keeper: 'the “night watchman”' } }, ...rest] };
    expect(problems(scene)).toMatch(/chapters\[tower\]\.sceneWords\.keeper quotes words no report has: “night watchman”/);
  });

  it('pass when they are a report’s, ignoring quote shapes', () => {
    expect(problems(withFirstStep((step) => ({ ...step, alt: 'Report B: "I ran up and the wick caught," the keeper says, to the “cheers of fishermen”.' })))).toBe('');
  });
});

describe('quoted words credited to a report', () => {
  const NAMES = { reports: STORY_REPORTS, lang: 'en' };
  const NAMES_FR = { reports: STORY_FR.reports, lang: 'fr' };
  const quoted = (prose: string, names = NAMES) => findQuotedWordProblems('x', prose, REPORTS, names);
  // Report A's words are "I just ran up the stairs and thank heaven, the wick caught"; "I ran up" is Report B's.
  const RAN = 'Reports A and B agree on “I ran up” and the wick; Report C has him afraid at the top.';

  it('fail where a sentence credits words to a report that does not have them, naming the words, the reports and the sentence', () => {
    expect(quoted(RAN)).toEqual([
      'x: “I ran up” is credited to Report A and Report B but is not verbatim in Report A, in the sentence: Reports A and B agree on “I ran up” and the wick; Report C has him afraid at the top.',
    ]);
    expect(quoted('Report C says he is “authorized to keep the lamp”.')).toEqual([]);
    expect(quoted('Report A says he is “authorized to keep the lamp”.').join('\n')).toMatch(/“authorized to keep the lamp” is credited to Report A but is not verbatim in Report A/);
  });

  it('read lists of reports, possessives, and the French edition’s names for them', () => {
    expect(quoted('Reports A, B and C all print “Thank heaven I lit it”.').join('\n')).toMatch(/credited to Report A, Report B and Report C but is not verbatim in Report A/);
    expect(quoted('In Report A’s words, “I ran up and the wick caught”.').join('\n')).toMatch(/credited to Report A but is not verbatim in Report A/);
    expect(quoted('Les Articles A et B s’accordent sur « I ran up ».', NAMES_FR).join('\n')).toMatch(/“I ran up” is credited to Article A and Article B but is not verbatim in Article A/);
    expect(quoted('Selon l’Article B, il dit « I ran up and the wick caught ».', NAMES_FR)).toEqual([]);
  });

  it('credit each clause its own reports, and a clause that names none the one before it in its sentence', () => {
    expect(quoted('Report B has the “cheers of fishermen”; Report C, a crowd looking on “in horror”.')).toEqual([]);
    expect(quoted('Report B has the “cheers of fishermen”; and a crowd looking on “in horror”.').join('\n')).toMatch(/“in horror” is credited to Report B/);
    expect(quoted('Report B has the “cheers of fishermen”. A crowd looked on “in horror”.')).toEqual([]);
  });

  it('keep the any-report rule where a sentence names no report', () => {
    expect(quoted('He said “I ran up and the wick caught” and “When I reached the top”.')).toEqual([]);
    expect(quoted('He said “I flew up”.')).toEqual(['x quotes words no report has: “I flew up”']);
  });

  it('credit a claim’s statement to the reports that state it, and a reading’s label to its reports, where the sentence names none', () => {
    const claims = CLAIMS.map((claim) => (claim.id === 'keeper-climbed' ? { ...claim, statement: 'He said “I ran up” to the lamp room.' } : claim));
    expect(problems({ ...STORY, claims })).toMatch(/claims\[keeper-climbed\]\.statement: “I ran up” is credited to Report A, Report B and Report C but is not verbatim in Report A and Report C/);
    const discrepancies = DISCREPANCIES.map((discrepancy) =>
      discrepancy.id === 'words-ran' ? { ...discrepancy, readings: discrepancy.readings.map((reading, index) => (index === 0 ? { ...reading, label: '“I ran up”' } : reading)) } : discrepancy,
    );
    expect(problems({ ...STORY, discrepancies })).toMatch(/discrepancies\[words-ran\]\.readings\.0\.label: “I ran up” is credited to Report A but is not verbatim in Report A/);
  });

  it('hold in the sources chapter’s account of a difference', () => {
    const discrepancies = DISCREPANCIES.map((discrepancy) => (discrepancy.id === 'words-ran' ? { ...discrepancy, explanation: [RAN] } : discrepancy));
    expect(problems({ ...STORY, discrepancies })).toMatch(/explanation\.0: “I ran up” is credited to Report A and Report B but is not verbatim in Report A/);
  });
});

describe('hedges', () => {
  const WIND: Claim = {
    id: 'fixture-wind',
    statement: 'The lamp went out when the wind broke a window.',
    evidence: [{ report: 'B', stance: 'states', text: 'The lamp apparently went out when the wind broke the window' }],
  };

  it('are read in the sentence around an excerpt, and in quoted speech', () => {
    expect(locateExcerpt('the wind broke the window of the lamp room', DESK_REPORT_B)?.sentence).toMatch(/apparently/);
    expect(isHedged({ report: 'A', text: 'I just ran up the stairs and thank heaven, the wick caught' }, STORY_REPORTS, REPORTS)).toBe(true);
    expect(isHedged({ report: 'A', text: 'The keeper climbed ninety steps to the lamp room.' }, STORY_REPORTS, REPORTS)).toBe(false);
    expect(locateExcerpt('A good keeper does not make a lighthouse', DESK_REPORT_A)?.sentence).toMatch(/he told reporters\.$/);
  });

  it('fail the check when every report hedges and our statement does not', () => {
    expect(problems(withClaim(WIND))).toMatch(/Claim "fixture-wind": every report that states it hedges or relays it/);
    const asleep: Claim = {
      id: 'fixture-asleep',
      concerns: 'conduct',
      statement: 'The harbour master had gone to sleep.',
      evidence: [{ report: 'A', stance: 'states', text: 'was allegedly asleep when the lamp failed' }, { report: 'C', stance: 'states', text: 'who left the lamp to go to sleep' }],
    };
    expect(problems(withClaim(asleep))).toMatch(/Claim "fixture-asleep": every report that states it hedges/);
  });

  it('fail the check when an excerpt is cut off from the “allegedly”, “reportedly” or “apparently” of its report’s sentence', () => {
    const named = { ...WIND, statement: 'Report B says the lamp went out when the wind broke a window.' };
    const cut = { ...named, evidence: [{ report: 'B' as const, stance: 'states' as const, text: 'the wind broke the window of the lamp room.' }] };
    expect(problems(withClaim(cut))).toMatch(/Claim "fixture-wind", report B, leaves out the report’s “apparently”, which qualifies the sentence it is taken from/);
    expect(problems(withClaim(named))).toBe('');
  });

  it('pass when our statement keeps the hedge or names the report', () => {
    expect(problems(withClaim({ ...WIND, statement: 'Report B says the lamp went out when the wind broke a window.' }))).toBe('');
    expect(problems(withClaim({ ...WIND, statement: 'The lamp apparently went out when the wind broke a window.' }))).toBe('');
  });
});

describe('numbers and days of the week in a claim', () => {
  const AGED: Claim = {
    id: 'fixture-aged',
    statement: 'A six-year-old girl watched from the quay.',
    evidence: [
      { report: 'A', stance: 'states', text: 'The six-year-old daughter of a fisherman watched from the quay.' },
      { report: 'B', stance: 'states', text: 'A girl stood on the sixth step of the quay.' },
    ],
  };
  const DATED: Claim = { id: 'fixture-dated', statement: 'The mayor visited the tower on Tuesday 14 March.', evidence: [{ report: 'C', stance: 'states', text: 'The mayor visited the tower Tuesday.' }] };

  it('fail the check where a report marked as stating the claim does not give them, a “sixth” being no “six”', () => {
    expect(problems(withClaim(AGED))).toMatch(/Claim "fixture-aged" gives “six”, which Report B, marked as stating it, does not give in its words for it/);
    expect(problems(withClaim(DATED))).toMatch(/Claim "fixture-dated" gives “14”, which Report C, marked as stating it, does not give/);
  });

  it('pass where each gives them, as a figure or in words, and read the French edition’s words for them', () => {
    const aged = { ...AGED, evidence: [AGED.evidence[0]!, { report: 'C' as const, stance: 'states' as const, text: 'A 6-year-old watched from the quay.' }] };
    expect(problems(withClaim(aged))).toBe('');
    expect(problems(withClaim({ ...DATED, statement: 'The mayor visited the tower on a Tuesday.' }))).toBe('');
    const french = (claim: Claim) => findEditorialProblems(withClaim(claim, undefined, STORY_FR), REPORTS).join('\n');
    expect(french({ ...aged, statement: 'Une fille de six ans regardait depuis le quai.' })).toBe('');
    expect(french({ ...DATED, statement: 'Le maire a visité la tour le mardi 14 mars.' })).toMatch(/gives “14”, which Article C/);
  });
});

describe('legal status and conduct', () => {
  const ILLEGAL: Claim = { id: 'fixture-illegal', concerns: 'legal-status', statement: 'He kept the lamp illegally.', evidence: [{ report: 'C', stance: 'states', text: 'who kept the lamp illegally for a year' }] };

  it('fail the check when a single-source claim does not name its report', () => {
    expect(problems(withClaim(ILLEGAL))).toMatch(/Claim "fixture-illegal" is about legal-status and rests on Report C alone, but does not name it/);
  });

  it('fail the check when a step resting on it does not name the report in its prose', () => {
    const named = { ...ILLEGAL, statement: 'Report C says he kept the lamp illegally.' };
    expect(problems(withClaim(named))).toMatch(/Step "tower-door" rests on "fixture-illegal" \(legal-status, Report C alone\) but its prose does not name Report C/);
    expect(problems(withClaim(named, (step) => ({ ...step, body: [...step.body, 'Report C says he kept the lamp illegally for a year.'] })))).toBe('');
  });

  it('fail the check when a claim speaks of them without saying so', () => {
    const { concerns: _concerns, ...undeclared } = { ...ILLEGAL, statement: 'Report C says he kept the lamp illegally.' };
    expect(problems(withClaim(undeclared))).toMatch(/Claim "fixture-illegal" speaks of legal status or conduct but does not say so/);
    // Conduct particular to a story is the story's to list, not the desk's.
    const errand = withClaim({ ...undeclared, id: 'fixture-errand', statement: 'Report C says he had gone fishing.', evidence: [{ report: 'C', stance: 'states', text: 'the keeper had gone fishing' }] });
    expect(problems({ ...errand, meta: { ...errand.meta, conductWords: [] } })).not.toMatch(/fixture-errand/);
    expect(problems({ ...errand, meta: { ...errand.meta, conductWords: ['fishing'] } })).toMatch(/Claim "fixture-errand" speaks of legal status or conduct but does not say so/);
  });
});

describe('[sic]', () => {
  it('is known to the verbatim check', () => {
    expect(isVerbatimIn('she had spoken to Kepper [sic] on the radio', DESK_REPORT_A)).toBe(true);
  });

  it('is required where a quote reproduces a report’s slip', () => {
    const radio = CLAIMS.find((claim) => claim.id === 'radio')!;
    const unmarked = { ...radio, evidence: [{ report: 'A' as const, stance: 'states' as const, text: 'Later, Marlow wrote that she had spoken to Kepper on the radio.' }] };
    const claims = CLAIMS.map((claim) => (claim.id === 'radio' ? unmarked : claim));
    expect(problems({ ...STORY, claims })).toMatch(/Claim "radio", report A, reproduces the report's slip "Kepper" without \[sic\]/);
  });
});
