import type { TestServer } from './server';

/**
 * What the exit-scope specs of both browsers (tests/e2e, tests/firefox) share: the scenarios'
 * addresses and what an exit must take or leave of them. Each runner opens the tabs and
 * reads history and cookies with its own driver.
 */

/**
 * A search led to the help site; an earlier search and a video site, webmail and another search
 * are open in other tabs. `gone` picks, from history, what the exit must erase: the help site's
 * pages and the search that led there. The addresses in `kept` must stay.
 */
export function searchLedToHelp(o: TestServer['origin']) {
  const weather = `${o('search.test')}/search?q=weather+tomorrow`;
  const helpSearch = `${o('search.test')}/search?q=help+leaving+abuse`;
  const recipes = `${o('search.test')}/search?q=recipes`;
  const video = `${o('video.test')}/p/video-watch`;
  const mail = `${o('mail.test')}/cookie/mail`;
  const help = `${o('help.test')}/cookie/help`;
  const helpMore = `${o('help.test')}/p/help-more`;
  return {
    weather,
    helpSearch,
    recipes,
    video,
    mail,
    help,
    helpMore,
    /** Every address the scenario visits before the exit (all in history first, so the checks can fail). */
    visited: [weather, helpSearch, recipes, video, mail, help, helpMore],
    kept: [weather, recipes, video, mail],
    gone: (history: string[]) => history.filter((u) => u.includes('help.test') || u === helpSearch),
    /** A later search, after the exit: it stays in history. */
    later: `${o('search.test')}/search?q=bus+times`,
  };
}

/**
 * The help page (`helpPage`) opens a chat on another site (`chatStart`, then `chatRoom`); the user
 * has a tab of their own on the chat site (`mine`) and visits it again later (`later`). The chat the
 * help page opened goes with the exit; the chat site itself is not hidden.
 */
export function chatOpenedByHelp(o: TestServer['origin']) {
  const chatStart = `${o('chat.test')}/p/chat-start`;
  return {
    chatStart,
    chatRoom: `${o('chat.test')}/p/chat-room`,
    mine: `${o('chat.test')}/p/chat-mine`,
    later: `${o('chat.test')}/p/chat-later`,
    helpPage: `${o('help.test')}/opener/help?chat=${encodeURIComponent(chatStart)}`,
  };
}

/** Waits past the exit's second erase pass and the erase-as-visited pass. */
export const settle = () => new Promise((r) => setTimeout(r, 3000));
