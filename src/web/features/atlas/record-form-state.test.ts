import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Cooperation } from '../../../shared/contracts/atlas.ts';
import { checkDraft, draftOf, emptyDraft, formFieldOf, inputOf, rowKey, wholeNumber } from './record-form-state.ts';

// The messages are looked up by key; the key itself is enough to tell which check spoke.
const t = ((key: string) => key) as unknown as TFunction;

const valid = () => ({ ...emptyDraft(), title: 'Gemeinsamer Bauhof', sector: '06', legalForm: 'zweckverband' });

describe('the record form', () => {
  it('reads whole numbers as Germans write them and refuses fractions', () => {
    expect(wholeNumber('')).toBeNull();
    expect(wholeNumber(' 12.500 ')).toBe(12500);
    expect(wholeNumber('1 250 000 €')).toBe(1250000);
    expect(wholeNumber('12,5')).toBeNaN();
    expect(wholeNumber('-3')).toBeNaN();
  });

  it('names every missing required field and nothing else for an empty draft', () => {
    const checks = checkDraft(t, emptyDraft());
    expect(Object.entries(checks).filter(([, message]) => message)).toEqual([
      ['title', 'atlas.form.errors.title'],
      ['sector', 'atlas.form.errors.sector'],
      ['legalForm', 'atlas.form.errors.legalForm'],
    ]);
    expect(Object.values(checkDraft(t, valid())).filter(Boolean)).toEqual([]);
  });

  it('checks years, their order, amounts, websites and the rows of contacts, awards and funding', () => {
    const checks = checkDraft(t, {
      ...valid(),
      startYear: '2010',
      endYear: '2005',
      investment: '1,5',
      website: 'gemeinde.de',
      contacts: [{ key: rowKey(), personId: null, name: ' ', role: '', email: 'keine-adresse', phone: '' }],
      awards: [{ key: rowKey(), name: '', year: '1850' }],
      funding: [{ key: rowKey(), programme: 'LEADER', amount: 'viel' }],
    });
    expect(checks.endYear).toBe('atlas.form.errors.endBeforeStart');
    expect(checks.investment).toBe('atlas.form.errors.amount');
    expect(checks.website).toBe('atlas.form.errors.website');
    expect(checks['contacts.0.name']).toBe('atlas.form.errors.contactName');
    expect(checks['contacts.0.email']).toBe('atlas.form.errors.contactEmail');
    expect(checks['awards.0.name']).toBe('atlas.form.errors.awardName');
    expect(checks['awards.0.year']).toBe('atlas.form.errors.year');
    expect(checks['funding.0.amount']).toBe('atlas.form.errors.amount');
    expect(checks['funding.0.programme']).toBeUndefined();
  });

  it('sends trimmed text, lists split from their fields and numbers as numbers', () => {
    const input = inputOf({
      ...valid(),
      title: '  Gemeinsamer Bauhof ',
      keywords: 'Winterdienst, Grünpflege; Winterdienst\nFuhrpark',
      externalPartners: 'Stadtwerke Nord\n\n  Hochschule ',
      startYear: '2012',
      endYear: '',
      yearlySavings: '40.000',
      contacts: [{ key: rowKey(), personId: null, name: 'Anna Bauer', role: '', email: ' a@b.de ', phone: '' }],
      awards: [{ key: rowKey(), name: 'Innovationspreis', year: '' }],
    });
    expect(input.title).toBe('Gemeinsamer Bauhof');
    expect(input.keywords).toEqual(['Winterdienst', 'Grünpflege', 'Fuhrpark']);
    expect(input.externalPartners).toEqual(['Stadtwerke Nord', 'Hochschule']);
    expect(input.startYear).toBe(2012);
    expect(input.endYear).toBeNull();
    expect(input.yearlySavings).toBe(40000);
    expect(input.contacts).toEqual([{ personId: null, name: 'Anna Bauer', role: null, email: 'a@b.de', phone: null }]);
    expect(input.awards).toEqual([{ name: 'Innovationspreis', year: null }]);
    expect(input.sectorGroup).toBeNull();
    expect(input.location).toBeNull();
  });

  it('keeps a hand-placed location through an edit, and lets the partners place an unplaced one', () => {
    const record = {
      ...inputOf(valid()),
      id: 'c1',
      slug: 'gemeinsamer-bauhof',
      externalId: null,
      partners: [],
      landCodes: [],
      kreise: [],
      contacts: [],
      website: null,
      startYear: 2012,
      endYear: null,
      sectorGroup: null,
      investment: null,
      yearlySavings: null,
      populationServed: null,
      location: { latitude: 53.3, longitude: 9.9 },
      locationSet: true,
      state: 'draft',
      synthetic: false,
      interestCount: 0,
      revision: 3,
      createdAt: '',
      updatedAt: '',
      publishedAt: null,
      viewer: { canEdit: true, canSubmit: true, canPublish: false, canArchive: false, canContact: false },
    } as Cooperation;
    expect(inputOf(draftOf(record)).location).toEqual({ latitude: 53.3, longitude: 9.9 });
    expect(inputOf(draftOf({ ...record, locationSet: false })).location).toBeNull();
    expect(inputOf(draftOf(record)).startYear).toBe(2012);
  });

  it('puts the server’s complaints at the form’s fields', () => {
    expect(formFieldOf('title')).toBe('title');
    expect(formFieldOf('contacts.1.email')).toBe('contacts.1.email');
    expect(formFieldOf('partnerIds.0')).toBe('partners');
    expect(formFieldOf('partnerIds')).toBe('partners');
    expect(formFieldOf('keywords.4')).toBe('keywords');
  });
});
