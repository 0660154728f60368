/** The Training area: picks the screen for the route, with the shipped course loaded once. */
import type { TrainingRoute } from '../../app/router.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { loadCourses } from '../../templates/loadCourses.ts';
import { AttemptPage } from './AttemptPage.tsx';
import { CourseProblems } from './CourseProblems.tsx';
import { ResultsPage } from './ResultsPage.tsx';
import { TrainingPage } from './TrainingPage.tsx';

export function TrainingScreen({ route }: { route: TrainingRoute }) {
  const { courses, errors } = loadCourses();
  const course = courses[0];
  if (!course) {
    return (
      <>
        <PageHeading>Training</PageHeading>
        <p className="govuk-body">No training course could be loaded.</p>
        <CourseProblems errors={errors} />
      </>
    );
  }
  if (route.page === 'training-attempt') return <AttemptPage course={course} attemptId={route.attemptId} />;
  if (route.page === 'training-results') return <ResultsPage course={course} />;
  return <TrainingPage course={course} errors={errors} />;
}
