/**
 * Badge styles for a badge read whole down a narrow column (« non joint », « urgence du jour »):
 * Mantine cuts a badge's label to « non j… » when the column is tight; these never cut it.
 */
export const WHOLE_BADGE = { root: { overflow: 'visible' }, label: { overflow: 'visible' } } as const;
