import { useEffect, useState } from 'react';
import { call } from '../api/client';
import { blobOf } from '../ui/download';

/** A document of the file as a page URL. Each opening goes through the API, so it is traced like any other read of the file. */
export function useDocumentUrl(documentId: number): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let revoked = false;
    let objectUrl: string | null = null;
    void call('documents.content', { id: documentId }).then((content) => {
      if (revoked) return;
      objectUrl = URL.createObjectURL(blobOf(content));
      setUrl(objectUrl);
    });
    return () => {
      revoked = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [documentId]);
  return url;
}
