import { describe, expect, it } from 'vitest';
import { datelineOf } from '../../src/articles/dateline.js';

describe('a news dateline', () => {
  it('is read in the styles agencies and papers write it', () => {
    expect(datelineOf('PARIS, 5 juin 2025 – La BCE a baissé ses taux.')).toBe('PARIS, 5 juin 2025 – ');
    expect(datelineOf('WROCLAW, Poland, Sept. 19, 2024 — The commission offered aid.')).toBe(
      'WROCLAW, Poland, Sept. 19, 2024 — ',
    );
    expect(datelineOf('Rabat – Following the inauguration of the train, the ministers met.')).toBe('Rabat – ');
    expect(datelineOf('Paris, le 5 juin 2025 (AFP) – La BCE a baissé ses taux.')).toBe(
      'Paris, le 5 juin 2025 (AFP) – ',
    );
    expect(datelineOf('New York (Reuters) — Stocks rose on Monday.')).toBe('New York (Reuters) — ');
    expect(datelineOf('Geneva, June 5, 2024 — The talks resumed.')).toBe('Geneva, June 5, 2024 — ');
  });

  it('is not the dash of a sentence that opens an encyclopedia paragraph', () => {
    expect(datelineOf('La ville – fondée en 1200 – devint la capitale du duché.')).toBeUndefined();
    expect(
      datelineOf('Berlin, capitale de l’Allemagne depuis 1990 – et avant 1945 – compte 3,7 millions d’habitants.'),
    ).toBeUndefined();
    expect(datelineOf('The Normans were the people who gave their name to Normandy.')).toBeUndefined();
  });
});
