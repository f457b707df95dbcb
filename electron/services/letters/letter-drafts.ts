import { isoAt, type Clock } from '../../lib/clock.js';
import type { Actor, AuditService } from '../audit/service.js';
import type { PatientVisit } from '../visits/service.js';
import type { TemplateInfo } from './template-info.js';
import type { LettersStore } from './store.js';

/** Letters being typed (issue 10): kept on the server as they are typed, one per visit and template. */
export function createLetterDrafts(deps: {
  store: LettersStore;
  audit: AuditService;
  clock: Clock;
  templateOf: (kind: string) => { info: TemplateInfo };
  checkSections: (kind: string, sections: Record<string, string>) => void;
  visitOf: (visitId: number) => PatientVisit;
}) {
  const { store, audit, clock, templateOf, checkSections, visitOf } = deps;
  return {
    /**
     * What the editor opens with: the draft being written if there is one (issue 10: typed work
     * survives a tab switch, a reload, another seat), else the latest version to correct, else empty.
     */
    draft(
      visitId: number,
      kind: string,
    ): { sections: Record<string, string>; savedDraft: { by: string; at: string } | null } {
      const { info } = templateOf(kind);
      visitOf(visitId);
      const draft = store.draft(visitId, kind);
      const latest = store.latest(visitId, kind);
      const saved = draft ?? latest;
      const values = saved ? (JSON.parse(saved.sections) as Record<string, string>) : {};
      return {
        sections: Object.fromEntries(info.sections.map((section) => [section.key, values[section.key] ?? ''])),
        savedDraft: draft ? { by: draft.by, at: draft.at } : null,
      };
    },

    /** Keeps what is being typed, as it is typed; one draft per visit and template. */
    saveDraft(visitId: number, kind: string, sections: Record<string, string>, actor: Actor): { at: string } {
      checkSections(kind, sections);
      visitOf(visitId);
      const at = isoAt(clock);
      store.saveDraft(visitId, kind, JSON.stringify(sections), actor.userId, at);
      return { at };
    },

    discardDraft(visitId: number, kind: string, actor: Actor): void {
      templateOf(kind);
      const visit = visitOf(visitId);
      if (store.draft(visitId, kind)) audit.trace(actor, 'letters.discardDraft', visit.patientId, kind);
      store.deleteDraft(visitId, kind);
    },

    drafts: (patientId: number) => store.draftsOfPatient(patientId),
  };
}
