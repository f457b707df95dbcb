import { ringsHere } from '../../electron/api/common/schemas/calls';
import { useApiQuery } from '../api/hooks';
import { useServerEvent } from '../api/use-live-lists';
import { openNewCall } from './call-draft';

/**
 * Telephony (issue 26 item 1): when the phone system (or `paume appel --de`) says a call rings on
 * this seat, « Nouvel appel » opens with the number filled in, from whatever page is open.
 */
export function useRinging(): void {
  const thisSeat = useApiQuery('calls.thisSeat', {}).data?.seat;
  useServerEvent('calls.ringing', ({ number, seat }) => {
    if (thisSeat !== undefined && ringsHere(seat, thisSeat)) openNewCall(number);
  });
}
