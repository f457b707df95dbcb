import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { InputOf, MethodName, OutputOf } from '../../electron/api/common/contract';
import { call, type ApiCallError } from './client';
import { queryKeyOf, type ApiQueryKey } from './query-keys';

/** A read of the contract, stored under `[area, method, input]` (see query-keys.ts). */
export function apiQuery<M extends MethodName>(method: M, input: InputOf<M>) {
  return { queryKey: queryKeyOf(method, input), queryFn: () => call(method, input) };
}

export function useApiQuery<M extends MethodName>(
  method: M,
  input: InputOf<M>,
  options: Omit<UseQueryOptions<OutputOf<M>, ApiCallError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<OutputOf<M>, ApiCallError>({ ...apiQuery(method, input), ...options });
}

/** What a mutation makes stale: keys, or keys computed from what was sent and what came back. */
export type Invalidates<M extends MethodName> =
  readonly ApiQueryKey[] | ((input: InputOf<M>, output: OutputOf<M>) => readonly ApiQueryKey[]);

/** A mutation that invalidates the keys it declares once it succeeds (issue 21). */
export function useApiMutation<M extends MethodName>(method: M, invalidates: Invalidates<M> = []) {
  const client = useQueryClient();
  return useMutation<OutputOf<M>, ApiCallError, InputOf<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async (output, input) => {
      const keys = typeof invalidates === 'function' ? invalidates(input, output) : invalidates;
      await Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
}
