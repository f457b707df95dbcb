import { DomainError } from '../../api/common/result.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { InboxSettingsStore } from './settings-store.js';

/** The fields a canned reply may use, filled from the file; listed in Cabinet for whoever edits them. */
export const CANNED_FIELDS = {
  '{{patient.civilite}}': 'Madame, Monsieur (selon le dossier)',
  '{{patient.nom}}': 'nom du patient',
  '{{patient.prenom}}': 'prénom du patient',
  '{{prochaine_intervention}}': 'date de la prochaine intervention au bloc',
  '{{cabinet.nom}}': 'nom du cabinet',
  '{{cabinet.telephone}}': 'téléphone du cabinet',
  '{{consignes_plaie}}': 'consignes pour une plaie en attendant de venir',
} as const;

export const WOUND_INSTRUCTIONS = `En attendant de venir : lavez la plaie à l'eau et au savon, couvrez-la d'un pansement propre et sec, surélevez la main, retirez bagues et bracelets. Si un fragment est détaché, gardez-le au sec dans un sachet propre posé sur de la glace (jamais directement dans la glace). Si la plaie saigne malgré une compression de 10 minutes, si le doigt devient blanc ou froid : appelez le 15.`;

const DEFAULTS = [
  {
    title: 'Plaie : venir aujourd’hui',
    body: `{{patient.civilite}},\n\nNous avons bien reçu votre message. Une plaie de la main doit être vue aujourd'hui : présentez-vous au cabinet dès que possible ou appelez le {{cabinet.telephone}}.\n\n{{consignes_plaie}}\n\nLe secrétariat — {{cabinet.nom}}`,
  },
  {
    title: 'Accusé de réception',
    body: `{{patient.civilite}},\n\nNous avons bien reçu votre message et le transmettons au chirurgien. Nous revenons vers vous rapidement.\n\nLe secrétariat — {{cabinet.nom}} ({{cabinet.telephone}})`,
  },
  {
    title: 'Documents reçus',
    body: `{{patient.civilite}},\n\nNous avons bien reçu vos documents ; ils sont classés dans votre dossier.\n\nLe secrétariat — {{cabinet.nom}}`,
  },
  {
    title: 'Rendez-vous : rappeler le secrétariat',
    body: `{{patient.civilite}},\n\nPour modifier votre rendez-vous, merci d'appeler le secrétariat au {{cabinet.telephone}} : nous trouverons ensemble un autre créneau.\n\nLe secrétariat — {{cabinet.nom}}`,
  },
];

export interface CannedContext {
  readonly civility: string;
  readonly lastName: string;
  readonly firstName: string;
  readonly nextOperation: string;
  readonly practiceName: string;
  readonly practicePhone: string;
}

export function fillCanned(body: string, context: CannedContext): string {
  const values: Record<keyof typeof CANNED_FIELDS, string> = {
    '{{patient.civilite}}': context.civility,
    '{{patient.nom}}': context.lastName,
    '{{patient.prenom}}': context.firstName,
    '{{prochaine_intervention}}': context.nextOperation,
    '{{cabinet.nom}}': context.practiceName,
    '{{cabinet.telephone}}': context.practicePhone,
    '{{consignes_plaie}}': WOUND_INSTRUCTIONS,
  };
  return body.replace(/\{\{[a-z_.]+\}\}/g, (field) =>
    field in values ? values[field as keyof typeof CANNED_FIELDS] : field,
  );
}

/** Réponses types, editable by the practice; the defaults are written the first time they are read. */
export function createCannedReplies(deps: { settings: InboxSettingsStore; clock: Clock }) {
  const { settings } = deps;
  return {
    list() {
      const stored = settings.cannedReplies();
      if (stored.length > 0) return stored;
      for (const reply of DEFAULTS) settings.saveCanned(null, reply.title, reply.body, isoAt(deps.clock));
      return settings.cannedReplies();
    },
    require(id: number) {
      const reply = settings.cannedReply(id);
      if (!reply)
        throw new DomainError('NOT_FOUND', `Réponse type introuvable (n° ${id}).`, { cannedId: 'introuvable' });
      return reply;
    },
    save(id: number | null, title: string, body: string): number {
      if (id !== null && !settings.cannedReply(id))
        throw new DomainError('NOT_FOUND', `Réponse type introuvable (n° ${id}).`, { id: 'introuvable' });
      return settings.saveCanned(id, title, body, isoAt(deps.clock));
    },
    remove(id: number) {
      if (settings.deleteCanned(id) === 0)
        throw new DomainError('NOT_FOUND', `Réponse type introuvable (n° ${id}).`, { id: 'introuvable' });
    },
  };
}
