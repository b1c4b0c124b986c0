// The article's machine-readable data, written by the prerender (build time only, no reader
// downloads it): NewsArticle JSON-LD for the page's head, and the oEmbed 1.0 JSON that the page's
// discovery link points to, for CMSs that embed by URL (WordPress among them).
// Who wrote and who publishes the story is the build's to say, like STORY_URL:
//   STORY_AUTHOR="Author name" STORY_PUBLISHER="Publisher name" STORY_PUBLISHER_URL=https://news.example/ npm run build
// Left unset, the JSON-LD names no author or publisher, the oEmbed no author or provider, and the head
// has no author tags.

export const ARTICLE_CREDITS = {
  author: process.env.STORY_AUTHOR || undefined,
  publisher: process.env.STORY_PUBLISHER || undefined,
  publisherUrl: process.env.STORY_PUBLISHER_URL ? new URL(process.env.STORY_PUBLISHER_URL).href : undefined,
};

/** The oEmbed frame's size: the fixed-height embed, which needs no script on the host's page. */
export const OEMBED_FRAME = { width: 700, height: 600 };
/** How long a consumer may keep the oEmbed answer, in seconds (a day: titles and corrections change). */
export const OEMBED_CACHE_AGE = 86400;

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page's NewsArticle, as a `<script type="application/ld+json">` (a data block: no CSP applies). */
export function newsArticleScript({ meta, page, corrections, storyUrl, image }) {
  const { author, publisher, publisherUrl } = ARTICLE_CREDITS;
  const article = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: meta.headline,
    description: page.description,
    image: [{ '@type': 'ImageObject', url: image.url, width: image.width, height: image.height }],
    datePublished: meta.published,
    dateModified: meta.updated,
    inLanguage: meta.lang,
    mainEntityOfPage: storyUrl,
    url: storyUrl,
    // STORY_AUTHOR names one author: an object, as link-preview scrapers read it (`author.name`); an array is for several.
    ...(author && { author: { '@type': 'Person', name: author } }),
    ...(publisher && { publisher: { '@type': 'Organization', name: publisher, ...(publisherUrl && { url: publisherUrl }) } }),
    ...(corrections.length > 0 && {
      correction: corrections.map((correction) => ({ '@type': 'CorrectionComment', text: correction.text, datePublished: correction.date })),
    }),
  };
  // `<` escaped, so no text in the data can close the script element.
  return `<script type="application/ld+json">${JSON.stringify(article).replace(/</g, '\\u003c')}</script>`;
}

/** The oEmbed answer: a `rich` embed whose html is a lone iframe, so it works when a CMS strips every script. */
export function oembedJson({ meta, storyUrl, image }) {
  const { author, publisher, publisherUrl } = ARTICLE_CREDITS;
  const { width, height } = OEMBED_FRAME;
  const src = new URL('?embed', storyUrl).href;
  const html = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(meta.embedTitle)}" width="${width}" height="${height}" style="width:100%;max-width:100%;height:${height}px;border:0"></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    title: meta.headline,
    html,
    width,
    height,
    ...(author && { author_name: author }),
    ...(publisher && { provider_name: publisher }),
    ...(publisherUrl && { provider_url: publisherUrl }),
    thumbnail_url: image.url,
    thumbnail_width: image.width,
    thumbnail_height: image.height,
    cache_age: OEMBED_CACHE_AGE,
  };
}

/**
 * The head's article tags, for link previews and aggregators that read meta tags rather than JSON-LD:
 * who wrote it (only when the build names someone) and the dates line's two days, ISO 8601 as in the
 * JSON-LD. Open Graph's `article:author` is a profile's address or a name; the build knows no profile.
 */
export function articleMetaTags({ meta }) {
  const { author } = ARTICLE_CREDITS;
  return [
    ...(author ? [`<meta name="author" content="${escapeAttribute(author)}" />`, `<meta property="article:author" content="${escapeAttribute(author)}" />`] : []),
    `<meta property="article:published_time" content="${escapeAttribute(meta.published)}" />`,
    `<meta property="article:modified_time" content="${escapeAttribute(meta.updated)}" />`,
  ];
}

/** The discovery link for the head. */
export function oembedLink({ meta, oembedUrl }) {
  return `<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(oembedUrl)}" title="${escapeAttribute(meta.headline)}" />`;
}
