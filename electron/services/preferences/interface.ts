import type { Preference, PreferenceValue } from '../../api/common/schemas/patient-file.js';
import type { Actor } from '../audit/service.js';

/** A patient's preferences for theatre (music, distraction, anaesthesia, fears), edited with versions. */
export interface PreferencesService {
  /** Saves an edit based on `version`; refused with both versions if someone saved this item since. */
  set(patientId: number, value: PreferenceValue, version: number, actor: Actor): Preference[];
  forPatient: (patientId: number) => Preference[];
}
