/** `ms` as "29 min 00 s", rounded to the second. */
export function minutesAndSeconds(ms: number): string;
