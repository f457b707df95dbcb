import type { Area, AreaContext } from '../area.js';
import { createDoctorsService, type DoctorsService } from './service.js';
import { createDoctorsStore } from './store.js';

export function doctorsArea(context: AreaContext): Area<DoctorsService> {
  const doctors = createDoctorsService({ store: createDoctorsStore(context.db), clock: context.clock });
  return {
    service: doctors,
    handlers: {
      'doctors.search': (input) => doctors.search(input.query, 20),
      'doctors.create': (input) => doctors.create(input),
    },
  };
}
