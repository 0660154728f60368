/**
 * Runs `flush` when the page is hidden or closed, and when the component unmounts, so
 * typing that has not reached its save timer yet is still written.
 */
import { useEffect } from 'react';

export function useFlushOnHide(flush: () => void): void {
  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);
}
