/**
 * The framework's Word document: a framework file in (and, optionally, the current review
 * files, to say which have changed since their snapshot), the bytes of a .docx out. Pure
 * and platform-free like the review report, built with the report's styles, blocks,
 * contents field and marked headers and footers.
 */
import type { FrameworkFile } from '../../domain/framework/index.ts';
import { todayDate } from '../../domain/ids.ts';
import type { ReviewFile } from '../../domain/reviewFile.ts';
import { shippedFrameworkPacks } from '../frameworkPacks.ts';
import { throwIfAborted, type ExportOptions } from '../options.ts';
import type { Block } from '../report/blocks.ts';
import { packageDocument } from '../report/packageDocument.ts';
import { contents } from '../report/sections/cover.ts';
import { CONTENT_WIDTH, LANDSCAPE_WIDTH } from '../report/styles.ts';
import { buildFrameworkModel, type FrameworkModel } from './frameworkModel.ts';
import { actionPlan, definition, evidence, foreword, frameworkCover, monitoring, partnership, prioritiesSection, sourceReviews } from './frameworkSections.ts';

export interface FrameworkExportOptions extends ExportOptions {
  /** The version on the cover. Default "Draft". */
  version?: string;
}

interface Step { name: string; landscape: boolean; run: (model: FrameworkModel, width: number) => Block[] }

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function buildFrameworkDocx(framework: FrameworkFile, reviews: readonly ReviewFile[] = [], options: FrameworkExportOptions = {}): Promise<Uint8Array> {
  const { signal, onProgress } = options;
  const today = options.today ?? todayDate();
  const model = buildFrameworkModel(framework, reviews, { today, version: options.version ?? 'Draft', packs: shippedFrameworkPacks() });
  // Many areas make the matrix and the wide tables too wide for a portrait page.
  const wide = model.areas.length > 4;
  const steps: Step[] = [
    { name: 'Writing the cover and contents', landscape: false, run: (m) => [...frameworkCover(m), ...contents()] },
    { name: 'Writing the foreword and partnership', landscape: false, run: (m) => [...foreword(m), ...partnership(m), ...definition(m)] },
    { name: 'Writing the evidence across the areas', landscape: wide, run: evidence },
    { name: 'Writing the priorities and activities', landscape: true, run: prioritiesSection },
    { name: 'Writing the action plan', landscape: true, run: actionPlan },
    { name: 'Writing monitoring and review', landscape: false, run: (m) => monitoring(m) },
    { name: 'Writing the source reviews', landscape: true, run: sourceReviews },
  ];
  const total = steps.length + 1;
  const parts: Array<{ landscape: boolean; children: Block[] }> = [];
  for (const [done, step] of steps.entries()) {
    throwIfAborted(signal);
    onProgress?.({ done, total, step: step.name });
    await nextTurn();
    const last = parts[parts.length - 1];
    const part = last?.landscape === step.landscape ? last : { landscape: step.landscape, children: [] };
    if (part !== last) parts.push(part);
    part.children.push(...step.run(model, step.landscape ? LANDSCAPE_WIDTH : CONTENT_WIDTH));
  }
  throwIfAborted(signal);
  onProgress?.({ done: steps.length, total, step: 'Packaging the document' });
  const bytes = await packageDocument({
    title: model.title,
    subject: `Strategic framework for ${model.region}`,
    keywords: 'Local Review; strategic framework; serious violence; exploitation',
    marking: model.marking,
    created: framework.framework.createdAt,
    modified: framework.framework.updatedAt,
    parts,
  });
  throwIfAborted(signal);
  onProgress?.({ done: total, total, step: 'Done' });
  return bytes;
}
