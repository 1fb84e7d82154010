import type { Strings } from '@/utils/i18n';

/**
 * The words of discreet mode's first views: the popup's notes view (components/NeutralNotes.tsx)
 * and the options and welcome pages' word field (components/discreet.tsx). All neutral: the unit
 * test scans them with `findRevealingWords`.
 */
export const DISCREET_STRINGS: Strings<
  | 'notes'
  | 'search'
  | 'numbers'
  | 'links'
  | 'empty'
  | 'nothingFound'
  | 'closePage'
  | 'noPage'
  | 'closeHint'
  | 'callNumber'
  | 'call'
  | 'callName'
  | 'open'
  | 'openName'
  | 'settingsTitle'
  | 'yourWord'
  | 'unlock'
  | 'notTheWord'
  | 'chooseIntro'
  | 'chooseWord'
  | 'saveWord'
  | 'tooShort'
  | 'forgot'
> = {
  en: {
    notes: 'Notes',
    search: 'Search notes',
    numbers: 'Numbers',
    links: 'Links',
    empty: 'No notes yet.',
    nothingFound: 'Nothing found.',
    closePage: 'Close page',
    noPage: 'No page to close here.',
    closeHint: 'Switches the tab you are on to another page.',
    callNumber: 'Call {number}',
    call: 'Call',
    callName: 'Call {name}',
    open: 'Open',
    openName: 'Open {name}',
    settingsTitle: 'Notes settings',
    yourWord: 'Your word',
    unlock: 'Open',
    notTheWord: 'That is not the word.',
    chooseIntro: 'Choose a word that opens everything here. Type it into the notes’ search box to see the rest.',
    chooseWord: 'Word (at least {min} letters)',
    saveWord: 'Save the word',
    tooShort: 'At least {min} letters.',
    forgot: 'Forgot the word? Remove the extension and add it again.',
  },
  es: {
    notes: 'Notas',
    search: 'Buscar en las notas',
    numbers: 'Números',
    links: 'Enlaces',
    empty: 'Aún no hay notas.',
    nothingFound: 'No se encontró nada.',
    closePage: 'Cerrar página',
    noPage: 'Aquí no hay ninguna página que cerrar.',
    closeHint: 'Cambia la pestaña en la que estás a otra página.',
    callNumber: 'Llamar al {number}',
    call: 'Llamar',
    callName: 'Llamar a {name}',
    open: 'Abrir',
    openName: 'Abrir {name}',
    settingsTitle: 'Configuración de notas',
    yourWord: 'Tu palabra',
    unlock: 'Abrir',
    notTheWord: 'Esa no es la palabra.',
    chooseIntro:
      'Elige una palabra que lo abra todo aquí. Escríbela en el cuadro de búsqueda de las notas para ver el resto.',
    chooseWord: 'Palabra (al menos {min} letras)',
    saveWord: 'Guardar la palabra',
    tooShort: 'Al menos {min} letras.',
    forgot: '¿Olvidaste la palabra? Quita la extensión y vuelve a agregarla.',
  },
  fr: {
    notes: 'Notes',
    search: 'Chercher dans les notes',
    numbers: 'Numéros',
    links: 'Liens',
    empty: 'Aucune note pour l’instant.',
    nothingFound: 'Rien de trouvé.',
    closePage: 'Fermer la page',
    noPage: 'Aucune page à fermer ici.',
    closeHint: 'Remplace l’onglet où vous êtes par une autre page.',
    callNumber: 'Appeler le {number}',
    call: 'Appeler',
    callName: 'Appeler {name}',
    open: 'Ouvrir',
    openName: 'Ouvrir {name}',
    settingsTitle: 'Paramètres des notes',
    yourWord: 'Votre mot',
    unlock: 'Ouvrir',
    notTheWord: 'Ce n’est pas le mot.',
    chooseIntro:
      'Choisissez un mot qui ouvre tout ici. Tapez-le dans la boîte de recherche des notes pour voir le reste.',
    chooseWord: 'Mot (au moins {min} lettres)',
    saveWord: 'Enregistrer le mot',
    tooShort: 'Au moins {min} lettres.',
    forgot: 'Vous avez oublié le mot? Retirez l’extension et ajoutez-la de nouveau.',
  },
};
