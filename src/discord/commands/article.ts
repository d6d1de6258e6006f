import { extname } from 'node:path';
import { PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction, InteractionContextType } from 'discord.js';
import { addArticleFile, removeArticleFile, type ArticleFileResult, type NewArticle } from '../../articles/article-files.js';
import { fetchPage, type FetchedPage } from '../../articles/fetch-page.js';
import { MAX_ARTICLE_BYTES } from '../../articles/loader.js';
import { translator } from '../../i18n/i18n.js';
import type { BotContext } from '../context.js';
import { localeLanguage } from '../language.js';
import { inert, LIMITS, truncate } from '../limits.js';
import { describe } from '../localize.js';
import type { SlashCommand } from './command.js';

const KEY = 'discord.commands.article';

/**
 * /article add (file or link, optional id) and /article remove (article): for members who may
 * manage the server. Discord hides the command from others (its default member permissions),
 * and each run checks again, since a server can grant the command to anyone. Every reply is
 * private: it is about the bot's set-up, not an answer.
 */
export const article: SlashCommand = {
  data: describe(new SlashCommandBuilder(), KEY)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((add) => describe(add, `${KEY}.add`)
      .addAttachmentOption((option) => describe(option, `${KEY}.add.file`))
      .addStringOption((option) => describe(option, `${KEY}.add.link`).setMaxLength(2000))
      .addStringOption((option) => describe(option, `${KEY}.add.id`).setMaxLength(80)))
    .addSubcommand((remove) => describe(remove, `${KEY}.remove`)
      .addStringOption((option) => describe(option, `${KEY}.remove.article`).setRequired(true).setAutocomplete(true))),

  async execute(interaction, context) {
    const t = translator(localeLanguage(interaction.locale));
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      await interaction.reply({ content: t('articleFiles.notAllowed'), flags: 'Ephemeral' });
      return;
    }
    // Fetching a page may take seconds: the private reply is deferred first.
    await interaction.deferReply({ flags: 'Ephemeral' });
    const content = interaction.options.getSubcommand() === 'remove'
      ? describeResult(await removeArticleFile(context.engine, interaction.options.getString('article', true)), 'removed', interaction)
      : await add(interaction, context);
    await interaction.editReply({ content: truncate(content, LIMITS.content) });
    context.logger.info({ command: 'article', subcommand: interaction.options.getSubcommand(), user: interaction.user.id, result: content.slice(0, 200) }, 'Article command');
  },

  async autocomplete(interaction, context) {
    const articles = context.engine.catalog.find(interaction.options.getFocused(), LIMITS.choices);
    await interaction.respond(articles.map((found) => ({
      name: truncate(found.title, LIMITS.choiceName) || found.id.slice(0, LIMITS.choiceName),
      value: found.id.slice(0, LIMITS.choiceName),
    })));
  },
};

async function add(interaction: ChatInputCommandInteraction, context: BotContext): Promise<string> {
  const t = translator(localeLanguage(interaction.locale));
  const file = interaction.options.getAttachment('file');
  const link = interaction.options.getString('link')?.trim();
  const id = interaction.options.getString('id')?.trim();
  if (Boolean(file) === Boolean(link)) return t('articleFiles.needOne');
  let fetched: FetchedPage;
  let name: string;
  let extension: string;
  if (file) {
    extension = extname(file.name).toLowerCase();
    name = id || file.name;
    // Checked before anything is downloaded.
    if (file.size > MAX_ARTICLE_BYTES) return refused(t, { reason: 'too-large' });
    if (!['.txt', '.md', '.html', '.htm'].includes(extension)) return refused(t, { reason: 'wrong-type', extension: extension || '?' });
    fetched = await fetchPage(file.url, { ...context.fetch, anyType: true });
  } else {
    fetched = await fetchPage(link!, context.fetch);
    if (fetched.ok) {
      extension = fetched.kind === 'html' ? '.html' : '.txt';
      name = id || pageName(fetched.url);
    } else {
      extension = '';
      name = '';
    }
  }
  if (!fetched.ok) return refused(t, { reason: fetched.refusal, detail: fetched.detail ?? '' });
  const newArticle: NewArticle = { name, extension, bytes: Buffer.from(fetched.text, 'utf8') };
  return describeResult(await addArticleFile(context.engine, newArticle), 'added', interaction);
}

/** A page's name from its address: its last path segment, or its host for a home page. */
function pageName(url: string): string {
  const { hostname, pathname } = new URL(url);
  const segment = pathname.split('/').filter(Boolean).pop();
  return segment ? decodeURIComponent(segment) : hostname;
}

function describeResult(result: ArticleFileResult, done: 'added' | 'removed', interaction: ChatInputCommandInteraction): string {
  const t = translator(localeLanguage(interaction.locale));
  if (!result.ok) return done === 'added' ? refused(t, result) : t('articleFiles.notRemoved', { reason: reasonText(t, result) });
  const { article: found } = result;
  return t(`articleFiles.${done}`, {
    title: inert(found.title),
    id: inert(found.id),
    language: t(`language.${found.language}`),
    count: found.paragraphs.length,
  });
}

type Translate = ReturnType<typeof translator>;

function refused(t: Translate, refusal: { reason: string; [detail: string]: unknown }): string {
  return t('articleFiles.refused', { reason: reasonText(t, refusal) });
}

/** A refusal in words; whatever came from the member or the page is made inert. */
function reasonText(t: Translate, refusal: { reason: string; [detail: string]: unknown }): string {
  const details = Object.fromEntries(Object.entries(refusal).map(([key, value]) => [key, inert(String(value))]));
  return t(`articleFiles.reasons.${refusal.reason}`, { ...details, max: `${MAX_ARTICLE_BYTES / 1024 / 1024} MB` });
}
