import { sessionOf } from '../../api/node/call-context.js';
import type { Area, AreaContext } from '../area.js';
import type { PracticeService } from '../practice/service.js';
import { createUsersService, type UsersService } from './service.js';
import { createUsersStore } from './store.js';

export function usersArea(context: AreaContext, needs: { practice: PracticeService }): Area<UsersService> {
  const users = createUsersService({
    store: createUsersStore(context.db),
    events: context.events,
    clock: context.clock,
    practitionerExists: (id) => needs.practice.findPractitioner(id) !== null,
  });
  return {
    service: users,
    handlers: {
      'users.list': () => users.list(),
      'users.create': (input) => users.create(input),
      'users.update': (input, call) => users.update(input, sessionOf(call).user.id),
    },
  };
}
