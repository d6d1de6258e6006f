import type { Language } from '../articles/article.js';

/** What a reply's buttons need to redo it: the question and how it was shown. */
export interface Conversation {
  readonly question: string;
  readonly language: Language | 'both';
  readonly page: number;
  readonly user: string;
}

/**
 * Recent questions, kept so buttons can switch language or page without putting the question
 * (up to thousands of characters) in a 100-character custom id. The oldest are forgotten first.
 */
export class Conversations {
  private readonly byKey = new Map<string, Conversation>();
  private next = 0;

  constructor(private readonly capacity = 1000) {}

  remember(conversation: Conversation): string {
    const key = (this.next++).toString(36);
    this.byKey.set(key, conversation);
    if (this.byKey.size > this.capacity) this.byKey.delete(this.byKey.keys().next().value!);
    return key;
  }

  get(key: string): Conversation | undefined {
    return this.byKey.get(key);
  }

  update(key: string, conversation: Conversation): void {
    this.byKey.set(key, conversation);
  }
}
