// Development aid: how answers hold up when a question is wrapped as members chat it. Each
// question of a set is asked as written and inside each chat frame of its language (greetings,
// "do you know", "Sorry to bother, but", thanks after it); a frame should change no answer.
// Usage: node dist/scripts/eval-chat.js QUESTIONS.jsonl [CORPUS_DIR] ['{"search":{...},"answers":{...}}'] [--misses]
// The frames marked "check" were written after the chat data was last set, to see whether it
// holds for wordings it was not set on.
import { answeringRank, percent, setArguments, type Question } from './question-set.js';
import { Engine } from '../src/engine.js';

type Frame = { readonly frame: (question: string) => string; readonly check?: true };

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const FRAMES: Record<string, readonly Frame[]> = {
  en: [
    { frame: (q) => `hey bot, ${lowerFirst(q)}` },
    { frame: (q) => `does anyone know ${lowerFirst(q).replace(/\?$/, '')}? thanks!` },
    { frame: (q) => `Hi there! I was wondering, ${lowerFirst(q)}` },
    { frame: (q) => `Hello bot, could you please tell me: ${q} Thanks a lot!` },
    { frame: (q) => `Morning all! ${q}` },
    { frame: (q) => `guys, ${lowerFirst(q)}` },
    { frame: (q) => `Sorry to bother, but ${lowerFirst(q)}` },
    { frame: (q) => `I'd love to know ${lowerFirst(q)}` },
    { frame: (q) => `Need help: ${q}` },
    { frame: (q) => `anyone here know ${lowerFirst(q)}` },
    { frame: (q) => `hello, I have a question. ${q}` },
    { frame: (q) => `hey folks, ${lowerFirst(q)}`, check: true },
    { frame: (q) => `Can someone tell me ${lowerFirst(q)}`, check: true },
    { frame: (q) => `ok bot, ${lowerFirst(q)} cheers`, check: true },
    { frame: (q) => `random question, ${lowerFirst(q)}`, check: true },
    { frame: (q) => `Hi! Sorry if this is obvious, but ${lowerFirst(q)}`, check: true },
    { frame: (q) => `${q} thx in advance`, check: true },
    { frame: (q) => `Hey, need some help here: ${q}`, check: true },
    { frame: (q) => `I've got a question for the bot: ${q}`, check: true },
    { frame: (q) => `Morning! Quick q: ${lowerFirst(q)}`, check: true },
  ],
  fr: [
    { frame: (q) => `salut le bot, ${lowerFirst(q)}` },
    { frame: (q) => `est-ce que quelqu'un sait ${lowerFirst(q)}` },
    { frame: (q) => `Bonjour, j'aimerais savoir : ${q} Merci !` },
    { frame: (q) => `bon alors ${lowerFirst(q)} 🤔` },
    { frame: (q) => `quelqu'un saurait ${lowerFirst(q)}` },
    { frame: (q) => `Par curiosité, ${lowerFirst(q)}` },
    { frame: (q) => `Désolé de déranger, mais ${lowerFirst(q)}` },
    { frame: (q) => `Je voudrais savoir ${lowerFirst(q)}` },
    { frame: (q) => `Aide-moi stp, ${lowerFirst(q)}` },
    { frame: (q) => `svp ${lowerFirst(q)}` },
    { frame: (q) => `Salut à tous, une question : ${q}` },
    { frame: (q) => `Yo le bot, ${lowerFirst(q)}`, check: true },
    { frame: (q) => `Qqn peut me dire ${lowerFirst(q)}`, check: true },
    { frame: (q) => `Question bête : ${lowerFirst(q)}`, check: true },
    { frame: (q) => `Hello ! Petite question, ${lowerFirst(q)}`, check: true },
    { frame: (q) => `Excusez-moi, ${lowerFirst(q)}`, check: true },
    { frame: (q) => `${q} merci bcp`, check: true },
    { frame: (q) => `Aidez-moi svp : ${q}`, check: true },
    { frame: (q) => `Bonsoir, j'ai une question : ${q}`, check: true },
    { frame: (q) => `dites le bot, ${lowerFirst(q)}`, check: true },
  ],
};

const set = setArguments(process.argv.slice(2));
const { showMisses } = set;
// Questions already chatted or misspelled are left out: a frame is measured on a plain question.
const questions = set.questions.filter((q) => !/^(?:chat|typo)/.test(q.kind) && FRAMES[q.lang]);
const engine = await Engine.fromFolder(set.corpus, set.options);

/** Whether the answer is right: the answering passage first, or "not found" for a question none answers. */
function isRight(question: Question, text: string): boolean {
  const answer = engine.ask(text);
  return question.keys.length ? answeringRank(answer.citations, question) === 0 : !answer.found;
}

let asWritten = 0;
const framed = { set: { right: 0, asked: 0, lost: 0 }, check: { right: 0, asked: 0, lost: 0 } };
for (const question of questions) {
  const plainRight = isRight(question, question.q);
  if (plainRight) asWritten++;
  for (const { frame, check } of FRAMES[question.lang]!) {
    const text = frame(question.q);
    const right = isRight(question, text);
    const tally = check ? framed.check : framed.set;
    tally.asked++;
    if (right) tally.right++;
    if (plainRight && !right) {
      tally.lost++;
      if (showMisses) console.log(`  lost: ${text}`);
    }
  }
}
console.log(`as written      right ${percent(asWritten, questions.length)}% (${questions.length} questions)`);
for (const [name, tally] of Object.entries(framed))
  console.log(
    `framed (${name.padEnd(5)}) right ${percent(tally.right, tally.asked)}%, lost where the plain question was right: ${tally.lost} of ${tally.asked}`,
  );
