// Every language deckhand has words for, one file each: a new language is its file and one line here.
export { en } from './en.js';
export { id } from './id.js';
