// Every word of the interface (buttons, panel names, announcements), supplied by the story so that
// the kit holds no sentence a reader sees and an edition in another language is a change of copy.
// Words with a number or a name in them are templates: `{count} claims` (see fillIn).
//   fillIn(story.ui.howWeKnow.claims, { count: 3 }) // "3 claims"

export interface InterfaceWords {
  /** The skip link at the top of the page, to the sources. */
  skipToSources: string;
  /** In a publisher's frame: the link to the full story, and what screen readers add to it. */
  openFullStory: string;
  opensInNewTab: string;
  /** The reader's switches. */
  readAsArticle: string;
  turnMotionOff: string;
  /** Step buttons beside each picture; `{chapter}` names the chapter for their landmark. */
  previousStep: string;
  nextStep: string;
  stepsOf: string;
  /**
   * The bar of chapters at the top of the page: its landmark's label, and what is announced when the
   * reader enters a chapter (`{number}`, `{count}`, `{chapter}`).
   */
  whereYouAre: { label: string; chapter: string };
  /** The name of the links to the story's other editions (a landmark's label). */
  editions: string;
  /** Our translation's label, beside a quote in another language. */
  ourTranslation: string;
  /**
   * Given, a translated quotation shows our translation first and its original under this summary,
   * one click away (an edition whose translations would otherwise double its step cards' length).
   */
  foldedOriginal?: string;
  /** The dates line under the standfirst: `{date}` is filled in. */
  published: string;
  updated: string;
  /** The corrections list's heading, and the line before each correction's date (`{date}`). */
  corrections: { title: string; made: string };
  /** A step's share button, and what it says once done (`{link}` where the link could not be copied). */
  share: { button: string; shared: string; copied: string; copyThis: string };
  /** Shown in place of a picture that failed to draw. */
  sceneFailed: string;
  howWeKnow: {
    label: string;
    /** "1 claim", "{count} claims"; when the reports differ on some, `disputed` says so around them ("{claims}; the reports differ on {count}"). */
    claim: string;
    claims: string;
    disputed: string;
    /** Before a report's words against the claim. */
    saysOtherwise: string;
    /** Before the link to the discrepancy that explains a disputed claim. */
    whyTheyDiffer: string;
    /** Above a step's longer quotes, kept under its "how we know" mark. */
    moreQuotes: string;
  };
  /** A report's stance on a claim, in words beside its badge (How we know). */
  stanceMarks: StanceWords;
  /** The same in the claims table's cells. */
  stanceCells: StanceWords;
  /** The flag on a "reports differ" callout. */
  reportsDiffer: string;
  sources: {
    title: string;
    method: string;
    reports: string;
    claims: string;
    differences: string;
    /** One report's part: what it adds, and its quotations (`{count}`, `{report}`). */
    whatItAdds: string;
    quotations: string;
  };
  claimsTable: {
    sortLabel: string;
    sortGroup: string;
    orders: { story: string; claim: string; agreement: string };
    /** `{count}` claims. */
    caption: string;
    claimColumn: string;
    /** Before a report's letter in a column heading, with a space (hidden on a phone). */
    reportWord: string;
    agreeColumn: string;
    /** After the count of reports agreeing, after a space: "of {count}". */
    agreeOf: string;
  };
  embed: {
    title: string;
    fixedIntro: string;
    fixedLabel: string;
    responsiveIntro: string;
    responsiveLabel: string;
    pymIntro: string;
    pymLabel: string;
    oembedIntro: string;
    oembedLabel: string;
  };
}

export interface StanceWords {
  states: string;
  differs: string;
  silent: string;
}

/** A template's `{name}` places filled in with the values given. */
export function fillIn(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (place, name: string) => String(values[name] ?? place));
}
