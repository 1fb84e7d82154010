import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Field } from './Field';
import { inputErrorStrings } from './input-errors';
import { useT } from './lang';
import { PrivateOpenButton } from './PrivateOpenButton';
import { activePageTab } from '@/utils/active-page';
import type { Strings } from '@/utils/i18n';
import {
  bookmarksItem,
  deleteBookmark,
  deleteNumber,
  forgetAll,
  getBookmarks,
  getNumbers,
  numbersItem,
  saveBookmark,
  saveNumber,
  type MyBookmark,
  type MyNumber,
  type SaveResult,
} from '@/utils/session-store';
import { MAX_LABEL, MAX_PHONE, MAX_URL, dialable, type InputError } from '@/utils/validate';

const strings: Strings<
  | 'memoryOnly'
  | 'forgetOnExit'
  | 'forgetAll'
  | 'forgotten'
  | 'numbers'
  | 'noNumbers'
  | 'bookmarks'
  | 'noBookmarks'
  | 'name'
  | 'phone'
  | 'address'
  | 'add'
  | 'saveChanges'
  | 'cancel'
  | 'edit'
  | 'editName'
  | 'delete'
  | 'deleteName'
  | 'call'
  | 'callName'
  | 'open'
  | 'openName'
  | 'addThisPage'
  | 'addNumber'
  | 'addBookmark'
  | 'editNumber'
  | 'editBookmark'
> = {
  en: {
    memoryOnly:
      'Kept in the browser’s memory, not saved as a file, and erased when the browser closes. Until then, anyone who opens this can see them: use names only you understand.',
    forgetOnExit: 'They are also forgotten at every exit.',
    forgetAll: 'Forget all now',
    forgotten: 'Your numbers and pages are forgotten.',
    numbers: 'My numbers',
    noNumbers: 'No numbers yet.',
    bookmarks: 'My pages',
    noBookmarks: 'No pages yet. They open in a private window.',
    name: 'Name',
    phone: 'Phone number',
    address: 'Web address',
    add: 'Add',
    saveChanges: 'Save changes',
    cancel: 'Cancel',
    edit: 'Edit',
    editName: 'Edit {name}',
    delete: 'Delete',
    deleteName: 'Delete {name}',
    call: 'Call',
    callName: 'Call {name}',
    open: 'Open',
    openName: 'Open {name} in a private window',
    addThisPage: 'Fill in the page I’m on',
    addNumber: 'Add a number',
    addBookmark: 'Add a page',
    editNumber: 'Change a number',
    editBookmark: 'Change a page',
  },
  es: {
    memoryOnly:
      'Se guardan en la memoria del navegador, no en un archivo, y se borran al cerrar el navegador. Hasta entonces, quien abra esto puede verlos: usa nombres que solo tú entiendas.',
    forgetOnExit: 'También se olvidan en cada salida.',
    forgetAll: 'Olvidar todo ahora',
    forgotten: 'Tus números y páginas se han olvidado.',
    numbers: 'Mis números',
    noNumbers: 'Todavía no hay números.',
    bookmarks: 'Mis páginas',
    noBookmarks: 'Todavía no hay páginas. Se abren en una ventana privada.',
    name: 'Nombre',
    phone: 'Número de teléfono',
    address: 'Dirección web',
    add: 'Agregar',
    saveChanges: 'Guardar cambios',
    cancel: 'Cancelar',
    edit: 'Editar',
    editName: 'Editar {name}',
    delete: 'Borrar',
    deleteName: 'Borrar {name}',
    call: 'Llamar',
    callName: 'Llamar a {name}',
    open: 'Abrir',
    openName: 'Abrir {name} en una ventana privada',
    addThisPage: 'Llenar con la página en la que estoy',
    addNumber: 'Agregar un número',
    addBookmark: 'Agregar una página',
    editNumber: 'Cambiar un número',
    editBookmark: 'Cambiar una página',
  },
  fr: {
    memoryOnly:
      'Gardés dans la mémoire du navigateur, pas enregistrés dans un fichier, et effacés quand le navigateur se ferme. D’ici là, toute personne qui ouvre ceci peut les voir : utilisez des noms que vous seul ou seule comprenez.',
    forgetOnExit: 'Ils sont aussi oubliés à chaque sortie.',
    forgetAll: 'Tout oublier maintenant',
    forgotten: 'Vos numéros et pages sont oubliés.',
    numbers: 'Mes numéros',
    noNumbers: 'Aucun numéro pour l’instant.',
    bookmarks: 'Mes pages',
    noBookmarks: 'Aucune page pour l’instant. Elles s’ouvrent dans une fenêtre privée.',
    name: 'Nom',
    phone: 'Numéro de téléphone',
    address: 'Adresse Web',
    add: 'Ajouter',
    saveChanges: 'Enregistrer les changements',
    cancel: 'Annuler',
    edit: 'Modifier',
    editName: 'Modifier {name}',
    delete: 'Supprimer',
    deleteName: 'Supprimer {name}',
    call: 'Appeler',
    callName: 'Appeler {name}',
    open: 'Ouvrir',
    openName: 'Ouvrir {name} dans une fenêtre privée',
    addThisPage: 'Remplir avec la page où je suis',
    addNumber: 'Ajouter un numéro',
    addBookmark: 'Ajouter une page',
    editNumber: 'Changer un numéro',
    editBookmark: 'Changer une page',
  },
};

/** Keeps a `storage.session` list in step with storage (another popup or a forget-all). */
function useSessionList<T>(read: () => Promise<T[]>, item: { watch(cb: () => void): () => void }) {
  const [list, setList] = useState<T[]>([]);
  useEffect(() => {
    let live = true;
    const refresh = () => void read().then((l) => live && setList(l));
    refresh();
    const unwatch = item.watch(refresh);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return list;
}

/**
 * "My numbers and pages" (the popup's section gives the heading): the user's own numbers and
 * bookmarks, kept in `storage.session` only (utils/session-store.ts), with what that means, that
 * they are forgotten at every exit (when `forgetOnExit`, the setting `forgetMyEntriesOnExit`),
 * and "Forget all now".
 */
export function MyEntries({ forgetOnExit = true }: { forgetOnExit?: boolean }) {
  const t = useT(strings);
  const [forgotten, setForgotten] = useState(false);
  return (
    <div class="mine">
      <p class="memory-only">
        {t('memoryOnly')}
        {forgetOnExit && ` ${t('forgetOnExit')}`}
      </p>
      <MyNumbers />
      <MyBookmarks />
      <div class="forget">
        <button
          type="button"
          class="danger"
          onClick={async () => {
            await forgetAll();
            setForgotten(true);
          }}
        >
          {t('forgetAll')}
        </button>
        <p role="status" class="status">
          {forgotten ? t('forgotten') : ''}
        </p>
      </div>
    </div>
  );
}

type ErrorField = 'label' | 'phone' | 'url';
type Errors = Partial<Record<ErrorField, string>>;

/** Turns a refused save into the message under the field it is about. */
function useErrors() {
  const te = useT(inputErrorStrings);
  const [errors, setErrors] = useState<Errors>({});
  const report = <T,>(r: SaveResult<T>) => {
    if (r.ok) setErrors({});
    else setErrors({ [r.field === 'list' ? 'label' : r.field]: te(r.error as InputError) });
    return r.ok;
  };
  return [errors, report, () => setErrors({})] as const;
}

/** One saved entry: its label (any script, shown as text) and value, a main action, Edit and Delete. */
function EntryRow(p: {
  label: string;
  value: string;
  action: ComponentChildren;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useT(strings);
  return (
    <li>
      <span class="entry-text">
        <bdi class="entry-label" dir="auto">
          {p.label}
        </bdi>
        <span class="entry-value" dir="ltr">
          {p.value}
        </span>
      </span>
      <span class="entry-actions">
        {p.action}
        <button type="button" aria-label={t('editName', { name: p.label })} onClick={p.onEdit}>
          {t('edit')}
        </button>
        <button type="button" aria-label={t('deleteName', { name: p.label })} onClick={p.onDelete}>
          {t('delete')}
        </button>
      </span>
    </li>
  );
}

function MyNumbers() {
  const t = useT(strings);
  const te = useT(inputErrorStrings);
  const list = useSessionList<MyNumber>(getNumbers, numbersItem);
  const [editing, setEditing] = useState<string | null>(null);
  const [label, setLabel] = useState('');
  const [phone, setPhone] = useState('');
  const [errors, report, clearErrors] = useErrors();
  const labelRef = useRef<HTMLInputElement>(null);
  const reset = () => {
    setEditing(null);
    setLabel('');
    setPhone('');
    clearErrors();
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    if (report(await saveNumber({ id: editing ?? undefined, label, phone }))) reset();
  };
  return (
    <div class="entries" aria-labelledby="numbers-heading" role="group">
      <h3 id="numbers-heading">{t('numbers')}</h3>
      {list.length === 0 ? (
        <p class="empty">{t('noNumbers')}</p>
      ) : (
        <ul class="entry-list" data-list="numbers">
          {list.map((n) => (
            <EntryRow
              key={n.id}
              label={n.label}
              value={n.phone}
              action={
                <a class="button" href={`tel:${dialable(n.phone)}`} aria-label={t('callName', { name: n.label })}>
                  {t('call')}
                </a>
              }
              onEdit={() => {
                setEditing(n.id);
                setLabel(n.label);
                setPhone(n.phone);
                clearErrors();
                labelRef.current?.focus();
              }}
              onDelete={() => void deleteNumber(n.id).then(() => editing === n.id && reset())}
            />
          ))}
        </ul>
      )}
      <form class="entry-form" onSubmit={submit} aria-label={t(editing ? 'editNumber' : 'addNumber')} noValidate>
        <Field
          name="number-label"
          label={t('name')}
          value={label}
          onInput={setLabel}
          maxChars={MAX_LABEL}
          tooLong={te('label-too-long')}
          error={errors.label}
          inputRef={labelRef}
        />
        <Field
          name="number-phone"
          label={t('phone')}
          value={phone}
          onInput={setPhone}
          maxChars={MAX_PHONE}
          tooLong={te('phone-too-long')}
          error={errors.phone}
          type="tel"
          inputMode="tel"
        />
        <div class="form-actions">
          <button type="submit" class="primary">
            {t(editing ? 'saveChanges' : 'add')}
          </button>
          {editing && (
            <button type="button" onClick={reset}>
              {t('cancel')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}

function MyBookmarks() {
  const t = useT(strings);
  const te = useT(inputErrorStrings);
  const list = useSessionList<MyBookmark>(getBookmarks, bookmarksItem);
  const [editing, setEditing] = useState<string | null>(null);
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const [errors, report, clearErrors] = useErrors();
  const labelRef = useRef<HTMLInputElement>(null);
  const reset = () => {
    setEditing(null);
    setLabel('');
    setUrl('');
    clearErrors();
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    if (report(await saveBookmark({ id: editing ?? undefined, label, url }))) reset();
  };
  // "Use this page": the tab the user was looking at when they opened the popup.
  const useThisPage = async () => {
    const win = await browser.windows.getCurrent().catch(() => undefined);
    const tab = await activePageTab(win?.id);
    setUrl(tab?.url ?? '');
    if (!label) setLabel([...(tab?.title ?? '')].slice(0, MAX_LABEL).join(''));
    clearErrors();
    labelRef.current?.focus();
  };
  return (
    <div class="entries" aria-labelledby="bookmarks-heading" role="group">
      <h3 id="bookmarks-heading">{t('bookmarks')}</h3>
      {list.length === 0 ? (
        <p class="empty">{t('noBookmarks')}</p>
      ) : (
        <ul class="entry-list" data-list="bookmarks">
          {list.map((b) => (
            <EntryRow
              key={b.id}
              label={b.label}
              value={b.url}
              action={
                <PrivateOpenButton url={b.url} ariaLabel={t('openName', { name: b.label })}>
                  {t('open')}
                </PrivateOpenButton>
              }
              onEdit={() => {
                setEditing(b.id);
                setLabel(b.label);
                setUrl(b.url);
                clearErrors();
                labelRef.current?.focus();
              }}
              onDelete={() => void deleteBookmark(b.id).then(() => editing === b.id && reset())}
            />
          ))}
        </ul>
      )}
      <form class="entry-form" onSubmit={submit} aria-label={t(editing ? 'editBookmark' : 'addBookmark')} noValidate>
        <Field
          name="bookmark-label"
          label={t('name')}
          value={label}
          onInput={setLabel}
          maxChars={MAX_LABEL}
          tooLong={te('label-too-long')}
          error={errors.label}
          inputRef={labelRef}
        />
        <Field
          name="bookmark-url"
          label={t('address')}
          value={url}
          onInput={setUrl}
          maxChars={MAX_URL}
          tooLong={te('url-too-long')}
          error={errors.url}
          type="url"
          inputMode="url"
          placeholder="https://"
        />
        <div class="form-actions">
          <button type="submit" class="primary">
            {t(editing ? 'saveChanges' : 'add')}
          </button>
          <button type="button" onClick={useThisPage}>
            {t('addThisPage')}
          </button>
          {editing && (
            <button type="button" onClick={reset}>
              {t('cancel')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
