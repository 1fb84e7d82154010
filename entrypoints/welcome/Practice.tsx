import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { LangContext, useT } from '@/components/lang';
import { useExitShortcut } from '@/components/use-exit-shortcut';
import type { Strings } from '@/utils/i18n';
import { send } from '@/utils/messages';
import { PanicKeyDetector } from '@/utils/panic-key';
import { listenForPractice, triggerNames } from '@/utils/practice';
import type { Settings } from '@/utils/settings-schema';

type Key =
  | 'title'
  | 'yourKeys'
  | 'noKeys'
  | 'changeKeys'
  | 'start'
  | 'stop'
  | 'armed'
  | 'doneTitle'
  | 'done1'
  | 'done2'
  | 'done3'
  | 'again'
  | 'realHere'
  | 'shortcut'
  | 'noShortcut'
  | 'or';

const strings: Strings<Key> = {
  en: {
    title: 'Practice an exit',
    yourKeys:
      'Your keys: {keys}. They work on most web pages, but not on the browser’s own pages (like a new tab or settings).',
    noKeys: 'No page keys are turned on. You can choose them in the options.',
    changeKeys: 'You can change them in the options.',
    start: 'Start a practice exit',
    stop: 'Stop practicing',
    armed: 'Practice is on: press {keys} now. Nothing will close.',
    doneTitle: 'Well done: that was a practice exit',
    done1: 'The page vanished right away. That is all someone looking at the screen would have seen.',
    done2:
      'In a real exit, this tab would now show {decoy}. The Back button would not come back here, and every page the tab showed would be erased from history.',
    done3: 'Nothing was closed or erased: this was only practice.',
    again: 'Practice again',
    realHere:
      'When practice is off, the keys work for real on this page too: it closes and {decoy} opens in its place.',
    shortcut: 'The browser shortcut {keys} and “Exit now” in the toolbar button always exit for real.',
    noShortcut:
      'No browser shortcut is set (you can set one in the browser’s extension shortcuts). “Exit now” in the toolbar button always exits for real.',
    or: ' or ',
  },
  es: {
    title: 'Practica una salida',
    yourKeys:
      'Tus teclas: {keys}. Funcionan en la mayoría de las páginas web, pero no en las páginas propias del navegador (como una pestaña nueva o la configuración).',
    noKeys: 'No hay teclas activadas. Puedes elegirlas en las opciones.',
    changeKeys: 'Puedes cambiarlas en las opciones.',
    start: 'Empezar una salida de práctica',
    stop: 'Dejar de practicar',
    armed: 'La práctica está activada: presiona {keys} ahora. No se cerrará nada.',
    doneTitle: 'Muy bien: fue una salida de práctica',
    done1: 'La página desapareció al instante. Es todo lo que habría visto alguien mirando la pantalla.',
    done2:
      'En una salida real, esta pestaña mostraría ahora {decoy}. El botón Atrás no regresaría aquí, y todas las páginas que mostró la pestaña se borrarían del historial.',
    done3: 'No se cerró ni se borró nada: solo fue práctica.',
    again: 'Practicar otra vez',
    realHere:
      'Cuando la práctica está desactivada, las teclas también funcionan de verdad en esta página: se cierra y se abre {decoy} en su lugar.',
    shortcut: 'El atajo del navegador {keys} y “Salir ahora” del botón de la barra siempre salen de verdad.',
    noShortcut:
      'No hay un atajo del navegador configurado (puedes ponerlo en los atajos de extensiones del navegador). “Salir ahora” del botón de la barra siempre sale de verdad.',
    or: ' o ',
  },
  fr: {
    title: 'Pratiquer une sortie',
    yourKeys:
      'Vos touches : {keys}. Elles fonctionnent sur la plupart des pages Web, mais pas sur les pages du navigateur lui-même (comme un nouvel onglet ou les paramètres).',
    noKeys: 'Aucune touche de page n’est activée. Vous pouvez les choisir dans les options.',
    changeKeys: 'Vous pouvez les changer dans les options.',
    start: 'Commencer une sortie de pratique',
    stop: 'Arrêter la pratique',
    armed: 'La pratique est en cours : appuyez sur {keys} maintenant. Rien ne se fermera.',
    doneTitle: 'Bravo : c’était une sortie de pratique',
    done1: 'La page a disparu tout de suite. C’est tout ce qu’aurait vu une personne qui regarde l’écran.',
    done2:
      'Lors d’une vraie sortie, cet onglet afficherait maintenant {decoy}. Le bouton Précédent ne reviendrait pas ici, et toutes les pages affichées dans l’onglet seraient effacées de l’historique.',
    done3: 'Rien n’a été fermé ni effacé : c’était seulement une pratique.',
    again: 'Pratiquer de nouveau',
    realHere:
      'Quand la pratique est arrêtée, les touches fonctionnent pour vrai sur cette page aussi : elle se ferme et {decoy} s’ouvre à sa place.',
    shortcut:
      'Le raccourci du navigateur {keys} et « Sortir maintenant » dans le bouton de la barre d’outils font toujours sortir pour vrai.',
    noShortcut:
      'Aucun raccourci du navigateur n’est défini (vous pouvez en définir un dans les raccourcis d’extensions du navigateur). « Sortir maintenant » dans le bouton de la barre d’outils fait toujours sortir pour vrai.',
    or: ' ou ',
  },
};

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * The practice exit. The content script does not run on extension pages, so this page listens for
 * the user's own keys itself (same detector, same cloak): while practice is on, the page hides for
 * a moment and comes back with an explanation; while it is off, the keys exit for real.
 */
export function Practice({ settings }: { settings: Settings }) {
  const t = useT(strings);
  const lang = useContext(LangContext);
  const [armed, setArmed] = useState(false);
  const [done, setDone] = useState(false);
  const shortcut = useExitShortcut();
  const armedRef = useRef(false);
  armedRef.current = armed;
  const detector = useRef(new PanicKeyDetector(settings.triggers));
  detector.current.triggers = settings.triggers;
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    return listenForPractice(window, detector.current, {
      armed: () => armedRef.current,
      onPractised: () => {
        setArmed(false);
        setDone(true);
      },
      onRealExit: () => {
        const fallback = () => location.replace(settings.decoyUrl);
        send('panic', {}).then((r) => r || fallback(), fallback);
      },
    });
  }, []);

  useEffect(() => {
    if (done) resultHeading.current?.focus();
  }, [done]);

  const names = triggerNames(settings.triggers, lang);
  const keys = names.join(t('or'));
  const decoy = hostOf(settings.decoyUrl);

  return (
    <section class="practice" aria-labelledby="practice-title" data-testid="practice">
      <h2 id="practice-title">{t('title')}</h2>
      <p>
        {names.length ? t('yourKeys', { keys }) : t('noKeys')} {names.length > 0 && t('changeKeys')}
      </p>
      {names.length > 0 && (
        <p>
          <button
            type="button"
            class={armed ? '' : 'primary'}
            onClick={() => {
              setDone(false);
              setArmed(!armed);
            }}
          >
            {armed ? t('stop') : done ? t('again') : t('start')}
          </button>
        </p>
      )}
      <p role="status" data-testid="practice-status">
        {armed ? t('armed', { keys }) : ''}
      </p>
      {done && (
        <div class="practice-result" data-testid="practice-result">
          <h3 tabIndex={-1} ref={resultHeading}>
            {t('doneTitle')}
          </h3>
          <p>{t('done1')}</p>
          <p>{t('done2', { decoy })}</p>
          <p>{t('done3')}</p>
        </div>
      )}
      <p class="note">
        {t('realHere', { decoy })}{' '}
        <span data-testid="exit-shortcut">
          {shortcut === undefined ? '' : shortcut ? t('shortcut', { keys: shortcut }) : t('noShortcut')}
        </span>
      </p>
    </section>
  );
}
