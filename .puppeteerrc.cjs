// deckhand drives a system Chrome/Chromium (see scripts/browser/find-chrome.ts); never download one at install time.
module.exports = { skipDownload: true };
