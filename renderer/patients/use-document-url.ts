import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiQuery } from '../api/hooks';
import { blobOf } from '../ui/download';

/** A document of the file as a page URL. Each opening goes through the API, so it is traced like any other read of the file. */
export function useDocumentUrl(documentId: number): string | null {
  const client = useQueryClient();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let revoked = false;
    let objectUrl: string | null = null;
    // Never served from the cache (staleTime and gcTime 0): every opening is a read of the file,
    // traced; and the bytes are not kept once read.
    void client
      .query({ ...apiQuery('documents.content', { id: documentId }), staleTime: 0, gcTime: 0 })
      .then((content) => {
        if (revoked) return;
        objectUrl = URL.createObjectURL(blobOf(content));
        setUrl(objectUrl);
      });
    return () => {
      revoked = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [client, documentId]);
  return url;
}
