import { z } from 'zod';

/**
 * What the slot finder says beside its list (issue 24): an emergency to be seen now, nothing
 * left today, a practitioner who does not do the motif; and the walk-in it offers in one key.
 */
export const slotAdviceSchema = z.object({
  notices: z.array(
    z.object({
      kind: z.enum(['see-now', 'nothing-today', 'not-this-practitioner']),
      message: z.string(),
    }),
  ),
  /** The practitioner a walk-in today would be with, when the finder offers one. */
  walkIn: z.object({ practitionerId: z.number(), practitionerName: z.string() }).nullable(),
  /** Who does the motif asked for, to choose from when the one asked does not. */
  practitionersWhoDo: z.array(z.object({ practitionerId: z.number(), practitionerName: z.string() })),
});
export type SlotAdvice = z.infer<typeof slotAdviceSchema>;
