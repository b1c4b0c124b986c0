// The two embed snippets for publishers, ready to copy, with the story's own address filled in
// once the page knows it (the prerendered page shows the path alone).
//   <EmbedSnippet />
import { useEffect, useState } from 'react';
import { useStory } from '../hooks/useStory.ts';

/** The attribute's value with its quotation marks escaped, so any title fits. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function snippets(storyUrl: string, title: string) {
  const frame = `<iframe src="${storyUrl}?embed" title="${attribute(title)}"`;
  return {
    fixed: `${frame} style="width:100%;height:600px;border:0"></iframe>`,
    responsive: `${frame} style="width:100%;border:0" data-scrolly-embed></iframe>\n<script src="${storyUrl}embed.js" async></script>`,
  };
}

export function EmbedSnippet() {
  const { story } = useStory();
  const words = story.ui.embed;
  const [storyUrl, setStoryUrl] = useState('/');
  useEffect(() => setStoryUrl(`${window.location.origin}${window.location.pathname}`), []);
  const { fixed, responsive } = snippets(storyUrl, story.meta.embedTitle);
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
