// Text helpers shared by the taxonomy's detectors. Kept small and stable: other modules of the
// lib import them.
export { SEPARATOR, foldCode, foldText, tokenize } from './fold';
export type { FoldMode } from './fold';
export { compilePhraseMatcher } from './phrase-matcher';
export type { MatchVisitor, PhraseMatch, PhraseMatcher } from './phrase-matcher';
export { selectLongest } from './select-longest';
export { HTML_INPUT_LIMIT, htmlToText, looksLikeHtml, normalizeWhitespace } from './html-to-text';
export { TITLE_LIMIT, cleanTitle } from './clean-title';
