import type { Seniority } from '../types';
import { detectSeniority } from './detect-seniority';

const level = (title: string, description = ''): Seniority => detectSeniority(title, description).seniority;

describe('detectSeniority: level words of the title', () => {
  it.each<[string, Seniority]>([
    ['Customer Service Representative', 'agent'],
    ['Senior Technical Support Specialist', 'agent'],
    ['Customer Service Coordinator', 'agent'],
    ['Customer Support Team Lead', 'team_leader'],
    ['Team Manager – Technical Support', 'team_leader'],
    ['Teamleiter Kundenservice', 'team_leader'],
    ['Teamleder kundesenter', 'team_leader'],
    ['Klienditeeninduse meeskonnajuht', 'team_leader'],
    ['Tiiminvetäjä, asiakaspalvelu', 'team_leader'],
    ['Lider zespołu obsługi klienta', 'team_leader'],
    ['Contact Centre Supervisor', 'supervisor'],
    ['Kierownik zmiany – call center', 'supervisor'],
    ['Vahetuse juht kõnekeskuses', 'supervisor'],
    ['Schichtleiter Kundenservice', 'supervisor'],
    ['Asiakaspalvelun esihenkilö', 'supervisor'],
    ['Επόπτρια Τηλεφωνικού Κέντρου', 'supervisor'],
    ['Customer Service Manager', 'manager'],
    ['Social Media Manager', 'manager'],
    ['Customer Success Managerin', 'manager'],
    ['Kierownik Działu Obsługi Klienta', 'manager'],
    ['Klienditeeninduse juht', 'manager'],
    ['Kundeservicesjef', 'manager'],
    ['Kundtjänstchef', 'manager'],
    ['CRM-ansvarlig', 'manager'],
    ['Abteilungsleiter Kundenservice', 'manager'],
    ['Asiakaspalvelupäällikkö', 'manager'],
    ['Υπεύθυνη Εξυπηρέτησης Πελατών', 'manager'],
    ['Head of Customer Support', 'director'],
    ['VP, Customer Experience', 'director'],
    ['Director of Contact Centre Operations', 'director'],
    ['Dyrektor ds. Obsługi Klienta', 'director'],
    ['Kundeservicedirektør', 'director'],
    ['Asiakaspalvelujohtaja', 'director'],
    ['Διευθυντής Εξυπηρέτησης Πελατών', 'director'],
  ])('%s → %s', (title, expected) => {
    expect(level(title)).toBe(expected);
  });

  it('matches level phrases before the manager words inside them', () => {
    expect(level('Kierownik zmiany')).toBe('supervisor');
    expect(level('Team Manager')).toBe('team_leader');
    expect(level('Kundeveileder')).toBe('agent');
  });

  it('reads the level words of every language, as one word or with a manager word inside', () => {
    expect(level('Kliendihaldur (ärikliendid)')).toBe('manager');
    expect(level('Kogukonnahaldur')).toBe('manager');
    expect(level('Grupijuht, klienditeenindus')).toBe('team_leader');
    expect(level('Ryhmänvetäjä, asiakaspalvelu')).toBe('team_leader');
    expect(level('Ryhmänjohtaja, yhteyskeskus')).toBe('team_leader');
    expect(level('Tiimiesihenkilö, asiakaspalvelu')).toBe('team_leader');
    expect(level('Kierownik zespołu obsługi klienta')).toBe('team_leader');
    expect(level('Customer Care Teamlead')).toBe('team_leader');
    expect(level('Υπεύθυνη Βάρδιας Τηλεφωνικού Κέντρου')).toBe('supervisor');
    expect(level('Vuoroesihenkilö')).toBe('supervisor');
    expect(level('Kundenbindungsmanager (m/w/d)')).toBe('manager');
    expect(level('Teammanagerin Kundenservice')).toBe('team_leader');
  });

  it('takes the highest level when several are named', () => {
    expect(level('Supervisor / Team Leader, Customer Care')).toBe('supervisor');
    expect(level('Senior Manager, Customer Operations')).toBe('manager');
  });

  it('reads the description only when the title has no level word', () => {
    expect(level('Customer Care Lead', 'You will lead a team of 8 agents.')).toBe('team_leader');
    expect(level('Customer Care Specialist', 'You will lead a team of 8 agents.')).toBe('team_leader');
    expect(level('Customer Care Specialist', 'You will oversee team leads across two sites.')).toBe('supervisor');
    expect(level('Customer Care Specialist', 'You will join a team of 8 agents.')).toBe('agent');
    expect(level('Supervisor', 'You will lead a team of 8 agents.')).toBe('supervisor');
  });

  it('explains its answer and survives bad input', () => {
    expect(detectSeniority('Team Lead').explanation[0]).toMatchObject({ field: 'seniority', rule: 'title-level-word' });
    expect(detectSeniority('', '').explanation[0].rule).toBe('no-level-word');
    expect(level(undefined as unknown as string, 7 as unknown as string)).toBe('agent');
  });
});
