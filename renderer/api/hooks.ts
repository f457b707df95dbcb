import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { InputOf, MethodName, OutputOf } from '../../electron/api/common/contract';
import { call, type ApiCallError } from './client';
import { queryKeyOf, type ApiQueryKey } from './query-keys';

/** A read of the contract, stored under `[area, method, input]` (see query-keys.ts). */
/**
 * A query of the contract. A cancellable one gives its call React Query's signal: when its key
 * changes (the next key typed), the older request is abandoned instead of waited for (issue 25).
 */
export function apiQuery<M extends MethodName>(method: M, input: InputOf<M>, cancellable = false) {
  return {
    queryKey: queryKeyOf(method, input),
    queryFn: ({ signal }: { signal: AbortSignal }) => call(method, input, cancellable ? signal : undefined),
  };
}

export function useApiQuery<M extends MethodName>(
  method: M,
  input: InputOf<M>,
  options: Omit<UseQueryOptions<OutputOf<M>, ApiCallError>, 'queryKey' | 'queryFn'> & { cancellable?: boolean } = {},
) {
  const { cancellable, ...queryOptions } = options;
  return useQuery<OutputOf<M>, ApiCallError>({ ...apiQuery(method, input, cancellable), ...queryOptions });
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
