import type { DemoPosting } from './posting.types';

export interface AdviceArticle {
  title: string;
  author: string;
  publishedDaysAgo: number;
  paragraphs: string[];
}

/** Linked from the listing like a job, but an article: it must yield no posting. */
export const INTERVIEW_TIPS: AdviceArticle = {
  title: '9 tips for your contact-centre interview',
  author: 'Kadri Tamm, Talent Acquisition Lead',
  publishedDaysAgo: 40,
  paragraphs: [
    'Most of our advisers have never worked in a contact centre before they join us. What we look for in an interview is not experience but the way you listen, explain and stay calm.',
    'Prepare a story about a time you helped someone who was upset. Tell us what happened, what you did and what you learned. Short and concrete beats long and general.',
    'Expect a short role-play. A recruiter plays a customer whose parcel is late; you play the adviser. There is no perfect script: we watch whether you ask questions before you offer solutions.',
    'If the role needs a second language, part of the interview will be in that language. Do not worry about grammar; worry about being understood.',
    'Ask us about the schedule, the training and how quality is measured. Good questions tell us that you imagine yourself in the job.',
    'Test your headset and internet connection before a video interview, and find a quiet room. It is also the best rehearsal for working from home later.',
    'Be honest about your availability. Shift planning is easier when we know from day one that you study on Tuesdays.',
    'Read the job ad again the evening before. The duties list is the list of things we will ask about.',
    'Finally, smile when you speak. It sounds silly, but customers hear it, and so do we.',
  ],
};

/**
 * Sits under a path that robots.txt disallows. A crawler that shows this posting ignored
 * robots.txt, which is exactly what the tests look for.
 */
export const INTERNAL_POSTING: DemoPosting = {
  key: 'nc-internal-team-leader',
  ref: 'NC-INT-0007',
  employer: 'nordic-care',
  title: 'Internal only: Team Leader, Finnish Desk (Tallinn)',
  lang: 'en',
  role: 'customer_service',
  seniority: 'team_leader',
  place: { city: 'Tallinn', region: 'Harju maakond', country: 'EE', postalCode: '10145', street: 'Narva mnt 5' },
  workMode: 'onsite',
  employmentType: 'FULL_TIME',
  pay: { min: 2300, max: 2500, currency: 'EUR', unit: 'MONTH' },
  department: 'Customer Operations',
  postedDaysAgo: 4,
  closesInDays: 10,
  body: {
    intro: 'This opening is for current Nordic Care employees only. Talk to your team lead before you apply.',
    duties: ['Lead the Finnish desk of twelve advisers', 'Own the desk’s quality and service levels'],
    profile: ['At least one year at Nordic Care', 'Fluent Finnish'],
    offer: ['Gross salary 2300–2500 € per month', 'Leadership training'],
  },
};
