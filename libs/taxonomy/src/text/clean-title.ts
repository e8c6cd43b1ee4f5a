// Job titles carry gender markers that split words for a matcher: PL "Konsultant/ka",
// "handlowy/a", EL "Υπεύθυνος/η", DE "(m/w/d)", PL "(k/m)". Removing them turns
// "Opiekun/ka Klienta" into "Opiekun Klienta", which the lexicon can match as a phrase.

/** Longest title read: real titles are short; anything longer is pasted body text. */
export const TITLE_LIMIT = 300;

// Bounded, non-nested quantifiers only: these run on untrusted input.
const GENDER_SUFFIX = /\/\s?(?:ka|a|ca|ica|yni|η|α|ια|τρια|ισσα|ίνα|ινα)(?![\p{L}\p{N}])/giu;
const GENDER_BRACKET = /[([]\s?[mwfdhkxi*]\s?(?:[/|,]\s?[mwfdhkxi*]\s?){1,3}[)\]]/giu;

export function cleanTitle(title: string): string {
  if (typeof title !== 'string') return '';
  const capped = title.length > TITLE_LIMIT ? title.slice(0, TITLE_LIMIT) : title;
  return capped.replace(GENDER_BRACKET, ' ').replace(GENDER_SUFFIX, '').replace(/\s+/g, ' ').trim();
}
