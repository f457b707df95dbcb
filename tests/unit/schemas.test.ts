import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../electron/api/common/contract.js';
import { describeIssues } from '../../electron/api/common/field-errors.js';
import { bytes, luhnValid } from '../../electron/api/common/schemas/common.js';
import { finessSchema, practitionerInputSchema, rppsSchema } from '../../electron/api/common/schemas/practice.js';
import { withLuhnKey } from '../../electron/cli/demo/seed.js';

describe('identifiers', () => {
  it('checks the RPPS Luhn key', () => {
    expect(luhnValid('10002345675')).toBe(true);
    expect(rppsSchema.safeParse('10002345675').success).toBe(true);
    expect(rppsSchema.safeParse(' 10002345675 ').data).toBe('10002345675');
    expect(rppsSchema.safeParse('10002345676').success).toBe(false);
    expect(rppsSchema.safeParse('1000234567A').success).toBe(false);
    expect(withLuhnKey('1000234567')).toBe('10002345675');
  });

  it('accepts a FINESS of 9 digits, a Corsican 2A/2B one, or none yet', () => {
    for (const valid of ['230000000', '2A0000001', '2B1234567', ''])
      expect(finessSchema.safeParse(valid).success, valid).toBe(true);
    for (const invalid of ['23000000', '2C0000001', 'abcdefghi'])
      expect(finessSchema.safeParse(invalid).success, invalid).toBe(false);
  });
});

describe('French field messages', () => {
  it('names each field by its label', () => {
    const parsed = practitionerInputSchema.safeParse(
      { kind: 'nurse', title: 'Dr', firstName: '', lastName: 'B', rpps: '1', specialty: '', signature: '' },
      { reportInput: true },
    );
    if (parsed.success) throw new Error('should fail');
    const { message, fields } = describeIssues(practitionerInputSchema, parsed.error.issues);
    expect(fields).toEqual({
      kind: 'valeur non permise (attendu : surgeon, anaesthetist)',
      firstName: 'champ obligatoire',
      rpps: 'le numéro RPPS compte 11 chiffres',
    });
    expect(message).toBe(
      'Saisie refusée. Fonction : valeur non permise (attendu : surgeon, anaesthetist) ; Prénom : champ obligatoire ; Numéro RPPS : le numéro RPPS compte 11 chiffres.',
    );
  });

  it('gives every input field of every method a French label', () => {
    const titleOf = (schema: z.ZodType): unknown =>
      schema.meta()?.title ??
      (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault
        ? titleOf(schema.unwrap() as z.ZodType)
        : undefined);
    for (const [method, spec] of Object.entries(contract)) {
      const shape = spec.input instanceof z.ZodObject ? (spec.input.shape as Record<string, z.ZodType>) : {};
      for (const [field, schema] of Object.entries(shape)) expect(titleOf(schema), `${method}.${field}`).toBeTruthy();
    }
  });
});

describe('bytes: transport encoding stays at the edges (issue 8)', () => {
  const file = z.object({ content: bytes('Fichier', 8) });
  const parsed = (content: unknown) => file.safeParse({ content });

  it('gives the service a Buffer, from base64 (HTTP) or from binary (IPC)', () => {
    const expected = Buffer.from([1, 2, 3, 250]);
    expect(parsed(expected.toString('base64')).data?.content).toEqual(expected);
    expect(parsed(new Uint8Array([1, 2, 3, 250])).data?.content).toEqual(expected);
    expect(parsed(new Uint8Array([1, 2, 3, 250]).buffer).data?.content).toEqual(expected);
    expect(Buffer.isBuffer(parsed(new Int16Array([1, 2]).buffer).data?.content)).toBe(true);
  });

  it('checks the size on the decoded bytes, and names what is wrong in French', () => {
    expect(parsed(Buffer.alloc(8).toString('base64')).success).toBe(true);
    expect(parsed(Buffer.alloc(9).toString('base64')).error?.issues[0]?.message).toBe('trop lourd (8 octets au plus)');
    expect(parsed(new Uint8Array(9)).success).toBe(false);
    expect(parsed('pas du base64 !').error?.issues[0]?.message).toBe('contenu illisible (base64 attendu)');
    expect(parsed(42).error?.issues[0]?.message).toBe('fichier attendu (base64 ou binaire)');
  });
});
