import type { OutputOf } from '../../api/common/contract.js';
import type { Actor } from '../audit/service.js';
import type { PageLayout } from '../../api/common/schemas/letter-preview.js';

/** Letters from the templates: drafted, edited, rendered as documents. */
export interface LettersService {
  generate(
    visitId: number,
    kind: string,
    sections: Record<string, string>,
    actor: Actor,
  ): Promise<OutputOf<'letters.generate'>>;
  /**
   * A letter for an appointment not yet held (the convocation sent with a reminder, issue 12):
   * filled from the file like any letter, the appointment standing for the visit, never stored.
   */
  renderForAppointment(
    kind: string,
    appointment: {
      patientId: number;
      date: string;
      practitionerId: number;
    },
    sections: Record<string, string>,
  ): Promise<Buffer>;
  list: (patientId: number) => OutputOf<'letters.list'>;
  file(id: number, format: 'docx' | 'pdf', actor: Actor): OutputOf<'letters.file'>;
  /** A practice's own template: refused with the broken or unknown tags named, and the fields that exist. */
  uploadTemplate(kind: string, content: Buffer, fileName: string, actor: Actor): void;
  draft(visitId: number, kind: string): OutputOf<'letters.draft'>;
  saveDraft(
    visitId: number,
    kind: string,
    sections: Record<string, string>,
    actor: Actor,
  ): OutputOf<'letters.saveDraft'>;
  discardDraft(visitId: number, kind: string, actor: Actor): void;
  drafts: (patientId: number) => OutputOf<'letters.drafts'>;
  /** Each template with the fields it uses, read from the .docx in force (the practice's own, or Paume's). */
  templates: () => OutputOf<'letters.templates'>;
  /** The letter's page as it stands now, read from the very .docx it would produce. */
  preview(visitId: number, kind: string, sections: Record<string, string>, actor: Actor): Promise<PageLayout>;
}
