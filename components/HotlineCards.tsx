import { useContext, useId, useState } from 'preact/hooks';
import { LangContext, useT } from './lang';
import { SearchInput } from './LabelledInput';
import { StatusLine } from './StatusLine';
import type { HotlineNote } from './hotline-notes';
import { PrivateOpenButton } from './PrivateOpenButton';
import { formatMonth, type Lang, type Strings } from '@/utils/i18n';
import type { CountryHotlines } from '@/utils/hotline-chunks';
import { HOTLINES_CHECKED, hotlinesFor, TOPIC_ORDER, type Hotline, type Topic } from '@/utils/hotlines';

type CardKey =
  | Topic
  | `topic-${Topic}`
  | 'emergencyGloss'
  | 'open247'
  | 'languages'
  | 'unconfirmed'
  | 'call'
  | 'callName'
  | 'text'
  | 'textName'
  | 'textKeyword'
  | 'textNumber'
  | 'chat'
  | 'chatName'
  | 'website'
  | 'websiteName'
  | 'copy'
  | 'copyName'
  | 'copied'
  | 'copyFailed'
  | 'sources'
  | 'details'
  | 'detailsOf'
  | 'filter'
  | 'noMatch'
  | 'for'
  | 'about'
  | 'English'
  | 'Spanish'
  | 'French';

const strings: Strings<CardKey> = {
  en: {
    emergency: 'Emergency',
    trafficking: 'Human trafficking',
    'domestic-violence': 'Domestic violence',
    'sexual-assault': 'Sexual assault',
    crisis: 'Crisis and suicide',
    lgbtq: 'LGBTQ+ and trans',
    youth: 'Young people',
    'topic-emergency': 'emergencies',
    'topic-trafficking': 'human trafficking',
    'topic-domestic-violence': 'domestic violence',
    'topic-sexual-assault': 'sexual assault',
    'topic-crisis': 'crisis and suicide',
    'topic-lgbtq': 'LGBTQ+ people',
    'topic-youth': 'young people',
    emergencyGloss: 'Emergency (police, fire, ambulance)',
    open247: 'Open 24 hours, every day.',
    languages: 'Languages: {list}',
    unconfirmed: '(not confirmed)',
    call: 'Call',
    callName: 'Call {name}',
    text: 'Text',
    textName: 'Text {name}',
    textKeyword: 'Text {keyword} to {number}',
    textNumber: 'Text {number}',
    chat: 'Chat',
    chatName: 'Chat with {name} (opens a private window)',
    website: 'Website',
    websiteName: 'Website of {name} (opens a private window)',
    copy: 'Copy number',
    copyName: 'Copy number of {name}',
    copied: 'Number copied. The clipboard may keep it: copy something else afterwards.',
    copyFailed: 'Could not copy. The number is {number}.',
    sources: 'Sources',
    details: 'Details',
    detailsOf: 'about {name}',
    filter: 'Find a line (name or need)',
    noMatch: 'No line matches “{query}”.',
    for: 'Help with: {topics}.',
    about:
      'From the public sources below (up to {date}). We did not call these numbers. Only numbers these sources confirm are shown. Chats and websites open in a private window.',
    English: 'English',
    Spanish: 'Spanish',
    French: 'French',
  },
  es: {
    emergency: 'Emergencias',
    trafficking: 'Trata de personas',
    'domestic-violence': 'Violencia doméstica',
    'sexual-assault': 'Violencia sexual',
    crisis: 'Crisis y suicidio',
    lgbtq: 'LGBTQ+ y trans',
    youth: 'Jóvenes',
    'topic-emergency': 'emergencias',
    'topic-trafficking': 'trata de personas',
    'topic-domestic-violence': 'violencia doméstica',
    'topic-sexual-assault': 'violencia sexual',
    'topic-crisis': 'crisis y suicidio',
    'topic-lgbtq': 'personas LGBTQ+',
    'topic-youth': 'jóvenes',
    emergencyGloss: 'Emergencias (policía, bomberos, ambulancia)',
    open247: 'Abierta las 24 horas, todos los días.',
    languages: 'Idiomas: {list}',
    unconfirmed: '(sin confirmar)',
    call: 'Llamar',
    callName: 'Llamar a {name}',
    text: 'Mandar mensaje',
    textName: 'Mandar mensaje a {name}',
    textKeyword: 'Envía {keyword} al {number}',
    textNumber: 'Envía un mensaje al {number}',
    chat: 'Chat',
    chatName: 'Chat con {name} (abre una ventana privada)',
    website: 'Sitio web',
    websiteName: 'Sitio web de {name} (abre una ventana privada)',
    copy: 'Copiar número',
    copyName: 'Copiar número de {name}',
    copied: 'Número copiado. El portapapeles puede guardarlo: después copia otra cosa.',
    copyFailed: 'No se pudo copiar. El número es {number}.',
    sources: 'Fuentes',
    details: 'Detalles',
    detailsOf: 'de {name}',
    filter: 'Busca una línea (nombre o tema)',
    noMatch: 'Ninguna línea coincide con “{query}”.',
    for: 'Ayuda con: {topics}.',
    about:
      'De las fuentes públicas de abajo (hasta {date}). No llamamos a estos números. Solo se muestran los números que estas fuentes confirman. Los chats y sitios web se abren en una ventana privada.',
    English: 'inglés',
    Spanish: 'español',
    French: 'francés',
  },
  fr: {
    emergency: 'Urgence',
    trafficking: 'Traite de personnes',
    'domestic-violence': 'Violence conjugale et familiale',
    'sexual-assault': 'Agression sexuelle',
    crisis: 'Crise et suicide',
    lgbtq: 'LGBTQ+ et trans',
    youth: 'Jeunes',
    'topic-emergency': 'les urgences',
    'topic-trafficking': 'la traite de personnes',
    'topic-domestic-violence': 'la violence conjugale et familiale',
    'topic-sexual-assault': 'les agressions sexuelles',
    'topic-crisis': 'les crises et le suicide',
    'topic-lgbtq': 'les personnes LGBTQ+',
    'topic-youth': 'les jeunes',
    open247: 'Ouvert 24 h sur 24, tous les jours.',
    languages: 'Langues : {list}',
    unconfirmed: '(non confirmé)',
    call: 'Appeler',
    callName: 'Appeler {name}',
    text: 'Texter',
    textName: 'Texter {name}',
    textKeyword: 'Textez {keyword} au {number}',
    textNumber: 'Texter le {number}',
    chat: 'Clavarder',
    chatName: 'Clavarder avec {name} (ouvre une fenêtre privée)',
    website: 'Site Web',
    websiteName: 'Site Web de {name} (ouvre une fenêtre privée)',
    copy: 'Copier le numéro',
    copyName: 'Copier le numéro de {name}',
    copied: 'Numéro copié. Le presse-papiers peut le garder : copiez autre chose ensuite.',
    copyFailed: 'Impossible de copier. Le numéro est le {number}.',
    sources: 'Sources',
    details: 'Détails',
    detailsOf: 'sur {name}',
    filter: 'Trouver une ligne (nom ou besoin)',
    noMatch: 'Aucune ligne ne correspond à « {query} ».',
    for: 'Aide pour : {topics}.',
    about:
      'D’après les sources publiques ci-dessous (jusqu’à {date}). Nous n’avons pas appelé ces numéros. Seuls les numéros confirmés par ces sources sont affichés. Les clavardages et les sites Web s’ouvrent dans une fenêtre privée.',
    English: 'Anglais',
    Spanish: 'Espagnol',
    French: 'Français',
    emergencyGloss: 'Urgences (police, pompiers, ambulance)',
  },
};

/** The topics whose first line is on the popup's first screen, in this order. */
const FIRST_SCREEN_TOPICS: readonly Topic[] = ['emergency', 'trafficking', 'domestic-violence'];

/**
 * The two or three lines that matter most in `country`: the first line of each of
 * FIRST_SCREEN_TOPICS (for the United States: 911, the trafficking hotline, the domestic violence
 * hotline), filled up to three from the rest of the list when a country lacks one of them.
 */
export function firstScreenLines(all: Hotline[]): Hotline[] {
  const picked = FIRST_SCREEN_TOPICS.map((topic) => all.find((l) => l.topic === topic)).filter(
    (l): l is Hotline => !!l,
  );
  for (const line of all) if (picked.length < 2 && !picked.includes(line)) picked.push(line);
  return picked;
}

/** Lower case, without accents: "Violencia doméstica" is found by "domestica". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The first screen's help lines: big Call / Text / Chat for each of `firstScreenLines`, their
 * details on demand. Its own chunk: HotlineList loads it right after the popup's first paint, with
 * the country's lines and notes (`lines`, their own chunk), so "Exit now" is usable before either
 * is parsed.
 */
export function FirstScreenLines({ lines }: { lines: CountryHotlines }) {
  const lang = useContext(LangContext);
  const first = firstScreenLines(hotlinesFor(lines.country, lines.records, lang));
  return (
    <ul class="cards top-lines">
      {first.map((line) => (
        <HotlineCard key={line.id} line={line} note={lines.notes[line.id]} big />
      ))}
    </ul>
  );
}

/**
 * Every other line of the country (`lines`, its chunk), grouped by need in TOPIC_ORDER, with a
 * filter box that matches names and needs in the current language.
 */
export function OtherLines({ lines }: { lines: CountryHotlines }) {
  const t = useT(strings);
  const [query, setQuery] = useState('');
  const filterId = useId();
  const lang = useContext(LangContext);
  // Text keywords in the UI language (AYUDA for 988, HOLA for Crisis Text Line in Spanish).
  const all = hotlinesFor(lines.country, lines.records, lang);
  const first = new Set(firstScreenLines(all).map((l) => l.id));
  const q = fold(query.trim());
  const matches = (line: Hotline) =>
    !q || fold([line.name, ...line.topics.flatMap((x) => [t(x), t(`topic-${x}`)])].join(' ')).includes(q);
  const groups = TOPIC_ORDER.map((topic) => ({
    topic,
    lines: all.filter((l) => l.topic === topic && !first.has(l.id) && matches(l)),
  })).filter((g) => g.lines.length > 0);
  return (
    <>
      <SearchInput
        block="div"
        class="filter"
        id={filterId}
        label={t('filter')}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <StatusLine text={groups.length === 0 ? t('noMatch', { query: query.trim() }) : ''} />
      {groups.map((g) => (
        <div key={g.topic} class="topic">
          <h3>{t(g.topic)}</h3>
          <ul class="cards">
            {g.lines.map((line) => (
              <HotlineCard key={line.id} line={line} note={lines.notes[line.id]} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/** One line: its name and number, its verified actions, and its details behind a button. */
/**
 * The first sentence of a line's caveat when it is about the police ("This is the police…", "Not
 * the police…"): shown on the card itself, not only in its details, because someone who fears the
 * police or immigration must know before calling (issue 16).
 */
export function policeNote(note: HotlineNote | undefined, lang: Lang): string | null {
  const caveat = note?.caveat;
  const first = (text: string) => text.split(/(?<=\.)\s/)[0] ?? text;
  if (!caveat || !/police|law enforcement/i.test(first(caveat.en))) return null;
  return first(caveat[lang] ?? caveat.en);
}

/** Countries (the first part of a line's id) whose lines have Spanish names. */
const SPANISH_NAMED = new Set(['mx', 'es', 'ar', 'co', 'cl', 'pe', 'gt', 'sv', 'hn', 'do']);

/**
 * In the Spanish popup, what a line is, in Spanish, beside a name in another language ("National
 * Human Trafficking Hotline": "Trata de personas"): the name is a proper name and stays as it is.
 * Null in English and for lines whose name is already Spanish.
 */
export function spanishGloss(line: Pick<Hotline, 'id' | 'topic'>, lang: Lang, t: (k: CardKey) => string) {
  if (lang !== 'es' || SPANISH_NAMED.has(line.id.split('-')[0])) return null;
  return line.topic === 'emergency' ? t('emergencyGloss') : t(line.topic);
}

function HotlineCard({ line, note, big = false }: { line: Hotline; note: HotlineNote | undefined; big?: boolean }) {
  const t = useT(strings);
  const lang = useContext(LangContext);
  const detailsId = useId();
  const [open, setOpen] = useState(false);
  const name = line.name;
  const Heading = big ? 'h3' : 'h4';
  // On the first screen there is no topic heading above the card: say what the line is.
  const gloss = big ? spanishGloss(line, lang, t) : null;
  const police = policeNote(note, lang);
  return (
    <li class={big ? 'card big' : 'card'} data-hotline={line.id}>
      <div class="card-head">
        <Heading class="line-name">
          {gloss ? (
            <>
              <span class="gloss">{gloss}</span>: <span lang="en">{name}</span>
            </>
          ) : (
            name
          )}
        </Heading>
        {(line.phoneDisplay ?? line.text) && (
          <span class="number" dir="ltr">
            {line.phoneDisplay ?? line.text?.number}
          </span>
        )}
      </div>
      {police && <p class="police-note">{police}</p>}
      <div class="actions">
        {line.callHref && (
          <a class="button call" href={line.callHref} aria-label={t('callName', { name })}>
            {t('call')}
          </a>
        )}
        {line.text && (
          <a class="button" href={line.text.href} aria-label={t('textName', { name })}>
            {t('text')}
          </a>
        )}
        {line.web?.kind === 'chat' && (
          <PrivateOpenButton url={line.web.url} ariaLabel={t('chatName', { name })}>
            {t('chat')}
          </PrivateOpenButton>
        )}
        <button
          type="button"
          class="link details-toggle"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={detailsId}
          onClick={() => setOpen(!open)}
        >
          {t('details')}
          <span class="visually-hidden"> {t('detailsOf', { name })}</span>
        </button>
      </div>
      <div id={detailsId} class="line-details" hidden={!open}>
        {open && <LineDetails line={line} note={note} lang={lang} />}
      </div>
    </li>
  );
}

/** What to know before calling: needs, hours, languages, caveat, text keyword, website, sources. */
function LineDetails({ line, note, lang }: { line: Hotline; note: HotlineNote | undefined; lang: Lang }) {
  const t = useT(strings);
  const [copy, setCopy] = useState<'copied' | 'copyFailed' | null>(null);
  const number = line.phone ?? line.text?.number ?? '';
  const copyNumber = async () => {
    try {
      await navigator.clipboard.writeText(number);
      setCopy('copied');
    } catch {
      setCopy('copyFailed');
    }
  };
  const name = line.name;
  const languages = line.languages.map((l) => t(l as 'English')).join(', ');
  return (
    <>
      {line.text && (
        <p class="number-text">
          {line.text.keyword
            ? t('textKeyword', { keyword: line.text.keyword, number: line.text.number })
            : t('textNumber', { number: line.text.number })}
        </p>
      )}
      <p class="for">{t('for', { topics: line.topics.map((x) => t(`topic-${x}`)).join(', ') })}</p>
      <p class="meta">
        {line.open247 && !note?.hours ? t('open247') : (note?.hours?.[lang] ?? line.hours)}
        {languages && (
          <>
            {' '}
            {t('languages', { list: languages })}
            {line.languagesConfirmed ? '' : ` ${t('unconfirmed')}`}
          </>
        )}
      </p>
      {note?.caveat && <p class="caveat">{note.caveat[lang]}</p>}
      <div class="actions">
        {line.web?.kind === 'website' && (
          <PrivateOpenButton url={line.web.url} ariaLabel={t('websiteName', { name })}>
            {t('website')}
          </PrivateOpenButton>
        )}
        {number && (
          <button type="button" onClick={copyNumber} aria-label={t('copyName', { name })}>
            {t('copy')}
          </button>
        )}
      </div>
      <StatusLine text={copy ? t(copy, { number }) : ''} />
      <div class="sources">
        <p class="sources-title">{t('sources')}</p>
        <p>{t('about', { date: formatMonth(HOTLINES_CHECKED, lang) })}</p>
        <ul>
          {line.sources.map((s) => (
            <li key={s} dir="ltr">
              {s}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
