/** One thing the practice still needs before Paume is of use, and where it is set up. */
export interface StartStep {
  readonly key: string;
  readonly done: boolean;
  readonly label: string;
  /** What is missing, said plainly, when not done. */
  readonly missing: string;
  readonly path: string;
}

export interface PracticeState {
  readonly practitioners: readonly { id: number; kind: string; active: boolean; title: string; lastName: string }[];
  /** Opening periods per practitioner id (only the active surgeons are asked). */
  readonly periodsOf: ReadonlyMap<number, number>;
  readonly activeMotifs: number;
  readonly mailAccounts: number;
  readonly backups: { enabled: boolean; folder: string } | null;
  /** The administrator is also a surgeon, and whether her account names her practitioner. */
  readonly me: { surgeon: boolean; practitionerId: number | null };
}

/**
 * What the practice still needs (issue 22 item 13): the first start ends on this list, and Cabinet
 * keeps showing it while anything is left, each step a link to where it is set up. Without a
 * practitioner, Consultation, the motifs and the finder stay empty.
 */
export function startSteps(state: PracticeState): StartStep[] {
  const surgeons = state.practitioners.filter((p) => p.active && p.kind === 'surgeon');
  const closed = surgeons.filter((p) => (state.periodsOf.get(p.id) ?? 0) === 0);
  const steps: StartStep[] = [
    {
      key: 'praticiens',
      done: surgeons.length > 0,
      label: 'Les chirurgiens du cabinet',
      missing: 'Aucun chirurgien : Consultation, les motifs et les créneaux restent vides.',
      path: '/cabinet/praticiens',
    },
  ];
  if (state.me.surgeon)
    steps.push({
      key: 'mon-compte',
      done: state.me.practitionerId !== null,
      label: 'Votre fiche de chirurgien',
      missing:
        'Votre compte n’est lié à aucun praticien (Comptes) : vos consultations et courriers ne seront pas à votre nom.',
      path: '/cabinet/comptes',
    });
  steps.push(
    {
      key: 'horaires',
      done: surgeons.length > 0 && closed.length === 0,
      label: 'Les horaires d’ouverture',
      missing:
        surgeons.length === 0
          ? 'Créez d’abord un chirurgien.'
          : `Sans horaires : ${closed.map((p) => `${p.title} ${p.lastName}`).join(', ')}.`,
      path: '/cabinet/agenda',
    },
    {
      key: 'motifs',
      done: state.activeMotifs > 0,
      label: 'Les motifs de rendez-vous',
      missing: 'Aucun motif : aucun rendez-vous ne peut être pris.',
      path: '/cabinet/agenda',
    },
    {
      key: 'messagerie',
      done: state.mailAccounts > 0,
      label: 'La boîte mail du cabinet',
      missing: 'Aucun compte : la boîte de réception reste vide.',
      path: '/cabinet/messagerie',
    },
    {
      key: 'sauvegardes',
      done: state.backups !== null && state.backups.enabled && state.backups.folder !== '',
      label: 'Le disque de sauvegarde',
      missing: 'Aucune sauvegarde programmée : un disque perdu perd les dossiers.',
      path: '/cabinet/sauvegardes',
    },
  );
  return steps;
}
