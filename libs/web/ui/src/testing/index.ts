// Helpers for the web libraries' component tests (`@liaise/web-ui/testing`): never imported by the app.
export { englishWords, renderWithWords } from './render-with-words.js';
