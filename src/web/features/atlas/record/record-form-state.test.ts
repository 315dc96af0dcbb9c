import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Cooperation } from '../../../../shared/contracts/atlas.ts';
import { coordinate, partnersCentre } from './record-form-location-state.ts';
import { checkDraft, draftOf, emptyDraft, formFieldOf, inputOf, rowKey, wholeNumber } from './record-form-state.ts';

// The messages are looked up by key; the key itself is enough to tell which check spoke.
const t = ((key: string) => key) as unknown as TFunction;

const valid = () => ({ ...emptyDraft(), title: 'Gemeinsamer Bauhof', sector: '06', legalForm: 'zweckverband' });
const PERSON = '0190a000-0000-7000-8000-000000000001';

/** A record as the API returns it: placed by hand, imported with an external ID, one linked contact. */
function storedRecord(): Cooperation {
  return {
    ...inputOf(valid()),
    id: 'c1',
    slug: 'gemeinsamer-bauhof',
    externalId: 'EPSA-2007-17',
    partners: [],
    landCodes: [],
    kreise: [],
    contacts: [
      {
        id: 'k1',
        personId: PERSON,
        name: 'Nele Nordheide',
        role: 'Projektleitung',
        organisationName: 'Gemeinde Seevetal',
        email: null,
        phone: null,
      },
    ],
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
}

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
      contacts: [
        {
          key: rowKey(),
          personId: null,
          organisationName: null,
          name: ' ',
          role: '',
          email: 'keine-adresse',
          phone: '',
        },
      ],
      awards: [{ key: rowKey(), name: '', year: '1850' }],
      funding: [{ key: rowKey(), programme: 'LEADER', amount: 'viel' }],
    });
    expect(checks.endYear).toBe('atlas.form.errors.endBeforeStart');
    expect(checkDraft(t, { ...valid(), startYear: '1800' }).startYear).toBe(
      'atlas.form.labels.startYear: atlas.form.errors.year',
    );
    expect(checks.investment).toBe('atlas.form.labels.investment: atlas.form.errors.amount');
    expect(checks.website).toBe('atlas.form.errors.website');
    expect(checks['contacts.0.name']).toBe('atlas.form.errors.contactName');
    expect(checks['contacts.0.email']).toBe('atlas.form.errors.contactEmail');
    expect(checks['awards.0.name']).toBe('atlas.form.errors.awardName');
    expect(checks['awards.0.year']).toBe('atlas.form.awardN – atlas.form.year: atlas.form.errors.year');
    expect(checks['funding.0.amount']).toBe('atlas.form.fundingN – atlas.form.amountEuro: atlas.form.errors.amount');
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
      contacts: [
        {
          key: rowKey(),
          personId: null,
          organisationName: null,
          name: 'Anna Bauer',
          role: '',
          email: ' a@b.de ',
          phone: '',
        },
      ],
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

  it('keeps a hand-placed location, slug and contacts through an edit, and sends back what the API takes', () => {
    const record = storedRecord();
    const draft = draftOf(record);
    expect(draft).toMatchObject({ slug: 'gemeinsamer-bauhof', externalId: 'EPSA-2007-17', locationMode: 'point' });
    expect(draft.contacts[0]).toMatchObject({ personId: PERSON, organisationName: 'Gemeinde Seevetal' });
    const input = inputOf(draft);
    expect(input.location).toEqual({ latitude: 53.3, longitude: 9.9 });
    expect(input.slug).toBe('gemeinsamer-bauhof');
    // The external ID is the import's: left out, the server keeps it.
    expect('externalId' in input).toBe(false);
    expect(input.contacts).toEqual([
      { personId: PERSON, name: 'Nele Nordheide', role: 'Projektleitung', email: null, phone: null },
    ]);
    expect(input.startYear).toBe(2012);
    const unplaced = draftOf({ ...record, locationSet: false });
    expect(unplaced.locationMode).toBe('partners');
    expect(inputOf(unplaced).location).toBeNull();
  });

  it('leaves the slug to the server on create and checks an edited one', () => {
    expect('slug' in inputOf(valid())).toBe(false);
    expect(checkDraft(t, { ...valid(), slug: 'bauhof-nordheide' }).slug).toBeUndefined();
    for (const slug of ['', 'Bauhof Nordheide', 'bauhof--nord', '-bauhof', 'ab', 'x'.repeat(121)]) {
      expect(checkDraft(t, { ...valid(), slug }).slug, slug).toBe('atlas.form.errors.slug');
    }
  });

  it('sends a point set by hand, with a decimal comma or point, and checks it lies in Germany', () => {
    const point = { ...valid(), locationMode: 'point' as const, latitude: '53,4333', longitude: ' 9.8833 ' };
    expect(checkDraft(t, point).latitude).toBeUndefined();
    expect(inputOf(point).location).toEqual({ latitude: 53.4333, longitude: 9.8833 });
    // Typed but then switched back: the centre of the partners wins.
    expect(inputOf({ ...point, locationMode: 'partners' }).location).toBeNull();
    const checks = checkDraft(t, { ...point, latitude: '', longitude: '48.1' });
    expect(checks.latitude).toBe('atlas.form.errors.latitudeMissing');
    expect(checks.longitude).toBe('atlas.form.errors.longitude');
    expect(checkDraft(t, { ...point, latitude: 'Nord' }).latitude).toBe('atlas.form.errors.latitude');
    expect(coordinate('')).toBeNull();
    expect(coordinate('1.2.3')).toBeNaN();
  });

  it('places a new record at its partners’ centre as the server will, ignoring partners without a place', () => {
    const org = (latitude: number | null, longitude: number | null) => ({
      id: `o${latitude}`,
      name: 'Gemeinde',
      type: 'gemeinde',
      ags: null,
      ars: null,
      landCode: null,
      landName: null,
      kreisName: null,
      latitude,
      longitude,
    });
    expect(partnersCentre([])).toBeNull();
    expect(partnersCentre([org(null, null)])).toBeNull();
    expect(partnersCentre([org(53, 9), org(52, 10), org(null, null)])).toEqual({ latitude: 52.5, longitude: 9.5 });
  });

  it('wants a way to reach a contact outside the platform, but not one on it', () => {
    const contact = { key: rowKey(), organisationName: null, name: 'Anna Bauer', role: '', email: '', phone: '' };
    expect(checkDraft(t, { ...valid(), contacts: [{ ...contact, personId: null }] })['contacts.0.email']).toBe(
      'atlas.form.errors.contactReach',
    );
    expect(
      checkDraft(t, { ...valid(), contacts: [{ ...contact, personId: null, phone: '04105 123' }] })['contacts.0.email'],
    ).toBeUndefined();
    expect(
      checkDraft(t, { ...valid(), contacts: [{ ...contact, personId: PERSON }] })['contacts.0.email'],
    ).toBeUndefined();
  });

  it('puts the server’s complaints at the form’s fields', () => {
    expect(formFieldOf('title')).toBe('title');
    expect(formFieldOf('contacts.1.email')).toBe('contacts.1.email');
    expect(formFieldOf('partnerIds.0')).toBe('partners');
    expect(formFieldOf('partnerIds')).toBe('partners');
    expect(formFieldOf('keywords.4')).toBe('keywords');
    expect(formFieldOf('slug')).toBe('slug');
    expect(formFieldOf('location.longitude')).toBe('longitude');
    expect(formFieldOf('location')).toBe('latitude');
    expect(formFieldOf('contacts.2')).toBe('contacts.2.name');
    expect(formFieldOf('contacts.0.personId')).toBe('contacts.0.personId');
  });
});
