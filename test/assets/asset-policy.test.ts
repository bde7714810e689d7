// The asset policy, reference by reference: a file inside the project is copied beside the deck, a data: image is
// kept, a remote image only when the project allows it, and everything else (missing, outside the project, another
// scheme, no file name) is refused with the reason its placeholder card shows. No disk: `exists` is a list of files.
import { describe, expect, it } from 'vitest';
import { type AssetDecision, type AssetPolicy, decideAsset } from '../../scripts/assets/asset-policy.js';

const ROOT = '/p';
const FILES = new Set([
  '/p/slides/img/peta.png',
  '/p/slides/img/peta asean.png',
  '/p/slides/img/100%.png',
  '/p/images/logo.svg',
  '/etc/secret.png',
  '/q/elsewhere.png',
]);
// Links, by the path written to the path they lead to (what realpath answers).
const LINKS = new Map([
  ['/p/slides/img/passwd.png', '/etc/passwd'],
  ['/p/slides/img/sibling.png', '/work/sibling-project/secret.png'],
  ['/p/slides/img/alias.png', '/p/images/logo.svg'],
  ['/p/slides/shared', '/q'],
]);
const realpath = (abs: string) => {
  for (const [link, real] of LINKS)
    if (abs === link || abs.startsWith(`${link}/`)) return real + abs.slice(link.length);
  return abs;
};
const policy = (allowRemote = false): AssetPolicy => ({
  root: ROOT,
  sourceDir: '/p/slides',
  allowRemote,
  exists: (abs) => FILES.has(abs) || LINKS.has(abs) || abs.startsWith('/p/slides/shared/'),
  realpath,
});

const local = (abs: string, name: string): AssetDecision => ({
  kind: 'local',
  abs,
  copy: `assets/${name}`,
  href: `assets/${encodeURI(name)}`,
});
const refused = (reason: string, message: string | RegExp) => ({ kind: 'refused', reason, message });

describe('decideAsset: files inside the project', () => {
  it.each<[string, string, AssetDecision]>([
    ['a file beside the document', 'img/peta.png', local('/p/slides/img/peta.png', 'slides_img_peta.png')],
    ['a file in another folder of the project', '../images/logo.svg', local('/p/images/logo.svg', 'images_logo.svg')],
    ['a path from the project root', '/p/images/logo.svg', local('/p/images/logo.svg', 'images_logo.svg')],
    ['white space around the reference', '  img/peta.png ', local('/p/slides/img/peta.png', 'slides_img_peta.png')],
    ['a query and a fragment', 'img/peta.png?v=2#top', local('/p/slides/img/peta.png', 'slides_img_peta.png')],
    [
      'a name written percent-encoded',
      'img/peta%20asean.png',
      local('/p/slides/img/peta asean.png', 'slides_img_peta asean.png'),
    ],
    ['a name with a space', 'img/peta asean.png', local('/p/slides/img/peta asean.png', 'slides_img_peta asean.png')],
    [
      'a % that is not an escape, taken as written',
      'img/100%.png',
      local('/p/slides/img/100%.png', 'slides_img_100%.png'),
    ],
    [
      'a link to another file of the project, copied from that file under the name written',
      'img/alias.png',
      {
        kind: 'local',
        abs: '/p/images/logo.svg',
        copy: 'assets/slides_img_alias.png',
        href: 'assets/slides_img_alias.png',
      },
    ],
  ])('copies %s', (_, reference, expected) => expect(decideAsset(reference, policy())).toEqual(expected));
});

describe('decideAsset: what is refused, and why', () => {
  it.each<[string, string, ReturnType<typeof refused>]>([
    ['a missing file', 'img/gone.png', refused('image not found', 'image img/gone.png not found')],
    [
      'a missing file outside the project, as missing',
      '../../q/gone.png',
      refused('image not found', 'image ../../q/gone.png not found'),
    ],
    [
      'a file outside the project, unread',
      '../../etc/secret.png',
      refused('image outside the project, not read', /^image \.\.\/\.\.\/etc\/secret\.png is outside the project/),
    ],
    [
      'an absolute path outside the project',
      '/q/elsewhere.png',
      refused('image outside the project, not read', /outside the project; refused/),
    ],
    [
      'a remote image',
      'https://example.org/a.png',
      refused(
        'remote image, not loaded',
        /^remote image https:\/\/example\.org\/a\.png not loaded \(set "allowRemoteImages": true/,
      ),
    ],
    ['a protocol-relative URL', '//cdn.example.org/a.png', refused('remote image, not loaded', /not loaded/)],
    [
      'a file: URL',
      'file:///etc/secret.png',
      refused('not an image the deck may load', 'image URL scheme not allowed: file:///etc/secret.png'),
    ],
    [
      'javascript:',
      'javascript:alert(1)',
      refused('not an image the deck may load', 'image URL scheme not allowed: javascript:alert(1)'),
    ],
    [
      'a data: URL that is no image',
      'data:text/html,<script>x</script>',
      refused('not an image the deck may load', /^image URL scheme not allowed: data:text\/html/),
    ],
    ['an empty reference', '', refused('image without a file name', 'image without a file name')],
    ['a query alone', '?v=2', refused('image without a file name', 'image without a file name')],
  ])('%s', (_, reference, expected) => {
    const decision = decideAsset(reference, policy());
    expect(decision).toMatchObject({ kind: 'refused', reason: expected.reason });
    if (decision.kind === 'refused') expect(decision.message).toMatch(expected.message);
  });
});

describe('decideAsset: links judged by where they lead', () => {
  it.each<[string, string, ReturnType<typeof refused>]>([
    [
      'a link inside the project to /etc/passwd',
      'img/passwd.png',
      refused(
        'image outside the project, not read',
        /^image img\/passwd\.png is outside the project \(a link to a file outside it\)/,
      ),
    ],
    [
      'a link to a sibling project',
      'img/sibling.png',
      refused('image outside the project, not read', /img\/sibling\.png is outside the project \(a link/),
    ],
    [
      'a file inside a linked folder that leads outside',
      'shared/elsewhere.png',
      refused('image outside the project, not read', /shared\/elsewhere\.png is outside the project/),
    ],
  ])('refuses %s', (_, reference, expected) => {
    const decision = decideAsset(reference, policy());
    expect(decision).toMatchObject({ kind: 'refused', reason: expected.reason });
    if (decision.kind === 'refused') expect(decision.message).toMatch(expected.message);
  });
});

describe('decideAsset: images the deck keeps as written', () => {
  it.each<[string, string, boolean, AssetDecision]>([
    [
      'a PNG data: image',
      'data:image/png;base64,iVBORw0KGgo=',
      false,
      { kind: 'data', href: 'data:image/png;base64,iVBORw0KGgo=' },
    ],
    ['an SVG data: image', 'data:image/svg+xml,<svg/>', false, { kind: 'data', href: 'data:image/svg+xml,<svg/>' }],
    [
      'a remote image the project allows',
      'https://example.org/a.png',
      true,
      { kind: 'remote', href: 'https://example.org/a.png' },
    ],
    [
      'an http image the project allows',
      'http://example.org/a.png',
      true,
      { kind: 'remote', href: 'http://example.org/a.png' },
    ],
  ])('%s', (_, reference, allowRemote, expected) =>
    expect(decideAsset(reference, policy(allowRemote))).toEqual(expected),
  );

  it('refuses a protocol-relative URL even when remote images are allowed: its scheme is the page’s', () => {
    expect(decideAsset('//cdn.example.org/a.png', policy(true))).toMatchObject({ kind: 'refused' });
  });

  it('never asks whether a remote, data: or other-scheme file exists', () => {
    const asked: string[] = [];
    const watching = {
      ...policy(true),
      exists: (abs: string) => {
        asked.push(abs);
        return false;
      },
    };
    for (const ref of ['https://example.org/a.png', 'data:image/png;base64,AA==', 'javascript:x', '//cdn/a.png'])
      decideAsset(ref, watching);
    expect(asked).toEqual([]);
  });
});
