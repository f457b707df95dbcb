import { Text } from '@mantine/core';
import type { TriageReason } from '../../electron/api/common/schemas/inbox-protocol';

/** The message's text with the words that decided its category marked, as the protocol saw them. */
export function HighlightedBody({ text, reasons }: { text: string; reasons: readonly TriageReason[] }) {
  const spans = reasons
    .flatMap((reason) =>
      reason.spans.filter((span) => span.part === 'body').map((span) => ({ ...span, label: reason.label })),
    )
    .sort((a, b) => a.start - b.start);
  const pieces: { text: string; mark: string | null }[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    pieces.push(
      { text: text.slice(at, span.start), mark: null },
      { text: text.slice(span.start, span.end), mark: span.label },
    );
    at = span.end;
  }
  pieces.push({ text: text.slice(at), mark: null });
  return (
    <Text
      component="div"
      size="sm"
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      data-testid="message-body"
    >
      {pieces.map((piece, index) =>
        piece.mark ? (
          <mark key={index} title={piece.mark}>
            {piece.text}
          </mark>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </Text>
  );
}

/**
 * HTML mail, already sanitised by the server, shown in a frame with no script allowed (sandbox
 * without allow-scripts) and a CSP that loads nothing remote unless the person allowed images.
 */
export function SafeHtmlFrame({ html, allowImages }: { html: string; allowImages: boolean }) {
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src ${allowImages ? 'https: http: data:' : 'data:'}`;
  const document = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}"><style>body{font:14px sans-serif;margin:8px}</style></head><body>${html}</body></html>`;
  return (
    <iframe
      title="Message HTML"
      sandbox=""
      srcDoc={document}
      style={{ width: '100%', minHeight: 240, border: '1px solid #ddd' }}
    />
  );
}
