import { actorOf } from '../../api/node/call-context.js';
import type { Area, AreaContext } from '../area.js';
import { createPracticeService, type PracticeService } from './service.js';
import { createPracticeStore } from './store.js';

export function practiceArea(context: AreaContext): Area<PracticeService> {
  const practice = createPracticeService({
    store: createPracticeStore(context.db),
    events: context.events,
    clock: context.clock,
  });
  return {
    service: practice,
    handlers: {
      'practice.get': () => practice.getPractice(),
      'practice.update': ({ version, ...fields }, call) =>
        practice.updatePractice(fields, version, actorOf(call).userId),
      'practice.listPractitioners': () => practice.listPractitioners(),
      'practice.addPractitioner': (input) => practice.createPractitioner(input),
      'practice.updatePractitioner': ({ id, active, version, ...fields }, call) =>
        practice.updatePractitioner(id, fields, active, { version, userId: actorOf(call).userId }),
    },
  };
}
