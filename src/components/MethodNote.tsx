// How we know what we say: what the reports are, how quotes are checked, how we compared the reports
// and who translated what. Our words, in the sources chapter.
//   <MethodNote />

export function MethodNote() {
  return (
    <section className="method sources__part" aria-labelledby="method-title" data-method-note>
      <h3 id="method-title" className="sources__subtitle">
        Method
      </h3>
      <p>
        <strong>The reports.</strong> Three English-language news reports, all written after the meeting at the Élysée on
        Monday 28 May. Report A reproduces French posts by the mayor of Paris, the president and a French news account;
        Reports B and C cite other outlets for parts of their accounts. We name them by letter because the copies we worked
        from do not name their publishers.
      </p>
      <p>
        <strong>Quotes are verbatim, and checked.</strong> Every quotation and every supporting excerpt is printed exactly as
        in its report; only white space and the shape of quotation marks may differ, and an ellipsis marks words left out.
        Our build compares each one with its report’s text and stops if one does not match. It also stops if a claim has no
        report behind it, or if a difference we show does not give at least two readings from two reports.
      </p>
      <p>
        <strong>Claims and differences.</strong> We split the story into the claims it rests on and noted, for each, whether
        each report states it, says something different or is silent. Under every step, “How we know” opens on those words;
        where the reports differ, we say how in our own words and give each side in its report’s words.
      </p>
      <p>
        <strong>Translations.</strong> The French posts appear as Report A prints them, in French; the English beneath them,
        marked “Our translation”, is ours, kept close to the French. What Gassama and the president said to each other
        appears only in the reports’ own English: none prints the French, so we do not translate it again, and show the
        reports’ versions side by side instead.
      </p>
    </section>
  );
}
