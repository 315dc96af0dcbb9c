import { useEffect, useRef, useState } from 'react';
import type { DataExport } from '../../../shared/contracts/my-data.ts';
import { isUnderWay } from './queries.ts';

/** Says once, in a live region, that an export the page watched became ready (or failed). */
export function useReadyAnnouncement(exports: DataExport[], ready: string, failed: string): string {
  const watched = useRef(new Set<string>());
  const [text, setText] = useState('');
  useEffect(() => {
    for (const e of exports) {
      if (isUnderWay(e)) watched.current.add(e.id);
      else if (watched.current.delete(e.id)) setText(e.state === 'done' ? ready : failed);
    }
  }, [exports, ready, failed]);
  return text;
}
