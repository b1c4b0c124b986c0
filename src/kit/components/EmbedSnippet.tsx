// Every way for a publisher to put the story on a page, ready to copy, each with a line on when to
// use it: the responsive embed (embed.js), a pym.js child, the plain fixed-height iframe, and the
// oEmbed address. Until the page knows the address it is served from (once awake), the codes name
// its published address, its canonical link's: never a path that only works on the story's own site.
//   <EmbedSnippet />
import { useEffect, useState } from 'react';
import { useStory } from '../hooks/useStory.ts';

/** The attribute's value with its quotation marks escaped, so any title fits. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The text as a script's string literal, which no `</script>` inside can end. */
const scriptString = (text: string) => JSON.stringify(text).replace(/</g, '\\u003c');

/** This edition's snippets, in the order offered; embed.js is served from the story's root, whichever edition is embedded. */
function snippets(pageUrl: string, rootUrl: string, title: string) {
  const frame = `<iframe src="${pageUrl}?embed" title="${attribute(title)}"`;
  return {
    responsive: `${frame} style="width:100%;border:0" data-scrolly-embed></iframe>\n<script src="${rootUrl}embed.js" async></script>`,
    pym: `<div id="scrolly-story"></div>\n<script>new pym.Parent('scrolly-story', '${pageUrl}?embed', { title: ${scriptString(title)}, trackscroll: true });</script>`,
    fixed: `${frame} style="width:100%;height:600px;border:0"></iframe>`,
    oembed: `${pageUrl}oembed.json`,
  };
}

type Way = keyof ReturnType<typeof snippets>;
const WAYS: readonly Way[] = ['responsive', 'pym', 'fixed', 'oembed'];

/** The story's root, from this edition's page: "/story/fr/" less the edition's path "fr/". */
const rootOf = (pageUrl: string, editionPath: string) => (editionPath && pageUrl.endsWith(editionPath) ? pageUrl.slice(0, -editionPath.length) : pageUrl);

export function EmbedSnippet() {
  const { story, address } = useStory();
  const words = story.ui.embed;
  const editionPath = story.meta.editions?.find((edition) => edition.lang === story.meta.lang)?.path ?? '';
  const [storyUrl, setStoryUrl] = useState(address ?? `/${editionPath}`);
  useEffect(() => setStoryUrl(`${window.location.origin}${window.location.pathname}`), []);
  const code = snippets(storyUrl, rootOf(storyUrl, editionPath), story.meta.embedTitle);
  const texts: Record<Way, { intro: string; label: string }> = {
    responsive: { intro: words.responsiveIntro, label: words.responsiveLabel },
    pym: { intro: words.pymIntro, label: words.pymLabel },
    fixed: { intro: words.fixedIntro, label: words.fixedLabel },
    oembed: { intro: words.oembedIntro, label: words.oembedLabel },
  };
  return (
    <section className="embed-snippet sources__part" aria-labelledby="embed-title" data-stand-in="embed">
      <h3 id="embed-title" className="source__title">
        {words.title}
      </h3>
      {WAYS.map((way) => (
        <div key={way}>
          <p>{texts[way].intro}</p>
          <pre className="embed-snippet__code" tabIndex={0} role="region" aria-label={texts[way].label}>
            <code data-embed-snippet={way}>{code[way]}</code>
          </pre>
        </div>
      ))}
    </section>
  );
}
