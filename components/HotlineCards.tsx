import { useContext, useState } from 'preact/hooks';
import { LangContext, useT } from './lang';
import { HOTLINE_NOTES } from './hotline-notes';
import { PrivateOpenButton } from './PrivateOpenButton';
import { formatMonth, type Strings } from '@/utils/i18n';
import { HOTLINES_CHECKED, hotlinesFor, type Hotline, type Topic } from '@/utils/hotlines';

type CardKey =
  | Topic
  | `topic-${Topic}`
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
    copied: 'Number copied.',
    copyFailed: 'Could not copy. The number is {number}.',
    sources: 'Sources',
    for: 'Help with: {topics}.',
    about:
      'Compiled from the public sources below, dated up to {date}. Not checked against the live sites and not dialled by us: only numbers confirmed by these sources are shown. Websites open in a private window.',
    English: 'English',
    Spanish: 'Spanish',
    French: 'French',
  },
  es: {
    emergency: 'Emergencias',
    trafficking: 'Trata de personas',
    'domestic-violence': 'Violencia doméstica',
    'sexual-assault': 'Agresión sexual',
    crisis: 'Crisis y suicidio',
    lgbtq: 'LGBTQ+ y trans',
    youth: 'Jóvenes',
    'topic-emergency': 'emergencias',
    'topic-trafficking': 'trata de personas',
    'topic-domestic-violence': 'violencia doméstica',
    'topic-sexual-assault': 'agresión sexual',
    'topic-crisis': 'crisis y suicidio',
    'topic-lgbtq': 'personas LGBTQ+',
    'topic-youth': 'jóvenes',
    open247: 'Abierta las 24 horas, todos los días.',
    languages: 'Idiomas: {list}',
    unconfirmed: '(sin confirmar)',
    call: 'Llamar',
    callName: 'Llamar a {name}',
    text: 'Mensaje',
    textName: 'Mensaje a {name}',
    textKeyword: 'Envía {keyword} al {number}',
    textNumber: 'Envía un mensaje al {number}',
    chat: 'Chat',
    chatName: 'Chat con {name} (abre una ventana privada)',
    website: 'Sitio web',
    websiteName: 'Sitio web de {name} (abre una ventana privada)',
    copy: 'Copiar número',
    copyName: 'Copiar número de {name}',
    copied: 'Número copiado.',
    copyFailed: 'No se pudo copiar. El número es {number}.',
    sources: 'Fuentes',
    for: 'Ayuda con: {topics}.',
    about:
      'Reunido de las fuentes públicas de abajo, con fechas hasta {date}. No se comprobó en los sitios en vivo ni lo marcamos nosotros: solo se muestran números confirmados por estas fuentes. Los sitios web se abren en una ventana privada.',
    English: 'inglés',
    Spanish: 'español',
    French: 'francés',
  },
};

/**
 * The verified hotlines of `country`, grouped by topic in the order of TOPIC_ORDER. Every hotline
 * says what it is for, its hours and languages, and the caveats from the data; its actions are
 * only those the data verifies. Its own chunk, with the hotline data and the notes: HotlineList
 * loads it right after the popup's first paint, so "Exit now" is usable before the data is parsed.
 */
export function HotlineGroups({ country }: { country: string }) {
  const t = useT(strings);
  const lang = useContext(LangContext);
  const groups: { topic: Topic; lines: Hotline[] }[] = [];
  // Text keywords in the UI language (AYUDA for 988, HOLA for Crisis Text Line in Spanish).
  for (const line of hotlinesFor(country, undefined, lang)) {
    const last = groups.at(-1);
    if (last?.topic === line.topic) last.lines.push(line);
    else groups.push({ topic: line.topic, lines: [line] });
  }
  return (
    <>
      {groups.map((g) => (
        <div key={g.topic} class="topic">
          <h3>{t(g.topic)}</h3>
          <ul class="cards">
            {g.lines.map((line) => (
              <HotlineCard key={line.id} line={line} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function HotlineCard({ line }: { line: Hotline }) {
  const t = useT(strings);
  const lang = useContext(LangContext);
  const note = HOTLINE_NOTES[line.id];
  const [copy, setCopy] = useState<'copied' | 'copyFailed' | null>(null);
  const copyNumber = async () => {
    const number = line.phone ?? line.text?.number ?? '';
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
    <li class="card" data-hotline={line.id}>
      <h4>{name}</h4>
      {line.phoneDisplay && <p class="number">{line.phoneDisplay}</p>}
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
        {line.callHref && (
          <a class="button" href={line.callHref} aria-label={t('callName', { name })}>
            {t('call')}
          </a>
        )}
        {line.text && (
          <a class="button" href={line.text.href} aria-label={t('textName', { name })}>
            {t('text')}
          </a>
        )}
        {line.web && (
          <PrivateOpenButton
            url={line.web.url}
            ariaLabel={t(line.web.kind === 'chat' ? 'chatName' : 'websiteName', { name })}
          >
            {t(line.web.kind)}
          </PrivateOpenButton>
        )}
        {(line.phoneDisplay || line.text) && (
          <button type="button" onClick={copyNumber} aria-label={t('copyName', { name })}>
            {t('copy')}
          </button>
        )}
      </div>
      {copy && (
        <p class="status" role="status">
          {t(copy, { number: line.phone ?? line.text?.number ?? '' })}
        </p>
      )}
      <details class="sources">
        <summary>{t('sources')}</summary>
        <p>{t('about', { date: formatMonth(HOTLINES_CHECKED, lang) })}</p>
        <ul>
          {line.sources.map((s) => (
            <li key={s} dir="ltr">
              {s}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
