import { describe, expect, it } from 'vitest';
import { advancedStage, nextStage, stageOfWork, suggestedStage, workFacts, type WorkFacts } from './reviewStage.ts';
import { makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

const none: WorkFacts = { hasEngagements: false, hasPassages: false, hasFindings: false, hasRecommendations: false, hasOwnWords: false, hasActions: false };

describe('the stage of the work', () => {
  it.each([
    [{}, 'scope'],
    [{ hasEngagements: true }, 'engage'],
    [{ hasEngagements: true, hasPassages: true }, 'analyse'],
    [{ hasFindings: true }, 'analyse'],
    [{ hasFindings: true, hasRecommendations: true }, 'recommend'],
    [{ hasRecommendations: true, hasOwnWords: true }, 'report'],
    [{ hasOwnWords: true, hasActions: true }, 'follow-up'],
  ] as const)('%j → %s', (facts, stage) => {
    expect(stageOfWork({ ...none, ...facts })).toBe(stage);
  });

  it('reads the facts from a review file', () => {
    const file = makeReviewFile();
    expect(suggestedStage(file)).toBe('follow-up');
    expect(suggestedStage({ ...file, actions: [] })).toBe('recommend');
    expect(suggestedStage({ ...file, actions: [], review: { ...file.review, summary: 'Our words.' } })).toBe('report');
    expect(workFacts({ ...file, actions: [], review: { ...file.review, localContext: '  \n' } }).hasOwnWords).toBe(false);
    expect(suggestedStage({ ...file, excerpts: [], findings: [], recommendations: [], actions: [] })).toBe('engage');
  });

  it('moves the stored stage forward only, and never out of closed', () => {
    expect(advancedStage('scope', 'analyse')).toBe('analyse');
    expect(advancedStage('report', 'analyse')).toBeUndefined();
    expect(advancedStage('analyse', 'analyse')).toBeUndefined();
    expect(advancedStage('closed', 'follow-up')).toBeUndefined();
  });

  it('names the next stage, and none after follow-up', () => {
    expect(nextStage('scope')).toBe('engage');
    expect(nextStage('report')).toBe('follow-up');
    expect(nextStage('follow-up')).toBeUndefined();
  });
});
