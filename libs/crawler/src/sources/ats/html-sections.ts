import { readText } from './payload-fields';

export interface HtmlSection {
  heading?: string;
  html?: string;
}

/**
 * Vendors split an ad into named sections (Personio's jobDescriptions, SmartRecruiters'
 * jobAd.sections, Lever's lists); the description is their concatenation, each under its
 * heading. Headings are plain text from the payload, so they are escaped.
 */
export function joinHtmlSections(sections: HtmlSection[]): string {
  return sections
    .flatMap(({ heading, html }) => {
      const body = readText(html);
      if (!body) return [];
      const title = readText(heading);
      return [title ? `<h3>${escapeText(title)}</h3>\n${body}` : body];
    })
    .join('\n');
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
