// The French edition's account of each difference between the reports, and whose posts the reports
// reproduce. Loaded with the story's evidence, after its text (see evidence.fr.ts).
import type { EvidenceWords } from '../../../kit/content/defineStory.ts';
import type { FourFloorsIds } from '../ids.ts';
import type { PostAuthor } from './posts.ts';

export const POST_WORDS_FR: Readonly<Record<PostAuthor, string>> = {
  'infos-francaises': 'le message d’Infos Françaises',
  mayor: 'le message de la maire',
  president: 'le message du président',
};

// Each difference in our plain words; anything we add from outside the reports is said to be ours, in the same paragraph.
export const DISCREPANCY_WORDS_FR: EvidenceWords<FourFloorsIds>['discrepancies'] = {
  height: {
    title: 'À quelle hauteur a-t-il grimpé ?',
    explanation: [
      'L’Article A compte quatre étages, et l’Article B parle d’un balcon à quatre niveaux de hauteur ; le message du président, que reproduit l’Article A, dit « 4 étages » ; l’Article C parle de cinq niveaux.',
      'Notre note, pas celle des articles : en France, on compte les étages à partir du premier au-dessus du rez-de-chaussée, si bien que le 4e étage est le cinquième niveau compté depuis le sol, et les cinq niveaux de l’Article C sont peut-être la même hauteur, comptée avec le rez-de-chaussée. Aucun article ne dit quel compte il suit : c’est peut-être, ou peut-être pas, la raison de leur différence. Dans nos traductions, étage rend le mot anglais floor, et niveau le mot story : ce choix de mots est le nôtre, il ne dit pas quel compte suit chaque article.',
      'Seul l’Article B dit d’où l’enfant serait tombé : de l’appartement familial, au sixième étage dans notre traduction. Le bouton sous le dessin du sauvetage renumérote ses étages dans l’un ou l’autre compte.',
    ],
    readings: [
      { label: 'Quatre étages', translations: ['a escaladé quatre étages d’un immeuble'] },
      {
        label: 'Un balcon à quatre niveaux de hauteur',
        translations: ['en grimpant jusqu’à un balcon à quatre niveaux de hauteur', 'l’enfant a pu se rattraper au balcon du quatrième niveau pour arrêter sa chute'],
      },
      { label: 'Cinq niveaux' },
      { label: 'Serait tombé d’un appartement du sixième étage', translations: ['l’enfant … se trouvait apparemment dehors … quand il est tombé du balcon de leur appartement du sixième étage'] },
    ],
  },
  crowd: {
    title: 'Des acclamations, ou l’effroi ?',
    explanation: [
      'Selon l’Article B, il grimpe sous les acclamations des badauds ; selon l’Article C, une foule regarde, horrifiée, jusqu’à ce qu’il atteigne l’enfant. L’Article A ne décrit pas la foule.',
    ],
    readings: [
      {
        label: 'Des acclamations pendant l’escalade',
        translations: ['Sous les acclamations des badauds, le migrant malien a escaladé et s’est hissé d’un balcon à l’autre'],
      },
      {
        label: 'L’effroi, puis le soulagement et la joie quand il atteint l’enfant',
        translations: [
          'La foule nombreuse qui regardait, horrifiée, la vie de l’enfant littéralement suspendue à un fil, a vu sa peur se changer en soulagement puis en joie quand le jeune héros l’a atteint.',
        ],
      },
    ],
  },
  'words-ran': {
    title: 'Ce qu’il a dit de sa course vers l’enfant',
    explanation: [
      'Les trois articles le citent, dans un anglais qui diffère ; la seconde version de l’Article B vient de CNN, et l’Article C ajoute, avec ses propres mots, qu’il n’a pas hésité. Aucun ne dit dans quelle langue il s’est exprimé, ni qui a mis ses mots en anglais ; nos traductions sont faites sur l’anglais des articles.',
    ],
    readings: [
      { label: 'Pas le temps de réfléchir ; de l’autre côté de la route' },
      { label: 'Il n’y a pas réfléchi ; il a cherché des solutions', translations: ['Je n’y ai pas réfléchi', 'J’ai couru et j’ai cherché des solutions pour le sauver'] },
      { label: 'Il a couru ; de l’autre côté de la rue', translations: [undefined, 'disant qu’il n’avait pas hésité une seconde à tenter de sauver l’enfant'] },
    ],
  },
  'words-climbed': {
    title: 'Ce qu’il a dit de l’escalade',
    explanation: [
      'Les Articles A et B le citent tous deux disant qu’il a grimpé et que Dieu l’a aidé, en des mots qui ne sont pas tout à fait les mêmes ; selon les Articles A et C, grimper lui a donné du courage, en des termes différents, et l’Article C rapporte l’aide de Dieu dans ses propres termes.',
    ],
    readings: [
      {
        label: 'Dieu l’a aidé ; plus il montait, plus il avait de courage',
        translations: ['J’ai simplement grimpé et, Dieu merci, Dieu m’a aidé. Plus je grimpais, plus j’avais le courage de monter plus haut, c’est tout.'],
      },
      { label: 'Dieu l’a aidé' },
      { label: 'Grimper lui a donné du courage' },
    ],
  },
  'legal-status': {
    title: 'Comment les articles décrivent-ils sa situation ?',
    explanation: [
      'L’Article A rapporte son récit, que l’Article C relaie d’après CBS : il disait avoir des papiers lui permettant de séjourner légalement en Italie ; l’Article C écrit aussi, avec ses propres mots, qu’il est entré illégalement en France. L’Article A ne dit pas comment il est entré en France ; l’Article B dit seulement qu’il a immigré du Mali à Paris.',
    ],
    readings: [
      {
        label: 'Des papiers pour séjourner en Italie, selon son récit',
        translations: [undefined, 'CBS rapporte que si Gassama dit avoir été autorisé à séjourner légalement en Italie, il s’est rendu en France'],
      },
      { label: 'Entré illégalement en France, selon l’Article C', translations: [undefined, 'L’acte héroïque d’un immigré clandestin à Paris'] },
      { label: 'Immigré du Mali', translations: ['Un jeune homme qui a immigré du Mali à Paris'] },
    ],
  },
  'brother-years': {
    title: 'Depuis combien de temps son frère vivait-il en France ?',
    explanation: [
      'L’Article A, rapportant les mots de Gassama, dit depuis des années ; l’Article C, citant CBS, depuis des décennies. Aucun ne donne de date : impossible de dire lequel est le plus proche de la réalité. L’Article B ne mentionne pas le frère.',
    ],
    readings: [
      { label: 'Depuis des années', translations: ['veut être avec son frère aîné, qui vit en France depuis des années.'] },
      { label: 'Depuis des décennies', translations: ['CBS rapporte que … il s’est rendu en France pour rejoindre son frère aîné, qui vit dans le pays depuis des décennies.'] },
    ],
  },
  citizenship: {
    title: 'Des papiers, un titre de séjour, ou la citoyenneté ?',
    explanation: [
      'Le message du président dit que Gassama allait être « régularisé » ; l’Article C le cite, en anglais, parlant de ses papiers ; l’Article B parle d’un titre de séjour.',
      'Chaque article parle aussi de citoyenneté, l’Article B d’une citoyenneté d’honneur et, dans une phrase qu’il attribue au Telegraph, d’une possibilité d’obtenir la nationalité. Notre note : aucun ne cite le président proposant la citoyenneté.',
    ],
    readings: [
      {
        label: 'Sa situation régularisée',
        translations: [undefined, 'lui a promis des documents qui lui permettraient de rester dans le pays', undefined],
      },
      { label: 'Un titre de séjour', translations: ['Gassama doit recevoir son titre de séjour'] },
      { label: 'La citoyenneté', translations: ['l’octroi de la citoyenneté à Gassama', 'a valu au migrant né au Mali la citoyenneté française'] },
      {
        label: 'Une citoyenneté d’honneur, ou une possibilité d’obtenir la nationalité',
        translations: [undefined, 'ainsi qu’une possibilité de se voir officiellement conférer la nationalité française'],
      },
    ],
  },
  'papers-when': {
    title: 'Quand sa situation serait-elle réglée ?',
    explanation: [
      'Le message du président dit « dans les plus brefs délais » ; l’Article C le cite, en anglais, disant qu’il allait régulariser tous ses papiers aujourd’hui (notre traduction) ; l’Article B date le titre de séjour du mardi 29 mai, après la rencontre. Ces versions ne s’opposent pas forcément, mais ce n’est pas la même promesse.',
    ],
    readings: [{ label: 'Dans les plus brefs délais' }, { label: 'Aujourd’hui' }, { label: 'Le mardi 29 mai', translations: ['Gassama doit recevoir son titre de séjour le mardi 29 mai.'] }],
  },
  medal: {
    title: 'Une médaille, un certificat, ou ni l’un ni l’autre ?',
    explanation: [
      'Selon les Articles A et B, il a reçu une médaille d’or, l’Article B ajoutant un certificat et citant le Telegraph. L’Article C donne son courage et son dévouement comme raison de la citoyenneté et d’un emploi, et ne mentionne aucune médaille.',
    ],
    readings: [
      { label: 'Une médaille d’or, pour son courage et son dévouement' },
      { label: 'Une médaille d’or et un certificat' },
      {
        label: 'Courage et dévouement, raison de la citoyenneté et d’un emploi',
        translations: ['Macron a annoncé l’avoir récompensé pour son courage et son dévouement en lui offrant la citoyenneté française ainsi qu’un éventuel emploi de pompier'],
      },
    ],
  },
  'brigade-offer': {
    title: 'La proposition d’entrer chez les pompiers était-elle ferme ?',
    explanation: [
      'D’un emploi proposé (Article A) à un emploi éventuel (Article C) ; l’Article B cite le président disant qu’il pourrait rejoindre les pompiers, puis écrit qu’il doit aussi commencer à travailler avec la brigade. Le message du président dit seulement que la brigade était prête à l’accueillir.',
    ],
    readings: [
      { label: 'Un emploi, proposé' },
      { label: 'Prête à l’accueillir' },
      { label: 'Il pourrait rejoindre ; il doit commencer', translations: [undefined, 'Il doit aussi commencer à travailler avec la brigade des sapeurs-pompiers de Paris'] },
      { label: 'Un emploi éventuel' },
    ],
  },
};
