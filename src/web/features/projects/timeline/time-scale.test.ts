import { describe, expect, it } from 'vitest';
import { addDays, dateSpan, MIN_TICK_SPACING, snapSpan, tickLabel, timeScale, todayX, widthFor } from './time-scale.ts';

describe('time scale', () => {
  it('places each day by its UTC day, the span’s last day ending at the full width', () => {
    const scale = timeScale('2026-03-01', '2026-03-31', 310);
    expect(scale.days).toBe(31);
    expect(scale.dayWidth).toBe(10);
    expect(scale.x('2026-03-01')).toBe(0);
    expect(scale.x('2026-03-02')).toBe(10);
    expect(scale.xEnd('2026-03-31')).toBe(310);
    // The night the clocks change (29 March) is a day like any other.
    expect(scale.x('2026-03-30') - scale.x('2026-03-29')).toBe(10);
    expect(scale.x('2026-02-28')).toBe(-10);
    expect(scale.dateAt(15)).toBe('2026-03-02');
    expect(scale.dateAt(-50)).toBe('2026-03-01');
    expect(scale.dateAt(9999)).toBe('2026-03-31');
  });

  it('counts a leap day', () => {
    const scale = timeScale('2028-02-01', '2028-03-31', 60);
    expect(scale.days).toBe(60);
    expect(scale.x('2028-03-01')).toBe(29);
  });

  it('marks the months with German and English names, the year on the first tick and on January', () => {
    const scale = timeScale('2025-11-15', '2026-04-30', 1670);
    expect(scale.ticks.map((t) => t.date)).toEqual([
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
    ]);
    expect(scale.ticks.every((t) => t.kind === 'month')).toBe(true);
    expect(scale.ticks.map((t) => tickLabel(t, 'de'))).toEqual(['Dez', 'Jan', 'Feb', 'Mär', 'Apr']);
    expect(scale.ticks.map((t) => tickLabel(t, 'en'))).toEqual(['Dec', 'Jan', 'Feb', 'Mar', 'Apr']);
    expect(scale.ticks.map((t) => t.yearLabel ?? null)).toEqual(['2025', '2026', null, null, null]);
    expect(scale.ticks[0]?.x).toBe(scale.x('2025-12-01'));
  });

  it('puts a tick on the first day when the span starts on a month', () => {
    expect(timeScale('2026-01-01', '2026-03-31', 900).ticks[0]?.date).toBe('2026-01-01');
  });

  it('steps to quarters and then years when months would crowd, so that labels never overlap', () => {
    const quarters = timeScale('2026-01-01', '2027-12-31', 400);
    expect(quarters.ticks[0]?.kind).toBe('quarter');
    expect(quarters.ticks.map((t) => t.label.de)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q1', 'Q2', 'Q3', 'Q4']);
    expect(quarters.ticks.map((t) => t.yearLabel ?? null)).toEqual([
      '2026',
      null,
      null,
      null,
      '2027',
      null,
      null,
      null,
    ]);

    const years = timeScale('2020-03-01', '2029-12-31', 500);
    expect(years.ticks.map((t) => t.label.en)).toEqual([
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
      '2027',
      '2028',
      '2029',
    ]);

    const decades = timeScale('2000-01-01', '2099-12-31', 600);
    expect(decades.ticks.map((t) => t.label.de)).toEqual([
      '2000',
      '2010',
      '2020',
      '2030',
      '2040',
      '2050',
      '2060',
      '2070',
      '2080',
      '2090',
    ]);

    for (const scale of [quarters, years, decades, timeScale('2026-01-01', '2026-12-31', 320)]) {
      for (let i = 1; i < scale.ticks.length; i++) {
        expect((scale.ticks[i]?.x ?? 0) - (scale.ticks[i - 1]?.x ?? 0)).toBeGreaterThanOrEqual(MIN_TICK_SPACING);
      }
    }
  });

  it('takes a span that ends before it starts as its first day', () => {
    const scale = timeScale('2026-05-10', '2026-05-01', 100);
    expect(scale.to).toBe('2026-05-10');
    expect(scale.days).toBe(1);
  });

  it('refuses what is not a calendar day', () => {
    expect(() => timeScale('10.05.2026', '2026-06-01', 100)).toThrow(RangeError);
  });

  it('draws today in the middle of its day, and not at all outside the span', () => {
    const scale = timeScale('2026-03-01', '2026-03-31', 310);
    expect(todayX(scale, '2026-03-11')).toBe(105);
    expect(todayX(scale, '2026-04-01')).toBeNull();
    expect(todayX(scale, '2026-02-28')).toBeNull();
  });
});

describe('date span', () => {
  it('runs from the month of the earliest date to the end of the month of the latest, padded', () => {
    expect(dateSpan(['2026-04-20', null, '2026-02-10', '2026-03-01'], 7)).toEqual({
      from: '2026-02-01',
      to: '2026-04-30',
    });
    // Padding across a month's edge takes in that month.
    expect(dateSpan(['2026-02-03', '2026-04-28'], 7)).toEqual({ from: '2026-01-01', to: '2026-05-31' });
    expect(dateSpan(['2026-12-30'], 7)).toEqual({ from: '2026-12-01', to: '2027-01-31' });
  });

  it('shows the current quarter without any dates', () => {
    expect(dateSpan([], 7, '2026-05-17')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(dateSpan([null, 'kaputt'], 7, '2026-12-31')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('gives a zoom its width', () => {
    expect(widthFor('2026-01-01', '2026-01-31', 4)).toBe(124);
    expect(widthFor('2026-01-01', '2026-01-31', 4, 600)).toBe(600);
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
  });

  it('widens a span to whole quarters or years for the coarser zooms', () => {
    const span = { from: '2026-02-01', to: '2026-08-31' };
    expect(snapSpan(span, 'month')).toEqual(span);
    expect(snapSpan(span, 'quarter')).toEqual({ from: '2026-01-01', to: '2026-09-30' });
    expect(snapSpan({ from: '2026-11-01', to: '2027-01-31' }, 'quarter')).toEqual({
      from: '2026-10-01',
      to: '2027-03-31',
    });
    expect(snapSpan(span, 'year')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(snapSpan({ from: '2026-12-01', to: '2027-01-31' }, 'year')).toEqual({
      from: '2026-01-01',
      to: '2027-12-31',
    });
  });
});
