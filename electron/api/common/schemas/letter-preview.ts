import { z } from 'zod';

/** A letter's page as the preview draws it (electron/services/letters/docx-layout.ts). Points. */
export const previewRunSchema = z.object({
  text: z.string(),
  bold: z.boolean(),
  italic: z.boolean(),
  underline: z.boolean(),
  sizePt: z.number().nullable(),
  color: z.string().nullable(),
});
export const previewParagraphSchema = z.object({
  type: z.literal('paragraph'),
  align: z.enum(['left', 'center', 'right', 'justify']),
  spaceBeforePt: z.number(),
  spaceAfterPt: z.number(),
  runs: z.array(previewRunSchema),
});
export const previewTableSchema = z.object({
  type: z.literal('table'),
  rows: z.array(z.array(z.array(previewParagraphSchema))),
});
export const pageLayoutSchema = z.object({
  widthPt: z.number(),
  heightPt: z.number(),
  margins: z.object({ top: z.number(), right: z.number(), bottom: z.number(), left: z.number() }),
  defaultSizePt: z.number(),
  font: z.string().nullable(),
  blocks: z.array(z.discriminatedUnion('type', [previewParagraphSchema, previewTableSchema])),
});

export type PreviewRun = z.infer<typeof previewRunSchema>;
export type PreviewParagraph = z.infer<typeof previewParagraphSchema>;
export type PreviewBlock = z.infer<typeof pageLayoutSchema>['blocks'][number];
export type PageLayout = z.infer<typeof pageLayoutSchema>;
