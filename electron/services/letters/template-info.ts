/** A letter template as the manifest lists it: its kind, its file, its French label, its sections. */
export interface TemplateInfo {
  kind: string;
  file: string;
  label: string;
  sections: { key: string; title: string }[];
}
