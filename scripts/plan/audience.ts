// One source, two editions: the teacher's plan is the plan; the student's leaves out what a student must not be
// handed. Applied once, to the plan every output is made from, so no format can show what another leaves out.
import type { Audience, Block, Section, Slide, SlidePlan } from '../types.js';

/** A box no student is given: a solution (tried first, then discussed) or a note for the instructor. */
const teacherOnly = (b: Block) => b.type === 'box' && (b.role === 'solution' || b.role === 'instructor');

/** The blocks without the teacher's boxes, wherever they sit (a solution inside an exercise too). */
function studentBlocks(blocks: Block[]): Block[] {
  return blocks
    .filter((b) => !teacherOnly(b))
    .map((b) => (b.type === 'box' ? { ...b, blocks: studentBlocks(b.blocks) } : b));
}

function studentSection(s: Section): Section {
  return { ...s, blocks: studentBlocks(s.blocks), children: s.children.map(studentSection) };
}

/** A slide without the instructor's notes, which the presenter view and the PowerPoint's notes show. */
function studentSlide({ speaker: _speaker, ...slide }: Slide): Slide {
  return slide;
}

/**
 * The plan for an audience. A student's has no solution slides (nor the handouts' solutions appendix, which is made
 * of them), no instructor notes in any slide's notes, and a document (the reading handout's text) without either.
 */
export function forAudience(plan: SlidePlan, audience: Audience): SlidePlan {
  if (audience === 'teacher') return plan;
  const { doc } = plan;
  return {
    ...plan,
    slides: plan.slides.filter((s) => s.kind !== 'solution').map(studentSlide),
    doc: { ...doc, intro: studentBlocks(doc.intro), sections: doc.sections.map(studentSection) },
  };
}
