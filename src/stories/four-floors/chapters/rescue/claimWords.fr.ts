// The French edition's statement of each of this chapter's claims, and our translations of the
// reports' words for them. Loaded with the story's evidence, after its text (see evidence.fr.ts).
import type { ClaimWordsOf } from '../../ids.ts';
import type { RESCUE_CLAIMS } from './claims.ts';

export const RESCUE_CLAIM_WORDS_FR: ClaimWordsOf<typeof RESCUE_CLAIMS> = {
  'child-hanging': {
    statement: 'Un enfant était suspendu à un balcon.',
    translations: {
      A: 'pour secourir un enfant de quatre ans suspendu à un balcon.',
      B: 'l’enfant a pu se rattraper au balcon du quatrième niveau pour arrêter sa chute, et a réussi à s’y agripper pour sauver sa vie',
      C: 'pour secourir un enfant de 4 ans suspendu à un balcon.',
    },
  },
  'child-age': { statement: 'L’enfant avait quatre ans.' },
  'saturday-evening': {
    statement: 'Cela s’est passé un samedi soir.',
    translations: { A: 'un immeuble du 18e arrondissement, dans le nord de Paris, samedi soir', B: 'Samedi soir, l’enfant que « Spider-Man » a sauvé se trouvait apparemment dehors' },
  },
  'in-the-18th': {
    statement: 'Cela s’est passé dans le 18e arrondissement, dans le nord de Paris.',
    translations: { A: 'un immeuble du 18e arrondissement, dans le nord de Paris' },
  },
  'football-match': {
    statement: 'Il a dit à BFM TV qu’il allait regarder un match de football, selon l’Article B.',
    translations: { B: 'il se rendait simplement dans un restaurant du quartier pour regarder un match de football quand il a vu ce qui se passait.' },
  },
  'ran-to-save': {
    statement: 'Il a dit avoir couru pour sauver l’enfant sans s’arrêter pour réfléchir.',
    translations: {
      B: 'Je n’y ai pas réfléchi … J’ai couru et j’ai cherché des solutions pour le sauver',
      C: 'J’ai couru. J’ai traversé la rue pour le sauver … disant qu’il n’avait pas hésité une seconde à tenter de sauver l’enfant',
    },
  },
  'climbed-facade': {
    statement: 'Il a escaladé la façade de l’immeuble.',
    translations: {
      B: 'le migrant malien a escaladé et s’est hissé d’un balcon à l’autre',
      C: 'a escaladé cinq niveaux d’un immeuble pour secourir un enfant de 4 ans',
    },
  },
  'balcony-by-balcony': { statement: 'Il s’est hissé d’un balcon à l’autre.' },
  'courage-grew': { statement: 'Il a dit au président que grimper lui avait donné le courage de continuer.' },
  'in-seconds': {
    statement: 'L’escalade n’a duré que quelques secondes.',
    translations: {
      A: 'samedi soir en quelques secondes à peine pour secourir un enfant de quatre ans',
      B: 's’est hissé d’un balcon à l’autre en quelques secondes à peine pour mettre à l’abri l’enfant suspendu dans le vide.',
    },
  },
  'neighbour-partition': {
    statement: 'Un autre locataire a tenté d’atteindre l’enfant, mais une cloison l’a empêché de le saisir.',
    translations: { B: 'On voit aussi un autre locataire tenter d’atteindre l’enfant, mais une cloison l’empêche de saisir le petit' },
  },
  'fell-from-flat': {
    statement: 'Selon l’Article B, l’enfant serait tombé du balcon de l’appartement familial, plus haut.',
    translations: { B: 'l’enfant … se trouvait apparemment dehors … quand il est tombé du balcon de leur appartement du sixième étage.' },
  },
  height: {
    statement: 'Il a grimpé quatre étages, ou quatre niveaux, pour atteindre l’enfant.',
    translations: {
      A: 'est passé à l’action et a escaladé quatre étages d’un immeuble',
      B: 'après avoir grimpé jusqu’à un balcon à quatre niveaux de hauteur pour sauver un enfant sur le point de tomber.',
      C: 'a escaladé cinq niveaux d’un immeuble',
    },
  },
  'pulled-to-safety': {
    statement: 'Il a atteint l’enfant et l’a secouru.',
    translations: {
      A: 'pour secourir un enfant de quatre ans suspendu à un balcon.',
      B: 'pour mettre à l’abri l’enfant suspendu dans le vide.',
      C: 'après avoir atteint l’enfant et l’avoir mis en sécurité.',
    },
  },
  'shaken-after': {
    statement: 'Selon son propre récit, il était ébranlé une fois l’enfant atteint.',
    translations: { B: 'quand il a pu atteindre l’appartement du quatrième niveau, ses genoux tremblaient.' },
  },
  'thank-god-saved': {
    statement: 'Il a dit avoir, Dieu merci, sauvé l’enfant.',
    translations: { B: 'Dieu merci, je l’ai sauvé, a-t-il ajouté.', C: 'Dieu merci, je l’ai sauvé, a-t-il dit.' },
  },
  'crowd-watched': {
    statement: 'Une foule l’a regardé grimper.',
    translations: { B: 'Sous les acclamations des badauds', C: 'La foule nombreuse qui regardait, horrifiée' },
  },
};
