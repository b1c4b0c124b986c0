// The fixture's ids, listed once: its reports, quotations, claims and the one place its reports
// differ. A fact, a step or an edition's words naming another id is a type error.
import { definePlan } from '../../src/kit/content/editions.ts';

export interface FixtureIds {
  report: 'one' | 'two';
  quote: 'climbed' | 'beam' | 'later';
  claim: 'dusk' | 'seven' | 'beam';
  discrepancy: 'hour';
}

export const planChapter = definePlan<FixtureIds>();
