/** A small valid course for the training tests (only tests import this). */
/** A small course: one module with two questions and a two-step scenario, one with a question. */
export function tinyCourse(): Record<string, unknown> {
  return {
    format: 'local-review-training-course', formatVersion: 1, id: 'tiny', version: 2,
    title: 'Tiny course', summary: 'For tests.', passMark: 50, check: ['q1'],
    modules: [
      {
        id: 'm1', title: 'One', summary: 'First.', content: ['Text.'],
        questions: [
          { id: 'q1', prompt: 'Pick a', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], correct: ['a'], explanation: 'Because.' },
          { id: 'q2', prompt: 'Pick a and c', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }], correct: ['a', 'c'], explanation: 'Because.' },
        ],
        scenarios: [{
          id: 's1', title: 'Scene', setting: 'Somewhere.',
          steps: [
            { id: 'st1', situation: 'First', choices: [
              { id: 'x', text: 'X', feedback: 'Good.', best: true, next: 'st2' },
              { id: 'y', text: 'Y', feedback: 'Not so.', best: false, next: 'st2' },
            ] },
            { id: 'st2', situation: 'Then', choices: [
              { id: 'z', text: 'Z', feedback: 'Good.', best: true },
              { id: 'w', text: 'W', feedback: 'Not so.', best: false },
            ] },
          ],
        }],
      },
      { id: 'm2', title: 'Two', summary: 'Second.', content: ['Text.'], scenarios: [],
        questions: [{ id: 'q3', prompt: 'Pick b', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], correct: ['b'], explanation: 'Because.' }] },
    ],
  };
}
