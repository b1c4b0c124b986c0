// The French edition's words for the sources: how it names and describes the reports, the method note
// and the chapter's opening words. Our translations of the reports' English sit under their words,
// marked as ours.
import type { MethodParagraph } from '../../../kit/content/types.ts';
import type { EditionWords } from '../../../kit/content/defineStory.ts';
import type { FourFloorsIds } from '../ids.ts';

export const REPORT_WORDS_FR: EditionWords<FourFloorsIds>['reports'] = {
  A: {
    label: 'Article A',
    description: 'Un article de presse de langue anglaise qui reproduit les messages en français de la maire de Paris, du président et du compte Infos Françaises.',
    contributes: [
      'Les messages de la maire et du président, en français',
      'Les mots de Gassama au président, et la réponse du président',
      'La médaille, la proposition d’entrer chez les pompiers et le contexte politique',
    ],
  },
  B: {
    label: 'Article B',
    description: 'Un article de langue anglaise qui cite le Telegraph, BFM TV et CNN pour une partie de son récit.',
    contributes: ['L’autre locataire, l’appartement de la famille et le match de football', 'La date du titre de séjour et le communiqué des pompiers'],
  },
  C: {
    label: 'Article C',
    description:
      'Un article de langue anglaise titré sur la vidéo virale, qui cite CBS pour le récit de Mamoudou Gassama sur ses papiers pour l’Italie et sur son frère, et pour l’affaire du père.',
    contributes: [
      'La hauteur en cinq niveaux',
      'La description que l’article fait de lui, en ses propres termes, comme entré illégalement en France',
      'La détention du père, selon CBS',
    ],
  },
};

export const METHOD_FR: readonly MethodParagraph[] = [
  {
    lead: 'Les articles.',
    text: 'Trois articles de presse de langue anglaise, tous écrits après la rencontre à l’Élysée. L’Article A reproduit des messages en français de la maire de Paris, du président et du compte Infos Françaises ; les Articles B et C citent d’autres médias pour une partie de leur récit. Nous les désignons par une lettre : les copies sur lesquelles nous avons travaillé ne nomment pas leur éditeur.',
  },
  {
    lead: 'Les citations sont exactes, et vérifiées.',
    text: 'Chaque citation et chaque extrait est imprimé exactement comme dans son article ; seuls les espaces et la forme des guillemets peuvent différer, des points de suspension marquent une coupe, et [sic] une erreur propre à l’article. Notre chaîne de publication compare chacun à son article et s’arrête au moindre écart ; elle s’arrête aussi si des mots de notre rédaction sont entre guillemets sans être ceux d’un article, si une précaution est perdue, si une affirmation donne un nombre ou un jour de la semaine qu’un article marqué comme l’affirmant ne donne pas, si une affirmation sur la situation ou la conduite d’une personne, tirée d’un seul article, ne le nomme pas, ou si une différence n’a pas deux versions de deux articles.',
  },
  {
    lead: 'Affirmations et différences.',
    text: 'Nous avons décomposé l’histoire selon les affirmations sur lesquelles elle repose, et noté pour chacune si chaque article l’affirme, dit autre chose ou n’en dit rien. Sous chaque étape, la mention Comment nous le savons liste ses affirmations, chacune avec ses marques et les mots des articles ; quand les articles divergent, nous disons en quoi, et donnons chaque version dans ses propres mots.',
  },
  {
    lead: 'Ce qui est de nous.',
    text: 'Les traductions, la façon de compter les étages en France, et les dates et jours de la semaine que nous déduisons des articles sont de nous, et signalés comme tels là où ils apparaissent.',
  },
  {
    lead: 'Les traductions.',
    text: 'Les messages en français apparaissent en français, tels que l’Article A les imprime, sans traduction. Les articles sont écrits en anglais : dans les citations, notre traduction française, signalée comme telle, vient d’abord, et l’anglais des articles s’affiche d’un clic (ouvert dans la version texte et à l’impression) ; dans les extraits qui fondent chaque affirmation, l’anglais reste au-dessus de notre traduction. Ce que Gassama et le président ont dit de vive voix n’apparaît dans les articles qu’en anglais, et aucun ne dit dans quelle langue cela a été dit ni qui l’a mis en anglais : notre français traduit leur anglais, ce n’est pas ce qui a été dit. Le récit que fait le président de ce qu’il a dit à Gassama se trouve aussi dans son message en français, que reproduit l’Article A.',
  },
];

export const SOURCES_INTRO_FR =
  'Chaque fait de cette histoire vient de trois articles de presse de langue anglaise ; ce que nous ajoutons est signalé comme tel. Ce chapitre montre quel article dit quoi, et où ils divergent.';

export const CLAIMS_INTRO_FR = 'Chaque affirmation est formulée par nous ; chaque article l’affirme, dit autre chose, ou n’en dit rien.';
