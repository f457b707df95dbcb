import { useState } from 'react';
import { useApiMutation } from '../api/hooks';
import { inboxKeys } from '../api/query-keys';
import { fieldError } from '../ui/errors';
import { LinkMismatchBar } from './LinkMismatchBar';

interface AskedLink {
  readonly id: number;
  readonly patientId: number;
  readonly evidence: string;
  /** « ROY Hélène (09/04/1958) », for the bar's question. */
  readonly label: string;
}

/**
 * Linking a message to a patient, with the second look the server may ask for (issue 22 item 7):
 * the link last asked is kept so that « Lier quand même » repeats it with the confirmation. The
 * L key of the inbox and the « Lier » buttons of a message use this one hook.
 */
export function useCheckedLink() {
  const link = useApiMutation('inbox.linkPatient', [inboxKeys.message(), inboxKeys.queue(), inboxKeys.ofPatient()]);
  const [asked, setAsked] = useState<AskedLink | null>(null);
  const mismatch = fieldError(link.error, 'confirmMismatch') !== undefined;
  return {
    /** Links (or, with `patientId` null, unlinks) message `id`. */
    ask(id: number, patientId: number | null, evidence: string, label = '') {
      setAsked(patientId === null ? null : { id, patientId, evidence, label });
      link.mutate({ id, patientId, evidence });
    },
    /** The confirmation bar for the message shown, when the server asked for one. */
    barFor(messageId: number | null) {
      if (!asked || !mismatch || asked.id !== messageId) return null;
      return (
        <LinkMismatchBar
          error={link.error}
          patientLabel={asked.label}
          onConfirm={() =>
            link.mutate(
              { id: asked.id, patientId: asked.patientId, evidence: asked.evidence, confirmMismatch: true },
              { onSuccess: () => setAsked(null) },
            )
          }
          onCancel={() => {
            link.reset();
            setAsked(null);
          }}
        />
      );
    },
    /** Any other refusal, to show as an error. */
    otherError: mismatch ? null : link.error,
  };
}
