import { readText } from './payload-fields';

/**
 * "Warsaw, , Poland" and "Tel Aviv, Tel Aviv, Israel" are how vendors join places; this
 * joins the given parts without empty or repeated neighbours.
 */
export function joinPlaceParts(parts: Array<string | undefined | null>): string | undefined {
  const out: string[] = [];
  for (const part of parts) {
    const text = readText(part);
    if (!text) continue;
    if (out.length > 0 && out[out.length - 1].toLowerCase() === text.toLowerCase()) continue;
    out.push(text);
  }
  return out.length > 0 ? out.join(', ') : undefined;
}

/** A free-text place written by a vendor, with the empty parts of its own joining removed. */
export function cleanPlaceText(value: unknown): string | undefined {
  const text = readText(value);
  return text === undefined ? undefined : joinPlaceParts(text.split(','));
}

/** Several places of one posting, each once, in order: "Tallinn, Estonia; Riga, Latvia". */
export function joinPlaces(places: Array<string | undefined>): string | undefined {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const place of places) {
    if (!place || seen.has(place.toLowerCase())) continue;
    seen.add(place.toLowerCase());
    out.push(place);
  }
  return out.length > 0 ? out.join('; ') : undefined;
}

/** ISO 3166-1 alpha-2 codes upper-cased ("us" → "US"); anything else as written. */
export function countryCode(value: unknown): string | undefined {
  const text = readText(value);
  if (!text) return undefined;
  return /^[a-z]{2}$/i.test(text) ? text.toUpperCase() : text;
}
