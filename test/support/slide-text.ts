// What a reader sees of a rendered slide or handout: text without tags, code and typeset formulas set aside.
import { wordCount } from '../../scripts/plan/sentences.js';
import { htmlToText } from '../../scripts/text/html.js';

/** HTML as the text it shows (character references read, Handlebars writes `=` as `&#x3D;`), white space folded. */
export function htmlText(html: string): string {
  return htmlToText(html).replace(/\s+/g, ' ');
}

/** A slide's prose as its reader sees it: code blocks, inline code and typeset formulas left out (they are content). */
export function slideProse(html: string): string {
  return htmlText(
    html
      .replace(/<pre\b[\s\S]*?<\/pre>/g, ' ')
      .replace(/<code\b[\s\S]*?<\/code>/g, ' ')
      .replace(/<mjx-container\b[\s\S]*?<\/mjx-container>/g, ' '),
  );
}

/** The words of a bullet as a reader counts them: a formula or a code span is one word, a link its text. */
export function bulletWords(markdown: string): number {
  return wordCount(
    markdown
      .replace(/\$\$[\s\S]+?\$\$|\$[^$]+\$/g, 'F')
      .replace(/`+[^`]+`+/g, 'C')
      .replace(/\]\([^)]*\)/g, ']'),
  );
}
