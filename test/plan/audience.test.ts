// One source, two editions: the student's plan has no solution slides and no instructor notes anywhere.
import { describe, expect, it } from 'vitest';
import { forAudience } from '../../scripts/plan/audience.js';
import { planOf, sourceAt } from '../support/documents.js';

const plan = planOf(sourceAt('test/fixtures/guided/cell.md'));
// What the outputs are made of: the slides and the document's text (not the source, which the build only reads).
const everything = (p: typeof plan) => JSON.stringify([p.slides, p.doc.intro, p.doc.sections]);

describe('forAudience', () => {
  it('keeps the teacher’s plan as it is', () => {
    expect(forAudience(plan, 'teacher')).toBe(plan);
    expect(everything(plan)).toContain('the answer students most often miss');
    expect(everything(plan)).toContain('most will guess the mitochondria');
  });

  it('leaves solutions and instructor notes out of the student’s slides, notes and document', () => {
    const student = forAudience(plan, 'student');
    expect(student.slides.map((s) => s.kind)).not.toContain('solution');
    expect(student.slides.some((s) => s.speaker)).toBe(false);
    expect(everything(student)).not.toContain('the answer students most often miss');
    expect(everything(student)).not.toContain('most will guess the mitochondria');
    expect(everything(student)).toContain('Which part of the cell holds its DNA');
  });
});
