import { describe, expect, it } from 'vitest';
import { fittingFields } from '../../renderer/ui/draft-fields';

// A draft kept on the server may come from an older form or be tampered with: only the form's own
// fields, each of the kind the form holds, fill it (issue 22 item 9).
const form = { date: '', practitionerId: null as number | null, diagnosis: '', digits: [] as string[], urgent: false };

describe('fittingFields', () => {
  it('keeps the fields of the form, of the right kind', () => {
    expect(fittingFields(form, { date: '02/12/2026', practitionerId: 3, digits: ['D3'], urgent: true })).toEqual({
      date: '02/12/2026',
      practitionerId: 3,
      digits: ['D3'],
      urgent: true,
    });
  });
  it('drops fields the form does not have', () => {
    expect(fittingFields(form, { diagnosis: 'Plaie', __proto__x: 1, password: 'x' })).toEqual({ diagnosis: 'Plaie' });
  });
  it('drops a field of another kind (a list for a text, a text for a list, an object for a text)', () => {
    expect(fittingFields(form, { diagnosis: ['Plaie'], digits: 'D3', date: { day: 2 }, urgent: 'oui' })).toEqual({});
  });
  it('lets a nullable field go back to empty', () => {
    expect(fittingFields({ ...form, practitionerId: 4 }, { practitionerId: null })).toEqual({ practitionerId: null });
    expect(fittingFields(form, { practitionerId: { id: 4 } })).toEqual({});
  });
});
