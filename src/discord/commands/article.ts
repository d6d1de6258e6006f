import { extname } from 'node:path';
import type { ChatInputCommandInteraction } from 'discord.js';
import { addArticleFile, removeArticleFile, type ArticleFileResult } from '../../articles/article-files.js';
import { fetchPage, type FetchedPage } from '../../articles/fetch-page.js';
import { logUpdate } from '../../articles/follow.js';
import { ARTICLE_EXTENSIONS, MAX_ARTICLE_BYTES } from '../../articles/loader.js';
import { translator } from '../../i18n/i18n.js';
import type { BotContext } from '../context.js';
import { localeLanguage } from '../language.js';
import { inert, LIMITS, truncate } from '../limits.js';
import { describe } from '../localize.js';
import { allowedToManage } from '../permissions.js';
import { autocompleteArticles, managersCommand, type SlashCommand } from './command.js';

const KEY = 'discord.commands.article';

/**
 * /article add (file or link, optional id) and /article remove (article), for server managers
 * (see `managersCommand`). Every reply is private: it is about the bot's set-up, not an answer.
 */
export const article: SlashCommand = {
  data: managersCommand(KEY)
    .addSubcommand((add) =>
      describe(add, `${KEY}.add`)
        .addAttachmentOption((option) => describe(option, `${KEY}.add.file`))
        .addStringOption((option) => describe(option, `${KEY}.add.link`).setMaxLength(2000))
        .addStringOption((option) => describe(option, `${KEY}.add.id`).setMaxLength(80)),
    )
    .addSubcommand((remove) =>
      describe(remove, `${KEY}.remove`).addStringOption((option) =>
        describe(option, `${KEY}.remove.article`).setRequired(true).setAutocomplete(true),
      ),
    ),

  async execute(interaction, context) {
    if (!(await allowedToManage(interaction))) return;
    const t = translator(localeLanguage(interaction.locale));
    // Fetching a page may take seconds: the private reply is deferred first.
    await interaction.deferReply({ flags: 'Ephemeral' });
    const sub = interaction.options.getSubcommand() === 'remove' ? 'remove' : 'add';
    const outcome =
      sub === 'remove'
        ? await removeArticleFile(context.engine, interaction.options.getString('article', true))
        : await add(interaction, context);
    if (outcome.ok) {
      logUpdate(context.logger, outcome.update);
      // The other processes read it from the database; this one has it already.
      await context.sharedArticles
        ?.publish({ kind: sub === 'add' ? 'added' : 'removed', file: outcome.article.file })
        .catch((error: unknown) =>
          context.logger.error(
            { err: error },
            'Cannot tell the other bot processes of this article: they answer without it until it is added again',
          ),
        );
    } else
      context.logger.info(
        { user: interaction.user.id, refusal: outcome },
        `/article ${sub} refused: ${outcome.reason}`,
      );
    await interaction.editReply({ content: truncate(describeOutcome(outcome, sub, t), LIMITS.content) });
  },

  autocomplete: autocompleteArticles,
};

/** What /article did: the loader's result, or a refusal before any file was written. */
type Outcome =
  ArticleFileResult | Extract<FetchedPage, { ok: false }> | { readonly ok: false; readonly reason: 'need-one' };

async function add(interaction: ChatInputCommandInteraction, context: BotContext): Promise<Outcome> {
  const file = interaction.options.getAttachment('file');
  const link = interaction.options.getString('link')?.trim();
  const id = interaction.options.getString('id')?.trim();
  if (file && !link) {
    const extension = extname(file.name).toLowerCase();
    // Checked before anything is downloaded.
    if (file.size > MAX_ARTICLE_BYTES) return { ok: false, reason: 'too-large', bytes: file.size };
    if (!ARTICLE_EXTENSIONS.has(extension)) return { ok: false, reason: 'wrong-type', extension: extension || '?' };
    const fetched = await fetchPage(file.url, { ...context.fetch, anyType: true });
    if (!fetched.ok) return fetched;
    return addArticleFile(context.engine, {
      name: id || file.name,
      extension,
      bytes: Buffer.from(fetched.text, 'utf8'),
    });
  }
  if (!link || file) return { ok: false, reason: 'need-one' };
  const page = await fetchPage(link, context.fetch);
  if (!page.ok) return page;
  return addArticleFile(context.engine, {
    name: id || pageName(page.url),
    extension: page.kind === 'html' ? '.html' : '.txt',
    bytes: Buffer.from(page.text, 'utf8'),
  });
}

/** A page's name from its address: its last path segment, or its host for a home page. */
function pageName(url: string): string {
  const { hostname, pathname } = new URL(url);
  const segment = pathname.split('/').filter(Boolean).pop();
  return segment ? decodedSegment(segment) : hostname;
}

/** A path segment decoded ("%C3%A9t%C3%A9" is "été"), or as it is when its escapes are malformed ("%E0%A4%A"). */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The private reply: what was done, or why not. Whatever came from the member or the page is made inert. */
function describeOutcome(outcome: Outcome, sub: 'add' | 'remove', t: Translate): string {
  if (!outcome.ok) {
    if (outcome.reason === 'need-one') return t('articleFiles.needOne');
    const details = Object.fromEntries(Object.entries(outcome).map(([key, value]) => [key, inert(String(value))]));
    const reason = t(`articleFiles.reasons.${outcome.reason}`, {
      ...details,
      max: `${MAX_ARTICLE_BYTES / 1024 / 1024} MB`,
    });
    return t(sub === 'add' ? 'articleFiles.refused' : 'articleFiles.notRemoved', { reason });
  }
  const { article: found } = outcome;
  return t(sub === 'add' ? 'articleFiles.added' : 'articleFiles.removed', {
    title: inert(found.title),
    id: inert(found.id),
    language: t(`language.${found.language}`),
    count: found.paragraphs.length,
  });
}

type Translate = ReturnType<typeof translator>;
