// Each edition's oEmbed answer, as a CMS that embeds the story by its address reads it: the page's
// discovery link, and the JSON's fields, title and addresses, the French edition's its own. How the
// kit's answer embeds and walks a story on a host page is tests/oembed.spec.ts's, on the fixture.
import { describeOEmbedAnswer } from '../../../../tests/helpers/oembedAnswer.ts';
import { DIST, forEachEdition } from './underTest.ts';

forEachEdition((edition) => describeOEmbedAnswer(edition, DIST));
