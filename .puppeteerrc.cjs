// deckhand drives a system Chrome/Chromium (see scripts/lib/browser.ts); never download one at install time.
module.exports = { skipDownload: true };
