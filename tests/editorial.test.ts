// The standards desk's rules (the kit's editorialRules.ts): quoted words are a report's, hedges stay,
// single-source claims about legal status or conduct name their report, slips carry [sic]. They are
// tried on the published story's real reports, whose hedges, slips and French posts the fixture's two
// invented reports do not have; the published story's own record under the rules is in
// src/stories/four-floors/tests/editorial.test.ts.
import { describe, expect, it } from 'vitest';
import { findEditorialProblems, findQuotedWordProblems, isHedged, quotedSpans } from '../src/kit/checks/editorialRules.ts';
import { locateExcerpt } from '../src/kit/checks/reportContext.ts';
import { STORY } from '../src/stories/four-floors/story.ts';
import { STORY_FR } from '../src/stories/four-floors/story.fr.ts';
import type { AnyChapter, Claim, Step, Story } from '../src/kit/content/types.ts';
import { REACTIONS } from '../src/stories/four-floors/chapters/reactions/words.ts';
import { isVerbatimIn } from '../src/kit/checks/validate.ts';
import { readReportTexts } from '../scripts/reports.ts';

const { sources: SOURCES, claims: CLAIMS, discrepancies: DISCREPANCIES } = STORY;

const REPORTS = readReportTexts();
const CONTENT: Story = STORY;
const REPORT_A = REPORTS['000_5c66f325ecacc994.txt'] ?? '';

const problems = (content: Story) => findEditorialProblems(content, REPORTS).join('\n');

/** The story with its first step changed. */
function withFirstStep(change: (step: Step) => Step): Story {
  const [first, ...rest] = STORY.chapters as [AnyChapter, ...AnyChapter[]];
  const steps = first.steps.map((step, index) => (index === 0 ? change(step) : step));
  return { ...CONTENT, chapters: [{ ...first, steps }, ...rest] };
}

function withClaim(claim: Claim, stepChange: (step: Step) => Step = (step) => step): Story {
  const content = withFirstStep((step) => stepChange({ ...step, claimIds: [...step.claimIds, claim.id] }));
  return { ...content, claims: [...CLAIMS, claim] };
}

describe('quoted words', () => {
  it('are found in curly and straight quotation marks and in guillemets', () => {
    expect(quotedSpans('He is “Spider-Man”, "now often called" so, « Spiderman du 18ème ».')).toEqual(['Spider-Man', 'now often called', 'Spiderman du 18ème']);
  });

  it('fail the check in a step’s alt text, kicker and body, a chapter’s caption, the method note and a claim', () => {
    expect(problems(withFirstStep((step) => ({ ...step, alt: 'The “Superman of Paris” climbs.' })))).toMatch(/steps\[rescue-street\]\.alt quotes words no report has: “Superman of Paris”/);
    expect(problems(withFirstStep((step) => ({ ...step, kicker: 'The "superhero" arrives' })))).toMatch(/\.kicker quotes words no report has: “superhero”/);
    expect(problems(withFirstStep((step) => ({ ...step, body: ['He « sprinted ».'] })))).toMatch(/\.body\.0 quotes words no report has: “sprinted”/);
    const [rescue, ...rest] = STORY.chapters as [AnyChapter, ...AnyChapter[]];
    const captioned = { ...CONTENT, chapters: [{ ...rescue, caption: 'Drawn “to scale”.' }, ...rest] };
    expect(problems(captioned)).toMatch(/chapters\[rescue\]\.caption quotes words no report has: “to scale”/);
    const method = { ...CONTENT, method: [{ lead: 'Ours.', text: 'Under every step, “How we know” opens.' }] };
    expect(problems(method)).toMatch(/method\.0\.text quotes words no report has: “How we know”/);
    const claims = CLAIMS.map((claim, index) => (index === 0 ? { ...claim, statement: 'He was called “Superman”.' } : claim));
    expect(problems({ ...CONTENT, claims })).toMatch(/claims\[child-hanging\]\.statement quotes words no report has: “Superman”/);
  });

  it('fail the check in the interface’s labels, the page’s own words and the words a scene draws', () => {
    const ui = { ...CONTENT, ui: { ...CONTENT.ui, readAsArticle: 'The article “at a glance”' } };
    expect(problems(ui)).toMatch(/story\.ui\.readAsArticle quotes words no report has: “at a glance”/);
    const meta = { ...CONTENT, meta: { ...CONTENT.meta, shareImageAlt: 'The “Superman of Paris” on a façade.' } };
    expect(problems(meta)).toMatch(/story\.meta\.shareImageAlt quotes words no report has: “Superman of Paris”/);
    const [rescue, reactions, ...rest] = STORY.chapters as [AnyChapter, AnyChapter, ...AnyChapter[]];
    const feed = [{ ...REACTIONS.sceneWords.feed[0]!, meta: 'a “superhero” post' }, ...REACTIONS.sceneWords.feed.slice(1)];
    const scene = { ...CONTENT, chapters: [rescue, { ...reactions, sceneWords: { feed } }, ...rest] };
    expect(problems(scene)).toMatch(/chapters\[reactions\]\.sceneWords\.feed\.0\.meta quotes words no report has: “superhero”/);
  });

  it('pass when they are a report’s, ignoring quote shapes', () => {
    expect(problems(withFirstStep((step) => ({ ...step, alt: 'Report B: "Spider-Man," as Mamoudou Gassama is “now often called”.' })))).toBe('');
  });
});

describe('quoted words credited to a report', () => {
  const NAMES = { sources: SOURCES, lang: 'en' };
  const NAMES_FR = { sources: STORY_FR.sources, lang: 'fr' };
  const quoted = (prose: string, names = NAMES) => findQuotedWordProblems('x', prose, REPORTS, names);
  // Report A's words are "I just climbed up and thank God, God helped me"; "I climbed up" is Report B's.
  const CLIMBED = 'Reports A and B agree on “I climbed up” and God’s help; Reports A and C have climbing give him courage, in different words, and Report C puts God’s help in its own.';

  it('fail where a sentence credits words to a report that does not have them, naming the words, the reports and the sentence', () => {
    expect(quoted(CLIMBED)).toEqual([
      'x: “I climbed up” is credited to Report A and Report B but is not verbatim in Report A, in the sentence: Reports A and B agree on “I climbed up” and God’s help; Reports A and C have climbing give him courage, in different words, and Report C puts God’s help in its own.',
    ]);
    expect(quoted('Report C says he was “authorized to stay legally in Italy”.')).toEqual([]);
    expect(quoted('Report A says he was “authorized to stay legally in Italy”.').join('\n')).toMatch(/“authorized to stay legally in Italy” is credited to Report A but is not verbatim in Report A/);
  });

  it('read lists of reports, possessives, and the French edition’s names for them', () => {
    expect(quoted('Reports A, B and C all print “Thank God I saved him”.').join('\n')).toMatch(/credited to Report A, Report B and Report C but is not verbatim in Report A/);
    expect(quoted('In Report A’s words, “I climbed up and God helped me.”').join('\n')).toMatch(/credited to Report A but is not verbatim in Report A/);
    expect(quoted('Les Articles A et B s’accordent sur « I climbed up ».', NAMES_FR).join('\n')).toMatch(/“I climbed up” is credited to Article A and Article B but is not verbatim in Article A/);
    expect(quoted('Selon l’Article B, il dit « I climbed up and God helped me. »', NAMES_FR)).toEqual([]);
  });

  it('credit each clause its own reports, and a clause that names none the one before it in its sentence', () => {
    expect(quoted('Report B has the “cheers of onlookers”; Report C, a crowd looking on “in horror”.')).toEqual([]);
    expect(quoted('Report B has the “cheers of onlookers”; and a crowd looking on “in horror”.').join('\n')).toMatch(/“in horror” is credited to Report B/);
    expect(quoted('Report B has the “cheers of onlookers”. A crowd looked on “in horror”.')).toEqual([]);
  });

  it('keep the any-report rule where a sentence names no report', () => {
    expect(quoted('He said “I climbed up and God helped me.” and “When I started to climb”.')).toEqual([]);
    expect(quoted('He said “I flew up”.')).toEqual(['x quotes words no report has: “I flew up”']);
  });

  it('credit a claim’s statement to the reports that state it, and a reading’s label to its reports, where the sentence names none', () => {
    const claims = CLAIMS.map((claim) => (claim.id === 'god-helped' ? { ...claim, statement: 'He said “I climbed up” and that God helped him.' } : claim));
    expect(problems({ ...CONTENT, claims })).toMatch(/claims\[god-helped\]\.statement: “I climbed up” is credited to Report A, Report B and Report C but is not verbatim in Report A and Report C/);
    const discrepancies = DISCREPANCIES.map((discrepancy) =>
      discrepancy.id === 'words-climbed' ? { ...discrepancy, readings: discrepancy.readings.map((reading, index) => (index === 0 ? { ...reading, label: '“I climbed up”' } : reading)) } : discrepancy,
    );
    expect(problems({ ...CONTENT, discrepancies })).toMatch(/discrepancies\[words-climbed\]\.readings\.0\.label: “I climbed up” is credited to Report A but is not verbatim in Report A/);
  });

  it('hold in the sources chapter’s account of the difference in his words about the climb', () => {
    const discrepancies = DISCREPANCIES.map((discrepancy) => (discrepancy.id === 'words-climbed' ? { ...discrepancy, explanation: [CLIMBED] } : discrepancy));
    expect(problems({ ...CONTENT, discrepancies })).toMatch(/explanation\.0: “I climbed up” is credited to Report A and Report B but is not verbatim in Report A/);
  });
});

describe('hedges', () => {
  const FELL: Claim = {
    id: 'fixture-fell',
    statement: 'The boy fell from the balcony of the family flat.',
    evidence: [{ source: 'B', stance: 'states', text: 'the boy … was apparently outside … when he fell from the balcony of their sixth floor flat.' }],
  };

  it('are read in the sentence around an excerpt, and in quoted speech', () => {
    expect(locateExcerpt('he fell from the balcony', REPORTS['001_e73e98f190c051f7.txt'] ?? '')?.sentence).toMatch(/apparently/);
    expect(isHedged({ source: 'A', text: 'I just climbed up and thank God, God helped me.' }, SOURCES, REPORTS)).toBe(true);
    expect(isHedged({ source: 'A', text: 'scaled four floors of an apartment building' }, SOURCES, REPORTS)).toBe(false);
    expect(locateExcerpt('An exceptional act does not make policy', REPORT_A)?.sentence).toMatch(/he told reporters\.$/);
  });

  it('fail the check when every report hedges and our statement does not', () => {
    expect(problems(withClaim(FELL))).toMatch(/Claim "fixture-fell": every report that states it hedges or relays it/);
    const father: Claim = { id: 'fixture-father', concerns: 'conduct', statement: 'The boy’s father had gone shopping.', evidence: [{ source: 'A', stance: 'states', text: 'The child’s father was allegedly out shopping' }, { source: 'C', stance: 'states', text: 'who left him alone so he could go shopping' }] };
    expect(problems(withClaim(father))).toMatch(/Claim "fixture-father": every report that states it hedges/);
  });

  it('fail the check when an excerpt is cut off from the “allegedly”, “reportedly” or “apparently” of its report’s sentence', () => {
    const named = { ...FELL, statement: 'Report B says the boy fell from the balcony of the family flat.' };
    const cut = { ...named, evidence: [{ source: 'B' as const, stance: 'states' as const, text: 'he fell from the balcony of their sixth floor flat.' }] };
    expect(problems(withClaim(cut))).toMatch(/Claim "fixture-fell", report B, leaves out the report’s “apparently”, which qualifies the sentence it is taken from/);
    expect(problems(withClaim(named))).toBe('');
  });

  it('pass when our statement keeps the hedge or names the report', () => {
    expect(problems(withClaim({ ...FELL, statement: 'Report B says the boy fell from the balcony of the family flat.' }))).toBe('');
    expect(problems(withClaim({ ...FELL, statement: 'The boy apparently fell from the balcony of the family flat.' }))).toBe('');
  });
});

describe('numbers and days of the week in a claim', () => {
  const AGED: Claim = {
    id: 'fixture-aged',
    statement: 'A four-year-old boy was hanging from a balcony.',
    evidence: [
      { source: 'A', stance: 'states', text: 'to rescue a four-year-old child who was dangling from a balcony.' },
      { source: 'B', stance: 'states', text: 'the child was able to grab hold of the fourth story balcony' },
    ],
  };
  const DATED: Claim = { id: 'fixture-dated', statement: 'He met the president on Monday 28 May.', evidence: [{ source: 'C', stance: 'states', text: 'In his meeting with Macron Monday' }] };

  it('fail the check where a report marked as stating the claim does not give them, a “fourth” being no “four”', () => {
    expect(problems(withClaim(AGED))).toMatch(/Claim "fixture-aged" gives “four”, which Report B, marked as stating it, does not give in its words for it/);
    expect(problems(withClaim(DATED))).toMatch(/Claim "fixture-dated" gives “28”, which Report C, marked as stating it, does not give/);
  });

  it('pass where each gives them, as a figure or in words, and read the French edition’s words for them', () => {
    const aged = { ...AGED, evidence: [AGED.evidence[0]!, { source: 'C' as const, stance: 'states' as const, text: 'to rescue a 4-year-old who was dangling from a balcony.' }] };
    expect(problems(withClaim(aged))).toBe('');
    expect(problems(withClaim({ ...DATED, statement: 'He met the president on a Monday.' }))).toBe('');
    const french = (claim: Claim) => {
      const [first, ...rest] = STORY_FR.chapters as [AnyChapter, ...AnyChapter[]];
      const steps = first.steps.map((step, index) => (index === 0 ? { ...step, claimIds: [...step.claimIds, claim.id] } : step));
      return findEditorialProblems({ ...STORY_FR, claims: [...STORY_FR.claims, claim], chapters: [{ ...first, steps }, ...rest] }, REPORTS).join('\n');
    };
    expect(french({ ...aged, statement: 'Un garçon de quatre ans était suspendu à un balcon.' })).toBe('');
    expect(french({ ...DATED, statement: 'Il a rencontré le président le lundi 28 mai.' })).toMatch(/gives “28”, which Article C/);
  });
});

describe('legal status and conduct', () => {
  const ILLEGAL: Claim = { id: 'fixture-illegal', concerns: 'legal-status', statement: 'He had entered France illegally.', evidence: [{ source: 'C', stance: 'states', text: 'who entered France illegally' }] };

  it('fail the check when a single-source claim does not name its report', () => {
    expect(problems(withClaim(ILLEGAL))).toMatch(/Claim "fixture-illegal" is about legal-status and rests on Report C alone, but does not name it/);
  });

  it('fail the check when a step resting on it does not name the report in its prose', () => {
    const named = { ...ILLEGAL, statement: 'Report C says he entered France illegally.' };
    expect(problems(withClaim(named))).toMatch(/Step "rescue-street" rests on "fixture-illegal" \(legal-status, Report C alone\) but its prose does not name Report C/);
    expect(problems(withClaim(named, (step) => ({ ...step, body: [...step.body, 'Report C says he entered France illegally.'] })))).toBe('');
  });

  it('fail the check when a claim speaks of them without saying so', () => {
    const { concerns: _concerns, ...undeclared } = { ...ILLEGAL, statement: 'Report C says he entered France illegally.' };
    expect(problems(withClaim(undeclared))).toMatch(/Claim "fixture-illegal" speaks of legal status or conduct but does not say so/);
    // Conduct particular to a story is the story's to list, not the desk's.
    const errand = withClaim({ ...undeclared, id: 'fixture-errand', statement: 'Report C says he had gone shopping.' });
    expect(problems({ ...errand, meta: { ...errand.meta, conductWords: [] } })).not.toMatch(/fixture-errand/);
    expect(problems({ ...errand, meta: { ...errand.meta, conductWords: ['shopping'] } })).toMatch(/Claim "fixture-errand" speaks of legal status or conduct but does not say so/);
  });
});

describe('[sic]', () => {
  it('is known to the verbatim check', () => {
    expect(isVerbatimIn('she had talked to Gassman [sic] on the phone', REPORT_A)).toBe(true);
  });

  it('is required where a quote reproduces a report’s slip', () => {
    const mayor = CLAIMS.find((claim) => claim.id === 'mayor-phoned')!;
    const unmarked = { ...mayor, evidence: [{ source: 'A' as const, stance: 'states' as const, text: 'Later, Hidalgo wrote that she had talked to Gassman on the phone.' }] };
    const claims = CLAIMS.map((claim) => (claim.id === 'mayor-phoned' ? unmarked : claim));
    expect(problems({ ...CONTENT, claims })).toMatch(/Claim "mayor-phoned", report A, reproduces the report's slip "Gassman" without \[sic\]/);
  });
});
