import { describe, expect, it } from 'vitest';
import { contract } from '../../electron/api/common/contract.js';
import { joinHandlers } from '../../electron/core/areas.js';
import type { Area } from '../../electron/services/area.js';

const answering = (...methods: string[]): Area<null> => ({
  service: null,
  handlers: Object.fromEntries(methods.map((method) => [method, () => ({ done: true })])),
});

describe('areas register their own handlers', () => {
  const every = Object.keys(contract);

  it('joins the handlers of every area into the dispatcher’s table', () => {
    const handlers = joinHandlers([answering(...every.slice(0, 5)), answering(...every.slice(5))]);
    expect(Object.keys(handlers).sort()).toEqual([...every].sort());
  });

  it('refuses to start when a method has no handler, naming it', () => {
    expect(() => joinHandlers([answering(...every.filter((method) => method !== 'letters.list'))])).toThrow(
      /without a handler: letters\.list/,
    );
  });

  it('refuses two areas answering one method, and a handler for a method the contract lacks', () => {
    expect(() => joinHandlers([answering(...every), answering('auth.me')])).toThrow(/two areas answer auth\.me/);
    expect(() => joinHandlers([answering(...every, 'agenda.nothing')])).toThrow(/unknown method agenda\.nothing/);
  });
});
