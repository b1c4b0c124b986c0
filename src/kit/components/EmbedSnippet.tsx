// The two embed snippets for publishers, ready to copy, with the story's own address filled in
// once the page knows it (the prerendered page shows the path alone).
//   <EmbedSnippet />
import { useEffect, useState } from 'react';
import { useStory } from '../hooks/useStory.ts';

/** The attribute's value with its quotation marks escaped, so any title fits. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The embed codes for this edition's page; embed.js is served from the story's root, whichever edition is embedded. */
function snippets(pageUrl: string, rootUrl: string, title: string) {
  const frame = `<iframe src="${pageUrl}?embed" title="${attribute(title)}"`;
  return {
    fixed: `${frame} style="width:100%;height:600px;border:0"></iframe>`,
    responsive: `${frame} style="width:100%;border:0" data-scrolly-embed></iframe>\n<script src="${rootUrl}embed.js" async></script>`,
  };
}

/** The story's root, from this edition's page: "/story/fr/" less the edition's path "fr/". */
const rootOf = (pageUrl: string, editionPath: string) => (editionPath && pageUrl.endsWith(editionPath) ? pageUrl.slice(0, -editionPath.length) : pageUrl);

export function EmbedSnippet() {
  const { story } = useStory();
  const words = story.ui.embed;
  const editionPath = story.meta.editions?.find((edition) => edition.lang === story.meta.lang)?.path ?? '';
  const [storyUrl, setStoryUrl] = useState(`/${editionPath}`);
  useEffect(() => setStoryUrl(`${window.location.origin}${window.location.pathname}`), []);
  const { fixed, responsive } = snippets(storyUrl, rootOf(storyUrl, editionPath), story.meta.embedTitle);
  return (
    <section className="embed-snippet sources__part" aria-labelledby="embed-title" data-stand-in="embed">
      <h3 id="embed-title" className="source__title">
        {words.title}
      </h3>
      <p>{words.fixedIntro}</p>
      <pre className="embed-snippet__code" tabIndex={0} role="region" aria-label={words.fixedLabel}>
        <code data-embed-snippet="fixed">{fixed}</code>
      </pre>
      <p>{words.responsiveIntro}</p>
      <pre className="embed-snippet__code" tabIndex={0} role="region" aria-label={words.responsiveLabel}>
        <code data-embed-snippet="responsive">{responsive}</code>
      </pre>
    </section>
  );
}
