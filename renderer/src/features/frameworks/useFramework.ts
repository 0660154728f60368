/** One framework, live, and the way every change to it is saved (through the saved-state line). */
import { useCallback } from 'react';
import { useSaveStatus } from '../../app/saveStatus.tsx';
import { db } from '../../db/index.ts';
import { updateFramework } from '../../db/frameworkRepository.ts';
import type { FrameworkFile } from '../../domain/framework/index.ts';
import type { StoredFramework } from '../../db/frameworkRepository.ts';
import { useSharedLiveQuery } from '../workspace/useSharedLiveQuery.ts';

export type ChangeFramework = (change: (file: FrameworkFile) => FrameworkFile) => Promise<boolean>;

export function useFramework(id: string): { row: StoredFramework | null | undefined; change: ChangeFramework } {
  const row = useSharedLiveQuery<StoredFramework | null>(async () => (await db.frameworks.get(id)) ?? null, [id]);
  const { track } = useSaveStatus();
  const change = useCallback<ChangeFramework>((fn) => track(() => updateFramework(db, id, fn)), [track, id]);
  return { row, change };
}
