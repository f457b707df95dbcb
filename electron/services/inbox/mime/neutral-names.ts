import { hasBidiControls, neutraliseBidi } from '../../../api/common/shown-names.js';
import type { ReadMessage } from './read-types.js';

/**
 * The names a person will read, without bidirectional controls (issue 27): the sender, the
 * recipients, the subject and the attachments' file names, taken out here where mail enters so
 * the queue, the triage, the patient file and a filed document all see the same name. Said
 * among the problems: a name written to be read backwards is a warning sign in itself.
 */
export function withNeutralNames(message: ReadMessage): ReadMessage {
  const names = [message.from.name, message.from.address, message.to, message.subject];
  const files = message.attachments.filter((file) => hasBidiControls(file.fileName));
  if (!names.some(hasBidiControls) && files.length === 0) return message;
  return {
    ...message,
    from: { name: neutraliseBidi(message.from.name), address: neutraliseBidi(message.from.address) },
    to: neutraliseBidi(message.to),
    subject: neutraliseBidi(message.subject),
    attachments: message.attachments.map((file) => ({ ...file, fileName: neutraliseBidi(file.fileName) })),
    problems: [
      ...message.problems,
      ...(names.some(hasBidiControls)
        ? ['expéditeur, destinataires ou objet écrits avec des caractères d’inversion du sens de lecture (retirés)']
        : []),
      ...files.map(
        (file) =>
          `${neutraliseBidi(file.fileName)} : nom de fichier écrit avec des caractères d’inversion du sens de lecture (retirés), vérifier son type`,
      ),
    ],
  };
}
