/**
 * A held-out check of libs/taxonomy: the demo boards' postings were written by another hand than
 * the one that wrote the tagging rules, and each carries the role, seniority, language, work mode
 * and place a correct classifier should give. Prints JSON lines: the scores and every miss.
 *
 *   node -r @swc-node/register bench/taxonomy-held-out.ts
 */
import { tagPosting } from '@app/taxonomy';
import { AMAZON } from '../apps/demo-boards/src/data/amazon.data';
import { AMERICAN_EXPRESS } from '../apps/demo-boards/src/data/american-express.data';
import { APPLE } from '../apps/demo-boards/src/data/apple.data';
import { HILTON, NORDIC_CARE } from '../apps/demo-boards/src/data/career-sites.data';
import { DELTA } from '../apps/demo-boards/src/data/delta.data';
import { HOME_DEPOT } from '../apps/demo-boards/src/data/home-depot.data';
import { JPMORGAN_CHASE } from '../apps/demo-boards/src/data/jpmorgan-chase.data';
import { KUNDENWERK } from '../apps/demo-boards/src/data/kundenwerk.data';
import { OPTUM } from '../apps/demo-boards/src/data/optum.data';
import { POHJALA_PANK } from '../apps/demo-boards/src/data/pohjala-pank.data';
import { SOUTHWEST } from '../apps/demo-boards/src/data/southwest.data';
import { EMPLOYERS } from '../apps/demo-boards/src/data/employers.data';
import { labelsFor } from '../apps/demo-boards/src/render/labels';

const all = [...NORDIC_CARE, ...HILTON, ...AMAZON, ...AMERICAN_EXPRESS, ...APPLE, ...DELTA, ...HOME_DEPOT, ...JPMORGAN_CHASE, ...KUNDENWERK, ...OPTUM, ...POHJALA_PANK, ...SOUTHWEST];
const score = { role: 0, seniority: 0, language: 0, remote: 0, country: 0 };
const misses: unknown[] = [];
for (const p of all) {
  const description = [p.body.intro, ...p.body.duties, ...p.body.profile, ...p.body.offer].join('\n');
  const tags = tagPosting({
    title: p.title,
    description,
    employer: p.hiringOrganization ?? EMPLOYERS[p.employer]?.name ?? p.employer,
    // As the career page shows it: "Warszawa, PL (Praca hybrydowa)".
    location: `${p.place.city}, ${p.place.country} (${labelsFor(p.lang).workMode[p.workMode]})`,
  });
  const expectedRoles = p.role ? [p.role] : [];
  const checks = {
    role: JSON.stringify(tags.roles) === JSON.stringify(expectedRoles),
    seniority: p.role ? tags.seniority === p.seniority : tags.seniority === null,
    language: tags.language === p.lang,
    remote: tags.remote === p.workMode,
    country: tags.location.country === p.place.country,
  };
  for (const [k, ok] of Object.entries(checks)) if (ok) score[k as keyof typeof score]++;
  const failed = Object.entries(checks).filter(([, ok]) => !ok).map(([k]) => k);
  if (failed.length) misses.push({ key: p.key, title: p.title, failed, expected: { roles: expectedRoles, seniority: p.role ? p.seniority : null, language: p.lang, remote: p.workMode, country: p.place.country }, got: { roles: tags.roles, seniority: tags.seniority, language: tags.language, remote: tags.remote, country: tags.location.country } });
}
process.stdout.write(`${JSON.stringify({ metric: 'held_out_demo_boards', postings: all.length, ...Object.fromEntries(Object.entries(score).map(([k, v]) => [k, +(v / all.length).toFixed(3)])) })}\n`);
for (const m of misses) process.stdout.write(`${JSON.stringify({ metric: 'held_out_miss', ...(m as object) })}\n`);
