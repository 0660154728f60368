/**
 * A wide table's own horizontal scroll, so the page never scrolls sideways (at 1366 px
 * the action plan's roll-ups did). The region is labelled for screen readers and joins
 * the tab order only while it actually scrolls, so a keyboard user can scroll it with the
 * arrow keys without meeting an extra stop beside every table that fits.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [isScrolling, setIsScrolling] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const measure = () => setIsScrolling(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className="app-table-scroll" role="region" aria-label={label} tabIndex={isScrolling ? 0 : undefined}>
      {children}
    </div>
  );
}
