import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { InputOf, MethodName, OutputOf } from '../../electron/api/common/contract';
import { call, type ApiCallError } from './client';

export function useApiQuery<M extends MethodName>(
  method: M,
  input: InputOf<M>,
  options: Omit<UseQueryOptions<OutputOf<M>, ApiCallError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<OutputOf<M>, ApiCallError>({
    queryKey: [method, input],
    queryFn: () => call(method, input),
    ...options,
  });
}

/** A mutation that refreshes the listed queries once it succeeds. */
export function useApiMutation<M extends MethodName>(method: M, invalidates: readonly MethodName[] = []) {
  const client = useQueryClient();
  return useMutation<OutputOf<M>, ApiCallError, InputOf<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async () => {
      await Promise.all(invalidates.map((key) => client.invalidateQueries({ queryKey: [key] })));
    },
  });
}
