// Greek → Latin for place names, after ELOT 743 as Greek signage writes it
// ("Νέα Σμύρνη" → "Nea Smyrni", "Ασπρόπυργος" → "Aspropyrgos", "Χαλάνδρι" → "Chalandri").

const LETTERS: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm',
  ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps',
  ω: 'o',
};
/** Two-letter groups read as one sound. */
const DIGRAPHS: Record<string, string> = { ου: 'ou', γγ: 'ng', γκ: 'gk', γξ: 'nx', γχ: 'nch', μπ: 'mp', ντ: 'nt' };
/** After these letters αυ/ευ/ηυ sound "af/ef/if"; otherwise "av/ev/iv". */
const VOICELESS = new Set(['θ', 'κ', 'ξ', 'π', 'σ', 'ς', 'τ', 'φ', 'χ', 'ψ']);
const GREEK_RE = /[\u0370-\u03ff\u1f00-\u1fff]/u;

export function hasGreek(text: string): boolean {
  return GREEK_RE.test(text);
}

function stripAccents(text: string): string {
  // Keep the diaeresis apart: "ϊ" must not join the vowel before it into a digraph ("Αχαΐα").
  return text.normalize('NFD').replace(/[\u0300-\u0307\u0309-\u036f]/g, '');
}

function transliterateWord(word: string): string {
  const lower = stripAccents(word.toLowerCase());
  let out = '';
  for (let i = 0; i < lower.length; i += 1) {
    const ch = lower[i];
    const next = lower[i + 1] ?? '';
    if (next === '\u0308') {
      out += LETTERS[ch] ?? ch;
      i += 1;
      continue;
    }
    if ((ch === 'α' || ch === 'ε' || ch === 'η') && next === 'υ') {
      const after = lower[i + 2] ?? '';
      out += (LETTERS[ch] ?? ch) + (after === '' || VOICELESS.has(after) ? 'f' : 'v');
      i += 1;
      continue;
    }
    const pair = DIGRAPHS[ch + next];
    if (pair) {
      // Word-initial μπ/ντ are the sounds b/d ("Μπάρι" → "Bari").
      out += i === 0 && ch === 'μ' ? 'b' : i === 0 && ch === 'ν' ? 'd' : pair;
      i += 1;
      continue;
    }
    out += LETTERS[ch] ?? ch;
  }
  return out;
}

/** Latin spelling of a Greek place name; text without Greek letters is returned unchanged. */
export function transliterateGreek(text: string): string {
  if (!hasGreek(text)) return text;
  return text
    .split(/(\s+|-)/)
    .map((part) => {
      if (!hasGreek(part)) return part;
      const latin = transliterateWord(part);
      return latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');
}
