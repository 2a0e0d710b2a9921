import { useEffect } from 'react';

/**
 * The tab's title and description for a public page. The server already sends them for link
 * previews (careers-pages.ts); this keeps them right as the visitor moves around the app.
 */
export function useDocumentTitle(title: string | undefined, description?: string): void {
  useEffect(() => {
    if (!title) return;
    const previous = document.title;
    document.title = title;
    const meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    const previousDescription = meta?.content;
    if (meta && description) meta.content = description;
    return () => {
      document.title = previous;
      if (meta && previousDescription !== undefined) meta.content = previousDescription;
    };
  }, [title, description]);
}
