import { describe, expect, it } from 'vitest';
import { english } from '../english';
import { announceStep } from '../../../src/popover/announce';

describe('announceStep', () => {
  it('names the entity, its type and where the step is among the names', () => {
    expect(announceStep({ name: 'Qassem Soleimani', type: 'person', position: 3, total: 12, wrapped: false }, english)).toBe('Qassem Soleimani, person, name 3 of 12.');
    expect(announceStep({ name: 'AFP', type: 'organization', position: 1, total: 1, wrapped: false }, english)).toBe('AFP, organisation, name 1 of 1.');
  });

  it('says when it started over from the other end', () => {
    expect(announceStep({ name: 'Tehran', type: 'place', position: 1, total: 4, wrapped: true }, english)).toBe('Back to the first name. Tehran, place, name 1 of 4.');
    expect(announceStep({ name: 'Tehran', type: 'place', position: 4, total: 4, wrapped: true }, english)).toBe('Back to the last name. Tehran, place, name 4 of 4.');
  });
});
