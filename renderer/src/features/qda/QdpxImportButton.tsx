/** "Import a REFI-QDA project" on the Reviews list: a project from a QDA program becomes a new review. */
import { messageOf, useNotices } from '../../app/notices.tsx';
import { Button } from '../../components/Button.tsx';
import { plural } from '../../domain/words/counts.ts';
import { importQdpx } from './qdaActions.ts';

export function QdpxImportButton() {
  const { notify, clear } = useNotices();
  const start = () => {
    clear();
    importQdpx().then((done) => {
      if (!done) return;
      notify({
        kind: 'success',
        text: `Imported “${done.title}” as a new review from ${done.fileName}: ${plural(done.engagements, 'engagement')}, ${plural(done.passages, 'coded passage')} and ${plural(done.themes, 'theme')}. Set each engagement’s kind, agencies and date on the Engage stage, and the review’s area on the Scope stage.`,
      });
    }, (error: unknown) => notify({ kind: 'important', title: 'Could not import the project', text: `${messageOf(error)} Nothing was changed.` }));
  };
  return <Button variant="secondary" onClick={start}>Import a REFI-QDA project (.qdpx)</Button>;
}
