/**
 * A reviewer's short text (a title, a name) on screen: isolated for bidi (<bdi>), so a
 * right-to-left name cannot reorder the words around it; steering characters shown as
 * markers (domain/words/visibleText.ts), not obeyed; and free to wrap anywhere, so a
 * 5,000-character word cannot widen the page (.app-user-text in styles/_app.scss).
 */
import { visibleText } from '../domain/words/index.ts';

export function UserText({ text }: { text: string }) {
  return <bdi className="app-user-text">{visibleText(text)}</bdi>;
}
