/**
 * A participant taking the course, one screen at a time: the check before, each module's
 * teaching text, questions and scenarios, the check after, and the result. Every answer
 * is saved as it is given; where the participant stands is worked out from the saved
 * answers, so "Stop and resume later" (or closing the laptop) loses nothing.
 */
import { useEffect, useRef, useState } from 'react';
import { PageHeading } from '../../components/PageHeading.tsx';
import { db } from '../../db/index.ts';
import { readAttempt, saveAnswer, type AnswerPart } from '../../db/trainingRepository.ts';
import { SECTOR_LABELS } from '../../domain/labels.ts';
import { nextStep, SELF_STUDY, type TrainingAttempt } from '../../domain/training/attempt.ts';
import type { Course } from '../../domain/training/courseSchema.ts';
import { isRight } from '../../domain/training/scoring.ts';
import { ChoiceForm } from './ChoiceForm.tsx';
import { AttemptResultPanel } from './AttemptResultPanel.tsx';
import { ModuleIntro } from './ModuleIntro.tsx';

interface Feedback { key: string; verdict: string; text: string; button: string }

export function AttemptPage({ course, attemptId }: { course: Course; attemptId: string }) {
  // Read once, then kept from what each save returns: only this screen changes an attempt
  // while it is open, and a live re-read could arrive after the next answer and step back.
  const [attempt, setAttempt] = useState<TrainingAttempt | null | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    void readAttempt(db, attemptId).then((row) => { if (isCurrent) setAttempt(row); });
    return () => { isCurrent = false; };
  }, [attemptId]);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [introsSeen, setIntrosSeen] = useState<ReadonlySet<string>>(new Set());
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const questions = new Map(course.modules.flatMap((m) => m.questions.map((q) => [q.id, q] as const)));
  const step = attempt ? nextStep(course, attempt) : null;
  const showIntro = step?.kind === 'question' && step.index === 0 && !introsSeen.has(step.module.id);
  const screenKey = feedback ? `feedback-${feedback.key}` : showIntro ? `intro-${step.module.id}` : step?.kind ?? '';
  // Feedback and module introductions take focus at their heading (questions focus their legend).
  useEffect(() => { if (feedback || showIntro) stepHeading.current?.focus(); }, [screenKey, feedback, showIntro]);

  if (attempt === undefined) return <PageHeading>Loading…</PageHeading>;
  if (attempt === null || !step) {
    return (
      <>
        <PageHeading>Attempt not found</PageHeading>
        <p className="govuk-body">This attempt is not on this computer. <a className="govuk-link" href="#/training">Back to training</a></p>
      </>
    );
  }
  const p = attempt.participant;
  const where = attempt.cohortId === SELF_STUDY ? 'Self-study' : 'Facilitated cohort';
  const save = async (part: AnswerPart, itemId: string, ids: string[], isScenario = false) => {
    setAttempt(await saveAnswer(db, course, attempt.id, part, itemId, ids, isScenario));
  };

  let body;
  if (feedback) {
    body = (
      <>
        <h2 className="govuk-heading-m" tabIndex={-1} ref={stepHeading}>{feedback.verdict}</h2>
        <div className="govuk-inset-text" role="status">{feedback.text}</div>
        <button type="button" className="govuk-button" onClick={() => setFeedback(null)}>{feedback.button}</button>
      </>
    );
  } else if (showIntro) {
    body = <ModuleIntro module={step.module} headingRef={stepHeading} onStart={() => setIntrosSeen((s) => new Set([...s, step.module.id]))} />;
  } else if (step.kind === 'check') {
    const q = questions.get(step.questionId)!;
    body = (
      <>
        <span className="govuk-caption-m">{step.phase === 'pre' ? 'Check before the course' : 'Check after the course'}: question {step.index + 1} of {step.count}</span>
        <ChoiceForm key={`${step.phase}-${q.id}`} formId={`${step.phase}-${q.id}`} legend={q.prompt} choices={q.choices} isMultiple={q.correct.length > 1}
          lead={step.index === 0 ? (step.phase === 'pre' ? 'First, a short check of what you know now. It does not count towards your result.' : 'Last, the same short check again, to see what has changed.') : undefined}
          onAnswer={async (ids) => { await save(step.phase, q.id, ids); }} />
      </>
    );
  } else if (step.kind === 'question') {
    const q = questions.get(step.questionId)!;
    body = (
      <>
        <span className="govuk-caption-m">{step.module.title}: question {step.index + 1} of {step.count}</span>
        <ChoiceForm key={`q-${q.id}`} formId={`q-${q.id}`} legend={q.prompt} choices={q.choices} isMultiple={q.correct.length > 1}
          onAnswer={async (ids) => {
            await save('answers', q.id, ids);
            const right = isRight(ids, q.correct);
            const answer = q.choices.filter((c) => q.correct.includes(c.id)).map((c) => c.text).join('; ');
            setFeedback({ key: q.id, verdict: right ? 'Right' : 'Not quite', text: `${right ? '' : `The right answer: ${answer}. `}${q.explanation}`, button: 'Next' });
          }} />
      </>
    );
  } else if (step.kind === 'scenario') {
    const { scenario, path } = step;
    body = (
      <>
        <span className="govuk-caption-m">{step.module.title}: scenario “{scenario.title}”, step {path.length + 1}</span>
        {path.length === 0 && <p className="govuk-body">{scenario.setting}</p>}
        <ChoiceForm key={`s-${scenario.id}-${step.step.id}`} formId={`s-${scenario.id}-${step.step.id}`} legend={step.step.situation} choices={step.step.choices} isMultiple={false}
          lead="What do you do?"
          onAnswer={async (ids) => {
            const choice = step.step.choices.find((c) => c.id === ids[0])!;
            await save('answers', scenario.id, ids, true);
            setFeedback({ key: `${scenario.id}-${step.step.id}`, verdict: choice.best ? 'The best choice' : 'Not the best choice', text: choice.feedback, button: choice.next === undefined ? 'Finish the scenario' : 'Continue the scenario' });
          }} />
      </>
    );
  } else {
    body = <AttemptResultPanel course={course} attempt={attempt} />;
  }

  return (
    <>
      <PageHeading caption={`${course.title}, version ${course.version}`}>Participant {p.code}</PageHeading>
      <p className="govuk-body-s">{where}. {SECTOR_LABELS[p.sector]}{p.agency ? `, ${p.agency}` : ''}; {p.role}. Progress is saved after every answer.</p>
      {body}
      {step.kind !== 'done' && <p className="govuk-body govuk-!-margin-top-6"><a className="govuk-link" href="#/training">Stop and resume later</a></p>}
    </>
  );
}
