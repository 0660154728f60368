/**
 * Reordering and deleting findings from the findings view. A move keeps focus on the
 * moved finding's button once the list has redrawn (or on its other move button when it
 * reaches an end); a delete offers Undo, which also puts it back in recommendations.
 * The actions take ids and stay the same across renders, so finding cards can skip redrawing.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { Command } from '../../../app/commands.ts';
import { messageOf, useNotices } from '../../../app/notices.tsx';
import { useCommand } from '../../../app/useCommand.ts';
import { db } from '../../../db/index.ts';
import { deleteFinding, moveFinding, restoreFinding, type DeletedFinding } from '../../../db/findingRepository.ts';
import { plural } from '../../../domain/words/index.ts';
import type { Finding } from '../../../domain/reviewFile.ts';
import { actionId } from './FindingCard.tsx';

/** The order of a finding's theme as one string, to see when a move has reached the screen. */
function themeOrderOf(findings: readonly Finding[], findingId: string): string {
  const themeId = findings.find((f) => f.id === findingId)?.themeId;
  return findings.filter((f) => f.themeId === themeId).sort((a, b) => a.order - b.order).map((f) => f.id).join(' ');
}

/** Deleting a finding (see app/commands.ts); Undo also puts it back in recommendations. */
const deleteFindingCommand: Command<string, DeletedFinding> = {
  failure: 'Could not delete the finding',
  run: (findingId) => deleteFinding(db, findingId),
  describe: (deleted) => {
    const cited = deleted.recommendationLinks.length;
    const also = cited ? ` It is no longer cited by ${plural(cited, 'recommendation')}; Undo puts it back there too.` : '';
    return `Deleted the finding ‘${deleted.finding.title.trim() || 'Untitled finding'}’.${also}`;
  },
  undo: (deleted) => restoreFinding(db, deleted),
};

export function useFindingActions(findings: readonly Finding[] | undefined, onDeleted: () => void) {
  const { notify } = useNotices();
  const latest = useRef(findings);
  const pending = useRef<{ findingId: string; direction: -1 | 1; before: string } | null>(null);

  // After every render: once the moved finding shows in its new place, give its button focus back.
  useEffect(() => {
    latest.current = findings;
    const move = pending.current;
    if (!move || !findings || themeOrderOf(findings, move.findingId) === move.before) return;
    pending.current = null;
    const same = document.getElementById(actionId(move.findingId, move.direction === -1 ? 'up' : 'down'));
    (same ?? document.getElementById(actionId(move.findingId, move.direction === -1 ? 'down' : 'up')))?.focus();
  });

  const move = useCallback(async (findingId: string, direction: -1 | 1) => {
    pending.current = { findingId, direction, before: themeOrderOf(latest.current ?? [], findingId) };
    try {
      await moveFinding(db, findingId, direction);
    } catch (error) {
      pending.current = null;
      notify({ kind: 'important', title: 'Could not move the finding', text: messageOf(error) });
    }
  }, [notify]);

  const runDelete = useCommand(deleteFindingCommand);
  const remove = useCallback(async (findingId: string) => {
    if (await runDelete(findingId)) onDeleted();
  }, [runDelete, onDeleted]);

  return { move, remove };
}
