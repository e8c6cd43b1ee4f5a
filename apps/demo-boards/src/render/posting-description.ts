import { employerOf } from '../data/employers.data';
import type { DemoPosting, Lang } from '../data/posting.types';
import { escapeHtml } from './html-escape';

interface Headings {
  about: string;
  duties: string;
  profile: string;
  offer: string;
}

const HEADINGS: Record<Lang, Headings> = {
  en: { about: 'About us', duties: 'What you will do', profile: 'What you bring', offer: 'What we offer' },
  et: { about: 'Meist', duties: 'Sinu ülesanded', profile: 'Ootame sinult', offer: 'Omalt poolt pakume' },
  nb: { about: 'Om oss', duties: 'Arbeidsoppgaver', profile: 'Kvalifikasjoner', offer: 'Vi tilbyr' },
  pl: { about: 'O nas', duties: 'Twoje zadania', profile: 'Nasze wymagania', offer: 'Oferujemy' },
  el: { about: 'Σχετικά με εμάς', duties: 'Αρμοδιότητες', profile: 'Απαιτούμενα προσόντα', offer: 'Προσφέρουμε' },
  de: { about: 'Über uns', duties: 'Deine Aufgaben', profile: 'Dein Profil', offer: 'Wir bieten' },
};

export function headingsFor(lang: Lang): Headings {
  return HEADINGS[lang];
}

const list = (items: string[]) => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;

/** The employer's own introduction, in the posting's language when the employer wrote one. */
export function aboutEmployer(posting: DemoPosting): string {
  const about = employerOf(posting.employer).about;
  return about[posting.lang] ?? about.en;
}

export interface DescriptionSections {
  intro: string;
  duties: string;
  profile: string;
  offer: string;
  about: string;
}

/** Each part of the ad as an HTML fragment; the ATS formats place them in different fields. */
export function descriptionSections(posting: DemoPosting): DescriptionSections {
  const h = headingsFor(posting.lang);
  return {
    intro: `<p>${escapeHtml(posting.body.intro)}</p>`,
    duties: `<h3>${escapeHtml(h.duties)}</h3>${list(posting.body.duties)}`,
    profile: `<h3>${escapeHtml(h.profile)}</h3>${list(posting.body.profile)}`,
    offer: `<h3>${escapeHtml(h.offer)}</h3>${list(posting.body.offer)}`,
    about: `<h3>${escapeHtml(h.about)}</h3><p>${escapeHtml(aboutEmployer(posting))}</p>`,
  };
}

/** The whole ad as one HTML fragment, as career sites put it in JobPosting.description. */
export function descriptionHtml(posting: DemoPosting): string {
  const s = descriptionSections(posting);
  return [s.intro, s.duties, s.profile, s.offer, s.about].join('');
}
