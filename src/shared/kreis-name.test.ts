import { describe, expect, it } from 'vitest';
import { kreisFullName, kreisLabel } from './kreis-name.ts';

describe('Kreis names', () => {
  it('puts the kind in front unless the name says it already', () => {
    expect(kreisFullName('landkreis', 'Harburg')).toBe('Landkreis Harburg');
    expect(kreisFullName('kreis', 'Soest')).toBe('Kreis Soest');
    expect(kreisFullName('landkreis', 'Rostock, Landkreis')).toBe('Landkreis Rostock');
    for (const name of [
      'Hochsauerlandkreis',
      'Städteregion Aachen',
      'Regionalverband Saarbrücken',
      'Region Hannover',
      'Rhein-Kreis Neuss',
    ]) {
      expect(kreisFullName(name.includes('Region') ? 'landkreis' : 'kreis', name)).toBe(name);
    }
  });

  it('calls a kreisfreie Stadt "Stadt …" where it stands as a Kreis', () => {
    expect(kreisLabel('kreisfreie-stadt', 'Flensburg')).toBe('Stadt Flensburg');
    expect(kreisLabel('landkreis', 'Landkreis Harburg')).toBe('Landkreis Harburg');
  });
});
