// A story told in several editions: what is the same in every language (a chapter's plan, the reports'
// own words) is written once, and each edition gives its words for it, keyed by the same ids, so a
// word left untranslated is a type error (a missing key) or a content error (an excerpt in another
// language than the edition's with no translation of ours).
//   export const PLAN = planChapter({ id: 'rescue', scene: RESCUE_SCENE, steps: [{ id: 'rescue-street', picture, … }] });
//   export const RESCUE = tellChapter(PLAN, { title, dek, caption, sceneWords, steps: { 'rescue-street': { kicker, body, alt } } });
import type { SceneDefinition } from '../scene/defineScene.tsx';
import type { AnyChapter, Chapter, Excerpt, Quote, Step, StoryIds } from './types.ts';

/** A step without its words: its id (shared by every edition), what it draws and the evidence it shows. */
export type StepPlan<P, I extends StoryIds, S extends string> = Omit<Step<P, I>, 'kicker' | 'body' | 'alt' | 'id'> & { id: S };

/** A step's words in one edition. */
export type StepWords = Pick<Step, 'kicker' | 'body' | 'alt'>;

/** A chapter without its words: the same in every edition. */
export interface ChapterPlan<P, C, I extends StoryIds, S extends string> {
  id: string;
  scene: SceneDefinition<P, C>;
  steps: readonly StepPlan<P, I, S>[];
}

/** A chapter's words in one edition: one entry per step of its plan, no more, no fewer. */
export interface ChapterWords<C, S extends string> extends Pick<Chapter, 'title' | 'dek' | 'caption'> {
  sceneWords: C;
  steps: Readonly<Record<S, StepWords>>;
}

/** Curried so that the story's ids are given once and the scene's types and step ids are inferred. */
export function definePlan<I extends StoryIds>() {
  return <P, C, S extends string>(plan: ChapterPlan<P, C, I, S>): ChapterPlan<P, C, I, S> => plan;
}

/** The chapter in one edition: its plan, told in that edition's words. */
export function tellChapter<P, C, I extends StoryIds, S extends string>(plan: ChapterPlan<P, C, I, S>, words: ChapterWords<NoInfer<C>, NoInfer<S>>): Chapter<P, C, I> {
  const { steps, ...chapterWords } = words;
  return { ...chapterWords, id: plan.id, scene: plan.scene, steps: plan.steps.map((step) => ({ ...step, ...steps[step.id] })) };
}

/** The words each plan of `T` needs, in the same order: the words of a chapter list's edition (chapters.aml). */
// `any`: the plans' pictures and scene words differ from chapter to chapter; each one's own are held
// by the mapped type, as tellChapter's types hold a single chapter's.
type WordsOfPlans<T extends readonly ChapterPlan<any, any, StoryIds, string>[]> = { readonly [K in keyof T]: T[K] extends ChapterPlan<any, infer C, any, infer S> ? ChapterWords<C, S> : never };

/**
 * Every chapter in one edition, in reading order: each plan told in the words at its place. What a
 * story's chapter list joins (chapters.aml: PLANS, and each edition's CHAPTER_WORDS).
 */
export function tellChapters<I extends StoryIds, const T extends readonly ChapterPlan<any, any, I, string>[]>(plans: T, words: WordsOfPlans<T>): AnyChapter<I>[] {
  return plans.map((plan, index) => tellChapter(plan, words[index]!));
}

/** A report's words as printed, the same in every edition (`lang` when not the report's own language). */
export type ExcerptText<S extends string = string> = Omit<Excerpt<StoryIds & { report: S }>, 'translation' | 'context'>;

/** A quotation as printed; who said it, and our translation, are each edition's (QuoteWords). */
export type QuoteText<S extends string = string> = ExcerptText<S> & { id: string };

/**
 * The quotations of a story's documents, by id, as the list its text reads: a chapter's excerpts
 * document writes each once (`{quotes.thank-god-saved}` with its `report` and `text`).
 */
export function listQuotes<Q extends Readonly<Record<string, ExcerptText>>>(quotes: Q): (ExcerptText<Q[keyof Q]['report']> & { id: keyof Q & string })[] {
  return Object.entries(quotes).map(([id, { report, text, lang }]) => ({ id, text, report, ...(lang !== undefined && { lang }) }));
}

/** Our words for one excerpt in an edition: our translation when it is not in the edition's language, and whose post it is. */
export interface ExcerptWords {
  translation?: string;
  context?: string;
}

export interface QuoteWords extends ExcerptWords {
  speaker: string;
}

/** The languages an edition reads an excerpt against: its own, and the reports' (for words with no `lang`). */
export interface EditionLanguages {
  lang: string;
  reportLang: string;
}

/**
 * The excerpt in one edition: always with its language, so that words in another language than the
 * edition's are marked as such on the page and the checks ask for our translation of them; a
 * translation of words already in the edition's language is dropped.
 */
export function tellExcerpt<E extends ExcerptText>(excerpt: E, words: ExcerptWords | undefined, { lang, reportLang }: EditionLanguages): E & ExcerptWords {
  const wordsLang = excerpt.lang ?? reportLang;
  return { ...excerpt, lang: wordsLang, context: words?.context, translation: wordsLang === lang ? undefined : words?.translation };
}

/** Every quotation in one edition, each with that edition's words for it. */
export function tellQuotes<I extends StoryIds>(quotes: readonly (ExcerptText<I['report']> & { id: I['quote'] })[], words: Readonly<Record<I['quote'], QuoteWords>>, languages: EditionLanguages): Quote<I>[] {
  return quotes.map((quote) => ({ ...tellExcerpt(quote, words[quote.id], languages), speaker: words[quote.id].speaker }));
}
