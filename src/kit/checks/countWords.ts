// Numbers and days of the week in a text, read as values, so that a claim's statement and a report's
// words for it can be compared across languages ("quatre ans" and "4-year-old" give the same 4). An
// ordinal is not a number: "the fourth story balcony" gives no "four".
//   countsIn('A four-year-old boy, on Monday 28 May', 'en') // four → n4, Monday → d1, 28 → n28
//   countsIn('the fourth story balcony', 'en')             // fourth → o4

/** One number, ordinal or day found in a text: its words as written, and its value ("n4", "o4", "d1"). */
export interface Count {
  words: string;
  value: string;
}

interface CountWords {
  /** Numbers from two up, by value ("one" and "un" are left out: they are as often a pronoun or an article). */
  numbers: Readonly<Record<string, number>>;
  ordinals: Readonly<Record<string, number>>;
  /** Days of the week, Monday = 1. */
  days: Readonly<Record<string, number>>;
  /** What may follow a figure to make it an ordinal ("18th", "18e"). */
  ordinalEndings: readonly string[];
}

/**
 * The words for numbers and days in each language the desk reads: an edition in a language with no
 * list here is a content problem, so a new one must bring its own.
 */
export const COUNT_WORDS: Readonly<Record<string, CountWords>> = {
  en: {
    numbers: { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20 },
    ordinals: { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 },
    days: { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 },
    ordinalEndings: ['st', 'nd', 'rd', 'th'],
  },
  fr: {
    numbers: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, vingt: 20 },
    // "seconde" is left out: it is as often the unit of time.
    ordinals: { premier: 1, première: 1, deuxième: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8, neuvième: 9, dixième: 10 },
    days: { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7 },
    ordinalEndings: ['ᵉ', 'ème', 'er', 're', 'e'],
  },
};

/** Every number, ordinal and day of the week in `text`, read with the words of its language. */
export function countsIn(text: string, lang: string): Count[] {
  const words = COUNT_WORDS[lang];
  if (!words) return [];
  const counts: Count[] = [];
  const endings = words.ordinalEndings.join('|');
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\d])(\\d+)(${endings})?(?![\\p{L}\\d])`, 'gu'))) {
    counts.push({ words: match[0], value: `${match[2] ? 'o' : 'n'}${Number(match[1])}` });
  }
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const word = match[0].toLowerCase();
    const number = words.numbers[word];
    const ordinal = words.ordinals[word];
    const day = words.days[word];
    if (number !== undefined) counts.push({ words: match[0], value: `n${number}` });
    if (ordinal !== undefined) counts.push({ words: match[0], value: `o${ordinal}` });
    if (day !== undefined) counts.push({ words: match[0], value: `d${day}` });
  }
  return counts;
}
