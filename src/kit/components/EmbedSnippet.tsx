// The two embed snippets for publishers, ready to copy, with the story's own address filled in
// once the page knows it (the prerendered page shows the path alone).
//   <EmbedSnippet />
import { useEffect, useState } from 'react';

function snippets(storyUrl: string) {
  return {
    fixed: `<iframe src="${storyUrl}?embed" title="Four floors in seconds: the Gassama rescue" style="width:100%;height:600px;border:0"></iframe>`,
    responsive: `<iframe src="${storyUrl}?embed" title="Four floors in seconds: the Gassama rescue" style="width:100%;border:0" data-scrolly-embed></iframe>\n<script src="${storyUrl}embed.js" async></script>`,
  };
}

export function EmbedSnippet() {
  const [storyUrl, setStoryUrl] = useState('/');
  useEffect(() => setStoryUrl(`${window.location.origin}${window.location.pathname}`), []);
  const { fixed, responsive } = snippets(storyUrl);
  return (
    <section className="embed-snippet sources__part" aria-labelledby="embed-title">
      <h3 id="embed-title" className="source__title">
        Embed this story
      </h3>
      <p>
        For pages that allow only an iframe, a fixed height works: the story scrolls inside it, steps and pictures
        included.
      </p>
      <pre className="embed-snippet__code" tabIndex={0} role="region" aria-label="Fixed-height embed code">
        <code data-embed-snippet="fixed">{fixed}</code>
      </pre>
      <p>
        Where a script is allowed, the responsive embed sizes the iframe to the whole story and lets your page’s own
        scroll drive it.
      </p>
      <pre className="embed-snippet__code" tabIndex={0} role="region" aria-label="Responsive embed code">
        <code data-embed-snippet="responsive">{responsive}</code>
      </pre>
    </section>
  );
}
