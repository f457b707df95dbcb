import { useNavigate } from 'react-router';
import { useApiMutation } from '../api/hooks';

/**
 * A letter written from a case (operative report, lettre de liaison): the server prepares it on
 * the case's visit, and it opens in the patient's Courriers tab, ready to dictate and sign.
 */
export function useOpenCaseLetter(method: 'theatre.operativeReport' | 'liaison.open') {
  const navigate = useNavigate();
  const opening = useApiMutation(method);
  const open = (caseId: number) => {
    opening.mutate(
      { caseId },
      {
        onSuccess: ({ patientId, visitId, kind }) => {
          sessionStorage.setItem(
            `paume:courrier-ouvert:${patientId}`,
            JSON.stringify({ visitId: String(visitId), kind }),
          );
          void navigate(`/patients/${patientId}?onglet=courriers`);
        },
      },
    );
  };
  return { open, isPending: opening.isPending, error: opening.error };
}
