// "How we know": the step marks, the "reports differ" callouts, the claims table and the floor-label
// switch, at desktop and phone sizes (see playwright.config.ts projects).
import { expect, test, type Locator } from '../../../../tests/helpers/test.ts';
import { MOBILE_QUERY } from '../../../kit/constants.ts';
import { indexEvidence, indexStory } from '../../../kit/content/storyIndex.ts';
import { agreementCount, stanceOf } from '../../../kit/evidence/evidence.ts';
import { ALL_STEPS, STORY } from '../story.ts';
import { expectOnStep, hasHorizontalOverflow, openStoryForEachTest, scrollToStep } from '../../../../tests/helpers/story.ts';

/** Opens a <details> the way a keyboard user would: focus its summary and press Enter. */
async function openWithKeyboard(details: Locator): Promise<void> {
  await details.locator('summary').first().focus();
  await details.page().keyboard.press('Enter');
  await expect(details).toHaveJSProperty('open', true);
}

/** Every excerpt inside `scope` is a `data-quote` under its report's `data-source`; returns their words. */
async function excerptsIn(scope: Locator): Promise<{ file: string | null; text: string }[]> {
  return scope.locator('[data-quote]').evaluateAll((nodes) =>
    nodes.map((node) => ({ file: node.closest('[data-source]')?.getAttribute('data-source') ?? null, text: node.textContent ?? '' })),
  );
}

const INDEX = indexStory(STORY);
const { claims: CLAIMS, discrepancies: DISCREPANCIES } = STORY;
const SOURCE_IDS = STORY.reports.map((source) => source.id);
const reportOf = INDEX.report;
const claimsByIds = (ids: readonly string[]) => ids.map(indexEvidence(STORY).claim);

function variantsOf(id: string) {
  const discrepancy = DISCREPANCIES.find((candidate) => candidate.id === id);
  if (!discrepancy) throw new Error(`No discrepancy ${id}`);
  return discrepancy.readings.flatMap((reading) => reading.excerpts.map((excerpt) => ({ file: reportOf(excerpt.report).file, text: excerpt.text })));
}

test.describe('how we know', () => {
  openStoryForEachTest();

  test('marks each claim of every step with its own reports, in words as well as badges', async ({ page }) => {
    const WORDS = STORY.ui.stanceMarks;
    for (const step of ALL_STEPS) {
      const mark = page.locator(`[data-step="${step.id}"] details[data-how-we-know]`);
      await expect(mark).toHaveCount(1);
      await expect(mark.locator('summary')).toContainText(new RegExp(`How we know ${step.claimIds.length} claims?`));
      const marks = mark.locator('[data-claim-marks]');
      expect(await marks.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-claim-marks')))).toEqual(step.claimIds);
      for (const claim of claimsByIds(step.claimIds)) {
        const reports = mark.locator(`[data-claim-marks="${claim.id}"] [data-report]`);
        const read = await reports.evaluateAll((nodes) => nodes.map((node) => `${node.getAttribute('data-report')} ${node.getAttribute('data-stance')} ${node.textContent}`));
        expect(read).toEqual(SOURCE_IDS.map((source) => `${source} ${stanceOf(claim, source)} ${source} ${WORDS[stanceOf(claim, source)]}`));
      }
    }
  });

  test('opens a step’s mark on each report’s exact words, French with our translation', async ({ page }) => {
    // The first step whose evidence includes a French post.
    const step = ALL_STEPS.find((candidate) => claimsByIds(candidate.claimIds).some((claim) => claim.evidence.some((evidence) => evidence.lang === 'fr')))!;
    await scrollToStep(page, step.id);
    await expectOnStep(page, step.id);
    const mark = page.locator(`[data-step="${step.id}"] [data-how-we-know]`);
    await openWithKeyboard(mark);
    const excerpts = await excerptsIn(mark);
    const expected = claimsByIds(step.claimIds).flatMap((claim) =>
      claim.evidence.map((evidence) => ({ file: reportOf(evidence.report).file, text: evidence.text })),
    );
    expect(excerpts).toEqual(expected);
    const french = mark.locator('[data-quote][lang="fr"]');
    await expect(french).toHaveCount(1);
    await expect(french.locator('xpath=..').locator('[data-translation]')).toContainText('Our translation');
  });

  test('opens each discrepancy callout in its step and finds every variant', async ({ page }) => {
    for (const discrepancy of DISCREPANCIES) {
      const step = ALL_STEPS.find((candidate) => candidate.discrepancyIds.includes(discrepancy.id));
      if (!step) throw new Error(`${discrepancy.id} is in no step`);
      await scrollToStep(page, step.id);
      await expectOnStep(page, step.id);
      const callout = page.locator(`[data-step="${step.id}"] [data-discrepancy="${discrepancy.id}"]`);
      await expect(callout.locator('summary')).toContainText('Reports differ');
      await openWithKeyboard(callout);
      expect(await excerptsIn(callout)).toEqual(variantsOf(discrepancy.id));
      for (const reading of discrepancy.readings) await expect(callout.getByText(reading.label, { exact: true })).toBeVisible();
      expect(await hasHorizontalOverflow(page)).toBe(false);
    }
  });

  test('lists every discrepancy again in the sources chapter, each opening on its variants', async ({ page }) => {
    const listed = page.locator('[data-chapter="sources"] [data-discrepancy]');
    await expect(listed).toHaveCount(DISCREPANCIES.length);
    for (const discrepancy of DISCREPANCIES) {
      const callout = page.locator(`[data-chapter="sources"] [data-discrepancy="${discrepancy.id}"]`);
      await callout.locator('summary').click();
      await expect(callout).toHaveJSProperty('open', true);
      expect(await excerptsIn(callout)).toEqual(variantsOf(discrepancy.id));
    }
    const sideBySide = page.locator('[data-chapter="sources"] [data-discrepancy="words-ran"] .discrepancy__reading');
    const tops = await sideBySide.evaluateAll((nodes) => nodes.map((node) => Math.round(node.getBoundingClientRect().top)));
    const isPhone = await page.evaluate((query) => window.matchMedia(query).matches, MOBILE_QUERY);
    expect(new Set(tops).size).toBe(isPhone ? tops.length : 1);
  });

  test('shows the claims table, sortable, without scrolling the page sideways', async ({ page }) => {
    const table = page.locator('[data-claims-table] table');
    await table.scrollIntoViewIfNeeded();
    await expect(table.locator('caption')).toContainText(`${CLAIMS.length} claims`);
    await expect(table.locator('thead th')).toHaveText(['Claim', /A$/, /B$/, /C$/, 'Agree']);
    await expect(table.locator('tbody tr')).toHaveCount(CLAIMS.length);
    await expect(table.locator('tbody td[data-stance]')).toHaveCount(CLAIMS.length * 3);
    const region = page.locator('[data-claims-table] [role="region"]');
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(region).toHaveAccessibleName(/claims the story rests on/);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    const statements = () => table.locator('tbody th').allTextContents();

    await page.locator('[data-sort="claim"]').click();
    await expect(page.locator('[data-sort="claim"]')).toHaveAttribute('aria-pressed', 'true');
    const sorted = await statements();
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, 'en')));

    await page.locator('[data-sort="agreement"]').click();
    const counts = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-claim')));
    const agreeing = counts.map((id) => agreementCount(CLAIMS.find((claim) => claim.id === id)!));
    expect(agreeing).toEqual([...agreeing].sort((a, b) => b - a));

    const height = table.locator('tr[data-claim="height"] td[data-stance]');
    await expect(height).toHaveText([/States/, /States/, /Differs/]);
    expect(await hasHorizontalOverflow(page)).toBe(false);
  });

  test('switches the rescue scene’s floor labels between étages and storeys', async ({ page }) => {
    await scrollToStep(page, 'rescue-floor-4');
    await expectOnStep(page, 'rescue-floor-4');
    const boysFloor = page.locator('[data-scene="rescue"] [data-floor-label="4"]');
    await expect(boysFloor).toHaveText('4e');
    await page.locator('[data-counting-option="storey"]').click();
    await expect(boysFloor).toHaveText('5th');
    await expect(page.locator('[data-scene="rescue"] [data-floor-label="0"]')).toHaveText('1st');
    await page.locator('[data-counting-option="etage"]').click();
    await expect(boysFloor).toHaveText('4e');
    await expect(page.locator('[data-scene="rescue"] [data-floor-label="0"]')).toHaveText('RDC');
  });

  test('has a method note on quotes, the check and translations', async ({ page }) => {
    const note = page.locator('[data-method-note]');
    await expect(note).toContainText('verbatim');
    await expect(note).toContainText('Our translation');
    await expect(note).toContainText('build');
  });
});
