import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has defaults that serve on localhost:3000 with data in ./data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.demo).toBe(false);
  });
  it('reads the environment and the --demo flag', () => {
    const config = loadConfig(
      { PORT: '8080', PUBLIC_URL: 'https://allmende.example/', DATABASE_URL: 'postgres://db/allmende' },
      ['--demo'],
    );
    expect(config.port).toBe(8080);
    expect(config.publicUrl).toBe('https://allmende.example');
    expect(config.databaseUrl).toBe('postgres://db/allmende');
    expect(config.demo).toBe(true);
  });
  it('refuses settings that cannot work, naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
