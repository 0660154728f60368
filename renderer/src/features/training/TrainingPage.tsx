/**
 * The Training area's front page: the course, starting a facilitated cohort or self-study,
 * each cohort's participants with their progress, and the standalone web page.
 */
import { useNotices, messageOf } from '../../app/notices.tsx';
import { Button } from '../../components/Button.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SELF_STUDY, type TrainingAttempt } from '../../domain/training/attempt.ts';
import type { Course } from '../../domain/training/courseSchema.ts';
import { courseOutline } from '../../domain/training/index.ts';
import { plural } from '../../domain/words/index.ts';
import type { TemplateLoadError } from '../../templates/loadTemplates.ts';
import { CohortCard } from './CohortCard.tsx';
import { CohortForm } from './CohortForm.tsx';
import { CourseProblems } from './CourseProblems.tsx';
import { ParticipantForm } from './ParticipantForm.tsx';
import { ParticipantsTable } from './ParticipantsTable.tsx';
import { saveStandalonePage } from './trainingFiles.ts';
import { useTrainingData } from './useTrainingData.ts';

export function TrainingPage({ course, errors }: { course: Course; errors: readonly TemplateLoadError[] }) {
  const data = useTrainingData(course);
  const { notify } = useNotices();
  const outline = courseOutline(course);
  const allModules = course.modules.map((m) => m.id);
  const selfStudy: TrainingAttempt[] = data?.attempts.filter((a) => a.cohortId === SELF_STUDY) ?? [];
  const exportPage = () => saveStandalonePage(course, null).catch((e: unknown) => notify({ kind: 'important', title: 'Could not export the course', text: messageOf(e) }));

  return (
    <>
      <PageHeading caption="Training">{course.title}</PageHeading>
      <CourseProblems errors={errors} />
      <p className="govuk-body-l">{course.summary}</p>
      <p className="govuk-body" data-testid="course-outline">
        Version {course.version}: {plural(outline.modules, 'module')}, {plural(outline.questions, 'question')} and {plural(outline.scenarios, 'scenario')}.
        Pass mark {course.passMark}%. A short check of {plural(course.check.length, 'question')} comes before and after.
      </p>
      <p className="govuk-body"><a className="govuk-link" href="#/training/results">Results for training managers</a></p>
      <Button variant="secondary" onClick={() => void exportPage()}>Export the course as a web page</Button>

      <h2 className="govuk-heading-m">Start a facilitated cohort</h2>
      <p className="govuk-body">Participants then take turns on this laptop, or each takes the cohort’s web page on their own laptop and you import their results files.</p>
      <CohortForm course={course} />

      <h2 className="govuk-heading-m" id="cohorts-heading">Cohorts</h2>
      {data && data.cohorts.length === 0 && <p className="govuk-body">No cohorts on this computer.</p>}
      {data?.cohorts.slice().reverse().map((cohort) => (
        <CohortCard key={cohort.id} course={course} cohort={cohort} attempts={data.attempts.filter((a) => a.cohortId === cohort.id)} />
      ))}

      <h2 className="govuk-heading-m" id="self-study-heading">Study on your own</h2>
      <p className="govuk-body">Every module, in your own time. Your progress is saved after every answer.</p>
      {selfStudy.length > 0 && <ParticipantsTable course={course} attempts={selfStudy} caption="Self-study attempts" />}
      <ParticipantForm id="self" course={course} cohortId={SELF_STUDY} moduleIds={allModules} submitLabel="Start self-study" />
    </>
  );
}
