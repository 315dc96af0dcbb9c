import { describe, expect, it } from 'vitest';
import { insertMention, mentionOptions, mentionQueryAt } from './mention-query.ts';

const people = [
  { id: '1', name: 'Anna Schulz' },
  { id: '2', name: 'Bernd Anders' },
  { id: '3', name: 'Carla Meier' },
];

describe('the @ being typed', () => {
  it('is found at the start of a word, not inside an address', () => {
    expect(mentionQueryAt('Hallo @An', 9)).toEqual({ start: 6, query: 'An' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('mail@example', 12)).toBeNull();
    expect(mentionQueryAt('Hallo @ An', 10)).toBeNull();
  });

  it('may carry the space of a full name', () => {
    expect(mentionQueryAt('@Anna Sch', 9)).toEqual({ start: 0, query: 'Anna Sch' });
  });
});

describe('the suggestions', () => {
  it('match the start of the name or of any word of it', () => {
    expect(mentionOptions('an', people, 'channel').map((o) => o.id)).toEqual(['1', '2']);
    expect(mentionOptions('anna s', people, 'channel').map((o) => o.id)).toEqual(['1']);
  });

  it('offer @channel when the query fits it', () => {
    expect(mentionOptions('cha', people, 'channel').map((o) => o.id)).toEqual(['channel']);
    expect(mentionOptions('', people, 'channel')).toHaveLength(4);
  });
});

describe('choosing a suggestion', () => {
  it('replaces the query with the name and a space, keeping what follows', () => {
    const text = 'Hallo @An und so';
    const at = mentionQueryAt(text, 9);
    expect(at).not.toBeNull();
    if (!at) return;
    expect(insertMention(text, at, 9, 'Anna Schulz')).toEqual({ text: 'Hallo @Anna Schulz und so', caret: 19 });
  });
});
