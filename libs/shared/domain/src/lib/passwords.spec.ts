import { passwordProblem } from './passwords.js';

describe('passwordProblem', () => {
  it.each([
    ['short', 'TOO_SHORT'],
    ['elevenchars', 'TOO_SHORT'],
    ['x'.repeat(257), 'TOO_LONG'],
    ['password1234', 'TOO_COMMON'],
    ['Password-1234', 'TOO_COMMON'],
    ['aaaaaaaaaaaaaaa', 'TOO_COMMON'],
    ['liaise2026!!!', 'TOO_COMMON'],
  ])('refuses %j as %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it('refuses a password containing the person\'s name, e-mail or organisation', () => {
    expect(passwordProblem('rivers-and-streams-9', ['Sam Rivers'])).toBe('CONTAINS_PERSONAL_DETAIL');
    expect(passwordProblem('my harbourlights phrase', ['sam@harbourlights.example'])).toBe('CONTAINS_PERSONAL_DETAIL');
  });

  it('accepts a long phrase of unrelated words, with no composition rules', () => {
    expect(passwordProblem('correct horse battery staple', ['Sam Rivers', 'sam@harbourlights.example'])).toBeUndefined();
    expect(passwordProblem('bluewhalesinglacierbay')).toBeUndefined();
  });
});
